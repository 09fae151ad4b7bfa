"""One file of any supported format -> its records. Entry point: :func:`read_records`.

Formats (chosen by file name, except that a file starting with ``%PDF-`` is always read as PDF):

- ``.txt`` ``.tsv`` ``.md`` (or no suffix): the 'Gemeente | Stand van zaken' table of any year
  (see ingest/parse.py); text that is not such a table is read as one document.
- ``.html`` ``.htm``: an HTML table whose header row is Gemeente | Stand van zaken is parsed as the
  table; any other page is one document (BeautifulSoup; a truncated page keeps what is there).
- ``.pdf``: one document, the text of its pages (pypdf). Scans without a text layer are refused.
- ``.docx``: one document, its paragraphs and tables in order (python-docx, ingest/docxtext.py); Word
  headings count as markdown headings; a Gemeente | Stand van zaken table in it is parsed as the table.

A document (anything that is not a table) becomes ONE Record:

- gemeente: from metadata first (HTML ``<meta name="gemeente">``, a ``Gemeente: X`` line at the top,
  a gemeente in the file name), else the gemeente named most often in the text (a tie -> none),
  else ``"onbekend"`` (unattributed; still indexed and searchable).
- date: ISO ``YYYY`` or ``YYYY-MM-DD`` from ``<meta name="date">`` / ``<time datetime>``, a ``Datum:``
  line, or the file name (``stand_van_zaken_2021.txt``). Reports of different dates coexist.
- text: a progress report (title or file name says "stand van zaken", "voortgang", "rapportage")
  goes into ``status`` (section "stand van zaken"), anything else into ``description``.
  Lines that are just "Beschrijving" or "Stand van zaken" (markdown ``#`` allowed) switch the
  section from there on, so a document can fill both.

  "Gemeente: Zwolle\\nDatum: 3 maart 2021\\n# Voortgang pilot\\n\\nDe pilot is\\ngestart."
      -> Record(gemeente="Zwolle", date="2021-03-03", title="Voortgang pilot", status="De pilot is gestart.")
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.docxtext import read_docx
from ingest.htmltext import html_to_lines
from ingest.load import InputProblem, decode, read_bytes
from ingest.parse import ParseError, TableParser
from core.types import Record, Source

TEXT_SUFFIXES = {".txt", ".tsv", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
SUPPORTED = sorted(ALL_SUFFIXES - {""})
UNKNOWN_GEMEENTE = "onbekend"

_FIELD = re.compile(r"^\s*(gemeente|datum|date|titel|title)\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*#*\s*(beschrijving|projectbeschrijving|stand van zaken|voortgang)\s*:?\s*$", re.IGNORECASE)
_PROGRESS = re.compile(r"stand[\s_-]*van[\s_-]*zaken|voortgang|rapportage|progress", re.IGNORECASE)
_TABLE_HEADER = re.compile(r"^\s*(<[^>]+>\s*)*gemeente(\s*<[^>]+>)*\s*\t\s*(<[^>]+>\s*)*stand van zaken", re.IGNORECASE | re.MULTILINE)
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*]|\d{1,2}[.)])\s+")
logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes would clutter the CLI; errors still raise
_MONTHS = {m: i for i, m in enumerate(
    "januari februari maart april mei juni juli augustus september oktober november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS.update({"march": 3, "may": 5, "june": 6, "july": 7, "october": 10})


@dataclass
class Document:
    """A non-table file's text lines and what its metadata says (None = not stated)."""

    lines: list[str]
    title: str | None = None
    gemeente: str | None = None
    date: str | None = None
    line_count: int = 0


