"""The 'Gemeente | Stand van zaken' table (a PDF turned into tab-separated text) -> one Record per gemeente.

The table's structure, as rules (none of them is a line number of one file):
- A row is a line with a tab: ``left<TAB>right``. The left column holds the project
  description (starting with its title), the right the stand van zaken.
- A row whose left cell is a gemeente name and whose right cell is empty heads a record;
  the next row with text fills it. A name may also open a content cell, as its own
  paragraph (``<p>Oss</p> <p>...``) or inline (``<p>Zwolle De inrichting ...``).
- A blank line is a page break. A row after it that opens with no gemeente name continues
  the record above, column by column; so does a row with an empty left cell, or one whose
  left cell starts in lower case (a sentence cut in two by the page break).
- Lines without a tab are a cell that lost its column in the export. A line that
  continues an unfinished description sentence goes to the description; the rest to the
  stand van zaken (the longer, right-hand column is the one that overflows).
- The header row (``Gemeente<TAB>Stand van zaken``) and rows of dashes are not content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.htmltext import html_to_lines
from core.types import Record, Source

HEADER_WORDS = {"gemeente", "stand van zaken"}
_TERMINAL = (".", "!", "?", ":", ";", ")", '"', "'")
# Words that open the first sentence after an inline project title ("De Vreedzame Wijk De gemeente ...").
_SENTENCE_OPENERS = re.compile(r"\s(?=(?:De|Het|Een|Op|In|Met|Gemeente|Dit|Deze|Sinds|Vanuit)\s)")


class ParseError(ValueError):
    """The file is not a gemeente table; the message names the file and what is wrong."""


@dataclass
class _Draft:
    name: str
    lines: set[int] = field(default_factory=set)
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.left and not self.right


def _is_lower_start(text: str) -> bool:
    first = text.lstrip("-–•* (\"'")[:1]
    return first.isalpha() and first.islower()


def _open_sentence(lines: list[str]) -> bool:
    """True when the column's last line ends mid-sentence (cut by a page break)."""
    return bool(lines) and not lines[-1].rstrip().endswith(_TERMINAL)


def _append(column: list[str], new_lines: list[str]) -> None:
    """Append lines; a line that continues a sentence cut by the page break is joined to it."""
    for i, line in enumerate(new_lines):
        if i == 0 and column and _open_sentence(column) and _is_lower_start(line):
            column[-1] = column[-1].rstrip() + " " + line
        else:
            column.append(line)


class TableParser:
    """Stateful reader of one table file; call :meth:`parse`."""

    def __init__(self, matcher=None):
        if matcher is None:
            from core.names import default_matcher

            matcher = default_matcher(())
        self.matcher = matcher

    # --- name recognition -------------------------------------------------------------
    def _name_line(self, line: str, context: str = "") -> str | None:
        """'Sittard Geleen' -> 'Sittard Geleen' when the line is only a gemeente name."""
        line = line.strip().strip(":")
        if not line or len(line.split()) > 5 or any(ch in line for ch in ".,;?!"):
            return None
        if self.matcher.canonical(line):
            return line
        # A name the matcher does not know: a short capitalised line that the row's text repeats.
        if line[:1].isupper() and len(line.split()) <= 3 and line in context:
            return line
        return None

    def _leading_name(self, lines: list[str]) -> tuple[str, list[str]] | None:
        """Find a gemeente name opening a content cell; return (surface name, remaining lines)."""
        if not lines:
            return None
        rest_text = " ".join(lines[1:])
        if len(lines) > 1 and self._name_line(lines[0], rest_text):
            return lines[0].strip(), lines[1:]
        split = self.matcher.split_leading_name(lines[0])
        if split:
            _canonical, surface, rest = split
            return surface, ([rest] if rest else []) + lines[1:]
        return None

    # --- the state machine ------------------------------------------------------------
    def parse(self, text: str, path: str = "<text>") -> list[Record]:
        drafts: list[_Draft] = []
        current: _Draft | None = None
        page_break = False
        seen_header = False
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                page_break = True
                continue
            cells = raw.split("\t")
            if "\t" not in raw:
                if current is not None:
                    self._loose_line(current, html_to_lines(raw), number)
                continue
            left_raw, right_raw = cells[0], "\t".join(cells[1:])
            left, right = html_to_lines(left_raw), html_to_lines(right_raw)
            if not left and not right:
                continue  # a row of dashes or empty cells
            if [x.lower() for x in left + right] == ["gemeente", "stand van zaken"]:
                seen_header = True
                continue
            if not right and len(left) == 1 and self._name_line(left[0]):
                current = _Draft(name=left[0].strip(":"), lines={number})
                drafts.append(current)
                page_break = False
                continue
            if current is not None and current.empty:
                self._fill(current, left, right, number)
            elif current is not None and self._continues(current, left, page_break):
                self._fill(current, left, right, number)
            else:
                lead = self._leading_name(left)
                if lead is None:
                    raise ParseError(
                        f"{path}:{number}: a row with text but no gemeente name, and nothing above it to "
                        "continue. Is this a 'Gemeente | Stand van zaken' table?"
                    )
                name, left = lead
                current = _Draft(name=name, lines={number})
                drafts.append(current)
                self._fill(current, left, right, number)
            page_break = False
        if not drafts:
            hint = "" if seen_header else " (no 'Gemeente<TAB>Stand van zaken' header either)"
            raise ParseError(f"{path}: no gemeente rows found{hint}")
        return [self._record(d, path) for d in drafts]

    def _continues(self, current: _Draft, left: list[str], page_break: bool) -> bool:
        if not left:
            return True
        lead = self._leading_name(left)
        if lead is not None:
            canonical = self.matcher.canonical(lead[0]) or lead[0]
            return canonical == (self.matcher.canonical(current.name) or current.name)
        return page_break or _is_lower_start(left[0])

    @staticmethod
    def _fill(draft: _Draft, left: list[str], right: list[str], number: int) -> None:
        draft.lines.add(number)
        _append(draft.left, left)
        _append(draft.right, right)

    @staticmethod
    def _loose_line(draft: _Draft, lines: list[str], number: int) -> None:
        if not lines:
            return
        draft.lines.add(number)
        if _open_sentence(draft.left) and _is_lower_start(lines[0]):
            _append(draft.left, lines)
        else:
            _append(draft.right, lines)

    # --- record ------------------------------------------------------------------------
    def _record(self, draft: _Draft, path: str) -> Record:
        canonical = self.matcher.canonical(draft.name) or draft.name
        aliases = {a for a in self.matcher.aliases(canonical)}
        if draft.name != canonical:
            aliases.add(draft.name)
        title, description = split_title(draft.left, [canonical, draft.name, *aliases])
        return Record(
            gemeente=canonical,
            aliases=tuple(sorted(aliases)),
            title=title,
            description="\n".join(description),
            status="\n".join(draft.right),
            source=Source(path=path, line_start=min(draft.lines), line_end=max(draft.lines)),
        )


