"""Dutch lexical search: bm25s with the classic Snowball Dutch stemmer and Dutch stopwords.

bm25s is used directly (llama-index's BM25Retriever wraps the same library but offers no way to
restrict a query to some documents, which gemeente-focused questions need, and forgets its
stemmer when reloaded: STACK.md trap 2).

OCR-like typos in the corpus ("ondernijning") are folded onto the common word they misspell
("ondermijning"), on both the document and the query side: a search for one finds the other.
"""
from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Sequence

import bm25s
import numpy as np

from core import vocabulary as V
from core.names import osa_distance
from core.text import singular, stemmer, stems, words

logging.getLogger("bm25s").setLevel(logging.WARNING)



def _one_substitution(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) in V.CONFUSABLE


def typo_map(counts: Counter, min_len: int = 8, ratio: float = 2.0) -> dict[str, str]:
    """Map a rare stem onto a much commoner stem that differs by one letter.

    >>> typo_map(Counter({"ondermijn": 40, "ondernijn": 5, "woning": 3}))
    {'ondernijn': 'ondermijn'}
    """
    by_shape: dict[tuple[int, str, str], list[str]] = {}
    for stem in counts:
        if len(stem) >= min_len:
            by_shape.setdefault((len(stem), stem[:2], stem[-2:]), []).append(stem)
    out: dict[str, str] = {}
    for group in by_shape.values():
        for rare in group:
            best = max(
                (s for s in group if s != rare and _one_substitution(rare, s) and counts[s] >= ratio * counts[rare]),
                key=lambda s: counts[s],
                default=None,
            )
            if best:
                out[rare] = best
    return out


def rarity(n: int, df: float) -> float:
    """How rare a word held by ``df`` of ``n`` texts is (BM25's inverse document frequency, kept positive).

    >>> round(rarity(3, 1), 2), round(rarity(3, 2), 2)
    (0.98, 0.47)
    """
    return math.log((n + 1) / (df + 0.5))


def split_compound(stem: str, vocabulary: set[str], min_part: int = 4) -> list[str]:
    """Dutch writes compounds as one word: 'woonfraud' -> ['woon', 'fraud'] when both parts occur on their own.

    >>> split_compound("woonfraud", {"woon", "fraud", "adres"}), split_compound("toezicht", {"fraud"})
    (['woon', 'fraud'], [])
    >>> split_compound("winkelgebied", {"winkel", "gebied", "bied"})
    ['winkel', 'gebied']
    >>> split_compound("wethouder", {"ouder"})  # no "weth" + "ouder" (COMPOUND_HEAD_CANNOT_END)
    []
    >>> split_compound("casusoverleg", {"casus", "overlegg"})  # Snowball's "overleggen" (COMPOUND_TAIL_UNDOUBLED)
    ['casus', 'overleg']
    >>> split_compound("ondermijningsapp", {"app", "ondermijn"})  # a generic head: its tail (GENERIC_HEAD_TAIL_MIN)
    ['app']
    """
    stem_word = stemmer().stemWord
    # a tail too short for the splits below, after a generic head: "app" (GENERIC_HEAD_TAIL_MIN; 0 is off)
    for size in range(V.GENERIC_HEAD_TAIL_MIN or min_part, min_part):
        head, tail = stem[:-size], stem[-size:]
        if tail in vocabulary and head.endswith("s") and stem_word(head[:-1]) in V.GENERIC_STEMS:
            return [tail]  # the generic head is no part worth finding: every record writes it (or its typo)
    for attested in (True, False):  # a split whose head occurs alone too wins: winkel + gebied, not winkelge + bied
        for i in range(len(stem) - min_part, min_part - 1, -1):  # longest head first
            head, tail = stem[:i], stem[i:]
            if tail not in vocabulary and not (V.COMPOUND_TAIL_UNDOUBLED and tail + tail[-1] in vocabulary):
                continue  # COMPOUND_TAIL_UNDOUBLED: "casusoverleg" ends on "overleg", which "overleggen" writes
            for h in (head, head[:-1] if head.endswith("s") else None):  # linking s: veiligheidsbeleid
                if h and len(h) >= min_part and (h in vocabulary or stem_word(h) in vocabulary
                                                 or not attested and not V.COMPOUND_HEAD_CANNOT_END.search(h)):
                    # the head need not occur alone: "adresfraude" -> adres + fraud
                    return [h if h in vocabulary else stem_word(h), tail]
    return []


