"""Pure rendering for the web app: answers, sources, cards and tables as safe HTML / Markdown.

Everything that comes from a question, a model or a passage is escaped here, once, so no text in
the corpus or typed by a user can inject HTML or script into the page:

    answer_markdown("Zie <b>dit</b> [1].", turn=3, names={1: "Zwolle, stand van zaken"})
      -> 'Zie &lt;b&gt;dit&lt;/b&gt; <a href="#bron-3-1" class="wb-cite" title="bron 1: Zwolle, stand van zaken">[1]'
         '<span class="wb-sr-only"> bron 1: Zwolle, stand van zaken</span></a>.'

Accessibility lives here too: each [n] marker is named after its source for screen readers, an answer
in another language than the page's Dutch carries its own lang, the sources panel is a labelled region
that the keyboard can reach, and each source can take focus and send it back to the marker.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

from core.text import STOPWORDS, split_sentences, stems
from core.types import Answer, Chunk, Citation, Record, Source

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$])")
_MARKER = re.compile(r"\\\[(\d+)\\\]")
STATUS_CHARS = 160


def esc(text: str) -> str:
    """HTML-escape, quotes included: esc('<a href="x">') -> '&lt;a href=&quot;x&quot;&gt;'."""
    return html.escape(text or "", quote=True)


def source_id(turn: int, marker: int) -> str:
    return f"bron-{turn}-{marker}"


def safe_markdown(text: str) -> str:
    """Plain text that Markdown renders literally: HTML escaped, link/emphasis syntax backslashed.

    >>> safe_markdown("<img src=x onerror=alert(1)> ![](http://x)")
    '&lt;img src=x onerror=alert\\\\(1\\\\)&gt; \\\\!\\\\[\\\\]\\\\(http://x\\\\)'
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))


PAGE_LANGUAGE = "nl"  # the page's lang; an answer in another language is marked with its own
DOCUMENT_LANGUAGE = "nl"  # the report's: a sentence an English answer quotes from it is Dutch, and marked so
MIN_QUOTE_CHARS = 20  # a shorter overlap with a passage (a name, a project title) is not a quoted sentence


def answer_markdown(text: str, turn: int, names: Mapping[int, str] | None = None, language: str = PAGE_LANGUAGE,
                    streaming: bool = False, passages: Sequence[str] = ()) -> str:
    """An answer for the chat: literal text whose [n] markers link to the sources panel (#bron-turn-n).

    A marker's accessible name says which source it is (``names``: marker -> "Zwolle, stand van zaken"),
    so a screen reader says "[1] bron 1: Zwolle, stand van zaken" instead of "link 1". The name is hidden
    text inside the link, not aria-label: the chat's HTML sanitizer drops aria-* and keeps class and title.
    While ``streaming`` a cursor ends the text. In an answer that is not in the documents' language, the
    sentences it quotes verbatim from ``passages`` keep their own lang (WCAG 3.1.2, language of parts).

    >>> answer_markdown("Ja [2].", 1, {2: "Oss, beschrijving"})
    'Ja <a href="#bron-1-2" class="wb-cite" title="bron 2: Oss, beschrijving">[2]<span class="wb-sr-only"> bron 2: Oss, beschrijving</span></a>.'
    >>> answer_markdown("Yes.", 1, language="en")
    '<div lang="en">\\n\\nYes.\\n\\n</div>'
    >>> answer_markdown("Quoted: Het project loopt volgens plan.", 1, language="en",
    ...                 passages=["Het project loopt volgens plan. Meer volgt."])
    '<div lang="en">\\n\\nQuoted: <span lang="nl">Het project loopt volgens plan</span>.\\n\\n</div>'
    """
    def marker(m: re.Match) -> str:
        n = int(m.group(1))
        name = f"bron {n}: {names[n]}" if names and n in names else f"bron {n}"
        return (f'<a href="#{source_id(turn, n)}" class="wb-cite" title="{esc(name)}">[{n}]'
                f'<span class="wb-sr-only"> {esc(name)}</span></a>')

    def part(piece: str) -> str:
        return _MARKER.sub(marker, safe_markdown(piece))

    spans = quoted_spans(text, passages) if language != DOCUMENT_LANGUAGE else []
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(part(text[last:start]) + f'<span lang="{DOCUMENT_LANGUAGE}">{part(text[start:end])}</span>')
        last = end
    body = "".join(pieces) + part(text[last:])
    if streaming:
        body += " ▍"  # the chat log is silent while streaming (weerbaar.js), so no screen reader reads it
    return with_language(body, language)


