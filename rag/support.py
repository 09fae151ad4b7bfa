"""Does the evidence answer the question? The program decides, before any model runs.

Three checks, all calibrated on the dev split (core/vocabulary.py says why each value):

- coverage: the share of the question's topic words (without gemeente names, question words and the
  words every record is about) found in the chosen evidence sentences and the project title; a Dutch
  compound counts as found whole or with all its parts in one sentence. English
  topic words count through the glossary (data/glossary_en_nl.tsv); words it does not know are not
  judged.
- what the question asks for: "hoeveel" needs a number, "wanneer" a date, "wie" a name, "budget" an
  amount, in a sentence of the gemeente's record that shares a topic word (or, without topic words,
  in the evidence); a date, and an outcome ("wat kwam er uit de nulmeting?": "bleek", "uitkomst"), stand
  beside the question's subject, its rarest topic word that the record writes.
- a named kind: "welke wijk", "hoe heet het vakantiepark", "who is the project leader" need a sentence
  of the record that mentions that kind of thing AND names one (``named_kinds``, ``names_one``). A record
  that says "een lokaal vakantiepark" talks about the subject but does not hold the answer.
- members and makers: "wie zitten er in de commissie?", "wie heeft die documentaire gemaakt?" need a party
  (``names_members``) in a sentence that writes the body asked about, or one read with it (``_read_with``).

    judge(question, language, picks, candidate_texts, titles) -> Support(coverage=0.0, needs_met=False, ...)
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from core import vocabulary as V
from core.glossary import concepts, dutch_words
from core.names import osa_distance
from core.text import split_sentences, stems
from rag.evidence import countable, holds, is_heading, question_needs
from rag.query import offered_options


@dataclass(frozen=True)
class Support:
    coverage: float  # 0..1, 1.0 when the question has no topic words of its own
    needs_met: bool
    topic: frozenset[str] = field(default_factory=frozenset)
    missing: tuple[str, ...] = ()  # needs the evidence does not meet
    dense: float = 0.0  # the question's cosine with its best evidence sentence (DENSE_SUPPORT)
    own_record: bool = False  # the evidence is from the records the question is about (RECORD_DENSE_SUPPORT)

    @property
    def ok(self) -> bool:
        floor = V.RECORD_DENSE_SUPPORT if self.own_record else V.DENSE_SUPPORT
        return self.needs_met and (self.coverage >= V.MIN_COVERAGE or self.dense >= floor)


def topic_stems(question: str, language: str, expand=stems) -> frozenset[str]:
    """The stems a question is about. ``question`` comes without gemeente names; ``expand`` adds the
    index's typo folds and compound parts (LexicalIndex.query_stems).

    >>> sorted(topic_stems("Hoeveel moeders doen mee aan het programma?", "nl"))
    ['moeder', 'programma']
    """
    # The question frame's words go before they are expanded: "voortgang" would bring its compound parts "voort" and
    # "gang", and an English "status" the glossary's Dutch for it.
    question = without_frames(question)
    frame_free = " ".join(w for w in re.findall(r"[\w'’-]+", question)
                          if w.lower() not in V.QUESTION_WORDS_SET and w.lower() not in V.DATE_WORD)  # (DATE_WORD)
    words = dutch_words(frame_free) + names_in(question) if language == "en" else frame_free.split()
    words = [w for w in words if not function_word(w)]  # before expanding: "binnen" goes, "binnenstad" keeps its parts
    return frozenset(expand(" ".join(words))) - V.QUESTION_STEMS - V.GENERIC_STEMS


def without_frames(question: str) -> str:
    """The question without the frames that say how it asks, not what about: "het oorspronkelijke plan" (the project
    as it was meant, CHANGE_FRAME), "de volgende stap" (what comes next in the status, NEXT_STEP_FRAME) and "van de
    grond gekomen" (how far it got, OFF_THE_GROUND), "op wie richt het zich / de doelgroep" (whom it aims at,
    TARGET_FRAME), "komt die bij elkaar" (how it meets, MEET_FRAME), "de manier waarop" (MANNER_FRAME), "waarin
    verschillen ze" (DIFFER_VERB_FRAME), "kun je aangeven hoe ..." (REQUEST_VERB_FRAME), "wat moet ik weten", "wat
    houdt het in" (ASKING_VERBS_FRAME) and "waar gaan ze over" (ABOUT_FRAME).

    >>> without_frames("Wat is de volgende stap met het oorspronkelijke plan?").split()
    ['Wat', 'is', 'de', 'met', 'het', '?']
    >>> without_frames("Waarom is er weinig van de grond gekomen?").split()
    ['Waarom', 'is', 'er', 'weinig', '?']
    """
    # read at call time, so a rule switched off in a test is off here too; applied in the order they always were
    for frame in (V.TARGET_FRAME, V.MEET_FRAME, V.MANNER_FRAME, V.CHANGE_FRAME, V.NEXT_STEP_FRAME, V.OFF_THE_GROUND,
                  V.DIFFER_VERB_FRAME, V.REQUEST_VERB_FRAME, V.ASKING_VERBS_FRAME, V.ABOUT_FRAME):
        question = frame.sub(" ", question)
    return question


def function_word(word: str) -> bool:
    """A Dutch function word (FUNCTION_STEMS): it says how a question is put, not what about.

    >>> function_word("volgens"), function_word("binnen"), function_word("binnenstad"), function_word("tweede")
    (True, True, False, False)
    """
    own = stems(word)
    return bool(own) and set(own) <= V.FUNCTION_STEMS


def names_in(question: str) -> list[str]:
    """The names a question holds: capitalised words that do not open it ("Sociaal Woonakkoord",
    "Belastingdienst"). In an English question they are the report's own Dutch terms, which the glossary
    cannot translate and need not.

    >>> names_in("When did the council adopt the Integraal Veiligheidsplan?"), names_in("Werkt Zaanstad met de Belastingdienst?")
    (['Integraal', 'Veiligheidsplan'], ['Zaanstad', 'Belastingdienst'])
    """
    return [m.group(0) for m in V.QUESTION_NAME.finditer(question)
            if m.group(0).lower() not in V.QUESTION_NAME_SKIP]


class Concept(NamedTuple):
    """One thing the question is about: found when a text holds one of ``alternatives``, or one sentence holds
    all of ``parts`` (the parts of a Dutch compound: "binnenstad" is found in "binnen de stad")."""

    alternatives: frozenset[str]
    parts: frozenset[str] = frozenset()


def topic_concepts(question: str, language: str, expand=stems, in_corpus=lambda word: False) -> list[Concept]:
    """The question's topic as concepts. Dutch: each word's stem, with its compound parts. English: each word
    the glossary knows, as the stems of its Dutch words (words it does not know are not judged), and each Dutch word
    of the reports that it quotes (``in_corpus``, ENGLISH_DUTCH_TERM_CHARS).

    >>> topic_concepts("Hoeveel moeders doen mee?", "nl")
    [Concept(alternatives=frozenset({'moeder'}), parts=frozenset())]
    """
    skip = V.QUESTION_STEMS | V.GENERIC_STEMS
    question = without_frames(question)  # as topic_stems
    out: dict[frozenset[str], Concept] = {}
    if language != "en":
        for word in re.findall(r"[\w'’]+", question):
            own = len(stems(word))
            if function_word(word) or word.lower() in V.DATE_WORD:  # "op welke datum" asks a date (DATE_WORD)
                continue
            expanded = expand(word)  # the word's stems (typos folded), then its compound parts
            if V.GENERIC_COMPOUNDS and expanded[own:] and set(expanded[own:]) <= skip:
                continue  # "weerbaarheidsproject": made of generic words, and as generic (GENERIC_COMPOUNDS)
            also = frozenset(s for w in V.DUTCH_ALSO.get(word.lower(), ()) for s in expand(w))  # (DUTCH_ALSO)
            whole = (frozenset(expanded[:own]) | also) - skip
            if whole and whole not in out:
                out[whole] = Concept(whole, frozenset(expanded[own:]) - skip)
        return list(out.values())
    for english, dutch in concepts(question):
        own = set(stems(english))
        if (own <= skip if V.ENGLISH_PHRASE_PARTLY_GENERIC and " " in english else own & skip) \
                or english in V.QUESTION_WORDS.split():
            continue  # a phrase with one generic word is still a topic (ENGLISH_PHRASE_PARTLY_GENERIC)
        if V.ENGLISH_GENERIC_BY_TRANSLATION and dutch and set(stems(dutch[0])) & skip:
            continue  # "resilient" is "weerbaar", which every report writes: not judged, as the Dutch word is not
        # the Dutch words' own stems, not their compound parts: "aldermen" is "wethouders", which "ouders" is not
        # (dev q087 cited Amersfoort, Capelle and Ede for writing "ouders"). Dev 2211: +5, none lost
        alternatives = frozenset(s for d in dutch if not function_word(d) for s in expand(d)[:len(stems(d))]) - skip
        if alternatives and alternatives not in out:
            out[alternatives] = Concept(alternatives)
    if V.ENGLISH_DUTCH_TERM_CHARS:  # "... before they become wethouder": the reports' own word (ENGLISH_DUTCH_TERM_CHARS)
        for word in re.findall(r"\b[a-zà-ÿ][\wà-ÿ'’-]*", question):
            if len(word) >= V.ENGLISH_DUTCH_TERM_CHARS and word not in V.ENGLISH_FUNCTION_WORDS \
                    and not function_word(word) and not dutch_words(word) and in_corpus(word):
                own = frozenset(expand(word)[:len(stems(word))]) - skip
                if own and own not in out:
                    out[own] = Concept(own)
    return list(out.values())


def either_groups(question: str) -> list[list[str]]:
    """The words a question joins with "of"/"or" (EITHER), in the question's order: each group is one thing asked,
    found by any of them.

    >>> either_groups("Welke gemeenten richten zich op kinderen of jongeren?")
    [['kinderen', 'jongeren']]
    >>> either_groups("Who mentions contact, overleg or an afstemming with BZK?")
    [['contact', 'overleg', 'afstemming']]
    """
    return [list(dict.fromkeys(w.lower() for w in re.findall(r"[\w'’-]+", m.group(0))
                               if w.lower() not in V.EITHER_SKIP))
            for m in V.EITHER.finditer(question)]


def _found(concept: Concept, found: set[str], text_stems: Sequence[set[str]]) -> float:
    """How much of a concept the texts hold: 1 for one of its stems, or all its parts in one sentence; a compound
    whose parts stand only in different sentences gets COMPOUND_SPLIT_CREDIT."""
    if concept.alternatives & found or (concept.parts and any(concept.parts <= t for t in text_stems)):
        return 1.0
    return V.COMPOUND_SPLIT_CREDIT if concept.parts and concept.parts <= found else 0.0


def _writes(concept: Concept, sentence: set[str]) -> bool:
    """Does a sentence (its stems) write the concept: one of its stems, or all its compound parts (COMPOUND_PARTS_WRITE:
    "projectplan weerbaarheid" writes "weerbaarheidsplan", as ``_found`` counts it for coverage)?

    >>> c = Concept(frozenset({"weerbaarheidsplan"}), frozenset({"weerbaarheid", "plan"}))
    >>> _writes(c, {"projectplan", "project", "plan", "weerbaarheid"}), _writes(c, {"plan"})
    (True, False)
    """
    return bool(concept.alternatives & sentence) or bool(
        V.COMPOUND_PARTS_WRITE and concept.parts and concept.parts <= sentence)


def _head_of(concept: Concept) -> str:
    """The head of a compound concept, the part its word ends on ("bijeenkomst" of "startbijeenkomst"), when it is
    long enough to be a noun of its own (COUNTED_COMPOUND_HEAD); "" for a word that is no compound.

    >>> _head_of(Concept(frozenset({"startbijeenkomst"}), frozenset({"start", "bijeenkomst"}))), _head_of(Concept(frozenset({"plan"})))
    ('bijeenkomst', '')
    """
    heads = [p for p in concept.parts if len(p) >= V.COUNTED_COMPOUND_HEAD
             and any(a.endswith(p) and a != p for a in concept.alternatives)]
    return max(heads, key=len, default="")


def _own_word_weight(concept: Concept, vocabulary: set[str] | None, absent: float = V.ABSENT_WORD_WEIGHT) -> float:
    """``absent`` (ABSENT_WORD_WEIGHT) for a concept no report writes (neither its stems nor all its compound parts):
    the asker's own word ("ingediend", "bereiken") says less about what the record must hold than a word of the
    reports does."""
    if vocabulary is None or concept.alternatives & vocabulary or (concept.parts and concept.parts <= vocabulary):
        return 1.0
    return absent


def _names_title(title: str, topic: frozenset[str], expand=stems) -> bool:
    """The question's topic holds every word of the project's title (frame and generic words aside).

    >>> _names_title("Binnenspiegel", frozenset({"binnenspiegel", "datum"}))
    True
    >>> _names_title("Aanpak kwetsbare jongeren", frozenset({"kwetsbar", "jonger", "einddatum"}))
    True
    >>> _names_title("Aanpak voedingsbodem kwetsbare jongeren", frozenset({"kwetsbar", "jonger", "einddatum"}))
    False
    """
    own = set(expand(title)) - V.QUESTION_STEMS - V.GENERIC_STEMS
    return bool(own) and own <= topic


def judge(question: str, language: str, evidence_texts: Sequence[str], record_texts: Iterable[str],
          expand=stems, idf=lambda stem: 1.0, vocabulary: set[str] | None = None,
          is_gemeente=lambda text: False, named: bool = True, in_corpus=lambda word: False,
          titles: Sequence[str] = (), absent_weight: float = V.ABSENT_WORD_WEIGHT,
          known_names=lambda kinds: frozenset()) -> Support:
    """Coverage of the topic by the gemeente's record (each concept weighted by its rarity, ``idf``: a
    missing 'vakantiepark' weighs more than a missing 'veel'), and whether the record holds what the
    question asks for next to what it is about.

    English questions are judged on coverage like Dutch ones, through the glossary; words it does not know are
    not judged, but a question made only of such words (and none the reports write) is about nothing they hold.
    ``is_gemeente(name)``: a gemeente's own name in its record names no wijk or partner. ``named=False``: the
    answer is a gemeente, not a name in its record ("welke gemeenten hebben winkelstraten aangepakt?").
    ``in_corpus(word)``: the reports write this word as it stands; an English question's capitalised word that
    they do not write is English, not a name of theirs. ``titles``: the project titles of the records judged.
    ``absent_weight``: how much a topic word no report writes weighs (ABSENT_WORD_WEIGHT). ``known_names(kinds)``:
    the names any report gives beside those kinds' words (``names_of_kinds``; NAMED_KIND_FROM_CORPUS).
    """
    record_texts = list(record_texts)
    topic = topic_stems(question, language, expand)
    text_stems = [set(expand(t)) for t in list(evidence_texts) + record_texts]
    found = set().union(*text_stems)
    kinds = named_kinds(question, language) if named else ()
    named_here = bool(kinds) and any(names_one(kinds, t, question, is_gemeente) for t in record_texts)
    known = known_names(as_asked(kinds)) if kinds and not named_here and V.NAMED_KIND_FROM_CORPUS else frozenset()
    named_known = bool(known) and any(names_known(t, question, known, is_gemeente) for t in record_texts)
    if named_known:  # the record names one, so it holds the kind asked: Governance & Integrity is a bureau
        found |= set(expand(" ".join(kinds)))

    def reports_write(word: str) -> bool:  # its stems (the cheap check first: "wethouder"), or the word as it stands
        own = stems(word)
        return bool(vocabulary is not None and own and set(own) <= vocabulary) or in_corpus(word)

    asked = topic_concepts(question, language, expand, reports_write)
    for frame, marker in V.NEVER_AGAINST:  # "het impulsproject", "right now": the record's own, never against it
        if (pattern := getattr(V, frame)) and pattern.search(question):  # (a rule switched off is None)
            marks = set(expand(marker))
            asked = [c for c in asked if not (c.alternatives | c.parts) & marks or _found(c, found, text_stems)]
    weights = [max(idf(s) for s in c.alternatives) * _own_word_weight(c, vocabulary, absent_weight) for c in asked]
    total = sum(weights)
    coverage = sum(w * _found(c, found, text_stems) for c, w in zip(asked, weights)) / total \
        if asked and total > 0 else 1.0
    if language == "en" and not asked and vocabulary is not None and unknown_english(question, in_corpus, is_gemeente):
        coverage = 0.0  # "what is the weather like in Ede?": no word the glossary or the reports know
    if V.TITLE_QUESTION.search(question):
        coverage = 1.0  # the project's title answers it, and every answer shows it
    counted = frozenset(expand(" ".join(counted_words(question, language))))
    counted |= _counted_alike(counted, expand, language)
    in_time = bool(counted & set(expand(" ".join(V.COUNTED_IN_TIME))))  # "hoeveel vertraging": "4 maanden"
    uncountable = False
    if vocabulary is not None:
        # a counted word the reports never write ("trajekten") cannot place the number, unless they write it as a
        # compound's last part: "hoeveel kwekerijen" is counted by "3 hennepkwekerijen" (COUNTED_COMPOUND_HEAD)
        asked_count = counted
        counted = frozenset(s for c in counted for s in ((c,) if c in vocabulary else _compound_heads(c, vocabulary)))
        # ... and when it is no typo of a word they write either, no report counts it (COUNT_UNWRITTEN)
        uncountable = V.COUNT_UNWRITTEN and bool(asked_count) and not counted and not any(
            _typo_of(c, vocabulary) for c in asked_count)
    missing = []
    # The question's subject: its rarest concept that the record writes ("het afwegingskader", not "klaar").
    record_stems = text_stems[len(evidence_texts):]
    in_record = [(w, c) for c, w in zip(asked, weights) if any(_writes(c, r) for r in record_stems)]
    subject = _rarest(in_record) if in_record else None
    if V.CLAIM_CHECK.search(question) and subject is not None:
        coverage = max(coverage, V.MIN_COVERAGE)
    needs = question_needs(question)
    for need in sorted(needs - V.PREFERRED_NEEDS):  # a preferred need misses nothing
        pool = record_texts if topic else list(evidence_texts)
        if need == "number" and uncountable:
            missing.append(need)
        elif need == "number" and counted:  # the number must stand beside what is counted
            exact = bool(V.EXACT_COUNT.search(question))
            # ... and in a sentence that writes the party a part of it is (COUNTED_PART_PARTY)
            party = frozenset(expand(" ".join(part_parties(question, language)))) - counted
            if not any((holds(need, t) and count_near(t, counted, expand, exact, in_time=in_time)
                        or ordinal_count(t, counted, expand))
                       and (not party or party & set(expand(t))) for t in pool):
                missing.append(need)
        elif need == "expansion":  # the abbreviation asked about, spelled out somewhere in the record
            asked_abbreviations = [a for a in V.ABBREVIATION.findall(question) if not is_gemeente(a)]
            written = list(evidence_texts) + record_texts + list(titles)  # a title may spell it: BOBB
            if asked_abbreviations and not any(spells_out(a, t) for a in asked_abbreviations for t in written):
                missing.append(need)
        elif need == "name" and V.TITLE_MEETS_NAME and _names_the_title(question):
            continue  # "hoe heten de impulsprojecten?": the project's title, which every answer shows (TITLE_QUESTION)
        elif need == "contact":  # a link or a number is the record's, whatever sentence writes it
            if not any(holds(need, t) for t in pool):
                missing.append(need)
        elif need == "outcome" and V.OUTCOME_WHETHER_KNOWN and V.OUTCOME_WHETHER_KNOWN.search(question) and any(
                V.OUTCOME_PENDING.search(t) and re.search(rf"\b{V.OUTCOME_NOUNS}", t, re.I) for t in record_texts):
            continue  # "zijn er al resultaten bekend?": "worden na afronding van de evaluatie gedeeld" (OUTCOME_WHETHER_KNOWN)
        elif need == "outcome" and (not topic or subject is None):
            continue  # "wat zijn de resultaten in Zwolle?": the project's own, which its whole status gives
        elif need == "outcome" and V.OUTCOME_OF_THE_PROJECT and not topic_concepts(
                part := asking_part(question, V.NEEDS[need][0]), language, expand) and not V.FOLLOW_UP.search(part):
            continue  # ... and so is "what has the approach produced so far, and where will the funds focus?"
        elif need in ("date", "day", "outcome", "frequency", "figures", "ranked") and topic and subject is not None:
            # the date (the outcome, the rhythm, the figures, the ranking) must be the subject's: the subject of the
            # part of the question that asks for it (DATE_ASKED_IN_ITS_PART). Any record sentence with a number and a
            # word of the question ("wijk") gave Haarlem the figures it does not write (FIGURES_ASKED, d20722)
            # ... not a verb of scheduling, which asks the date with "wanneer": "when is it planned?" asks when the
            # training is, not a date beside the record's "plan" (DATE_SCHEDULE_WORDS)
            asks = V.NEEDS[need][0]
            scheduling_words = V.DATE_SCHEDULE_WORDS.findall(question) + (  # ... or of taking place
                V.DATE_HAPPENING_WORDS.findall(question) if V.DATE_HAPPENING_WORDS else [])
            scheduling = {c.alternatives for c in topic_concepts(" ".join(scheduling_words), language, expand)} \
                if need in ("date", "day") else set()
            in_record_dated = [(w, c) for w, c in in_record if c.alternatives not in scheduling]
            if V.DATE_COMPOUND_HEAD:  # "de grote startbijeenkomst" is dated by "een bijeenkomst" (DATE_COMPOUND_HEAD)
                in_record_dated += [(w, c) for c, w in zip(asked, weights) if (w, c) not in in_record
                                    and c.alternatives not in scheduling and _head_of(c)
                                    and any(_head_of(c) in r for r in record_stems)]

            def writes(concept: Concept, sentence: set[str]) -> bool:  # ... here, a compound's head writes it
                return _writes(concept, sentence) or bool(
                    V.DATE_COMPOUND_HEAD and (head := _head_of(concept)) and head in sentence)
            # ... and not the words that ask for it: "per welke datum beginnen ze?" asks the date of what "ze" are,
            # not of the record's "1 september als nieuwe datum" for a festival (batch 44, d2553)
            asking = set(expand(" ".join(m.group(0) for m in asks.finditer(question)))) \
                if need in ("date", "day") else set()  # an outcome's asking words are its subject: "welke aanbevelingen"
            asking_date = set(asking)  # the date's own asking words, without the other needs' (DATE_BARE_PART)
            if need in ("date", "day") and V.DATE_NOT_OTHER_NEEDS_WORDS:  # "hoeveel deelnemers ... en wanneer ...?"
                others_ask = [m.group(0) for other, (pattern, _, _) in V.NEEDS.items() if other not in ("date", "day")
                              for m in pattern.finditer(question)] + V.ASKS_A_MEASURE.findall(question)
                asking |= set(expand(" ".join(others_ask + counted_words(question, language))))
            clauses = asking_clauses(question, asks)
            part_text = asking_part(question, asks)
            if part_text == question and V.DATE_ASKED_IN_ITS_SENTENCE:  # a part that points back ("... and when is it
                # planned?") is read with its own sentence when that names, before the word pointing back, something
                # the record writes; else with the whole question ("De aanpak liep vertraging op. Op welke datum
                # worden ze ingehaald?", "... Zijn daar al uitkomsten van bekend?")
                sentence = asking_sentence(question, asks)
                back = V.FOLLOW_UP.search(sentence) if clauses and V.FOLLOW_UP.search(clauses[0]) else None
                before = topic_concepts(asks.sub(" ", sentence[:back.start()]), language, expand) if back else []
                if any(c in before and not c.alternatives <= asking for _, c in in_record_dated):
                    part_text = sentence
            named_source = V.OUTCOME_SOURCE.search(question) if need == "outcome" and V.OUTCOME_SOURCE else None
            source_concepts = topic_concepts(named_source.group(1), language, expand) if named_source else []
            from_source = [(w, c) for w, c in in_record_dated if c in source_concepts]
            source = _rarest(from_source) if from_source else None  # what the outcome came out of (OUTCOME_SOURCE)

            def stands_with(clause: str, of_part_before: bool = False,
                            near: int = V.DATE_NEAR_SUBJECT) -> bool:  # the date stands with the subject
                # this part asks about (or, of_part_before, the part before it: DATE_OF_PART_BEFORE)
                part = topic_concepts(clause, language, expand) if V.DATE_ASKED_IN_ITS_PART else []
                asked_there = [(w, c) for w, c in in_record_dated if c in part]
                if of_part_before:  # only a part that names nothing the record writes, and points back with a pronoun
                    pronoun = bool(V.POINTS_BACK.search(clause))
                    # ... or asks only the date (DATE_BARE_PART): "..., en op welke datum?"
                    bare = V.DATE_BARE_PART and not pronoun and all(c.alternatives <= asking for c in part)
                    # ... and so does one whose pronoun stands with a verb of beginning or scheduling only: "..., en op
                    # welke datum had het moeten beginnen?" (DATE_PRONOUN_BARE)
                    bare = bare or bool(V.DATE_PRONOUN_BARE and V.DATE_BARE_PART and pronoun and all(
                        c.alternatives <= asking or c.alternatives in scheduling for c in part))
                    if asked_there or not (pronoun or bare):
                        return False
                    before = topic_concepts(part_before(question, clause), language, expand)
                    # a bare part: the date of all the part before asks about, what it counts too ("hoeveel moeders")
                    skip = asking_date if bare else asking
                    asked_there = [(w, c) for w, c in in_record_dated if c in before and not c.alternatives <= skip]
                    if not asked_there:
                        return False
                    if bare:  # ... the date beside what it counts, or beside its rarest other word
                        counted = [c for _, c in asked_there if c.alternatives <= asking]
                        rest = [(w, c) for w, c in asked_there if not c.alternatives <= asking]
                        subjects = counted + ([_rarest(rest)] if rest else [])
                        return any(holds(need, t) and any(writes(c, record_stems[j]) for c in subjects
                                                          for j in range(max(0, i - near), min(len(pool), i + near + 1)))
                                   for i, t in enumerate(pool))
                own = [(w, c) for w, c in (asked_there or in_record_dated) if not c.alternatives <= asking]
                dated = _rarest(own) if own else _rarest(asked_there) if asked_there else subject
                dated = source or dated  # the outcome of what it came out of: "uit het CPTED-onderzoek" (OUTCOME_SOURCE)
                # ... unless the subject is the project, named by its whole title: the whole record is about it;
                # then the date is that of what else the question asks about, if the record writes any of it
                whole = V.TITLE_IS_SUBJECT and any(_names_title(t, topic, expand)
                                                   and dated.alternatives & set(expand(t)) for t in titles)
                if whole:
                    title_stems = {s for t in titles for s in expand(t)}
                    rest = [(w, c) for w, c in (asked_there or in_record_dated) if not c.alternatives & title_stems]
                    if rest:
                        dated, whole = _rarest(rest), False
                least = max(2, math.ceil(V.DATE_BESIDE_MOST_OF_PART * len(own))) \
                    if V.DATE_BESIDE_MOST_OF_PART and need in ("date", "day") else 0

                def beside_most(i: int) -> bool:  # the sentence writes most of what the part asks about
                    return bool(least) and sum(writes(c, record_stems[i]) for _, c in own) >= least

                return any(holds(need, t) and (whole or beside_most(i) or any(writes(dated, record_stems[j])
                                                                              for j in range(max(0, i - near),
                                                                                             min(len(pool), i + near + 1))))
                           for i, t in enumerate(pool))

            # ... in any part that asks for it: "Wanneer komen die uitkomsten, en wanneer is de gedragscode af?" is
            # answered by the gedragscode's date (DATE_IN_ANY_PART)
            others = [p for p in clauses if V.DATE_IN_ANY_PART and p != part_text and not V.FOLLOW_UP.search(p)]

            def names_own(clause: str) -> bool:  # "wanneer willen ze terugkijken op de lessons learned?"
                own = topic_concepts(clause, language, expand)  # ... a pronoun, and a subject of its own the record
                # writes; not the asking words, in the glossary's Dutch too ("on what date" -> "datum")
                asks_words = {c.alternatives for c in topic_concepts(" ".join(m.group(0) for m in asks.finditer(clause)),
                                                                     language, expand)}
                return any(c in own and not c.alternatives <= asking and c.alternatives not in asks_words
                           for _, c in in_record_dated)

            # ... or a part that points back, with the subject it names itself, in the date's own sentence
            # (DATE_CLAUSE_OWN_SUBJECT)
            own_parts = [p for p in clauses if V.DATE_CLAUSE_OWN_SUBJECT and need in ("date", "day") and p != part_text
                         and V.FOLLOW_UP.search(p) and names_own(p)]
            # ... or, when the part names nothing the record writes and a pronoun points back ("en wanneer zou het
            # beginnen?"), with the subject of the part before it (DATE_OF_PART_BEFORE)
            # ... or, when the words that ask stand after "en / and" inside the part, with what follows them: "...,
            # hoeveel bijeenkomsten zijn er gepland en op welke datum zou de eerste sessie zijn?" (DATE_AFTER_AND)
            after_and = [m.group(1) for m in V.DATE_AFTER_AND.finditer(part_text)] if V.DATE_AFTER_AND and need in (
                "date", "day") else []
            if not any(stands_with(p) for p in [part_text] + others) \
                    and not any(stands_with(asks.sub(" ", p), near=0) for p in own_parts) \
                    and not (V.DATE_OF_PART_BEFORE and stands_with(part_text, True)) \
                    and not any(stands_with(asks.sub(" ", p), near=0 if V.FOLLOW_UP.search(p) else V.DATE_NEAR_SUBJECT)
                                for p in after_and if asks.search(p)):  # one pointing back: in the sentence itself
                missing.append(need)
        elif need in ("members", "maker", "specifics") and topic:
            # the members (the maker, the instances) of the body the asking part names: a party named (instances
            # given) in a sentence that writes the body, or in one read with it (_read_with; NEEDS["members"],
            # NEEDS["maker"], NEEDS["specifics"]). The body is not a word that asks (the match's first and last: "wie
            # nemen daaraan deel" has no body "deel"; the words between may be it: "wie heeft de blauwdrukken
            # opgesteld"); when the asking part names none of its own ("wie heeft die gemaakt?"), it is the one the
            # whole question names ("een documentaire").
            ends = [(words[0], words[-1]) for m in V.NEEDS[need][0].finditer(question) if (words := m.group(0).split())]
            asking = set(expand(" ".join(w for pair in ends for w in pair)))
            part = topic_concepts(asking_part(question, V.NEEDS[need][0]), language, expand)
            own = [(w, c) for w, c in in_record if not c.alternatives <= asking]
            asked_there = [(w, c) for w, c in own if c in part] or own
            if not asked_there:
                continue  # the body is not in the record: coverage says so
            body = _rarest(asked_there)
            asked_words = set(_words(question))
            gives = (lambda t: gives_instances(t, asked_words, is_gemeente)) if need == "specifics" else \
                (lambda t: names_members(t, body, asked_words, expand, is_gemeente))
            if not any(_writes(body, record_stems[i]) and any(gives(record_texts[j])
                                                                   for j in _read_with(record_texts, i))
                       for i in range(len(record_texts))):
                missing.append(need)
        elif not any(holds(need, t) and (not topic or topic & set(expand(t))) for t in pool):
            missing.append(need)
    if V.EXPLORED_WHETHER and topic and in_record and _detail_of_explored(question, language, expand, in_record,
                                                                           record_texts, record_stems):
        missing.append("a detail of what was only explored")
    if V.EXPLORED_DONE and V.EXPLORED_WHETHER and topic and in_record \
            and _done_of_explored(question, language, expand, in_record, record_texts):
        missing.append("whether what was only explored was done")
    if V.OPTIONS_OFFERED and topic and not _names_an_option(question, language, expand, in_record, record_stems):
        missing.append("an option offered")
    # Every name the question holds is absent: the record says nothing about what is asked. One name found is
    # enough to go on: a question may add an abbreviation of its own ("de Wet ... (WBMGP)").
    judged = []
    askers = askers_names(question)
    written_short = _written_short(question, record_texts)
    for name in names_in(question):
        if name in askers:
            continue  # "before our call with BZK": the asker's context (ASKERS_NAME)
        name_stems = frozenset(expand(name)) - V.QUESTION_STEMS - V.GENERIC_STEMS
        if not name_stems or is_gemeente(name) or (V.GEMEENTE_POSSESSIVE and name.endswith("s")
                                                   and is_gemeente(name[:-1])):  # "Edes" (GEMEENTE_POSSESSIVE)
            continue
        if language == "en" and not in_corpus(name):
            continue  # English with a capital ("the Coalition Agreement", "Regional"): no word of the reports
        short = _abbreviation_of(name)  # "SST-aanpak": its "SST" (ABBREVIATION_HEAD)
        judged.append(bool(name_stems & found) or name in written_short or _misspelt(name, record_texts)
                      or bool(V.NAME_SPELT_OUT and V.ABBREVIATION.fullmatch(short)  # "OOV": "Openbare Orde & Veiligheid"
                              and any(spells_out(short, t) for t in record_texts)))
    for run in V.NAME_RUN.finditer(question):  # a long name: all of its words (NAME_RUN_WHOLE)
        words = _run_words(question, run)  # "Is Meld Misdaad Anoniem ...?": without the opening "Is"
        # its words of its own: not a gemeente, not the asker's, not a function word ("De Vreedzame Wijk": two)
        words = [w for w in words if not is_gemeente(w) and w not in askers and frozenset(expand(w)) - V.FUNCTION_STEMS]
        if len(words) < V.NAME_RUN_WHOLE or run.group(0) in written_short:
            continue
        if language == "en" and not all(in_corpus(w) for w in words):
            continue  # English capitals, not the reports' name
        if not all(frozenset(expand(w)) & found or _misspelt(w, record_texts) for w in words):
            judged = []
            missing.append("name in the question")
            break
    if judged and not any(judged):
        missing.append("name in the question")
    if V.PARTNERS_OF_A_NAME and "partners" in needs \
            and not _partners_beside_names(question, record_texts, is_gemeente):
        missing.append("partners of the body named")
    if kinds and not (named_here or named_known):
        missing.append("named")
    return Support(coverage, not missing, topic, tuple(missing))


def askers_names(question: str) -> set[str]:
    """The names that say who asks, where from or why, not what the record must hold: "onze ... met BZK", "Ik werk bij
    het RIEC" (ASKERS_NAME), "Vanuit JenV volgen we ..." (ASKERS_ORGANISATION), "In een mail van het RIEC staat: '...'"
    (QUOTE_SOURCE), "Voor een rapportage aan BZK: ..." (PURPOSE_FRAME), "Ik ben districtscommissaris in Suriname."
    (ASKER_INTRO_NAMES).

    >>> sorted(askers_names("Vanuit JenV volgen we Gouda. In een mail van het RIEC staat: 'Gouda is klaar.' Klopt dat?"))
    ['JenV', 'RIEC']
    """
    askers = {m.group(1) or m.group(2) for m in V.ASKERS_NAME.finditer(question)}
    if V.ASKERS_ORGANISATION:
        askers |= {m.group(1) or m.group(2) for m in V.ASKERS_ORGANISATION.finditer(question)}
    framed = [m.group(0) for m in V.QUOTE_SOURCE.finditer(question)] if V.QUOTE_SOURCE else []
    framed += [purpose.group(0)] if (purpose := V.PURPOSE_FRAME.match(question)) else []
    framed += [m.group(0) for m in V.ASKER_INTRO.finditer(question)] if V.ASKER_INTRO_NAMES else []
    return askers | {name for frame in framed for name in V.QUESTION_NAME.findall(frame)}


def _run_words(question: str, run: re.Match) -> list[str]:
    """The words of a run of capitalised words (NAME_RUN), without the first when the run opens the question or a
    sentence: that word is capitalised as any opening is.

    >>> question = "Is Meld Misdaad Anoniem er al? Het Maasland Interventie Team ook?"
    >>> [_run_words(question, run) for run in V.NAME_RUN.finditer(question)]
    [['Meld', 'Misdaad', 'Anoniem'], ['Maasland', 'Interventie', 'Team']]
    """
    words = run.group(0).split()
    if run.start() == 0 or re.search(r"[.?!:;]\s*$", question[:run.start()]):
        words = words[1:]
    return words


def _partners_beside_names(question: str, record_texts: Sequence[str], is_gemeente=lambda text: False) -> bool:
    """Does the record name a party beside each body the question names by two or more capitalised words that the
    record writes: in the sentence with the name, or the PARTNERS_OF_A_NAME_AFTER after it (PARTNERS_OF_A_NAME)? True
    when the question names no such body.

    >>> record = ["Er is een Maasland Interventie Team opgestart.", "Er komt een nieuwe nota.", "De visie is klaar."]
    >>> _partners_beside_names("Welke partners zitten in het Maasland Interventie Team?", record)
    False
    >>> _partners_beside_names("Welke partners zitten in het Maasland Interventie Team?",
    ...                        ["Het Maasland Interventie Team is opgestart.", "Politie en OM nemen deel."])
    True
    >>> _partners_beside_names("Welke partners doen mee?", record)
    True
    """
    lowered = [t.lower() for t in record_texts]
    for run in V.NAME_RUN.finditer(question):
        words = _run_words(question, run)
        while words and words[0].lower() in V.NAMED_SKIP_WORDS:
            words = words[1:]  # "De Vreedzame Wijk": the article is no part of what the record writes
        name = " ".join(words)
        if len(words) < 2 or is_gemeente(name):
            continue
        where = [i for i, t in enumerate(lowered) if name.lower() in t]
        if not where:
            continue
        own = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
        if not any(V.MEMBER_WORDS.search(own.sub(" ", record_texts[j])) for i in where
                   for j in range(i, min(len(record_texts), i + V.PARTNERS_OF_A_NAME_AFTER + 1))):
            return False
    return True


def _detail_of_explored(question: str, language: str, expand, in_record: Sequence[tuple[float, Concept]],
                        record_texts: Sequence[str], record_stems: Sequence[set[str]]) -> bool:
    """Does a which-part ask a detail of a thing the record tells only as explored (EXPLORED_WHETHER)? The question
    names a concept the record writes only inside a whether-clause after an exploring verb, and the which-part asks
    a noun the record never writes and names nothing else the record writes.

    >>> record = ["Met BZK is overlegd en is onderzocht of een periodieke VOG kan worden ingevoerd."]
    >>> def ask(q):
    ...     asked = topic_concepts(q, "nl")
    ...     rs = [set(stems(t)) for t in record]
    ...     return _detail_of_explored(q, "nl", stems, [(1.0, c) for c in asked if any(_writes(c, r) for r in rs)], record, rs)
    >>> ask("Is de periodieke VOG er inmiddels, en voor welke functies geldt hij?")
    True
    >>> ask("Welke mogelijkheid heeft Gouda onderzocht?"), ask("Met welk ministerie is over de VOG overlegd?")
    (False, False)
    """
    which = V.WHICH_NOUN.search(question)
    if not which or {which.group(1).lower(), (which.group(2) or "").lower()} & V.WHICH_NOUN_SKIP:
        return False
    if any(set(expand(which.group(1))) & r for r in record_stems):
        return False  # the record writes the kind asked
    clause = re.split(r"[?.!]", question[which.start():])[0]
    if V.EXPLORED_ASKED.search(clause):
        return False  # "welke mogelijkheid heeft Gouda onderzocht?": what was explored is asked
    only = _only_explored(expand, in_record, record_texts)
    part = topic_concepts(clause, language, expand)
    return bool(only) and not any(c in part and c not in only for _, c in in_record)


def _only_explored(expand, in_record: Sequence[tuple[float, Concept]], record_texts: Sequence[str]) -> list[Concept]:
    """The question's concepts that the record writes only inside a whether-clause after an exploring verb
    (EXPLORED_WHETHER): "een periodieke VOG" in "is onderzocht of een periodieke VOG kan worden ingevoerd"."""
    inside: set[str] = set()
    outside: set[str] = set()
    for text in record_texts:
        for sentence in split_sentences(text):
            m = V.EXPLORED_WHETHER.search(sentence)
            inside |= set(expand(sentence[m.end():])) if m else set()
            outside |= set(expand(sentence[:m.start()] if m else sentence))
    return [c for _, c in in_record if c.alternatives & inside and not c.alternatives & outside]


def _done_of_explored(question: str, language: str, expand, in_record: Sequence[tuple[float, Concept]],
                      record_texts: Sequence[str]) -> bool:
    """Does a yes/no part ask whether a thing the record tells only as explored was done (EXPLORED_DONE)? The part
    has a verb of realisation and no question word, it is no check of a claim the asker read (CLAIM_CHECK), and it
    names a concept the record writes only inside an exploring whether-clause.

    >>> record = ["Met BZK is overlegd en is onderzocht of een periodieke VOG kan worden ingevoerd."]
    >>> def ask(q):
    ...     asked = topic_concepts(q, "nl")
    ...     rs = [set(stems(t)) for t in record]
    ...     return _done_of_explored(q, "nl", stems, [(1.0, c) for c in asked if any(_writes(c, r) for r in rs)], record)
    >>> ask("Heeft Gouda inmiddels besloten om een periodieke VOG in te voeren?"), ask("Is de periodieke VOG ingevoerd?")
    (True, True)
    >>> ask("Ik las dat Gouda een periodieke VOG heeft ingevoerd. Klopt dat?"), ask("Wat is er met BZK overlegd?")
    (False, False)
    >>> ask("Is in Gouda onderzocht of er een periodieke VOG kan worden ingevoerd?")
    False
    """
    if V.CLAIM_CHECK.search(question):
        return False  # "Klopt dat, of is het nog niet zover?": the exploring sentence answers it
    # the question's own whether-clause is no claim that it was done: "... en met BZK onderzocht of een periodieke
    # VOG kan worden ingevoerd?" asks which gemeente explored it
    told = re.sub(V.EXPLORED_WHETHER.pattern + r"[^?.!;,]*", " ", question, flags=re.I)
    parts = [p for p in re.split(r"[?.!;,]|\b(?:en|and|of|or)\b", told)
             if V.EXPLORED_DONE.search(p) and not V.ASKING_PART.search(p)]
    if not parts:
        return False
    only = _only_explored(expand, in_record, record_texts)
    return any(c in topic_concepts(p, language, expand) for p in parts for c in only)


def absent_field_things(question: str, documents_text: str) -> list[str]:
    """The field's named things the question asks about (FIELD_THINGS), when the documents write none of them;
    else []. A thing named only as an example (FIELD_THING_EXAMPLE) is not asked.

    >>> absent_field_things("Welke gemeente zet drones in op bedrijventerreinen?", "integrale controles")
    ['drones']
    >>> absent_field_things("Welke gemeente zet drones of camera's in?", "cameratoezicht op het terrein")
    []
    >>> absent_field_things("Welke maatregelen, denk aan camera's?", "integrale controles")
    []
    """
    asked = V.FIELD_THING_EXAMPLE.sub(" ", question)
    named = [(thing, written) for thing, asks, written in V.FIELD_THINGS if asks.search(asked)]
    if not named or any(written.search(documents_text) for _, written in named):
        return []
    return [thing for thing, _ in named]


def _names_the_title(question: str) -> bool:
    """Does every part that asks a name ask the project's title (TITLE_QUESTION)?

    >>> _names_the_title("Hoe heten de impulsprojecten van Ede en Oss?"), _names_the_title("Hoe heten de projecten, en wie is de projectleider?")
    (True, False)
    """
    titles = [m.span() for m in V.TITLE_QUESTION.finditer(question)]
    asked = [m.span() for m in V.NEEDS["name"][0].finditer(question)]
    return bool(titles) and all(any(a < t_end and t_start < b for t_start, t_end in titles) for a, b in asked)


def _typo_of(stem: str, vocabulary: set[str]) -> bool:
    """Is the stem a typo of a word the reports write (long enough, at most NAME_TYPO_DISTANCE letters apart)?

    >>> _typo_of("trajekt", {"traject", "wijk"}), _typo_of("bezoeker", {"traject", "wijk"})
    (True, False)
    """
    return len(stem) >= V.NAME_TYPO_MIN_CHARS and any(_typo_apart(w, stem) for w in vocabulary)


def _typo_apart(word: str, other: str) -> bool:
    """Are the two words at most NAME_TYPO_DISTANCE typos apart (Damerau-Levenshtein, as core.names)?"""
    bound = V.NAME_TYPO_DISTANCE
    return abs(len(word) - len(other)) <= bound and osa_distance(word, other, bound) <= bound


def _written_short(question: str, record_texts: Sequence[str]) -> set[str]:
    """The question's names that the record writes as an abbreviation (NAME_RUN): a run of capitalised words whose
    initials open an abbreviation of the record.

    >>> sorted(_written_short("Heeft Ede al met Binnenlandse Zaken gesproken?", ["Afstemming met BZK volgt."]))
    ['Binnenlandse', 'Zaken']
    >>> _written_short("Heeft Ede al met Binnenlandse Zaken gesproken?", ["Afstemming met de VNG volgt."])
    set()
    """
    short = {a for t in record_texts for a in V.ABBREVIATION.findall(t)}
    out: set[str] = set()
    for m in V.NAME_RUN.finditer(question):
        words = m.group(0).split()
        if any(a.startswith("".join(w[0] for w in words)) for a in short):
            out.update(words)
    return out


def _names_an_option(question: str, language: str, expand, in_record, record_stems: Sequence[set[str]]) -> bool:
    """Does the record name one of the options the question offers (OPTIONS_OFFERED: all of an option's words in one
    sentence) beside what the question asks about before its list? True when it offers none, or none can be checked.

    >>> rec = [set(stems("De scan wordt uitgevoerd.")), set(stems("Een extern bureau voert hem uit."))]
    >>> scan = [(1.0, Concept(frozenset(stems("scan"))))]
    >>> _names_an_option("Wie voert de scan uit: de griffie, een extern bureau of de burgemeester?", "nl", stems,
    ...                  scan, rec)
    True
    >>> _names_an_option("Wie voert de scan uit: de griffie of iemand anders?", "nl", stems, scan, rec)
    True
    >>> _names_an_option("Wie voert de scan uit: de griffie, de raad of de burgemeester?", "nl", stems, scan, rec)
    False
    """
    options = offered_options(question)
    if not options:
        return True
    head = topic_concepts(question[: V.LIST_TAIL.search(question).start()], language, expand)
    about = [(w, c) for w, c in in_record if c in head]
    wanted = [topic_concepts(o, language, expand) for o in options]
    if not about or not all(wanted) or max(map(len, wanted)) > V.OPTION_MAX_CONCEPTS:
        return True  # nothing to place the options beside, an option of question words only, or an event
    subject, near = _rarest(about), V.OPTION_NEAR_SUBJECT
    for i, sentence in enumerate(record_stems):
        beside = record_stems[max(0, i - near): i + near + 1]
        if any(all(_found(c, sentence, [sentence]) == 1.0 for c in option) for option in wanted) and any(
                _writes(subject, other) for other in beside):
            return True
    return False


def _rarest(weighted: Sequence[tuple[float, Concept]]) -> Concept:
    """The concept of the heaviest (rarest) of (weight, concept) pairs; the first of equals."""
    return max(weighted, key=lambda wc: wc[0])[1]


def asking_part(question: str, asks: re.Pattern) -> str:
    """The part of a question (a sentence, or a clause after ", en") that asks what ``asks`` finds; else, or when that
    part points back ("when will they start?"), the whole question.

    >>> asking_part("Hoe lang liep Zoetermeer vertraging op, en naar welke datum is het festival verschoven?",
    ...             re.compile(r"datum"))
    'naar welke datum is het festival verschoven?'
    """
    part = next(iter(asking_clauses(question, asks)), question)
    return question if V.FOLLOW_UP.search(part) else part  # "... they start?": read with what "they" are


def part_before(question: str, part: str) -> str:
    """The part of a question (QUESTION_PARTS) right before ``part``; "" for the first or one not found.

    >>> part_before("Met hoeveel moeders start de groep, en wanneer zou het beginnen?", "wanneer zou het beginnen?")
    'Met hoeveel moeders start de groep'
    """
    parts = V.QUESTION_PARTS.split(question)
    i = parts.index(part) if part in parts else 0
    return parts[i - 1] if i > 0 else ""


def asking_clauses(question: str, asks: re.Pattern) -> list[str]:
    """The parts of a question (QUESTION_PARTS: sentences, clauses after ", en") that ask what ``asks`` finds.

    >>> asking_clauses("Wanneer komen die uitkomsten, en wanneer is de code af?", re.compile(r"wanneer", re.I))
    ['Wanneer komen die uitkomsten', 'wanneer is de code af?']
    """
    return [p for p in V.QUESTION_PARTS.split(question) if asks.search(p)]


def asking_sentence(question: str, asks: re.Pattern) -> str:
    """The sentence of a question that asks what ``asks`` finds (the whole question when none does).

    >>> asking_sentence("Wij ontwerpen een training. Wanneer is die van Tilburg gepland?", re.compile(r"wanneer", re.I))
    'Wanneer is die van Tilburg gepland?'
    """
    return next((p for p in split_sentences(question) if asks.search(p)), question)


def unknown_english(question: str, in_corpus=lambda word: False, is_gemeente=lambda word: False) -> list[str]:
    """The content words of an English question that neither the glossary nor the reports know, when it has no
    other content word: then the documents hold nothing on its subject. Empty when any content word is known.

    >>> unknown_english("What is the weather like?"), unknown_english("What is the project called?")
    (['weather'], [])
    >>> unknown_english("Has the project got anywhere, or is it stuck?")
    []
    """
    skip = V.ENGLISH_FUNCTION_WORDS | V.QUESTION_WORDS_SET | V.COMPARABLE_FRAME_WORDS_SET | V.GENERIC_WORDS_SET
    # the frames that say how it asks are no subject ("has it got anywhere, or is it stuck?": OFF_THE_GROUND)
    content = [w for w in re.findall(r"[A-Za-z]+", without_frames(question)) if w.lower() not in skip
               and not is_gemeente(w)]
    if any(in_corpus(w) or dutch_words(w) for w in content):
        return []
    return content


def _abbreviation_of(name: str) -> str:
    """The name, or the abbreviation that heads it before a hyphen (ABBREVIATION_HEAD: "SST-aanpak" -> "SST").

    >>> _abbreviation_of("SST-aanpak"), _abbreviation_of("OOV"), _abbreviation_of("Sittard-Geleen")
    ('SST', 'OOV', 'Sittard-Geleen')
    """
    head = name.split("-")[0]
    return head if V.ABBREVIATION_HEAD and "-" in name and V.ABBREVIATION.fullmatch(head) else name


def spells_out(abbreviation: str, text: str) -> bool:
    """Does the text write the abbreviation out, in consecutive words whose initials are its letters (EXPANSION_SKIP
    words may stand between), each with a capital or beside the abbreviation itself ("de openbare ruimte" is no DOR)?

    >>> spells_out("VOG", "een verklaring omtrent het gedrag (VOG)"), spells_out("SST", "een Slim Samen Toezien gemeente")
    (True, True)
    >>> spells_out("PACT", "met de PACT-aanpak in drie wijken"), spells_out("DOR", "Investeren in de openbare ruimte")
    (False, False)
    """
    words = re.findall(r"[^\W\d_]+", text)
    letters = abbreviation.lower()
    beside = abbreviation in words

    def stands_for(word: str, letter: str) -> bool:
        return word[0].lower() == letter and word != abbreviation and (beside or word[0].isupper())

    for i, first in enumerate(words):
        if not stands_for(first, letters[0]):
            continue
        j, k = 1, i + 1
        while j < len(letters) and k < len(words):
            if stands_for(words[k], letters[j]):
                j += 1
            elif words[k].lower() not in V.EXPANSION_SKIP:
                break
            k += 1
        if j == len(letters):
            return True
    return False


def _counted_alike(counted: frozenset[str], expand=stems, language: str = "nl") -> frozenset[str]:
    """The words that count the same thing as the counted stems: a person for people (COUNTED_PEOPLE), an agent noun's
    verb (COUNTED_AGENT_SUFFIX, and COUNTED_AGENT_FEMININE, whose stem is one letter longer before its doubled vowel
    is written once), a programme's parts (COUNTED_PARTS, a Dutch question's).

    >>> sorted(_counted_alike(frozenset({"medewerker"}))), sorted(_counted_alike(frozenset({"deelneemster"})))
    (['medewerk'], ['deelnem'])
    >>> "deelnem" in _counted_alike(frozenset({"deelnemer"})), "person" in _counted_alike(frozenset({"deelnemer"}))
    (True, True)
    >>> "person" in _counted_alike(frozenset(stems("mensen"))), _counted_alike(frozenset({"leden"}))
    (True, frozenset())
    """
    people = frozenset(expand(" ".join(V.COUNTED_PEOPLE)))
    alike = set(people) if counted & people else set()
    suffix = V.COUNTED_AGENT_SUFFIX
    feminine = V.COUNTED_AGENT_FEMININE
    for c in counted:
        alike.update(V.COUNTED_SAME.get(c, ()))  # "sessies" are counted as "bijeenkomsten" (COUNTED_SAME)
        if c == V.COUNTED_PARTS_WORD and V.COUNTED_PARTS and language == "nl":
            alike.update(V.COUNTED_PARTS)  # "hoeveel onderdelen": "drie punten", "4 pijlers" (COUNTED_PARTS)
        if feminine and c.endswith(feminine) and len(c) - len(feminine) > V.COUNTED_AGENT_MIN_CHARS:
            alike.add(re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", c[:-len(feminine)]))  # "deelneem" -> "deelnem"
        elif c.endswith(suffix) and len(c) - len(suffix) >= V.COUNTED_AGENT_MIN_CHARS:
            alike.add(c[:-len(suffix)])
    return frozenset(alike - counted)


def count_near(sentence: str, counted: frozenset[str], expand=stems, exact: bool = False, *,
               in_time: bool = False) -> bool:
    """Does a number (not a year) stand within ``COUNT_NEAR`` words of a word of what is counted (stems)?
    ``exact``: the question asks "precies hoeveel"; "tientallen" is no answer then. ``in_time``: what is counted is a
    delay (COUNTED_IN_TIME), which a number of months or weeks anywhere in the sentence that names it counts.

    >>> count_near("Er doen 3 scholen mee.", frozenset({"schol"})), count_near("Drie gemeenten geven samen trainingen.", frozenset({"training"}))
    (True, False)
    >>> count_near("Er waren tientallen organisaties.", frozenset({"organisatie"}), exact=True)
    False
    >>> count_near("1. Raadsleden getraind.", frozenset({"raadsled"}))  # a list item's number counts nothing
    False
    >>> [count_near("De vertraging is verlengd met 4 maanden.", frozenset({"vertrag"}), in_time=t) for t in (False, True)]
    [False, True]
    """
    tokens = _COUNT_WORD.findall(countable(sentence))
    numbers = [i for i, t in enumerate(tokens) if V.COUNT_TOKEN.match(t) and not (exact and V.VAGUE_COUNT.match(t))
               and not (i + 1 < len(tokens) and tokens[i + 1].lower() in V.COUNT_UNITS  # "2 jaar": counts years
                        and not in_time and not counted & set(expand(tokens[i + 1])))]
    counted_at = [i for i, t in enumerate(tokens) if counted & set(expand(t))]
    if in_time and counted_at:  # "deze vertraging nog eens verlengd met 4 maanden": the sentence's span is the delay's
        return any(i + 1 < len(tokens) and tokens[i + 1].lower() in V.COUNT_UNITS for i in numbers)
    return any(abs(i - j) <= V.COUNT_NEAR for i in numbers for j in counted_at)


def ordinal_count(sentence: str, counted: frozenset[str], expand=stems) -> bool:
    """Does an ordinal stand right before a word of what is counted (ORDINAL_COUNT: "een tweede training")?

    >>> ordinal_count("Er is inmiddels een tweede training geweest.", frozenset({"training"}))
    True
    >>> ordinal_count("In de tweede helft van 2020 volgen trainingen.", frozenset({"training"}))
    False
    """
    if not V.ORDINAL_COUNT:
        return False
    tokens = _COUNT_WORD.findall(sentence)
    return any(V.ORDINAL_COUNT.match(a) and counted & set(expand(b)) for a, b in zip(tokens, tokens[1:]))


_COUNT_WORD = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_][\w'’-]*")  # numbers whole ("1,5"), words with their 's


def _compound_heads(stem: str, vocabulary: set[str]) -> tuple[str, ...]:
    """The vocabulary's compounds that end on ``stem`` ("hennepkwekerij" for "kwekerij"), when it is long enough to
    be a noun of its own (COUNTED_COMPOUND_HEAD); else those with its head after another word (COUNTED_SHARED_HEAD).

    >>> vocabulary = {"casus", "casustafel", "over", "overleg", "hennepkwekerij", "tafel"}
    >>> _compound_heads("kwekerij", vocabulary), _compound_heads("overlegtafel", vocabulary)
    (('hennepkwekerij',), ('casustafel',))
    """
    if len(stem) < V.COUNTED_COMPOUND_HEAD:
        return ()
    heads = tuple(w for w in vocabulary if w.endswith(stem) and len(w) > len(stem))
    if heads or not V.COUNTED_SHARED_HEAD:
        return heads
    # COUNTED_SHARED_HEAD: "overlegtafel" -> "casustafel", a word of theirs before the same head
    for i in range(V.COUNTED_SHARED_MODIFIER, len(stem) - V.COUNTED_COMPOUND_HEAD + 1):
        modifier, head = stem[:i], stem[i:]
        if modifier not in vocabulary:
            continue
        alike = tuple(w for w in vocabulary if w.endswith(head) and w != stem
                      and (w[:-len(head)] in vocabulary or w[:-len(head)].removesuffix("s") in vocabulary))
        if alike:  # "over" + "legtafel" finds none; "overleg" + "tafel" does
            return alike
    return ()


def _misspelt(name: str, texts: Sequence[str]) -> bool:
    """Is the name a word of the texts written short or with a typo ("Zwol", "Groenwoud", "Integrity" for the
    report's "Integrtiy")? Then it is that word, not a name the texts lack.

    >>> _misspelt("Zwol", ["Gemeente Zwolle."]), _misspelt("Groenwoud", ["In Groenewoud."]), _misspelt("GGD", ["De GGA."])
    (True, True, False)
    >>> _misspelt("CPTED", ["Een CTPED-onderzoek."]), _misspelt("CPTED", ["Een CPTDE-onderzoek."])
    (True, True)
    """
    head = name.lower()
    if len(head) < V.SHORT_NAME_MIN_CHARS:
        return False
    typo = len(head) >= V.NAME_TYPO_MIN_CHARS
    return any(word.startswith(head) or (typo and _typo_apart(word, head)) or (V.NAME_SWAP and _swapped(word.split("-")[0], head))
               for word in {w for t in texts for w in _words(t)})


def _swapped(word: str, other: str) -> bool:
    """Are the two words the same but for two neighbouring letters swapped (NAME_SWAP)?

    >>> _swapped("ctped", "cpted"), _swapped("ctped", "ctpde"), _swapped("ctped", "cpdet"), _swapped("ggd", "ggd")
    (True, True, False, False)
    """
    if len(word) != len(other) or word == other:
        return False
    apart = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
    return len(apart) == 2 and apart[1] == apart[0] + 1 and word[apart[0]] == other[apart[1]] \
        and word[apart[1]] == other[apart[0]]


_WORD = re.compile(r"[^\W\d_][\w-]*")  # a word: letters first, then letters, digits or hyphens


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _asks_a_gemeente(window: Sequence[str]) -> bool:
    """Is the thing asked a gemeente: its word first, or after words that describe it (NAMED_GEMEENTE_AFTER_MODIFIERS)?
    Not when a joiner stands before it: then another thing is asked beside it ("which department or city district").

    >>> _asks_a_gemeente(["rural", "municipality", "worries"]), _asks_a_gemeente(["department", "or", "city"])
    (True, False)
    """
    at = next((i for i, w in enumerate(window) if w in V.NAMED_GEMEENTE_WORDS), None)
    return at == 0 or (at is not None and V.NAMED_GEMEENTE_AFTER_MODIFIERS
                       and not any(w in V.NAMED_JOINERS for w in window[:at]))


def named_kinds(question: str, language: str) -> tuple[str, ...]:
    """The kinds of thing whose name the question asks for (Dutch forms; ``core.vocabulary.NAMED_KINDS``).

    >>> named_kinds("Hoe heet het vakantiepark waar het om gaat?", "nl"), named_kinds("Welke commissie is er?", "nl")
    (('vakantiepark',), ())
    >>> named_kinds("Op welke datum licht de projectleider het plan toe?", "nl"), named_kinds("Welke twee grote wijken?", "nl")
    ((), ('wijken', 'buurten'))
    >>> named_kinds("Who is the temporary project leader?", "en")
    ('projectleider', 'projectleiders')
    """
    out: dict[str, None] = {}
    for m in V.NAMED_FRAME.finditer(question):
        if language == "en" and m.group(0).lower().startswith("which") and V.RELATIVE_WHICH.search(question[:m.start()]):
            continue  # "a route through which any employee ... can flag": a relative clause (RELATIVE_WHICH)
        window = []
        for w in [w for w in _words(question[m.end():]) if w not in V.NAMED_SKIP_WORDS][: V.NAMED_KIND_WINDOW]:
            if language == "en" and w in V.NAMED_WINDOW_VERBS:
                break  # "which Veiligheidshuis is the coordinator ...": the kind asked for comes before the verb
            window.append(w)
            if language != "en" and not V.NAMED_MODIFIER.fullmatch(w):
                break  # "op welke datum licht de projectleider ...": the first noun is what is asked for
        if window and _asks_a_gemeente(window):
            continue  # "welke gemeente heeft een vakantiepark?" asks for a gemeente, not the park's name
        # "wie is het?": the kind named before it, singular (NAMED_POINTS_BACK)
        back = bool(V.NAMED_POINTS_BACK.match(question, m.end())) and not set(_words(m.group(0))) & V.NAMED_PLURAL_VERBS
        if back:
            window = _words(question[:m.start()])
        if language == "en" and V.NAMED_GENERAL_ENGLISH:  # "which area": no kind a name answers (NAMED_GENERAL_ENGLISH)
            window = [w for w in window if w.lower() not in V.NAMED_GENERAL_ENGLISH]
        forms = dutch_words(" ".join(window)) if language == "en" else window  # glossary: "project leader" too
        if language == "en":  # "Which corporation is it?" (NAMED_KINDS_ENGLISH)
            forms = forms + [d for w in window for d in V.NAMED_KINDS_ENGLISH.get(w.lower(), ()) if d not in forms]
        if back:
            forms = [f for f in forms if not f.endswith(V.NAMED_PLURAL_ENDINGS)]
        if language == "en" and V.NAMED_KIND_AS_WRITTEN:
            forms = forms + [w for w in window if w not in forms]  # "trainer": Dutch as written (NAMED_KIND_AS_WRITTEN)
        kinds = [f for f in forms if f.endswith(V.NAMED_KINDS + (V.NAMED_KINDS_DUTCH if language != "en" else ()))]
        kinds += [f for f in (forms if language != "en" else window)  # a case: in English only as written
                  if f.endswith(V.NAMED_KINDS_CASES) and f not in kinds]
        if V.ASKS_BY_NAME.search(question):  # names asked outright: the noun asked for, whatever its kind
            asked = forms if language == "en" else window[-1:]
            kinds += [f for f in asked if f not in kinds and set(stems(f)) - V.FUNCTION_STEMS - V.QUESTION_STEMS]
        if language != "en":  # "welke buurten": "de wijken Bloemhof en Hillesluis" name them (NAMED_KIND_ALIKE)
            kinds += [f.replace(a, b) for f in kinds for a, b in V.NAMED_KIND_ALIKE if a in f]
        kinds += [f.replace(a, b) for f in kinds for a, b in V.NAMED_KIND_WRITTEN_AS if a in f]  # "het programma C3"
        out.update(dict.fromkeys(kinds))
    return tuple(out)


def as_asked(kinds: Sequence[str]) -> tuple[str, ...]:
    """The kinds as the question asks them, without the words the reports write for them (NAMED_KIND_WRITTEN_AS): the
    names the reports give a "programma" elsewhere ("De Weerbare Stad") are no tool's. The record's own "het digitale
    programma C3" still names one (``names_one``).

    >>> as_asked(("tool", "programma"))
    ('tool',)
    """
    written = {b for _, b in V.NAMED_KIND_WRITTEN_AS}
    return tuple(k for k in kinds if k not in written)


def names_one(kinds: Sequence[str], sentence: str, question: str, is_gemeente=lambda text: False) -> bool:
    """Does this sentence mention one of the kinds and name something the question does not already name?

    >>> names_one(("straat",), "Het onderbrengen van de Hildebrandstraat is een succes.", "Welke straat?")
    True
    >>> names_one(("vakantiepark",), "Het richt zich op een lokaal vakantiepark.", "Welk vakantiepark?")
    False
    >>> names_one(("coördinator",), "De coördinator is betrokken bij het regieteam en bij het Veiligheidshuis.", "Wie?")
    False
    """
    return any(True for _ in _kind_names(kinds, sentence, question, is_gemeente))


def _kind_names(kinds: Sequence[str], sentence: str, question: str, is_gemeente=lambda text: False) -> Iterator[str]:
    """The names this sentence gives beside one of the kinds' words (``names_one``), each once per place."""
    tokens = list(_WORD.finditer(sentence))
    forms = tuple(kinds) + tuple(k + ending for k in kinds for ending in V.NAMED_KIND_PLURALS or ())  # "de afdelingen ..."
    kind_at = [i for i, t in enumerate(tokens) if t.group(0).lower().endswith(forms)]
    if not kind_at:
        return
    asked = set(_words(question))
    starts = [t.start() for t in tokens]
    for m in V.NAME_IN_SENTENCE.finditer(sentence):
        name = m.group(1) or m.group(0)
        if not (set(_words(name)) - asked) or is_gemeente(name):
            continue
        first = bisect_left(starts, m.start())
        last = max(first, bisect_left(starts, m.end()) - 1)
        for k in kind_at:
            if not first - V.NAME_NEAR_KIND - 1 <= k <= last + V.NAME_NEAR_KIND + 1:
                continue
            if k > last and V.LIST_SEPARATOR.search(sentence[m.end():tokens[k].start()]) \
                    and V.LIST_GOES_ON.match(sentence[tokens[k].end():]):
                continue  # "zoals Sociale Wijkteams, woningcorporaties en politie": another item of a list
            if k < first and any(t.group(0).lower() not in V.NAME_LINK_WORDS for t in tokens[k + 1:first]):
                continue  # "de projectleider in de driehoek van Noordoost-Fryslân": the name is the driehoek's
            yield name
            break


def names_of_kinds(kinds: Sequence[str], texts: Iterable[str], is_gemeente=lambda text: False) -> frozenset[str]:
    """The names (lowercased) that any of these sentences gives beside one of the kinds' words: what the reports
    together say a name is (NAMED_KIND_FROM_CORPUS).

    >>> sorted(names_of_kinds(("bureau",), ["Met een extern bureau (Governance & Integrtiy) is gewerkt.", "Geen."]))
    ['governance']
    """
    names = {n.lower() for t in texts for n in _kind_names(kinds, t, "", is_gemeente)}
    # the kind's own word capitalised ("De Vreedzame Wijk") or "Gemeente" ('s-Hertogenbosch's) is no name of it
    return frozenset(n for n in names if not n.endswith(tuple(kinds)) and not set(_words(n)) & V.NAMED_GEMEENTE_WORDS)


def names_known(sentence: str, question: str, known: frozenset[str], is_gemeente=lambda text: False) -> bool:
    """Does this sentence give a name, not the question's, that the reports name elsewhere as the kind asked
    (``known``, from ``names_of_kinds``)?

    >>> names_known("Op Bonaire wordt met Governance & Integrity gewerkt.", "Met welk bureau?", frozenset({"governance"}))
    True
    >>> names_known("Op Bonaire wordt met Governance & Integrity gewerkt.", "Werkt Bonaire met Governance?", frozenset({"governance"}))
    False
    """
    asked = set(_words(question))
    for m in V.NAME_IN_SENTENCE.finditer(sentence):
        name = m.group(1) or m.group(0)
        if name.lower() in known and set(_words(name)) - asked and not is_gemeente(name):
            return True
    return False


def _read_with(texts: Sequence[str], i: int) -> list[int]:
    """The sentence i and those read as its continuation: the next one when it points back (ANAPHORA), a list intro's
    items (LIST_ITEM), and, under a heading, the lines below it (HEADING_GOVERNS).

    >>> _read_with(["4.1 Ontmoedigingstraject", "Aanpakken.", "Wordt uitgevoerd door het kernteam", "Controles.", "Meer."], 0)
    [0, 1, 2, 3]
    >>> _read_with(["Er zijn drie casustafels.", "Deze zijn in volle gang.", "Het loopt."], 0)
    [0, 1]
    """
    out = [i]
    if is_heading(texts[i].strip()):
        out += range(i + 1, min(len(texts), i + 1 + V.HEADING_GOVERNS))
    elif texts[i].rstrip().endswith(":"):  # a list's intro: its items
        j = i + 1
        while j < len(texts) and j <= i + V.LIST_MAX_ITEMS and V.LIST_ITEM.match(texts[j].strip()):
            out.append(j)
            j += 1
    elif i + 1 < len(texts) and V.ANAPHORA.match(texts[i + 1].strip()):
        out.append(i + 1)
    return out


def gives_instances(sentence: str, asked: set[str], is_gemeente=lambda text: False) -> bool:
    """Does this sentence give instances (NEEDS["specifics"]): a list, a colon, "zoals", a list item, or a name the
    question does not hold?

    >>> gives_instances("Ook de informatiebeveiliging wordt aangepakt.", set())
    False
    >>> gives_instances("Denk aan scholen, woningcorporaties en politie.", set())
    True
    >>> gives_instances("- HEIT-controle", set())
    True
    """
    if holds("specifics", sentence) or V.LIST_ITEM.match(sentence.strip()):
        return True
    return any(set(_words(m.group(1) or m.group(0))) - asked and not is_gemeente(m.group(1) or m.group(0))
               for m in V.NAME_IN_SENTENCE.finditer(sentence))


def names_members(sentence: str, body: Concept, asked: set[str], expand=stems,
                  is_gemeente=lambda text: False) -> bool:
    """Does this sentence name a member of the body: a party (MEMBER_WORDS) the question does not name itself and
    that is not the body, or a name beside the body's word (as ``names_one`` reads a named kind)?

    >>> body = Concept(frozenset({"regieteam"}))
    >>> names_members("De coördinator is betrokken in het regieteam.", body, {"wie", "coördinator"})
    False
    >>> names_members("Deze zijn in volle gang en hier wordt vanuit de verschillende partners samengewerkt.", body, set())
    True
    """
    for m in V.MEMBER_WORDS.finditer(sentence):
        word = m.group(0)
        if word.lower() not in asked and not set(expand(word)) & body.alternatives:
            return True
    forms = tuple(w.lower() for w in _words(sentence) if set(expand(w)) & body.alternatives)
    return bool(forms) and names_one(forms, sentence, " ".join(asked), is_gemeente)


def counted_words(question: str, language: str) -> list[str]:
    """What a count question counts: the words right after 'hoeveel' / 'how many' (English through the glossary).

    >>> counted_words("Hoeveel hennepkwekerijen zijn er aangetroffen?", "nl"), counted_words("Hoe vaak?", "nl")
    (['hennepkwekerijen'], [])
    >>> counted_words("Op hoeveel thema's richt Oss zich?", "nl"), counted_words("Tot hoeveel integrale casustafels?", "nl")
    (["thema's"], ['casustafels'])
    >>> counted_words("Hoeveel waren dat er, en hoeveel controles zijn er gedaan?", "nl")
    ['controles']
    """
    matches = list(V.COUNTED.finditer(question))
    counted = []
    for m in matches if V.COUNTED_EVERY_ASKING else matches[:1]:  # each "hoeveel" names what it counts
        counted += _counted_at(question, m, language)
    return counted


def part_parties(question: str, language: str) -> list[str]:
    """The parties that pick a part out of a counted whole (COUNTED_PART_PARTY), as the reports write them.

    >>> part_parties("Hoeveel van die downloads komen van gemeenteambtenaren, en hoeveel gebruikers zijn er?", "nl")
    ['gemeenteambtenaren']
    >>> part_parties("Hoeveel van de casustafels zijn nog bezig?", "nl"), part_parties("Hoeveel burgers?", "nl")
    ([], [])
    """
    parties = []
    for m in V.COUNTED.finditer(question):
        if not re.search(r"\b(?:van|of)\b", question[m.start():m.start(1)], re.I):
            continue  # no part of a whole: "hoeveel burgers" counts the burgers
        end = V.COUNTED_PART_END.search(question, m.end())
        rest = question[m.end(): end.start() if end else len(question)]
        if language == "en":
            rest = " ".join(dutch_words(rest))
        parties += V.COUNTED_PART_PARTY.findall(rest) + [p.group(0) for p in V.MEMBER_WORDS.finditer(rest)]
    return parties


def _counted_at(question: str, m: re.Match, language: str) -> list[str]:
    """What one "hoeveel" / "how many" (a match of COUNTED) counts."""
    if language == "en":  # the noun phrase (COUNTED_PHRASE_WORDS): the glossary reads "focus areas" as a phrase
        phrase = []
        for w in question[m.start(1):].split()[: V.COUNTED_PHRASE_WORDS]:
            w = w.strip("?,.;:!()'\"").lower()
            if not w or w in V.ENGLISH_FUNCTION_WORDS or w in V.NAMED_WINDOW_VERBS or w in V.QUESTION_WORDS_SET:
                break
            phrase.append(w)
        return dutch_words(" ".join(phrase) or m.group(1))
    word = m.group(1)
    if word.lower() in V.COUNTED_NOT_NOUN:
        return []  # "over hoeveel gaat het?": a verb, no noun that is counted
    after = V.COUNTED_AFTER_ADJECTIVE.match(question, m.end())
    if (word.lower().endswith("e") or word.lower() in V.COUNTED_MODIFIERS) and after:
        word = after.group(1)  # "hoeveel integrale casustafels", "hoeveel extra vertraging": the noun is counted
    return [word]


def asks_overview(question: str, language: str) -> bool:
    """Does the question ask which or how many gemeenten the documents hold (OVERVIEW), and nothing else?

    >>> asks_overview("Welke gemeenten staan in het overzicht?", "nl")
    True
    >>> asks_overview("How many municipalities are in the report?", "en")
    True
    >>> asks_overview("Welke gemeenten werken met De Vreedzame Wijk?", "nl")
    False
    >>> asks_overview("Welke Friese gemeenten staan erin?", "nl")
    False
    >>> asks_overview("Which municipalities mention 'weerbaar bestuur'?", "en")
    False
    >>> asks_overview("Which municipalities do beekeeping?", "en")
    False
    """
    if not V.OVERVIEW.search(question) or V.QUOTED_TERM.search(question):  # "which ... mention 'weerbaar bestuur'?"
        return False
    # the whole question: a premise gives the topic ("... Welke gemeenten lijken op ons?")
    rest = [w for w in re.findall(r"[\w'-]+", question) if w.lower() not in V.OVERVIEW_WORDS]
    if language == "en":  # the glossary judges only the English words it knows: any other word is a topic
        return all(w.lower() in V.ENGLISH_FUNCTION_WORDS or w.lower() in V.QUESTION_WORDS_SET for w in rest)
    return not topic_concepts(" ".join(rest), language)
