"""Evidence: the sentences that answer a question, chosen by the program before any model runs.

Candidates are the sentences of the question's gemeente record(s): every chunk of the record, split
with ``core.text.sentences_of`` (page breaks were joined at parse time), each with its neighbours in
the document. Each candidate is scored by

- multilingual dense similarity (sentence vectors computed at ingest, read from the index once),
- BM25 over sentences (Dutch stems, OCR typos folded, compounds split),
- what the question asks for: a number for "hoeveel", a date for "wanneer", a name for "wie",
  progress words for a status question (``core.vocabulary.NEEDS``),

and a sentence right after a strong match inherits part of its score, because a report often
states the subject in one sentence and the answer in the next.

    index = SentenceIndex.build(chunks, chunk_index)
    picks = index.best(question, query_vector, rows=index.rows_of(["Zwolle"]), n=3)
    [(p.sentence.text, round(p.score, 2)) for p in picks]
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from core import vocabulary as V
from core.contacts import find_contacts
from core.glossary import dutch_words, with_dutch_words
from core.text import sentences_of, stems
from core.types import Chunk
from rag.lexical import LexicalIndex, rarity
from rag.query import detect_language


@dataclass(frozen=True)
class Sentence:
    """One sentence of one document, with the chunk it came from (gemeente, section, title, date, source)."""

    text: str
    chunk: Chunk
    order: int  # position in its (document, gemeente, section) sequence

    @property
    def gemeente(self) -> str:
        return self.chunk.gemeente


@dataclass(frozen=True)
class Pick:
    """A chosen sentence: its row in the index, its score (0..~1.5) and whether it came as a neighbour."""

    row: int
    sentence: Sentence
    score: float
    own: float  # the score before inheriting from the previous sentence
    neighbour: bool = False


def question_needs(question: str) -> set[str]:
    """What kind of answer the question asks for (keys of ``core.vocabulary.NEEDS``).

    >>> sorted(question_needs("Hoeveel moeders doen mee en wanneer start het?"))
    ['date', 'number']
    >>> question_needs("Hoe heet het project van Deventer?")
    set()
    """
    needs = {name for name, (asks, _, _) in V.NEEDS.items() if asks.search(question)}
    if "name" in needs and V.PROJECT_NAME.search(question):
        needs.discard("name")  # "hoe heet het project": the title answers it
    if V.COUNT_THE_LIST.search(question) and not V.COUNTS_A_UNIT.search(question) \
            or needs & {"duration", "frequency", "hours"}:
        needs.discard("number")  # "hoeveel stappen noemt Oss?": the list answers it; a span, a rhythm, hours: their own
    if "hours" in needs:
        needs.discard("duration")  # "hoeveel uur per week": hours answer it, not a date
    if needs & V.SPECIFIC_OTHER_NEEDS:
        needs.discard("specifics")  # "sinds welke datum precies?": a date answers it, not a list
    return needs


def countable(sentence: str) -> str:
    """The sentence without the numbers that count nothing: years (a date) and a list item's number (LIST_ITEM).

    >>> countable("1. In 2019 waren er 3 controles.").split()
    ['In', 'waren', 'er', '3', 'controles.']
    """
    return V.LIST_ITEM.sub(" ", V.YEAR.sub(" ", sentence))


def listed_kind(question: str) -> set[str]:
    """The stems of the kinds whose items the question may ask for (LIST_ASKED), an English one's Dutch words too.

    >>> sorted(listed_kind("Uit welke sporen bestaat het plan?")), "spor" in listed_kind("What are the five tracks?")
    (['bestat', 'spor'], True)
    """
    words = [w for m in V.LIST_ASKED.finditer(question) for w in m.groups() if w]
    return set(stems(" ".join(words + dutch_words(" ".join(words)))))


def holds(need: str, sentence: str) -> bool:
    """Does a sentence hold what a need asks for?

    >>> holds("number", "Er doen 12 moeders mee."), holds("date", "Dat gebeurde in juni 2020."), holds("money", "Een bedrag.")
    (True, True, False)
    >>> holds("number", "In 2019 waren er controles."), holds("number", "1. Een permanente commissie ingesteld.")
    (False, False)
    """
    if need in ("number", "figures"):  # a count, not a year (FIGURES_ASKED)
        sentence = countable(sentence)
    if need == "outcome":
        if V.OUTCOME_PENDING.search(sentence):
            return False  # "de resultaten zullen in een later stadium volgen": none yet
        sentence = V.OUTCOME_REFERENCE.sub(" ", sentence)  # "op basis van de uitkomsten": a reference, no outcome
    if need == "contact":
        return bool(find_contacts(sentence))  # a link, an e-mail address, a phone number
    return bool(V.NEEDS[need][1].search(sentence))


def _lexical_query(question: str, ignore_stems: frozenset[str]) -> str:
    """The question's words as the sentence BM25 reads them: without the ignored stems, and an English question with
    the reports' Dutch words for its English ones (ENGLISH_SENTENCE_GLOSSARY)."""
    if V.TOGETHER_VERB:  # "met welke partners trekt de gemeente op?": "samenwerking", not "trekt"
        question = V.TOGETHER_VERB.sub(f" {V.TOGETHER_VERB_READS} ", question)
    question = V.CHANGE_FRAME.sub(" ", question)  # "het oorspronkelijke plan": the project as it was meant
    words = re.findall(r"[\w'-]+", question)
    words += [also for w in words for also in V.DUTCH_ALSO.get(w.lower(), ())]  # "stil": "in de wacht" (DUTCH_ALSO)
    query = " ".join(w for w in words if not (set(stems(w)) & ignore_stems))
    if V.ENGLISH_SENTENCE_GLOSSARY and detect_language(question) == "en":
        query = with_dutch_words(query)
    return query


