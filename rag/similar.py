"""Comparable approaches: which gemeenten did something similar, what did they do, how far are they?

Ranks gemeenten, not chunks. Every chunk gets a dense score (cosine with the question) and a
lexical score (Dutch BM25), each normalised per query and fused; a gemeente's score is its best
chunk plus a small bonus for its second best (:func:`aggregate`), so one strongly matching passage
beats many weak ones.

    rank_gemeenten(assistant, "Wij hebben problemen op een vakantiepark", k=3)
        -> [SimilarResult(gemeente='Dordrecht', title='Versterken van toezicht ...', score=0.93, ...), ...]
    like_gemeente(assistant, "Rotterdam", k=3)   # gemeenten whose approach resembles Rotterdam's

Everything that does not depend on the question (chunk vectors, themes, status lines, term
statistics) is built once per retriever and cached, so repeated calls cost one query embedding
(~20-100 ms) plus numpy.
"""
from __future__ import annotations

import re
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from core import vocabulary as V
from core.glossary import with_dutch_words
from core.text import sentences_of, stems, words
from rag.evidence import SentenceIndex
from rag.lexical import rarity
from rag.query import detect_language
from rag.themes import THEMES, ThemeMatch, assign_themes, keyword_pattern
from core.types import Chunk


_FRAME = V.COMPARABLE_FRAME_STEMS  # "welke gemeente kunnen we bellen?": the frame, not the subject
_THEME_WORD = keyword_pattern(k for t in THEMES for k in t.keywords)

@dataclass(frozen=True)
class SimilarResult:
    """One gemeente with a comparable approach: what matched and why."""

    gemeente: str
    title: str
    score: float
    passages: tuple[tuple[str, str], ...]  # (section, text), best first; one or two
    reason: str  # e.g. "thema's: Woon- en adresfraude en huisvesting; termen: adresfraude"
    themes: tuple[str, ...]  # labels of the gemeente's themes, those shared with the question first
    status_line: str = ""  # one stand van zaken sentence: where the project stands
    chunks: tuple[Chunk, ...] = field(default=(), compare=False, repr=False)  # the passages' chunks
    status_chunk: Chunk | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict:
        return {
            "gemeente": self.gemeente,
            "title": self.title,
            "score": round(self.score, 4),
            "passages": [{"section": s, "text": t} for s, t in self.passages],
            "reason": self.reason,
            "themes": list(self.themes),
            "status_line": self.status_line,
        }


def aggregate(scores: Sequence[float], bonus: float = V.SECOND_PASSAGE_BONUS) -> float:
    """A gemeente's score from its passages' scores: the best plus a small share of the second best.

    Not a sum: one strong passage beats many weak ones, and the bonus saturates after one passage.

    >>> aggregate([0.9]) > aggregate([0.6, 0.6, 0.6, 0.6, 0.6])
    True
    >>> round(aggregate([0.8, 0.4, 0.4]), 2)
    0.86
    """
    top = sorted((float(s) for s in scores), reverse=True)[:2]
    if not top:
        return 0.0
    return top[0] + bonus * (top[1] if len(top) > 1 else 0.0)


def subject(question: str) -> str:
    """The question without its frame ("welke gemeente kunnen we bellen?"): what it is about.

    >>> subject("Wij hebben problemen op een vakantiepark: welke gemeenten kunnen we bellen?")
    'vakantiepark'
    """
    return " ".join(w for w in words(question) if not set(stems(w)) & _FRAME)


def rank_by_chunk_scores(scores: np.ndarray, rows: dict[str, np.ndarray],
                         bonus: dict[str, float] | None = None) -> list[tuple[str, float]]:
    """Gemeenten best first from their chunks' scores (rows: gemeente -> its chunk positions).

    >>> rank_by_chunk_scores(np.array([0.9, 0.1, 0.6, 0.6, 0.6]), {"Ede": np.array([0, 1]), "Oss": np.array([2, 3, 4])})
    [('Ede', 0.915), ('Oss', 0.69)]
    """
    bonus = bonus or {}
    ranked = [(g, round(aggregate(scores[r]) + bonus.get(g, 0.0), 6)) for g, r in rows.items() if len(r)]
    return sorted(ranked, key=lambda x: (-x[1], x[0]))


def normalise_dense(scores: np.ndarray) -> np.ndarray:
    """Cosine scores -> 0..1 per query: the median passage 0, the best 1 (e5 cosines sit in a narrow band).

    >>> normalise_dense(np.array([0.70, 0.75, 0.80, 0.90])).round(2).tolist()
    [0.0, 0.0, 0.2, 1.0]
    """
    if scores.size == 0:
        return scores
    mid, top = float(np.median(scores)), float(scores.max())
    if top - mid <= 1e-9:
        return np.zeros_like(scores)
    return np.clip((scores - mid) / (top - mid), 0.0, 1.0)


