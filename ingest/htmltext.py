"""HTML fragments of a table cell -> clean text lines (paragraphs and list items kept as lines).

The PDF export leaves lists unclosed (``<ul style=...> - item - item``) and numbered lists as
``<ol> 1. item 2. item``; items are split on those markers, but only inside a list.
"""
from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString

BLOCK_TAGS = ["p", "ul", "ol", "li", "br", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"]
_BULLET = re.compile(r"\s+-\s+(?=\S)")  # " - Item" -> new line
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.(?:\s+(?=[A-Z\W])|\s*$)")  # " 3. Item" -> new line
_SPACE = re.compile(r"[ \t\u00a0\u200b]+")
_HAS_WORD = re.compile(r"\w")

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)


def html_to_lines(fragment: str) -> list[str]:
    """Turn an HTML cell into lines of text.

    >>> html_to_lines('<p>Een.</p> <ul style="x"> - Twee - Drie')
    ['Een.', '- Twee', '- Drie']
    """
    if "<" not in fragment and "&" not in fragment:
        return _clean_lines(fragment.split("\n"))
    soup = BeautifulSoup(fragment, "html.parser")
    for node in soup.find_all(string=True):
        parent = node.parent
        if parent is not None and parent.name in ("ul", "ol"):
            text = str(node)
            text = _BULLET.sub("\n- ", " " + text)
            text = _NUMBERED.sub(lambda m: "\n" + m.group(1) + ". ", text)
            node.replace_with(NavigableString(text))
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        if tag.name != "ul" and tag.name != "ol":  # unclosed lists wrap what follows them
            tag.insert_after("\n")
    return _clean_lines(soup.get_text().split("\n"))


def _clean_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = _SPACE.sub(" ", line).strip()
        if _HAS_WORD.search(line):  # drops empty list items such as a lone "-"
            out.append(line)
    return out