def _asked_noun(question: str, ignore_stems: frozenset[str], lexical: LexicalIndex) -> set[str]:
    """The stems of the noun a "welke X / which X" question asks for (WHICH_NOUN), the reports' Dutch for an English
    one, and the compounds the texts write on it (COMPOUND_HEAD); empty when it asks none, or a word every record
    writes (WHICH_NOUN_SKIP)."""
    m = V.WHICH_NOUN.search(question)
    if not m or {m.group(1).lower(), (m.group(2) or "").lower()} & V.WHICH_NOUN_SKIP:
        return set()
    noun = m.group(1)
    if detect_language(question) == "en":
        noun = with_dutch_words(noun)
    asked = {s for s in stems(noun) if s not in ignore_stems}
    return asked | {c for s in asked for c in lexical.compounds_on(s)} if V.COMPOUND_HEAD else asked


class SentenceIndex:
    """Every sentence of the active index with its vector and a sentence-level BM25; read-only."""

    def __init__(self, chunks: Sequence[Chunk], vectors: np.ndarray | None = None, embed=None):
        ordered = sorted(chunks, key=lambda c: (c.source_file, c.gemeente, c.date or "", c.section, c.position))
        self.sentences: list[Sentence] = []
        prev, nxt = [], []
        key = None
        for c in ordered:
            k = (c.source_file, c.gemeente, c.date, c.section)
            if k != key:
                key, order = k, 0
            for text in sentences_of(c.text):
                row = len(self.sentences)
                start_of_sequence = order == 0
                self.sentences.append(Sentence(text, c, order))
                prev.append(-1 if start_of_sequence else row - 1)
                nxt.append(-1)
                if not start_of_sequence:
                    nxt[row - 1] = row
                order += 1
        self.prev = np.array(prev, dtype=np.int64)
        self.next = np.array(nxt, dtype=np.int64)
        texts = [s.text for s in self.sentences]
        self.vectors = vectors if vectors is not None else embed(texts)
        self.lexical = LexicalIndex(texts)
        self._gemeente = np.array([s.gemeente for s in self.sentences], dtype=object)
        # a heading or a list's intro: what the lines under it are about (HEADING_MATCH_BONUS), known once per sentence
        self._heads = np.array([is_heading(t) or (t.endswith(":") and len(t) <= V.HEADING_MAX_CHARS) for t in texts],
                               dtype=bool)
        self.gemeenten = sorted(set(self._gemeente))

    @classmethod
    def build(cls, chunks: Sequence[Chunk], index) -> "SentenceIndex":
        """From the index's chunks and its stored sentence vectors (nothing is embedded here)."""
        texts = list(dict.fromkeys(t for c in chunks for t in sentences_of(c.text)))
        by_text = dict(zip(texts, index.sentence_vectors(texts)))
        return cls(chunks, embed=lambda ts: np.stack([by_text[t] for t in ts]) if ts else np.zeros((0, 1)))

    def __len__(self) -> int:
        return len(self.sentences)

    def row_of(self, chunk_id: str, text: str) -> int | None:
        """The row of a sentence of a chunk (by its text), or None."""
        for i, s in enumerate(self.sentences):
            if s.chunk.id == chunk_id and s.text == text:
                return i
        return None

    def closest(self, query_vector: np.ndarray, rows: Sequence[int]) -> float:
        """The highest cosine of the query with these sentences (0.0 for none): how close the question's own words
        come to what the evidence says (DENSE_SUPPORT)."""
        rows = list(rows)
        return float(np.max(self.vectors[rows] @ query_vector)) if rows else 0.0

    def pick(self, row: int, score: float = 0.0) -> Pick:
        return Pick(row, self.sentences[row], score, score)

    def rows_of(self, gemeenten: Sequence[str] = (), sections: Sequence[str] = ()) -> np.ndarray:
        mask = np.ones(len(self.sentences), dtype=bool)
        if gemeenten:
            mask &= np.isin(self._gemeente, list(gemeenten))
        if sections:
            mask &= np.isin(np.array([s.chunk.section for s in self.sentences], dtype=object), list(sections))
        return np.flatnonzero(mask)

    # --- scores ---------------------------------------------------------------------------------
    def coverage(self, question: str, rows: np.ndarray, ignore_stems: frozenset[str] = frozenset()) -> float:
        """The share of the question's words (stems the reports write, each weighed by its rarity) that the
        sentences in ``rows`` write anywhere: how much of a description one record holds (WHICH_RECORD_COVERAGE)."""
        query = _lexical_query(question, ignore_stems)
        known = [s for s in dict.fromkeys(self.lexical.query_stems(query)) if s in self.lexical.vocabulary]
        total = sum(self.lexical.idf(s) for s in known)
        if not total or not len(rows):
            return 0.0
        written = set().union(*(self.lexical.doc_stems[int(r)] for r in rows))
        return sum(self.lexical.idf(s) for s in known if s in written) / total

    def scores(self, question: str, query_vector: np.ndarray, rows: np.ndarray, *, status: bool = False,
               ignore_stems: frozenset[str] = frozenset()) -> tuple[np.ndarray, np.ndarray]:
        """(final, own) score of every row in ``rows``; final = max(own, NEXT_SHARE x own of the previous). A
        sentence that points back (ANAPHORA_CARRIES) takes NEXT_SHARE x the previous one's final score instead."""
        own_all = np.zeros(len(self.sentences), dtype=np.float32)
        if not len(rows):
            return own_all[rows], own_all[rows]
        dense = _normalise_dense(self.vectors[rows] @ np.asarray(query_vector, dtype=np.float32))
        query = _lexical_query(question, ignore_stems)
        content = self.lexical.query_stems(query)
        known = [s for s in content if s in self.lexical.vocabulary]
        lexical_weight = V.LEXICAL_WEIGHT * (len(known) / len(content) if content else 0.0)
        bm25 = self.lexical.scores(query)[rows]
        top = float(bm25.max()) if bm25.size else 0.0
        lexical = bm25 / top if top > 0 else np.zeros_like(bm25)
        if V.LOCAL_RARITY_SHARE:
            local = local_rarity([self.lexical.doc_stems[int(r)] for r in rows], set(known))
            lexical = (1 - V.LOCAL_RARITY_SHARE) * lexical + V.LOCAL_RARITY_SHARE * local
        own = (V.DENSE_WEIGHT * dense + lexical_weight * lexical) / (V.DENSE_WEIGHT + lexical_weight)
        needs = question_needs(question)
        asked = set(content)
        kind = _asked_noun(question, ignore_stems, self.lexical) if V.WHICH_NOUN_BONUS else set()
        for i, row in enumerate(rows):
            text = self.sentences[row].text
            own[i] += V.NEED_BONUS * sum(holds(n, text) * (V.PREFERRED_NEED_WEIGHT if n in V.PREFERRED_NEEDS else 1.0)
                                         for n in needs) / max(1, len(needs))
            if kind and kind & self.lexical.doc_stems[int(row)]:
                own[i] += V.WHICH_NOUN_BONUS  # "welke commissie ...?": a sentence that writes "commissie"
            if status and V.PROGRESS.search(text):
                own[i] += V.PROGRESS_BONUS
            if status and self.sentences[row].chunk.section == "stand van zaken":
                own[i] += V.STATUS_SECTION_BONUS
            if V.HEADING_MATCH_BONUS and self.names_heading(row, asked, ignore_stems):
                own[i] += V.HEADING_MATCH_BONUS  # "2. Veilige werkomgeving:" for "de pijler veilige werkomgeving"
        own_all[rows] = own
        inherited = np.where(self.prev[rows] >= 0, V.NEXT_SHARE * own_all[np.maximum(self.prev[rows], 0)], 0.0)
        final = np.maximum(own, inherited)
        if V.ANAPHORA_CARRIES:
            final_all = np.zeros(len(self.sentences), dtype=np.float32)
            final_all[rows] = final
            for i in np.argsort(rows, kind="stable"):  # in document order: a chain of them carries on
                prev = int(self.prev[rows[i]])
                if prev >= 0 and V.ANAPHORA.match(self.sentences[rows[i]].text):
                    final[i] = final_all[rows[i]] = max(final[i], V.NEXT_SHARE * final_all[prev])
        return final, own

    def names_heading(self, row: int, asked: set[str], ignore_stems: frozenset[str] = frozenset()) -> bool:
        """Is the sentence a heading (or a list's intro) whose every word the question asks (stems)?"""
        if not self._heads[row]:
            return False
        heading = self.lexical.doc_stems[int(row)] - ignore_stems
        return bool(heading) and heading <= asked

    def best(self, question: str, query_vector: np.ndarray, rows: np.ndarray, n: int = V.EVIDENCE_PICKS, *,
             status: bool = False, with_next: bool = V.WITH_NEXT,
             ignore_stems: frozenset[str] = frozenset()) -> list[Pick]:
        """The n best sentences among ``rows`` (each with its next sentence when that one scores close),
        in document order."""
        final, own = self.scores(question, query_vector, rows, status=status, ignore_stems=ignore_stems)
        position = {int(r): i for i, r in enumerate(rows)}
        order = np.argsort(-final, kind="stable")[:n]
        chosen: dict[int, Pick] = {}

        def add(row: int, neighbour: bool) -> None:
            if row >= 0 and row in position and row not in chosen:
                j = position[row]
                chosen[row] = Pick(row, self.sentences[row], float(final[j]), float(own[j]), neighbour=neighbour)

        def following(row: int, opens: re.Pattern) -> int:  # the next sentence when it opens so, else -1
            nxt = int(self.next[row])
            return nxt if nxt >= 0 and opens.match(self.sentences[nxt].text) else -1

        def every(holds_it: Callable[[int], bool], most: int, then_next: bool = False, best: bool = False) -> None:
            """Every row for which ``holds_it``, whatever it scores, if there are at most ``most`` of them (``best``:
            else the ``most`` best-scored of them)."""
            said = [int(r) for r in rows if holds_it(int(r))]
            if best and len(said) > most:
                said = sorted(sorted(said, key=lambda row: -final[position[row]])[:most])
            for row in said if len(said) <= most else []:
                add(row, False)
                if then_next:
                    add(int(self.next[row]), True)

        def says(pattern: re.Pattern) -> Callable[[int], bool]:
            return lambda row: bool(pattern.search(self.sentences[row].text))

        for i in order:
            add(int(rows[i]), False)
        question_stems = set(self.lexical.query_stems(_lexical_query(question, ignore_stems)))
        if V.NAMED_HEADINGS_PICKED:  # the headings the question names, with the lines under them
            every(lambda row: self.names_heading(row, question_stems, ignore_stems), V.NAMED_HEADINGS_MAX)
        needs = question_needs(question)
        if V.CHANGE_PICKED and ("change" in needs  # how the plan changed, and what came instead
                                or status and V.CHANGE_IN_STATUS):  # ... which is where it stands (CHANGE_IN_STATUS)
            every(says(V.CHANGE_PICKED), V.CHANGE_PICKED_MAX, then_next=True)
        if V.PARTNERS_PICKED and "partners" in needs:  # with whom, naming a party: "in nauwe samenwerking met ..."
            every(lambda row: bool(V.PARTNERS_PICKED.search(text := self.sentences[row].text)
                                   and V.MEMBER_WORDS.search(text)), V.PARTNERS_PICKED_MAX)
        if V.TARGET_PICKED_MAX and "target" in needs:  # whom it aims at: its goal ("Het doel is om ondernemers ...")
            every(says(V.NEEDS["target"][1]), V.TARGET_PICKED_MAX)
        # Every sentence a pattern names, whatever it scores, when the question asks for that: (pattern, at most, asked,
        # and whether a record that writes more than that many shows its best-scored ones rather than none).
        # Read from V at each call, so a rule switched off at run time (None) is off here. Each adds picks of its own
        # (neighbour=False), so their order does not matter.
        shown_when_asked = (
            (V.DELAY_PICKED, V.DELAY_PICKED_MAX, bool(V.DELAY_PICKED and V.DELAY_FRAME.search(question))),  # held up
            (V.HINDRANCE_PICKED, V.HINDRANCE_PICKED_MAX,  # what stands in its way (HINDRANCE_FRAME)
             bool(V.HINDRANCE_PICKED and V.HINDRANCE_FRAME.search(question))),
            (V.RISK_PICKED, V.RISK_PICKED_MAX, bool(V.RISK_PICKED and V.RISK_FRAME.search(question))),  # the risk
            (V.ENCLOSING_PICKED, V.ENCLOSING_PICKED_MAX,  # what it is part of ("in welk groter project ...?")
             bool(V.ENCLOSING_PICKED and V.ENCLOSING_FRAME.search(question)), True),
            (V.STALLED_PICKED, V.STALLED_PICKED_MAX, status or "change" in needs),  # what did not go on
            (V.PHASE_PICKED, V.PHASE_PICKED_MAX, status),  # the phase it is in now
            (V.REACHED_PICKED, V.REACHED_PICKED_MAX, status),  # what it has reached already, counted
            (V.NEXT_PICKED, V.NEXT_PICKED_MAX, "next" in needs, V.NEXT_PICKED_BEST),  # what comes next
            (V.DONE_PICKED, V.DONE_PICKED_MAX,  # whether it ended ("is it still running?")
             bool(V.STILL_RUNNING_FRAME.search(question)), True),
            # what it began or ended with (STEP_FRAMES), what happens in the season it names (SEASON_PICKED)
            *((names, V.STEP_PICKED_MAX, bool(asks.search(question))) for asks, names in V.STEP_FRAMES),
            *((names, V.SEASON_PICKED_MAX, bool(asks.search(question))) for asks, names in V.SEASON_PICKED or ()),
        )
        for pattern, most, asked, *best in shown_when_asked:
            if pattern and asked:
                every(says(pattern), most, best=any(best))
        if V.NOT_YET_PICKED and V.NOT_YET_ASKED.search(question):  # "is het dashboard al bruikbaar?": "nog niet"
            named = question_stems - V.GENERIC_STEMS - V.QUESTION_STEMS
            every(lambda row: bool(V.NOT_YET_PICKED.search(self.sentences[row].text)
                                   and self.lexical.doc_stems[row] & named), V.NOT_YET_PICKED_MAX, best=True)
        if V.NUMBER_QUOTED_PICKED_MAX and (written := self.quoted_numbers(question, rows)):  # "the figure of 400"
            most = max(written.values())  # the sentences that write most of them ("12 ... (7 ...)")
            every(lambda row: written.get(row) == most, V.NUMBER_QUOTED_PICKED_MAX, best=True)
        if V.LABELLED_ITEM and (kind := listed_kind(question)):  # "uit welke sporen bestaat het?": "Spoor 1:" ...
            every(lambda row: bool((m := V.LABELLED_ITEM.match(self.sentences[row].text))
                                   and set(stems(m.group(1))) & kind), V.LABELLED_ITEMS_MAX)
        if V.LABELLED_ITEM and V.LABELLED_NAMED and (  # "wat houdt spoor 4 in?": that item and the lines under it
                named := {(w.lower(), n) for w, n in V.LABELLED_NAMED.findall(question)}):
            for row in [int(r) for r in rows]:
                m = V.LABELLED_ITEM.match(self.sentences[row].text)  # "Spoor 4:": its label and its number
                if not (m and (m.group(1).lower(), m.group(2)) in named):
                    continue
                add(row, False)
                body = row
                for _ in range(V.LABELLED_BODY_MAX):
                    body = int(self.next[body])
                    if body < 0 or V.LABELLED_ITEM.match(self.sentences[body].text):
                        break
                    add(body, True)
        for pick in [p for p in chosen.values() if not p.neighbour]:
            nxt = int(self.next[pick.row])
            if with_next and nxt >= 0 and nxt in position and final[position[nxt]] >= V.NEXT_KEEP * pick.score:
                add(nxt, True)
            for row in self.context(pick.row):
                add(row, True)
        if with_next and V.NEIGHBOUR_BRINGS_POINTER:  # ... and a neighbour the sentence that points back to it
            for pick in [p for p in chosen.values() if p.neighbour]:
                add(following(pick.row, V.ANAPHORA), True)
        if V.NEIGHBOUR_BRINGS_CONTEXT:  # ... and what a neighbour cannot be read without
            for pick in [p for p in chosen.values() if p.neighbour]:
                for row in self.context(pick.row):
                    add(row, True)
        if with_next:  # ... and every sentence shown, the one after it that adds to its point (ADDITIVE_NEXT)
            for row in sorted(chosen):  # one step: what it brings brings no more ...
                end = row  # ... but a fragment that completes it is part of it (FRAGMENT_NEXT), and so is its next
                while V.FRAGMENT_NEXT and (fragment := following(end, V.FRAGMENT_NEXT)) >= 0:
                    add(fragment, True)
                    end = fragment
                add(following(end, V.ADDITIVE_NEXT), True)
                if V.CONSEQUENCE_NEXT:  # ... and the one that draws its conclusion ("hangt daarom af van 1 persoon")
                    add(following(end, V.CONSEQUENCE_NEXT), True)
        if V.NOW_REACH:  # where the passage shown stands now, a sentence or two on ("Inmiddels liggen er ...": NOW_OPENING)
            for row in sorted(chosen):
                run, nxt = [], int(self.next[row])
                while nxt >= 0 and len(run) < V.NOW_REACH and nxt not in chosen:
                    run.append(nxt)
                    if V.NOW_OPENING.match(self.sentences[nxt].text):
                        for r in run:
                            add(r, True)
                        break
                    nxt = int(self.next[nxt])
        if V.GAP_FILLED:  # one sentence between two shown ones is shown too: the passage reads on (GAP_FILLED)
            for row in sorted(chosen):
                between = int(self.next[row])
                if between >= 0 and between not in chosen and int(self.next[between]) in chosen:
                    add(between, True)
        return sorted(chosen.values(), key=lambda p: p.row)

    def quoted_numbers(self, question: str, rows) -> dict[int, int]:
        """The rows that write numbers the question writes (NUMBER_QUOTED), each with how many of them it writes."""
        numbers = set(V.NUMBER_QUOTED.findall(question))
        written = {int(r): len(numbers & set(V.NUMBER_QUOTED.findall(self.sentences[int(r)].text)))
                   for r in rows} if numbers else {}
        return {row: n for row, n in written.items() if n}

    def opening(self, rows: np.ndarray, n: int) -> list[Pick]:
        """The first n sentences of the beschrijving among ``rows`` (else of the rows): what the project is."""
        described = [int(r) for r in rows if self.sentences[r].chunk.section == "beschrijving"] or [int(r) for r in rows]
        picks = [self.pick(r, 1.0) for r in sorted(described)[:n]]
        if V.OPENING_BRINGS_ORDINALS:  # a counting opening sentence brings its list written out (ORDINAL_OPENING)
            shown = {p.row for p in picks}
            for opening_pick in list(picks):
                for r in self._ordinals(opening_pick.row):
                    if r not in shown:
                        shown.add(r)
                        picks.append(replace(self.pick(r, 1.0), neighbour=True))
        return sorted(picks, key=lambda p: p.row)

    def _ordinals(self, row: int) -> list[int]:
        """The ordinal sentences right after a counting sentence ("vijf thema's. De eerste ... Het derde ...")."""
        if not holds("number", self.sentences[row].text):
            return []
        return self._run_after(row, lambda text: bool(V.ORDINAL_OPENING.match(text)), gap=V.ORDINAL_GAP)

    def _run_after(self, row: int, belongs, gap: int = 0) -> list[int]:
        """The sentences right after ``row`` for which ``belongs(text)`` holds, at most LIST_MAX_ITEMS of them; with
        ``gap``, up to that many sentences that do not belong may stand between two that do (ORDINAL_GAP)."""
        out: list[int] = []
        between: list[int] = []  # the sentences since the last one that belongs
        item = int(self.next[row])
        while item >= 0 and len(out) + len(between) < V.LIST_MAX_ITEMS:
            if belongs(self.sentences[item].text):
                out, between = out + between + [item], []
            elif out and len(between) < gap:
                between.append(item)
            else:
                break
            item = int(self.next[item])
        return out

    def _back_within(self, row: int, reach: int, holds: Callable[[int], bool]) -> int:
        """The nearest row before ``row`` in its record, at most ``reach`` back, for which ``holds``; -1 for none."""
        back, steps = int(self.prev[row]), 1
        while back >= 0 and steps <= reach:
            if holds(back):
                return back
            back, steps = int(self.prev[back]), steps + 1
        return -1

    def _named_earlier(self, row: int) -> list[int]:
        """The sentence, up to NAMED_REFERENT_REACH back, that names in full what this one refers to by its noun
        (NAMED_REFERENT); none when this one names it itself."""
        text = self.sentences[row].text
        nouns = {m.group(1) for m in V.NAMED_REFERENT.finditer(text)} if V.NAMED_REFERENT else set()
        found = [self._back_within(row, V.NAMED_REFERENT_REACH, lambda r, n=noun: _named_in(self.sentences[r].text, n))
                 for noun in nouns if not _named_in(text, noun)]
        return [r for r in found if r >= 0]

    def _terms_after(self, row: int) -> list[int]:
        """The list items right after the item ``row`` that are terms too, with its marker ("- ", or a number):
        the rest of a list of terms (LIST_ITEM_BRINGS_REST, HEADING_LIST_RUNS_ON)."""
        marker = self.sentences[row].text[:1]
        return self._run_after(row, lambda t: bool(V.LIST_ITEM.match(t)) and _a_term(t) and t[:1] == marker)

    def context(self, row: int) -> list[int]:
        """The rows a sentence cannot be read without (core.vocabulary: anaphora, heading, list)."""
        text = self.sentences[row].text
        out: list[int] = []
        prev = int(self.prev[row])
        if prev >= 0 and (V.ANAPHORA.match(text) or V.ANAPHORA_INSIDE.search(text)
                          or V.ANAPHORA_TIME and V.ANAPHORA_TIME.search(text)):  # "is toen ... gegaan"
            out.append(prev)
            named = V.ANAPHORA_NOUN.match(text) if V.ANAPHORA_NOUN_REACH else None
            noun = set(self.lexical.query_stems(named.group(1))) if named else set()
            if noun:  # ... or, up to ANAPHORA_NOUN_REACH back, the one that writes its noun
                back = self._back_within(row, V.ANAPHORA_NOUN_REACH, lambda r: bool(noun & self.lexical.doc_stems[r]))
                if back not in (-1, prev):
                    out.append(back)
        out += self._named_earlier(row)  # "in een bredere buurtvisie": "de Buurtvisie Gestelse Buurt" (NAMED_REFERENT)
        if V.LIST_ITEM.match(text):  # an item: back to the list's intro
            intro = prev
            while intro >= 0 and V.LIST_ITEM.match(self.sentences[intro].text):
                intro = int(self.prev[intro])
            if intro >= 0:
                out.append(intro)
                prev = intro
            if V.LIST_ITEM_BRINGS_REST and _a_term(text):  # ... and a term, the terms after it (LIST_ITEM_BRINGS_REST)
                out += self._terms_after(row)
        if prev >= 0 and is_heading(self.sentences[prev].text) and not is_heading(text):
            out.append(prev)
        if is_heading(text):  # a heading: the lines under it
            ends = V.NUMBERED_HEADING.match if V.NUMBERED_HEADING.match(text) else is_heading
            body, lines = int(self.next[row]), len(out)
            for _ in range(V.HEADING_BODY):
                if body < 0 or ends(self.sentences[body].text):
                    break
                out.append(body)
                body = int(self.next[body])
            last = self.sentences[out[-1]].text if len(out) > lines else ""
            if V.HEADING_LIST_RUNS_ON and V.LIST_ITEM_BRINGS_REST and V.LIST_ITEM.match(last) and _a_term(last):
                out += self._terms_after(out[-1])  # ... and a list of terms begun under it, to its end
        if V.QUESTIONS_ARE_A_LIST and text.endswith("?"):  # a question of the report's own: the ones after it
            out += self._run_after(row, lambda t: t.endswith("?"))
        out += self._ordinals(row)  # a count: the ordinal sentences after it (ORDINAL_OPENING)
        if text.endswith(":"):  # an intro: its items
            out += self._run_after(row, lambda t: bool(V.LIST_ITEM.match(t)))
        return out