def normalise_lexical(scores: np.ndarray) -> np.ndarray:
    """BM25 scores -> 0..1 per query (divided by the best; all zero when nothing matched)."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


# --------------------------------------------------------------------------- the per-index state
class SimilarIndex:
    """Question-independent state over one retriever's chunks; read-only after construction."""

    def __init__(self, retriever, embedder, sentences=None):
        self.retriever = retriever
        self.embedder = embedder
        self._sentences = sentences  # rag.evidence.SentenceIndex over the same chunks (built on first use if None)
        self.chunks: list[Chunk] = retriever.chunks
        self.vectors = retriever.index.vectors([c.id for c in self.chunks])  # stored at ingest, never re-embedded
        self.gemeenten: list[str] = sorted({c.gemeente for c in self.chunks})
        self.rows: dict[str, np.ndarray] = {
            g: np.array([i for i, c in enumerate(self.chunks) if c.gemeente == g]) for g in self.gemeenten
        }
        self.titles = {g: self.chunks[int(rows[0])].title for g, rows in self.rows.items()}
        self.themes: dict[str, list[ThemeMatch]] = assign_themes(self.chunks)
        self.status = {g: _status_line([self.chunks[int(i)] for i in rows]) for g, rows in self.rows.items()}
        self.name_stems = {s for g in self.gemeenten for s in stems(g)}
        self.chunk_stems = [set(self.retriever.lexical.query_stems(f"{c.title} {c.text}")) for c in self.chunks]
        self.gemeente_stems = {g: set().union(*(self.chunk_stems[int(i)] for i in rows)) for g, rows in self.rows.items()}
        df = Counter(s for stem_set in self.gemeente_stems.values() for s in stem_set)
        n = len(self.gemeenten)
        self.idf = {s: rarity(n, d) for s, d in df.items()}
        self.min_term_idf = rarity(n, V.TERM_MAX_SHARE * n)
        self.record_text = {g: " ".join(" ".join(f"{self.chunks[int(i)].title} {self.chunks[int(i)].text}".split())
                                        for i in rows).lower() for g, rows in self.rows.items()}

    def writing(self, phrase: str) -> list[str]:
        """The gemeenten whose record writes ``phrase`` (whole words, any case)."""
        pattern = re.compile(rf"(?<!\w){re.escape(' '.join(phrase.lower().split()))}(?!\w)")
        return [g for g in self.gemeenten if pattern.search(self.record_text[g])]

    # --- scores -------------------------------------------------------------------------------
    def chunk_scores(self, query: str, vector: np.ndarray | None = None) -> np.ndarray:
        """Fused 0..1 score of every chunk for a free-text question (``vector``: its embedding, if known)."""
        vector = self.embedder.embed_query(query) if vector is None else vector
        dense = normalise_dense(self.vectors @ vector)
        lexical_query, read = subject(query), query
        if V.ENGLISH_SIMILAR_GLOSSARY and detect_language(query) == "en":  # the reports' Dutch words for the English
            lexical_query = with_dutch_words(lexical_query)
            read = f"{query} {lexical_query}"  # ... which count as words the corpus knows
        content = [s for s in self.retriever.lexical.query_stems(read) if s not in _FRAME]
        lexical = normalise_lexical(self.retriever.lexical.scores(lexical_query))
        known = [s for s in content if s in self.retriever.lexical.vocabulary]
        lexical_weight = V.SIMILAR_LEXICAL_WEIGHT * (len(known) / len(content) if content else 0.0)
        return (V.SIMILAR_DENSE_WEIGHT * dense + lexical_weight * lexical) / (V.SIMILAR_DENSE_WEIGHT + lexical_weight)

    def sentence_best(self, query: str, vector: np.ndarray) -> dict[str, float]:
        """Each gemeente's best sentence score for the question (rag.evidence: dense + sentence BM25, 0..~1)."""
        index = self.sentence_index
        rows = index.rows_of()
        _, own = index.scores(query, vector, rows, ignore_stems=V.QUESTION_STEMS | _FRAME)
        best: dict[str, float] = {}
        for row, score in zip(rows, own):
            g = index.sentences[row].gemeente
            best[g] = max(best.get(g, 0.0), float(score))
        return best

    @property
    def sentence_index(self) -> SentenceIndex:
        if self._sentences is None:  # given a Retriever, not an Assistant: built once from the same index
            self._sentences = SentenceIndex.build(self.chunks, self.retriever.index)
        return self._sentences

    def rank(self, query: str, k: int = 5, vector: np.ndarray | None = None) -> list[SimilarResult]:
        """``vector``: the embedding of ``subject(query)`` when the caller has it (one embedding per question)."""
        # embedded without its frame ("welke gemeente kunnen we bellen?"): the subject alone, as the lexical side
        if vector is None:
            vector = self.embedder.embed_query(subject(query) or query)
        scores = self.chunk_scores(query, vector)
        query_themes = {t.key for t in THEMES if t.pattern.search(query)}
        bonus = {g: V.THEME_BONUS * len(query_themes & {m.theme.key for m in ms}) for g, ms in self.themes.items()}
        for g, best in self.sentence_best(query, vector).items():  # a long record's one sentence that matches
            bonus[g] = bonus.get(g, 0.0) + V.SIMILAR_SENTENCE_WEIGHT * best
        ranked = rank_by_chunk_scores(scores, self.rows, bonus)
        query_stems = {s for s in self.retriever.lexical.query_stems(query) if s not in _FRAME}
        return [self._result(g, score, scores, query_stems, query_themes, query) for g, score in ranked[:k]]

    def like(self, gemeente: str, k: int = 5) -> list[SimilarResult]:
        """Gemeenten whose approach resembles ``gemeente``'s: dense similarity of their chunks, BM25 with
        its title + beschrijving as the query, and shared themes (V.LIKE_WEIGHTS)."""
        rows = self.rows[gemeente]
        weight = self._section_weights(rows)  # the beschrijving describes the approach: it weighs double
        profile = " ".join([self.titles[gemeente]] + [self.chunks[int(i)].text for i in rows
                                                      if self.chunks[int(i)].section == "beschrijving"])
        lexical = self.retriever.lexical.scores(" ".join(w for w in words(profile) if _stem(w) not in self.name_stems))
        own_themes = {m.theme.key for m in self.themes[gemeente]}
        others = [g for g in self.gemeenten if g != gemeente]
        dense, lex, jaccard, per_chunk = {}, {}, {}, {}
        for g in others:
            sims = self.vectors[rows] @ self.vectors[self.rows[g]].T  # (our chunks, their chunks)
            theirs_weight = self._section_weights(self.rows[g])
            # Symmetric: how well they cover our chunks and we cover theirs, so that a gemeente with
            # many chunks does not win by having more chances.
            dense[g] = 0.5 * float((weight * sims.max(axis=1)).sum() / weight.sum()) + \
                0.5 * float((theirs_weight * sims.max(axis=0)).sum() / theirs_weight.sum())
            lex[g] = float(lexical[self.rows[g]].max())
            theirs = {m.theme.key for m in self.themes[g]}
            jaccard[g] = len(own_themes & theirs) / len(own_themes | theirs) if own_themes | theirs else 0.0
            per_chunk[g] = (weight[:, None] * sims).max(axis=0)  # how much each of their chunks resembles ours
        dense, lex = _minmax(dense), _minmax(lex)
        w = V.LIKE_WEIGHTS
        total = {g: w["dense"] * dense[g] + w["lexical"] * lex[g] + w["themes"] * jaccard[g] for g in others}
        own_stems = self.gemeente_stems[gemeente] - self.name_stems
        out = []
        for g in sorted(others, key=lambda g: (-total[g], g))[:k]:
            passage_scores = np.zeros(len(self.chunks))  # to pick their passages most like ours
            passage_scores[self.rows[g]] = _minmax_array(per_chunk[g]) + normalise_lexical(lexical[self.rows[g]])
            out.append(self._result(g, total[g], passage_scores, own_stems, own_themes, profile))
        return out

    def _section_weights(self, rows: np.ndarray) -> np.ndarray:
        return np.array([1.0 if self.chunks[int(i)].section == "beschrijving" else 0.5 for i in rows])

    # --- one result ---------------------------------------------------------------------------
    def _result(self, g: str, score: float, chunk_scores: np.ndarray, query_stems: set[str],
                query_themes: set[str], query: str) -> SimilarResult:
        rows = self.rows[g]
        order = rows[np.argsort(-chunk_scores[rows], kind="stable")]
        best = [int(order[0])]
        if len(order) > 1 and chunk_scores[order[1]] > 0 and chunk_scores[order[1]] >= V.SECOND_PASSAGE_SHOWN * chunk_scores[order[0]]:
            best.append(int(order[1]))
        chunks = tuple(self.chunks[i] for i in best)
        matches = self.themes[g]
        shared = [m for m in matches if m.theme.key in query_themes]
        if not shared:  # the themes whose evidence is in the passages that matched
            shown = " ".join(" ".join(c.text.split()) for c in chunks)
            shared = [m for m in matches if any(e in shown for e in m.evidence)]
        matched_stems = set().union(*(self.chunk_stems[i] for i in best))
        terms = self._terms(query, (query_stems & matched_stems) - self.name_stems)
        parts = []
        if shared:
            parts.append(("thema's: " if len(shared) > 1 else "thema: ") + ", ".join(m.theme.label for m in shared))
        if terms:
            parts.append("termen: " + ", ".join(terms))
        reason = "; ".join(parts) or "vergelijkbaar van inhoud (geen gedeelde thema's of woorden)"
        labels = [m.theme.label for m in shared] + [m.theme.label for m in matches if m not in shared]
        status_line, status_chunk = self.status[g]
        # The title of the best passage's own document (a gemeente with two documents has two titles).
        return SimilarResult(gemeente=g, title=chunks[0].title or self.titles[g], score=float(score),
                             passages=tuple((c.section, c.text) for c in chunks), reason=reason,
                             themes=tuple(labels), status_line=status_line, chunks=chunks, status_chunk=status_chunk)

    def _terms(self, text: str, shared_stems: set[str], limit: int = 5) -> list[str]:
        """The words of ``text`` whose stems are shared, rarest first (they say most)."""
        surface: dict[str, str] = {}
        for w in words(text):
            s = self.retriever.lexical.typos.get(_stem(w), _stem(w))
            if s in shared_stems and s not in surface:
                surface[s] = w
        # Theme keywords first (they tie the reason to the themes), then the rarest words.
        ranked = sorted((s for s in surface if self.idf.get(s, 0.0) >= self.min_term_idf),
                        key=lambda s: (not _THEME_WORD.search(surface[s]), -self.idf.get(s, 0.0), surface[s]))
        return [surface[s] for s in ranked[:limit]]


