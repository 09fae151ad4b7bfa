"""What a question asks: its language, the gemeenten it names, its kind, and follow-up context.

Pure functions over text; no model involved, so they are fast and testable.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["set", "status", "comparable", "plain"]

_EN = set("the a an is are was were what which who whom how does do did has have of in on for with and about "
          "there their they it its this that far along municipality municipalities project status can "
          "why when where any been".split())
_NL = set("de het een is zijn was waren wat welke wie hoe doet heeft hebben van in op voor met en over daar "
          "hun zij ze dit dat ver gemeente gemeenten project stand zaken kan kunnen waarom wanneer waar er "
          "nog al wordt worden ook niet".split())

_SET = re.compile(r"\b(welke gemeenten|welke gemeentes|welke andere gemeenten|in welke gemeenten|which (?:municipalities|gemeenten|cities|towns)|"
                  r"what (?:municipalities|gemeenten)|noem (?:de|alle) gemeenten|list (?:the|all) (?:municipalities|gemeenten)|"
                  r"hoeveel gemeenten|how many (?:municipalities|gemeenten))\b", re.I)
_STATUS = re.compile(r"\b(hoe staat het|stand van zaken|hoe ver|hoever|voortgang|status|how far|progress|"
                     r"inmiddels|wat is er (?:al )?bereikt|resultaten|how is .* going|hoe loopt|where do(?:es)? .* stand|"
                     r"current state|staat .* nu)\b", re.I)
_COMPARABLE = re.compile(r"\b(bellen|contact opnemen|ervaring mee|ervaring met|vergelijkbare?|soortgelijke?|"
                         r"wie (?:heeft|hebben) (?:al )?(?:ook )?(?:ervaring|iets)|leren van|"
                         r"who (?:can|could|should) we (?:call|contact|ask)|similar|comparable|experience with|learn from)\b", re.I)
# "Welke gemeente neemt de ervaringen van Utrecht mee?": asks for ONE gemeente; one it names is the topic.
_WHICH_ONE = re.compile(r"\b(welke (?:andere )?gemeente|which (?:other )?municipality|what (?:other )?municipality)\b(?!n)",
                        re.I)
_FOLLOW_UP = re.compile(r"\b(daar|die gemeente|deze gemeente|dat project|dit project|hun|zij|ze|hen|ervan|daarvan|"
                        r"there|they|them|their|that municipality|this municipality|that project|it|its)\b", re.I)


def detect_language(text: str) -> Literal["nl", "en"]:
    """Dutch unless the question reads as English.

    >>> detect_language("How far along is Achtkarspelen?"), detect_language("Hoe staat het met Zwolle?")
    ('en', 'nl')
    """
    tokens = re.findall(r"[a-zA-Z']+", text.lower())
    en = sum(t in _EN for t in tokens)
    nl = sum(t in _NL for t in tokens)
    return "en" if en > nl else "nl"


_OUR_SITUATION = re.compile(r"\b(wij|we|ons|onze|our|us|in onze|bij ons)\b", re.I)
_WHO = re.compile(r"\b(welke gemeenten?|which municipalit(?:y|ies)|wie|who)\b", re.I)
_DONE_IT = re.compile(r"\b(doet dit al|doen dit al|lijk(?:t|en) op|te rade|heeft (?:hier|daar) (?:een )?(?:aanpak|project|plannen)|"
                      r"heeft daar (?:een )?aanpak|(?:aanpak|project|plannen) voor|has done (?:this|so)|have done (?:this|so)|"
                      r"(?:has|have) tackled|who did (?:this|that))\b", re.I)


def question_kind(text: str) -> Kind:
    """What kind of answer the question wants.

    >>> question_kind("Welke gemeenten werken met De Vreedzame Wijk?")
    'set'
    >>> question_kind("Wij hebben last van huisjesmelkers. Welke gemeente heeft daar een aanpak voor?")
    'comparable'
    """
    if _COMPARABLE.search(text) or _DONE_IT.search(text):
        return "comparable"
    if _OUR_SITUATION.search(text) and _WHO.search(text) and not re.search(r"\b(onze|our) (?:gemeente|municipality) is\b", text, re.I):
        return "comparable"  # "we have this problem ... who can help?": describes us, asks who
    if _SET.search(text):
        return "set"
    if _STATUS.search(text):
        return "status"
    return "plain"


@dataclass
class QueryPlan:
    question: str
    language: Literal["nl", "en"]
    kind: Kind
    gemeenten: list[str] = field(default_factory=list)  # corpus gemeenten to focus on
    unknown_gemeenten: list[str] = field(default_factory=list)  # named, but not in the documents
    from_history: bool = False  # gemeenten came from the previous turn (follow-up)
    topic_gemeenten: list[str] = field(default_factory=list)  # named, but the answer is about another one


def plan_query(question: str, matcher, history_gemeenten: Sequence[str] = (), filter_gemeenten: Sequence[str] = ()) -> QueryPlan:
    """Analyse a question. A follow-up without a gemeente of its own inherits the previous turn's."""
    language = detect_language(question)
    kind = question_kind(question)
    known: list[str] = []
    unknown: list[str] = []
    for m in matcher.find(question):
        target = known if m.in_corpus else unknown
        if m.canonical not in target:
            target.append(m.canonical)
    plan = QueryPlan(question=question, language=language, kind=kind, gemeenten=known, unknown_gemeenten=unknown)
    if known and kind == "plain" and _WHICH_ONE.search(question) and not filter_gemeenten:
        plan.gemeenten, plan.topic_gemeenten = [], known
    if filter_gemeenten:
        wanted = [matcher.canonical(g) or g for g in filter_gemeenten]
        plan.gemeenten = [g for g in wanted]
    elif not known and not unknown and history_gemeenten and kind in ("plain", "status") and is_follow_up(question):
        plan.gemeenten = list(history_gemeenten)
        plan.from_history = True
    return plan


def is_follow_up(question: str) -> bool:
    """A question that points back ('daar', 'they') or is too short to stand alone.

    >>> is_follow_up("En hoe staat het daar nu mee?"), is_follow_up("Welke gemeenten trainen raadsleden?")
    (True, False)
    """
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 3 or question.lower().startswith(("en ", "and "))
