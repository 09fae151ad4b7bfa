"""WCAG 2.1 A and AA in a real browser: axe-core on every tab and every state a visitor can reach.

axe-core ships inside the axe-playwright-python wheel and is injected into the page: nothing is downloaded
at run time. A new tab or state is one more line in CASES: (tab, state, what to do to get there).
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser_support import browser, run_axe, served_app, violation_report  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

TABS = {"chat": "Chat", "similar": "Vergelijkbare aanpakken", "gemeenten": "Gemeenten", "eval": "Evaluatie"}
EXTRACTIVE = "Citaten"  # the label of the backend without a language model


# --------------------------------------------------------------------------- how to reach each state


def open_tab(page, tab: str) -> None:
    page.get_by_role("tab", name=TABS[tab]).click()
    page.wait_for_selector(f"#wb-tab-{tab}", state="visible")


def choose_backend(page, label: str) -> None:
    page.locator("#wb-backend label", has_text=label).click()


def ask(page, question: str, turn: int = 1, state: str = "done") -> None:
    page.fill("#wb-question textarea", question)
    page.click("#wb-ask")
    page.wait_for_selector(f'#wb-sources-panel .wb-sources[data-state="{state}"][data-turn="{turn}"]', timeout=60_000)
    page.wait_for_timeout(400)  # let the last stream update and the focus move settle


def memo_ready(page) -> None:
    """The Word memo is written after the answer (ui._memo_of); until then its button is pending and greyed. On a
    loaded machine that outlasted ask()'s settle time, and axe checked the grey button (one failure in make test)."""
    page.wait_for_selector("#wb-docx:not([disabled])", timeout=60_000)


def answered(page, model) -> None:
    choose_backend(page, EXTRACTIVE)
    ask(page, "Hoe staat het met Achtkarspelen?")
    memo_ready(page)


def answered_by_model(page, model) -> None:
    ask(page, "Hoe staat het met Zwolle?")
    memo_ready(page)


def answered_in_english(page, model) -> None:
    choose_backend(page, EXTRACTIVE)
    ask(page, "How far along is Zwolle with its coordination point?")
    memo_ready(page)
    assert page.locator('#wb-chat [data-testid="bot"] [lang="en"]').count() == 1


def refused(page, model) -> None:
    choose_backend(page, EXTRACTIVE)
    ask(page, "Wat is de hoofdstad van Frankrijk?")
    assert page.locator("#wb-sources-panel .wb-sources > .wb-nosources").count() == 1  # no source: refused


def busy(page, model) -> None:
    model.mode = "slow"
    page.fill("#wb-question textarea", "Hoe staat het met Zwolle?")
    page.click("#wb-ask")
    page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="sources"]', timeout=30_000)
    assert model.streaming.wait(30)  # sources shown, the model is half-way its reply


def empty_question(page, model) -> None:
    page.click("#wb-ask")
    page.wait_for_selector("#wb-notice .wb-notice")


def backend_fails(page, model) -> None:
    model.mode = "fail"
    ask(page, "Hoe staat het met Zwolle?")  # the model only adds: the quoted answer stands, with a notice
    assert page.locator("#wb-chat [data-testid='bot']").last.inner_text().startswith("Let op:")


def source_followed(page, model) -> None:
    answered(page, model)
    ask(page, "En wat is daar het project?", turn=2)
    page.locator("#wb-sources-panel details.wb-earlier summary").first.click()  # the earlier turn's sources
    page.locator('#wb-chat a[href^="#bron-2-"]').first.click()
    page.wait_for_timeout(400)


def feedback_given(page, model) -> None:
    answered(page, model)
    page.locator('#wb-chat [data-testid="bot"]').last.hover()
    page.get_by_role("button", name="Vind ik leuk").last.click()
    page.wait_for_selector("text=Dank je, je beoordeling is opgeslagen.", timeout=30_000)


def export_open(page, model) -> None:
    answered(page, model)
    page.locator("#wb-export-box button").first.click()
    page.wait_for_selector("#wb-export .cm-content", timeout=20_000)