# --------------------------------------------------------------------------- public functions
_CACHE: "weakref.WeakKeyDictionary[object, SimilarIndex]" = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def similar_index(assistant_or_retriever) -> SimilarIndex:
    """The cached SimilarIndex of an Assistant or a Retriever (built on first use)."""
    retriever = getattr(assistant_or_retriever, "retriever", assistant_or_retriever)
    with _CACHE_LOCK:
        index = _CACHE.get(retriever)
        if index is None:
            embedder = getattr(assistant_or_retriever, "embedder", None)
            if embedder is None:
                from core.embed import build_embedder

                embedder = build_embedder(retriever.settings)
            sentences = getattr(assistant_or_retriever, "sentences", None)  # an Assistant's, over the same chunks
            index = _CACHE[retriever] = SimilarIndex(retriever, embedder, sentences)
        return index


def rank_gemeenten(assistant_or_retriever, query: str, k: int = 5,
                   vector: np.ndarray | None = None) -> list[SimilarResult]:
    """The k gemeenten whose projects best match a free-text description (Dutch or English); ``vector``: the
    embedding of its subject, if the caller already has it."""
    query = " ".join((query or "").split())
    if not query:
        raise ValueError("empty query: describe the project, e.g. 'problemen op een vakantiepark'")
    return similar_index(assistant_or_retriever).rank(query, k, vector)


