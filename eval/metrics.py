"""Scores for one answered question, and their aggregates per group (overall, per type, per language).

Pure functions over plain values, so every definition in report.md is tested here:

    score_question(q, answer="Drie casustafels.", refused=False, cited=["Capelle aan den IJssel"],
                   retrieved=["Capelle aan den IJssel", "Zwolle"])
    -> {"answerable": True, "correct": True, "hit@1": 1.0, "recall@5": 1.0, "rr": 1.0,
        "citation_precision": 1.0, "citation_recall": 1.0}

Unanswerable questions (no gold gemeenten) get None for every retrieval and citation score:
None means "not defined for this question" and is left out of the averages.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence

UNANSWERABLE = "unanswerable"
WHOLE_WORD_MAX_CHARS = 4  # alternatives this short match whole words only ("Ede" is not in "bedenken")
RETRIEVAL_K = 5
SCORE_KEYS = ("hit@1", "recall@5", "rr", "citation_precision", "citation_recall")


# --------------------------------------------------------------------------- answer text


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form used for answer matching.

    >>> normalise("  Coördinatie\\n PUNT’s ")
    "coordinatie punt's"
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip()


def contains(text: str, alternative: str) -> bool:
    """Does ``text`` contain ``alternative``, by the rules in report.md?

    - case-, accent- and whitespace-insensitive;
    - an alternative of at most 4 characters must be a whole word: "Oss" is not in "Ossendrecht",
      "Ede" is not in "bedenken", "app" is not in "apparaat";
    - longer alternatives match anywhere, so Dutch compounds and word stems work
      ("vakantiepark" in "het vakantieparkbeleid", "evalu" in "evaluatie");
    - a number never matches inside a longer number ("400" is not in "1400", "2017" not in "20170").

    >>> contains("De gemeente Ede wil bedenken ...", "Ede"), contains("Wij bedenken iets", "ede")
    (True, False)
    """
    hay, needle = normalise(text), normalise(alternative)
    if not needle:
        return False
    pattern = re.escape(needle)
    if len(needle) <= WHOLE_WORD_MAX_CHARS:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    if needle[0].isdigit():
        pattern = rf"(?<!\d){pattern}"
    if needle[-1].isdigit():
        pattern = rf"{pattern}(?!\d)"
    return re.search(pattern, hay) is not None


def answer_matches(text: str, groups: Sequence[Sequence[str]]) -> bool:
    """Every group needs one of its alternatives in the text (no groups: True).

    >>> answer_matches("BrabantWonen en Farent", [["brabantwonen", "brabant wonen"], ["farent"]])
    True
    """
    return all(any(contains(text, alt) for alt in group) for group in groups)


# --------------------------------------------------------------------------- gemeente lists


def dedupe(names: Iterable[str]) -> list[str]:
    """Keep the first occurrence of each name, in order: ["A", "B", "A"] -> ["A", "B"]."""
    seen: set[str] = set()
    out = []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def hit_at_1(retrieved: Sequence[str], gold: Sequence[str]) -> float:
    """1.0 when the top-ranked retrieved gemeente is gold; an empty retrieval scores 0.0."""
    return 1.0 if retrieved and retrieved[0] in set(gold) else 0.0


def recall_at(retrieved: Sequence[str], gold: Sequence[str], k: int = RETRIEVAL_K) -> float:
    """Fraction of the gold gemeenten among the first k distinct retrieved gemeenten.

    >>> recall_at(["A", "A", "X", "B"], ["A", "B", "C"], k=5)
    0.6666666666666666
    """
    top = set(dedupe(retrieved)[:k])
    gold_set = set(gold)
    return len(gold_set & top) / len(gold_set)


def reciprocal_rank(retrieved: Sequence[str], gold: Sequence[str]) -> float:
    """1/rank of the first gold gemeente in the distinct retrieved list; 0.0 when none is retrieved."""
    gold_set = set(gold)
    for rank, name in enumerate(dedupe(retrieved), start=1):
        if name in gold_set:
            return 1.0 / rank
    return 0.0


def citation_scores(cited: Sequence[str], gold: Sequence[str]) -> tuple[float, float]:
    """(precision, recall) of the distinct cited gemeenten against the gold ones.

    No citations: precision 0.0 (an answer without sources gives the reader nothing to check;
    counting it as undefined would reward not citing) and recall 0.0.
    """
    cited_set, gold_set = set(cited), set(gold)
    if not cited_set:
        return 0.0, 0.0
    hits = len(cited_set & gold_set)
    return hits / len(cited_set), hits / len(gold_set)


def is_answerable(question: dict) -> bool:
    return question.get("type") != UNANSWERABLE and bool(question.get("gemeenten"))


def score_question(question: dict, *, answer: str, refused: bool, cited: Sequence[str],
                   retrieved: Sequence[str]) -> dict:
    """Every per-question score (see the module docstring for an example)."""
    if not is_answerable(question):
        return {"answerable": False, "correct": bool(refused), **{k: None for k in SCORE_KEYS}}
    gold = question["gemeenten"]
    precision, recall = citation_scores(cited, gold)
    return {
        "answerable": True,
        "correct": (not refused) and answer_matches(answer, question.get("must_contain_any") or []),
        "hit@1": hit_at_1(retrieved, gold),
        "recall@5": recall_at(retrieved, gold),
        "rr": reciprocal_rank(retrieved, gold),
        "citation_precision": precision,
        "citation_recall": recall,
    }


# --------------------------------------------------------------------------- faithfulness


# The header an answer puts before a gemeente's first quote ("- Culemborg (project '...'): "): a quoted sentence that
# ends on "van" stands in its source as written, the header does not ("... zijn hier voorbeelden van", dev d055).
_ANSWER_HEADER = re.compile(r"^\s*-\s.*?\(project '.*?'\):\s*|^'?\):\s*")


def faithfulness(answer: str, sources: Sequence[str], language: str = "nl") -> dict:
    """Is what the answer says in its cited sources? (``sources``: the cited passages with their gemeente
    and project title, which the answer's headers repeat.)

    - faithful: every number in the answer stands in the sources, and no sentence ends on an empty slot
      ("De burgemeester is [1].") unless the sources hold that sentence verbatim;
    - supported_sentences: the share of the answer's sentences that carry a marker [n] and whose content
      words all stand in the sources (Dutch stems; English words through the glossary or a shared stem).

    >>> faithfulness("Zwolle is in 2019 gestart [1].", ["Zwolle Het project is in 2019 gestart."])
    {'faithful': True, 'supported_sentences': 1.0}
    >>> faithfulness("Er zijn 12 moeders [1]. De trainer is [1].", ["Er zijn 10 moeders."])["faithful"]
    False
    >>> faithfulness("- Ede (project 'X'): Dit is een voorbeeld van [1].", ["Ede X Dit is een voorbeeld van."])["faithful"]
    True
    """
    from core.names import GemeenteMatcher
    from core.text import split_sentences
    from rag.verify import ends_on_a_slot, numbers_in, unsupported_words

    source = " ".join(sources)
    body = re.sub(r"\s*\[\d+\]", "", answer)
    numbers_ok = numbers_in(body) <= numbers_in(source)
    flat = normalise(source)
    sentences = [s for line in answer.split("\n") for s in split_sentences(line.strip()) if s.strip()]
    slots = [s for s in sentences if ends_on_a_slot(re.sub(r"\s*\[\d+\]", "", s))
             and normalise(_ANSWER_HEADER.sub("", re.sub(r"\s*\[\d+\]", "", s))).strip(" .") not in flat]
    matcher = GemeenteMatcher(corpus_names=())
    marked = [s for s in sentences if re.search(r"\[\d+\]", s)]
    supported = [s for s in marked
                 if not unsupported_words(re.sub(r"\s*\[\d+\]", "", s), "", source, language, matcher)]
    return {"faithful": numbers_ok and not slots,
            "supported_sentences": len(supported) / len(marked) if marked else 0.0}


# --------------------------------------------------------------------------- aggregates


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least p% of the values at or below it.

    >>> percentile([40, 10, 30, 20], 50), percentile([40, 10, 30, 20], 95), percentile([], 50)
    (20, 40, None)
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def aggregate(rows: Sequence[dict]) -> dict:
    """One group's metrics from result rows (each with "scores", "refused", "latency_ms", "error").

    Means skip None (undefined) scores; a metric with no defined value is None. Latency
    percentiles leave out questions that ended in an error.
    """
    answerable = [r for r in rows if r["scores"]["answerable"]]
    unanswerable = [r for r in rows if not r["scores"]["answerable"]]
    ok = [r for r in rows if not r.get("error")]
    out = {
        "n": len(rows),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "n_errors": len(rows) - len(ok),
        "hit@1": _mean(r["scores"]["hit@1"] for r in rows),
        "recall@5": _mean(r["scores"]["recall@5"] for r in rows),
        "mrr": _mean(r["scores"]["rr"] for r in rows),
        "citation_precision": _mean(r["scores"]["citation_precision"] for r in rows),
        "citation_recall": _mean(r["scores"]["citation_recall"] for r in rows),
        "correct": _mean(float(r["scores"]["correct"]) for r in rows),
        "refusal_rate": _mean(float(r["refused"]) for r in unanswerable),
        "faithful": _mean(float(r["faith"]["faithful"]) for r in rows if r.get("faith")),
        "supported_sentences": _mean(r["faith"]["supported_sentences"] for r in rows if r.get("faith")),
        "leads": _mean(float(r["lead"] is not None) for r in rows if r.get("faith") and "lead" in r),
        "false_refusal_rate": _mean(float(r["refused"]) for r in answerable),
    }
    for part in ("total", "first_token"):
        values = [r["latency_ms"][part] for r in ok if r["latency_ms"].get(part) is not None]
        out[f"latency_{part}_p50_ms"] = percentile(values, 50)
        out[f"latency_{part}_p95_ms"] = percentile(values, 95)
    return out


def grouped(rows: Sequence[dict]) -> dict:
    """{"overall": ..., "by_type": {type: ...}, "by_lang": {lang: ...}}, groups in first-seen order."""
    by_type: dict[str, list[dict]] = {}
    by_lang: dict[str, list[dict]] = {}
    for r in rows:
        by_type.setdefault(r.get("type") or "?", []).append(r)
        by_lang.setdefault(r.get("lang") or "?", []).append(r)
    return {
        "overall": aggregate(rows),
        "by_type": {k: aggregate(v) for k, v in by_type.items()},
        "by_lang": {k: aggregate(v) for k, v in by_lang.items()},
    }


def similar_recall_at_3(ranked: Sequence[str], gold: Sequence[str]) -> float:
    """Fraction of the gold gemeenten in the top 3 of `weerbaar similar`'s ranking."""
    return recall_at(ranked, gold, k=3)
