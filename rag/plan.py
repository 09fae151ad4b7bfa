"""Your own plan -> gemeenten of the report with a comparable approach, part by part.

The plan of a gemeente that is not in the report (a file in any format ingest reads, or pasted
text) is read, never indexed, and cut at its headings into parts of a few sentences, like the
corpus's passages. Every part, read with the plan's title, is scored against every passage with
rag.similar's fused dense + lexical score. A
gemeente's score is the weighted mean over the parts of its best passage for that part; a part
weighs by how much it tells gemeenten apart (its best gemeente's score minus the median
gemeente's), so an introduction that fits everybody ("wij willen weerbaarder worden") decides
little and the part about the vakantiepark decides much.

    plan = read_plan("plan_zeewolde.docx", settings)        # or plan_from_text(text)
    compare_plan(assistant, plan, k=5)
        -> [PlanResult(gemeente='Dordrecht', score=0.71, matches=(PlanMatch(part=..., passage=Chunk(...)), ...),
                       achieved=(...), hard=(...)), ...]

Per gemeente the result says which part of the plan matched which passage, and, from its stand van
zaken, what it achieved and what it found hard (sentences picked by the word lists below).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.text import split_sentences, stems
from core.types import Chunk
from ingest.chunk import pack
from rag.similar import rank_by_chunk_scores, similar_index

MATCHES_SHOWN = 2  # (plan part, passage) pairs per gemeente
SENTENCES_SHOWN = 2  # achieved / hard sentences per gemeente
MIN_PART_CHARS = 40  # shorter parts (a heading, "Inleiding") say too little to match on
MIN_SENTENCE_CHARS = 25
HEADING_MAX_WORDS = 8  # a plan's line this short, without a full stop, is a heading: it starts a new part

# Stand van zaken sentences that report something done (they read as "what they achieved").
ACHIEVED = re.compile(
    r"\b(afgerond|afgesloten|gerealiseerd|opgeleverd|gestart|opgestart|van start|ingericht|ingevoerd|ingesteld|"
    r"uitgevoerd|vastgesteld|aangesteld|geïmplementeerd|plaatsgevonden|georganiseerd|opgezet|ontwikkeld|getraind|"
    r"geëvalueerd|bereikt|resultaat|resultaten|succes\w*|gelukt|draait|in gebruik|goedgekeurd|geleid tot)\b",
    re.IGNORECASE)
# Sentences that report a difficulty: delay, obstacle, something that did not work or costs more than
# expected. "probleem" is left out on purpose: in this report it mostly names the problem being tackled.
HARD = re.compile(
    r"\b(uitdaging\w*|lastig\w*|moeilijk\w*|moeite|helaas|knelpunt\w*|belemmer\w*|obstakel\w*|vertraging\w*|"
    r"vertraagd|opgeschort|uitgesteld|stil(?:ligt|gelegd|gelegen|gevallen)|geen doorgang|tegenvall\w*|weerstand|"
    r"tekort\w*|gebrek aan|niet (?:gelukt|vanzelfsprekend|eenvoudig|makkelijk|altijd)|dan gedacht|dan verwacht|"
    r"tijd vergt|doorlooptijd|corona\w*|covid\w*)\b",
    re.IGNORECASE)


class PlanProblem(ValueError):
    """A plan that cannot be compared (empty, too long, the report table itself); the message says why."""


@dataclass(frozen=True)
class Plan:
    title: str
    parts: tuple[str, ...]  # passages of a few sentences, in plan order; never across a heading
    headings: tuple[str, ...] = ()  # per part: the heading above it ("" when none)
    gemeente: str | None = None  # the plan's own gemeente, when it says so
    source: str = ""  # file name, or "" for pasted text

    def label(self, i: int) -> str:
        """'Onze aanpak: We voeren ...' (the part with its heading)."""
        heading = self.headings[i] if i < len(self.headings) else ""
        return f"{heading}: {self.parts[i]}" if heading else self.parts[i]


@dataclass(frozen=True)
class PlanMatch:
    part: str  # the plan part's sentence(s) that match best
    passage: Chunk  # the gemeente's passage it matched
    score: float
    heading: str = ""  # the heading of the plan's section the part is in


@dataclass(frozen=True)
class PlanResult:
    gemeente: str
    title: str
    score: float
    matches: tuple[PlanMatch, ...]
    achieved: tuple[tuple[str, Chunk], ...] = ()  # (stand van zaken sentence, its chunk)
    hard: tuple[tuple[str, Chunk], ...] = ()
    themes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        def sentence(s: str, c: Chunk) -> dict:
            return {"sentence": s, "section": c.section, "date": c.date, "source": c.source}

        return {
            "gemeente": self.gemeente, "title": self.title, "score": round(self.score, 4),
            "matches": [{"plan": m.part, "heading": m.heading, "passage": m.passage.text, "section": m.passage.section,
                         "date": m.passage.date, "source": m.passage.source, "score": round(m.score, 4)}
                        for m in self.matches],
            "achieved": [sentence(s, c) for s, c in self.achieved],
            "hard": [sentence(s, c) for s, c in self.hard],
            "themes": list(self.themes),
        }


# --------------------------------------------------------------------------- reading a plan
def plan_from_text(text: str, settings, title: str = "", source: str = "") -> Plan:
    """Pasted text (plain or Markdown) -> a Plan."""
    text = (text or "").strip()
    if not text:
        raise PlanProblem("Het plan is leeg: plak de tekst van uw plan of kies een bestand.")
    if len(text) > settings.max_plan_chars:
        raise PlanProblem(f"Het plan is {len(text):,} tekens lang; het maximum is {settings.max_plan_chars:,} "
                          "(WEERBAAR_MAX_PLAN_CHARS). Neem de delen over de aanpak.")
    from ingest.formats import text_document

    doc = text_document(text)  # 'Gemeente: X' / 'Titel:' lines and a leading heading, as for a file
    return _plan(doc.lines, settings, title=title or doc.title or "", source=source, gemeente=doc.gemeente)


def read_plan(path: Path | str, settings) -> Plan:
    """A plan file (PDF, DOCX, HTML, Markdown, text) -> a Plan; InputProblem or PlanProblem when it cannot be read."""
    from ingest.formats import read_records

    path = Path(path)
    records = read_records(path, settings)
    if len(records) > 1:
        raise PlanProblem(f"{path.name} is een tabel met {len(records)} gemeenten (het rapport zelf?), geen plan "
                          "van één gemeente.")
    (record,) = records
    lines = [line for text in (record.description, record.status) for line in text.splitlines()]
    if sum(len(line) for line in lines) > settings.max_plan_chars:
        raise PlanProblem(f"Het plan is langer dan {settings.max_plan_chars:,} tekens (WEERBAAR_MAX_PLAN_CHARS). "
                          "Neem de delen over de aanpak.")
    gemeente = record.gemeente if record.gemeente != "onbekend" else None
    return _plan(lines, settings, title=record.title, source=path.name, gemeente=gemeente)


def _plan(lines: list[str], settings, title: str, source: str, gemeente: str | None = None) -> Plan:
    """Cut the plan at its headings, then each section into passages of at most chunk_max_chars."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in (raw.lstrip("#").strip() for raw in lines):
        if not line or line == title:
            continue
        if is_heading(line):
            sections.append((line, []))
        else:
            sections[-1][1].append(line)
    parts, headings = [], []
    for heading, body in sections:
        for passage in pack(body, settings.chunk_max_chars):
            if len(passage) >= MIN_PART_CHARS:
                parts.append(" ".join(passage.split()))
                headings.append(heading)
    if not parts:
        raise PlanProblem("Er staat te weinig tekst in het plan om mee te vergelijken (een paar zinnen is genoeg).")
    return Plan(title=title, parts=tuple(parts), headings=tuple(headings), gemeente=gemeente, source=source)


