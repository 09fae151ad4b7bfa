"""The ingest pipeline, a plain loop: files -> records -> chunks -> index.

Each file fails on its own: a bad file is reported by name and the others still ingest;
nothing already indexed for a failed file is removed.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunk import chunk_records
from core.embed import build_embedder
from ingest.index import ChunkIndex, SyncReport
from ingest.formats import read_records
from ingest.load import InputProblem
from ingest.quarantine import quarantine_records
from core.settings import DEFAULT_CORPUS
from core.types import Chunk, Quarantined, Record


@dataclass
class IngestReport:
    files: list[str] = field(default_factory=list)
    records: int = 0
    gemeenten: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    sync: SyncReport = field(default_factory=SyncReport)
    seconds: float = 0.0
    # per file name: (gemeente, sentence) pairs kept out of the index because they read as instructions to a model
    quarantined: dict[str, list[tuple[str, Quarantined]]] = field(default_factory=dict)
    found: list[tuple[str, str | None]] = field(default_factory=list)  # (gemeente, date) of each record

    @property
    def quarantined_count(self) -> int:
        """How many sentences were set aside, over all files."""
        return sum(len(found) for found in self.quarantined.values())

    def to_json(self) -> dict:
        s = self.sync
        return {
            "files": self.files,
            "records": self.records,
            "gemeenten": self.gemeenten,
            "chunks": s.chunks,
            "added": s.added,
            "unchanged": s.unchanged,
            "removed": s.removed,
            "updated": s.updated,
            "rebuilt": s.rebuilt,
            "generation": s.generation,
            "problems": [{"file": p.path, "problem": p.problem} for p in self.problems],
            "quarantined": [{"file": name, "gemeente": gemeente, **q.to_json()}
                            for name, found in self.quarantined.items() for gemeente, q in found],
            "seconds": round(self.seconds, 2),
        }


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders expanded to the files below them (sorted, hidden files skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not any(x.startswith(".") for x in f.parts)))
        else:
            out.append(p)
    return out


def load_records(path: Path, settings) -> list[Record]:
    """One file (table, text, markdown, HTML or PDF) -> its records, with sentences that read as
    instructions to a model moved to ``Record.quarantined``. Raises InputProblem naming the file."""
    return quarantine_records(read_records(path, settings), path, settings)


def parse_files(paths: Iterable[Path], settings) -> tuple[list[Record], list[Path], list[InputProblem]]:
    records: list[Record] = []
    ok: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        try:
            records.extend(load_records(path, settings))
            ok.append(path)
        except InputProblem as e:
            problems.append(e)
        except Exception as e:  # a parser bug must not cost the other files
            problems.append(InputProblem(path, f"unexpected error while reading: {type(e).__name__}: {e}"))
    return records, ok, problems


def ingest(
    paths: Iterable[Path | str] | None,
    settings,
    progress: Callable[[int, int], None] | None = None,
    index: ChunkIndex | None = None,
    keep_previous: bool = False,
) -> IngestReport:
    t0 = time.perf_counter()
    files = expand_paths(paths or [DEFAULT_CORPUS])
    records, ok, problems = parse_files(files, settings)
    chunks: list[Chunk] = chunk_records(records, settings.chunk_max_chars)
    index = index or ChunkIndex(settings, build_embedder(settings))
    # Only files that parsed are in scope: a failed file keeps whatever it had in the index.
    sync = index.sync(chunks, scope_files={p.name for p in ok}, progress=progress, keep_previous=keep_previous)
    quarantined: dict[str, list[tuple[str, Quarantined]]] = {}
    for r in records:
        if r.quarantined:
            quarantined.setdefault(r.source.path, []).extend((r.gemeente, q) for q in r.quarantined)
    return IngestReport(
        files=[str(p) for p in files],
        records=len(records),
        gemeenten=len({r.gemeente for r in records}),
        problems=problems,
        sync=sync,
        seconds=time.perf_counter() - t0,
        quarantined=quarantined,
        found=[(r.gemeente, r.date) for r in records],
    )
