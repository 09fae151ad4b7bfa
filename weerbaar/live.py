"""The app's one Assistant, swapped (never changed in place) when an upload or a delete changes the index.

    live = LiveAssistant(Assistant(settings))
    live.ask(...)                          # any Assistant attribute: the current one's
    live.change(lambda index: add_file(index, settings, name, path))   # write, rebuild, swap

A question runs to its end on the Assistant it started on. A write builds the next index generation
and keeps the one it replaced (``keep_previous``); the new Assistant is built and warmed up beside the
old one, then one assignment swaps them. The replaced generation is dropped in the background once no
question runs on the old Assistant any more (until then index.kept protects it from being taken for an
interrupted ingest's leftover). Writes are serialised; questions never wait for them.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
DROP_AFTER_S = 600.0  # drop a replaced generation at the latest this long after the swap (a stuck question)


class LiveAssistant:
    def __init__(self, assistant, rebuild: Callable | None = None):
        self._current = assistant
        self._rebuild = rebuild or (lambda old: old.reloaded())
        self._write = threading.Lock()  # one upload / delete at a time; held until the old generation is dropped
        self._busy = threading.Condition()
        self._running: dict[int, int] = {}  # id(assistant) -> questions running on it
        self.swaps = 0
        self._retiring: list[threading.Thread] = []

    @property
    def current(self):
        return self._current

    def __getattr__(self, name):  # everything else: the current Assistant's
        return getattr(self._current, name)

    def ask(self, *args, **kwargs):
        assistant = self._current
        with self._busy:
            self._running[id(assistant)] = self._running.get(id(assistant), 0) + 1
        try:
            return assistant.ask(*args, **kwargs)
        finally:
            with self._busy:
                self._running[id(assistant)] -= 1
                self._busy.notify_all()

    def running(self, assistant=None) -> int:
        """Questions running now on ``assistant`` (default: all)."""
        with self._busy:
            return self._running.get(id(assistant), 0) if assistant is not None else sum(self._running.values())

    def writing(self) -> bool:
        return self._write.locked()

    def change(self, write: Callable[[object], T], previous: Callable[[T], list[str]],
               changed: Callable[[T], bool] = lambda result: True) -> T:
        """Run ``write(index)``; when ``changed(result)``, build a new Assistant, swap it in and drop the
        generations ``previous(result)`` names once the old Assistant is idle. Returns write's result."""
        with self._write:
            old = self._current
            result = write(old.index)
            kept = [g for g in previous(result) if g]
            if not changed(result):
                for name in kept:
                    old.index.drop_generation(name)
                return result
            fresh = self._rebuild(old)
            _warm_up(fresh)
            self._current = fresh
            self.swaps += 1
        # The kept generations stay in index.kept, so a next write does not drop them as strays meanwhile.
        retire = threading.Thread(target=self._retire, args=(old, kept), name="weerbaar-retire", daemon=True)
        self._retiring.append(retire)
        retire.start()
        return result

    def _retire(self, old, generations: list[str]) -> None:
        try:
            deadline = time.monotonic() + DROP_AFTER_S
            with self._busy:
                while self._running.get(id(old), 0) and time.monotonic() < deadline:
                    self._busy.wait(timeout=1.0)
                self._running.pop(id(old), None)
            for name in generations:
                old.index.drop_generation(name)
        except Exception:  # a failed drop costs disk only; the next write of a new process drops strays
            log.exception("dropping a replaced index generation failed")

    def wait_retired(self, timeout: float = 30.0) -> bool:
        """Wait until every replaced generation is dropped (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        for thread in list(self._retiring):
            thread.join(max(0.0, deadline - time.monotonic()))
        self._retiring = [t for t in self._retiring if t.is_alive()]
        return not self._retiring


def _warm_up(assistant) -> None:
    """Build what the first question would otherwise wait for: BM25 warm, similar's per-index state."""
    try:
        assistant.retrieve("ondermijning")
        from rag.similar import similar_index

        similar_index(assistant)
    except Exception:  # an empty index or a missing feature: the first question will say so
        log.exception("warming up the new index state failed")