class UnknownGemeente(ValueError):
    """A gemeente name that is not in the index; the message lists what is."""


def resolve_gemeente(assistant_or_retriever, name: str) -> str:
    """A user's name for a gemeente ('Den Bosch') -> its canonical corpus name, or UnknownGemeente."""
    index = similar_index(assistant_or_retriever)
    matcher = getattr(assistant_or_retriever, "matcher", None)
    if matcher is None:
        from core.names import default_matcher

        matcher = default_matcher(tuple(index.gemeenten))
    canonical = matcher.canonical(name) or name
    for g in index.gemeenten:
        if g.lower() == canonical.lower():
            return g
    raise UnknownGemeente(f"{name!r} is not one of the {len(index.gemeenten)} gemeenten in the index "
                          f"({', '.join(index.gemeenten)})")


def like_gemeente(assistant_or_retriever, gemeente: str, k: int = 5) -> list[SimilarResult]:
    """The k gemeenten whose approach most resembles that of ``gemeente`` (aliases work)."""
    canonical = resolve_gemeente(assistant_or_retriever, gemeente)
    return similar_index(assistant_or_retriever).like(canonical, k)


# --------------------------------------------------------------------------- helpers
def _status_line(chunks: Sequence[Chunk]) -> tuple[str, Chunk | None]:
    """The stand van zaken sentence that says most about progress (earliest on ties), with its chunk."""
    best: tuple[tuple, str, Chunk | None] = ((1, 0), "", None)
    order = 0
    for c in sorted((c for c in chunks if c.section == "stand van zaken"), key=lambda c: c.position):
        for s in sentences_of(c.text):
            if len(s) < 25 or len(s) > 320:
                continue
            key = (-len(V.PROGRESS.findall(s)), order)
            order += 1
            if key < best[0]:
                best = (key, s, c)
    return best[1], best[2]


def _stem(word: str) -> str:
    out = stems(word)
    return out[0] if out else word


def _minmax(values: dict[str, float]) -> dict[str, float]:
    lo, hi = min(values.values()), max(values.values())
    return {k: (v - lo) / (hi - lo) if hi > lo else 0.0 for k, v in values.items()}


def _minmax_array(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)