def similar_cards(page, model) -> None:
    open_tab(page, "similar")
    page.fill("#wb-situation textarea", "Op een vakantiepark zijn signalen van drugshandel en illegale bewoning.")
    page.click("#wb-find")
    page.wait_for_selector("#wb-cards .wb-card", timeout=30_000)


def similar_error(page, model) -> None:
    open_tab(page, "similar")
    page.click("#wb-find")
    page.wait_for_selector("#wb-cards .wb-notice", timeout=30_000)


def gemeenten_detail(page, model) -> None:
    open_tab(page, "gemeenten")
    page.locator('#wb-table [data-testid="cell-0-0"]').click()
    page.wait_for_selector("#wb-detail .wb-record")


def gemeenten_filtered(page, model) -> None:
    open_tab(page, "gemeenten")
    page.fill("#wb-filter textarea, #wb-filter input", "vakantiepark")
    page.wait_for_timeout(600)


def eval_report(page, model) -> None:
    open_tab(page, "eval")
    page.wait_for_selector("#wb-eval-table table")
    page.wait_for_selector("#wb-eval-plots img")
    page.get_by_text("Volledig rapport (report.md)").click()
    page.wait_for_selector("#wb-eval-report h1", timeout=20_000)


def stay(page, model) -> None:
    pass


def tab_only(tab: str):
    return lambda page, model: open_tab(page, tab)


CASES = [
    ("chat", "empty", stay),
    ("chat", "error: empty question", empty_question),
    ("chat", "busy", busy),
    ("chat", "answered", answered),
    ("chat", "answered by a model", answered_by_model),
    ("chat", "answered in English", answered_in_english),
    ("chat", "refused", refused),
    ("chat", "error: model server down", backend_fails),
    ("chat", "source followed, earlier turn open", source_followed),
    ("chat", "thumbs up given", feedback_given),
    ("chat", "export open", export_open),
    ("similar", "empty", tab_only("similar")),
    ("similar", "comparison cards", similar_cards),
    ("similar", "error: nothing described", similar_error),
    ("gemeenten", "table", tab_only("gemeenten")),
    ("gemeenten", "record detail", gemeenten_detail),
    ("gemeenten", "filtered", gemeenten_filtered),
    ("eval", "report", eval_report),
]


@pytest.fixture
def page(browser, served_app):  # noqa: F811
    url, model, _ = served_app
    model.mode = "answer"
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    page.errors = []  # script errors in the page, shown when a keyboard test fails
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("#wb-question textarea")
    yield page
    model.release()
    context.close()


@pytest.mark.parametrize("tab, state, reach", CASES, ids=[re.sub(r"\W+", "-", f"{t}-{s}").strip("-")
                                                           for t, s, _ in CASES])
def test_no_wcag_violations(page, served_app, tab, state, reach):  # noqa: F811
    reach(page, served_app[1])
    results = run_axe(page)
    assert not results["violations"], (f"axe-core {results['testEngine']['version']} on {tab} / {state}:\n"
                                       + violation_report(results["violations"]))


def test_axe_finds_what_it_should(page):
    """The check itself can fail: a picture without text and pale text on white are reported, offline."""
    external: list[str] = []
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:")) else None)
    page.evaluate("""() => {
      const box = document.createElement('div');
      box.id = 'wb-bad';
      box.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
                    + '<p style="color:#bbb;background:#fff">te licht</p>';
      document.body.appendChild(box);
    }""")
    results = run_axe(page)
    found = {v["id"]: [n["html"] for n in v["nodes"]] for v in results["violations"]}
    assert [h[:4] for h in found.get("image-alt", [])] == ["<img"]
    assert '<p style="color:#bbb;background:#fff">te licht</p>' in found.get("color-contrast", [])
    assert external == []


# --------------------------------------------------------------------------- keyboard only

