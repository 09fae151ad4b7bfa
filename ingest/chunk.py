"""Records -> chunks of a few sentences, split on sentence boundaries.

A chunk never spans two gemeenten nor the beschrijving / stand van zaken boundary, and
list items and paragraphs (lines) are never glued to a sentence of another line unless
they fit together in one chunk.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from core.text import split_sentences
from core.types import Chunk, Record, Section, content_hash


def _pieces(sentence: str, max_chars: int) -> Iterator[str]:
    """A sentence longer than max_chars is cut at ';' or ',' or, failing that, between words."""
    if len(sentence) <= max_chars:
        yield sentence
        return
    parts = re.split(r"(?<=[;,:])\s+", sentence)
    buf = ""
    for part in parts:
        while len(part) > max_chars:  # no punctuation to cut at: cut between words
            cut = part.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            if buf:
                yield buf
                buf = ""
            yield part[:cut].strip()
            part = part[cut:].strip()
        if buf and len(buf) + 1 + len(part) > max_chars:
            yield buf
            buf = part
        else:
            buf = f"{buf} {part}".strip()
    if buf:
        yield buf


def pack(lines: Iterable[str], max_chars: int) -> list[str]:
    """Pack sentences (from lines) greedily into passages of at most max_chars.

    >>> pack(["Een. Twee.", "- drie"], max_chars=12)
    ['Een. Twee.', '- drie']
    """
    passages: list[str] = []
    buf: list[str] = []
    size = 0
    for line in lines:
        sentences = [p for s in split_sentences(line) for p in _pieces(s, max_chars)]
        for i, sentence in enumerate(sentences):
            sep = 1 if buf else 0
            if buf and size + sep + len(sentence) > max_chars:
                passages.append(_join(buf))
                buf, size, sep = [], 0, 0
            # Keep line structure: a new line starts with a newline marker inside the passage.
            buf.append(("\n" if i == 0 and buf else "") + sentence)
            size += sep + len(sentence)
    if buf:
        passages.append(_join(buf))
    return passages


def _join(parts: list[str]) -> str:
    return " ".join(parts).replace(" \n", "\n").strip()


def chunk_record(record: Record, max_chars: int = 500) -> list[Chunk]:
    """One record -> its chunks, description first, then stand van zaken.

    The record's quarantined sentences ride along as JSON on its first chunk (ids do not depend on it);
    a record with nothing left but quarantined sentences gets one chunk with empty text to carry them.
    """
    chunks: list[Chunk] = []
    sections: list[tuple[Section, str]] = [("beschrijving", record.description), ("stand van zaken", record.status)]
    for section, text in sections:
        for position, passage in enumerate(pack(text.split("\n"), max_chars)):
            meta = {"gemeente": record.gemeente, "section": section, "position": position, "date": record.date or ""}
            chunks.append(
                Chunk(
                    id=content_hash(passage, meta),
                    text=passage,
                    gemeente=record.gemeente,
                    section=section,
                    title=record.title,
                    source=str(record.source),
                    position=position,
                    date=record.date,
                )
            )
    if record.quarantined:
        carried = json.dumps([q.to_json() for q in record.quarantined], ensure_ascii=False)
        if chunks:
            chunks[0] = replace(chunks[0], quarantined=carried)
        else:  # everything was quarantined: the record still exists and is reported
            meta = {"gemeente": record.gemeente, "section": "beschrijving", "position": 0, "date": record.date or "",
                    "source": str(record.source)}
            chunks.append(Chunk(id=content_hash("", meta), text="", gemeente=record.gemeente, section="beschrijving",
                                title=record.title, source=str(record.source), position=0, date=record.date,
                                quarantined=carried))
    return chunks


def chunk_records(records: Iterable[Record], max_chars: int = 500) -> list[Chunk]:
    return [c for r in records for c in chunk_record(r, max_chars)]


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees: the passage with its gemeente and project title as context."""
    return f"{chunk.gemeente} — {chunk.title} ({chunk.section}): {chunk.text}"
