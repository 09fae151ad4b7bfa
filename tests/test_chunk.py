"""Chunks: a few sentences, never across gemeenten or sections, stable ids."""
from __future__ import annotations

import doctest

import rag.lead
import rag.verify
import rag.llm_local
import ingest.chunk
import ingest.htmltext
import ingest.parse
import rag.answer
import core.text
import rag.lexical
import rag.query
import rag.retrieve
from core.text import split_sentences
from ingest.chunk import chunk_records, pack


def test_doctests_hold():
    for module in (core.text, ingest.chunk, ingest.htmltext, ingest.parse, rag.answer, rag.lexical, rag.query, rag.retrieve,
                   rag.lead, rag.verify, rag.llm_local):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__


def test_chunks_respect_record_and_section_boundaries(corpus_records):
    chunks = chunk_records(corpus_records, 500)
    by_record = {r.gemeente: r for r in corpus_records}
    for c in chunks:
        source_text = by_record[c.gemeente].description if c.section == "beschrijving" else by_record[c.gemeente].status
        flat = " ".join(source_text.split())
        assert " ".join(c.text.split()) in flat, (c.gemeente, c.section, c.text[:80])
        assert len(c.text) <= 500
    assert {c.gemeente for c in chunks} == set(by_record)
    assert {c.section for c in chunks} == {"beschrijving", "stand van zaken"}


def test_chunks_lose_no_text(corpus_records):
    chunks = chunk_records(corpus_records, 300)
    for r in corpus_records:
        for section, text in (("beschrijving", r.description), ("stand van zaken", r.status)):
            joined = " ".join(c.text for c in chunks if c.gemeente == r.gemeente and c.section == section)
            assert joined.split() == text.split()


def test_chunk_ids_are_stable_and_unique(corpus_records):
    a, b = chunk_records(corpus_records), chunk_records(corpus_records)
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)


def test_chunks_end_on_sentence_boundaries(corpus_records):
    chunks = chunk_records(corpus_records, 500)
    ends = sum(c.text.rstrip().endswith((".", "?", "!", ":", ";", ")")) for c in chunks)
    assert ends / len(chunks) > 0.8


def test_sentence_splitter_keeps_dutch_abbreviations():
    assert split_sentences("Er is o.a. een VOG gevraagd. Daarna m.b.t. de raad.") == [
        "Er is o.a. een VOG gevraagd.", "Daarna m.b.t. de raad."]
    # "max." before a number: Tilburg's "voor max. 16 wijkprofessionals" was cut in two (batch 54, d3170)
    assert split_sentences("Een training voor max. 16 wijkprofessionals. Daarna meer.") == [
        "Een training voor max. 16 wijkprofessionals.", "Daarna meer."]


def test_a_full_stop_inside_brackets_ends_no_sentence():
    """BRACKET_SPAN: the aside in brackets is part of its sentence (batch 50, d2888); a bracket never closed is not."""
    line = ("Er loopt een opdracht bij de Academie van de Stad (organisatie die studenten de kans biedt. En zo het "
            "onderwijs praktijkgericht maakt.) voor een onderzoek naar het effect. Dit wordt herhaald.")
    assert split_sentences(line) == [line.rsplit(" Dit", 1)[0], "Dit wordt herhaald."]
    assert split_sentences("Een open haakje (zonder einde. Nieuwe zin.") == ["Een open haakje (zonder einde.",
                                                                             "Nieuwe zin."]


def test_overlong_sentence_is_cut_on_commas():
    long = ", ".join(["een heel lange opsomming van dingen"] * 30) + "."
    parts = pack([long], 120)
    assert all(len(p) <= 120 for p in parts) and " ".join(parts).split() == long.split()