def quoted_spans(text: str, passages: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``text`` quotes a sentence of ``passages`` verbatim (without its final stop), in order.

    >>> quoted_spans("Zie: Het project loopt volgens plan [1].", ["Het project loopt volgens plan."])
    [(5, 35)]
    """
    found: list[tuple[int, int]] = []
    for passage in passages:
        for line in passage.splitlines():
            for sentence in split_sentences(" ".join(line.split())):
                body = sentence.rstrip(".!?;:").strip()
                if len(body) >= MIN_QUOTE_CHARS:
                    pattern = r"\s+".join(map(re.escape, body.split()))
                    found.extend(m.span() for m in re.finditer(pattern, text))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def with_language(markdown: str, language: str) -> str:
    """Markdown in another language than the page's, wrapped so that screen readers switch voice.

    The blank lines keep the Markdown inside the <div> Markdown (CommonMark ends an HTML block there).
    """
    if not language or language == PAGE_LANGUAGE:
        return markdown
    return f'<div lang="{esc(language)}">\n\n{markdown}\n\n</div>'


def in_language(markdown: str, language: str) -> str:
    """Inline Markdown in another language than the page's: in_language("No.", "en") -> '<span lang="en">No.</span>'."""
    if not language or language == PAGE_LANGUAGE:
        return markdown
    return f'<span lang="{esc(language)}">{markdown}</span>'


def source_names(citations: Sequence[Citation]) -> dict[int, str]:
    """{marker: "Zwolle, stand van zaken"}: what a marker's accessible name says about its source."""
    return {c.marker: f"{c.gemeente}, {c.section}" for c in citations}


def highlight(text: str, query_stems: set[str]) -> str:
    """Escaped passage with the words that match the question wrapped in <mark>.

    >>> highlight("Het vakantiepark <b>", {"vakantiepark"})
    'Het <mark>vakantiepark</mark> &lt;b&gt;'
    """
    out, last = [], 0
    for m in _WORD.finditer(text):
        word = m.group()
        hit = word.lower() not in STOPWORDS and bool(query_stems & set(stems(word)))
        out.append(esc(text[last:m.start()]))
        out.append(f"<mark>{esc(word)}</mark>" if hit else esc(word))
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def question_stems(question: str) -> set[str]:
    return set(stems(question))


# --------------------------------------------------------------------------- sources panel


def sources_html(answer: Answer, turn: int, numbered: Sequence[Citation] | None = None, final: bool = True) -> str:
    """The numbered sources of one answer, ids bron-<turn>-<n>; when final, uncited ones are marked unused.

    ``numbered`` is the provisional source list the assistant reported before answering (``on_sources``);
    the final ``answer.citations`` holds only the sources the answer cites, under the same numbers.
    """
    if answer.refused or not (numbered or answer.citations):
        return ('<div class="wb-nosources"><strong>Geen bron gevonden.</strong> Geen passage in de documenten '
                'beantwoordt deze vraag, dus er is ook niets te citeren.</div>')
    q = question_stems(answer.question)
    titles = {(h.chunk.gemeente, h.chunk.text): h.chunk.title for h in answer.retrieved}
    cited = {c.marker for c in answer.citations}
    items = []
    for c in sorted(numbered or answer.citations, key=lambda c: c.marker):
        used = not final or c.marker in cited
        title = c.title or titles.get((c.gemeente, c.text), "")  # the passage's own document's title
        items.append(
            f'<article class="wb-source{"" if used else " wb-unused"}" id="{source_id(turn, c.marker)}" tabindex="-1"'
            f' aria-label="bron {c.marker}: {esc(c.gemeente)}, {esc(c.section)}">'
            f'<header><span class="wb-n">{c.marker}</span> <strong>{esc(c.gemeente)}</strong>'
            f'<span class="wb-section">{esc(c.section)}</span>'
            + (f'<span class="wb-section">{esc(c.date)}</span>' if c.date else "")
            + ("" if used else '<span class="wb-tag">niet gebruikt</span>')
            + '<button type="button" class="wb-back">terug naar het antwoord</button>'
            + "</header>"
            + (f'<div class="wb-title">{esc(title)}</div>' if title else "")
            + f'<p>{highlight(c.text, q)}</p></article>'
        )
    return "".join(items)


def timing_line(answer: Answer) -> str:
    """'extractive · bronnen na 25 ms · klaar na 27 ms' (plain text: the panel escapes it)."""
    t = answer.timings_ms
    parts = [answer.backend]
    if "retrieve" in t:
        parts.append(f"bronnen na {secs(t['retrieve'])}")
    if "first_token" in t and answer.backend != "extractive":
        parts.append(f"eerste woord na {secs(t['first_token'])}")
    if "total" in t:
        parts.append(f"klaar na {secs(t['total'])}")
    return " · ".join(parts)


def secs(ms: float) -> str:
    return f"{ms / 1000:.1f} s".replace(".", ",") if ms >= 1000 else f"{ms:.0f} ms"


def sources_panel(current: str, meta: str = "", earlier: Sequence[tuple[str, str]] = (), state: str = "idle",
                  turn: int = 0) -> str:
    """The whole panel: the current sources, then earlier turns' sources folded away (their markers still link).

    ``state`` (idle, busy, sources, done, error) and ``turn`` are data attributes, for tests and styling.
    """
    # A scroll region: the keyboard must be able to reach it (tabindex) and a screen reader name it.
    parts = [f'<section class="wb-sources" data-state="{esc(state)}" data-turn="{int(turn)}" tabindex="0" aria-label="Bronnen">'
             f'<div class="wb-sources-head"><span>Bronnen</span><small>{esc(meta)}</small></div>{current}']
    for question, body in earlier:
        parts.append(f'<details class="wb-earlier"><summary>Eerdere vraag: {esc(question)}</summary>{body}</details>')
    parts.append("</section>")
    return "".join(parts)


def empty_sources_panel() -> str:
    return sources_panel('<div class="wb-nosources">Stel een vraag: de bronnen (gemeente, onderdeel en passage) '
                         'verschijnen hier zodra ze gevonden zijn, nog vóór het antwoord.</div>')


# --------------------------------------------------------------------------- export


def export_markdown(answer: Answer) -> str:
    """An answer with its cited sources as a Markdown document to paste into a memo."""
    lines = [f"## Vraag\n\n{answer.question}\n", f"## Antwoord\n\n{answer.text}\n"]
    if answer.citations:
        lines.append("## Bronnen\n")
        for c in answer.citations:
            lines.append(f"[{c.marker}] **{c.gemeente}** ({c.section}): {' '.join(c.text.split())}\n")
    lines.append(f"_Antwoordmodel: {answer.backend}. Bron: rapportage van gemeenten over hun aanpak van ondermijning._")
    return "\n".join(lines)


# --------------------------------------------------------------------------- gemeenten


def one_line(text: str, limit: int = STATUS_CHARS) -> str:
    """First sentence, at most ``limit`` characters: one_line('Klaar. Verder.') -> 'Klaar.'."""
    flat = " ".join((text or "").split())
    m = re.search(r"(?<=[.!?])\s+(?=[A-Z0-9'‘(])", flat)
    first = flat[: m.start()] if m else flat
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def sort_name(gemeente: str) -> str:
    """Alphabetical key that files 's-Hertogenbosch under H: sort_name("'s-Hertogenbosch") -> 'hertogenbosch'."""
    return re.sub(r"^'s[- ]", "", gemeente.lower())


def records_from_chunks(chunks: Iterable[Chunk]) -> list[Record]:
    """One Record per document, gemeente and report date rebuilt from the index's chunks, in chunk order, sorted
    by name (two documents of one gemeente keep their own titles; quarantined sentences come back with them)."""
    groups: dict[tuple[str, str | None, str], dict] = {}
    for c in sorted(chunks, key=lambda c: (sort_name(c.gemeente), c.date or "", c.source_file, c.section, c.position)):
        g = groups.setdefault((c.gemeente, c.date, c.source_file),
                              {"title": c.title, "beschrijving": [], "stand van zaken": [], "sources": [],
                               "quarantined": []})
        if c.text:
            g[c.section].append(c.text)
            g["sources"].append(c.source)
        g["quarantined"].extend(c.quarantined_sentences())
    return [Record(gemeente=name, aliases=(), title=g["title"], description="\n".join(g["beschrijving"]),
                   status="\n".join(g["stand van zaken"]), source=_span(g["sources"], source_file), date=date,
                   quarantined=tuple(g["quarantined"]))
            for (name, date, source_file), g in groups.items()]


def _span(sources: list[str], file: str = "") -> Source:
    """The lines of one file that chunks came from: ['r.txt:4-6', 'r.txt:7-9'] -> Source('r.txt', 4, 9)."""
    spans = [m.groups() for m in (re.fullmatch(r"(.*):(\d+)-(\d+)", s) for s in sources) if m]
    if not spans:
        return Source(sources[0] if sources else file, 0, 0)
    return Source(spans[0][0], min(int(a) for _, a, _ in spans), max(int(b) for _, _, b in spans))


def record_html(r: Record, themes: Sequence[str] = ()) -> str:
    chips = "".join(f'<span class="wb-chip">{esc(t)}</span>' for t in themes)
    date = f' <span class="wb-section">{esc(r.date)}</span>' if r.date else ""
    return (f'<div class="wb-record"><h3>{esc(r.gemeente)}{date}</h3><div class="wb-title">{esc(r.title)}</div>'
            f'<div class="wb-chips">{chips}</div>'
            f'<h4>Beschrijving</h4>{_paragraphs(r.description)}<h4>Stand van zaken</h4>{_paragraphs(r.status)}'
            f'{_quarantined(r.quarantined)}</div>')


def _quarantined(sentences: Sequence) -> str:
    """Quarantined sentences struck through (<del>), each with its reason in words: never used in an answer."""
    if not sentences:
        return ""
    items = "".join(f'<li><del>{esc(q.sentence)}</del> <span class="wb-reason">(niet gebruikt: {esc(q.reason)}'
                    + (f", regel {q.line}" if q.line else "") + ")</span></li>" for q in sentences)
    return (f'<section class="wb-quarantine" aria-label="Niet gebruikte zinnen"><h4>Niet gebruikt: '
            f'{len(sentences)} zin{"nen" if len(sentences) != 1 else ""} die een instructie aan een taalmodel lijk'
            f'{"en" if len(sentences) != 1 else "t"}</h4><ul>{items}</ul></section>')


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in text.split("\n") if p.strip()) or "<p><em>Niet ingevuld.</em></p>"


