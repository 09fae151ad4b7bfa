"""Property tests for the table parser: generated gemeente rows with random layouts, tabs, HTML
fragments and page breaks. The parser never crashes (ParseError is the only allowed failure, for
input that is not a table), and every generated sentence lands in exactly the record, and the
column, it was generated for. Damaged and arbitrary text that does parse keeps the invariants of
``check_records_of``: deterministic, in order, nothing invented or copied, known or written names."""
from __future__ import annotations

import html
import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.load import InputProblem, decode
from core.names import default_matcher
from ingest.parse import ParseError, TableParser

MATCHER = default_matcher(())
# Every name written as users and exports write them; aliases included ("Den Bosch", "Gorkum").
NAMES = ["Amersfoort", "Zwolle", "Oss", "Sittard-Geleen", "Capelle aan den IJssel", "'s-Hertogenbosch", "Leiden",
         "Almere", "Delft", "Tilburg", "Ede", "Súdwest-Fryslân", "Bergen op Zoom", "Den Bosch", "Gorkum",
         "Tytsjerksteradiel", "Utrecht", "Goes"]
# Ordinary words that no gemeente name matches (checked below), so a sentence never opens with a name.
WORDS = ("aanpak beleid wijk toezicht controle signaal netwerk overleg project inzet training bewoner ondernemer "
         "vergunning handhaving preventie pand huurder ambtenaar raad college onderzoek rapport fase pilot team "
         "loket melding dossier partner politie zorg school jongere buurt straat haven bedrijf terrein werkgroep "
         "subsidie plan kaart analyse bijeenkomst cursus folder website campagne verhuurder woning kamer").split()
_BOLD = re.compile(r" (\w+) ")
SETTINGS = dict(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def test_the_vocabulary_holds_no_gemeente_names():
    for w in WORDS:
        assert not MATCHER.find(w) and not MATCHER.find(w.capitalize()), w
    assert len({MATCHER.canonical(n) for n in NAMES}) == len(NAMES) - 1  # Den Bosch == 's-Hertogenbosch


class Ids:
    """Unique sentence ids, so that a sentence found twice is a copy, never a coincidence."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


@st.composite
def sentences(draw, ids: Ids, min_size: int = 1, max_size: int = 4) -> list[str]:
    out = []
    for _ in range(draw(st.integers(min_size, max_size))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=9))
        out.append(" ".join([words[0].capitalize(), *words[1:], f"zin{ids.next()}"]) + ".")
    return out


def _html(sentences_: list[str], style: str, draw) -> str:
    """Sentences as one cell's HTML: paragraphs, an unclosed bullet list, a numbered list, <br>, bold words."""
    if style == "ul":
        return '<ul style="list-style:disc"> ' + " ".join(f"- {s}" for s in sentences_)
    if style == "ol":
        return "<ol> " + " ".join(f"{i}. {s}" for i, s in enumerate(sentences_, 1)) + "</ol>"
    if style == "br":
        return "<p>" + "<br>".join(sentences_) + "</p>"
    if style == "bold":
        return " ".join("<p>" + _BOLD.sub(r" <strong>\1</strong> ", s, count=1) + "</p>" for s in sentences_)
    return " ".join(f"<p>{s}</p>" for s in sentences_)


def _random_tabs(cell: str, draw) -> str:
    """Tabs inside the right-hand cell (the export puts stray ones there): they must read as spaces."""
    spaces = [m.start() for m in re.finditer(" ", cell)]
    for pos in sorted(draw(st.lists(st.sampled_from(spaces), max_size=3, unique=True)) if spaces else [], reverse=True):
        cell = cell[:pos] + "\t" + cell[pos + 1:]
    return cell


@st.composite
def tables(draw):
    """(text of a table, [(canonical name, title, description sentences, status sentences)])."""
    ids = Ids()
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique_by=MATCHER.canonical))
    lines: list[str] = []
    if draw(st.booleans()):
        lines += ["", "Gemeente\tStand van zaken"]
    expected = []
    for name in names:
        title = " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(draw(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))))
        desc, status = draw(sentences(ids)), draw(sentences(ids))
        expected.append((MATCHER.canonical(name), title, desc, status))
        cut_d = draw(st.integers(1, len(desc)))  # sentences after the cut come after a page break
        cut_s = draw(st.integers(0 if cut_d < len(desc) else 1, len(status)))
        style = draw(st.sampled_from(["p", "ul", "ol", "br", "bold"]))
        left = f"<p>{title}</p> " + _html(desc[:cut_d], "p", draw)
        right = _random_tabs(_html(status[:cut_s], style, draw), draw) if cut_s else ""
        layout = draw(st.sampled_from(["heading", "paragraph", "inline"]))
        if layout == "heading":
            lines += [f"{name}\t", f"{left}\t{right}"]
        elif layout == "paragraph":
            lines.append(f"<p>{name}</p> {left}\t{right}")
        else:
            lines.append(f"<p>{name} {title}</p> " + _html(desc[:cut_d], "p", draw) + f"\t{right}")
        if draw(st.booleans()):
            lines[-1] += "\t"  # a trailing empty cell
        rest_d, rest_s = desc[cut_d:], status[cut_s:]
        if rest_d or rest_s:
            how = draw(st.sampled_from(["page break", "empty left", "loose line"]) if not rest_d else st.just("page break"))
            if how == "page break":
                if rest_d and draw(st.booleans()):  # a sentence cut in two by the page break
                    words = rest_d[0].split()
                    k = draw(st.integers(1, len(words) - 1))
                    lines[-1] = _append_to_left(lines[-1], " ".join(words[:k]))
                    rest_d = [" ".join(words[k:]), *rest_d[1:]]
                lines += [""] * draw(st.integers(1, 2))
                lines.append(_html(rest_d, "p", draw) + "\t" + (_html(rest_s, "p", draw) if rest_s else ""))
            elif how == "empty left":
                lines.append("\t" + _html(rest_s, "p", draw))
            else:
                lines.append(_html(rest_s, "p", draw))  # a cell that lost its column: goes to the status
    if draw(st.booleans()):
        lines.append("--\t---")
    return "\n".join(lines), expected


