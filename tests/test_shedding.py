"""The page's line for the model: place in line, estimated wait, load shedding (weerbaar/shedding.py),
and the chat handler that uses it, with a fake model and a temp index (no server, no browser)."""
from __future__ import annotations

import threading
import time

import pytest

from rag.llm import FakeGenerator
from tests.fake_servers import lead_reply
from weerbaar import shedding as S
from weerbaar import ui_handlers as H


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_seconds_per_answer_is_busy_time_per_finished_answer():
    clock = Clock()
    line = S.ModelLine("local", prior_s=5.0, clock=clock)
    assert line.seconds_per_answer == 5.0  # the prior until an answer finishes
    # one slot: answers one after another, 8 s each
    a = line.admit(None)
    clock.now += 8
    line.finished(a, generated=True)
    assert line.seconds_per_answer == pytest.approx(8.0)
    # four answers decoded together finish after 12 s: throughput 3 s per answer, not 12
    line = S.ModelLine("local", prior_s=5.0, clock=clock)
    tickets = [line.admit(None) for _ in range(4)]
    clock.now += 12
    for t in tickets:
        line.finished(t, generated=True)
    assert line.seconds_per_answer == pytest.approx(3.0)
    # idle time between questions does not count
    clock.now += 1000
    t = line.admit(None)
    clock.now += 3
    line.finished(t, generated=True)
    assert line.seconds_per_answer == pytest.approx(3.0)


def test_place_in_line_and_estimate():
    clock = Clock()
    line = S.ModelLine("local", prior_s=4.0, clock=clock)
    first, second, third = (line.admit(None) for _ in range(3))
    assert [line.position(t) for t in (first, second, third)] == [1, 2, 3]
    assert line.wait_s(third) == pytest.approx(12.0)
    assert line.estimate_new_s() == pytest.approx(16.0)
    clock.now += 4
    line.finished(first, generated=True)
    assert [line.position(t) for t in (second, third)] == [1, 2]
    assert line.wait_s(third) == pytest.approx(2 * 4.0 - 4)  # 4 s of its wait are over
    clock.now += 30  # nothing finishes: the estimate grows with the time the model has been busy
    assert line.seconds_per_answer == pytest.approx(30.0)
    assert line.wait_s(third) == pytest.approx(2 * 30.0 - 34)
    line.finished(first, generated=True)  # twice is harmless
    assert line.waiting() == 2


def test_admit_sheds_above_the_limit_unless_forced():
    line = S.ModelLine("local", prior_s=5.0, clock=Clock())
    assert line.admit(12.0) and line.admit(12.0)  # estimates 5 and 10 s
    assert line.admit(12.0) is None  # 15 s > 12 s: shed
    assert line.shed_count == 1
    assert line.admit(12.0, forced=True) is not None  # the button: always in line
    assert line.admit(None) is not None  # no limit: never shed (eval, ask)


def test_admit_is_atomic_for_visitors_who_arrive_together():
    line = S.ModelLine("local", prior_s=5.0)
    results = []
    barrier = threading.Barrier(16)

    def arrive():
        barrier.wait()
        results.append(line.admit(20.0))

    threads = [threading.Thread(target=arrive) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r is not None for r in results) == 4  # 5, 10, 15, 20 s fit under 20 s; the other 12 are shed


def test_doctests_hold():
    import doctest

    from weerbaar import loadtest

    for module in (S, loadtest):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_wait_texts():
    assert S.wait_text(2, 9.1) == "U bent nummer 2 in de rij voor het taalmodel · nog ongeveer 10 s"
    assert 'data-position="3"' in S.wait_html(3, 12) and 'role="status"' in S.wait_html(3, 12)
    assert S.SHED_LABEL in S.shed_note(30)


# --------------------------------------------------------------------------- the chat handler


