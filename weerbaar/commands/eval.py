"""`weerbaar eval`: run the eval questions through `weerbaar ask`'s code path and write a scored report."""
from __future__ import annotations

import argparse
import hashlib
import shlex
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from

EXAMPLES = """\
examples:
  weerbaar eval --llm extractive                          the held-out test questions (the default split), < 1 min
  weerbaar eval --llm extractive --split dev              the questions the rules were tuned on (~45 min)
  weerbaar eval --llm local --limit 12                    12 questions spread over the types (~5 min)
  weerbaar eval --llm extractive --compare baseline,dense,lexical,hybrid
  weerbaar eval --compare extractive,local --types fact,status --limit 10
  weerbaar eval --llm extractive --json | jq .configs[].overall.correct

configurations for --compare (combine with '+', e.g. dense+local; unnamed parts come from the flags):
"""


def add_parser(sub) -> None:
    from eval.harness import CONFIGS, DEFAULT_QUESTIONS

    table = "\n".join(f"  {c.name:<11} {c.description}" for c in CONFIGS.values())
    p = sub.add_parser(
        "eval", help="measure retrieval, citations, answers and latency on the eval questions",
        description="Ask every eval question the way `weerbaar ask` does, score the answers and write "
                    "results.jsonl, metrics.json, settings.json, report.md and plots into --out. "
                    "report.md defines every metric.",
        epilog=EXAMPLES + table, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS, metavar="FILE",
                   help="JSONL questions (default: eval/questions.jsonl)")
    p.add_argument("--llm", choices=["extractive", "local", "ollama", "openai", "fake"],
                   help="answer backend (env WEERBAAR_LLM; default local)")
    p.add_argument("--retrieval", choices=["dense", "lexical", "hybrid"], help="env WEERBAAR_RETRIEVAL")
    p.add_argument("--top-k", type=int, help="passages per answer (env WEERBAAR_TOP_K)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: eval/runs/latest)")
    p.add_argument("--compare", metavar="CONFIGS", help="comma-separated named configurations, run side by side")
    p.add_argument("--limit", type=int, metavar="N", help="only N questions, spread over the types round-robin")
    p.add_argument("--split", choices=["dev", "test", "all"], default="test",
                   help="which questions: dev (tune rules on these), test (held out, the reported numbers; "
                        "default) or all")
    p.add_argument("--types", metavar="T,...", help="only these question types, e.g. fact,status")
    p.add_argument("--judge", action="store_true",
                   help="also ask an OpenAI-compatible model (WEERBAAR_OPENAI_*) to judge faithfulness")
    p.add_argument("--json", action="store_true", help="print metrics.json instead of the summary table")
    add_index_flags(p)
    p.set_defaults(func=run)


