"""Many questions at once on one shared Assistant (index, embedder, generator): uncrossed answers."""
from __future__ import annotations

import json
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
    """A fake model that leads with the first sentence's gemeente and words, so a crossed prompt would show."""
    first = next(line for line in messages[1]["content"].splitlines() if line.startswith("[1] ("))
    gemeente = first[len("[1] ("):].split(",", 1)[0]
    sentence = first.split(") ", 1)[1]
    return json.dumps({"zinnen": [1], "antwoord": f"{gemeente}: {sentence}"}, ensure_ascii=False)


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
            assert answer.lead and answer.text.startswith(gemeente), answer.text
