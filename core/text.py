"""Text helpers every stage shares: Dutch sentences, words without stopwords, Snowball stems.

    split_sentences("Dit is o.a. een test. Het werkt!") -> ['Dit is o.a. een test.', 'Het werkt!']
    stems("vakantieparken en vakantiepark")             -> ['vakantiepark', 'vakantiepark']
"""
from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

# Dutch abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {
    "o.a", "e.d", "bijv", "m.b.t", "t.b.v", "i.s.m", "i.o.m", "d.w.z", "m.n", "a.d", "e.a", "o.b.v",
    "t.a.v", "z.s.m", "nl", "jl", "mr", "dr", "drs", "ing", "ir", "prof", "nr", "vs", "incl", "excl",
    "ca", "resp", "evt", "bv", "etc", "mevr", "dhr", "gem", "i.v.m", "m.i.v", "t/m", "e.g", "i.e",
    "max", "min",  # "voor max. 16 wijkprofessionals" was cut after "max." (batch 54, d3170: "how many at most?")
}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9À-Ý-])")
# A full stop inside brackets ends no sentence when the bracket closes soon after: "een opdracht bij de Academie van
# de Stad (organisatie die ... vraagstukken. En zo het onderwijs ... gericht maakt.) voor een onderzoek naar de
# impact" is one sentence; cut at the stop, its second half was quoted without who does the study (batch 50, d2888).
# Up to this many characters to the closing bracket; a bracket left open for longer is a typo, not an aside.
# Dev 3051: +1 (d2588 quoted the stichting Vreedzaam sentence); 2 unanswerables answered (d756, d1973: the whole
# Academie sentence now stands beside "voor de komende jaren", a date of the sentence before: DATE_NEAR_SUBJECT);
# test: t051 cites Amersfoort alone, its right gemeente. Kept: the corpus's one such aside was quoted from its middle.
BRACKET_SPAN = 300


