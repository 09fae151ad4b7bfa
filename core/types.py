"""Typed records shared by every stage: Record -> Chunk -> Hit -> Answer.

All are frozen dataclasses so they can be hashed, cached and shared across threads.
IDs are content hashes, so re-ingesting the same text gives the same IDs.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Literal

Section = Literal["beschrijving", "stand van zaken"]
SECTIONS: tuple[Section, ...] = ("beschrijving", "stand van zaken")


def content_hash(text: str, metadata: dict | None = None, length: int = 16) -> str:
    """Stable hex id over text + sorted metadata.

    >>> content_hash("a", {"b": 1}) == content_hash("a", {"b": 1})
    True
    """
    payload = json.dumps({"text": text, "meta": metadata or {}}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Source:
    """Where a record came from: file name and 1-based inclusive line span."""

    path: str
    line_start: int
    line_end: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line_start}-{self.line_end}"


@dataclass(frozen=True)
class Quarantined:
    """A sentence of a file kept out of every chunk, prompt and answer: it reads as an instruction to a
    model (core/instructions.py). Stored with its record so the page and the CLI can show it."""

    sentence: str
    section: str  # "titel", "beschrijving" or "stand van zaken"
    line: int  # 1-based line of the file where the sentence starts; 0 when it could not be found
    reason: str  # plain Dutch, e.g. "richt zich tot een taalmodel"

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Record:
    """One gemeente's entry: project title, description and stand van zaken."""

    gemeente: str  # canonical name, e.g. "'s-Hertogenbosch"
    aliases: tuple[str, ...]  # every other way a user may write it, e.g. ("Den Bosch",)
    title: str
    description: str
    status: str
    source: Source
    date: str | None = None  # report date (ISO) when known; reports of different dates coexist
    quarantined: tuple[Quarantined, ...] = ()  # sentences taken out of title/description/status at ingest

    def to_json(self) -> dict:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        d["source"] = str(self.source)
        d["quarantined"] = [q.to_json() for q in self.quarantined]
        return d


@dataclass(frozen=True)
class Chunk:
    """A few sentences of one gemeente's description or status; never spans two of either."""

    id: str
    text: str
    gemeente: str
    section: Section
    title: str
    source: str
    position: int  # 0-based order within (gemeente, section)
    date: str | None = None
    # JSON list of the record's Quarantined sentences, on the record's first chunk only ("" elsewhere). A
    # record whose every sentence was quarantined keeps one chunk with empty text that carries them.
    quarantined: str = ""

    @property
    def source_file(self) -> str:
        """'report.txt:4-9' -> 'report.txt': ingest replaces a file's chunks as a whole."""
        return self.source.rsplit(":", 1)[0] if ":" in self.source else self.source

    def metadata(self) -> dict:
        """Flat metadata as stored in Chroma (no None values: Chroma rejects them)."""
        meta = {
            "gemeente": self.gemeente,
            "section": self.section,
            "title": self.title,
            "source": self.source,
            "source_file": self.source_file,
            "position": self.position,
            "date": self.date or "",
        }
        if self.quarantined:  # only when there is any: the metadata of clean chunks stays as it was
            meta["quarantined"] = self.quarantined
        return meta

    def quarantined_sentences(self) -> tuple[Quarantined, ...]:
        return tuple(Quarantined(**q) for q in json.loads(self.quarantined)) if self.quarantined else ()

    @classmethod
    def from_metadata(cls, id: str, text: str, meta: dict) -> "Chunk":
        return cls(
            id=id,
            text=text,
            gemeente=meta["gemeente"],
            section=meta["section"],
            title=meta.get("title", ""),
            source=meta.get("source", ""),
            position=int(meta.get("position", 0)),
            date=meta.get("date") or None,
            quarantined=meta.get("quarantined") or "",
        )


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks each retriever gave it (None = not found)."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None


@dataclass(frozen=True)
class Citation:
    marker: int  # the [n] in the answer text
    gemeente: str
    section: Section
    text: str
    title: str = ""  # the gemeente's project title
    date: str | None = None  # the report's date, when several reports of one gemeente coexist


@dataclass(frozen=True)
class Evidence:
    """One sentence an answer stands on, with its provenance; ``marker`` is its [n] in the answer."""

    marker: int
    gemeente: str
    section: Section
    sentence: str
    score: float = 0.0  # how well it answers the question (rag/evidence.py), for ordering and refusals
    title: str = ""  # the project title of the document the sentence comes from
    date: str | None = None
    source: str = ""  # "file.txt:4-9": the document and its line span

    def to_json(self) -> dict:
        return {"marker": self.marker, "gemeente": self.gemeente, "section": self.section,
                "sentence": self.sentence, "score": round(self.score, 4)}


@dataclass
class Answer:
    question: str
    text: str
    language: Literal["nl", "en"]
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[Hit] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    backend: str = ""
    gemeenten_in_question: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)  # the sentences the answer quotes, with markers
    lead: str | None = None  # the model's verified lead sentence(s), or None (no model, or it failed the check)
    model_error: str | None = None  # the model failed (unreachable, timed out): the answer is the quotes alone
    # a refusal's nearest sentences (rag.answer.nearby_evidence): shown as no answer, cited by nothing (marker 0)
    nearby: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.text,
            "language": self.language,
            "refused": self.refused,
            "backend": self.backend,
            "citations": [asdict(c) for c in self.citations],
            "retrieved": [
                {
                    "gemeente": h.chunk.gemeente,
                    "section": h.chunk.section,
                    "text": h.chunk.text,
                    "score": round(h.score, 6),
                }
                for h in self.retrieved
            ],
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            "evidence": [e.to_json() for e in self.evidence],
            "lead": self.lead,
            "model_error": self.model_error,
            "nearby": [{k: v for k, v in e.to_json().items() if k != "marker"} for e in self.nearby],
        }
