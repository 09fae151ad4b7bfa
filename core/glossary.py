"""English words -> the Dutch words of the reports (data/glossary_en_nl.tsv), for English questions.

The reports are Dutch; a question in English shares no stems with them. The glossary, written from the
corpus's own vocabulary (not from any evaluation question), lets lexical search and the lead check
treat "delay" as "vertraging":

    dutch_words("What caused the delay?") -> ['vertraging', 'vertraagd', ...]
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

GLOSSARY_TSV = Path(str(files("data"))) / "glossary_en_nl.tsv"


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    """{english word or phrase: Dutch words}; empty when the file is missing."""
    if not GLOSSARY_TSV.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in GLOSSARY_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        english, _, dutch = line.partition("\t")
        if english.strip() and dutch.strip():
            out[english.strip().lower()] = tuple(d.strip() for d in dutch.split("|") if d.strip())
    return out


def _lookup(word: str) -> tuple[str, ...]:
    """The Dutch words for an English word, trying its plain forms ('delays' -> 'delay')."""
    g = glossary()
    for form in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None,
                 word[:-3] + "y" if word.endswith("ies") else None, word[:-2] if word.endswith("ed") else None,
                 word[:-1] if word.endswith("ed") else None, word[:-3] if word.endswith("ing") else None):
        if form and form in g:
            return g[form]
    return ()


def _english_words(text: str) -> list[str]:
    """The words of ``text``, lower case; a hyphenated word the glossary does not know is read as its parts
    ("traffic-light model" -> traffic, light, model: the glossary knows "traffic light model").

    >>> _english_words("A traffic-light model, area-based")
    ['a', 'traffic', 'light', 'model', 'area-based']
    """
    out: list[str] = []
    for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()):
        out.extend(w.split("-") if "-" in w and not _lookup(w) else [w])
    return out


def dutch_words(text: str) -> list[str]:
    """The Dutch words for the English words and two- and three-word phrases of ``text``, in order, without
    repeats."""
    words = _english_words(text)
    out: dict[str, None] = {}
    g = glossary()
    for i, w in enumerate(words):
        for n in (3, 2):
            phrase = " ".join(words[i: i + n])
            if i + n <= len(words) and phrase in g:
                out.update(dict.fromkeys(g[phrase]))
        out.update(dict.fromkeys(_lookup(w)))
    return list(out)


def with_dutch_words(text: str) -> str:
    """The text followed by the Dutch words for its English ones: what an English query's BM25 reads.

    >>> with_dutch_words("the delay").split()[:4]
    ['the', 'delay', 'vertraging', 'vertraagd']
    """
    return f"{text} {' '.join(dutch_words(text))}"


def concepts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """[(English word or phrase, its Dutch words)] for the words of ``text`` the glossary knows.

    >>> [w for w, _ in concepts("the delay of the code of conduct")]
    ['delay', 'code of conduct']
    """
    words = _english_words(text)
    g = glossary()
    out: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            phrase = " ".join(words[i : i + n])
            if len(words) - i >= n and phrase in g:
                out.append((phrase, g[phrase]))
                i += n
                break
        else:
            dutch = _lookup(words[i])
            if dutch:
                out.append((words[i], dutch))
            i += 1
    return out


def english_supported(word: str, dutch_words_in_source: set[str]) -> bool:
    """Does the evidence hold a Dutch word the glossary gives for this English word?"""
    from core.text import stems

    wanted = {s for d in _lookup(word.lower()) for s in stems(d)}
    have = {s for w in dutch_words_in_source for s in stems(w)}
    return bool(wanted & have)
