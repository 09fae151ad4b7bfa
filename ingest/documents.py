"""The indexed documents one by one: list them, add uploaded files, re-index or delete one.

A document is a file name: the index knows a file by its name only (``Chunk.source_file``), so a
new upload called like an indexed file replaces that file's chunks (a corrected version), and
``2021/x.txt`` and ``2022/x.txt`` cannot both be indexed.

    list_documents(index, settings)                   -> [DocumentInfo(file='ondermijning_stand_van_zaken.txt', ...)]
    add_files(index, settings, [(name, bytes), ...])  -> [FileResult(...)], one per file; a bad file costs nothing
    reindex_document(index, settings, name)            -> FileResult (reads the kept original again)
    delete_document(index, settings, name)             -> SyncReport

Uploaded files are kept in ``settings.stored_documents_dir()`` so they can be re-indexed; the bundled
corpus is found in the package's data folder. Every write builds a new index generation and keeps the
replaced one (``keep_previous``) so that searches still running on it finish; the caller drops it.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.settings import DATA_DIR
from ingest.formats import ALL_SUFFIXES, SUPPORTED
from ingest.index import ChunkIndex, SyncReport
from ingest.load import InputProblem
from ingest.pipeline import ingest

# A stored name is a plain file name: no folders, no hidden files, nothing a shell or a file
# system could read as something else. Other characters become "_".
_UNSAFE = re.compile(r"[^\w.\- ()]+", re.UNICODE)
MAX_NAME_CHARS = 120


@dataclass(frozen=True)
class DocumentInfo:
    """One indexed file."""

    file: str
    gemeenten: tuple[str, ...]
    dates: tuple[str, ...]
    kind: str  # "tabel" (the report: one row per gemeente), "beschrijving", "stand van zaken" or both
    chunks: int
    origin: str  # "meegeleverd" (the bundled corpus), "geüpload" (kept here) or "elders" (ingested from a path)

    @property
    def reindexable(self) -> bool:
        return self.origin != "elders"

    def to_json(self) -> dict:
        return {"file": self.file, "gemeenten": list(self.gemeenten), "dates": list(self.dates), "kind": self.kind,
                "chunks": self.chunks, "origin": self.origin}


@dataclass
class FileResult:
    """What happened to one file: what was found and added, or the problem in words a user understands."""

    file: str
    ok: bool
    gemeenten: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    chunks: int = 0
    quarantined: int = 0
    replaced: bool = False  # a document of this name was indexed before
    problem: str = ""
    seconds: float = 0.0
    previous: list[str] = field(default_factory=list)  # replaced index generations, kept for running searches

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "previous"}


def safe_name(name: str) -> str:
    """A user's file name -> the plain name it is stored and indexed under.

    >>> safe_name("../../etc/Plan Zeewolde (v2).docx")
    'Plan Zeewolde (v2).docx'
    >>> safe_name("..docx")
    'document.docx'
    """
    base = Path(str(name).replace("\\", "/")).name
    stem, suffix = os.path.splitext("x" + base)  # the "x": splitext keeps a leading-dot name ('.docx') whole
    stem = _UNSAFE.sub("_", stem[1:]).strip(" ._") or "document"
    suffix = _UNSAFE.sub("", suffix.lower())
    return stem[: MAX_NAME_CHARS - len(suffix)] + suffix


def kind_of(sections: Iterable[str], n_gemeenten: int) -> str:
    """'tabel' for a file with rows of several gemeenten, else the sections it fills."""
    if n_gemeenten > 1:
        return "tabel"
    return " + ".join(s for s in ("beschrijving", "stand van zaken") if s in set(sections)) or "–"


def list_documents(index: ChunkIndex, settings) -> list[DocumentInfo]:
    """Every indexed file, the bundled corpus included, sorted by name."""
    stored = settings.stored_documents_dir()
    out = []
    for d in index.documents():
        origin = ("geüpload" if (stored / d["file"]).is_file() else
                  "meegeleverd" if (DATA_DIR / d["file"]).is_file() else "elders")
        out.append(DocumentInfo(file=d["file"], gemeenten=tuple(d["gemeenten"]), dates=tuple(d["dates"]),
                                kind=kind_of(d["sections"], len(d["gemeenten"])), chunks=d["chunks"], origin=origin))
    return out


def check_upload(files: list[tuple[str, int]], settings) -> str | None:
    """The problem with an upload as a whole (too many files, too large together), or None."""
    if not files:
        return "Kies eerst een of meer bestanden."
    if len(files) > settings.max_upload_files:
        return (f"U koos {len(files)} bestanden; er mogen er {settings.max_upload_files} tegelijk "
                "(WEERBAAR_MAX_UPLOAD_FILES). Er is niets toegevoegd.")
    total = sum(size for _, size in files)
    if total > settings.max_upload_bytes:
        return (f"De bestanden zijn samen {total:,} bytes, meer dan {settings.max_upload_bytes:,} "
                "(WEERBAAR_MAX_UPLOAD_BYTES). Er is niets toegevoegd.")
    return None


def add_file(index: ChunkIndex, settings, name: str, source: Path,
             progress: Callable[[int, int], None] | None = None) -> FileResult:
    """Index one uploaded file (read from ``source``) under ``safe_name(name)`` and keep a copy.

    The copy replaces an earlier upload of that name only when the new file was indexed: a bad
    upload never costs the document that was there.
    """
    t0 = time.perf_counter()
    stored_name = safe_name(name)
    result = FileResult(file=stored_name, ok=False)
    if Path(stored_name).suffix.lower() not in ALL_SUFFIXES - {""}:
        result.problem = (f"Dit bestandstype ({Path(stored_name).suffix or 'zonder extensie'}) wordt niet gelezen; "
                          f"wel: {', '.join(SUPPORTED)}.")
        return result
    before = {d.file for d in list_documents(index, settings)} if index.active_name() else set()
    with tempfile.TemporaryDirectory(prefix="weerbaar-upload-") as tmp:
        staged = Path(tmp) / stored_name  # same name as in the index: the name is the document's identity
        shutil.copyfile(source, staged)
        report = ingest([staged], settings, progress=progress, index=index, keep_previous=True)
        if report.problems:
            result.problem = dutch_problem(report.problems[0])
            result.seconds = time.perf_counter() - t0
            return result
        stored = settings.stored_documents_dir()
        stored.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(staged, stored / f".{stored_name}.part")
        os.replace(stored / f".{stored_name}.part", stored / stored_name)
    s = report.sync
    result.ok = True
    result.gemeenten = sorted({g for g, _ in report.found})
    result.dates = sorted({d for _, d in report.found if d})
    result.added, result.unchanged, result.removed = s.added, s.unchanged, s.removed
    result.chunks = s.added + s.unchanged + s.updated
    result.quarantined = report.quarantined_count
    result.replaced = stored_name in before
    result.previous = [s.previous] if s.previous else []
    result.seconds = time.perf_counter() - t0
    return result


def original_path(settings, name: str) -> Path | None:
    """Where the original of an indexed file is kept (an upload, or the bundled corpus), else None."""
    for folder in (settings.stored_documents_dir(), DATA_DIR):
        path = folder / name
        if path.is_file():
            return path
    return None


def reindex_document(index: ChunkIndex, settings, name: str,
                     progress: Callable[[int, int], None] | None = None) -> FileResult:
    """Read a document's kept original again and sync its chunks (only changed text is embedded)."""
    t0 = time.perf_counter()
    path = original_path(settings, name)
    if path is None:
        return FileResult(file=name, ok=False, problem=(
            f"Het oorspronkelijke bestand van {name} is hier niet bewaard (het is met `weerbaar ingest` van "
            "elders toegevoegd); voeg het opnieuw toe om het opnieuw te indexeren."))
    report = ingest([path], settings, progress=progress, index=index, keep_previous=True)
    if report.problems:
        return FileResult(file=name, ok=False, problem=dutch_problem(report.problems[0]),
                          seconds=time.perf_counter() - t0)
    s = report.sync
    return FileResult(file=name, ok=True, gemeenten=sorted({g for g, _ in report.found}),
                      dates=sorted({d for _, d in report.found if d}), added=s.added, unchanged=s.unchanged,
                      removed=s.removed, chunks=s.added + s.unchanged + s.updated, quarantined=report.quarantined_count,
                      replaced=True, previous=[s.previous] if s.previous else [], seconds=time.perf_counter() - t0)


