"""The one entry point the CLI, the app and the eval harness share: retrieve, then answer.

    assistant = Assistant(settings)          # loads index, lexical index, embedder; generator lazily
    answer = assistant.ask("Hoe staat het met Zwolle?", llm="extractive")
    answer.text, answer.citations, answer.retrieved, answer.timings_ms

One Assistant per process serves every session: its state is read-only after construction,
generators are cached per backend name.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.text import split_sentences
from core.embed import build_embedder
from ingest.index import ChunkIndex
from core.names import default_matcher
from rag.answer import (
    REFUSAL,
    build_messages,
    extractive_answer,
    finalize,
    is_refusal_text,
    number_sources,
    unknown_gemeente_message,
    with_evidence,
)
from core.text import stems
from rag.query import QueryPlan, plan_query
from rag.retrieve import Retriever, best_per_gemeente
from core.types import Answer, Hit


@dataclass(frozen=True)
class Turn:
    """One earlier exchange in a conversation (for follow-up questions)."""

    question: str
    answer: str
    gemeenten: tuple[str, ...] = ()  # the gemeenten the answer was about / cited


class QuestionProblem(ValueError):
    """An empty or oversized question; the message is fit to show the user."""


SET_WIDTH = 40  # candidates for "welke gemeenten" questions
SET_MAX_GEMEENTEN = 8
SET_RELATIVE_SCORE = 0.5  # a set member's best passage scores at least half the best BM25 score
LLM_SOURCES = 3  # passages in a model prompt: prompt size is latency on this machine
MIN_SUPPORT = 0.34  # share of the question's content stems found in the sources (Dutch questions)
MIN_DENSE_SCORE = 0.80  # best cosine similarity when the question is English (no lexical overlap)


_HOW_MANY = re.compile(r"\b(hoeveel|how many|how much)\b", re.I)
_NUMBER = re.compile(r"\d|\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|"
                     r"vijftig|honderd|duizend|tientallen|honderden|eerste|tweede|derde|enkele|aantal)\b", re.I)

# Words that make a question a question, not what it is about: they need no support in the sources.
_QUESTION_STEMS = set(stems("doet doen gedaan heet heten noem noemt project projecten staat stand zaken gaat "
                            "welk welke waar wanneer waarom hoeveel hoe wat wie ervaring aanpak beschrijf "
                            "vertel bellen kunnen willen wij onze veranderd verandering sinds inmiddels"))


class Assistant:
    def __init__(self, settings, *, generator=None, embedder=None, index: ChunkIndex | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or build_embedder(settings)
        self.index = index or ChunkIndex(settings, self.embedder)
        self.retriever = Retriever(settings, self.embedder, self.index)
        self.gemeenten = self.retriever.gemeenten
        self.matcher = default_matcher(tuple(self.gemeenten))
        self._corpus_text = " ".join(c.text for c in self.retriever.chunks).lower()
        self._generators: dict[str, object] = {}
        if generator is not None:  # tests inject a FakeGenerator: it answers for its own name ("fake")
            self._generators[getattr(generator, "name", "fake")] = generator
        self._lock = threading.Lock()

    # --- generators -----------------------------------------------------------------------------
    def generator(self, name: str):
        """The generator for a backend name, built once per process."""
        with self._lock:
            if name not in self._generators:
                from rag.llm import build_generator

                self._generators[name] = build_generator(self.settings, name)
            return self._generators[name]

    # --- retrieval ------------------------------------------------------------------------------
    def plan(self, question: str, history: Sequence[Turn] | None = None, gemeenten: Sequence[str] | None = None) -> QueryPlan:
        previous = tuple(history[-1].gemeenten) if history else ()
        return plan_query(question, self.matcher, previous, gemeenten or ())

    def retrieve(self, question: str, *, gemeenten: Sequence[str] | None = None, sections: Sequence[str] | None = None,
                 history: Sequence[Turn] | None = None, plan: QueryPlan | None = None, k: int | None = None) -> list[Hit]:
        plan = plan or self.plan(question, history, gemeenten)
        query = question
        if plan.from_history:  # "En hoe staat het daar?" -> search as if the gemeente was named
            query = f"{question} {' '.join(plan.gemeenten)}"
        prefer = "stand van zaken" if plan.kind == "status" else None
        if plan.kind == "set" and not plan.gemeenten:
            hits = self.retriever.search(query, k=SET_WIDTH, gemeenten=(), sections=sections or (), prefer_section=prefer)
            return best_per_gemeente(self._lexically_strong(query, hits))[:SET_MAX_GEMEENTEN]
        return self.retriever.search(query, k=k or self.settings.top_k, gemeenten=plan.gemeenten,
                                     sections=sections or (), prefer_section=prefer)

    def _lexically_strong(self, query: str, hits: Sequence[Hit]) -> list[Hit]:
        """For set questions: keep hits whose BM25 score is near the best one's; a gemeente that shares
        only a common word with the question ("wijk") is not one that "works with De Vreedzame Wijk"."""
        scores = self.retriever.lexical.scores(query)
        if not scores.size or scores.max() <= 0:
            return list(hits)
        floor = SET_RELATIVE_SCORE * float(scores.max())
        return [h for h in hits if scores[self.retriever.position[h.chunk.id]] >= floor]

    def topic_stems(self, plan: QueryPlan) -> set[str]:
        """The stems a question is about: without gemeente names and question words.

        Empty for "Hoe staat het met Achtkarspelen?": such a question is about the gemeente as a whole.
        """
        names = {s for g in self.gemeenten for s in self.retriever.lexical.query_stems(g)}
        question = plan.question
        for m in reversed(self.matcher.find(question)):  # "Tietjerksteradeel" is a name, not a topic
            question = question[: m.start] + " " + question[m.end :]
        return set(self.retriever.lexical.query_stems(question)) - names - _QUESTION_STEMS

    def support(self, plan: QueryPlan, hits: Sequence[Hit]) -> float:
        """How well the sources cover the question: 0..1 (see MIN_SUPPORT / MIN_DENSE_SCORE)."""
        if not hits:
            return 0.0
        if plan.language == "en":
            if plan.gemeenten:  # about a gemeente of the report: its passages are the best we have
                return 1.0
            # An English question shares few words with Dutch passages: judge by the dense score.
            dense = self.retriever.dense(plan.question, 1, plan.gemeenten)
            return 1.0 if dense and dense[0][1] >= MIN_DENSE_SCORE else 0.0
        q = self.topic_stems(plan)
        if not q:
            return 1.0  # the question is only a gemeente name ("Zwolle?"): its sources answer it
        found = set()
        sentences_with_numbers = []
        for h in hits:
            found |= set(self.retriever.lexical.query_stems(f"{h.chunk.title} {h.chunk.text} {h.chunk.date or ''}"))
            sentences_with_numbers += [s for s in split_sentences(h.chunk.text) if _NUMBER.search(s)]
        if _HOW_MANY.search(plan.question):
            # "Hoeveel ...?" needs a number next to the topic, not just the topic.
            if not any(q & set(self.retriever.lexical.query_stems(s)) for s in sentences_with_numbers):
                return 0.0
        return len(q & found) / len(q)

    def supported(self, plan: QueryPlan, hits: Sequence[Hit]) -> bool:
        return self.support(plan, hits) >= MIN_SUPPORT

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
        question = self._check_question(question)
        backend = llm or self.settings.llm
        plan = self.plan(question, history, gemeenten)
        plan.unknown_gemeenten = [g for g in plan.unknown_gemeenten if not self._mentioned_in_corpus(g)]
        answer = Answer(question=question, text="", language=plan.language, refused=False, backend=backend,
                        gemeenten_in_question=plan.gemeenten + plan.unknown_gemeenten)

        if plan.unknown_gemeenten and not plan.gemeenten:
            answer.text = unknown_gemeente_message(plan.language, plan.unknown_gemeenten, self.gemeenten)
            answer.refused = True
            answer.timings_ms = {"retrieve": 0.0, "generate": 0.0, "first_token": 0.0, "total": _ms(t0)}
            _emit(on_sources, answer)
            _emit_token(on_token, answer.text)
            return answer

        comparable_text = ""
        if plan.kind == "comparable" and not sections:  # "wie kunnen we bellen?": gemeenten ranked by rag/similar.py
            from rag.similar import answer_comparable

            comparable_text, hits = answer_comparable(self, plan, question)
        else:
            hits = self.retrieve(question, gemeenten=gemeenten, sections=sections, history=history, plan=plan)
        t_retrieved = time.perf_counter()
        answer.retrieved = list(hits)
        answer.timings_ms["retrieve"] = (t_retrieved - t0) * 1000
        query_stems = set(self.retriever.lexical.query_stems(question))
        if not comparable_text and self.support(plan, hits) < MIN_SUPPORT:  # comparable: checked in answer_comparable
            answer.text, answer.refused = REFUSAL[plan.language], True
            answer.timings_ms.update(generate=0.0, first_token=_ms(t0), total=_ms(t0))
            _emit(on_sources, answer)
            _emit_token(on_token, answer.text)
            return answer

        sources = number_sources(hits if backend == "extractive" or plan.kind == "set" else hits[:LLM_SOURCES])
        answer.citations = list(sources)  # provisional: all sources, shown before generation starts
        _emit(on_sources, answer)

        def quoted() -> str:  # the answer without a model: the sources' best sentences
            return comparable_text or extractive_answer(plan.language, sources, query_stems, plan.kind)

        t_gen = time.perf_counter()
        if backend == "extractive":
            text = quoted()
            answer.timings_ms["first_token"] = _ms(t0)
            _emit_token(on_token, text)
        else:
            generator = self.generator(backend)
            messages = build_messages(question, plan.language, sources, query_stems, kind=plan.kind)
            pieces: list[str] = []
            for piece in generator.stream(messages, max_tokens=self.settings.llm_max_tokens,
                                          temperature=self.settings.llm_temperature):
                if not pieces:
                    answer.timings_ms["first_token"] = _ms(t0)
                pieces.append(piece)
                _emit_token(on_token, piece)
            text = "".join(pieces)
            answer.timings_ms.setdefault("first_token", _ms(t0))
        answer.timings_ms["generate"] = _ms(t_gen)

        if is_refusal_text(text) and len(text) < 120:
            # The program already judged these sources to cover the question (support check above); a
            # 1.5B model refuses far more often than it should (19% of answerable eval questions). The
            # program owns the refusal decision: show the best passages, saying the model found no answer.
            lead = {"nl": "Het taalmodel vond geen antwoord; dit zeggen de bronnen:",
                    "en": "The language model found no answer; this is what the sources say:"}[plan.language]
            answer.text, answer.citations = finalize(lead + "\n" + quoted(), sources, self.matcher, self.gemeenten)
        else:
            answer.text, answer.citations = finalize(text, sources, self.matcher, self.gemeenten)
            answer.text = with_evidence(answer.text, answer.citations, query_stems, plan.language)
            if not answer.text.strip() or not answer.citations:
                # The model wrote nothing we can tie to a source: fall back to the sources themselves.
                answer.text, answer.citations = finalize(quoted(), sources, self.matcher, self.gemeenten)
        answer.timings_ms["total"] = _ms(t0)
        return answer

    def _mentioned_in_corpus(self, name: str) -> bool:
        """'West Betuwe' is no gemeente of the report, but Culemborg's text names it: a search term then."""
        return name.lower() in self._corpus_text

    def _check_question(self, question: str) -> str:
        question = " ".join((question or "").split())
        if not question:
            raise QuestionProblem("De vraag is leeg. Stel een vraag, bijvoorbeeld: 'Hoe staat het met Zwolle?'")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise QuestionProblem(f"De vraag is {len(question)} tekens lang; het maximum is {limit}. Maak hem korter.")
        return question




def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _emit(callback, answer: Answer) -> None:
    if callback is not None:
        callback(answer)


def _emit_token(callback, text: str) -> None:
    if callback is not None and text:
        callback(text)
