"""The web app's handlers, called directly (no server, no browser): fake embedder, temp index."""
from __future__ import annotations

import json
import re

import pytest

from rag.llm import FakeGenerator, GeneratorError
from weerbaar import ui
from weerbaar import ui_handlers as H
from weerbaar import ui_render as R
from core.settings import Settings
from core.types import Answer, Chunk, Citation, Hit

ATTACK = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    from ingest.pipeline import ingest

    tmp = tmp_path_factory.mktemp("ui")
    s = Settings(index_dir=tmp / "index", embedder="fake", llm="extractive", feedback_path=tmp / "fb" / "feedback.jsonl",
                 eval_dir=tmp / "eval", local_model_path=tmp / "no-model.gguf")
    ingest(None, s)
    return s


@pytest.fixture(scope="module")
def assistant(settings):
    from rag.assistant import Assistant

    return Assistant(settings)


def run(assistant, question, conv=None, messages=None, gemeenten=None, section=H.ALL_SECTIONS, backend="extractive"):
    """All updates of one chat turn, and the last one as a dict."""
    names = ["question", "messages", "panel", "conv", "notice", "export", "download"]
    updates = [dict(zip(names, u)) for u in H.respond(assistant, question, messages or [], conv, gemeenten, section, backend)]
    return updates, updates[-1]


# --------------------------------------------------------------------------- chat


def test_answer_cites_sources_that_link_to_the_panel(assistant):
    updates, last = run(assistant, "Hoe staat het met Achtkarspelen?")
    answer = last["messages"][-1]["content"]
    assert last["messages"][-2] == {"role": "user", "content": "Hoe staat het met Achtkarspelen?"}
    assert "Achtkarspelen" in answer and 'href="#bron-1-1"' in answer  # marker [1] is a link into the panel
    assert '<span class="wb-sr-only"> bron 1: Achtkarspelen, ' in answer  # ... named after its source for screen readers
    assert 'id="bron-1-1"' in last["panel"] and "Achtkarspelen" in last["panel"]
    assert 'data-state="done"' in last["panel"]
    assert last["question"] == ""  # the box is cleared for the next question
    assert "## Bronnen" in last["export"] and "[1] **Achtkarspelen**" in last["export"]
    assert open(last["download"], encoding="utf-8").read().startswith("## Vraag\n\nHoe staat het met Achtkarspelen?")


def test_sources_are_shown_before_the_first_token(assistant):
    gen = FakeGenerator("Achtkarspelen heeft een tijdelijk projectleider aangesteld [1].")
    assistant._generators["fake"] = gen
    kinds = [kind for kind, _ in H.stream_answer(assistant, "Hoe staat het met Achtkarspelen?", llm="fake")]
    assert kinds[0] == "sources" and "token" in kinds and kinds[-1] == "done"
    assert kinds.index("sources") < kinds.index("token")
    updates, last = run(assistant, "Hoe staat het met Achtkarspelen?", backend="fake")
    states = [u["panel"].split('data-state="')[1].split('"')[0] for u in updates if isinstance(u["panel"], str)]
    assert states[:2] == ["busy", "sources"] and states[-1] == "done"
    streaming = [u["messages"][-1]["content"] for u in updates[2:-1]]
    assert streaming and all(text.endswith("▍") for text in streaming)  # a cursor while the model writes


def test_an_english_answer_is_marked_english_and_its_dutch_quotes_dutch(assistant):
    _, last = run(assistant, "How far along is Zwolle with its coordination point?")
    answer = last["messages"][-1]["content"]
    assert answer.startswith('<div lang="en">')  # a screen reader reads it with an English voice ...
    quoted = re.findall(r'<span lang="nl">(.*?)</span>', answer)
    sources = " ".join(src["text"] for record in last["conv"]["answers"].values() for src in record["sources"])
    assert quoted and all(q.replace("\\", "") in " ".join(sources.split()) for q in quoted)  # ... what it quotes, Dutch
    _, dutch = run(assistant, "Hoe staat het met Zwolle?")
    assert "lang=" not in dutch["messages"][-1]["content"]  # the page is Dutch already


def test_matching_words_are_highlighted_in_the_sources(assistant):
    _, last = run(assistant, "Welke gemeenten hebben een vakantiepark?")
    assert "<mark>vakantiepark</mark>" in last["panel"]