def read_records(path: Path | str, settings, matcher=None) -> list[Record]:
    """Any supported file -> its records. Raises InputProblem naming the file and the problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ALL_SUFFIXES:
        raise InputProblem(path, f"unsupported file type {suffix!r}; weerbaar reads {', '.join(SUPPORTED)}")
    data = read_bytes(path, settings.max_file_bytes)
    if matcher is None:
        from core.names import default_matcher

        matcher = default_matcher(())
    if data.startswith(b"%PDF-"):
        return [document_record(path, pdf_document(path, data), matcher)]
    if suffix in PDF_SUFFIXES:
        raise InputProblem(
            path, "the name says PDF but the content is not (no %PDF- header); rename it to .txt if it is text"
        )
    if suffix in DOCX_SUFFIXES:
        if not data.startswith(b"PK\x03\x04"):
            raise InputProblem(path, "the name says .docx but the content is not a Word document (no ZIP header); "
                                     "an old Word file (.doc) must be saved as .docx first")
        return docx_records(path, data, matcher)
    text, _encoding = decode(path, data)
    if suffix in HTML_SUFFIXES:
        table = html_table_text(text)
        if table is None:
            return [document_record(path, html_document(text), matcher)]
        try:
            return _table_records(path, table, matcher, _field_date(html_meta(text).get("date")))
        except ParseError as e:  # the row numbers are the table's <tr>s
            raise InputProblem(path, _without_file_name(str(e), path.name).replace("line ", "table row ", 1)) from e
    if "\t" in text:  # a table has tabs; anything else is a document
        try:
            return _table_records(path, text, matcher, None)
        except ParseError as e:
            if _TABLE_HEADER.search(text):  # it claims to be a table: a broken table is an error, not prose
                raise InputProblem(path, _without_file_name(str(e), path.name)) from e
    return [document_record(path, text_document(text), matcher)]


def _table_records(path: Path, text: str, matcher, date: str | None) -> list[Record]:
    records = TableParser(matcher).parse(text, path.name)
    date = date or _fields(text.splitlines()[:10]).get("date") or date_from_name(path.name)
    return [replace(r, date=r.date or date) for r in records]


# --- per format: file -> Document -------------------------------------------------------------
def text_document(text: str) -> Document:
    """Plain text or markdown: header fields stripped, hard-wrapped lines joined into paragraphs.

    >>> d = text_document("Gemeente: Oss\\nDatum: 2020\\n\\n# Aanpak\\nDe gemeente\\nwerkt.")
    >>> d.title, d.lines, d.gemeente, d.date
    ('Aanpak', ['De gemeente werkt.'], 'Oss', '2020')
    """
    raw = text.splitlines()
    fields, body = _split_fields(raw)
    title = fields.get("title") or _first_heading([line.strip() for line in body if line.strip()][:2])
    if title and not fields.get("title"):  # the title line is not body text (and must not be reflowed into it)
        first = next(i for i, line in enumerate(body) if line.strip())
        body = body[first + 1:]
    lines: list[str] = []
    joinable = False
    for line in body:
        line = line.strip()
        if not line or line.startswith("#") or _HEADING.match(line) or _LIST_ITEM.match(line):
            if line:
                lines.append(line)
            joinable = bool(line) and not line.startswith("#") and not _HEADING.match(line)
            continue
        if joinable and lines:
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
            joinable = True
    lines = [" ".join(line.split()) for line in lines]
    return Document(lines, title=title, gemeente=fields.get("gemeente"), date=fields.get("date"), line_count=len(raw))


def html_meta(html: str) -> dict[str, str]:
    """gemeente / date / title stated in an HTML page's head (meta tags, <time>, <title>)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    out: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        if key in ("gemeente", "municipality", "dc.coverage", "dcterms.spatial"):
            out.setdefault("gemeente", value)
        elif key in ("date", "datum", "dc.date", "dcterms.date", "dcterms.created", "article:published_time"):
            out.setdefault("date", value)
    time = soup.find("time")
    if time is not None and time.get("datetime"):
        out.setdefault("date", time["datetime"])
    heading = soup.find(["title", "h1"])
    if heading is not None and heading.get_text(strip=True):
        out["title"] = " ".join(heading.get_text().split())
    return out


