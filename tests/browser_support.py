"""What the browser tests share: Debian's Chromium with flags that keep it off the network, axe-core's
WCAG 2.1 A/AA check, a free port, waiting for the app, and the app served in this process with a
scripted answer model.

    from tests.browser_support import browser, served_app  # noqa: F401  (fixtures)
"""
from __future__ import annotations

import os
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Without the last six flags headless Chromium still looks up Google hosts (they fail here, but slowly).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-domain-reliability", "--no-pings",
    "--disable-client-side-phishing-detection",
    "--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,Translate,MediaRouter",
]

# The rules of WCAG 2.0 and 2.1, levels A and AA (axe-core's tags for them).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


# Finite animations have ended (a toast fading in is pale for a moment); spinners run for ever and are let be.
SETTLED = """() => document.getAnimations().every(a => a.playState !== "running"
                                                  || a.effect.getComputedTiming().iterations === Infinity)"""


def run_axe(page) -> dict:
    """axe-core's results on the page once it has settled, injected from the wheel (nothing is downloaded);
    WEERBAAR_AXE_JS=path/to/axe.min.js checks with another axe-core version (e.g. from npm's axe-core)."""
    from axe_playwright_python.sync_playwright import Axe

    # An error toast's countdown bar is a finite animation of ~10 s: 15 s was too short on busy cores (make test
    # runs two pytest processes side by side).
    page.wait_for_function(SETTLED, timeout=45_000)

    other = os.environ.get("WEERBAAR_AXE_JS")
    axe = Axe.from_file(other) if other else Axe()
    return axe.run(page, options=AXE_OPTIONS).response


def violation_report(violations: list[dict]) -> str:
    """One line per rule (id, impact, how many), then each offending element's selector and why."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}")
        for node in v["nodes"]:
            why = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {' '.join(map(str, node['target']))}  -- {why[:220]}")
    return "\n".join(lines)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc=None, timeout: float = 90) -> float:
    """Seconds until ``url`` answers 200; fails early when ``proc`` (a Popen) exits first."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - t0
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make browser` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def fake_eval_run(out: Path) -> None:
    """A small eval run (what `weerbaar eval` writes) for the Evaluatie tab."""
    import json

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True)
    overall = {"n": 124, "hit@1": 0.87, "recall@5": 0.93, "mrr": 0.9, "citation_precision": 0.85, "correct": 0.78}
    (out / "metrics.json").write_text(json.dumps({"configs": {"hybrid+extractive": {"overall": overall}}}))
    (out / "report.md").write_text("# weerbaar eval\n\n![by type](by_type.png)\n\nTest run for the browser test.\n")
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.bar(list(overall)[1:], list(overall.values())[1:], color="#01689b")
    ax.set_ylim(0, 1)
    fig.tight_layout()
    fig.savefig(out / "by_type.png")
    plt.close(fig)


class ScriptedModel:
    """The answer model of the in-process app, steered by the test through ``mode``:

    "answer": writes a lead (JSON, as the lead prompt asks; the app's checker may keep or drop it); "slow":
    writes its first piece, then waits until ``release()`` (the page stays busy); "fail": the model server is
    down (GeneratorError).
    """

    name = model = "fake"
    REPLY = '{"zinnen": [1], "antwoord": "Het project loopt volgens plan."}'

    def __init__(self) -> None:
        self.mode = "answer"
        self.streaming = threading.Event()  # set once a slow answer has sent its first piece
        self._release = threading.Event()

    def release(self) -> None:
        self._release.set()

    def stream(self, messages, *, max_tokens: int, temperature: float, **_) -> Iterator[str]:
        from rag.llm import GeneratorError

        if self.mode == "fail":
            raise GeneratorError("de testserver van het taalmodel is onbereikbaar.")
        half = len(self.REPLY) // 2
        if self.mode == "slow":
            self._release.clear()
            yield self.REPLY[:half]
            self.streaming.set()
            self._release.wait(60)
            self.streaming.clear()
            yield self.REPLY[half:]
        else:
            yield from (self.REPLY[:half], self.REPLY[half:])


@pytest.fixture(scope="module")
def served_app(tmp_path_factory):
    """The app served in this process on a free port, with the fake embedder, an eval run to show and a
    ScriptedModel as its default backend ('Testmodel'); yields (url, model, tmp folder)."""
    from core.settings import Settings
    from ingest.pipeline import ingest
    from rag.assistant import Assistant
    from weerbaar.ui import serve

    tmp = tmp_path_factory.mktemp("served-app")
    fake_eval_run(tmp / "eval")
    # Never shed: the 'busy' case holds the model for as long as its test runs, and the line's estimate would
    # then shed the questions of later tests (shedding has its own browser test, test_browser_load.py).
    settings = Settings(index_dir=tmp / "index", embedder="fake", llm="fake", eval_dir=tmp / "eval",
                        feedback_path=tmp / "feedback.jsonl", shed_wait_s=1e9)
    ingest(None, settings)
    model = ScriptedModel()
    port = free_port()
    demo = serve(settings, port=port, block=False, assistant=Assistant(settings, generator=model))
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_http(url)
        yield url, model, tmp
    finally:
        model.release()
        demo.close()


@pytest.fixture(scope="module")
def shots_dir(tmp_path_factory) -> Path:
    """Screenshots of a browser test: in pytest's temp folder, never in the repo (the path is printed)."""
    target = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {target}")
    return target
