"""An upload or a delete while questions run: the running question finishes on the state it started on,
new questions see the new documents at once, and the replaced index generation goes only afterwards."""
from __future__ import annotations

import threading

import pytest

from docs_fixtures import LINDEBURG_MD
from ingest.documents import add_file, delete_document
from ingest.index import make_client
from ingest.pipeline import ingest
from rag.assistant import Assistant
from rag.llm import FakeGenerator
from weerbaar.live import LiveAssistant


def _generations(settings) -> list[str]:
    names = [c if isinstance(c, str) else c.name for c in make_client(settings).list_collections()]
    return sorted(n for n in names if n.startswith(f"{settings.collection}-g"))


def _cited(answer) -> set[str]:
    return {c.gemeente for c in answer.citations}


@pytest.fixture
def live_and_gate(fake_settings):
    ingest(None, fake_settings)
    started, release = threading.Event(), threading.Event()

    def reply(messages):
        started.set()
        release.wait(60)
        return "Zwolle heeft een coördinatiepunt ondermijning [1]."

    slow = FakeGenerator(reply)
    yield LiveAssistant(Assistant(fake_settings, generator=slow)), started, release, slow
    release.set()


def test_questions_in_flight_survive_an_upload_and_a_delete(live_and_gate, fake_settings, tmp_path):
    live, started, release, slow = live_and_gate
    path = tmp_path / "lindeburg.md"
    path.write_text(LINDEBURG_MD)
    old = live.current
    first_generation = old.index.active_name()
    answers = {}
    asking = threading.Thread(target=lambda: answers.setdefault(
        "zwolle", live.ask("Hoe staat het met Zwolle?", llm="fake")))
    asking.start()
    assert started.wait(30) and live.running(old) == 1  # the question is being answered on the old state

    result = live.change(lambda index: add_file(index, fake_settings, "lindeburg.md", path),
                         previous=lambda r: r.previous, changed=lambda r: r.ok)
    assert result.ok and live.current is not old and live.swaps == 1
    assert live.current.generator("fake") is slow  # the models are shared, not loaded again
    new = live.ask("Hoe staat het met Lindeburg?", llm="extractive")
    assert "Lindeburg" in _cited(new) and "havenregisseur" in new.text
    # The old state is still whole while its question runs: a search on it still reads its generation.
    assert first_generation in _generations(fake_settings)
    assert "Zwolle" in _cited(old.ask("Hoe staat het met Zwolle?", llm="extractive"))

    release.set()
    asking.join(30)
    assert "Zwolle" in _cited(answers["zwolle"]) and "coördinatiepunt" in answers["zwolle"].text
    assert live.wait_retired(30)
    assert _generations(fake_settings) == [live.index.active_name()]  # dropped once nothing ran on it

    live.change(lambda index: delete_document(index, fake_settings, "lindeburg.md"),
                previous=lambda r: [r.previous], changed=lambda r: r.removed > 0)
    gone = live.ask("Hoe staat het met Lindeburg?", llm="extractive")
    assert "Lindeburg" not in _cited(gone) and "havenregisseur" not in gone.text
    assert live.swaps == 2 and live.wait_retired(30)
    assert _generations(fake_settings) == [live.index.active_name()]


def test_a_failed_write_changes_nothing(live_and_gate):
    live, *_ = live_and_gate
    before = live.current

    def broken(index):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        live.change(broken, previous=lambda r: [])
    assert live.current is before and not live.writing()