def git_state() -> tuple[str | None, bool]:
    """(commit, has uncommitted changes to tracked files); (None, False) outside a git checkout."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent, capture_output=True,
                                text=True, timeout=10).stdout.strip() or None
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=Path(__file__).resolve().parent,
                                    capture_output=True, text=True, timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        return None, False
    return commit, dirty and commit is not None


class EvalFailed(RuntimeError):
    """One configuration could not run (e.g. the local model cannot load); the message names it."""


def evaluate(settings, questions: list[dict], configs: list, out_dir: Path, *, questions_file: Path,
             n_total: int, types: list[str] | None = None, limit: int | None = None, split: str | None = None,
             judge: bool = False,
             on_config=None, on_row=None, make_assistant=None, command: list[str] | None = None) -> tuple[dict, dict]:
    """Run each configuration over the questions and write the run into out_dir; returns (metrics, paths).

    The one code path of `weerbaar eval` and the page's Evaluatie tab. ``on_config(config, n)`` is called
    before a configuration starts, ``on_row(row)`` after every question; ``make_assistant(settings, config)``
    lets the page reuse its own Assistant. Raises EvalFailed naming a configuration that could not run.
    """
    from eval.harness import default_assistant, run_config, run_similar
    from eval.report import write_run
    from core.embed import EmbedderError
    from ingest.index import IndexUnavailable

    make_assistant = make_assistant or default_assistant
    commit, dirty = git_state()
    timestamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    blocks, rows, config_log = {}, [], {}
    for config in configs:
        if on_config:
            on_config(config, len(questions))
        try:
            block, config_rows = run_config(config, settings, questions, judge=judge, on_row=on_row,
                                            make_assistant=make_assistant)
        except (IndexUnavailable, EmbedderError):
            raise
        except Exception as e:
            raise EvalFailed(f"configuration {config.name!r} could not run: {type(e).__name__}: {e}") from e
        blocks[config.name] = block
        rows.extend(config_rows)
        config_log[config.name] = {"description": config.description, "overrides": config.overrides,
                                   "baseline": config.baseline,
                                   "settings": settings.model_copy(update=config.overrides).resolved()}
    metrics = {
        "timestamp": timestamp, "git_commit": commit, "questions_file": str(questions_file),
        "n_questions": len(questions), "configs": blocks,
        "similar": run_similar(questions, settings, make_assistant=make_assistant),
    }
    meta = {"timestamp": timestamp, "git_commit": commit, "git_dirty": dirty, "questions_file": str(questions_file),
            "n_selected": len(questions), "n_total": n_total, "split": split, "types": types, "limit": limit,
            "command": shlex.join(command or ["weerbaar", *sys.argv[1:]])}
    settings_log = {
        **meta,
        "questions_sha256": hashlib.sha256(Path(questions_file).read_bytes()).hexdigest(),
        "question_ids": [q["id"] for q in questions],
        "settings": settings.resolved(),
        "configs": config_log,
    }
    return metrics, write_run(out_dir, metrics, rows, meta, settings_log)


def run(args) -> int:
    from tqdm import tqdm

    from eval.harness import Config, QuestionFileError, load_questions, resolve_configs, select
    from eval.report import summary_table
    from core.embed import EmbedderError
    from ingest.index import IndexUnavailable

    settings = settings_from(args)
    try:
        questions_all = load_questions(args.questions)
        types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
        if args.limit is not None and args.limit < 1:
            raise ValueError("--limit must be at least 1")
        questions = select(questions_all, types, args.limit, args.split)
        configs = resolve_configs(args.compare) if args.compare else [
            Config(f"{settings.retrieval}+{settings.llm}", "weerbaar as configured")]
    except (QuestionFileError, ValueError) as e:
        return fail(str(e))
    bar = None
    correct = 0

    def on_config(config, n: int) -> None:
        nonlocal bar, correct
        if bar is not None:
            bar.close()
        bar, correct = tqdm(total=n, desc=config.name, unit="q", file=sys.stderr, leave=True), 0

    def on_row(row: dict) -> None:
        nonlocal correct
        correct += bool(row["correct"])
        bar.update(1)
        bar.set_postfix_str(f"correct {correct}/{bar.n}" + (" ERROR" if row.get("error") else ""))

    try:
        metrics, paths = evaluate(settings, questions, configs, args.out or settings.eval_dir,
                                  questions_file=args.questions, n_total=len(questions_all), types=types,
                                  limit=args.limit, split=args.split, judge=args.judge, on_config=on_config,
                                  on_row=on_row)
    except (IndexUnavailable, EmbedderError, EvalFailed) as e:
        return fail(str(e))
    finally:
        if bar is not None:
            bar.close()
    if args.json:
        print_json(metrics)
    else:
        print(summary_table(metrics))
        print(f"\nreport: {paths['report']}", file=sys.stderr)
    n_errors = sum(b["overall"]["n_errors"] for b in metrics["configs"].values())
    if n_errors:
        print(f"weerbaar: {n_errors} question(s) ended in an error; see report.md", file=sys.stderr)
        return 1
    return 0
