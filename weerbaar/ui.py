"""The web app: the Gradio Blocks layout, wired to the handlers in ui_handlers.py.

    demo = build_app(settings, assistant)      # testable without launching
    serve(settings, host="127.0.0.1", port=7860)

One Assistant per process serves every session (models load once); the queue bounds how many
questions run at once and how many may wait (beyond that: "Het is druk, probeer het zo opnieuw.").
Rendering and all HTML escaping are in ui_render.py.
"""
import os
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # else gradio looks up api.gradio.app when imported

from ingest.formats import SUPPORTED as PLAN_TYPES  # noqa: E402
from weerbaar import ui_render as R  # noqa: E402
from weerbaar.shedding import ASK_MODEL_ANYWAY, warm_backend  # noqa: E402
from weerbaar.ui_docs import CSS as DOCS_CSS  # noqa: E402
from weerbaar.ui_plan import CSS as PLAN_CSS  # noqa: E402
from weerbaar.ui_handlers import (  # noqa: E402
    ALL_SECTIONS,
    EXAMPLES,
    available_backends,
    backend_label,
    default_backend,
    find_similar,
    gemeente_rows,
    gemeente_themes,
    load_eval,
    new_conversation,
    ask_model_anyway,
    record_feedback,
    respond_page,
    status_lines,
)


EVAL_POLL_S = 0.5  # how often the Evaluatie tab's progress bar moves

# --------------------------------------------------------------------------- layout