# --------------------------------------------------------------------------- similar


def similar_cards(results: Sequence, query: str, status_of: dict[str, str]) -> str:
    """Ranked gemeenten as cards: title, themes, why, best passages (matching words marked), status.

    ``results`` are rag.similar.SimilarResult; without a query (``like gemeente X``) each card marks
    the terms its reason names.
    """
    if not results:
        return '<div class="wb-nosources">Geen vergelijkbare aanpak gevonden. Beschrijf de situatie anders of ruimer.</div>'
    top = max((float(r.score) for r in results), default=0.0) or 1.0
    cards = []
    for rank, r in enumerate(results, 1):
        q = question_stems(query or _reason_terms(r.reason))
        themes = "".join(f'<span class="wb-chip">{esc(t)}</span>' for t in r.themes)
        passages = "".join(
            f'<blockquote><span class="wb-section">{esc(section)}</span> {highlight(text, q)}</blockquote>'
            for section, text in r.passages)
        share = max(0.0, min(1.0, float(r.score) / top))
        status = getattr(r, "status_line", "") or status_of.get(r.gemeente, "")
        cards.append(
            f'<article class="wb-card"><header><span class="wb-rank">{rank}</span><strong>{esc(r.gemeente)}</strong>'
            f'<span class="wb-meter" role="img" aria-label="overeenkomst: {share * 100:.0f}% van de beste" '
            f'title="overeenkomst, relatief aan de beste"><span style="width:{share * 100:.0f}%">'
            f'</span></span></header><div class="wb-title">{esc(r.title)}</div><div class="wb-chips">{themes}</div>'
            + (f'<p class="wb-reason"><strong>Waarom:</strong> {esc(r.reason)}</p>' if r.reason else "")
            + passages
            + (f'<p class="wb-status"><strong>Stand van zaken:</strong> {esc(status)}</p>' if status else "")
            + "</article>"
        )
    return f'<div class="wb-cards">{"".join(cards)}</div>'