def is_heading(line: str) -> bool:
    """A short line without a sentence's end: 'Onze aanpak' yes, 'We controleren.' no, '- item' no.

    >>> [is_heading(x) for x in ("Onze aanpak", "We controleren de parken.", "- samen met de politie")]
    [True, False, False]
    """
    return len(line.split()) <= HEADING_MAX_WORDS and not line.rstrip().endswith((".", "!", "?", ";", ",")) \
        and not line.lstrip().startswith(("-", "•", "*"))


# --------------------------------------------------------------------------- comparing
def compare_plan(assistant, plan: Plan, k: int = 5) -> list[PlanResult]:
    """The k gemeenten whose approach best matches the plan, best first."""
    index = similar_index(assistant)
    own = set(stems(plan.gemeente)) if plan.gemeente else set()
    # Each part is read with the plan's title, as each passage of the report is indexed with its
    # project's title (rag/retrieve.lexical_text): "Onze aanpak: integrale controles" is about vakantieparken.
    parts = [_without(part, own) for part in plan.parts]
    title = _without(plan.title, own)
    ranking = np.stack([index.chunk_scores(f"{title}. {p}" if title else p) for p in parts])  # (parts, chunks)
    # Which part matched which passage is told by the part alone: with the title every part would
    # point at the passage that names the plan's subject.
    alone = np.stack([index.chunk_scores(p) for p in parts]) if title else ranking
    per_gemeente = [dict(rank_by_chunk_scores(row, index.rows)) for row in ranking]
    gemeenten = [g for g in index.gemeenten if g != plan.gemeente]
    table = np.array([[scores.get(g, 0.0) for g in gemeenten] for scores in per_gemeente])  # (parts, gemeenten)
    weights = part_weights(table)
    total = weights @ table / weights.sum()
    order = sorted(range(len(gemeenten)), key=lambda j: (-total[j], gemeenten[j]))[:k]
    plan_stems = set().union(*(set(stems(p)) for p in plan.parts)) - own
    results = []
    for j in order:
        g = gemeenten[j]
        rows = index.rows[g]
        results.append(PlanResult(
            gemeente=g, title=index.titles[g], score=float(total[j]),
            matches=_matches(index, plan, alone, rows, weights),
            achieved=_sentences(index, rows, ACHIEVED, plan_stems, exclude=HARD),
            hard=_sentences(index, rows, HARD, plan_stems),
            themes=tuple(m.theme.label for m in index.themes.get(g, ())),
        ))
    return results