def build_app(settings, assistant):
    """The Blocks of the whole app (not launched): Chat, Vergelijkbare aanpakken, Gemeenten, Documenten, Evaluatie.

    ``assistant`` may be a LiveAssistant (weerbaar/live.py); a plain Assistant is wrapped in one, so an
    upload or a delete in the Documenten tab can swap in the new index state.
    """
    import gradio as gr

    from weerbaar.admin import AdminGate
    from weerbaar.eval_page import EvalRunner, question_count
    from weerbaar.live import LiveAssistant
    from weerbaar.ui_docs import documents_tab
    from weerbaar.ui_plan import compare_plan_page, similar_docx

    assistant = assistant if isinstance(assistant, LiveAssistant) else LiveAssistant(assistant)
    gate = AdminGate(settings)
    runner = EvalRunner(settings, assistant)
    backends = available_backends(settings)
    records = R.records_from_chunks(assistant.index.all_chunks(include_empty=True))  # with fully quarantined records
    themes = gemeente_themes(assistant)
    status_of = status_lines(assistant, records)
    by_key = {(r.gemeente, r.title): r for r in records}

    with gr.Blocks(title="Weerbaar · aanpak van ondermijning") as demo:
        conv = gr.State(new_conversation())
        gr.HTML(R.header_html(len(assistant.gemeenten)))
        with gr.Tabs(elem_id="wb-tabs"):
            with gr.Tab("Chat", id="chat", elem_id="wb-tab-chat"):
                with gr.Row(elem_id="wb-filters", equal_height=True):
                    gemeenten = gr.Dropdown(assistant.gemeenten, multiselect=True, label="Alleen deze gemeente(n)",
                                            scale=3, min_width=220, elem_id="wb-gemeenten", info="Leeg: alle gemeenten")
                    section = gr.Radio([ALL_SECTIONS, "beschrijving", "stand van zaken"], value=ALL_SECTIONS,
                                       label="Onderdeel", scale=3, min_width=260, elem_id="wb-section",
                                       info="Zoek in de beschrijving of de stand van zaken")
                    backend = gr.Radio([(backend_label(settings, n), n) for n in backends], scale=4, min_width=300,
                                       value=default_backend(settings, backends), label="Antwoordmodel",
                                       elem_id="wb-backend", info=R.BACKEND_INFO)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(
                            label="Gesprek", show_label=False, height=560, elem_id="wb-chat", latex_delimiters=[],
                            feedback_options=("Like", "Dislike"), buttons=["copy"], layout="bubble",
                            placeholder=R.CHAT_PLACEHOLDER,
                        )
                        with gr.Row(elem_id="wb-ask-row", equal_height=True):
                            question = gr.Textbox(label="Vraag", show_label=False, placeholder="Stel een vraag over de aanpak van ondermijning…",
                                                  lines=1, max_lines=5, scale=8, autofocus=True, elem_id="wb-question",
                                                  container=False)
                            ask = gr.Button("Vraag", variant="primary", scale=1, min_width=90, elem_id="wb-ask")
                        notice = gr.HTML("", elem_id="wb-notice")
                        ask_model = gr.Button(ASK_MODEL_ANYWAY, visible=False, size="sm", variant="secondary",
                                              elem_id="wb-ask-model")  # under a shed answer (weerbaar/shedding.py)
                        examples = gr.Dataset(components=[question], samples=[[q] for q in EXAMPLES],
                                              label="Voorbeeldvragen (klik om te stellen)", elem_id="wb-examples")
                    with gr.Column(scale=2, min_width=320):
                        sources = gr.HTML(R.empty_sources_panel(), elem_id="wb-sources-panel")
                        with gr.Row(elem_id="wb-answer-tools"):
                            clear = gr.Button("Nieuw gesprek", size="sm", variant="secondary", elem_id="wb-clear")
                            download = gr.DownloadButton("Download (.md)", size="sm", variant="secondary",
                                                         elem_id="wb-download")
                            docx = gr.DownloadButton("Download (.docx)", size="sm", variant="secondary",
                                                     elem_id="wb-docx", interactive=False)
                        with gr.Accordion("Antwoord met bronnen als Markdown (kopiëren)", open=False, elem_id="wb-export-box"):
                            export = gr.Code("", language="markdown", interactive=False, show_label=False,
                                             elem_id="wb-export", max_lines=20, wrap_lines=True)

            with gr.Tab("Vergelijkbare aanpakken", id="similar", elem_id="wb-tab-similar"):
                gr.Markdown("Beschrijf de situatie in uw gemeente. U krijgt gemeenten met een vergelijkbare aanpak, "
                            "met hun project, de best passende passages en de stand van zaken: om te bellen of van te leren.")
                with gr.Row(equal_height=False):
                    situation = gr.Textbox(label="Uw situatie", lines=4, scale=3, elem_id="wb-situation",
                                           placeholder="Bijvoorbeeld: op een vakantiepark wonen arbeidsmigranten en er zijn "
                                                       "signalen van drugshandel en illegale bewoning.")
                    with gr.Column(scale=2, min_width=260):
                        like = gr.Dropdown(assistant.gemeenten, value=None, label="Of: aanpakken die lijken op die van",
                                           elem_id="wb-like")
                        k = gr.Slider(3, 10, value=5, step=1, label="Aantal gemeenten")
                        find = gr.Button("Zoek vergelijkbare aanpakken", variant="primary", elem_id="wb-find")
                with gr.Accordion("Of: vergelijk met uw eigen plan", open=False, elem_id="wb-plan-box"):
                    gr.Markdown("Het plan van een gemeente die niet in het rapport staat (PDF, Word, HTML, Markdown of "
                                "tekst). Het wordt alleen gelezen, niet aan de documenten toegevoegd.")
                    with gr.Row(equal_height=False):
                        plan_file = gr.File(label="Uw plan", file_types=list(PLAN_TYPES), type="filepath",
                                            elem_id="wb-plan", scale=2)
                        plan_text = gr.Textbox(label="Of plak de tekst van uw plan", lines=6, scale=3,
                                               elem_id="wb-plan-text")
                    plan_find = gr.Button("Vergelijk met mijn plan", variant="primary", elem_id="wb-plan-find")
                cards = gr.HTML("", elem_id="wb-cards")
                similar_memo = gr.DownloadButton("Vergelijking als Word (.docx)", size="sm", variant="secondary",
                                                 elem_id="wb-similar-docx", value=None)

            with gr.Tab("Gemeenten", id="gemeenten", elem_id="wb-tab-gemeenten"):
                gr.Markdown(f"**{len(records)} projecten** van {len(assistant.gemeenten)} gemeenten. "
                            "Klik op een rij voor de volledige beschrijving en stand van zaken (met het toetsenbord: "
                            "Tab naar de tabel, kies met de pijltjes en druk op Enter).")
                filter_box = gr.Textbox(label="Filter de tabel", show_label=False, placeholder="Filter op gemeente, project of thema…",
                                        elem_id="wb-filter")
                headers = ["Gemeente", "Project", "Thema's", "Stand van zaken (kort)"]
                table = gr.Dataframe(value=gemeente_rows(records, themes, status_of), headers=headers, interactive=False,
                                     label="Projecten per gemeente", show_label=False,
                                     wrap=True, elem_id="wb-table", column_widths=["13%", "25%", "20%", "42%"],
                                     max_height=520)
                detail = gr.HTML('<div class="wb-nosources">Kies een gemeente in de tabel.</div>', elem_id="wb-detail")

            with gr.Tab("Documenten", id="documenten", elem_id="wb-tab-documenten"):
                docs_tab = documents_tab(settings, assistant, gate)

            with gr.Tab("Evaluatie", id="eval", elem_id="wb-tab-eval"):
                with gr.Row(equal_height=True, elem_id="wb-eval-controls"):
                    eval_backend = gr.Radio([(backend_label(settings, n), n) for n in backends], scale=3,
                                            value="extractive", label="Antwoordmodel", elem_id="wb-eval-backend")
                    n_questions = max(1, question_count())
                    eval_n = gr.Slider(1, n_questions, value=min(12, n_questions), step=1, scale=2, elem_id="wb-eval-n",
                                       label=f"Aantal vragen (van de {n_questions} testvragen)")
                    eval_start = gr.Button("Evaluatie starten", variant="primary", scale=1, elem_id="wb-eval-start")
                eval_progress = gr.HTML(runner.snapshot().progress_html(), elem_id="wb-eval-progress")
                eval_intro = gr.Markdown(elem_id="wb-eval-intro")
                eval_table = gr.Dataframe(interactive=False, label="Uitkomst per configuratie", show_label=False, elem_id="wb-eval-table", wrap=True)
                eval_plots = gr.HTML(elem_id="wb-eval-plots")
                with gr.Accordion("Volledig rapport (report.md)", open=False, visible=False) as eval_box:
                    eval_report = gr.Markdown(elem_id="wb-eval-report")
                eval_compare = gr.Dataframe(interactive=False, label="Vergeleken met de vorige evaluatie",
                                            elem_id="wb-eval-compare", visible=False, wrap=True)
                refresh = gr.Button("Vernieuwen", size="sm", elem_id="wb-eval-refresh")
        gr.HTML(R.FOOTER)

        # ---- chat
        ins = [question, chatbot, conv, gemeenten, section, backend]
        outs = [question, chatbot, sources, conv, notice, export, download, ask_model]

        def on_ask(q, messages, c, g, s, b):
            yield from respond_page(assistant, q, messages, c, g, s, b)

        def on_ask_model(messages, c):
            yield from ask_model_anyway(assistant, messages, c)

        # The Word memo belongs to one answer: emptied when a question starts, filled when its answer is done
        # (else a click in between would download the previous answer's memo).
        for trigger in (question.submit, ask.click):
            trigger(_no_memo, None, docx, queue=False).then(
                on_ask, ins, outs, show_progress="minimal", show_progress_on=[chatbot], concurrency_id="ask").then(
                _memo_of, conv, docx, queue=False)
        examples.click(_example_text, examples, question, queue=False).then(_no_memo, None, docx, queue=False).then(
            on_ask, ins, outs, show_progress="minimal", show_progress_on=[chatbot], concurrency_id="ask").then(
            _memo_of, conv, docx, queue=False)
        ask_model.click(_no_memo, None, docx, queue=False).then(
            on_ask_model, [chatbot, conv], outs, show_progress="minimal", show_progress_on=[chatbot],
            concurrency_id="ask").then(_memo_of, conv, docx, queue=False)
        clear.click(lambda: ("", [], R.empty_sources_panel(), new_conversation(), "", "", None,
                             gr.update(visible=False), _no_memo()), None, outs + [docx], queue=False)
        chatbot.clear(lambda: (R.empty_sources_panel(), new_conversation(), "", None, _no_memo()), None,
                      [sources, conv, export, download, docx], queue=False)  # the chat's own bin icon

        def on_like(c, data: gr.LikeData):
            gr.Info(record_feedback(settings, c, data.index, data.liked))

        chatbot.like(on_like, conv, None, concurrency_limit=None)  # queued: gr.Info needs the queue

        # ---- similar
        def on_find(text, gemeente, n):
            return find_similar(assistant, text, gemeente, n, status_of)

        def on_similar_memo(text, gemeente, n):
            return similar_docx(assistant, text, gemeente, n)

        for trigger in (find.click, situation.submit):
            trigger(on_find, [situation, like, k], cards, concurrency_id="ask").then(
                on_similar_memo, [situation, like, k], similar_memo, concurrency_id="ask")

        def on_plan(file, text, n):
            return compare_plan_page(assistant, settings, file, text, n)

        plan_find.click(on_plan, [plan_file, plan_text, k], [cards, similar_memo], concurrency_id="ask")

        # ---- gemeenten
        filter_box.change(lambda text: gemeente_rows(records, themes, status_of, text), filter_box, table, queue=False)

        def on_select(evt: gr.SelectData):
            row = evt.row_value or []
            r = by_key.get((row[0], row[1])) if len(row) >= 2 else None
            return R.record_html(r, [label for _, label in themes.get(r.gemeente, [])]) if r else gr.skip()

        table.select(on_select, None, detail, queue=False)

        # ---- evaluation
        def on_eval():
            intro, rows, plots, report = load_eval(settings.eval_dir)
            import pandas as pd

            frame = pd.DataFrame(rows[1:], columns=rows[0]) if len(rows) > 1 else pd.DataFrame()
            return (intro, gr.update(value=frame, visible=len(rows) > 1),
                    R.plots_html(plots),
                    report, gr.update(visible=bool(report)))

        def on_compare():
            from weerbaar.eval_page import comparison_rows, read_metrics
            import pandas as pd

            rows = comparison_rows(read_metrics(runner.previous_dir), read_metrics(settings.eval_dir))
            frame = pd.DataFrame(rows[1:], columns=rows[0]) if rows else pd.DataFrame()
            return gr.update(value=frame, visible=bool(rows))

        eval_outs = [eval_intro, eval_table, eval_plots, eval_report, eval_box]
        refresh.click(lambda: (*on_eval(), on_compare()), None, eval_outs + [eval_compare], queue=False)
        demo.load(lambda: (*on_eval(), on_compare()), None, eval_outs + [eval_compare], queue=False)

        def on_eval_start(backend_name, n):
            refused = runner.start(backend_name, n)
            if refused:
                yield (_notice_html(refused) + runner.snapshot().progress_html(), *[gr.skip()] * 6)
                return
            while runner.snapshot().running:
                yield (runner.snapshot().progress_html(), *[gr.skip()] * 6)
                time.sleep(EVAL_POLL_S)
            yield (runner.snapshot().progress_html(), *on_eval(), on_compare())

        eval_start.click(on_eval_start, [eval_backend, eval_n], [eval_progress] + eval_outs + [eval_compare],
                         concurrency_limit=None)  # never queued: a second run is refused, not kept waiting

        # ---- an upload or a delete changed the index: the gemeente lists follow
        def on_index_changed():
            names = assistant.gemeenten
            return gr.update(choices=names), gr.update(choices=names)

        docs_tab.version.change(on_index_changed, None, [gemeenten, like], queue=False)
    return demo


