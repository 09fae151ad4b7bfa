"""The web app in a real browser: Debian's Chromium driven by Playwright, against a temp index.

Starts `python app.py` on a free loopback port (fake embedder, extractive answers), asks questions,
checks citations and their sources, opens every tab, and saves screenshots plus measured timings in
pytest's temp folder (printed; nothing is written into the repo). WCAG checks are in test_a11y.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.browser_support import browser, fake_eval_run, free_port, run_axe, shots_dir, violation_report, wait_http  # noqa: F401,E501
from tests.cli import weerbaar

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "Hoe staat het met Achtkarspelen?"


def _env(tmp: Path) -> dict:
    env = dict(os.environ)
    env.update(WEERBAAR_INDEX_DIR=str(tmp / "index"), WEERBAAR_EMBEDDER="fake", WEERBAAR_LLM="extractive",
               WEERBAAR_FEEDBACK_PATH=str(tmp / "feedback.jsonl"), WEERBAAR_EVAL_DIR=str(tmp / "eval"),
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    for name in ("WEERBAAR_OLLAMA_MODEL", "WEERBAAR_OPENAI_BASE_URL", "WEERBAAR_OLLAMA_BASE_URL"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    env = _env(tmp)
    weerbaar("ingest", env=env, check=True)
    fake_eval_run(tmp / "eval")
    port = free_port()
    log = (tmp / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--llm", "extractive"], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        startup = wait_http(url, proc)
        yield {"url": url, "tmp": tmp, "startup_s": startup}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


# Timestamps (ms after the click on "Vraag") at which the sources and the first answer text appear.
WATCH = """(turn) => {
  if (window.__wbObserver) window.__wbObserver.disconnect();
  window.__wb = {};
  const bots = () => document.querySelectorAll('#wb-chat [data-testid="bot"]');
  const before = bots().length;
  document.querySelector('#wb-ask').addEventListener('click', () => { window.__wb.start = performance.now(); },
                                                     {capture: true, once: true});
  const panel = (states) => states.some(s => document.querySelector(
      `#wb-sources-panel .wb-sources[data-turn="${turn}"][data-state="${s}"]`));
  window.__wbObserver = new MutationObserver(() => {
    const w = window.__wb;
    if (w.start === undefined) return;
    const t = performance.now() - w.start;
    if (w.sources === undefined && panel(["sources", "done"])) w.sources = t;
    const all = bots();
    const text = all.length > before ? all[all.length - 1].textContent.trim() : "";
    if (w.token === undefined && text && text !== "…") w.token = t;
    if (w.done === undefined && panel(["done"])) w.done = t;
  });
  window.__wbObserver.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}"""


def _ask(page, question: str, turn: int) -> dict:
    page.evaluate(WATCH, turn)
    page.fill("#wb-question textarea", question)
    page.click("#wb-ask")
    page.wait_for_selector(f'#wb-sources-panel .wb-sources[data-state="done"][data-turn="{turn}"]', timeout=60_000)
    page.wait_for_function("() => window.__wb.token !== undefined", timeout=10_000)
    return page.evaluate("() => window.__wb")


def test_chat_in_the_browser(browser, app_url, shots_dir):
    external: list[str] = []
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    page.on("request", lambda r: external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    t0 = time.perf_counter()
    page.goto(app_url["url"])
    page.wait_for_selector("#wb-question textarea")
    page_ready_s = time.perf_counter() - t0
    page.screenshot(path=str(shots_dir / "01-start.png"), full_page=True)

    # --- a question: sources before the answer, markers that link to them
    first = _ask(page, QUESTION, 1)
    assert first["sources"] <= first["token"] + 50  # sources are on screen no later than the answer text
    link = page.locator('#wb-chat a[href^="#bron-1-"]').first
    target_id = link.get_attribute("href")[1:]
    source = page.locator(f"#{target_id}")
    assert source.is_visible() and "Achtkarspelen" in source.inner_text()
    link.click()
    page.wait_for_selector(f"#{target_id}.wb-flash", timeout=3000)  # the link jumps to its source
    assert page.url.rstrip("/") == app_url["url"].rstrip("/")  # ... without navigating away
    page.screenshot(path=str(shots_dir / "02-answer.png"), full_page=True)

    # --- thumbs up lands in the feedback file
    page.locator('#wb-chat [data-testid="bot"]').last.hover()
    page.get_by_role("button", name="Vind ik leuk").last.click()
    page.wait_for_selector("text=Dank je, je beoordeling is opgeslagen.", timeout=10_000)
    feedback = app_url["tmp"] / "feedback.jsonl"
    for _ in range(50):
        if feedback.exists() and feedback.read_text().strip():
            break
        time.sleep(0.1)
    line = json.loads(feedback.read_text().splitlines()[-1])
    assert line["rating"] == "up" and line["question"] == QUESTION and line["sources"]

    # --- a follow-up keeps the gemeente; an example question is one click
    follow = _ask(page, "En wat is daar het project?", 2)
    assert "Achtkarspelen" in page.locator('#wb-chat [data-testid="bot"]').last.inner_text()
    page.evaluate(WATCH, 3)
    page.locator("#wb-examples button", has_text="Vreedzame Wijk").click()
    page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"][data-turn="3"]', timeout=60_000)
    assert "Amersfoort" in page.locator('#wb-chat [data-testid="bot"]').last.inner_text()
    marked = page.locator("#wb-sources-panel .wb-sources > .wb-source mark").all_inner_texts()
    assert {"vreedzame", "wijk"} <= {m.lower() for m in marked}  # the question's words are highlighted

    # --- a question with HTML in it is shown as text and runs nothing
    attack = '<img src=x onerror="window.__pwned=1"> Hoe staat het met Zwolle?'
    _ask(page, attack, 4)
    assert page.evaluate("() => window.__pwned") is None
    assert '<img src=x onerror="window.__pwned=1">' in page.locator('#wb-chat [data-testid="user"]').last.inner_text()

    # --- a question the documents cannot answer
    _ask(page, "Wat is de hoofdstad van Frankrijk?", 5)
    assert "Niet in de documenten" in page.locator('#wb-chat [data-testid="bot"]').last.inner_text()
    page.screenshot(path=str(shots_dir / "03-conversation.png"), full_page=True)

    # --- the other tabs
    page.get_by_role("tab", name="Vergelijkbare aanpakken").click()
    page.fill("#wb-situation textarea", "Op een vakantiepark zijn signalen van drugshandel en illegale bewoning.")
    page.click("#wb-find")
    page.wait_for_selector("#wb-cards .wb-card, #wb-cards .wb-nosources", timeout=30_000)
    page.screenshot(path=str(shots_dir / "04-vergelijkbare-aanpakken.png"), full_page=True)

    page.get_by_role("tab", name="Gemeenten").click()
    page.locator('#wb-table [data-testid="cell-0-0"]').click()
    page.wait_for_selector(".wb-record")
    assert "Achtkarspelen" in page.locator(".wb-record h3").inner_text()
    assert "Stand van zaken" in page.locator(".wb-record").inner_text()
    page.screenshot(path=str(shots_dir / "05-gemeenten.png"), full_page=True)

    page.get_by_role("tab", name="Evaluatie").click()
    page.wait_for_selector("#wb-eval-table table")
    assert "hybrid+extractive" in page.locator("#wb-eval-table").inner_text()
    page.wait_for_selector("#wb-eval-plots img")  # the plot, inline
    page.screenshot(path=str(shots_dir / "06-evaluatie.png"), full_page=True)

    assert external == []  # nothing is fetched from outside this machine
    timings = {"app_start_to_http_200_s": round(app_url["startup_s"], 2), "page_ready_s": round(page_ready_s, 2),
               "question": QUESTION, "backend": "extractive (fake embedder)",
               "sources_ms": round(first["sources"]), "first_token_ms": round(first["token"]),
               "answer_done_ms": round(first["done"]),
               "follow_up_sources_ms": round(follow["sources"]), "follow_up_first_token_ms": round(follow["token"])}
    (shots_dir / "timings.json").write_text(json.dumps(timings, indent=2) + "\n")
    print("\nbrowser timings:", json.dumps(timings))
    context.close()


def test_full_queue_says_het_is_druk(browser, tmp_path, shots_dir):
    """With one answer running and one waiting, a third visitor gets the Dutch busy message."""
    from ingest.pipeline import ingest
    from rag.assistant import Assistant
    from rag.llm import FakeGenerator
    from core.settings import Settings
    from weerbaar.ui import serve

    settings = Settings(index_dir=tmp_path / "index", embedder="fake", llm="fake", eval_dir=tmp_path / "eval",
                        feedback_path=tmp_path / "feedback.jsonl")
    ingest(None, settings)
    release = threading.Event()
    slow = FakeGenerator(lambda messages: (release.wait(60), "Zwolle heeft een coördinatiepunt [1].")[1])
    port = free_port()
    demo = serve(settings, port=port, concurrency=1, max_queue=1, block=False,
                 assistant=Assistant(settings, generator=slow))
    url = f"http://127.0.0.1:{port}/"
    pages = []
    try:
        wait_http(url)
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1200, "height": 800}, locale="nl-NL")
            # Each wait ends as soon as its state shows; the limit is for busy cores (make test runs two pytest
            # processes side by side, and this test's server, fake model and three pages share the cores).
            page.set_default_timeout(90_000)
            page.goto(url)
            page.wait_for_selector("#wb-question textarea")
            pages.append(page)
        running, waiting, turned_away = pages
        running.fill("#wb-question textarea", "Hoe staat het met Zwolle?")
        running.click("#wb-ask")
        running.wait_for_selector('.wb-sources[data-state="sources"]')  # generating, held by `release`
        waiting.fill("#wb-question textarea", "Hoe staat het met Zwolle?")
        waiting.click("#wb-ask")
        time.sleep(1.0)  # let its event join the queue
        turned_away.fill("#wb-question textarea", "Hoe staat het met Zwolle?")
        turned_away.click("#wb-ask")
        turned_away.wait_for_selector("text=Het is druk, probeer het zo opnieuw.")
        assert "currently busy" not in turned_away.locator("body").inner_text()
        turned_away.screenshot(path=str(shots_dir / "07-het-is-druk.png"))
        results = run_axe(turned_away)  # this state is reached only here: WCAG 2.1 A/AA as everywhere else
        assert not results["violations"], "'Het is druk':\n" + violation_report(results["violations"])
        release.set()
        waiting.wait_for_selector('.wb-sources[data-state="done"]')  # the waiting one is served
    finally:
        release.set()
        for page in pages:
            page.close()
        demo.close()

