"""The Documenten tab: the indexed documents, and (with the admin password) upload, re-index and delete.

    tab = documents_tab(settings, live, gate)   # inside `with gr.Tab("Documenten")`; returns its components
    tab.version.change(...)                      # fires after every change of the index

Handlers are plain functions (tested without a browser): :func:`upload`, :func:`reindex`, :func:`delete`.
Uploads go through ingest/documents.py (the ingest pipeline, one file at a time, crash-safe) inside
``LiveAssistant.change``, so questions keep being answered on the old index state until the new one is
swapped in. Everything shown is escaped with ui_render.esc.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ingest.documents import (
    FileResult,
    LastDocument,
    add_file,
    check_upload,
    delete_document,
    list_documents,
    reindex_document,
    safe_name,
)
from ingest.formats import SUPPORTED
from weerbaar.admin import AdminRefused
from weerbaar.ui_render import esc

log = logging.getLogger(__name__)
POLL_S = 0.3  # how often the page's upload status is refreshed while files are indexed
UPLOAD_TYPES = list(SUPPORTED)  # what the file picker offers: what ingest reads


# --------------------------------------------------------------------------- rendering
def docs_html(docs) -> str:
    """The document list as an accessible table."""
    if not docs:
        return '<div class="wb-nosources">Er staan geen documenten in de index.</div>'
    rows = []
    for d in docs:
        if len(d.gemeenten) > 3:
            gemeenten = f'<span title="{esc(", ".join(d.gemeenten))}">{len(d.gemeenten)} gemeenten</span>'
        else:
            gemeenten = esc(", ".join(d.gemeenten))
        rows.append(f"<tr><td>{esc(d.file)}</td><td>{gemeenten}</td><td>{esc(', '.join(d.dates) or '–')}</td>"
                    f"<td>{esc(d.kind)}</td><td class=\"wb-num\">{d.chunks}</td><td>{esc(d.origin)}</td></tr>")
    return ('<table class="wb-docs"><caption>Documenten in de index</caption><thead><tr><th scope="col">Bestand</th>'
            '<th scope="col">Gemeente</th><th scope="col">Datum</th><th scope="col">Soort</th>'
            '<th scope="col">Passages</th><th scope="col">Herkomst</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


@dataclass
class Row:
    """One file of an upload, as the page shows it."""

    name: str
    state: str = "wacht"  # wacht, bezig, klaar, fout
    done: int = 0
    total: int = 0
    result: FileResult | None = None
    started: float = field(default_factory=time.perf_counter)


def result_line(r: FileResult) -> str:
    """'3 passages toegevoegd; gemeente Lindeburg, datum 2021-04-01; 0 zinnen apart gezet'."""
    if not r.ok:
        return r.problem
    found = f"gemeente {', '.join(r.gemeenten) or 'onbekend'}"
    found += f", datum {', '.join(r.dates)}" if r.dates else ", geen datum gevonden"
    changes = f"{r.added} passages toegevoegd" + (f", {r.unchanged} ongewijzigd" if r.unchanged else "") + \
        (f", {r.removed} vervallen" if r.removed else "")
    extra = " (vervangt het document met dezelfde naam)" if r.replaced else ""
    return f"{found}; {changes}; {r.quarantined} zinnen apart gezet{extra}; {r.seconds:.1f} s"


def status_html(rows: list[Row], note: str = "") -> str:
    items = []
    for row in rows:
        if row.state == "bezig" and row.total:
            bar = f'<progress max="{row.total}" value="{row.done}" aria-label="{esc(row.name)}: indexeren"></progress>'
            text = f"{row.done} van {row.total} passages"
        elif row.state == "bezig":
            bar = f'<progress aria-label="{esc(row.name)}: lezen"></progress>'
            text = "lezen…"
        elif row.state == "wacht":
            bar, text = '<progress max="1" value="0" aria-label="wacht"></progress>', "wacht"
        else:
            bar = f'<progress max="1" value="1" aria-label="{esc(row.name)}: {row.state}"></progress>'
            text = result_line(row.result) if row.result else ""
        items.append(f'<li class="wb-file" data-state="{row.state}" data-file="{esc(row.name)}">'
                     f'<strong>{esc(row.name)}</strong> {bar} <span class="wb-file-result">{esc(text)}</span></li>')
    head = f'<p class="wb-notice">{esc(note)}</p>' if note else ""
    return f'{head}<ul class="wb-files" aria-live="polite">{"".join(items)}</ul>'


def notice(text: str) -> str:
    return f'<div class="wb-notice" role="alert">{esc(text)}</div>'


# --------------------------------------------------------------------------- handlers
def _changed(results) -> bool:
    results = results if isinstance(results, list) else [results]
    return any(r.ok and (r.added or r.removed or r.replaced) for r in results)


def _previous(results) -> list[str]:
    results = results if isinstance(results, list) else [results]
    return [g for r in results for g in r.previous]


def upload(live, settings, gate, files, password):
    """Generator of (status html, docs html, changed: bool). ``files``: paths (gradio's temp copies)."""
    try:
        gate.check(password)
    except AdminRefused as e:
        yield notice(str(e)), None, False
        return
    paths = [Path(f if isinstance(f, (str, os.PathLike)) else getattr(f, "name", f)) for f in (files or [])]
    problem = check_upload([(p.name, p.stat().st_size if p.is_file() else 0) for p in paths], settings)
    if problem:
        yield notice(problem), None, False
        return
    rows = [Row(_display_name(p)) for p in paths]
    outcome: dict = {}

    def work(index):
        results = []
        for row, path in zip(rows, paths):
            row.state, row.started = "bezig", time.perf_counter()

            def progress(done: int, total: int, row=row) -> None:
                row.done, row.total = done, total

            try:
                result = add_file(index, settings, row.name, path, progress)
            except Exception as e:  # one file's failure never costs the others
                log.exception("upload of %s failed", row.name)
                result = FileResult(file=safe_name(row.name), ok=False,
                                    problem=f"Er ging iets mis bij dit bestand ({type(e).__name__}); er is niets veranderd.")
            row.result, row.state = result, ("klaar" if result.ok else "fout")
            results.append(result)
        return results

    def run() -> None:
        try:
            outcome["results"] = live.change(work, previous=_previous, changed=_changed)
        except Exception as e:  # the index itself is unavailable
            log.exception("upload failed")
            outcome["error"] = f"De index is niet beschikbaar ({type(e).__name__}: {e}); er is niets veranderd."

    note = "Een andere wijziging loopt nog; deze bestanden wachten daarop." if live.writing() else ""
    thread = threading.Thread(target=run, name="weerbaar-upload", daemon=True)
    thread.start()
    while thread.is_alive():
        yield status_html(rows, note), None, False
        thread.join(POLL_S)
    if "error" in outcome:
        yield status_html(rows, outcome["error"]), None, False
        return
    results = outcome["results"]
    ok = sum(r.ok for r in results)
    summary = f"{ok} van {len(results)} bestanden toegevoegd." + (" De antwoorden gebruiken ze nu." if ok else "")
    yield status_html(rows, summary), docs_html(list_documents(live.index, settings)), _changed(results)


def reindex(live, settings, gate, name: str, password) -> tuple[str, str | None, bool]:
    """(message html, docs html or None, changed)."""
    try:
        gate.check(password)
    except AdminRefused as e:
        return notice(str(e)), None, False
    if not name:
        return notice("Kies eerst een document."), None, False
    result = live.change(lambda index: reindex_document(index, settings, name), previous=_previous, changed=_changed)
    if not result.ok:
        return notice(result.problem), None, False
    return notice(f"{name} opnieuw geïndexeerd: {result_line(result)}"), docs_html(list_documents(live.index, settings)), \
        _changed(result)


def delete(live, settings, gate, name: str, password) -> tuple[str, str | None, bool]:
    """(message html, docs html or None, changed)."""
    try:
        gate.check(password)
    except AdminRefused as e:
        return notice(str(e)), None, False
    if not name:
        return notice("Kies eerst een document."), None, False
    try:
        report = live.change(lambda index: delete_document(index, settings, name),
                             previous=lambda r: [r.previous], changed=lambda r: r.removed > 0)
    except (KeyError, LastDocument) as e:
        return notice(str(e).strip("'\"")), None, False
    return notice(f"{name} is verwijderd ({report.removed} passages); de antwoorden gebruiken het niet meer."), \
        docs_html(list_documents(live.index, settings)), True


def _display_name(path: Path) -> str:
    """gradio keeps the uploaded file's own name as the last part of its temp path."""
    return path.name


# --------------------------------------------------------------------------- layout
def documents_tab(settings, live, gate):
    """The tab's components and events (call inside a gr.Tab); returns them, with ``version``."""
    import gradio as gr

    docs = list_documents(live.index, settings)
    if gate.enabled:
        gr.Markdown("Voeg rapportages of plannen toe (PDF, Word, HTML, Markdown of tekst). Ze gaan door dezelfde "
                    "verwerking als het rapport; vragen worden intussen gewoon beantwoord. Een document heet naar "
                    "zijn bestandsnaam: een nieuw bestand met dezelfde naam vervangt het oude. "
                    f"Maximaal {settings.max_upload_files} bestanden en {settings.max_upload_bytes // 1_000_000} MB "
                    f"per keer, {settings.max_file_bytes // 1_000_000} MB per bestand.", elem_id="wb-docs-intro")
    else:
        gr.Markdown("**Alleen lezen.** Toevoegen en verwijderen staan uit: de beheerder heeft geen wachtwoord "
                    "ingesteld (`WEERBAAR_ADMIN_PASSWORD`).", elem_id="wb-docs-intro")
    tab = SimpleNamespace(version=gr.Number(0, visible=False, elem_id="wb-docs-version"))
    if gate.enabled:
        with gr.Row(equal_height=False):
            with gr.Column(scale=2, min_width=300):
                tab.password = gr.Textbox(label="Beheerderswachtwoord", type="password", elem_id="wb-admin",
                                          max_lines=1)
                tab.files = gr.File(label="Documenten kiezen", file_count="multiple", file_types=UPLOAD_TYPES,
                                    elem_id="wb-upload", type="filepath")
                tab.add = gr.Button("Toevoegen aan de index", variant="primary", elem_id="wb-add")
            with gr.Column(scale=3, min_width=320):
                tab.status = gr.HTML("", elem_id="wb-upload-status")
    tab.docs = gr.HTML(docs_html(docs), elem_id="wb-docs")
    if gate.enabled:
        with gr.Row(equal_height=True, elem_id="wb-doc-tools"):
            tab.choice = gr.Dropdown([d.file for d in docs], value=None, label="Document", scale=3,
                                     elem_id="wb-doc-choice")
            tab.reindex = gr.Button("Opnieuw indexeren", scale=1, elem_id="wb-reindex")
            tab.delete = gr.Button("Verwijderen", variant="stop", scale=1, elem_id="wb-delete")
        tab.message = gr.HTML("", elem_id="wb-doc-message")
        _wire(tab, settings, live, gate)
    else:
        tab.refresh = gr.Button("Vernieuwen", size="sm", elem_id="wb-docs-refresh")
        tab.refresh.click(lambda: docs_html(list_documents(live.index, settings)), None, tab.docs, queue=False)
    return tab


def _wire(tab, settings, live, gate) -> None:
    import gradio as gr

    def after(docs_value, changed: bool, version):
        if docs_value is None:
            return gr.skip(), gr.skip(), gr.skip()
        names = [d.file for d in list_documents(live.index, settings)]
        return docs_value, gr.update(choices=names, value=None), (version or 0) + 1 if changed else gr.skip()

    def on_upload(files, password, version):
        for status, docs_value, changed in upload(live, settings, gate, files, password):
            if docs_value is None:
                yield status, gr.skip(), gr.skip(), gr.skip(), gr.skip()
            else:
                yield (status, *after(docs_value, changed, version), None)

    def on_reindex(name, password, version):
        message, docs_value, changed = reindex(live, settings, gate, name, password)
        return (message, *after(docs_value, changed, version))

    def on_delete(name, password, version):
        message, docs_value, changed = delete(live, settings, gate, name, password)
        return (message, *after(docs_value, changed, version))

    tab.add.click(on_upload, [tab.files, tab.password, tab.version],
                  [tab.status, tab.docs, tab.choice, tab.version, tab.files], concurrency_id="docs",
                  concurrency_limit=1)
    tab.reindex.click(on_reindex, [tab.choice, tab.password, tab.version],
                      [tab.message, tab.docs, tab.choice, tab.version], concurrency_id="docs")
    tab.delete.click(on_delete, [tab.choice, tab.password, tab.version],
                     [tab.message, tab.docs, tab.choice, tab.version], concurrency_id="docs")


CSS = """
table.wb-docs { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.wb-docs caption { text-align: left; font-weight: 700; color: var(--wb-blue); padding: 4px 0; }
table.wb-docs th, table.wb-docs td { border-bottom: 1px solid var(--border-color-primary); padding: 6px 8px;
  text-align: left; vertical-align: top; }
table.wb-docs td.wb-num { text-align: right; }
ul.wb-files { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
li.wb-file { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; }
li.wb-file progress { width: 160px; vertical-align: middle; margin: 0 8px; }
li.wb-file[data-state="fout"] { border-left: 4px solid #b42318; }
li.wb-file[data-state="klaar"] { border-left: 4px solid #067647; }
.wb-file-result { font-size: .9rem; }
"""
