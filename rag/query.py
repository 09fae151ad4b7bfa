"""What a question asks: its language, the gemeenten it names, its kind, and follow-up context.

Pure functions over text; no model involved, so they are fast and testable.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from core import vocabulary as V

Kind = Literal["set", "status", "comparable", "plain", "overview"]

def detect_language(text: str) -> Literal["nl", "en"]:
    """Dutch unless the question reads as English.

    >>> detect_language("How far along is Achtkarspelen?"), detect_language("Hoe staat het met Zwolle?")
    ('en', 'nl')
    >>> detect_language("Which schools take part in De Vreedzame Wijk?")
    'en'
    """
    # A quoted term and a name are the reports' Dutch, whatever the asker's language: "Which primary schools take
    # part in De Vreedzame Wijk?", "what does 'samen grip krijgen op de straat' mean?" read as Dutch (dev d1097, d141).
    text = re.sub(V.CAPITALISED + r"[\w'-]*", " ", V.QUOTED_TERM.sub(" ", text))
    tokens = re.findall(r"[a-zA-Z']+", text.lower())
    en = sum(t in V.ENGLISH_WORDS for t in tokens)
    nl = sum(t in V.DUTCH_WORDS for t in tokens)
    return "en" if en > nl else "nl"


def question_kind(text: str) -> Kind:
    """What kind of answer the question wants.

    >>> question_kind("Welke gemeenten werken met De Vreedzame Wijk?")
    'set'
    >>> question_kind("Wij hebben last van huisjesmelkers. Welke gemeente heeft daar een aanpak voor?")
    'comparable'
    """
    if V.MENTIONED_BY.search(text):
        return "set"  # which reports write it, whatever the visitor's reason for asking
    if V.COMPARABLE.search(text) or V.DONE_IT.search(text) or (V.APPROACH_FOR.search(text) and V.WHO.search(text)):
        return "comparable"
    if V.OUR_SITUATION.search(text) and V.WHO.search(text) and not re.search(r"\b(onze|our) (?:gemeente|municipality) is\b", text, re.I):
        return "comparable"  # "we have this problem ... who can help?": describes us, asks who
    if V.SET.search(text):
        return "set"
    if asks_status(text):
        return "status"
    return "plain"


def asks_status(text: str) -> bool:
    """Does the question ask how far a project is (STATUS), or what comes next in it (NEXT_IS_STATUS)?

    >>> asks_status("Hoe staat het met Zwolle?"), asks_status("Wat zijn de volgende stappen in Dordrecht?")
    (True, True)
    >>> asks_status("Wat doet Zwolle?")
    False
    """
    return bool(V.STATUS.search(text) or (V.NEXT_IS_STATUS and V.NEXT_STEP_FRAME.search(text)))


@dataclass
class QueryPlan:
    question: str
    language: Literal["nl", "en"]
    kind: Kind
    gemeenten: list[str] = field(default_factory=list)  # corpus gemeenten to focus on
    unknown_gemeenten: list[str] = field(default_factory=list)  # named, but not in the documents
    from_history: bool = False  # gemeenten came from the previous turn (follow-up)
    topic_gemeenten: list[str] = field(default_factory=list)  # named, but the answer is about another one
    titled: bool = False  # gemeenten came from a project title the question quotes


def plan_query(question: str, matcher, history_gemeenten: Sequence[str] = (), filter_gemeenten: Sequence[str] = (),
               titles: Iterable[tuple[str, str]] = ()) -> QueryPlan:
    """Analyse a question. A follow-up without a gemeente of its own inherits the previous turn's; a question that
    names no gemeente but quotes a project's title (``titles``: (gemeente, title) pairs) is about its gemeente."""
    language = detect_language(question)
    kind = question_kind(question)
    known: list[str] = []
    unknown: list[str] = []
    for m in matcher.find(question):
        target = known if m.in_corpus else unknown
        if m.canonical not in target:
            target.append(m.canonical)
    if kind == "comparable" and known and not V.ASKS_FOR_GEMEENTEN.search(question):
        kind = "status" if asks_status(question) else "plain"  # COMPARABLE_NAMES_ITS_OWN
    if kind == "set" and known and V.PARTNER_GEMEENTEN.search(question):
        kind = "status" if asks_status(question) else "plain"  # the named gemeente's partners (PARTNER_GEMEENTEN)
    plan = QueryPlan(question=question, language=language, kind=kind, gemeenten=known, unknown_gemeenten=unknown)
    if known and kind == "plain" and V.WHICH_ONE.search(question) and not filter_gemeenten \
            and not V.GEMEENTE_IT_NAMES.search(question):  # "van welke gemeente neemt Schiedam ...": Schiedam's
        plan.gemeenten, plan.topic_gemeenten = [], known
    if filter_gemeenten:
        wanted = [matcher.canonical(g) or g for g in filter_gemeenten]
        plan.gemeenten = [g for g in wanted]
    elif not known and not unknown and kind != "set" and (titled := quoted_titles(question, titles)):
        plan.gemeenten, plan.titled = titled, True
    elif not known and not unknown and history_gemeenten and kind in ("plain", "status") and is_follow_up(question):
        plan.gemeenten = list(history_gemeenten)
        plan.from_history = True
    return plan


