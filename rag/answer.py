"""Answers the program owns: numbered sources, quoted evidence, refusals.

The evidence (rag/evidence.py) is grouped per gemeente; each sentence's passage gets a number [n],
in the order the answer quotes them. The answer text quotes the sentences with their markers:

    - Zwolle (project 'Coördinatiepunt ondermijning'): Het coördinatiepunt is bemenst [1]. ...

A model's verified lead (rag/lead.py, rag/verify.py) goes above that text; nothing else a model
writes reaches the reader.

A refusal says so first, then quotes what the documents say closest to the question, labelled as no answer and
cited by nothing (``nearby_evidence``, ``refusal_text``): the reader sees why, and can judge a near miss.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core import vocabulary as V
from core.types import Citation, Evidence
from rag.evidence import Pick

REFUSAL = {
    "nl": "Dat staat niet in de documenten.",
    "en": "The documents do not contain that.",
}
NEARBY_INTRO = {
    "nl": "Wat er het dichtst bij komt, is geen antwoord op uw vraag:",
    "en": "The closest the documents come (quoted in Dutch) does not answer it:",
}
UNKNOWN_GEMEENTE = {
    "nl": "Over {names} staat niets in de documenten: die gemeente{s} {doet} niet mee in dit overzicht. "
          "De documenten gaan over {n} gemeenten, waaronder {examples}.",
    "en": "The documents say nothing about {names}: {it} {is_} not among the {n} gemeenten in this report "
          "(which include {examples}).",
}
QUOTED_IN_DUTCH = "From the documents (quoted in Dutch):"
SET_HEADER = {"nl": "Gemeenten in de documenten: {names}.", "en": "Gemeenten in the documents: {names}."}
# "welke / hoeveel gemeenten staan in het overzicht?" (OVERVIEW_ANSWER): all of them, counted
OVERVIEW_HEADER = {"nl": "De documenten beschrijven {count} gemeenten: {names}.",
                   "en": "The documents describe {count} gemeenten: {names} (passages quoted in Dutch)."}
COMPARABLE_HEADER = {"nl": "Gemeenten met een vergelijkbare aanpak: {names}.",
                     "en": "Gemeenten with a comparable approach: {names} (passages quoted in Dutch)."}
STATUS_LABEL = {"nl": "Stand van zaken", "en": "Status"}


@dataclass(frozen=True)
class Group:
    """The evidence about one gemeente, in document order; ``status`` picks are labelled as the status."""

    gemeente: str
    picks: tuple[Pick, ...]
    status: tuple[Pick, ...] = ()


def number_sources(groups: Sequence[Group]) -> tuple[list[Citation], list[Evidence]]:
    """Number the passages the evidence comes from, in quoting order: (citations, evidence with markers)."""
    marker_of: dict[str, int] = {}
    citations: list[Citation] = []
    evidence: list[Evidence] = []
    for group in groups:
        for pick in (*group.picks, *group.status):
            chunk = pick.sentence.chunk
            if chunk.id not in marker_of:
                marker_of[chunk.id] = len(citations) + 1
                citations.append(Citation(marker=marker_of[chunk.id], gemeente=chunk.gemeente, section=chunk.section,
                                          text=chunk.text, title=chunk.title, date=chunk.date))
            evidence.append(_evidence(pick, marker_of[chunk.id]))
    return citations, evidence


def _evidence(pick: Pick, marker: int) -> Evidence:
    """A chosen sentence with its provenance, under ``marker`` (0: cited by nothing)."""
    chunk = pick.sentence.chunk
    return Evidence(marker=marker, gemeente=chunk.gemeente, section=chunk.section, sentence=pick.sentence.text,
                    score=pick.score, title=chunk.title, date=chunk.date, source=chunk.source)


def _line(gemeente: str, title: str, body: str, when: str = "") -> str:
    """One gemeente's quotes from one document: "- Ede (project 'Festival'), 2020-06: ..."."""
    label = f" (project '{title}')" if title else ""
    return f"- {gemeente}{label}{when}: {body}"