def _notice_html(text: str) -> str:
    return f'<div class="wb-notice" role="alert">{R.esc(text)}</div>'


def _no_memo():
    """No memo to download while a question is being answered: the button is disabled, not only emptied
    (under load a click on an emptied button still downloaded the previous answer's memo)."""
    import gradio as gr

    return gr.update(value=None, interactive=False)


def _memo_of(conv):
    """The finished answer's memo, and the button usable again."""
    import gradio as gr

    from weerbaar.ui_plan import answer_docx

    path = answer_docx(conv)
    return gr.update(value=path, interactive=path is not None)


def _example_text(sample) -> str:
    return sample[0] if isinstance(sample, (list, tuple)) else str(sample)


def serve(settings, host: str = "127.0.0.1", port: int = 7860, *, concurrency: int | None = None, max_queue: int = 24,
          block: bool = True, assistant=None, on_ready=None):
    """Build the one Assistant, load and warm the local model when it is the default, launch.

    ``concurrency`` (default ``settings.page_concurrency``) bounds the questions handled at once. It is
    high on purpose: retrieval takes milliseconds and must never wait behind a generation; the model has
    its own line (place shown, load shed above ``settings.shed_wait_s``; weerbaar/shedding.py).
    ``on_ready(url)`` is called once the server accepts connections and the model is warm.
    """
    if assistant is None:
        from rag.assistant import Assistant

        assistant = Assistant(settings)
    warming = warm_backend(assistant, default_backend(settings, available_backends(settings)))  # meanwhile gradio starts
    assistant.retrieve("ondermijning")  # warm up the embedder and BM25 before the first visitor
    concurrency = concurrency or settings.page_concurrency
    demo = build_app(settings, assistant)
    demo.queue(default_concurrency_limit=concurrency, max_size=max_queue)
    style = R.launch_style()
    style["css"] += DOCS_CSS + PLAN_CSS
    # gradio refuses bigger uploads itself (also where no upload control is shown: its upload route always exists).
    # Each running question holds a worker thread while it waits: room for all of them plus the quick events.
    demo.launch(server_name=host, server_port=port, share=False, inbrowser=False, prevent_thread_lock=True,
                ssr_mode=False, footer_links=[], max_file_size=settings.max_file_bytes,
                max_threads=max(40, concurrency + 8), **style)
    warming.join()
    if on_ready is not None:
        on_ready(f"http://{host}:{port}")
    if block:
        demo.block_thread()
    return demo