def test_follow_up_keeps_the_gemeente(assistant):
    _, first = run(assistant, "Hoe staat het met Achtkarspelen?")
    _, second = run(assistant, "En wat is daar het project?", conv=first["conv"], messages=first["messages"])
    assert len(second["messages"]) == 4
    assert second["conv"]["turns"][0].gemeenten == ("Achtkarspelen",)
    assert "Achtkarspelen" in second["messages"][-1]["content"] and 'href="#bron-2-' in second["messages"][-1]["content"]
    # the first answer's sources stay in the panel (folded), so its markers still have a target
    assert 'id="bron-1-1"' in second["panel"] and "Eerdere vraag" in second["panel"]


def test_filters_restrict_gemeente_and_section(assistant):
    _, last = run(assistant, "Hoe staat het met het coördinatiepunt?", gemeenten=["Zwolle"], section="stand van zaken")
    panel = last["panel"]
    assert "Zwolle" in panel and "beschrijving</span>" not in panel
    assert not any(g in panel for g in ("Achtkarspelen", "Dordrecht", "Utrecht"))


def test_refusal_says_not_in_the_documents(assistant):
    _, last = run(assistant, "Wat is de hoofdstad van Frankrijk?")
    assert last["messages"][-1]["content"].startswith("**Niet in de documenten.** Dat staat niet in de documenten.")
    assert "Geen bron gevonden" in last["panel"] and "wb-source" not in last["panel"].replace("wb-sources", "")


@pytest.mark.parametrize("question, expected", [("   ", "De vraag is leeg"), ("x" * 1200, "het maximum is 1000")])
def test_empty_or_long_question_gets_a_message_and_no_turn(assistant, question, expected):
    updates, last = run(assistant, question)
    assert len(updates) == 1
    assert expected in last["notice"] and last["messages"] == [] and last["question"] == question


def test_generator_failure_is_shown_in_the_chat(assistant):
    assistant._generators["fake"] = FakeGenerator([GeneratorError("Cannot reach the server")])
    _, last = run(assistant, "Hoe staat het met Zwolle?", backend="fake")
    text = last["messages"][-1]["content"]
    assert text.startswith("**Let op:**") and "Cannot reach the server" in text and "Citaten" in text
    assert "Zwolle" in text and "[1]" in text  # the model only adds: the quoted answer stands without it
    assert last["conv"]["answers"][1]["backend"] == "fake"


# --------------------------------------------------------------------------- injection


def test_question_and_model_output_cannot_inject_html(assistant):
    assistant._generators["fake"] = FakeGenerator(f"Zwolle heeft een coördinatiepunt [1]. {ATTACK} ![x](http://evil.example/x.png)")
    _, last = run(assistant, f"{ATTACK} Hoe staat het met Zwolle?", backend="fake")
    for message in last["messages"]:
        assert "<script" not in message["content"] and "<img" not in message["content"]
        assert "](http://evil" not in message["content"]  # no Markdown image/link either
    assert "&lt;script&gt;" in last["messages"][0]["content"]
    assert "<script" not in last["panel"] and "<img" not in last["panel"]


def test_passages_cannot_inject_html():
    chunk = Chunk(id="x", text=f"Goed project in Zwolle. {ATTACK}", gemeente="Zwolle<b>", section="beschrijving",
                  title='"><script>alert(3)</script>', source="x.txt:1-2", position=0)
    citation = Citation(marker=1, gemeente=chunk.gemeente, section=chunk.section, text=chunk.text)
    answer = Answer(question=f"project {ATTACK}", text="Zie [1].", language="nl", refused=False,
                    citations=[citation], retrieved=[Hit(chunk, 1.0)], backend="extractive")
    html = R.sources_panel(R.sources_html(answer, 1), R.timing_line(answer), [(ATTACK, "")])
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    md = R.export_markdown(answer)  # the export is the user's own document: raw text, not rendered here
    assert ATTACK in md
    card = R.similar_cards([_similar(chunk)], ATTACK, {})
    assert "<script" not in card and "<img" not in card


