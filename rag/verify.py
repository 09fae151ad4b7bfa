"""Check a model's lead against the evidence before anyone sees it. A lead that fails any check is dropped;
the answer is then the quoted evidence alone. Every check has a reason a reader can see:

- empty:     no text, or a sentence that ends on an empty slot ("De burgemeester is [1].", "... is .")
- number:    every number in the lead stands in the evidence or the question ("12" needs a "12")
- gemeente:  every gemeente the lead names is one the evidence is about (or the question names), and a lead
             on a question that names gemeenten stands on a sentence of one of them (the packaged model
             answered "Wat doet Zoetermeer?" with the one Delft sentence it was shown)
- words:     every content word stands in the evidence or the question (Dutch stems; English words
             through the glossary, the question, or a shared stem with an evidence word)
- negation:  a lead that negates ("niet", "geen", "not") needs a negation in the evidence
- language:  the lead is in the question's language, with no function words of the other one
- contact:   a link, e-mail address or phone number must stand verbatim in the evidence
- instruction: the lead addresses the reader with an instruction ("bezoek ...", "mail ...")
- yes or no: the lead answers "ja", "nee", "yes" or "no"; words show what the evidence is about, not which way
             it points (the packaged model answered "Ja" to "Zijn er al concrete afspraken gemaakt?" over the
             sentence "... nog geen concrete afspraken zijn gemaakt")
- restates:  the lead says nothing the question does not already say: no gemeente, number, negation or content
             word of its own ("Wie zitten er in de permanente commissie integriteit?" -> "De permanente commissie
             integriteit zit in de commissie.")

    verify_lead("De app is 11.000 keer gedownload.", question, evidence, "nl", matcher)
    -> Verdict(ok=True, reasons=())
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core import vocabulary as V
from core.glossary import english_supported
# contacts and orders to the reader as the detector that quarantines planted sentences at ingest finds them
from core.instructions import find_contacts, is_instruction
from core.text import split_sentences, stems
from core.types import Evidence

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MARKER = re.compile(r"\s*\[\d+(?:\s*[,;]\s*\d+)*\]")
# The last word of a sentence that cannot end it: a verb, article or preposition waiting for its object.
_DANGLING = {"is", "zijn", "was", "waren", "de", "het", "een", "van", "voor", "met", "aan", "op", "in", "door",
             "the", "a", "an", "of", "for", "with", "to", "are", "were", "by", "and", "en", "namelijk", "als", "as"}
# A lead that opens with a yes or a no: the one claim the word check cannot read (see "yes or no" above).
_YES_NO = re.compile(r"^\W*(ja|nee|yes|no)\b", re.I)
_NEGATION = re.compile(r"\b(niet|geen|nooit|nergens|niets|not|no|never|none|nothing|without|zonder|n't)\b", re.I)
# Function words that only one language has: their presence shows a lead mixes Dutch and English.
_DUTCH_ONLY = {"een", "het", "de", "met", "van", "voor", "dat", "die", "zijn", "wordt", "worden", "heeft", "hebben",
               "niet", "ook", "bij", "naar", "uit", "over", "door", "en", "om", "te", "er", "nog", "wel", "deze", "dit"}
_ENGLISH_ONLY = {"the", "and", "with", "which", "that", "for", "are", "has", "have", "been", "from", "this", "these",
                 "their", "its", "of", "to", "was", "were", "will", "by"}


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reasons: tuple[str, ...] = ()
    stands_on: tuple[Evidence, ...] = ()  # the evidence sentences the lead stands on (``supporting``): its markers


def verify_lead(lead: str, question: str, evidence: Sequence[Evidence], language: str, matcher,
                corpus_gemeenten: Sequence[str] = ()) -> Verdict:
    """All checks above; ``reasons`` names each that failed (empty when the lead may be shown)."""
    text = _MARKER.sub("", lead or "").strip()
    reasons: list[str] = []
    if not text:
        return Verdict(False, ("empty",))
    source = " ".join(e.sentence for e in evidence)
    sentences = split_sentences(text)
    if len(sentences) > V.LEAD_MAX_SENTENCES:
        reasons.append("too long")
    if any(ends_on_a_slot(s) for s in sentences):
        reasons.append("empty slot")
    reasons += lasting_failures(text, question, source, language, matcher)
    allowed = {e.gemeente for e in evidence} | {m.canonical for m in matcher.find(question)}
    named = {m.canonical for m in matcher.find(text) if not corpus_gemeenten or m.canonical in corpus_gemeenten
             or not m.in_corpus}
    if named - allowed:
        reasons.append("gemeente not in the evidence")
    stands_on = tuple(supporting(text, evidence))
    asked = {m.canonical for m in matcher.find(question)} & {e.gemeente for e in evidence}
    if asked and not ({e.gemeente for e in stands_on} & asked):
        reasons.append("about another gemeente")
    if any(c not in source for c in find_contacts(text)):
        reasons.append("contact not in the evidence")
    if is_instruction(text):
        reasons.append("instruction to the reader")
    if not beyond_the_question(text, question, matcher):
        reasons.append("restates the question")
    return Verdict(not reasons, tuple(reasons), stands_on)


def doomed(partial: str, question: str, evidence: Sequence[Evidence], language: str, matcher) -> str | None:
    """The check a lead still being written has already failed, whatever it goes on to say, or None.

    Only what cannot change is read: the first sentence (``_clean`` keeps it in every lead it keeps), without its
    last ``LEAD_SETTLED_AFTER`` words while it is still open (a word may be half written, a gemeente's name may go
    on: "Capelle aan den IJssel"). Of the checks above only those a later word cannot undo (``lasting_failures``),
    the first that fails. The caller stops the model there: the lead would be dropped anyway (LEAD_EARLY_STOP).

    >>> from core.names import GemeenteMatcher
    >>> ev = [Evidence(1, "Zwolle", "stand van zaken", "Het coördinatiepunt draait sinds juni volop mee.")]
    >>> m = GemeenteMatcher(corpus_names=["Zwolle"])
    >>> doomed("Zwolle heeft 12 medewerkers in dienst genomen", "Wat doet Zwolle?", ev, "nl", m)
    'number not in the evidence'
    >>> doomed("Zwolle heeft 12", "Wat doet Zwolle?", ev, "nl", m) is None  # "12" may still become "12.000"
    True
    >>> doomed("Het coördinatiepunt draait sinds juni volop", "Wat doet Zwolle?", ev, "nl", m) is None
    True
    """
    text = " ".join(_MARKER.sub("", partial or "").split()).lstrip(":;,.- ")
    sentences = split_sentences(text)
    if len(sentences) > 1:
        settled = sentences[0]
    else:
        words = text.split(" ")
        settled = " ".join(words[: max(0, len(words) - 1 - V.LEAD_SETTLED_AFTER)])
    if not settled.strip():
        return None
    failed = lasting_failures(settled, question, " ".join(e.sentence for e in evidence), language, matcher)
    return failed[0] if failed else None


def lasting_failures(text: str, question: str, source: str, language: str, matcher) -> list[str]:
    """The checks of ``verify_lead`` that no word after ``text`` can undo, each that fails: an opening yes or no, a
    number, a function word of the other language, a negation or a content word the evidence (``source``) lacks.
    ``doomed`` reads them on a lead still being written, ``verify_lead`` on a whole one."""
    failed = []
    if _YES_NO.match(text):
        failed.append("yes or no")
    numbers = numbers_in(source) | numbers_in(question)
    if any(not (_readings(n) & numbers) for n in _NUMBER.findall(text)):
        failed.append("number not in the evidence")
    if _mixed_language(text, language, matcher):
        failed.append("not in the question's language")
    if _NEGATION.search(text) and not _NEGATION.search(source) and not _NEGATION.search(question):
        failed.append("negation not in the evidence")
    if unsupported_words(text, question, source, language, matcher):
        failed.append("words not in the evidence")
    return failed


def supporting(lead: str, evidence: Sequence[Evidence]) -> list[Evidence]:
    """The evidence sentences a lead stands on, by the words it shares with each: the program, not the model,
    decides which markers the lead carries. Every sentence that shares at least ``LEAD_SUPPORT_SHARE`` of the best
    sentence's shared words; the first sentence when none shares a word.

    >>> ev = [Evidence(1, "Zwolle", "beschrijving", "Zwolle richt een coördinatiepunt in."),
    ...       Evidence(2, "Zwolle", "stand van zaken", "Het punt draait sinds juni volop mee.")]
    >>> [e.marker for e in supporting("Het coördinatiepunt draait sinds juni.", ev)]
    [2]
    """
    words = set(stems(_MARKER.sub("", lead or ""))) - V.QUESTION_STEMS - V.GENERIC_STEMS
    shared = [len(words & set(stems(e.sentence))) for e in evidence]
    best = max(shared, default=0)
    if best == 0:
        return list(evidence[:1])
    return [e for e, n in zip(evidence, shared) if n >= V.LEAD_SUPPORT_SHARE * best]


def unsupported_words(text: str, question: str, source: str, language: str, matcher) -> list[str]:
    """The lead's content words that stand neither in the evidence nor in the question.

    >>> from core.names import GemeenteMatcher
    >>> unsupported_words("Zwolle heeft een coördinatiepunt ingericht.", "Wat doet Zwolle?",
    ...                   "Zwolle richt een coördinatiepunt in.", "nl", GemeenteMatcher(corpus_names=["Zwolle"]))
    ['ingericht']
    """
    text = _without_names(text, matcher)
    known = set(stems(source)) | set(stems(question)) | V.QUESTION_STEMS | V.LEAD_FREE_STEMS
    source_words = set(re.findall(r"\w+", (source + " " + question).lower()))
    out = []
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        w = word.lower()
        if len(w) < 3:
            continue
        s = stems(w)
        if not s or all(x in known for x in s) or w in source_words:
            continue
        if language == "en" and english_supported(w, source_words):
            continue
        if _shares_stem(w, source_words):
            continue
        out.append(word)
    return out


def beyond_the_question(text: str, question: str, matcher) -> set[str]:
    """What a lead says that its question does not: gemeenten, numbers, content stems, a negation. Empty when the
    lead only gives the question back as a statement, which a reader would take for an answer.

    >>> from core.names import GemeenteMatcher
    >>> m = GemeenteMatcher(corpus_names=["Brunssum"])
    >>> beyond_the_question("De permanente commissie integriteit van Brunssum zit in de commissie.",
    ...                     "Wie zitten er in de permanente commissie integriteit van Brunssum?", m)
    set()
    >>> sorted(beyond_the_question("De commissie telt 5 leden.", "Uit hoeveel leden bestaat de commissie?", m))
    ['5', 'telt']
    """
    asked = {m.canonical for m in matcher.find(question)}
    out = {m.canonical for m in matcher.find(text)} - asked
    out |= numbers_in(text) - numbers_in(question)
    out |= _number_words(text) - _number_words(question)  # "drie integrale casustafels" answers "tot hoeveel ...?"
    out |= (set(stems(_without_names(text, matcher))) - set(stems(question)) - V.QUESTION_STEMS - V.LEAD_FREE_STEMS
            - V.GENERIC_STEMS)
    if _NEGATION.search(text) and not _NEGATION.search(question):
        out.add("negation")
    return out


def _number_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(rf"\b(?:{V.NUMBER_WORDS})\b", text, re.I)}


def _shares_stem(word: str, source_words: set[str], min_len: int = V.SHARED_STEM_CHARS) -> bool:
    """A word whose first letters another evidence word shares ('coördinatiepunt' ~ 'coordinatie', 'integrity'
    ~ 'integriteit'): inflection, compounds and cognates, not a new claim."""
    head = _fold(word)[:min_len]
    return len(head) >= min_len and any(_fold(w).startswith(head) or head in _fold(w) for w in source_words)


def _fold(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def numbers_in(text: str) -> set[str]:
    """Numbers as digits without thousands separators: '11.000' and '11000' are one number.

    >>> sorted(numbers_in("11.000 keer, op 25 juni 2020, 1,5 uur"))
    ['1,5', '11000', '2020', '25']
    """
    out = set()
    for n in _NUMBER.findall(text):
        out.add(n.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", n) else n)
    return out


def _readings(number: str) -> set[str]:
    """The numbers a written number can be: '11,000' is 11000 in English and 11,000 (a decimal) in Dutch.

    >>> sorted(_readings("11,000")), sorted(_readings("11.000")), sorted(_readings("1,5"))
    (['11,000', '11000'], ['11000'], ['1,5'])
    """
    out = numbers_in(number)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", number):
        out.add(number.replace(",", ""))
    return out


def ends_on_a_slot(sentence: str) -> bool:
    """'De burgemeester is .' or 'De theatermaker is' : the answer's key word is missing.

    >>> ends_on_a_slot("The mayor of Dordrecht is ."), ends_on_a_slot("Zwolle is gestart.")
    (True, False)
    """
    words = re.findall(r"[\w'-]+", sentence.lower())
    if not words:
        return True
    return words[-1] in _DANGLING or bool(re.search(r"(\.\.\.|…|_{2,}|\[\s*\]|\(\s*\)|:\s*[.!?]$)", sentence))


def _without_names(text: str, matcher) -> str:
    """Gemeente names are checked on their own ('Den Bosch', "'s-Hertogenbosch" are names, not words)."""
    for m in reversed(matcher.find(text)):
        text = text[: m.start] + " " + text[m.end :]
    return text


def _mixed_language(text: str, language: str, matcher) -> bool:
    text = _without_names(text, matcher)
    words = [w.lower() for w in re.findall(r"[a-zA-Z']+", text)]
    other = _DUTCH_ONLY if language == "en" else _ENGLISH_ONLY
    return sum(w in other for w in words) > V.MIXED_LANGUAGE_WORDS
