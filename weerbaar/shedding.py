"""The page's line for the language model: place in line, an estimated wait, and load shedding.

Every page question that wants a model takes a ticket. The estimated wait of a ticket is its place in
line times the measured seconds per answer; when a new question's estimate is above ``shed_wait_s``
(settings, default 20 s) the visitor gets the extractive answer at once instead, labelled, with a
button to ask the model anyway. Only the page sheds: ``weerbaar ask`` and the eval never come here.

    line = model_line(assistant, "local")
    ticket = line.admit(limit_s=20.0)          # None: shed, answer from the sources
    line.position(ticket), line.wait_s(ticket) # 3, 14.2
    line.finished(ticket, generated=True)

Seconds per answer is a running average of *busy time per finished answer*: the time the model had at
least one question, divided by the answers it finished then. With parallel slots several answers finish
in one busy stretch, so the figure is the model's real throughput, not the duration of one answer.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
import weakref
from collections import deque
from dataclasses import dataclass

from rag.llm import GeneratorError

log = logging.getLogger(__name__)

# A whole answer of the packaged 1.5B model on a quiet 2-core machine takes ~4-5 s (README, `weerbaar
# bench`); the first finished answers replace this prior.
PRIOR_S_PER_ANSWER = 5.0
WINDOW = 8  # finished answers in the running average: follows a change of load within a few answers
SHED_LABEL = "Druk: direct antwoord uit de bronnen, zonder taalmodel"
ASK_MODEL_ANYWAY = "Toch het taalmodel vragen"


@dataclass(eq=False)
class Ticket:
    number: int
    backend: str
    forced: bool = False  # asked with the button: never shed
    admitted: float = 0.0  # clock time of admission
    first_token: float | None = None


class ModelLine:
    """Tickets for one model backend in this process; thread-safe."""

    def __init__(self, backend: str, prior_s: float = PRIOR_S_PER_ANSWER, window: int = WINDOW, clock=time.perf_counter):
        self.backend = backend
        self._clock = clock
        self._prior_s = prior_s
        self._busy_per_answer: deque[float] = deque(maxlen=window)
        self._open: dict[int, Ticket] = {}
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._busy_total = 0.0  # seconds with at least one open ticket
        self._busy_since: float | None = None
        self._busy_at_last_answer = 0.0
        self.shed_count = 0

    # --- the estimate --------------------------------------------------------------------------
    @property
    def seconds_per_answer(self) -> float:
        with self._lock:
            return self._s_per_answer()

    def _s_per_answer(self) -> float:
        average = sum(self._busy_per_answer) / len(self._busy_per_answer) if self._busy_per_answer else self._prior_s
        # Nothing finished for longer than the average: the model got slower (other work on the cores, long
        # answers); the time it has been busy since its last answer is a lower bound for the next one.
        since_last = self._busy_total - self._busy_at_last_answer
        if self._busy_since is not None:
            since_last += self._clock() - self._busy_since
        return max(average, since_last)

    def seed(self, seconds: float) -> None:
        """A measured answer before the first visitor (the warm-up's calibration question)."""
        with self._lock:
            self._busy_per_answer.append(float(seconds))

    def waiting(self) -> int:
        """Questions that hold a ticket now (being answered or waiting)."""
        with self._lock:
            return len(self._open)

    def estimate_new_s(self) -> float:
        """The wait a question arriving now would have: (questions ahead + 1) x seconds per answer."""
        with self._lock:
            return (len(self._open) + 1) * self._s_per_answer()

    def position(self, ticket: Ticket) -> int:
        """1 + the open tickets taken before this one."""
        with self._lock:
            return 1 + sum(1 for n in self._open if n < ticket.number)

    def wait_s(self, ticket: Ticket) -> float:
        """Estimated seconds until this ticket's answer is complete (<= 0: it takes longer than estimated)."""
        with self._lock:
            ahead = sum(1 for n in self._open if n < ticket.number)
            return (ahead + 1) * self._s_per_answer() - (self._clock() - ticket.admitted)

    # --- tickets -------------------------------------------------------------------------------
    def admit(self, limit_s: float | None, *, forced: bool = False) -> Ticket | None:
        """A ticket, or None when the estimated wait is above ``limit_s`` (the caller sheds).

        Deciding and taking the ticket is one step, so visitors who arrive together see each other.
        """
        with self._lock:
            estimate = (len(self._open) + 1) * self._s_per_answer()
            if not forced and limit_s is not None and estimate > limit_s:
                self.shed_count += 1
                return None
            now = self._clock()
            self._tick(now)
            ticket = Ticket(next(self._numbers), self.backend, forced, now)
            self._open[ticket.number] = ticket
            if self._busy_since is None:
                self._busy_since = now
            return ticket

    def started(self, ticket: Ticket) -> None:
        """The model's first words for this ticket arrived."""
        if ticket.first_token is None:
            ticket.first_token = self._clock()

    def finished(self, ticket: Ticket, *, generated: bool) -> None:
        """The ticket is done; ``generated``: the model wrote (part of) an answer, so it counts for the average."""
        with self._lock:
            if self._open.pop(ticket.number, None) is None:
                return
            now = self._clock()
            self._tick(now)
            if generated:
                self._busy_per_answer.append(self._busy_total - self._busy_at_last_answer)
                self._busy_at_last_answer = self._busy_total
            if not self._open:
                self._busy_since = None

    def _tick(self, now: float) -> None:
        if self._busy_since is not None:
            self._busy_total += now - self._busy_since
            self._busy_since = now if self._open else None


_LINES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LINES_LOCK = threading.Lock()


def model_line(assistant, backend: str) -> ModelLine:
    """The line for ``backend`` of this Assistant (one per process: one Assistant serves every visitor)."""
    with _LINES_LOCK:
        lines = _LINES.setdefault(assistant, {})
        if backend not in lines:
            lines[backend] = ModelLine(backend)
        return lines[backend]


MODEL_FREE = ("extractive",)  # backends that need no model: never in line, never shed


def take_ticket(assistant, question: str, backend: str | None, *, force: bool = False):
    """(line, ticket, shed_wait_s) for one page question.

    No model needed (extractive, or an empty question that will be refused): (None, None, None).
    Shed: (line, None, estimated wait) and the page answers with ``extractive``.
    """
    if not backend or backend in MODEL_FREE or not (question or "").strip():
        return None, None, None
    line = model_line(assistant, backend)
    ticket = line.admit(assistant.settings.shed_wait_s, forced=force)
    return line, ticket, (line.estimate_new_s() if ticket is None else None)


# --------------------------------------------------------------------------- before the first visitor

CALIBRATION_QUESTION = "Hoe staat het met Achtkarspelen?"  # a typical status question, timed once before the first visitor
WARMED_BACKENDS = ("local", "ollama", "openai")  # real models; test doubles are never timed


def warm_backend(assistant, backend: str) -> threading.Thread:
    """In the background: load the model, fill its slots' KV cache with the fixed system prompt, and time one
    typical answer, which seeds the estimate of seconds per answer of its line. Join the
    thread before telling anyone the address: the first question is then no slower than later ones, and
    the first visitors are not promised a wait the machine cannot keep."""
    def work() -> None:
        from rag.lead import SYSTEM_PROMPT  # the one fixed system prompt every question starts with

        t0 = time.perf_counter()
        try:
            generator = assistant.generator(backend)
            if hasattr(generator, "warm_up"):  # llama.cpp in this process: every slot reads the system prompt
                generator.warm_up(SYSTEM_PROMPT)
            assistant.warm_up(backend)  # one token of a real lead prompt: connections, lazy imports, the grammar
            t1 = time.perf_counter()
            assistant.ask(CALIBRATION_QUESTION, llm=backend)
            model_line(assistant, backend).seed(time.perf_counter() - t1)
            log.info("%s model ready after %.1f s; one answer took %.1f s", backend, time.perf_counter() - t0,
                     time.perf_counter() - t1)
        except GeneratorError as e:
            log.warning("%s model not ready: %s", backend, e)

    thread = threading.Thread(target=work if backend in WARMED_BACKENDS else (lambda: None), name="weerbaar-warm-up",
                              daemon=True)
    thread.start()
    return thread


# --------------------------------------------------------------------------- what the visitor reads


def wait_text(position: int, wait_s: float) -> str:
    """'U bent nummer 3 in de rij voor het taalmodel · nog ongeveer 14 s'.

    >>> wait_text(1, 4.2)
    'Het taalmodel schrijft uw antwoord · nog ongeveer 5 s'
    >>> wait_text(3, 14.0)
    'U bent nummer 3 in de rij voor het taalmodel · nog ongeveer 14 s'
    >>> wait_text(2, -3.0)
    'U bent nummer 2 in de rij voor het taalmodel · het duurt langer dan geschat'
    """
    when = f"nog ongeveer {int(wait_s + 0.999)} s" if wait_s > 0 else "het duurt langer dan geschat"
    if position <= 1:
        return f"Het taalmodel schrijft uw antwoord · {when}"
    return f"U bent nummer {position} in de rij voor het taalmodel · {when}"


def wait_html(position: int, wait_s: float) -> str:
    """The notice under the question box while waiting (a polite live region, read out by screen readers)."""
    from weerbaar.ui_render import esc

    return (f'<div class="wb-queue" role="status" aria-live="polite" data-position="{position}">'
            f'{esc(wait_text(position, wait_s))}</div>')


def shed_note(wait_s: float) -> str:
    """The line above a shed answer (Markdown).

    >>> shed_note(42.4)
    '**Druk: direct antwoord uit de bronnen, zonder taalmodel.** Het taalmodel had nu ongeveer 43 s nodig; \
met de knop *Toch het taalmodel vragen* wacht u daarop.'
    """
    return (f"**{SHED_LABEL}.** Het taalmodel had nu ongeveer {int(wait_s + 0.999)} s nodig; met de knop "
            f"*{ASK_MODEL_ANYWAY}* wacht u daarop.")
