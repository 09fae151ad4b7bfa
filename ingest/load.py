"""Files -> bytes or decoded text, with a clear message naming the file when that is not possible.

Decoding, in order: a byte-order mark (UTF-8 / UTF-16); strict UTF-8; Windows-1252 (the usual
encoding of Dutch exports from Word/Excel, a superset of latin-1's letters) when the result reads
as Western text; otherwise charset-normalizer's best guess. We try cp1252 before the detector on
purpose: on short Dutch text the detector tends to pick cp1250, which turns 'geïntensiveerd' into
'geďntensiveerd'. Binary files (NUL bytes, known file signatures), empty files and files over the
size limit are refused with a message that says what to do.
"""
from __future__ import annotations

import codecs
from pathlib import Path


class InputProblem(ValueError):
    """A file that cannot be ingested; str() names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


# Signatures of formats people drop into a folder by mistake: (magic bytes, what it is).
_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word file is read when its name ends in .docx; .xlsx/.odt are not: "
                     "export those as text, HTML or PDF)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc/.xls): export it as text, HTML or PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
]
# Non-ASCII marks that Dutch text in cp1252 often holds besides letters.
_TYPOGRAPHY = set("€–—‘’‚“”„…•·°±×÷«»§¶©®™½¼¾²³µ\u00a0")


def read_bytes(path: Path | str, max_bytes: int) -> bytes:
    """The file's bytes, or InputProblem for missing, non-regular, empty or oversized files."""
    path = Path(path)
    if not path.exists():
        raise InputProblem(path, "no such file")
    if not path.is_file():
        raise InputProblem(path, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise InputProblem(path, "the file is empty")
    if size > max_bytes:
        raise InputProblem(
            path, f"the file is {size:,} bytes, over the limit of {max_bytes:,} (WEERBAAR_MAX_FILE_BYTES)"
        )
    return path.read_bytes()


def read_text(path: Path | str, max_bytes: int) -> tuple[str, str]:
    """Read a text file; return (text, encoding).

    Raises InputProblem for missing, empty, oversized, binary or undecodable files.
    """
    path = Path(path)
    return decode(path, read_bytes(path, max_bytes))


def decode(path: Path | str, data: bytes) -> tuple[str, str]:
    """Bytes of a text file -> (text, encoding name); InputProblem when it is not text.

    >>> decode("a.txt", "geïntensiveerd".encode("cp1252"))
    ('geïntensiveerd', 'cp1252')
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(path, data.decode(encoding)), encoding.replace("-sig", "")
            except UnicodeDecodeError as e:
                raise InputProblem(path, f"the file starts with a {encoding} byte-order mark but is not valid {encoding} ({e.reason})") from e
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputProblem(path, f"this is {what}, not a text file")
    if b"\x00" in data[:8192]:
        raise InputProblem(path, "this looks like a binary file (it contains NUL bytes), not text")
    try:
        return _check_text(path, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of cp1252's five undefined bytes: not cp1252
        text = None
    if text is not None and _reads_as_western_text(text):
        return _check_text(path, text), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _reads_as_western_text(str(best), max_foreign=0.5):
        raise InputProblem(
            path, "this does not look like text (no text encoding fits it); if it is text, save it as UTF-8"
        )
    return _check_text(path, str(best)), best.encoding


def _reads_as_western_text(text: str, max_foreign: float = 0.15) -> bool:
    """Mostly ASCII, and the rest letters or typographic marks: Dutch text in the right code page.

    Random bytes decoded as cp1252 are ~50% non-ASCII, so they fail this.
    """
    sample = text[:20000]
    non_ascii = [ch for ch in sample if ord(ch) > 127]
    if len(non_ascii) > max_foreign * max(1, len(sample)):
        return False
    return sum(ch.isalpha() or ch in _TYPOGRAPHY for ch in non_ascii) >= 0.8 * len(non_ascii)



def _check_text(path: Path | str, text: str) -> str:
    if not text.strip():
        raise InputProblem(path, "the file holds only white space")
    sample = text[:20000]
    printable = sum(ch.isprintable() or ch in "\n\r\t\f" for ch in sample)
    if printable / max(1, len(sample)) < 0.9:
        raise InputProblem(path, "this does not look like text (too many control characters)")
    return text