def html_document(html: str) -> Document:
    from bs4 import BeautifulSoup

    meta = html_meta(html)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    lines = html_to_lines(str(soup))
    fields, body = _split_fields(lines)
    title = meta.get("title") or fields.get("title") or _first_heading(body)
    if body and title and body[0] == title:
        body = body[1:]  # the <h1> repeats the <title>
    return Document(
        body, title=title, gemeente=meta.get("gemeente") or fields.get("gemeente"),
        date=_field_date(meta.get("date")) or fields.get("date"), line_count=html.count("\n") + 1,
    )


def html_table_text(html: str) -> str | None:
    """An HTML 'Gemeente | Stand van zaken' table as the tab-separated text parse.py reads, else None."""
    if "<table" not in html.lower():
        return None
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for table in soup.find_all("table"):
        rows = []
        for tr in table.find_all("tr"):
            cells = tr.find_all(["td", "th"], recursive=False)
            rows.append("\t".join(c.decode_contents().replace("\t", " ").replace("\n", " ") for c in cells))
        if rows and [c.lower() for c in html_to_lines(rows[0].replace("\t", "<br>"))] == ["gemeente", "stand van zaken"]:
            return "\n".join(row if "\t" in row else row + "\t" for row in rows)
    return None


def pdf_document(path: Path, data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputProblem(path, "the PDF is password-protected; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except InputProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise InputProblem(path, f"this PDF cannot be read ({type(e).__name__}: {e}); is it damaged or cut off?") from e
    text = "\n\n".join(pages)  # a page break is a paragraph break
    if not text.strip():
        raise InputProblem(path, "the PDF has no text layer (a scan?); run OCR on it first or export it as text")
    doc = text_document(text)
    doc.title = doc.title or (str(title).strip() or None if title else None)
    return doc


def docx_records(path: Path, data: bytes, matcher) -> list[Record]:
    """A Word document -> one Record, or the records of the Gemeente | Stand van zaken table it holds."""
    read = read_docx(path, data)
    if read.table is not None:
        try:
            return _table_records(path, read.table, matcher, None)
        except ParseError as e:
            raise InputProblem(path, _without_file_name(str(e), path.name).replace("line ", "table row ", 1)) from e
    # Blank lines between Word paragraphs: text_document joins only hard-wrapped lines.
    doc = text_document("\n\n".join(read.paragraphs))
    doc.title = doc.title or read.title
    doc.line_count = len(read.paragraphs)  # a Word file has paragraphs, not lines: its span counts them
    return [document_record(path, doc, matcher)]


# --- Document -> Record ----------------------------------------------------------------------
def document_record(path: Path, doc: Document, matcher) -> Record:
    """Attribute a document to a gemeente and a date, and put its text in the right section."""
    if not any(_has_word(line) for line in doc.lines if not _HEADING.match(line)):
        raise InputProblem(path, "no text found besides header lines")
    gemeente = attribute(doc.gemeente, path, "\n".join(doc.lines), matcher)
    title = doc.title or _title_from_name(path)
    section = "status" if _PROGRESS.search(f"{path.stem} {title}") else "description"
    columns: dict[str, list[str]] = {"description": [], "status": []}
    for line in doc.lines:
        heading = _HEADING.match(line)
        if heading:
            section = "description" if "beschrijving" in heading.group(1).lower() else "status"
        elif line.lstrip("# ").strip() != title:
            columns[section].append(line.lstrip("#").strip() if line.startswith("#") else line)
    canonical = matcher.canonical(gemeente) if gemeente != UNKNOWN_GEMEENTE else None
    return Record(
        gemeente=canonical or gemeente,
        aliases=tuple(sorted(matcher.aliases(canonical))) if canonical else (),
        title=title,
        description="\n".join(columns["description"]),
        status="\n".join(columns["status"]),
        source=Source(path=path.name, line_start=1, line_end=max(1, doc.line_count)),
        date=doc.date or date_from_name(path.name),
    )


def attribute(stated: str | None, path: Path, text: str, matcher) -> str:
    """Gemeente of a document: stated > named in the file name > named most often in the text.

    A stated name the matcher does not know is kept as written (a new gemeente, a region).
    """
    if stated and stated.strip():
        return matcher.canonical(stated) or stated.strip()
    in_name = {m.canonical for m in matcher.find(re.sub(r"[_.]+", " ", path.stem))}
    if len(in_name) == 1:
        return in_name.pop()
    counts = Counter(m.canonical for m in matcher.find(text)).most_common(2)
    if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
        return counts[0][0]
    return UNKNOWN_GEMEENTE


# --- small helpers ---------------------------------------------------------------------------
def _split_fields(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Take 'Gemeente: X' / 'Datum: Y' / 'Titel: Z' lines off the top (first 10 lines only)."""
    fields: dict[str, str] = {}
    body: list[str] = []
    for i, line in enumerate(lines):
        m = _FIELD.match(line) if i < 10 else None
        if m:
            key = {"datum": "date", "titel": "title"}.get(m.group(1).lower(), m.group(1).lower())
            value = _field_date(m.group(2)) if key == "date" else m.group(2)
            if value:
                fields.setdefault(key, value)
                continue
        body.append(line)
    return fields, body


def _fields(lines: list[str]) -> dict[str, str]:
    return _split_fields(lines)[0]


def _field_date(value: str | None) -> str | None:
    """A stated date -> ISO: '3 maart 2021' -> '2021-03-03'; '14-05-2020' -> '2020-05-14'; 'mei 2021' -> '2021'."""
    if not value:
        return None
    v = value.strip().lower()
    m = re.match(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", v)
    if m:
        return _iso(m.group(1), m.group(2), m.group(3))
    m = re.search(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)", v)
    if m:
        return _iso(m.group(3), m.group(2), m.group(1))
    m = re.search(r"(?<!\d)(\d{1,2})\s+([a-z]+)\.?\s+((?:19|20)\d{2})(?!\d)", v)
    if m and m.group(2) in _MONTHS:
        return _iso(m.group(3), str(_MONTHS[m.group(2)]), m.group(1))
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", v)
    return m.group(1) if m else None


def date_from_name(name: str) -> str | None:
    """'stand_van_zaken_2021.txt' -> '2021'; 'zwolle-2021-03-04.html' -> '2021-03-04'; 'notes.txt' -> None."""
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?:[-_.](\d{1,2})[-_.](\d{1,2}))?(?!\d)", Path(name).stem)
    if not m:
        return None
    return _iso(*m.groups()) if m.group(2) else m.group(1)


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return year  # an impossible day: keep what is certain


def _first_heading(lines: list[str]) -> str | None:
    """A markdown heading or a short first line without a full stop, followed by more text."""
    if not lines:
        return None
    first = lines[0]
    if first.startswith("#") and not _HEADING.match(first):
        return first.lstrip("#").strip() or None
    if len(lines) > 1 and len(first.split()) <= 12 and not first.rstrip().endswith((".", "!", "?", ":")) \
            and not _HEADING.match(first) and not _LIST_ITEM.match(first):
        return first
    return None


def _without_file_name(message: str, name: str) -> str:
    """'t.txt:2: a row ...' -> 'line 2: a row ...' (InputProblem puts the path in front itself)."""
    m = re.match(re.escape(name) + r"(?::(\d+))?: (.*)", message, re.DOTALL)
    if not m:
        return message
    return f"line {m.group(1)}: {m.group(2)}" if m.group(1) else m.group(2)


def _title_from_name(path: Path) -> str:
    """'stand_van_zaken_2021.txt' -> 'stand van zaken 2021'."""
    return " ".join(re.sub(r"[_\-.]+", " ", path.stem).split()) or path.name


def _has_word(line: str) -> bool:
    return bool(re.search(r"\w", line))
