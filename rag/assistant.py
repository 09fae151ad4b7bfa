"""The one entry point the CLI, the app and the eval harness share: retrieve, choose evidence, answer.

    assistant = Assistant(settings)          # loads index, sentence vectors, lexical indexes; generator lazily
    answer = assistant.ask("Hoe staat het met Zwolle?", llm="extractive")
    answer.text, answer.evidence, answer.citations, answer.lead, answer.retrieved, answer.timings_ms

The program owns evidence, citations and refusals (rag/evidence.py, rag/support.py, rag/answer.py);
a model only writes a lead that rag/verify.py checks against the evidence before it is shown.
One Assistant per process serves every session: its state is read-only after construction,
generators are cached per backend name.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace

import numpy as np

from core import vocabulary as V
from core.embed import build_embedder
from core.names import default_matcher
from core.text import split_sentences, without_markup
from core.types import Answer, Hit
from ingest.index import ChunkIndex
from rag.answer import (Group, nearby_evidence, number_sources, quoted_answer, refusal_text, unknown_gemeente_message,
                        with_marker)
from rag.evidence import SentenceIndex, question_needs, without_intro, without_names
from rag.generator import GeneratorError
from rag.lead import LEAD_MAX_TOKENS, LEAD_SCHEMA, Lead, lead_messages, model_reading, parse_lead, partial_lead
from rag.query import QueryPlan, listed_items, plan_query, without_letter
from rag.retrieve import Retriever, best_per_gemeente
from rag.support import (Support, absent_field_things, as_asked, asks_overview, either_groups, judge, named_kinds,
                          names_known, names_of_kinds, names_one, topic_concepts, topic_stems)
from rag.verify import Verdict, doomed, verify_lead

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Turn:
    """One earlier exchange in a conversation (for follow-up questions)."""

    question: str
    answer: str
    gemeenten: tuple[str, ...] = ()  # the gemeenten the answer was about / cited


class QuestionProblem(ValueError):
    """An empty or oversized question; the message is fit to show the user."""


class Assistant:
    def __init__(self, settings, *, generator=None, embedder=None, index: ChunkIndex | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or build_embedder(settings)
        self.index = index or ChunkIndex(settings, self.embedder)
        self.retriever = Retriever(settings, self.embedder, self.index)
        self.gemeenten = self.retriever.gemeenten
        self.matcher = default_matcher(tuple(self.gemeenten))
        self.sentences = SentenceIndex.build(self.retriever.chunks, self.index)
        self._corpus_text = " ".join(c.text for c in self.retriever.chunks).lower()
        self._kind_names: dict[tuple[str, ...], frozenset[str]] = {}  # kinds -> names the records give them
        self._titles = list(dict.fromkeys((c.gemeente, c.title) for c in self.retriever.chunks if c.title))
        self._generators: dict[str, object] = {}
        if generator is not None:  # tests inject a FakeGenerator: it answers for its own name ("fake")
            self._generators[getattr(generator, "name", "fake")] = generator
        self._lock = threading.Lock()
        self.last_verdict = None  # the verifier's verdict on the last lead (for eval and tests)

    # --- generators -----------------------------------------------------------------------------
    def generator(self, name: str):
        """The generator for a backend name, built once per process."""
        with self._lock:
            if name not in self._generators:
                from rag.llm import build_generator

                self._generators[name] = build_generator(self.settings, name)
            return self._generators[name]

    def warm_up(self, backend: str) -> float:
        """Load the backend's model and let it read the fixed system prompt once, so the first visitor's
        question is no slower than later ones (llama.cpp keeps the prompt's KV cache). Returns seconds."""
        started = time.perf_counter()
        if backend == "extractive":
            return 0.0
        generator = self.generator(backend)
        if hasattr(generator, "load"):
            generator.load()
        from core.types import Evidence

        sample = [Evidence(1, self.gemeenten[0] if self.gemeenten else "", "beschrijving", "Een zin.")]
        kwargs = {"schema": LEAD_SCHEMA} if getattr(generator, "supports_schema", False) else {}
        for _ in generator.stream(lead_messages("Wat doet de gemeente?", "nl", sample), max_tokens=1,
                                  temperature=0.0, **kwargs):
            pass
        return time.perf_counter() - started

    def reloaded(self) -> "Assistant":
        """A new Assistant over the index's active generation (after an upload or a delete), sharing this
        one's settings, embedder, index client and generators: only the retriever's state is rebuilt."""
        fresh = Assistant(self.settings, embedder=self.embedder, index=self.index)
        with self._lock:
            fresh._generators.update(self._generators)
        return fresh

    # --- retrieval ------------------------------------------------------------------------------
    def plan(self, question: str, history: Sequence[Turn] | None = None, gemeenten: Sequence[str] | None = None) -> QueryPlan:
        previous = tuple(history[-1].gemeenten) if history else ()
        return plan_query(question, self.matcher, previous, gemeenten or (), titles=self._titles)

    def retrieve(self, question: str, *, gemeenten: Sequence[str] | None = None, sections: Sequence[str] | None = None,
                 history: Sequence[Turn] | None = None, plan: QueryPlan | None = None, k: int | None = None) -> list[Hit]:
        plan = plan or self.plan(question, history, gemeenten)
        query = question
        if plan.from_history:  # "En hoe staat het daar?" -> search as if the gemeente was named
            query = f"{question} {' '.join(plan.gemeenten)}"
        if plan.language == "en":  # English words -> the Dutch words of the reports, for BM25
            from core.glossary import dutch_words

            query = f"{query} {' '.join(dutch_words(question))}"
        prefer = "stand van zaken" if plan.kind == "status" else None
        if plan.kind == "set" and not plan.gemeenten:
            hits = self.retriever.search(query, k=V.SET_WIDTH, gemeenten=(), sections=sections or (), prefer_section=prefer)
            return best_per_gemeente(self._lexically_strong(query, hits))[:V.SET_MAX_GEMEENTEN]
        # Searching within the named gemeenten, their name tells no chunk from another: the dense side embeds the
        # question without names, the very text the evidence step embeds, so a question costs one embedding (the
        # embedder is most of the CPU time before the sources show, and visitors share two cores).
        dense_query = (without_names(question, self.matcher) or question) if plan.gemeenten else None
        if V.WHICH_WIDTH and not k and not plan.gemeenten and plan.kind in ("plain", "status"):
            k = max(V.WHICH_WIDTH, self.settings.top_k)  # "welke gemeente ...?": more records compete (WHICH_WIDTH)
        return self.retriever.search(query, k=k or self.settings.top_k, gemeenten=plan.gemeenten,
                                     sections=sections or (), prefer_section=prefer, dense_query=dense_query)

    def _with_listed_gemeenten(self, group: Group, any_other: bool = False) -> Group:
        """The group with its record's sentences that list gemeenten by name (GEMEENTEN_LISTED), at most
        GEMEENTEN_LISTED_MAX: "met welke andere gemeenten werkt Culemborg aan een gedragscode?" is answered by "de drie
        samenwerkende gemeenten Culemborg, West Betuwe en Tiel", whatever it scores. ``any_other``: also a sentence
        that names one other gemeente of the reports ("o.a. de gemeente Utrecht"; GEMEENTE_IT_NAMES)."""
        def names_others(text: str) -> bool:
            return bool(V.GEMEENTEN_LISTED.search(text)) or any_other and any(
                m.canonical != group.gemeente for m in self.matcher.find(text) if m.in_corpus)
        rows = [int(r) for r in self.sentences.rows_of([group.gemeente])
                if names_others(self.sentences.sentences[int(r)].text)]
        shown = {p.row for p in group.picks}
        added = [self.sentences.pick(r) for r in rows if r not in shown]
        if not added or len(rows) > V.GEMEENTEN_LISTED_MAX:
            return group
        return replace(group, picks=tuple(sorted(list(group.picks) + added, key=lambda p: p.row)))

    def _with_named(self, group: Group, topic: str, vector: np.ndarray, status: bool, sections,
                    language: str) -> Group:
        """The group with the record's best sentence that names a kind the question asks the name of (NAMED_PICKED),
        when none of its picks does: "Om welke straat draait het project?" is answered by "Het onderbrengen van de
        Hildebrandstraat ...", which shares no word with the question."""
        kinds = named_kinds(topic, language)
        if not kinds:
            return group
        known = self._names_of_kinds(as_asked(kinds)) if V.NAMED_KIND_FROM_CORPUS else frozenset()

        def names(text: str) -> bool:
            return names_one(kinds, text, topic, self._is_gemeente) \
                or names_known(text, topic, known, self._is_gemeente)

        if any(names(p.sentence.text) for p in group.picks):
            return group
        rows = self.sentences.rows_of([group.gemeente], sections or ())
        naming = np.asarray([int(r) for r in rows if names(self.sentences.sentences[int(r)].text)], dtype=int)
        if not naming.size and V.NAMED_KIND_SHOWN:  # none named: what the record says of the kind ("in twee wijken")
            writes = re.compile(rf"\w*(?:{'|'.join(map(re.escape, kinds))})\b", re.I)
            pointing = re.compile(rf"\b(?:deze|die|these|those)\s+{writes.pattern}", re.I)

            def of_the_kind(text: str) -> bool:  # writes the kind's word, not pointing back ("in deze wijken")
                return bool(writes.search(text)) and not pointing.search(text)

            shown = {p.sentence.text for p in group.picks}
            if any(of_the_kind(t) for t in shown):
                return group
            naming = np.asarray([int(r) for r in rows if (t := self.sentences.sentences[int(r)].text) not in shown
                                 and of_the_kind(t)], dtype=int)
        if not naming.size:
            return group
        final, _ = self.sentences.scores(topic, vector, naming, status=status, ignore_stems=V.QUESTION_STEMS)
        row = int(naming[int(np.argmax(final))])
        return replace(group, picks=tuple(sorted([*group.picks, self.sentences.pick(row)], key=lambda p: p.row)))

    def _lexically_strong(self, query: str, hits: Sequence[Hit]) -> list[Hit]:
        """For set questions: keep hits whose BM25 score is near the best one's; a gemeente that shares
        only a common word with the question ("wijk") is not one that "works with De Vreedzame Wijk"."""
        scores = self.retriever.lexical.scores(query)
        if not scores.size or scores.max() <= 0:
            return list(hits)
        floor = V.SET_RELATIVE_SCORE * float(scores.max())
        return [h for h in hits if scores[self.retriever.position[h.chunk.id]] >= floor]

    # --- evidence -------------------------------------------------------------------------------
    def evidence(self, question: str, plan: QueryPlan, hits: Sequence[Hit],
                 sections: Sequence[str] | None = None) -> tuple[list[Group], Support]:
        """The sentences that answer, grouped per gemeente, and how well they support the question."""
        topic = without_names(question, self.matcher)
        if plan.kind != "comparable":  # who asks is not what is asked, unless the asker's situation is the question
            topic = without_intro(topic)
        vector = self.query_vector(topic or question)
        status = plan.kind == "status"
        ignore = V.QUESTION_STEMS
        judged_language = plan.language
        no_others = False  # a set question asking for other gemeenten than it names, and none found (ASKS_OTHERS)
        if plan.kind == "set":
            gemeenten = list(dict.fromkeys(h.chunk.gemeente for h in hits))  # a named gemeente's chunks: once
            term_rows: dict[str, list[int]] = {}
            quoted = self._set_by_quote(topic, sections) if not plan.gemeenten else {}
            if quoted:  # "welke gemeenten schrijven 'weerbaar bestuur'?": the records that write it, and no other
                term_rows, gemeenten = quoted, list(quoted)[:V.SET_MAX_GEMEENTEN]
                # what the answer must hold (judged below), in the reports' language, which wrote it
                topic, judged_language = " ".join(V.QUOTED_TERM.findall(topic)), "nl"
            elif not plan.gemeenten:  # a long record's one matching sentence is lost in its chunk's score
                term_rows = self._set_by_term(topic, plan.language, sections)
                share = self._sentence_shares(topic, vector, status, sections)
                by_sentence = [g for g in share if share[g] >= V.SET_SENTENCE_SHARE]
                if term_rows:  # a rare term found: a gemeente found by its passage alone needs a sentence as well
                    # ... and one found by the term alone, a sentence of a third of the best (SET_TERM_SENTENCE_SHARE)
                    term_rows = {g: rows for g, rows in term_rows.items()
                                 if g in gemeenten or share.get(g, 0.0) >= V.SET_TERM_SENTENCE_SHARE}
                    gemeenten = [g for g in gemeenten
                                 if g in term_rows or share.get(g, 0.0) >= V.SET_PASSAGE_SENTENCE_SHARE]
                gemeenten = list(dict.fromkeys(list(term_rows) + gemeenten + by_sentence))
                gemeenten = gemeenten[:V.SET_MAX_GEMEENTEN]
            groups = [self._group(g, topic, vector, V.SET_PICKS, status, sections, judged_language, term_rows.get(g))
                      for g in gemeenten]
            if plan.gemeenten and V.ASKS_OTHERS.search(question):  # "welke gemeenten nog meer?": not the one named,
                asked = self._asked_for_others(question, plan.gemeenten)  # (the one the part that asks it names)
                groups = [self._with_listed_gemeenten(g) if g.gemeente in asked else g for g in groups]
                others = [g for g in groups if g.gemeente not in asked  # unless its record names them
                          or any(m.canonical != g.gemeente for p in g.picks for m in self.matcher.find(p.sentence.text))
                          or any(V.GEMEENTEN_LISTED.search(p.sentence.text) for p in g.picks)]  # ... by any name
                no_others = not any(g.picks for g in others)
                groups = groups if no_others else others  # none: refused below, showing what the named one says
        elif plan.gemeenten:
            if len(plan.gemeenten) > 1:
                n = V.MULTI_PICKS + (V.STATUS_EXTRA_PICKS if status and V.MULTI_STATUS_EXTRA else 0)
            else:
                n = V.EVIDENCE_PICKS + (V.ENGLISH_EXTRA_PICKS if plan.language == "en" else 0) \
                    + (V.STATUS_EXTRA_PICKS if status else 0)
            own = self._own_parts(question, plan.gemeenten) if len(plan.gemeenten) > 1 else {}
            groups = []
            for g in plan.gemeenten:
                if g in own:
                    part = without_names(own[g], self.matcher) or own[g]
                    groups.append(self._group(g, part, self.query_vector(part), n, status, sections, plan.language))
                else:
                    groups.append(self._group(g, topic, vector, n, status, sections, plan.language))
            if len(groups) == 1 or V.MULTI_WITH_PARTS:
                groups = [g if g.gemeente in own else self._with_parts(g, question, status, sections, plan.language)
                          for g in groups]
            if V.NAMED_PICKED:  # "om welke straat gaat het?": a sentence that names one is shown
                groups = [self._with_named(g, topic, vector, status, sections, plan.language) for g in groups]
            if V.GEMEENTE_IT_NAMES.search(question):  # "van welke gemeente neemt Schiedam ervaringen mee?"
                groups = [self._with_listed_gemeenten(g, any_other=True) for g in groups]
        else:  # "welke gemeente ...": the gemeenten retrieval found compete on their best sentence
            candidates = [g for g in dict.fromkeys(h.chunk.gemeente for h in hits) if g not in plan.topic_gemeenten]
            writers = self._writing_every_quote(topic, sections) if V.QUOTE_NAMES_THE_GEMEENTE else set()
            if writers:  # "in welk projectvoorstel staat 'ambtelijke en bestuurbare weerbaarheid'?": the one writing it
                candidates = [g for g in candidates if g in writers] + sorted(writers - set(candidates))
            rows = self.sentences.rows_of(candidates, sections or ())
            final, _ = self.sentences.scores(topic, vector, rows, status=status, ignore_stems=ignore)
            best: dict[str, float] = {}
            for r, s in zip(rows, final):
                g = self.sentences.sentences[r].gemeente
                best[g] = max(best.get(g, 0.0), float(s))
            top = max(best.values(), default=0.0)
            order = best  # what orders them: the best sentence, weighed with the record's coverage
            if V.WHICH_RECORD_COVERAGE and top > 0:  # a description spread over a record's sentences
                w = V.WHICH_RECORD_COVERAGE
                order = {g: (1 - w) * best[g] / top
                        + w * self.sentences.coverage(topic, self.sentences.rows_of([g], sections or ()), ignore)
                        for g in best}
            ranked = sorted(best, key=lambda g: -order[g])
            # the runners-up: a best sentence as good as the first's (twin records tie on it)
            keep = [g for g in ranked if best[g] >= V.SECOND_GEMEENTE_SHARE * best[ranked[0]]][:V.MAX_GEMEENTEN] \
                if ranked else []
            groups = [self._group(g, topic, vector, V.EVIDENCE_PICKS, status, sections, plan.language) for g in keep]
            if V.WHICH_WITH_PARTS:  # ... each with its picks for each part the question asks (WHICH_WITH_PARTS)
                groups = [self._with_parts(g, question, status, sections, plan.language) for g in groups]
        groups = [g for g in groups if g.picks]
        chosen = [p.sentence.text for g in groups for p in g.picks] + [p.sentence.chunk.title for g in groups
                                                                         for p in g.picks[:1]]
        record = [s.text for g in groups for s in self.sentences.sentences if s.gemeente == g.gemeente]
        record += sorted({s.chunk.date for g in groups for s in self.sentences.sentences  # "sinds 2020": report dates
                          if s.gemeente == g.gemeente and s.chunk.date})
        support = judge(topic, judged_language, chosen, record, expand=self.sentences.lexical.query_stems,
                        idf=self.sentences.lexical.idf, vocabulary=self.sentences.lexical.vocabulary,
                        is_gemeente=self._is_gemeente, in_corpus=self._writes,
                        known_names=self._names_of_kinds,
                        titles=[g.picks[0].sentence.chunk.title for g in groups if g.picks])
        if plan.titled and V.WHO.search(question):  # "wie heeft 'Binnenspiegel'?": naming the gemeente answers it
            support = replace(support, coverage=1.0)
        if no_others:
            support = replace(support, needs_met=False, missing=support.missing + ("other gemeenten",))
        if not plan.gemeenten and plan.kind != "comparable" and (absent := absent_field_things(question,
                                                                                                 self._corpus_text)):
            # "welke gemeente zet drones in?": no document writes drones, so no gemeente in them does (FIELD_THINGS)
            support = replace(support, needs_met=False, missing=support.missing + tuple(absent))
        support = replace(support, dense=self.sentences.closest(vector, [p.row for g in groups for p in g.picks]),
                          own_record=plan.kind != "comparable")
        return groups, support

    def _asked_for_others(self, question: str, named: Sequence[str]) -> list[str]:
        """The named gemeenten whose others a set question asks (ASKS_OTHERS): those its asking part names, all of them
        when that part names none ("Schiedam mist data van de RBG. Welke gemeenten vallen er nog meer onder?"). A
        gemeente another part asks about keeps its own answer: "Met welke stichting werkt Amersfoort ..., en met
        welke gemeenten stelt Culemborg een gedragscode op?" (d3423)."""
        m = V.ASKS_OTHERS.search(question)
        part = next((p for p in V.QUESTION_PARTS.split(question) if m.group(0) in p), question)
        in_part = [g for g in dict.fromkeys(x.canonical for x in self.matcher.find(part)) if g in named]
        return in_part or list(named)

    def overview(self) -> list[Group]:
        """Every gemeente of the index, in alphabetical order, each with the first sentence of its record."""
        groups = []
        for g in sorted(self.gemeenten, key=lambda name: name.lstrip("'").lower()):
            rows = self.sentences.rows_of([g])
            if rows.size:
                groups.append(Group(g, (self.sentences.pick(int(rows[0]), 1.0),)))
        return groups

    def _own_parts(self, question: str, gemeenten: Sequence[str]) -> dict[str, str]:
        """For a question about several gemeenten: the part (QUESTION_PARTS) that names only that gemeente, if one
        does ("Hoeveel vertraging liep Zoetermeer op, en naar welke datum is het festival in Culemborg verschoven?")."""
        if not V.MULTI_OWN_PART:
            return {}
        out: dict[str, str] = {}
        shared: list[tuple[str, set[str]]] = []  # the parts that name several of them: "Zowel A als B werken met X."
        for part in V.QUESTION_PARTS.split(question):
            named = {m.canonical for m in self.matcher.find(part)} & set(gemeenten)
            if len(named) == 1:
                g = named.pop()
                out[g] = f"{out[g]} {part}" if g in out else part
            elif len(named) > 1:
                shared.append((part, named))
        if V.MULTI_SHARED_PART:  # ... read with each own part: what the part asks is about what they share
            out = {g: " ".join([p for p, named in shared if g in named] + [own]) for g, own in out.items()}
        return out

    def _with_parts(self, group: Group, question: str, status: bool, sections, language: str) -> Group:
        """A question that asks two things in two parts (SINGLE_OWN_PARTS; for each gemeente of several:
        MULTI_WITH_PARTS): each part's PART_PICKS best sentences join the whole question's picks."""
        def asks(part: str) -> bool:  # a question word, or a verb first: yes or no (YES_NO_PARTS)
            return bool(V.ASKING_PART.search(part) or V.YES_NO_PARTS and V.OPTION_CLAUSE.match(part))

        split = [c for p in V.QUESTION_PARTS.split(question)
                 for c in (V.ASKING_CLAUSES.split(p) if V.ASKING_CLAUSES else [p])]
        parts = [p for p in split if asks(p)] if V.SINGLE_OWN_PARTS else []
        if V.SINGLE_OWN_PARTS and V.LISTED_ITEMS:  # "hoe staat het ervoor: de app, het theaterproject en de nota?"
            parts += listed_items(question)
        scene = V.SCENE_THEN_ASK_PICKS and len(parts) == 1 and any(
            p.strip() and not asks(p) for p in split)  # a part that only sets the scene
        if len(parts) < 2 and not scene:
            return group
        chosen = {p.row: p for p in group.picks}
        for part in parts:
            part = without_names(part, self.matcher) or part
            for pick in self._group(group.gemeente, part, self.query_vector(part), V.PART_PICKS, status, sections,
                                    language).picks:
                chosen.setdefault(pick.row, pick)
        return replace(group, picks=tuple(sorted(chosen.values(), key=lambda p: p.row)))

    def _sentence_shares(self, topic: str, vector: np.ndarray, status: bool, sections) -> dict[str, float]:
        """Each gemeente's best sentence score as a share of the best sentence in the whole corpus, best first."""
        rows = self.sentences.rows_of([], sections or ())
        _, own = self.sentences.scores(topic, vector, rows, status=status, ignore_stems=V.QUESTION_STEMS)
        best: dict[str, float] = {}
        for row, score in zip(rows, own):
            g = self.sentences.sentences[row].gemeente
            best[g] = max(best.get(g, 0.0), float(score))
        top = max(best.values(), default=0.0)
        return {g: best[g] / top for g in sorted(best, key=lambda g: -best[g])} if top > 0 else {}

    def _set_by_quote(self, topic: str, sections) -> dict[str, list[int]]:
        """The gemeenten whose record writes a term the question quotes (QUOTED_TERM), with the rows that write it."""
        return self._writers_of(V.QUOTED_TERM.findall(topic), sections)

    def _writing_every_quote(self, topic: str, sections) -> set[str]:
        """The gemeenten whose record writes every term the question quotes."""
        writers = [set(self._writers_of([phrase], sections)) for phrase in V.QUOTED_TERM.findall(topic)]
        return set.intersection(*writers) if writers else set()

    def _writers_of(self, terms: Sequence[str], sections) -> dict[str, list[int]]:
        """The gemeenten whose record writes any of ``terms`` as written (its last word may go on:
        'ondermijningsgevoelig' is in "ondermijningsgevoelige"; edge articles aside), with the rows that write it."""
        phrases = [[w for w in phrase.split() if w.lower() not in V.QUOTED_TERM_EDGE_SKIP] or phrase.split()
                   for phrase in terms]
        patterns = [re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)), re.I) for words in phrases if words]
        out: dict[str, list[int]] = {}
        for r in self.sentences.rows_of([], sections or ()) if patterns else ():
            sentence = self.sentences.sentences[r]
            if any(p.search(sentence.text) for p in patterns):
                out.setdefault(sentence.gemeente, []).append(int(r))
            elif any(p.search(sentence.chunk.title) for p in patterns):  # the project's title writes it: the answer
                out.setdefault(sentence.gemeente, [])                      # shows the title with any sentence
        return out

    def _set_by_term(self, topic: str, language: str, sections) -> dict[str, list[int]]:
        """The gemeenten whose record writes the question's rarest concept (of ``topic_concepts``: one of its stems,
        or all its compound parts in one sentence), when at most SET_TERM_MAX_HOLDERS records write it, with the
        rows that write it. Rarest: written by the fewest gemeenten; concepts that tie all count ("de Wet bijzondere
        maatregelen grootstedelijke problematiek (WBMGP)": one record writes the name, another the abbreviation).
        Words the question joins with "of"/"or" (EITHER_IS_ONE) are one concept, as rare as the rarer of them."""
        doc_stems = self.sentences.lexical.doc_stems
        rows = self.sentences.rows_of([], sections or ())
        expand = self.sentences.lexical.query_stems

        def holders(concept) -> dict[str, list[int]]:
            held_by: dict[str, list[int]] = {}
            for r in rows:
                if concept.alternatives & doc_stems[r] or (concept.parts and concept.parts <= doc_stems[r]):
                    held_by.setdefault(self.sentences.sentences[r].gemeente, []).append(int(r))
            return held_by

        concepts = topic_concepts(topic, language, expand)
        held = {c: holders(c) for c in concepts}
        # "kinderen of jongeren" (EITHER_IS_ONE): one concept as rare as its rarer word, held by the records of either
        units = [[c] for c in concepts]
        for group in either_groups(topic) if V.EITHER_IS_ONE else ():
            members = [c for c in topic_concepts(" ".join(group), language, expand) if c in held and held[c]]
            # ... unless together they are a theme ("een gemeenschap of wijk": "wijk" is everywhere): then each alone
            if len(members) > 1 and len(_joined(held[c] for c in members)) <= V.SET_TERM_MAX_HOLDERS:
                units = [u for u in units if u[0] not in members] + [members]
        by_count: dict[int, dict[str, list[int]]] = {}
        for unit in units:
            rarity = min(len(held[c]) for c in unit)
            held_by = _joined(held[c] for c in unit)
            if 0 < rarity and len(held_by) <= V.SET_TERM_MAX_HOLDERS:
                by_count[rarity] = _joined([by_count.get(rarity, {}), held_by])  # concepts that tie all count
        return by_count[min(by_count)] if by_count else {}

    def _title_stems(self, gemeente: str) -> set[str]:
        """The stems of the gemeente's project titles (as a question's topic is stemmed)."""
        expand = self.sentences.lexical.query_stems
        return {s for g, title in self._titles if g == gemeente for s in expand(title)}

    def _group(self, gemeente: str, question: str, vector: np.ndarray, n: int, status: bool,
               sections: Sequence[str] | None, language: str = "nl", among: Sequence[int] | None = None) -> Group:
        """The gemeente's best sentences for the question; ``among``: only these rows (the ones that write a set
        question's term)."""
        if among:
            return Group(gemeente, tuple(self.sentences.best(question, vector, np.asarray(among), n=n, status=status,
                                                              ignore_stems=V.QUESTION_STEMS)))
        rows = self.sentences.rows_of([gemeente], sections or ())
        # A question without a topic word is about the project as a whole, and so is a status question whose topic is
        # its project's title ("hoe ver is Amsterdam met de straatgerichte aanpak winkelgebieden?",
        # TITLE_IS_THE_PROJECT); not one that asks how the plan changed: its change sentences are picked
        # (CHANGE_PICKED), though the frames leave it no topic word ("wat is er veranderd aan het oorspronkelijke
        # projectidee?"); nor, unless it asks the status, one that asks what it aims at (TARGET_NO_TOPIC_PICKED: "op wat
        # voor locatie richt het Dordtse project zich vooral?")
        topic = topic_stems(question, language, self.sentences.lexical.query_stems)
        needs = question_needs(question)
        whole_project = (not topic or V.TITLE_IS_THE_PROJECT and status and not sections
                         and topic - V.NOW_STEMS <= self._title_stems(gemeente)) \
            and not (V.CHANGE_PICKED and "change" in needs) \
            and not (not status and V.TARGET_NO_TOPIC_PICKED and V.TARGET_PICKED_MAX and "target" in needs) \
            and not (V.NUMBER_QUOTED_PICKED_MAX  # "the figure of 400": the sentence that writes it (NUMBER_QUOTED)
                     and self.sentences.quoted_numbers(question, rows))
        if whole_project and not status:
            # "Wat doet Gorkum tegen ondermijning?": about the project as a whole; its description opens with it
            return Group(gemeente, tuple(self.sentences.opening(rows, n)))
        if whole_project and not sections:
            # "Hoe staat het met Zwolle?": its stand van zaken reports on the project (if the record has one). A status
            # question about something in particular reads the whole record, the stand van zaken preferred
            # (STATUS_SECTION_BONUS): a beschrijving may say what is done ("Zo is er een risico-scan ingevoerd").
            stand = self.sentences.rows_of([gemeente], ["stand van zaken"])
            rows = stand if len(stand) else rows
            if V.WHOLE_STATUS_BY_PROGRESS and not V.WHOLE_STATUS_POINTER.search(question):
                # ... by what says it has progressed, not by likeness to "hoe ver is?" (WHOLE_STATUS_BY_PROGRESS)
                vector = np.zeros_like(vector)
        picks = self.sentences.best(question, vector, rows, n=n, status=status, ignore_stems=V.QUESTION_STEMS)
        if status and V.STATUS_LATEST:  # the latest news: the stand van zaken's last sentence (STATUS_LATEST)
            stand = np.intersect1d(self.sentences.rows_of([gemeente], ["stand van zaken"]), rows)
            last = int(stand.max()) if stand.size else -1
            if last >= 0 and last not in {p.row for p in picks}:
                picks = sorted([*picks, replace(self.sentences.pick(last), neighbour=True)], key=lambda p: p.row)
        return Group(gemeente, tuple(picks))

    # --- answering ------------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        *,
        history: Sequence[Turn] | None = None,
        gemeenten: Sequence[str] | None = None,
        sections: Sequence[str] | None = None,
        llm: str | None = None,
        on_sources: Callable[[Answer], None] | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        t0 = time.perf_counter()
        written, question = question, self._check_question(question)
        asked = question  # shown as written; searched without markup, "Guoda" as Gouda
        if V.LETTER_GREETING:  # an e-mail's greeting and closing say who writes, not what is asked (read by its lines)
            question = self._check_question(without_letter(written, lambda text: bool(self.matcher.find(text))))
        question = self._spelled_out(without_markup(question) or question)
        backend = llm or self.settings.llm
        plan = self.plan(question, history, gemeenten)
        plan.unknown_gemeenten = [g for g in plan.unknown_gemeenten if not self._mentioned_in_corpus(g)]
        answer = Answer(question=asked, text="", language=plan.language, refused=False, backend=backend,
                        gemeenten_in_question=plan.gemeenten + plan.unknown_gemeenten)

        if plan.unknown_gemeenten and (not plan.gemeenten or self._asks_only_unknown(question, plan)) \
                and not self._asker_from_elsewhere(question, plan):
            return self._refuse(answer, t0, unknown_gemeente_message(plan.language, plan.unknown_gemeenten,
                                                                     self.gemeenten), on_sources, on_token)
        if V.OVERVIEW_ANSWER and plan.kind != "comparable" and not plan.gemeenten and not sections \
                and asks_overview(question, plan.language):
            plan = replace(plan, kind="overview")  # "welke gemeenten staan in het overzicht?": the index answers it
            hits, groups, support = [], self.overview(), Support(coverage=1.0, needs_met=True)
        elif plan.kind == "comparable" and not sections:  # "wie kunnen we bellen?": ranked like `weerbaar similar`
            from rag.comparable import comparable_groups

            hits, groups, support = comparable_groups(self, plan, question)
        else:
            hits = self.retrieve(question, gemeenten=gemeenten, sections=sections, history=history, plan=plan)
            groups, support = self.evidence(question, plan, hits, sections)
        answer.retrieved = list(hits)
        answer.timings_ms["retrieve"] = _ms(t0)
        if not groups or not support.ok:  # ... with the nearest sentences, when some of the topic stands there
            answer.nearby = nearby_evidence(groups) if support.coverage > 0 else []
            return self._refuse(answer, t0, refusal_text(plan.language, answer.nearby), on_sources, on_token)

        answer.citations, answer.evidence = number_sources(groups)
        quoted = quoted_answer(plan.language, plan.kind, groups, answer.evidence)
        answer.text = quoted  # provisional: the quoted evidence can be shown while a model writes its lead
        _emit(on_sources, answer)
        t_gen = time.perf_counter()
        if backend == "extractive" or plan.kind == "overview":  # the index's list needs no model to phrase it
            answer.text = quoted
            answer.timings_ms["first_token"] = _ms(t0)
        else:
            try:
                lead = self._lead(backend, question, plan, answer, t0)
            except GeneratorError as e:  # the model only adds: without it the quoted answer still stands
                log.warning("%s model failed, answering with the quotes alone: %s", backend, e)
                lead, answer.model_error = None, str(e)
            answer.text = f"{lead}\n{quoted}" if lead else quoted
        answer.timings_ms["generate"] = _ms(t_gen)
        _emit_token(on_token, answer.text)
        answer.timings_ms["total"] = _ms(t0)
        return answer

    def _lead(self, backend: str, question: str, plan: QueryPlan, answer: Answer, t0: float) -> str | None:
        """The model reads the best evidence and writes a lead; only a verified lead is returned, with markers."""
        read = model_reading(answer.evidence)
        generator = self.generator(backend)
        pieces: list[str] = []
        kwargs = {"schema": LEAD_SCHEMA} if getattr(generator, "supports_schema", False) else {}
        stream = generator.stream(lead_messages(question, plan.language, read), max_tokens=LEAD_MAX_TOKENS,
                                  temperature=self.settings.llm_temperature, **kwargs)
        with closing(stream):  # a lead stopped early closes the stream now, which stops the model
            for piece in stream:
                if not pieces:
                    answer.timings_ms["first_token"] = _ms(t0)
                pieces.append(piece)
                if V.LEAD_EARLY_STOP and (failed := doomed(partial_lead("".join(pieces)), question, read,
                                                          plan.language, self.matcher)):
                    # the lead already fails a check nothing it writes next can undo: stop the model, free its slot
                    self.last_verdict = (Lead(partial_lead("".join(pieces))), Verdict(False, (failed, "stopped early")))
                    return None
        answer.timings_ms.setdefault("first_token", _ms(t0))
        lead = parse_lead("".join(pieces))
        verdict = verify_lead(lead.text, question, read, plan.language, self.matcher, self.gemeenten)
        self.last_verdict = (lead, verdict)
        if not verdict.ok:
            return None
        markers = sorted({e.marker for e in verdict.stands_on})
        answer.lead = lead.text
        text = lead.text
        for m in markers:
            text = with_marker(text, m)
        return text

    def _refuse(self, answer: Answer, t0: float, text: str, on_sources, on_token) -> Answer:
        answer.text, answer.refused = text, True
        answer.citations, answer.evidence = [], []
        answer.timings_ms.update(generate=0.0, first_token=_ms(t0), total=_ms(t0))
        answer.timings_ms.setdefault("retrieve", 0.0)
        _emit(on_sources, answer)
        _emit_token(on_token, answer.text)
        return answer

    def query_vector(self, text: str) -> np.ndarray:
        """The embedder's query vector for a question or a part of one."""
        return np.asarray(self.retriever.embed_model.get_query_embedding(text), dtype=np.float32)

    def _asks_only_unknown(self, question: str, plan: QueryPlan) -> bool:
        """The sentences that ask (end in "?") name gemeenten the documents do not hold, and none they do
        (ASKED_GEMEENTE_DECIDES): the report's gemeenten stand in the premise only."""
        if not V.ASKED_GEMEENTE_DECIDES or plan.kind == "comparable":
            return False
        asking = _asking_sentences(question)
        if not asking:
            return False
        sub = self.plan(asking)
        return not sub.gemeenten and any(not self._mentioned_in_corpus(g) for g in sub.unknown_gemeenten)

    def _asker_from_elsewhere(self, question: str, plan: QueryPlan) -> bool:
        """A who-to-call question whose gemeenten outside the report stand only before the sentences that ask: the
        asker's own ("Ik ben beleidsmedewerker in Schagen. ... Welke gemeente kan ik hierover bellen?";
        ASKER_ELSEWHERE)."""
        if not V.ASKER_ELSEWHERE or plan.kind != "comparable" or plan.gemeenten \
                or not V.ASKS_FOR_GEMEENTEN.search(question):
            return False
        asking = _asking_sentences(question)
        return bool(asking) and not self.plan(asking).unknown_gemeenten

    def _mentioned_in_corpus(self, name: str) -> bool:
        """'West Betuwe' is no gemeente of the report, but Culemborg's text names it: a search term then."""
        return name.lower() in self._corpus_text

    def _spelled_out(self, question: str) -> str:
        """The question with a misspelt gemeente of the documents written right, when it names no gemeente that
        find() recognises: a capitalised word no document writes, near one of their gemeenten
        (GemeenteMatcher.near_corpus_name)."""
        if self.matcher.find(question):
            return question
        for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+", question):
            word = m.group(0)
            canonical = None if self._writes(word) else self.matcher.near_corpus_name(word)
            if canonical:
                return question[:m.start()] + canonical + question[m.end():]
        return question

    def _names_of_kinds(self, kinds: tuple[str, ...]) -> frozenset[str]:
        """The names any record gives beside these kinds' words (support.names_of_kinds), once per kinds asked."""
        if kinds not in self._kind_names:
            self._kind_names[kinds] = names_of_kinds(kinds, (s.text for s in self.sentences.sentences),
                                                     self._is_gemeente)
        return self._kind_names[kinds]

    def _is_gemeente(self, name: str) -> bool:
        """Is this a gemeente's name (or alias, or typo of one)? A gemeente's own name in a record names no wijk,
        partner or bureau (support.judge, names_one)."""
        return bool(self.matcher.find(name))

    def _writes(self, word: str) -> bool:
        """Do the documents write this word, whole ('RIEC' yes, 'Regional' no: they write 'regionale')?"""
        return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", self._corpus_text) is not None

    def _check_question(self, question: str) -> str:
        question = " ".join((question or "").split())
        if not question:
            raise QuestionProblem("De vraag is leeg. Stel een vraag, bijvoorbeeld: 'Hoe staat het met Zwolle?'")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise QuestionProblem(f"De vraag is {len(question)} tekens lang; het maximum is {limit}. Maak hem korter.")
        return question


def _joined(holdings) -> dict[str, list[int]]:
    """Several {gemeente: rows} as one, each gemeente's rows sorted once.

    >>> _joined([{"Ede": [3, 1]}, {"Oss": [2], "Ede": [1, 5]}])
    {'Ede': [1, 3, 5], 'Oss': [2]}
    """
    out: dict[str, list[int]] = {}
    for holding in holdings:
        for gemeente, rows in holding.items():
            out[gemeente] = sorted(set(out.get(gemeente, []) + rows))
    return out


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _emit(callback, answer: Answer) -> None:
    if callback is not None:
        callback(answer)


def _emit_token(callback, text: str) -> None:
    if callback is not None and text:
        callback(text)


def _asking_sentences(question: str) -> str:
    """The sentences that ask (end in "?"), when the question holds others too; else "".

    >>> _asking_sentences("Ik werk in Schagen. Wie kunnen we bellen?"), _asking_sentences("Wie kunnen we bellen?")
    ('Wie kunnen we bellen?', '')
    """
    asking = " ".join(s for s in split_sentences(question) if s.endswith("?"))
    return asking if asking.strip() != question.strip() else ""