class LastDocument(ValueError):
    """Deleting this document would leave the index empty."""


def delete_document(index: ChunkIndex, settings, name: str) -> SyncReport:
    """Remove a document's chunks from the index, then its kept upload (the bundled corpus file stays)."""
    documents = {d.file for d in list_documents(index, settings)}
    if name not in documents:
        raise KeyError(f"{name} staat niet (meer) in de index")
    if documents == {name}:
        raise LastDocument(f"{name} is het enige document in de index; voeg eerst een ander toe")
    report = index.delete_files({name}, keep_previous=True)
    kept = settings.stored_documents_dir() / name
    if kept.is_file():
        kept.unlink()
    return report


# Problems (from ingest/load.py and ingest/formats.py, in English for the CLI) in plain Dutch for the page.
_DUTCH = [
    (r"over the limit of ([\d,]+)", lambda m: f"Het bestand is te groot (meer dan {m.group(1).replace(',', '.')} bytes)."),
    (r"the file is empty|only white space", "Het bestand is leeg."),
    (r"unsupported file type", f"Dit bestandstype wordt niet gelezen; wel: {', '.join(SUPPORTED)}."),
    (r"name says PDF", "De naam zegt PDF, maar het is geen PDF."),
    (r"password-protected", "De PDF is met een wachtwoord beveiligd; sla een onbeveiligde kopie op."),
    (r"no text layer", "De PDF bevat geen tekst (een scan?); haal er eerst tekst uit (OCR)."),
    (r"PDF cannot be read", "De PDF is beschadigd of onvolledig."),
    (r"name says \.docx|old Word file|old Microsoft Office", "Dit is geen .docx (een oud Word-bestand?); sla het op als .docx."),
    (r"Excel workbook|OpenDocument|not a Word document", "Dit is geen Word-document (.docx)."),
    (r"\.docx (is damaged|cannot be read|is not a valid ZIP)", "Het Word-bestand is beschadigd of onvolledig; sla het opnieuw op."),
    (r"unpacks to", "Het Word-bestand pakt uit tot een onredelijk grote omvang en is niet gelezen."),
    (r"binary|does not look like text|control characters", "Dit is geen tekstbestand."),
    (r"ZIP archive|gzip|PNG|JPEG", "Dit is een archief of afbeelding, geen document."),
    (r"no text found", "Er staat geen tekst in, alleen kopregels."),
    (r"table row|line \d+", lambda m: None),  # a broken table: the English message names the row; keep it
]


def dutch_problem(problem: InputProblem) -> str:
    """An InputProblem in plain Dutch for the page (the technical message follows in brackets)."""
    for pattern, dutch in _DUTCH:
        m = re.search(pattern, problem.problem)
        if m:
            text = dutch(m) if callable(dutch) else dutch
            if text:
                return f"{text} ({problem.problem})"
            break
    return f"Dit bestand kon niet worden gelezen: {problem.problem}"