def part_weights(table: np.ndarray) -> np.ndarray:
    """Per plan part: how much it tells gemeenten apart (best minus median gemeente score, floored).

    >>> part_weights(np.array([[0.9, 0.9, 0.9], [0.9, 0.1, 0.2]])).round(2).tolist()
    [0.01, 0.7]
    """
    spread = table.max(axis=1) - np.median(table, axis=1)
    return np.maximum(spread, 0.01)  # a part that fits all gemeenten equally still counts a little


def _matches(index, plan: Plan, part_scores: np.ndarray, rows: np.ndarray, weights: np.ndarray) -> tuple[PlanMatch, ...]:
    """The gemeente's best (plan part, passage) pairs: distinct parts, distinct passages, weighted like the score."""
    pairs = []
    for p in range(len(plan.parts)):
        best = int(rows[int(np.argmax(part_scores[p, rows]))])
        pairs.append((float(weights[p] * part_scores[p, best]), p, best))
    out, used_parts, used_chunks = [], set(), set()
    for _, p, c in sorted(pairs, reverse=True):
        if p in used_parts or c in used_chunks:
            continue
        used_parts.add(p)
        used_chunks.add(c)
        chunk = index.chunks[c]
        part = _best_sentences(plan.parts[p], chunk.text)
        heading = plan.headings[p] if p < len(plan.headings) else ""
        out.append(PlanMatch(part=part, heading=heading, passage=chunk, score=float(part_scores[p, c])))
        if len(out) == MATCHES_SHOWN:
            break
    return tuple(out)


def _best_sentences(part: str, passage: str) -> str:
    """The part's sentence sharing most stems with the passage (all of a short part)."""
    sentences = [s for s in split_sentences(part) if s.strip()]
    if len(sentences) <= 2:
        return part
    theirs = set(stems(passage))
    return max(sentences, key=lambda s: (len(set(stems(s)) & theirs), -sentences.index(s)))


def _sentences(index, rows: np.ndarray, pattern: re.Pattern, plan_stems: set[str],
               exclude: re.Pattern | None = None) -> tuple[tuple[str, Chunk], ...]:
    """Stand van zaken sentences that match ``pattern``: most matches first, then most words shared with the plan."""
    found = []
    for i in rows:
        chunk = index.chunks[int(i)]
        if chunk.section != "stand van zaken":
            continue
        for line in chunk.text.split("\n"):
            for s in split_sentences(line):
                s = " ".join(s.split())
                hits = len(pattern.findall(s))
                if hits and len(s) >= MIN_SENTENCE_CHARS and not (exclude and exclude.search(s)):
                    found.append(((-hits, -len(set(stems(s)) & plan_stems), len(found)), s, chunk))
    found.sort(key=lambda x: x[0])
    return tuple((s, c) for _, s, c in found[:SENTENCES_SHOWN])


def _without(text: str, name_stems: set[str]) -> str:
    """The part without the plan's own gemeente name (it is in no passage and would only add noise)."""
    if not name_stems:
        return text
    return " ".join(w for w in text.split() if not (set(stems(w)) & name_stems))
