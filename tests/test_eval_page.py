"""The evaluation started from the page: one run at a time (a second is refused politely), progress while
it runs, the CLI's own code and output files, and the comparison with the run before."""
from __future__ import annotations

import json
import threading
import time

from ingest.pipeline import ingest
from rag.assistant import Assistant
from rag.llm import FakeGenerator
from weerbaar.eval_page import EvalRunner, comparison_rows, question_count, read_metrics
from weerbaar.live import LiveAssistant


def _wait(runner, timeout=120):
    t0 = time.time()
    while runner.snapshot().running and time.time() - t0 < timeout:
        time.sleep(0.05)
    return runner.snapshot()


def test_one_run_at_a_time_with_progress_and_a_comparison(fake_settings):
    ingest(None, fake_settings)
    release = threading.Event()
    held = FakeGenerator(lambda messages: (release.wait(60), "Zwolle heeft een coördinatiepunt [1].")[1])
    runner = EvalRunner(fake_settings, LiveAssistant(Assistant(fake_settings, generator=held)))

    assert runner.start("fake", 3) is None
    time.sleep(0.2)
    refused = runner.start("extractive", 2)
    assert refused.startswith("Er loopt al een evaluatie (fake, gestart om ") and "van 3 vragen klaar" in refused
    state = runner.snapshot()
    assert state.running and state.total == 3 and 'data-state="running"' in state.progress_html()
    release.set()
    state = _wait(runner)
    assert not state.running and not state.error and state.done == 3, state
    assert 'data-state="done"' in state.progress_html() and "Evaluatie klaar (fake, 3 vragen" in state.progress_html()
    first = read_metrics(fake_settings.eval_dir)
    assert list(first["configs"]) == ["hybrid+fake"] and first["n_questions"] == 3
    settings_log = json.loads((fake_settings.eval_dir / "settings.json").read_text())
    assert settings_log["split"] == "test" and "(from the page)" in settings_log["command"]
    assert (fake_settings.eval_dir / "report.md").is_file() and (fake_settings.eval_dir / "by_type.png").is_file()

    assert runner.start("extractive", 4) is None  # the next run may start now
    state = _wait(runner)
    assert state.done == 4 and not state.error
    assert read_metrics(runner.previous_dir) == first  # the run it replaced is kept
    rows = comparison_rows(read_metrics(runner.previous_dir), read_metrics(fake_settings.eval_dir))
    assert rows[0] == ["maat", "vorige (hybrid+fake, n=3)", "nu (hybrid+extractive, n=4)", "verschil"]
    correct = next(r for r in rows if r[0] == "correct")
    assert correct[3] == f"{float(correct[2]) - float(correct[1]):+.2f}"


def test_nothing_to_compare_without_a_previous_run():
    assert comparison_rows(None, {"configs": {"x": {"overall": {"correct": 0.5}}}}) == []
    from eval.harness import load_questions

    assert question_count() == sum(q.get("split") == "test" for q in load_questions()) > 0  # the held-out split