def split_sentences(text: str) -> list[str]:
    """Split one line of Dutch text into sentences.

    >>> split_sentences("Dit is o.a. een test. Het werkt! Echt?")
    ['Dit is o.a. een test.', 'Het werkt!', 'Echt?']
    >>> split_sentences("Een opdracht bij de Academie (die studenten helpt. En zo het onderwijs.) voor een onderzoek. Nu.")
    ['Een opdracht bij de Academie (die studenten helpt. En zo het onderwijs.) voor een onderzoek.', 'Nu.']
    """
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        candidate = text[start : m.start()].rstrip()
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last_word in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}", last_word) or len(last_word) == 1:
            continue  # "o.a. Een", "1. Een", initials: not a sentence end
        if candidate.count("(") > candidate.count(")") and ")" in text[m.start(): m.start() + BRACKET_SPAN]:
            continue  # inside an aside in brackets (BRACKET_SPAN)
        out.append(text[start : m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
STOPWORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | {"gemeente", "gemeenten", "wel", "welke", "we"}


@lru_cache(maxsize=1)
def stemmer() -> Stemmer.Stemmer:
    # PyStemmer 2.x (pinned by llama-index-retrievers-bm25): "dutch" is the classic Snowball Dutch.
    return Stemmer.Stemmer("dutch")


# A compound that opens with a digit is also the compound with the number written out: the reports write "0-meting"
# where an asker writes "nulmeting" (dev d495), and the reverse. Only the small numbers, which Dutch writes as words.
_NUMBER_WORDS = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf").split()
_DIGIT_COMPOUND = re.compile(r"(\d{1,2})-([^\W\d_]{3,})")


def words(text: str) -> list[str]:
    """Lower-cased words without stopwords, hyphenated parts also on their own.

    >>> words("De woon- en adresfraude in Sittard-Geleen")
    ['woon', 'adresfraude', 'sittard-geleen', 'sittard', 'geleen']
    >>> words("een 0-meting")
    ['0-meting', 'meting', 'nulmeting']
    """
    out = []
    for w in _WORD.findall(text.lower()):
        if w in STOPWORDS or len(w) < 2:
            continue
        out.append(w)
        if "-" in w:
            out.extend(p for p in w.split("-") if len(p) > 1 and p not in STOPWORDS)
            digit = _DIGIT_COMPOUND.fullmatch(w)
            if digit and int(digit.group(1)) < len(_NUMBER_WORDS):
                out.append(_NUMBER_WORDS[int(digit.group(1))] + digit.group(2))
    return out


def stems(text: str) -> list[str]:
    """Stemmed words.

    >>> stems("vakantieparken en vakantiepark")
    ['vakantiepark', 'vakantiepark']
    """
    return stemmer().stemWords([singular(w) for w in words(text)])


# Classic Snowball Dutch keeps the plural "-s" after an e ("organisaties", "controles", "sessies"), so the plural and
# the singular were two stems and a question's "woningcorporaties" missed Haarlem's "grote woningcorporatie" (dev
# d656). Words in "-ces" are singular loans ("proces", "succes", "werkproces") and stay as written; so do these.
ES_SINGULAR = frozenset({"adres"})
# A singular that ends on "s" after a consonant ("standplaats", "kans", "mens") loses that "s" to Snowball Dutch
# ("standplat"), its plural in "-sen" keeps it ("standplaatsen" -> "standplaats"): a question's "standplaats" missed
# Deventer's "De standplaatsen en woonwagens ..." (batch 43, d2478). The plural is read as its singular. Not "-ssen":
# there the verbs ("oplossen", "aanpassen") would lose their nouns ("oplossing", "aanpassing").
S_PLURAL_MIN_CHARS = 6
# "thema's", "foto's": the apostrophe plural; "categorieën", "ideeën": the diaeresis plural.
_APOSTROPHE_S, _DIAERESIS_EN = "'s", "ën"


def singular(word: str) -> str:
    """The word with the plural ending Snowball Dutch keeps taken off (a lower-cased word of ``words``).

    >>> [singular(w) for w in ["organisaties", "controles", "thema's", "categorieën", "proces", "zaken", "does"]]
    ['organisatie', 'controle', 'thema', 'categorie', 'proces', 'zaken', 'does']
    >>> [singular(w) for w in ["standplaatsen", "kansen", "oplossen", "lezen"]]
    ['standplaats', 'kans', 'oplossen', 'lezen']
    """
    if word.endswith((_APOSTROPHE_S, _DIAERESIS_EN)):
        return word[:-2]
    if word.endswith("es") and len(word) >= 6 and not word.endswith("ces") and word not in ES_SINGULAR:
        return word[:-1]  # "-ies", "-tes", "-les", ...: the e belongs to the singular
    if word.endswith("sen") and len(word) >= S_PLURAL_MIN_CHARS and word[-4] not in "aeiouys":
        return word[:-2]  # S_PLURAL_MIN_CHARS: "standplaatsen" is "standplaats"
    return word


def sentences_of(text: str) -> list[str]:
    """The sentences of a passage, line by line (list items are their own sentence), whitespace folded.

    Every stage that talks about "a sentence" (ingest's sentence vectors, evidence, themes) uses this,
    so a sentence has one identity: its text.

    >>> sentences_of("Een zin. Nog een.\\n- een item")
    ['Een zin.', 'Nog een.', '- een item']
    """
    out = []
    for line in text.split("\n"):
        for s in split_sentences(line):
            s = " ".join(s.split())
            if s:
                out.append(s)
    return out


# Markup that a visitor pastes or types ("<b>Zwolle</b>", "<img src=x onerror=...>") is no part of what is asked: the
# page shows the question as text, and the program reads the words around the tags. Its words ("img", "onerror")
# would count as the question's topic and lower the support of the record asked about.
MARKUP = re.compile(r"<[A-Za-z/!][^<>]*>")


def without_markup(text: str) -> str:
    """The text without HTML tags, spaces collapsed.

    >>> without_markup('<img src=x onerror="window.x=1"> Hoe staat het met <b>Zwolle</b>?')
    'Hoe staat het met Zwolle?'
    >>> without_markup("Meer dan 5 < 10 > 3?")
    'Meer dan 5 < 10 > 3?'
    """
    return " ".join(MARKUP.sub(" ", text).split()).replace(" ?", "?")