def _reason_terms(reason: str) -> str:
    """'thema: X; termen: vakantiepark, controle' -> 'vakantiepark, controle'."""
    m = re.search(r"termen: ([^;]*)", reason or "")
    return m.group(1) if m else ""


def plots_html(paths: Sequence[str]) -> str:
    """The eval plots inline (data: URIs), so no file needs to be served from the eval folder."""
    import base64
    from pathlib import Path

    figures = []
    for p in paths:
        data = base64.b64encode(Path(p).read_bytes()).decode("ascii")
        figures.append(f'<figure><img src="data:image/png;base64,{data}" alt="{esc(Path(p).stem)}">'
                       f'<figcaption>{esc(Path(p).name)}</figcaption></figure>')
    return f'<div class="wb-plots">{"".join(figures)}</div>' if figures else ""


# --------------------------------------------------------------------------- page furniture


def header_html(n_gemeenten: int) -> str:
    return ('<header class="wb-header"><div class="wb-logo" aria-hidden="true">W</div><div>'
            '<h1>Weerbaar</h1><p>Vragen over de aanpak van ondermijning door '
            f'{n_gemeenten} gemeenten: hun projecten en de stand van zaken. Elk antwoord noemt zijn bronnen.</p>'
            '</div></header>')


CHAT_PLACEHOLDER = ("**Stel een vraag** over de projecten van gemeenten tegen ondermijning, in het Nederlands of "
                    "Engels. De bronnen verschijnen rechts; klik op een nummer zoals [1] in het antwoord om de "
                    "passage te zien. Vervolgvragen (\"En hoe staat het daar?\") onthouden het gesprek.")