def split_title(lines: list[str], names: list[str]) -> tuple[str, list[str]]:
    """Split the project title off the description's first line.

    >>> split_title(["De Vreedzame Wijk De gemeente Amersfoort richt zich op jongeren."], ["Amersfoort"])
    ('De Vreedzame Wijk', ['De gemeente Amersfoort richt zich op jongeren.'])
    >>> split_title(["Aanpak huisjesmelkers", "Met het handhaven ..."], [])
    ('Aanpak huisjesmelkers', ['Met het handhaven ...'])
    """
    if not lines:
        return "", []
    first, rest = lines[0], lines[1:]
    if rest and len(first.split()) <= 16 and not first.endswith("."):
        return first.rstrip(":"), rest
    words = first.split()
    candidates = []  # (cut, start of the body, fewest title words)
    for m in re.finditer(r"[.?!]\s+(?=[A-Z'])", first):  # a first sentence that ends early
        candidates.append((m.start() + 1, m.end(), 2))
    for m in _SENTENCE_OPENERS.finditer(first):
        candidates.append((m.start(), m.end(), 2))
    words_at = [(m.start(), m.group()) for m in re.finditer(r"\S+", first)]
    for (_, prev), (start, word) in zip(words_at, words_at[1:]):  # "... vergroten Ondernijnde activiteiten"
        if prev.isalpha() and prev.islower() and word[:1].isupper() and word[1:2].islower() and word not in names:
            candidates.append((start - 1, start, 3))
    for name in filter(None, names):  # "Binnenspiegel Tytsjerksteradiel is een ..."
        for m in re.finditer(r"\s(?:(?:De )?[Gg]emeente )?" + re.escape(name) + r"\b", first):
            candidates.append((m.start(), m.start() + 1, 1))
    # Take the earliest boundary that leaves a title of a plausible length (at most ~16 words).
    good = [(cut, nxt) for cut, nxt, least in candidates if least <= len(first[:cut].split()) <= 16]
    if not good:
        return " ".join(words[:8]) + (" …" if len(words) > 8 else ""), lines
    cut, nxt = min(good)
    return first[:cut].strip().rstrip(":."), [first[nxt:].strip(), *rest]


def parse_table(path: Path | str, text: str | None = None, matcher=None) -> list[Record]:
    """Parse a table file into records. ``text`` lets a caller pass already-decoded content."""
    path = Path(path)
    if text is None:
        text = path.read_text(encoding="utf-8")
    return TableParser(matcher).parse(text, path.name)