def _named_in(text: str, noun: str) -> bool:
    """Does ``text`` name a thing by ``noun``: the noun capitalised, followed by a capitalised word ("Buurtvisie Gestelse
    Buurt"), not opening a heading's item ("Spoor 1: Organiseren Draagvlak")?

    >>> _named_in("namelijk de Buurtvisie Gestelse Buurt.", "buurtvisie"), _named_in("De buurtvisie is klaar.", "buurtvisie")
    (True, False)
    """
    return any(not text[:m.start()].rstrip().endswith(":")
               for m in re.finditer(rf"\b{re.escape(noun.capitalize())}\s+[A-Z]", text))


def _a_term(item: str) -> bool:
    """A list item of at most LIST_ITEM_BRINGS_REST words after its marker: a term, not a sentence ("- HEIT-controle").

    >>> _a_term("- HEIT-controle"), _a_term("- Er is een nulmeting Veilige Publieke Taak gehouden;")
    (True, False)
    """
    return len(V.LIST_ITEM.sub("", item).split()) <= V.LIST_ITEM_BRINGS_REST


def is_heading(text: str) -> bool:
    """A short line without a full stop: 'Festival weerbaarheid', '4.1 Ontmoedigingstraject'.

    >>> is_heading("Festival weerbaarheid"), is_heading("Het festival ging niet door."), is_heading("- een item")
    (True, False, False)
    """
    return len(text) <= V.HEADING_MAX_CHARS and not text.endswith((".", "!", "?", ":", ";", ",")) \
        and not V.LIST_ITEM.match(text)