BACKEND_INFO = ("Citaten: direct, zinnen letterlijk uit de documenten. Een taalmodel schrijft lopende tekst met "
                "bronnummers, maar is trager (lokaal: eerste woorden na 10 à 20 seconden).")
FOOTER = ('<footer class="wb-footer">Antwoorden komen uitsluitend uit de rapportage van de gemeenten; controleer '
          'altijd de bron. Beoordeel antwoorden met de duimpjes onder elk antwoord: dat helpt dit hulpmiddel te verbeteren.</footer>')

def launch_style() -> dict:
    """theme, css and head for Blocks.launch() (gradio 6 takes them there, not in the constructor)."""
    import gradio as gr

    # System fonts: nothing to download, and gradio's bundled Source Sans 600 lacks most glyphs
    # (bold text came out in two fonts).
    theme = gr.themes.Default(primary_hue=gr.themes.colors.blue, neutral_hue=gr.themes.colors.slate,
                              font=["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"],
                              font_mono=["ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace"]).set(
        button_primary_background_fill="#154273", button_primary_background_fill_hover="#01689b",
        button_primary_text_color="#ffffff",
        # WCAG AA wants 4.5:1 for small text; the defaults (slate-400 on white: 2.6:1, blue-500: 3.7:1) fail it.
        body_text_color_subdued="*neutral_600", input_placeholder_color="*neutral_500", color_accent="*primary_700")
    return {"theme": theme, "css": static_text("weerbaar.css"), "head": f"<script>{static_text('weerbaar.js')}</script>"}


def static_text(name: str) -> str:
    """A file of weerbaar/static/, read as package data (so a plain `pip install .` carries it)."""
    return resources.files("weerbaar").joinpath("static", name).read_text(encoding="utf-8")