def test_a_refusal_shows_its_nearest_quotes_escaped():
    from core.types import Evidence
    from rag.answer import refusal_text

    nearby = [Evidence(0, "Zwolle", "beschrijving", f"Het punt is bemenst. {ATTACK}", title="Coördinatiepunt")]
    answer = Answer(question="Hoeveel mensen?", text=refusal_text("nl", nearby), language="nl", refused=True,
                    nearby=nearby, backend="extractive")
    message = H.answer_message(answer, 1, 26)
    assert message.startswith("**Niet in de documenten.**") and "is geen antwoord op uw vraag" in message
    assert "Dat staat niet in de documenten" not in message  # the bold line says it once
    assert "Het punt is bemenst." in message and "<script" not in message and "<img" not in message
    assert "wb-nosources" in R.sources_html(answer, 1)  # quoted near a refusal, cited by nothing
    english = Answer(question="How many people?", text=refusal_text("en", nearby), language="en", refused=True,
                     nearby=nearby, backend="extractive")
    message = H.answer_message(english, 2, 26)
    assert '<div lang="en">' in message and '<span lang="nl">Het punt is bemenst' in message  # WCAG 3.1.2
    assert "The documents do not contain that." in message  # the bold line is Dutch: an English reader keeps this
    assert "<script" not in message


def _similar(chunk):
    from types import SimpleNamespace

    return SimpleNamespace(gemeente=chunk.gemeente, title=chunk.title, score=1.0, passages=(("beschrijving", chunk.text),),
                           reason=ATTACK, themes=(ATTACK,), status_line=ATTACK)


def test_answer_markdown_links_markers_and_escapes():
    assert R.answer_markdown("Zie <b>dit</b> [2].", 3) == ('Zie &lt;b&gt;dit&lt;/b&gt; <a href="#bron-3-2" class="wb-cite" '
                                                         'title="bron 2">[2]<span class="wb-sr-only"> bron 2</span></a>.')
    # a marker is named after its source, and a hostile name stays inside its attribute
    named = R.answer_markdown("Ja [1].", 1, {1: 'Zwolle" onmouseover="x, stand van zaken'})
    assert 'title="bron 1: Zwolle&quot; onmouseover=&quot;x, stand van zaken"' in named
    assert '<span class="wb-sr-only"> bron 1: Zwolle&quot; onmouseover=&quot;x, stand van zaken</span>' in named
    assert R.answer_markdown("Yes [1].", 2, language="en").startswith('<div lang="en">')
    assert "lang=" not in R.answer_markdown("Ja [1].", 2, language="nl")
    assert R.safe_markdown("*vet* [link](javascript:x)") == "\\*vet\\* \\[link\\]\\(javascript:x\\)"


# --------------------------------------------------------------------------- feedback


def test_feedback_is_appended_as_jsonl(assistant, settings):
    _, last = run(assistant, "Hoe staat het met Zwolle?")
    index = len(last["messages"]) - 1
    assert "opgeslagen" in H.record_feedback(settings, last["conv"], index, True)
    assert "opgeslagen" in H.record_feedback(settings, last["conv"], [index, 0], False)
    assert "hoort niet" in H.record_feedback(settings, last["conv"], 0, True)  # the user's own message
    lines = [json.loads(x) for x in settings.feedback_path.read_text(encoding="utf-8").splitlines()]
    assert [x["rating"] for x in lines[-2:]] == ["up", "down"]
    assert set(lines[-1]) >= {"timestamp", "question", "answer", "sources", "rating", "backend"}
    assert lines[-1]["question"] == "Hoe staat het met Zwolle?" and lines[-1]["sources"][0]["gemeente"] == "Zwolle"


# --------------------------------------------------------------------------- backends


def test_backends_offered_are_the_configured_ones(settings, tmp_path, monkeypatch):
    monkeypatch.setattr(H.importlib.util, "find_spec", lambda name: None)  # as if the model parts were not installed
    bare = settings.model_copy(update={"model_cache_dir": tmp_path})
    assert H.available_backends(bare) == ["extractive"]
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    assert H.available_backends(Settings(local_model_path=model, llm="extractive")) == ["extractive", "local"]
    explicit = Settings(ollama_model="qwen2.5:7b", openai_base_url="http://127.0.0.1:9/v1", local_model_path=tmp_path / "x")
    assert H.available_backends(explicit) == ["extractive", "ollama", "openai"]
    assert H.default_backend(Settings(llm="local", local_model_path=tmp_path / "x"), ["extractive"]) == "extractive"


