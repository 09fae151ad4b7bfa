"""A Word .docx file -> its text, in reading order, with python-docx (no hand-written XML parsing).

Headings come out as markdown headings (``# Stand van zaken``) so that ingest/formats.py treats
them the way it treats a markdown file's; list paragraphs as ``- item``; a table as one line per
row. A table headed Gemeente | Stand van zaken is returned separately, tab-separated, for the
table parser (the report itself saved as Word).

    read_docx("plan.docx", data) -> DocxText(paragraphs=['# Aanpak vakantieparken', 'Wij ...'], title=..., table=None)

A .docx is a ZIP archive: it is checked before python-docx unpacks it, so a damaged file, another
Office format renamed to .docx or a "ZIP bomb" is refused with a message instead of eating memory.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.load import InputProblem

# A .docx unpacks to ~3-10x its size; more than this is an attack or not a report (nothing
# else is read from it). 200 MB unpacked is ~40 MB of zipped Word text, twice the file size limit.
MAX_UNPACKED_BYTES = 200_000_000
_HEADING_STYLE = re.compile(r"^(heading|kop)\s*(\d)$", re.IGNORECASE)  # Word's built-in names, and the Dutch UI's
_TITLE_STYLE = re.compile(r"^(title|titel)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|lijst", re.IGNORECASE)


@dataclass
class DocxText:
    paragraphs: list[str] = field(default_factory=list)  # one entry per Word paragraph (or table row)
    title: str | None = None  # the document's Title paragraph or its core property
    table: str | None = None  # a Gemeente | Stand van zaken table as tab-separated text, else None


def read_docx(path: Path | str, data: bytes) -> DocxText:
    """The text of a .docx file; InputProblem when it is not a readable Word document."""
    _check_zip(path, data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as e:
        raise InputProblem(path, f"this .docx cannot be read as a Word document ({type(e).__name__}: {e}); "
                                 "open it in Word or LibreOffice and save it again as .docx") from e
    except Exception as e:  # lxml's XMLSyntaxError and friends: a damaged part inside the archive
        raise InputProblem(path, f"this .docx is damaged ({type(e).__name__}: {e}); save it again as .docx") from e
    out = DocxText(title=(document.core_properties.title or "").strip() or None)
    for block in document.iter_inner_content():  # paragraphs and tables, in document order
        if hasattr(block, "rows"):
            rows = [[" ".join(cell.text.split()) for cell in _unique_cells(row)] for row in block.rows]
            if out.table is None and rows and [c.lower() for c in rows[0][:2]] == ["gemeente", "stand van zaken"]:
                out.table = "\n".join("\t".join(r[:2]) for r in rows)
                continue
            out.paragraphs += [" | ".join(c for c in r if c) for r in rows if any(r)]
            continue
        text = " ".join(block.text.split())
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        heading = _HEADING_STYLE.match(style)
        if _TITLE_STYLE.match(style):
            out.title = out.title or text
            out.paragraphs.append(f"# {text}")
        elif heading:
            out.paragraphs.append(f"{'#' * int(heading.group(2))} {text}")
        elif _LIST_STYLE.search(style):
            out.paragraphs.append(f"- {text}")
        else:
            out.paragraphs.append(text)
    return out


def _check_zip(path: Path | str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            unpacked = sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile as e:
        raise InputProblem(path, f"this .docx is not a valid ZIP archive ({e}); is it damaged or cut off? "
                                 "An old Word file (.doc) must be saved as .docx first") from e
    if "word/document.xml" not in names:
        kind = ("an Excel workbook" if "xl/workbook.xml" in names else "an OpenDocument file" if "content.xml" in names
                else "a ZIP archive")
        raise InputProblem(path, f"this is {kind}, not a Word document; save it as .docx, text, HTML or PDF")
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputProblem(path, f"this .docx unpacks to {unpacked:,} bytes, over the limit of "
                                 f"{MAX_UNPACKED_BYTES:,}; it is not read")


def _unique_cells(row):
    """A row's cells without the repeats python-docx returns for merged cells."""
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell
