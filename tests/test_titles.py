"""Two documents of one gemeente: every passage is shown under its own document's project title."""
from __future__ import annotations

import re

import pytest

from core.settings import DEFAULT_CORPUS, Settings
from rag.assistant import Assistant

MEMO = """Gemeente: Zwolle

# Memo signalenoverleg Zwolle

## Stand van zaken

Het coördinatiepunt ondermijning houdt elke maand een signalenoverleg met de wijkagenten.
Het signalenoverleg van het coördinatiepunt leverde in 2021 veertig nieuwe signalen op.
"""
MEMO_TITLE = "Memo signalenoverleg Zwolle"
REPORT_TITLE = "De inrichting van een lokaal coördinatiepunt ondermijning"


@pytest.fixture(scope="module")
def two_zwolle_documents(tmp_path_factory):
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("titles")
    (root / "zwolle_memo.md").write_text(MEMO, encoding="utf-8")
    settings = Settings(index_dir=root / "index", embedder="fake", llm="extractive")
    report = ingest([DEFAULT_CORPUS, root / "zwolle_memo.md"], settings)
    assert not report.problems
    return settings


def test_extractive_answer_names_each_passage_under_its_own_title(two_zwolle_documents):
    answer = Assistant(two_zwolle_documents).ask("Wat doet het coördinatiepunt ondermijning in Zwolle?", llm="extractive")
    by_marker = {c.marker: c for c in answer.citations}
    titles = {c.title for c in answer.citations}
    assert titles == {MEMO_TITLE, REPORT_TITLE}, titles  # the question reaches both documents
    for line in answer.text.splitlines():
        m = re.match(r"- Zwolle \(project '(.+?)'\): (.*)", line)
        if m:
            markers = {int(n) for n in re.findall(r"\[(\d+)\]", m.group(2))}
            assert markers and {by_marker[n].title for n in markers} == {m.group(1)}, line


def test_similar_results_take_the_title_of_their_best_passage(two_zwolle_documents):
    from rag.similar import rank_gemeenten

    (zwolle,) = [r for r in rank_gemeenten(Assistant(two_zwolle_documents), "maandelijks signalenoverleg met wijkagenten", k=26)
                 if r.gemeente == "Zwolle"]
    assert zwolle.title == zwolle.chunks[0].title


def test_gemeenten_tab_keeps_one_record_per_document(two_zwolle_documents):
    from weerbaar.ui_render import records_from_chunks, sources_html

    a = Assistant(two_zwolle_documents)
    zwolle = [r for r in records_from_chunks(a.index.all_chunks(include_empty=True)) if r.gemeente == "Zwolle"]
    assert sorted(r.title for r in zwolle) == sorted([MEMO_TITLE, REPORT_TITLE])
    memo = next(r for r in zwolle if r.title == MEMO_TITLE)
    assert "signalenoverleg" in memo.status and "coördinatiepunt ondermijning om" not in memo.description
    answer = a.ask("Wat doet het coördinatiepunt ondermijning in Zwolle?", llm="extractive")
    panel = sources_html(answer, turn=1)
    for c in answer.citations:  # each numbered source shows its own document's title
        article = re.search(rf'id="bron-1-{c.marker}".*?</article>', panel, re.S).group()
        assert f'<div class="wb-title">{c.title}</div>' in article.replace("&#x27;", "'")