def without_names(question: str, matcher) -> str:
    """The question without the gemeente names in it: within one gemeente's record the name says nothing
    about which sentence answers, and it would favour every sentence that repeats it.

    >>> from core.names import GemeenteMatcher
    >>> without_names("Wat doet Den Bosch met de winkelstrip?", GemeenteMatcher(corpus_names=["'s-Hertogenbosch"]))
    'Wat doet met de winkelstrip?'
    """
    for m in reversed(matcher.find(question)):
        tag = V.PROVINCE_TAG.match(question, m.end)  # "Ede (Gld.)": the province is part of the name
        question = question[: m.start] + question[tag.end() if tag else m.end :]
    return " ".join(question.split()).replace(" ?", "?")


def without_intro(question: str) -> str:
    """The question without the sentence that says who asks (ASKER_INTRO), when another sentence remains and the
    question does not refer to the asker again (ASKER_REFERRED: "... mijn rol ...", "zijn corporaties zoals wij ..."),
    without the sentence about the asker's own place (ASKER_SITUATION: "Bij ons in Paramaribo kennen we ..."), when the
    rest neither refers to the asker nor points back to that place (SITUATION_POINTED: "daarover", "dat al"), and
    without who said the claim it checks (HEARSAY: "Een collega zegt dat ..."; QUOTE_SOURCE: "In een mail van het RIEC
    staat: '...'") and without whom the asker is about to meet (MEETING_INTRO: "Ik zie zo de burgemeester van
    Vlaardingen."); an instruction is read as its question (IMPERATIVE_AS_QUESTION: "Noem de straten ..." as "Welke
    straten ...").

    >>> without_intro("Wij werken voor het RIEC in de regio Rijnmond. Waar richt het project van Schiedam zich op?")
    'Waar richt het project van Schiedam zich op?'
    >>> without_intro("I work for the ministry.")
    'I work for the ministry.'
    >>> question = "Ik ben wijkagent in Ede en hoor dat mijn rol meegenomen wordt. Is dat al uitgewerkt?"
    >>> without_intro(question) == question
    True
    """
    intro = V.ASKER_INTRO.search(question)
    if intro and V.ASKER_REFERRED.search(question, intro.start() + len(intro.group(0).split()[0])):
        return question  # who asks is part of what is asked
    rest = V.ASKER_INTRO.sub(" ", question)
    situation = V.ASKER_SITUATION.search(rest) if V.ASKER_SITUATION else None  # "Bij ons in Paramaribo kennen we ..."
    if situation and not V.ASKER_REFERRED.search(rest, situation.end()) \
            and not V.SITUATION_POINTED.search(rest, situation.end()):  # "... daarover besloten?": it is the topic
        rest = rest[:situation.start()] + " " + rest[situation.end():]
    rest = V.HEARSAY.sub(" ", rest) if V.HEARSAY_IS_FRAME else rest
    rest = V.QUOTE_SOURCE.sub(" ", rest) if V.QUOTE_SOURCE else rest  # "In een mail van het RIEC staat: '...'"
    rest = V.MEETING_INTRO.sub(" ", rest) if V.MEETING_INTRO else rest  # "Ik zie zo de burgemeester van ..."
    rest = " ".join(V.REQUEST_FRAME.sub(" ", rest).split())  # what was cut leaves no space to open a sentence with
    for instruction, asked in V.IMPERATIVE_AS_QUESTION:  # "Noem de straten ...": "Welke straten ..."
        rest = instruction.sub(asked, rest)
    return " ".join(rest.split()) if rest.strip() else question