def _title_key(text: str) -> str:
    words = re.findall(r"[^\W_]+", text.lower())
    while words and words[0] in V.TITLE_QUOTE_SKIP:
        words = words[1:]
    return " ".join(words)


def quoted_titles(question: str, titles: Iterable[tuple[str, str]]) -> list[str]:
    """The gemeenten whose project title the question quotes, whole (a leading article, case and punctuation aside).
    A set question is left to the set's own quote rule: the title's words may stand in other records too.

    >>> titles = [("Tilburg", "Gebiedsgerichte aanpak in een kwetsbare wijk"), ("Gouda", "Bestuurlijke weerbaarheid"),
    ...           ("Haarlem", "Bestuurlijke weerbaarheid"), ("Amersfoort", "De Vreedzame Wijk")]
    >>> quoted_titles("Which municipality submitted 'Gebiedsgerichte aanpak in een kwetsbare wijk'?", titles)
    ['Tilburg']
    >>> quoted_titles("Wie heeft het project 'bestuurlijke weerbaarheid'?", titles)
    ['Gouda', 'Haarlem']
    >>> quoted_titles("Wie werkt met 'Vreedzame Wijk'?", titles), quoted_titles("Wie werkt aan een 'kwetsbare wijk'?", titles)
    (['Amersfoort'], [])
    """
    quoted = {_title_key(q) for q in V.QUOTED_TERM.findall(question)} - {""}
    return list(dict.fromkeys(g for g, title in titles if _title_key(title) in quoted)) if quoted else []


def without_letter(question: str, names_gemeente: Callable[[str], bool] | None = None) -> str:
    """The question without an e-mail's greeting and closing (LETTER_GREETING, LETTER_CLOSING), when something remains;
    a greeting that names a gemeente (``names_gemeente``: "Dear Gouda team,") stays, as the gemeente asked about.

    >>> without_letter("Beste collega,\\n\\nHoe ver is Gorinchem?\\n\\nMet vriendelijke groet,\\nSanne")
    'Hoe ver is Gorinchem?'
    >>> without_letter("Hi, who leads the project in Oss? Thanks! Mark")
    'who leads the project in Oss?'
    >>> without_letter("Dear Gouda team, who is the liaison? Thanks!", lambda text: "Gouda" in text)
    'Dear Gouda team, who is the liaison?'
    >>> without_letter("Beste praktijken in Zwolle?"), without_letter("Bedankt!")
    ('Beste praktijken in Zwolle?', 'Bedankt!')
    """
    rest = V.LETTER_CLOSING.sub("", question, count=1)
    greeting = V.LETTER_GREETING.match(rest)
    if greeting and not (names_gemeente and names_gemeente(greeting.group(0))):
        rest = rest[greeting.end():]
    return rest.strip() or question


def is_follow_up(question: str) -> bool:
    """A question that points back ('daar', 'they') or is too short to stand alone.

    >>> is_follow_up("En hoe staat het daar nu mee?"), is_follow_up("Welke gemeenten trainen raadsleden?")
    (True, False)
    """
    return bool(V.FOLLOW_UP.search(question)) or len(question.split()) <= 3 or question.lower().startswith(("en ", "and "))


def listed_items(question: str, least: int = V.LIST_MIN_ITEMS) -> list[str]:
    """The items a question lists after its last colon or dash (LIST_TAIL), when it lists ``least`` or more.

    >>> listed_items("Hoe staat Vlaardingen ervoor: het idee voor een app, het theaterproject en de adviseur?")
    ['het idee voor een app', 'het theaterproject', 'de adviseur']
    >>> listed_items("Werkt de gemeente zelf met de app: de gemeente of een bureau?")
    []
    """
    m = V.LIST_TAIL.search(question)
    if not m:
        return []
    items = [i.strip() for i in V.LIST_SPLIT.split(m.group(1)) if i and i.strip()]
    return items if len(items) >= least else []


def offered_options(question: str) -> list[str]:
    """The choices a question offers (OPTIONS_OFFERED): a list (listed_items) not joined by "en / and", none of
    whose options leaves the choice open.

    >>> offered_options("Wie voert de scan uit: een extern bureau, de griffie of de burgemeester zelf?")
    ['een extern bureau', 'de griffie', 'de burgemeester zelf']
    >>> offered_options("Hoe ver is Ede: de aanpak kwetsbare meiden, Ketenwerk en het keurmerk?")
    []
    >>> offered_options("Is it therapy, a formal course, or something else?")
    []
    """
    items = listed_items(question, V.OPTIONS_MIN)
    if not items or any(V.OPTIONS_OPEN.search(i) or V.ASKING_PART.search(i) or V.OPTION_CLAUSE.match(i) for i in items):
        return []
    joins = list(V.LIST_SPLIT.finditer(V.LIST_TAIL.search(question).group(1)))
    return [] if joins and V.LIST_JOINED_BY_AND.search(joins[-1].group(0)) else items
