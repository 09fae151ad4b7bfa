"""Chat answers to "which gemeente can we call about X?": the gemeenten ranked like `weerbaar similar`
(rag/similar.py), each with its best evidence sentence for the question and its stand van zaken line.

    hits, groups, support = comparable_groups(assistant, plan, "Wij hebben last van huisjesmelkers. Wie kunnen we bellen?")
"""
from __future__ import annotations

import re
from dataclasses import replace


from core import vocabulary as V
from core.names import default_matcher
from core.types import Hit
from rag.answer import Group
from rag.similar import like_gemeente, rank_gemeenten, similar_index, subject
from rag.support import judge

# "lijkt op Rotterdam", "like Rotterdam": a gemeente like the one named. The verb is no likeness: "We'd like to learn
# from what Rotterdam did" asks about Rotterdam, and was answered with the gemeenten most like it (batch 40 d2327).
_LIKE = re.compile(r"\b(lijk\w*|vergelijkbaar met|zoals|similar to|(?<!would )(?<!'d )(?<!’d )like(?! to\b))\b",
                   re.IGNORECASE)


def shown_count(scores: list[float]) -> int:
    """How many of the ranked gemeenten (scores best first) a comparable answer shows: those within
    COMPARABLE_RELATIVE_SCORE of the best, or down to the largest drop (COMPARABLE_NATURAL_BREAK) when that shows more.

    >>> shown_count([1.0, 0.85, 0.5, 0.4]), shown_count([1.0, 0.70, 0.33, 0.33]), shown_count([1.0, 0.5, 0.45, 0.1])
    (2, 2, 1)
    """
    if not scores:
        return 0
    top = scores[0]
    kept = sum(1 for s in scores[:V.COMPARABLE_GEMEENTEN] if s >= V.COMPARABLE_RELATIVE_SCORE * top)
    if V.COMPARABLE_NATURAL_BREAK and len(scores) > 1 and top > 0:
        head = scores[:V.COMPARABLE_GEMEENTEN + 1]
        drops = [head[i] - head[i + 1] for i in range(min(V.COMPARABLE_GEMEENTEN, len(head) - 1))]
        cut = max(range(len(drops)), key=lambda i: drops[i]) + 1
        kept = max(kept, sum(1 for s in head[:cut] if s >= V.COMPARABLE_BREAK_FLOOR * top))
    return kept


def programme_names(question: str, is_gemeente=lambda text: False) -> list[str]:
    """The programmes a question names: two or more capitalised words in a row, without an article before them,
    in which no gemeente is named (COMPARABLE_NAMED_PROGRAMME).

    >>> programme_names("Wie werkt al met De Vreedzame Wijk, zoals Den Bosch?", lambda text: "Bosch" in text)
    ['Vreedzame Wijk']
    """
    out = []
    for m in V.NAME_RUN.finditer(question):
        words = m.group(0).split()
        while words and words[0].lower() in V.PROGRAMME_LEADING_WORDS:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and not is_gemeente(name) and not any(w.lower() in V.QUESTION_NAME_SKIP for w in words):
            out.append(name)
    return out


def with_named_programme(question: str, ranked: list, shown: int, index) -> int:
    """``shown``, raised so that the ranked gemeenten whose record writes a programme the question names, as the
    first one's does, are shown too (they are moved up behind the shown ones; ``ranked`` is reordered in place)."""
    if not V.COMPARABLE_NAMED_PROGRAMME or not ranked:
        return shown
    writers: set[str] = set()
    matcher = default_matcher(index.gemeenten)
    for name in programme_names(question, is_gemeente=lambda text: bool(matcher.find(text))):
        found = index.writing(name)
        if ranked[0].gemeente in found:
            writers.update(found)
    extra = [r for r in ranked[shown:] if r.gemeente in writers]
    if not extra:
        return shown
    ranked[shown:] = extra + [r for r in ranked[shown:] if r.gemeente not in writers]
    return min(shown + len(extra), V.COMPARABLE_GEMEENTEN)


def comparable_groups(assistant, plan, question: str):
    """(hits, evidence groups, support) for a comparable question; a question about one named gemeente
    ("wat doet Zwolle, kunnen we ze bellen?") is answered as a plain question about it."""
    named = [g for g in plan.gemeenten if g in similar_index(assistant).rows]
    if named and not (len(named) == 1 and _LIKE.search(question)):
        plain = replace(plan, kind="plain")
        hits = assistant.retrieve(question, plan=plain)
        groups, support = assistant.evidence(question, plain, hits)
        return hits, groups, support
    about = subject(question) or question
    vector = assistant.query_vector(about)
    results = like_gemeente(assistant, named[0], k=V.COMPARABLE_GEMEENTEN + 1) if named else \
        rank_gemeenten(assistant, question, k=V.COMPARABLE_GEMEENTEN + 1, vector=vector)  # one embedding per question
    if not results:
        return [], [], judge(question, plan.language, [], [])
    shown = shown_count([r.score for r in results])
    if not named:  # "zoals Rotterdam" ranks by the named gemeente's record, not by the question's words
        shown = with_named_programme(question, results, shown, similar_index(assistant))
    ranked = results[:V.COMPARABLE_GEMEENTEN]
    results = ranked[:shown]
    index = assistant.sentences
    n = V.SET_PICKS + (V.COMPARABLE_ENGLISH_PICKS if plan.language == "en" else 0)  # sentences per gemeente
    hits, groups = [], []
    for r in results:
        rows = index.rows_of([r.gemeente])
        picks = index.best(about, vector, rows, n=n, with_next=False, ignore_stems=V.QUESTION_STEMS)
        status = ()
        if r.status_line and r.status_chunk is not None and r.status_line not in {p.sentence.text for p in picks}:
            row = index.row_of(r.status_chunk.id, r.status_line)
            status = (index.pick(row),) if row is not None else ()
        groups.append(Group(r.gemeente, tuple(picks), status))
        hits.append(Hit(chunk=r.chunks[0], score=r.score))
    chosen = [p.sentence.text for g in groups for p in g.picks] + [r.title for r in results]
    # the caller describes their own situation at length: its words are looked for in the best EVIDENCE_PICKS
    # sentences of each of the COMPARABLE_GEMEENTEN ranked first (shown or not: support does not shrink when fewer
    # are shown), not only in the one sentence shown (dev d268, d270). Whole records would find "planten" and
    # "binnenstad" somewhere for "wij willen meer bomen planten in de binnenstad".
    record = [p.sentence.text for r in ranked for p in index.best(about, vector, index.rows_of([r.gemeente]),
                                                                  n=V.EVIDENCE_PICKS, with_next=False,
                                                                  ignore_stems=V.QUESTION_STEMS)]
    record += [r.title for r in ranked]
    support = judge(about, plan.language, chosen, record + chosen, expand=index.lexical.query_stems,
                    idf=index.lexical.idf, vocabulary=index.lexical.vocabulary, named=False,  # the answer is a gemeente
                    absent_weight=V.COMPARABLE_ABSENT_WORD_WEIGHT)
    support = replace(support, dense=index.closest(vector, [p.row for g in groups for p in g.picks]))
    if named:  # "lijkt op Rotterdam": the named gemeente is the subject, always supported
        support = replace(support, coverage=1.0, needs_met=True)
    return hits, groups, support