def _deletions(word: str) -> list[str]:
    """The word with one letter left out, at each place (a typo index's keys, as SymSpell's).

    >>> _deletions("wijk")
    ['ijk', 'wjk', 'wik', 'wij']
    """
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _swapped(a: str, b: str) -> bool:
    """Are the two words of one length the same but for two neighbouring letters swapped?

    >>> _swapped("wijkaapnak", "wijkaanpak"), _swapped("daarvoor", "daardoor")
    (True, False)
    """
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class LexicalIndex:
    """BM25 over a list of texts; search() returns (position, score) best first."""

    def __init__(self, texts: Sequence[str]):
        tokenised = [stems(t) for t in texts]
        counts = Counter(s for doc in tokenised for s in doc)
        self.typos = typo_map(counts)
        self.parts_vocabulary = {s for s in counts if len(s) >= 3}
        self._compounds: dict[str, list[str]] = {}
        self._heads: dict[str, list[str]] = {}  # a query word's compounds (compounds_on), once per word
        tokenised = [self._expand([self.typos.get(s, s) for s in doc]) or ["_empty_"] for doc in tokenised]
        self.size = len(texts)
        self.doc_stems = [frozenset(doc) for doc in tokenised]  # each text's stems, typos folded, compounds split
        self.df = Counter(s for doc in self.doc_stems for s in doc)
        self._bm25 = bm25s.BM25()
        self._bm25.index(tokenised, show_progress=False)
        self.vocabulary = set(self._bm25.vocab_dict)
        # the texts' words one letter short (every deletion), for the asker's typos (QUERY_TYPOS)
        self._deletions: dict[str, set[str]] = {}
        for w in {w for t in texts for w in words(t) if w.isalpha() and len(w) >= V.QUERY_TYPO_MIN_CHARS - 1}:
            for d in (w, *_deletions(w)):
                self._deletions.setdefault(d, set()).add(w)
        self._typed: dict[str, str | None] = {}

    def _expand(self, doc: list[str], whole: set[str] = frozenset()) -> list[str]:
        """Add the parts of compounds, so 'woonfraude' and 'woon- en adresfraude' meet on 'woon' and 'fraud'
        (not of the stems in ``whole``)."""
        out = list(doc)
        for s in doc:
            if s in whole:
                continue
            if s not in self._compounds:
                self._compounds[s] = split_compound(s, self.parts_vocabulary) if len(s) >= 8 else []
            out.extend(self._compounds[s])
        return out

    def idf(self, stem: str) -> float:
        """How rare a stem is in this index; a stem it never saw counts as rare as one seen once (a word
        of the question that no document uses is not, by itself, proof of anything).

        >>> ix = LexicalIndex(["de wijk", "de wijk", "een vakantiepark"])
        >>> ix.idf("vakantiepark") > ix.idf("wijk"), ix.idf("budget") == ix.idf("vakantiepark")
        (True, True)
        """
        return rarity(self.size, max(self.df.get(stem, 0), 1))

    def query_stems(self, query: str) -> list[str]:
        """The query's stems (typos folded), then their verbs (``participle``) and compound parts.

        >>> LexicalIndex(["het meldpunt", "wij melden het"]).query_stems("gemeld")
        ['gemeld', 'meld']
        """
        base = [self.typos.get(s, s) for s in stems(query)]
        if V.QUERY_TYPOS:
            base = [self.typed(w) or s for w, s in zip(words(query), base)]
        verbs = {s: v for s in base
                 if s not in self.vocabulary and (v := self.participle(s) or self.comparative(s) or self.present(s))}
        # a participle's verb stands for it, not the compound parts of the participle ("uitgebuit": "uitbuit", not
        # "uitg" + "buit", which no sentence writes together)
        return self._expand(base + list(verbs.values()), whole=set(verbs))

    def typed(self, word: str) -> str | None:
        """The stem of the one written word that a question word no text writes is a typo of (QUERY_TYPOS), or None.

        >>> ix = LexicalIndex(["de aanpak van ondermijning", "de trainingen", "een training"])
        >>> ix.typed("ondermijining"), ix.typed("trainigen"), ix.typed("ondermijning"), ix.typed("bezoekers")
        ('ondermijn', 'training', None, None)
        """
        if word not in self._typed:
            self._typed[word] = self._typed_stem(word)
        return self._typed[word]

    def _typed_stem(self, word: str) -> str | None:
        stem = self._stem(word)
        if (not word.isalpha() or len(word) < V.QUERY_TYPO_MIN_CHARS or stem in self.vocabulary
                or self.participle(stem) or self.comparative(stem) or self.present(stem)
                or split_compound(stem, self.parts_vocabulary)):
            return None
        near = {w for key in (word, *_deletions(word)) for w in self._deletions.get(key, ())}
        typed = {self._stem(w) for w in near if w != word and osa_distance(w, word, 1) <= 1
                 and (len(w) != len(word) or _swapped(w, word))} & self.vocabulary
        return typed.pop() if len(typed) == 1 else None

    def _stem(self, word: str) -> str:
        stem = stemmer().stemWord(singular(word))
        return self.typos.get(stem, stem)

    def compounds_on(self, stem: str) -> list[str]:
        """The compounds the texts write whose head (last part) is ``stem``, a word they never write alone:
        "akkoord" -> "woonakkoord", "bestuursakkoord" (COMPOUND_HEAD); none when more than COMPOUND_HEAD_MAX.

        >>> LexicalIndex(["het woonakkoord", "het bestuursakkoord", "de akker"]).compounds_on("akkoord")
        ['bestuursakkoord', 'woonakkoord']
        >>> LexicalIndex(["het woonakkoord", "het akkoord"]).compounds_on("akkoord")  # written alone: itself
        []
        """
        if stem in self.vocabulary or len(stem) < V.COMPOUND_HEAD_MIN_CHARS:
            return []
        if stem not in self._heads:
            found = sorted(w for w in self.vocabulary
                           if w.endswith(stem) and len(w) - len(stem) >= V.COMPOUND_HEAD_MIN_PART)
            self._heads[stem] = found if len(found) <= V.COMPOUND_HEAD_MAX else []
        return self._heads[stem]

    def participle(self, stem: str) -> str | None:
        """The verb of a past participle no text writes ("gemeld" -> "meld", "gecoordineerd" -> "coordiner"),
        when the texts write that verb (PARTICIPLE_PREFIX).

        >>> ix = LexicalIndex(["wij melden", "een plan", "het gebied", "de uitbuiting"])
        >>> ix.participle("gemeld"), ix.participle("gepland"), ix.participle("gebouwd"), ix.participle("uitgebuit")
        ('meld', 'plan', None, 'uitbuit')
        """
        if len(stem) < V.PARTICIPLE_MIN_CHARS:
            return None
        if separable := V.SEPARABLE_PARTICLES.match(stem):  # "uitgebuit" -> "uitbuit" (SEPARABLE_PARTICLES)
            rest = separable.group(1) + stem[separable.end():]
        elif stem.startswith(V.PARTICIPLE_PREFIX):
            rest = stem[len(V.PARTICIPLE_PREFIX):]
        else:
            return None
        forms = [rest] + ([rest[:-1]] if rest.endswith(("d", "t")) else []) \
            + ([rest[:-4] + "er"] if rest.endswith("eerd") else [])
        return next((f for f in forms if f in self.vocabulary), None)

    def comparative(self, stem: str) -> str | None:
        """The adjective of a comparative no text writes ("integerder" -> "integer", "bewuster" -> "bewust"), when the
        texts write it (COMPARATIVE_SUFFIX).

        >>> ix = LexicalIndex(["een integer bestuur", "bewust handelen"])
        >>> ix.comparative("integerder"), ix.comparative("bewuster"), ix.comparative("sneller")
        ('integer', 'bewust', None)
        """
        if not stem.endswith(V.COMPARATIVE_SUFFIX) or len(stem) < V.COMPARATIVE_MIN_CHARS:
            return None
        rest = stem[: -len(V.COMPARATIVE_SUFFIX)]
        forms = [rest] + ([rest[:-1]] if rest.endswith("rd") else [])
        return next((f for f in forms if f in self.vocabulary), None)

    def present(self, stem: str) -> str | None:
        """The verb of a present tense with "-t" no text writes ("belemmert" -> "belemmer", "organiseert" ->
        "organiser"), when the texts write that verb (PRESENT_SUFFIX).

        >>> ix = LexicalIndex(["de belemmeringen", "wij organiseren", "de markt"])
        >>> ix.present("belemmert"), ix.present("organiseert"), ix.present("markt"), ix.present("verbindt")
        ('belemmer', 'organiser', None, None)
        """
        if not stem.endswith(V.PRESENT_SUFFIX) or len(stem) < V.PRESENT_MIN_CHARS or stem in self.vocabulary:
            return None
        rest = stem[: -len(V.PRESENT_SUFFIX)]
        forms = [rest] + ([rest[:-2] + "r"] if rest.endswith("eer") else [])
        return next((f for f in forms if f in self.vocabulary), None)

    def scores(self, query: str) -> np.ndarray:
        q = [s for s in self.query_stems(query) if s in self.vocabulary]
        if not q or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(q), dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top-k positions with a positive score; mask (bool array) keeps only allowed documents."""
        scores = self.scores(query)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        k = min(k, self.size)
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
