"""`weerbaar loadtest`: N visitors at once through the page's handlers, against a fake OpenAI-compatible
model that answers with the gemeente of the first source it was given (so a crossed prompt would show).
Numbers are printed, never asserted on time."""
from __future__ import annotations

import json

import pytest

from tests.fake_servers import FakeOpenAIServer, lead_reply
from weerbaar.cli import main


def _first_source_gemeente(body: dict) -> str:
    return lead_reply(body["messages"])


@pytest.fixture
def env(fake_index_settings, monkeypatch):
    monkeypatch.setenv("WEERBAAR_INDEX_DIR", str(fake_index_settings.index_dir))
    monkeypatch.setenv("WEERBAAR_EMBEDDER", "fake")
    for name in ("WEERBAAR_CHROMA_HOST", "WEERBAAR_SHED_WAIT_S", "WEERBAAR_OPENAI_MODEL"):
        monkeypatch.delenv(name, raising=False)


def _run(capsys, *args) -> dict:
    assert main(["loadtest", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_visitors_get_their_own_model_answers(env, capsys, monkeypatch):
    with FakeOpenAIServer(_first_source_gemeente) as llm:
        monkeypatch.setenv("WEERBAAR_OPENAI_BASE_URL", llm.base_url)
        # a limit no estimate reaches (the estimate starts from a timed answer: machine-dependent)
        result = _run(capsys, "--users", "6", "--llm", "openai", "--shed-wait", "1000")
        calls = len(llm.requests_to("/v1/chat/completions"))
    s, rows = result["summary"], result["rows"]
    assert calls == 1 + 1 + 6  # warm-up (one token) and one timed answer before the visitors, as the page does
    assert len({r["gemeente"] for r in rows}) == 6  # six different gemeenten
    assert (s["users"], s["shed"], s["model_answers"], s["crossed"], s["errors"]) == (6, 0, 6, 0, 0)
    for r in rows:
        assert r["backend"] == "openai" and r["uncrossed"] and r["cited"]
        assert r["sources_s"] is not None and r["sources_s"] <= r["first_token_s"] <= r["complete_s"]


def test_above_the_limit_every_visitor_is_shed_and_still_answered(env, capsys, monkeypatch):
    with FakeOpenAIServer(_first_source_gemeente) as llm:
        monkeypatch.setenv("WEERBAAR_OPENAI_BASE_URL", llm.base_url)
        result = _run(capsys, "--users", "4", "--llm", "openai", "--shed-wait", "0.001")
    s = result["summary"]
    assert (s["shed"], s["model_answers"], s["crossed"], s["errors"], s["cited"]) == (4, 0, 0, 0, 4)
    assert all(r["backend"] == "extractive" for r in result["rows"])


def test_report_and_too_many_users(env, capsys):
    assert main(["loadtest", "--users", "3", "--llm", "extractive"]) == 0
    out = capsys.readouterr().out
    assert "3 visitors at once" in out and "sources visible" in out and "crossed 0" in out
    assert main(["loadtest", "--users", "40", "--llm", "extractive"]) == 2
    assert "different gemeenten" in capsys.readouterr().err


@pytest.mark.parametrize("answer, sources, crossed_with", [
    # the quote itself names another visitor's gemeente: not a crossing
    ("- Dordrecht: Dordrecht is net als Zoetermeer een SST-gemeente [1].",
     [("Dordrecht", "Dordrecht is net als Zoetermeer een SST-gemeente.")], []),
    # a name the cited passages lack: crossed
    ("Zoetermeer werkt hieraan [1].", [("Dordrecht", "Dordrecht werkt hieraan.")], ["Zoetermeer"]),
    # a cited passage of another visitor's gemeente: crossed
    ("Dordrecht werkt hieraan [1] [2].", [("Dordrecht", "Dordrecht werkt hieraan."), ("Zoetermeer", "Ook hier.")],
     ["Zoetermeer"]),
])
def test_crossing_is_what_the_cited_passages_do_not_say(answer, sources, crossed_with):
    from weerbaar.loadtest import judge

    question = {"id": "x", "type": "fact", "question": "Wat doet Dordrecht?", "gemeenten": ["Dordrecht"],
                "answer_contains": ["werkt"]}
    record = {"answer": answer, "refused": False, "backend": "fake",
              "sources": [{"gemeente": g, "text": t} for g, t in sources]}
    assert judge(question, record, others={"Zoetermeer", "Utrecht"})["crossed_with"] == crossed_with