@pytest.fixture
def page(fake_index_settings):
    """An Assistant whose fake model echoes its first source's gemeente, slowly, and a way to change the limit."""
    from rag.assistant import Assistant

    def echo(messages):
        time.sleep(0.05)
        return lead_reply(messages)

    def make(limit_s: float):
        settings = fake_index_settings.model_copy(update={"shed_wait_s": limit_s, "llm": "fake"})
        return Assistant(settings, generator=FakeGenerator(echo))

    return make


def _turn(assistant, question, conv=None, backend="fake", messages=None):
    names = ["question", "messages", "panel", "conv", "notice", "export", "download", "button"]
    return [dict(zip(names, u)) for u in H.respond_page(assistant, question, messages or [], conv, [],
                                                       H.ALL_SECTIONS, backend)]


def test_under_the_limit_the_model_answers(page):
    assistant = page(20.0)
    updates = _turn(assistant, "Hoe staat het met Zwolle?")
    last = updates[-1]
    assert last["messages"][-1]["content"].startswith("Zwolle: ")  # the model's lead comes first
    assert S.SHED_LABEL not in last["messages"][-1]["content"]
    assert last["conv"]["shed"] is None and last["button"]["visible"] is False
    assert S.model_line(assistant, "fake").waiting() == 0  # the ticket was given back


def test_above_the_limit_the_answer_is_extractive_labelled_with_a_button(page):
    assistant = page(0.001)  # any estimate is above it
    updates = _turn(assistant, "Hoe staat het met Zwolle?")
    last = updates[-1]
    text = last["messages"][-1]["content"]
    assert text.startswith(f"**{S.SHED_LABEL}.**") and "Zwolle" in text
    assert last["conv"]["answers"][1]["backend"] == "extractive" and last["conv"]["answers"][1]["shed"]
    assert last["button"]["visible"] is True and updates[0]["button"]["visible"] is False
    assert assistant.generator("fake").history == []  # the model was never asked
    # the button asks the model anyway, for the same question, whatever the limit
    again = [dict(zip(["question", "messages", "panel", "conv", "notice", "export", "download", "button"], u))
             for u in H.ask_model_anyway(assistant, last["messages"], last["conv"])]
    final = again[-1]
    assert final["messages"][-1]["content"].startswith("Zwolle: ")
    assert final["conv"]["shed"] is None and final["button"]["visible"] is False
    assert len(final["messages"]) == 4  # the shed turn stays, the model's answer follows it


def test_extractive_is_never_in_line_or_shed(page):
    assistant = page(0.001)
    last = _turn(assistant, "Hoe staat het met Zwolle?", backend="extractive")[-1]
    assert S.SHED_LABEL not in last["messages"][-1]["content"] and last["conv"]["shed"] is None


def test_waiting_visitors_see_their_place_in_line(fake_index_settings):
    from rag.assistant import Assistant

    release = threading.Event()
    slow = FakeGenerator(lambda messages: (release.wait(30), "Zwolle heeft een coördinatiepunt [1].")[1])
    settings = fake_index_settings.model_copy(update={"shed_wait_s": 1000.0, "llm": "fake"})
    assistant = Assistant(settings, generator=slow)
    notices: dict[int, list[str]] = {0: [], 1: []}

    def visitor(i):
        for u in H.respond_page(assistant, "Hoe staat het met Zwolle?", [], None, [], H.ALL_SECTIONS, "fake"):
            if isinstance(u[4], str) and u[4]:
                notices[i].append(u[4])

    first = threading.Thread(target=visitor, args=(0,))
    first.start()
    while S.model_line(assistant, "fake").waiting() < 1:
        time.sleep(0.01)
    second = threading.Thread(target=visitor, args=(1,))
    second.start()
    deadline = time.time() + 20
    while not any("nummer 2" in n for n in notices[1]) and time.time() < deadline:
        time.sleep(0.05)
    release.set()
    first.join(30)
    second.join(30)
    assert any("Het taalmodel schrijft uw antwoord" in n for n in notices[0])
    assert any('data-position="2"' in n and "U bent nummer 2 in de rij" in n for n in notices[1])
