"""The web app: the Gradio Blocks layout, wired to the handlers in ui_handlers.py.

    demo = build_app(settings, assistant)      # testable without launching
    serve(settings, host="127.0.0.1", port=7860)

One Assistant per process serves every session (models load once); the queue bounds how many
questions run at once and how many may wait (beyond that: "Het is druk, probeer het zo opnieuw.").
Rendering and all HTML escaping are in ui_render.py.
"""
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported (STACK.md trap 4)

from weerbaar import ui_render as R  # noqa: E402
from weerbaar.shedding import ASK_MODEL_ANYWAY, warm_backend  # noqa: E402
from weerbaar.ui_handlers import (  # noqa: E402
    ALL_SECTIONS,
    EXAMPLES,
    SIMILAR_PLACEHOLDER,
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
    similar_available,
    status_lines,
)


# --------------------------------------------------------------------------- layout


def build_app(settings, assistant):
    """The Blocks of the whole app (not launched): Chat, Vergelijkbare aanpakken, Gemeenten, Evaluatie."""
    import gradio as gr

    backends = available_backends(settings)
    records = R.records_from_chunks(assistant.retriever.chunks)
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
                            question = gr.Textbox(show_label=False, placeholder="Stel een vraag over de aanpak van ondermijning…",
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
                cards = gr.HTML("" if similar_available() else SIMILAR_PLACEHOLDER, elem_id="wb-cards")

            with gr.Tab("Gemeenten", id="gemeenten", elem_id="wb-tab-gemeenten"):
                gr.Markdown(f"**{len(records)} projecten** van {len(assistant.gemeenten)} gemeenten. "
                            "Klik op een rij voor de volledige beschrijving en stand van zaken.")
                filter_box = gr.Textbox(show_label=False, placeholder="Filter op gemeente, project of thema…",
                                        elem_id="wb-filter")
                headers = ["Gemeente", "Project", "Thema's", "Stand van zaken (kort)"]
                table = gr.Dataframe(value=gemeente_rows(records, themes, status_of), headers=headers, interactive=False,
                                     wrap=True, elem_id="wb-table", column_widths=["13%", "25%", "20%", "42%"],
                                     max_height=520)
                detail = gr.HTML('<div class="wb-nosources">Kies een gemeente in de tabel.</div>', elem_id="wb-detail")

            with gr.Tab("Evaluatie", id="eval", elem_id="wb-tab-eval"):
                eval_intro = gr.Markdown(elem_id="wb-eval-intro")
                eval_table = gr.Dataframe(interactive=False, show_label=False, elem_id="wb-eval-table", wrap=True)
                eval_plots = gr.HTML(elem_id="wb-eval-plots")
                with gr.Accordion("Volledig rapport (report.md)", open=False, visible=False) as eval_box:
                    eval_report = gr.Markdown(elem_id="wb-eval-report")
                refresh = gr.Button("Vernieuwen", size="sm", elem_id="wb-eval-refresh")
        gr.HTML(R.FOOTER)

        # ---- chat
        ins = [question, chatbot, conv, gemeenten, section, backend]
        outs = [question, chatbot, sources, conv, notice, export, download, ask_model]

        def on_ask(q, messages, c, g, s, b):
            yield from respond_page(assistant, q, messages, c, g, s, b)

        def on_ask_model(messages, c):
            yield from ask_model_anyway(assistant, messages, c)

        for trigger in (question.submit, ask.click):
            trigger(on_ask, ins, outs, show_progress="minimal", show_progress_on=[chatbot], concurrency_id="ask")
        examples.click(_example_text, examples, question, queue=False).then(
            on_ask, ins, outs, show_progress="minimal", show_progress_on=[chatbot], concurrency_id="ask")
        ask_model.click(on_ask_model, [chatbot, conv], outs, show_progress="minimal", show_progress_on=[chatbot],
                        concurrency_id="ask")
        clear.click(lambda: ("", [], R.empty_sources_panel(), new_conversation(), "", "", None, gr.update(visible=False)),
                    None, outs, queue=False)
        chatbot.clear(lambda: (R.empty_sources_panel(), new_conversation(), "", None), None,
                      [sources, conv, export, download], queue=False)  # the chat's own bin icon

        def on_like(c, data: gr.LikeData):
            gr.Info(record_feedback(settings, c, data.index, data.liked))

        chatbot.like(on_like, conv, None, concurrency_limit=None)  # queued: gr.Info needs the queue

        # ---- similar
        def on_find(text, gemeente, n):
            return find_similar(assistant, text, gemeente, n, status_of)

        find.click(on_find, [situation, like, k], cards, concurrency_id="ask")
        situation.submit(on_find, [situation, like, k], cards, concurrency_id="ask")

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

        eval_outs = [eval_intro, eval_table, eval_plots, eval_report, eval_box]
        refresh.click(on_eval, None, eval_outs, queue=False)
        demo.load(on_eval, None, eval_outs, queue=False)
    return demo


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
    # Each running question holds a worker thread while it waits: room for all of them plus the quick events.
    demo.launch(server_name=host, server_port=port, share=False, inbrowser=False, prevent_thread_lock=True,
                ssr_mode=False, footer_links=[], max_threads=max(40, concurrency + 8), **R.launch_style())
    warming.join()
    if on_ready is not None:
        on_ready(f"http://{host}:{port}")
    if block:
        demo.block_thread()
    return demo