# --------------------------------------------------------------------------- other tabs


def test_gemeenten_table_has_every_record(assistant):
    records = R.records_from_chunks(assistant.retriever.chunks)
    assert len(records) == 26 and records[0].gemeente == "Achtkarspelen"
    themes = H.gemeente_themes(assistant)
    status = H.status_lines(assistant, records)
    rows = H.gemeente_rows(records, themes, status)
    assert [r[0] for r in rows].index("'s-Hertogenbosch") < [r[0] for r in rows].index("Oss")  # filed under H
    zoetermeer = next(r for r in records if r.gemeente == "Zoetermeer")
    assert "Spoor 3" in zoetermeer.status
    assert [r[0] for r in H.gemeente_rows(records, themes, status, "zwolle")] == ["Zwolle"]
    html = R.record_html(zoetermeer, ["Integriteit en screening"])
    assert "Stand van zaken" in html and "Spoor 3" in html and "wb-chip" in html


def test_records_rebuilt_from_the_index_are_the_parsed_records(assistant, corpus_records):
    """The Gemeenten tab shows core.types.Record rebuilt from chunks: the same as ingest parsed (aliases aside)."""
    rebuilt = {r.gemeente: r for r in R.records_from_chunks(assistant.retriever.chunks)}
    assert sorted(rebuilt) == sorted(r.gemeente for r in corpus_records)
    for parsed in corpus_records:
        r = rebuilt[parsed.gemeente]
        assert (r.title, str(r.source), r.date) == (parsed.title, str(parsed.source), parsed.date)
        assert r.status.split() == parsed.status.split() and r.description.split() == parsed.description.split()


def test_similar_cards(assistant):
    html = H.find_similar(assistant, "Wij hebben problemen op een vakantiepark", None, 3, {})
    assert html.count('class="wb-card"') == 3 and "Dordrecht" in html and "Stand van zaken" in html
    like = H.find_similar(assistant, "", "Den Bosch", 2, {})
    assert like.count('class="wb-card"') == 2 and "'s-Hertogenbosch</strong>" not in like
    assert "Beschrijf uw situatie" in H.find_similar(assistant, "  ", None, 3, {})
    assert "niet" in H.find_similar(assistant, "", "Parijs", 3, {}) or "not one of" in H.find_similar(assistant, "", "Parijs", 3, {})


def test_eval_tab_without_and_with_a_run(tmp_path):
    intro, rows, plots, report = H.load_eval(tmp_path / "none")
    assert "Nog geen evaluatie" in intro and "weerbaar eval" in intro and not rows and not plots
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    overall = {"n": 10, "hit@1": 0.9, "recall@5": 0.95, "mrr": 0.92, "correct": 0.8}
    (run_dir / "metrics.json").write_text(json.dumps({"configs": {"hybrid+extractive": {"overall": overall}}}))
    (run_dir / "report.md").write_text("# weerbaar eval\n\n![plot](by_type.png)\n\nSummary here.\n")
    (run_dir / "by_type.png").write_bytes(b"\x89PNG\r\n")
    intro, rows, plots, report = H.load_eval(run_dir)
    assert "Laatste evaluatie" in intro
    assert rows[0][0] == "configuratie" and rows[1][0] == "hybrid+extractive" and "0.90" in rows[1]
    assert plots == [str(run_dir / "by_type.png")]
    assert 'src="data:image/png;base64,' in R.plots_html(plots)  # inline: no file route into the eval folder
    assert "Summary here." in report and "![plot]" not in report


def test_build_app_without_launching(settings, assistant):
    import gradio as gr

    demo = ui.build_app(settings, assistant)
    assert isinstance(demo, gr.Blocks)
    labels = {b.label for b in demo.blocks.values() if isinstance(b, gr.Tab)}
    assert labels == {"Chat", "Vergelijkbare aanpakken", "Gemeenten", "Documenten", "Evaluatie"}
    radio = next(b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "wb-backend")
    assert [value for _, value in radio.choices] == H.available_backends(settings) and radio.value == "extractive"


def test_chat_command_is_registered():
    from weerbaar.cli import build_parser

    args = build_parser().parse_args(["chat", "--port", "7999"])
    assert (args.host, args.port, args.command) == ("127.0.0.1", 7999, "chat")