def _append_to_left(row: str, words: str) -> str:
    """Append a sentence start to the left cell of a row (before its first tab)."""
    left, _, right = row.partition("\t")
    return f"{left} <p>{words}</p>\t{right}"


def _flat(text: str) -> str:
    return " ".join(text.split())


@settings(**SETTINGS)
@given(tables())
def test_generated_tables_keep_every_sentence_in_its_own_record_and_column(table):
    text, expected = table
    records = TableParser(MATCHER).parse(text, "fuzz.txt")
    assert [r.gemeente for r in records] == [name for name, *_ in expected]
    # Per record and column, its lines: a sentence cut by a page break must be whole again on one line.
    columns = [([_flat(x) for x in r.description.split("\n")], [_flat(x) for x in r.status.split("\n")]) for r in records]
    for i, (name, title, desc, status) in enumerate(expected):
        assert records[i].title == title
        for column, generated in ((0, desc), (1, status)):
            for sentence in generated:
                holders = [(j, c) for j, cols in enumerate(columns) for c in (0, 1)
                           for line in cols[c] if sentence in line]
                assert holders == [(i, column)], (sentence, holders, text)


@st.composite
def mangled_tables(draw):
    """A generated table, then damaged: tabs, blank lines and HTML tags dropped in anywhere."""
    text, _ = draw(tables())
    junk = st.sampled_from(["\t", "\n", "\n\n", "<p>", "</p>", "<ul>", "<li>", "<br>", " - ", "1. ", "&amp;", "&",
                            "<", ">", "Zwolle", "\tOss\t", "Gemeente\tStand van zaken\n", "\x0c"])
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + draw(junk) + text[pos:]
    if draw(st.booleans()):
        start = draw(st.integers(0, len(text)))
        text = text[:start] + text[start + draw(st.integers(0, 40)):]
    return text


def _letters(text: str) -> Counter:
    return Counter(c for c in text if c.isalnum())


def check_records_of(text: str, records: list) -> None:
    """What holds for any text the parser accepts, however damaged:
    - parsing is deterministic;
    - records come in the order of the text, each from its own lines: spans start after each other,
      within the text;
    - nothing is invented or copied: the letters and digits of all descriptions and statuses together
      occur in the text (HTML entities decoded) at least as often; a title uses only letters of the text
      (it may repeat the start of its description when no title can be cut off);
    - every gemeente is a known name in its canonical spelling, or a name written in the text itself."""
    assert TableParser(MATCHER).parse(text, "fuzz.txt") == records
    starts = [r.source.line_start for r in records]
    assert starts == sorted(set(starts)), starts
    assert all(1 <= r.source.line_start <= r.source.line_end <= len(text.splitlines()) for r in records)
    source = _letters(html.unescape(text))
    invented = sum((_letters(r.description + r.status) for r in records), Counter()) - source
    assert not invented, (invented, text)
    for r in records:
        assert not _letters(r.title) - source, (r.title, text)
        assert MATCHER.canonical(r.gemeente) == r.gemeente or r.gemeente in html.unescape(text), (r.gemeente, text)


@settings(**SETTINGS)
@given(mangled_tables())
def test_damaged_tables_never_crash_the_parser(text):
    try:
        records = TableParser(MATCHER).parse(text, "fuzz.txt")
    except ParseError as e:
        assert str(e).startswith("fuzz.txt")
        return
    check_records_of(text, records)


# Rows of names, words, HTML bits and tabs in any order: about one in four parses as a table.
_PIECES = NAMES + WORDS[:20] + ["<p>", "</p>", "<ul>", "<ol>", "<li>", "<br>", " - ", "1.", "&amp;", "&", "<", ">",
                                ".", ":", "Gemeente", "Stand van zaken", "de", "De", "zin."]
_CELLS = st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join)
_ROWS = st.lists(st.tuples(_CELLS, _CELLS).map("\t".join) | _CELLS | st.just(""), max_size=12).map("\n".join)


@settings(**{**SETTINGS, "max_examples": 100})
@given(_ROWS | st.lists(st.sampled_from(list("\t\n <>/pa-zAZ.:;&é'") + ["Zwolle", "Oss", "<p>", "</p>", "Gemeente"]),
                        max_size=200).map("".join) | st.text(max_size=300))
def test_arbitrary_text_is_a_table_or_a_parse_error(text):
    try:
        records = TableParser(MATCHER).parse(text, "fuzz.txt")
    except ParseError as e:
        assert str(e).startswith("fuzz.txt")  # the message names the file
        return
    assert "\t" in text  # a text without a single row (left<TAB>right) is never a table
    check_records_of(text, records)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(min_size=1, max_size=2000))
def test_arbitrary_bytes_decode_or_give_an_input_problem(data):
    try:
        text, encoding = decode("junk.bin", data)
    except InputProblem as e:
        assert e.path == "junk.bin" and e.problem
        return
    assert text.strip() and encoding
