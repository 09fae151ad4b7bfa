"""Pure rendering for the web app: answers, sources, cards and tables as safe HTML / Markdown.

Everything that comes from a question, a model or a passage is escaped here, once, so no text in
the corpus or typed by a user can inject HTML or script into the page:

    answer_markdown("Zie <b>dit</b> [1].", turn=3)
      -> 'Zie &lt;b&gt;dit&lt;/b&gt; [\\[1\\]](#bron-3-1).'
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.text import STOPWORDS, stems
from core.types import Answer, Chunk, Citation

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


def answer_markdown(text: str, turn: int) -> str:
    """An answer for the chat: literal text whose [n] markers link to the sources panel (#bron-turn-n)."""
    return _MARKER.sub(lambda m: f"[\\[{m.group(1)}\\]](#{source_id(turn, int(m.group(1)))})", safe_markdown(text))


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
            f'<article class="wb-source{"" if used else " wb-unused"}" id="{source_id(turn, c.marker)}">'
            f'<header><span class="wb-n">{c.marker}</span> <strong>{esc(c.gemeente)}</strong>'
            f'<span class="wb-section">{esc(c.section)}</span>'
            + (f'<span class="wb-section">{esc(c.date)}</span>' if c.date else "")
            + ("" if used else '<span class="wb-tag">niet gebruikt</span>')
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
    parts = [f'<div class="wb-sources" data-state="{esc(state)}" data-turn="{int(turn)}">'
             f'<div class="wb-sources-head"><span>Bronnen</span><small>{esc(meta)}</small></div>{current}']
    for question, body in earlier:
        parts.append(f'<details class="wb-earlier"><summary>Eerdere vraag: {esc(question)}</summary>{body}</details>')
    parts.append("</div>")
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


@dataclass(frozen=True)
class GemeenteRecord:
    gemeente: str
    title: str
    description: str
    status: str
    date: str | None = None
    quarantined: tuple = ()  # core.types.Quarantined: sentences kept out of every answer

    @property
    def status_line(self) -> str:
        return one_line(self.status)


def one_line(text: str, limit: int = STATUS_CHARS) -> str:
    """First sentence, at most ``limit`` characters: one_line('Klaar. Verder.') -> 'Klaar.'."""
    flat = " ".join((text or "").split())
    m = re.search(r"(?<=[.!?])\s+(?=[A-Z0-9'‘(])", flat)
    first = flat[: m.start()] if m else flat
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def sort_name(gemeente: str) -> str:
    """Alphabetical key that files 's-Hertogenbosch under H: sort_name("'s-Hertogenbosch") -> 'hertogenbosch'."""
    return re.sub(r"^'s[- ]", "", gemeente.lower())


def records_from_chunks(chunks: Iterable[Chunk]) -> list[GemeenteRecord]:
    """Rebuild one record per document, gemeente and report date from the index's chunks, in chunk order
    (two documents of one gemeente keep their own titles)."""
    groups: dict[tuple[str, str | None, str], dict] = {}
    for c in sorted(chunks, key=lambda c: (sort_name(c.gemeente), c.date or "", c.source_file, c.section, c.position)):
        g = groups.setdefault((c.gemeente, c.date, c.source_file),
                              {"title": c.title, "beschrijving": [], "stand van zaken": [], "quarantined": []})
        if c.text:
            g[c.section].append(c.text)
        g["quarantined"].extend(c.quarantined_sentences())
    return [GemeenteRecord(gemeente=name, title=g["title"], description="\n".join(g["beschrijving"]),
                           status="\n".join(g["stand van zaken"]), date=date, quarantined=tuple(g["quarantined"]))
            for (name, date, _), g in groups.items()]


def record_html(r: GemeenteRecord, themes: Sequence[str] = ()) -> str:
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
            f'<span class="wb-meter" title="overeenkomst, relatief aan de beste"><span style="width:{share * 100:.0f}%">'
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

CSS = """
:root { --wb-blue: #154273; --wb-sky: #01689b; --wb-mark: #fff1a8; }
.gradio-container { max-width: 1320px !important; margin: 0 auto !important; }
.wb-header { display: flex; gap: 14px; align-items: center; padding: 14px 18px; margin-bottom: 4px;
  background: var(--wb-blue); color: #fff; border-radius: 10px; }
.wb-header h1 { margin: 0; font-size: 1.5rem; color: #fff; letter-spacing: .02em; }
.wb-header p { margin: 2px 0 0; opacity: .92; color: #fff; }
.wb-logo { width: 42px; height: 42px; border-radius: 8px; background: #fff; color: var(--wb-blue);
  display: grid; place-items: center; font-weight: 800; font-size: 1.4rem; flex: none; }
.wb-sources { display: flex; flex-direction: column; gap: 10px; max-height: 520px; overflow-y: auto; padding-right: 4px; }
.wb-sources-head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; position: sticky; top: 0;
  background: var(--background-fill-primary); padding: 4px 0; z-index: 1; }
.wb-sources-head span { font-weight: 700; color: var(--wb-blue); font-size: 1.05rem; }
.wb-sources-head small { color: var(--body-text-color-subdued); font-size: .82rem; }
.wb-source { border: 1px solid var(--border-color-primary); border-left: 4px solid var(--wb-sky); border-radius: 8px;
  padding: 10px 12px; background: var(--background-fill-primary); transition: box-shadow .3s, background .3s; }
.wb-source header { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.wb-source p { margin: 6px 0 0; line-height: 1.5; font-size: .93rem; }
.wb-source.wb-unused { opacity: .62; border-left-color: var(--border-color-primary); }
.wb-source:target, .wb-source.wb-flash { box-shadow: 0 0 0 3px var(--wb-sky); background: #eef6fb; }
.wb-n { display: inline-grid; place-items: center; min-width: 24px; height: 24px; padding: 0 6px; border-radius: 12px;
  background: var(--wb-sky); color: #fff; font-weight: 700; font-size: .8rem; }
.wb-section { font-size: .78rem; padding: 1px 8px; border-radius: 10px; background: #e8eef5; color: var(--wb-blue); }
.wb-tag { font-size: .75rem; color: var(--body-text-color-subdued); font-style: italic; }
.wb-title { font-size: .85rem; color: var(--body-text-color-subdued); margin-top: 3px; }
.wb-sources mark, .wb-cards mark { background: var(--wb-mark); padding: 0 1px; border-radius: 2px; color: inherit; }
.wb-nosources { padding: 14px; border: 1px dashed var(--border-color-primary); border-radius: 8px;
  color: var(--body-text-color-subdued); line-height: 1.5; }
.wb-busy::after { content: ""; display: inline-block; width: 10px; height: 10px; margin-left: 8px; border-radius: 50%;
  border: 2px solid var(--wb-sky); border-right-color: transparent; animation: wbspin .8s linear infinite; }
@keyframes wbspin { to { transform: rotate(360deg); } }
.wb-earlier { border-top: 1px solid var(--border-color-primary); padding-top: 6px; }
.wb-earlier summary { cursor: pointer; color: var(--body-text-color-subdued); font-size: .88rem; padding: 4px 0; }
.wb-earlier .wb-source { margin-top: 8px; }
.wb-notice { padding: 8px 12px; border-radius: 8px; background: #fdf3e1; border: 1px solid #f0c36d; color: #6b4a00; }
#wb-chat a[href^="#bron-"] { text-decoration: none; font-weight: 700; color: var(--wb-sky); font-size: .85em;
  vertical-align: super; padding: 0 1px; }
#wb-chat a[href^="#bron-"]:hover { text-decoration: underline; }
#wb-examples button { text-align: left; }
.wb-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 14px; }
.wb-card { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 12px 14px;
  background: var(--background-fill-primary); }
.wb-card header { display: flex; align-items: center; gap: 10px; font-size: 1.08rem; }
.wb-rank { display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 50%;
  background: var(--wb-blue); color: #fff; font-weight: 700; font-size: .9rem; }
.wb-meter { margin-left: auto; width: 80px; height: 6px; border-radius: 3px; background: #e5e7eb; overflow: hidden; }
.wb-meter span { display: block; height: 100%; background: var(--wb-sky); }
.wb-card blockquote { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--wb-sky); background: #f6f9fc;
  font-size: .92rem; line-height: 1.5; }
.wb-reason { font-size: .9rem; margin: 6px 0; }
.wb-status { font-size: .9rem; margin: 6px 0 0; }
.wb-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.wb-chip { font-size: .78rem; padding: 2px 9px; border-radius: 10px; background: #e3f0f7; color: #014a6e; }
.wb-record { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 14px 18px; }
.wb-record h3 { margin: 0; color: var(--wb-blue); }
.wb-record h4 { margin: 14px 0 4px; color: var(--wb-blue); }
.wb-record p { line-height: 1.55; margin: 4px 0; }
#wb-table, #wb-table *, #wb-eval-table, #wb-eval-table * { font-family: var(--font) !important; }
#wb-table td { vertical-align: top; }
#wb-filters { background: var(--block-background-fill); border: 1px solid var(--border-color-primary);
  border-radius: 10px; padding: 4px 6px; }
#wb-filters > div { border: none !important; box-shadow: none !important; }
#wb-ask-row { align-items: stretch; }
#wb-ask-row textarea { font-size: 1rem; }
.wb-plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 14px; }
.wb-plots figure { margin: 0; border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px; }
.wb-plots img { width: 100%; height: auto; display: block; }
.wb-plots figcaption { font-size: .8rem; color: var(--body-text-color-subdued); text-align: center; }
.wb-footer { text-align: center; color: var(--body-text-color-subdued); font-size: .85rem; padding: 10px; }
"""

# Citation links scroll the sources panel instead of navigating; a full queue gets a Dutch message
# (gradio's frontend has the English text built in: "This application is currently busy...").
HEAD = """
<script>
(() => {
  const BUSY_EN = "This application is currently busy";
  const BUSY_NL = "Het is druk, probeer het zo opnieuw.";
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#bron-"]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    event.preventDefault();
    event.stopPropagation();
    if (!target) return;
    const folded = target.closest("details");
    if (folded) folded.open = true;
    target.scrollIntoView({behavior: "smooth", block: "nearest"});
    target.classList.add("wb-flash");
    setTimeout(() => target.classList.remove("wb-flash"), 1800);
  }, true);
  const translate = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    if (!texts.some((t) => t.nodeValue.includes(BUSY_EN))) return;
    for (const t of texts) {
      if (t.nodeValue.includes(BUSY_EN)) t.nodeValue = BUSY_NL;
      else if (t.nodeValue.trim() === "Error") t.nodeValue = "Druk";  // the toast's title
    }
  };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1) translate(n.closest("[class*=toast]") || n);
      else if (n.nodeType === 3 && n.nodeValue.includes(BUSY_EN)) translate(n.parentElement.closest("[class*=toast]") || n.parentElement);
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
})();
</script>
"""


def launch_style() -> dict:
    """theme, css and head for Blocks.launch() (gradio 6 takes them there, not in the constructor)."""
    import gradio as gr

    # System fonts: nothing to download, and gradio's bundled Source Sans 600 lacks most glyphs
    # (bold text came out in two fonts).
    theme = gr.themes.Default(primary_hue=gr.themes.colors.blue, neutral_hue=gr.themes.colors.slate,
                              font=["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"],
                              font_mono=["ui-monospace", "Consolas", "DejaVu Sans Mono", "monospace"]).set(
        button_primary_background_fill="#154273", button_primary_background_fill_hover="#01689b",
        button_primary_text_color="#ffffff")
    return {"theme": theme, "css": CSS, "head": HEAD}