def quoted_answer(language: str, kind: str, groups: Sequence[Group], evidence: Sequence[Evidence]) -> str:
    """The evidence quoted per gemeente with its markers (the extractive answer, and the body under a lead)."""
    if not evidence:
        return REFUSAL[language]
    queue = list(evidence)
    lines = []
    if kind in ("set", "comparable", "overview"):
        header = {"set": SET_HEADER, "comparable": COMPARABLE_HEADER, "overview": OVERVIEW_HEADER}[kind]
        lines.append(header[language].format(names=", ".join(g.gemeente for g in groups), count=len(groups)))
    elif language == "en":
        lines.append(QUOTED_IN_DUTCH)
    for group in groups:
        own = [queue.pop(0) for _ in group.picks]
        status = [queue.pop(0) for _ in group.status]
        date = {e.date for e in own + status} - {None}
        when = f", {sorted(date)[0]}" if len(date) == 1 and len(groups) and _several_dates(evidence) else ""
        # One line per document: two documents of one gemeente each keep their own project title.
        for title in dict.fromkeys(e.title for e in own + status):
            body = " ".join(with_marker(e.sentence, e.marker) for e in own if e.title == title)
            mine = [e for e in status if e.title == title]
            if mine:
                body += f" {STATUS_LABEL[language]}: " + " ".join(with_marker(e.sentence, e.marker) for e in mine)
            lines.append(_line(group.gemeente, title, body.strip(), when))
    return "\n".join(lines)


def nearby_evidence(groups: Sequence[Group]) -> list[Evidence]:
    """For a refusal: the NEARBY_SENTENCES best-scoring sentences of each of the first NEARBY_MAX_GEMEENTEN groups, in
    document order, marker 0 (no answer cites them)."""
    out: list[Evidence] = []
    for group in groups[:V.NEARBY_MAX_GEMEENTEN]:
        best = sorted((p for p in group.picks if not p.neighbour), key=lambda p: -p.score)[:V.NEARBY_SENTENCES]
        out += [_evidence(pick, 0) for pick in sorted(best, key=lambda p: p.row)]
    return out


def refusal_text(language: str, nearby: Sequence[Evidence] = ()) -> str:
    """The refusal, then the nearest sentences quoted per gemeente, labelled as no answer.

    >>> print(refusal_text("nl", [Evidence(0, "Ede", "beschrijving", "Het festival is verschoven.", title="Festival")]))
    Dat staat niet in de documenten.
    Wat er het dichtst bij komt, is geen antwoord op uw vraag:
    - Ede (project 'Festival'): "Het festival is verschoven."
    """
    return "\n".join([REFUSAL[language]] + ([nearby_text(language, nearby)] if nearby else []))


def nearby_text(language: str, nearby: Sequence[Evidence]) -> str:
    """The nearest sentences quoted per gemeente under NEARBY_INTRO: a refusal's text after its first line (the page
    shows that line in its own words)."""
    lines = [NEARBY_INTRO[language]]
    for gemeente, title in dict.fromkeys((e.gemeente, e.title) for e in nearby):
        quotes = " ".join(f'"{e.sentence}"' for e in nearby if (e.gemeente, e.title) == (gemeente, title))
        lines.append(_line(gemeente, title, quotes))
    return "\n".join(lines)


def _several_dates(evidence: Sequence[Evidence]) -> bool:
    return len({e.date for e in evidence}) > 1


def with_marker(sentence: str, marker: int) -> str:
    """'Het draait.' -> 'Het draait [1].' (the marker before the closing punctuation).

    >>> with_marker("Het coördinatiepunt draait.", 2), with_marker("- een item", 1)
    ('Het coördinatiepunt draait [2].', '- een item [1]')
    """
    m = re.search(r"[.!?:;]+$", sentence)
    return f"{sentence[:m.start()]} [{marker}]{m.group()}" if m else f"{sentence} [{marker}]"


def unknown_gemeente_message(language: str, unknown: Sequence[str], corpus_gemeenten: Sequence[str]) -> str:
    names = " en ".join(unknown) if language == "nl" else " and ".join(unknown)
    several = len(unknown) > 1
    examples = ", ".join(list(corpus_gemeenten)[:5]) + ("…" if len(corpus_gemeenten) > 5 else "")
    template = UNKNOWN_GEMEENTE[language]
    return template.format(names=names, s="n" if several else "", doet="doen" if several else "doet",
                           it="they" if several else "it", is_="are" if several else "is",
                           n=len(corpus_gemeenten), examples=examples)
