"""Files -> decoded text, with a clear message naming the file when that is not possible.

UTF-8 first (with or without BOM); otherwise charset-normalizer detects the encoding
(cp1252 / latin-1 exports are common). Binary files and files over the size limit are refused.
"""
from __future__ import annotations

from pathlib import Path


class InputProblem(ValueError):
    """A file that cannot be ingested; str() names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def read_text(path: Path, max_bytes: int) -> tuple[str, str]:
    """Read a text file; return (text, encoding).

    Raises InputProblem for missing, empty, oversized, binary or undecodable files.
    """
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
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputProblem(path, "this looks like a binary file (it contains NUL bytes), not text")
    for encoding in ("utf-8-sig",):
        try:
            return _check_text(path, data.decode(encoding)), "utf-8"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputProblem(path, "the text encoding could not be detected; save the file as UTF-8")
    return _check_text(path, str(best)), best.encoding


def _check_text(path: Path, text: str) -> str:
    if not text.strip():
        raise InputProblem(path, "the file holds only white space")
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:20000])
    if printable / max(1, min(len(text), 20000)) < 0.9:
        raise InputProblem(path, "this does not look like text (too many control characters)")
    return text