def local_rarity(docs: Sequence[frozenset[str]], query: set[str]) -> np.ndarray:
    """Each candidate's question words, weighted by how rare each is AMONG THE CANDIDATES (0..1, best 1).

    In Tilburg's record "Groenewoud" stands in many sentences and "wijkloop" in one: asked "op welke dag lopen
    de wijkprofessionals in Groenewoud hun wijkloop?", the wijkloop sentence is the one that tells them apart.

    >>> local_rarity([frozenset({"groenewoud", "academie"}), frozenset({"groenewoud", "wijklop"}),
    ...               frozenset({"groenewoud"})], {"groenewoud", "wijklop"}).astype(float).round(2).tolist()
    [0.12, 1.0, 0.12]
    """
    if not docs or not query:
        return np.zeros(len(docs), dtype=np.float32)
    held = [d & query for d in docs]
    df = {q: sum(q in h for h in held) for q in query}
    score = np.array([sum(rarity(len(docs), df[q]) for q in h) for h in held], dtype=np.float32)
    top = float(score.max())
    return score / top if top > 0 else np.zeros_like(score)


def _normalise_dense(scores: np.ndarray) -> np.ndarray:
    """Cosines -> 0..1 per question: the median candidate 0, the best 1 (e5 cosines sit in a narrow band).

    >>> _normalise_dense(np.array([0.70, 0.75, 0.80, 0.90])).round(2).tolist()
    [0.0, 0.0, 0.2, 1.0]
    """
    if scores.size == 0:
        return scores
    mid, top = float(np.median(scores)), float(scores.max())
    if top - mid <= 1e-9:
        return np.zeros_like(scores)
    return np.clip((scores - mid) / (top - mid), 0.0, 1.0)
