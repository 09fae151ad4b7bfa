"""Many questions at once on one shared Assistant (index, embedder, generator): uncrossed answers."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from rag.assistant import Assistant
from rag.llm import FakeGenerator

QUESTIONS = {
    "Hoe staat het met Achtkarspelen?": "Achtkarspelen",
    "Wat doet Zwolle met het coördinatiepunt?": "Zwolle",
    "Wat doet Den Bosch met de winkelstrip?": "'s-Hertogenbosch",
    "Hoe staat het met de app van Utrecht?": "Utrecht",
    "Wat doet Dordrecht op het vakantiepark?": "Dordrecht",
    "Hoe staat het met Brunssum?": "Brunssum",
}


def _echo_gemeente(messages):
    """A fake model that answers with the first source's gemeente, so a crossed prompt would show."""
    first_source = messages[1]["content"].split("\n")[1]
    gemeente = first_source.split("] ", 1)[1].split(" (", 1)[0]
    return f"{gemeente} werkt hieraan [1]."


@pytest.mark.parametrize("backend", ["extractive", "fake"])
def test_parallel_questions_get_their_own_answers(fake_index_settings, backend):
    assistant = Assistant(fake_index_settings, generator=FakeGenerator(_echo_gemeente))
    jobs = list(QUESTIONS.items()) * 4

    def ask(item):
        question, gemeente = item
        return gemeente, assistant.ask(question, llm=backend)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, jobs))
    assert len(results) == len(jobs)
    for gemeente, answer in results:
        assert not answer.refused
        assert {c.gemeente for c in answer.citations} == {gemeente}, (gemeente, answer.text)
        if backend == "fake":
            assert answer.text.startswith(gemeente)