# The focused element, and whether it shows that it has focus (an outline or a ring).
FOCUSED = """() => {
  const e = document.activeElement;
  const css = getComputedStyle(e);
  const ring = (css.outlineStyle !== "none" && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== "none";
  return {tag: e.tagName.toLowerCase(), id: e.id, cls: String(e.className), text: (e.textContent || "").trim(),
          label: e.getAttribute("aria-label") || "", href: e.getAttribute("href") || "", ring,
          bot: e.matches('#wb-chat [data-testid="bot"]'), where: e.closest("[id^=wb-]") ? e.closest("[id^=wb-]").id : ""};
}"""
# Every text the live region was given, in order (the region is emptied between two announcements).
LISTEN = """() => {
  window.__said = [];
  new MutationObserver(() => {
    const text = document.getElementById("wb-live").textContent;
    if (text) window.__said.push(text);
  }).observe(document.getElementById("wb-live"), {childList: true, characterData: true, subtree: true});
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_until(page, wanted, limit: int = 80) -> dict:
    """Press Tab until ``wanted(focused)``; every element passed on the way must show its focus."""
    unseen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["tag"] != "body" and not now["ring"]:
            unseen.append(now)
        if wanted(now):
            assert not unseen, f"focus is invisible on: {unseen}"
            return now
    raise AssertionError(f"not reached with {limit} presses of Tab; last: {focused(page)}")


def focus_moves_to_answer(page) -> None:
    """Focus moves once the page has rendered the finished answer: a wait, generous for busy CI cores; on a
    timeout the message says where focus is and what the page shows."""
    try:
        page.wait_for_function("() => document.activeElement.matches('#wb-chat [data-testid=\"bot\"]')", timeout=20_000)
    except Exception as e:
        state = page.evaluate("""() => ({
            panel: (document.querySelector('#wb-sources-panel .wb-sources') || {}).outerHTML?.slice(0, 200),
            bots: Array.from(document.querySelectorAll('#wb-chat [data-testid="bot"]')).map(b => b.outerHTML.slice(0, 400)),
            said: window.__said || null})""")
        raise AssertionError(f"focus did not move to the answer; script errors: {page.errors}; focused: {focused(page)}; page: {state}") from e


def test_keyboard_only_question_to_first_source_and_back(page):
    start = focused(page)
    assert start["tag"] == "textarea" and start["where"] == "wb-question"  # the question box has focus on arrival
    page.evaluate(LISTEN)
    page.keyboard.type("Hoe staat het met Zwolle?")
    page.keyboard.press("Enter")
    page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"][data-turn="1"]', timeout=60_000)
    focus_moves_to_answer(page)
    answer = focused(page)
    assert answer["bot"] and answer["ring"]  # focus moved to the finished answer, visibly
    page.wait_for_function("() => window.__said.length > 0", timeout=20_000)
    page.wait_for_timeout(1000)
    said = page.evaluate("() => window.__said")
    assert len(said) == 1 and said[0].startswith("Antwoord: ")  # announced once, when finished
    assert "▍" not in said[0] and "[1]" in said[0]

    marker = tab_until(page, lambda f: "wb-cite" in f["cls"])
    assert marker["text"].startswith("[1]") and "bron 1: " in marker["text"]  # a name that says which source
    page.keyboard.press("Enter")
    source = focused(page)
    assert source["tag"] == "article" and f"#{source['id']}" == marker["href"] and source["ring"]
    assert page.locator(f"#{source['id']}").is_visible()
    assert page.url.rstrip("/") == page.url.split("#")[0].rstrip("/")  # no navigation

    back = tab_until(page, lambda f: "wb-back" in f["cls"], limit=3)
    assert back["text"] == "terug naar het antwoord"
    page.keyboard.press("Enter")
    again = focused(page)
    assert "wb-cite" in again["cls"] and again["href"] == marker["href"]  # back at the marker it came from


def test_keyboard_reaches_thumbs_export_tabs_and_table_rows(page, served_app):
    tmp = served_app[2]
    page.keyboard.type("Hoe staat het met Zwolle?")
    page.keyboard.press("Enter")
    page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"][data-turn="1"]', timeout=60_000)
    focus_moves_to_answer(page)

    lines_before = len((tmp / "feedback.jsonl").read_text().splitlines()) if (tmp / "feedback.jsonl").exists() else 0
    tab_until(page, lambda f: f["label"] == "Vind ik leuk")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Dank je, je beoordeling is opgeslagen.", timeout=10_000)
    feedback = tmp / "feedback.jsonl"
    for _ in range(50):
        if feedback.exists() and len(feedback.read_text().splitlines()) > lines_before:
            break
        page.wait_for_timeout(100)
    assert '"rating": "up"' in feedback.read_text().splitlines()[-1]

    tab_until(page, lambda f: f["where"] == "wb-sources-panel" and f["cls"].startswith("wb-sources"))  # the scroll region
    tab_until(page, lambda f: f["where"] == "wb-download")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".md")

    tab = tab_until(page, lambda f: f["id"] == "wb-tab-gemeenten-button")
    assert tab["text"] == "Gemeenten"
    page.keyboard.press("Enter")
    page.wait_for_selector("#wb-table", state="visible")
    page.evaluate(LISTEN)
    first = tab_until(page, lambda f: f["where"] == "wb-table" and "body-cell" in f["cls"])["text"]
    page.keyboard.press("ArrowDown")
    # the table moves its focus on its own time (under load, after this line has run)
    page.wait_for_function(f"(first) => ({FOCUSED})().text !== first", arg=first, timeout=5_000)
    row = focused(page)["text"]
    assert row != first, "ArrowDown did not move the table's focus to the next row"
    page.keyboard.press("Enter")
    detail = page.locator("#wb-detail .wb-record h3")
    # the detail of the row chosen before (or none) may still be shown for a moment
    expect(detail).to_have_text(re.compile("^" + re.escape(row)), timeout=10_000)
    assert detail.inner_text().startswith(row)
    page.wait_for_function("() => window.__said.length > 0", timeout=20_000)
    assert page.evaluate("() => window.__said") == [f"De beschrijving van {row} staat onder de tabel."]


def test_streaming_is_silent_and_the_finished_answer_is_said_once(page, served_app):
    """Gradio's chat log is a live region: left as it is, a screen reader would read every streamed piece."""
    model = served_app[1]
    page.evaluate(LISTEN)
    busy(page, model)
    assert page.get_attribute('#wb-chat [role="log"]', "aria-live") == "off"
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__said") == []  # nothing said while the answer is being written
    model.release()
    page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"]', timeout=30_000)
    page.wait_for_function("() => window.__said.length > 0", timeout=20_000)
    page.wait_for_timeout(1000)
    said = page.evaluate("() => window.__said")
    shown = page.evaluate("""() => { const b = [...document.querySelectorAll('#wb-chat [data-testid="bot"]')].pop().cloneNode(true);
                                      b.querySelectorAll('.wb-sr-only').forEach(e => e.remove()); return b.textContent.trim(); }""")
    assert said == [f"Antwoord: {shown}"] and "▍" not in shown  # the whole finished answer, once
    assert page.evaluate("document.documentElement.lang") == "nl"


def test_an_answer_finished_by_an_attribute_change_alone_is_still_announced(page):
    """Gradio patches the sources panel in place, so its step to "done" can change attributes and text
    without adding a node; the page must notice that too (it once missed it, and focus stayed put)."""
    page.evaluate(LISTEN)
    ask(page, "Hoe staat het met Zwolle?")
    page.wait_for_function("() => window.__said.length == 1", timeout=20_000)
    page.evaluate("""() => {
        document.activeElement.blur();
        const panel = document.querySelector('#wb-sources-panel .wb-sources');
        panel.dataset.state = "sources"; panel.dataset.turn = "2";
        setTimeout(() => { panel.dataset.state = "done"; }, 50);
    }""")
    page.wait_for_function("() => window.__said.length == 2", timeout=10_000)
    assert page.evaluate("() => window.__said[1]").startswith("Antwoord: ")
    focus_moves_to_answer(page)
