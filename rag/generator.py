"""The one interface every answer model implements, and the error they all raise.

    for piece in generator.stream(messages, max_tokens=256, temperature=0.1):
        print(piece, end="")
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}


class GeneratorError(RuntimeError):
    """The generator cannot answer: backend unreachable, misconfigured, or it returned an error."""


@runtime_checkable
class Generator(Protocol):
    name: str

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float,
               schema: dict | None = None) -> Iterator[str]:
        """Yield the reply in pieces as they are generated; ``schema`` asks for JSON of that shape
        (backends with ``supports_schema``)."""
        ...
