"""Run the evaluation from the page: one run at a time, with progress, then its results and the comparison
with the run before it.

    runner = EvalRunner(settings, live)
    runner.start("extractive", 12) -> None, or a polite Dutch refusal while another run is going
    runner.snapshot() -> EvalState(running, done, total, correct, ...)

It calls the same code as `weerbaar eval` (weerbaar.commands.eval.evaluate -> eval/harness.py), with the
app's own Assistant (no second copy of the models) and writes into settings.eval_dir like the CLI. The run
it replaces is kept as ``<eval_dir>-previous`` so that the comparison survives a restart.
"""
from __future__ import annotations

import json
import logging
import shutil
import threading
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from weerbaar.ui_render import esc

log = logging.getLogger(__name__)
COMPARED = [("hit@1", "hit@1"), ("recall@5", "recall@5"), ("mrr", "MRR"), ("citation_precision", "cite P"),
            ("citation_recall", "cite R"), ("correct", "correct"), ("false_refusal_rate", "false refusal"),
            ("latency_total_p50_ms", "p50 ms")]
SPLIT = "test"  # the held-out questions, like `weerbaar eval`'s default: the numbers a page shows are reported ones


@dataclass(frozen=True)
class EvalState:
    running: bool = False
    backend: str = ""
    done: int = 0
    total: int = 0
    correct: int = 0
    errors: int = 0
    started: float = 0.0  # time.time()
    finished: float = 0.0
    error: str = ""  # why the last run failed, if it did

    def progress_html(self) -> str:
        if not self.total:
            return ""
        when = datetime.fromtimestamp(self.started).strftime("%H:%M")
        if self.running:
            label = f"Evaluatie loopt ({self.backend}, gestart {when}): {self.done} van {self.total} vragen"
        elif self.error:
            label = f"Evaluatie mislukt: {self.error}"
        else:
            label = (f"Evaluatie klaar ({self.backend}, {self.total} vragen, {self.finished - self.started:.0f} s): "
                     f"{self.correct} correct, {self.errors} fouten")
        state = "running" if self.running else "error" if self.error else "done"
        return (f'<div class="wb-eval-progress" data-state="{state}"><progress max="{self.total}" value="{self.done}" '
                f'aria-label="voortgang evaluatie"></progress> <span>{esc(label)}</span></div>')


class EvalRunner:
    def __init__(self, settings, live):
        self.settings = settings
        self.live = live
        self._lock = threading.Lock()
        self._state = EvalState()

    def snapshot(self) -> EvalState:
        with self._lock:
            return self._state

    @property
    def previous_dir(self) -> Path:
        d = Path(self.settings.eval_dir)
        return d.with_name(d.name + "-previous")

    def start(self, backend: str, n: int) -> str | None:
        """Start a run in the background; a message (and nothing started) when one is running already."""
        from eval.harness import load_questions, select

        with self._lock:
            if self._state.running:
                s = self._state
                return (f"Er loopt al een evaluatie ({s.backend}, gestart om "
                        f"{datetime.fromtimestamp(s.started):%H:%M}, {s.done} van {s.total} vragen klaar). "
                        "Wacht tot die klaar is; de uitkomst verschijnt dan hier.")
            try:
                questions_all = load_questions()
                questions = select(questions_all, None, max(1, int(n)), SPLIT)
            except (ValueError, OSError) as e:
                return f"De evaluatievragen konden niet worden gelezen: {e}"
            self._state = EvalState(running=True, backend=backend, total=len(questions), started=time.time())
        threading.Thread(target=self._run, args=(backend, questions, len(questions_all)), name="weerbaar-eval",
                         daemon=True).start()
        return None

    def _run(self, backend: str, questions: list[dict], n_total: int) -> None:
        from eval.harness import DEFAULT_QUESTIONS, Config
        from weerbaar.commands.eval import evaluate

        out = Path(self.settings.eval_dir)
        error = ""
        try:
            if (out / "metrics.json").is_file():  # keep the run this one replaces, for the comparison
                shutil.rmtree(self.previous_dir, ignore_errors=True)
                shutil.copytree(out, self.previous_dir)
            config = Config(f"{self.settings.retrieval}+{backend}", "weerbaar as configured (started from the page)",
                            {"llm": backend}, backend)

            def on_row(row: dict) -> None:
                with self._lock:
                    s = self._state
                    self._state = replace(s, done=s.done + 1, correct=s.correct + bool(row["correct"]),
                                          errors=s.errors + bool(row.get("error")))

            evaluate(self.settings, questions, [config], out, questions_file=DEFAULT_QUESTIONS, n_total=n_total,
                     limit=len(questions), split=SPLIT, on_row=on_row, make_assistant=lambda settings, config: self.live,
                     command=["weerbaar", "eval", "--llm", backend, "--limit", str(len(questions)), "--split", SPLIT,
                              "(from the page)"])
        except Exception as e:  # shown in the page; the previous results stay
            log.exception("eval from the page failed")
            error = f"{type(e).__name__}: {e}"
        with self._lock:
            self._state = replace(self._state, running=False, finished=time.time(), error=error)


def question_count() -> int:
    """How many questions the page can run (the held-out split)."""
    from eval.harness import load_questions, select

    try:
        return len(select(load_questions(), None, None, SPLIT))
    except (ValueError, OSError):
        return 0


def comparison_rows(previous: dict | None, current: dict | None) -> list[list[str]]:
    """[header, rows...]: each compared metric of the two runs' first configuration, and the change."""
    def overall(metrics):
        configs = (metrics or {}).get("configs") or {}
        return next(iter(configs.items()), (None, {}))

    prev_name, prev = overall(previous)
    cur_name, cur = overall(current)
    if not prev or not cur:
        return []
    prev, cur = prev.get("overall", prev), cur.get("overall", cur)
    rows = [["maat", f"vorige ({prev_name}, n={prev.get('n', '?')})", f"nu ({cur_name}, n={cur.get('n', '?')})", "verschil"]]
    for key, label in COMPARED:
        a, b = prev.get(key), cur.get(key)
        if a is None and b is None:
            continue
        fmt = (lambda v: "–" if v is None else f"{v:.0f}") if key.endswith("_ms") else \
              (lambda v: "–" if v is None else f"{v:.2f}")
        delta = f"{b - a:+.0f}" if key.endswith("_ms") and None not in (a, b) else \
            f"{b - a:+.2f}" if None not in (a, b) else "–"
        rows.append([label, fmt(a), fmt(b), delta])
    return rows


def read_metrics(folder: Path) -> dict | None:
    try:
        return json.loads((Path(folder) / "metrics.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
