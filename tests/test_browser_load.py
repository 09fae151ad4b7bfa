"""Many visitors in a real browser (Debian's Chromium via Playwright): the place in line while waiting
for the model, and load shedding with its label and the button to ask the model anyway.

The app runs in this process (weerbaar.ui.serve) with a fake embedder and a fake model that the test
holds back, so who waits for whom is certain.
"""
from __future__ import annotations

import threading
import time

import pytest

from tests.fake_servers import first_evidence, lead_reply
from tests.browser_support import browser, free_port, shots_dir, wait_http  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

SHED_LABEL = "Druk: direct antwoord uit de bronnen, zonder taalmodel"


def _first_source_gemeente(messages) -> str:
    return first_evidence(messages)[0]


@pytest.fixture(scope="module")
def index_settings(tmp_path_factory):
    from core.settings import Settings
    from ingest.pipeline import ingest

    tmp = tmp_path_factory.mktemp("browser-load")
    settings = Settings(index_dir=tmp / "index", embedder="fake", llm="fake", eval_dir=tmp / "eval",
                        feedback_path=tmp / "feedback.jsonl")
    ingest(None, settings)
    return settings


def _serve(settings, generator):
    from rag.assistant import Assistant
    from weerbaar.ui import serve

    port = free_port()
    demo = serve(settings, port=port, block=False, assistant=Assistant(settings, generator=generator))
    url = f"http://127.0.0.1:{port}/"
    wait_http(url)
    return demo, url


def _open(browser, url):
    page = browser.new_page(viewport={"width": 1300, "height": 900}, locale="nl-NL")
    page.goto(url)
    page.wait_for_selector("#wb-question textarea")
    return page


def _ask(page, question: str) -> None:
    page.fill("#wb-question textarea", question)
    page.click("#wb-ask")


def test_waiting_visitors_see_their_place_in_line(browser, index_settings, shots_dir):
    from rag.llm import FakeGenerator

    release = threading.Event()
    held = FakeGenerator(lambda m: (release.wait(60), lead_reply(m))[1])
    settings = index_settings.model_copy(update={"shed_wait_s": 1000.0})
    demo, url = _serve(settings, held)
    pages = []
    try:
        first, second = _open(browser, url), _open(browser, url)
        pages += [first, second]
        _ask(first, "Hoe staat het met Zwolle?")
        first.wait_for_selector('#wb-sources-panel .wb-sources[data-state="sources"]', timeout=30_000)
        first.wait_for_selector("#wb-notice .wb-queue", timeout=10_000)
        assert "Het taalmodel schrijft uw antwoord" in first.locator("#wb-notice .wb-queue").inner_text()
        started = time.perf_counter()
        _ask(second, "Hoe staat het met Ede?")
        second.wait_for_selector('#wb-sources-panel .wb-sources[data-state="sources"]', timeout=30_000)
        sources_s = time.perf_counter() - started  # the sources come while the first answer holds the model
        line = second.locator('#wb-notice .wb-queue[data-position="2"]')
        line.wait_for(timeout=10_000)
        text = line.inner_text()
        assert "U bent nummer 2 in de rij voor het taalmodel" in text and "nog ongeveer" in text
        assert line.get_attribute("role") == "status"  # read out by screen readers
        second.screenshot(path=str(shots_dir / "08-plek-in-de-rij.png"), full_page=True)
        release.set()
        for page, gemeente in ((first, "Zwolle"), (second, "Ede")):
            page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"]', timeout=30_000)
            assert page.locator("#wb-chat [data-testid='bot']").last.inner_text().startswith(f"{gemeente}: ")
            assert page.locator("#wb-notice .wb-queue").count() == 0  # the line notice is gone
        print(f"\nbrowser: sources for the second visitor after {sources_s:.2f} s while the model was busy")
    finally:
        release.set()
        for page in pages:
            page.close()
        demo.close()


def test_shed_answer_is_labelled_and_the_model_can_be_asked_anyway(browser, index_settings, shots_dir):
    from rag.llm import FakeGenerator

    model = FakeGenerator(lead_reply)
    settings = index_settings.model_copy(update={"shed_wait_s": 0.001})  # any estimate is above it
    demo, url = _serve(settings, model)
    page = _open(browser, url)
    try:
        assert not page.locator("#wb-ask-model").is_visible()
        _ask(page, "Hoe staat het met Zwolle?")
        page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"][data-turn="1"]', timeout=30_000)
        bot = page.locator("#wb-chat [data-testid='bot']").last
        text = bot.inner_text()
        assert text.startswith(SHED_LABEL) and "Zwolle" in text and "Zwolle: " not in text
        assert bot.locator('a[href^="#bron-1-"]').count() > 0  # shed, and still cited
        # a shed answer is a finished answer: focus moves to it, as after any other
        page.wait_for_function("() => document.activeElement.matches('#wb-chat [data-testid=\"bot\"]')",
                               timeout=20_000)
        button = page.locator("#wb-ask-model")
        button.wait_for(state="visible", timeout=10_000)
        assert button.inner_text().strip() == "Toch het taalmodel vragen"
        assert model.history == []  # the model was not asked
        page.screenshot(path=str(shots_dir / "09-druk-direct-antwoord.png"))
        button.click()
        page.wait_for_selector('#wb-sources-panel .wb-sources[data-state="done"][data-turn="2"]', timeout=30_000)
        assert page.locator("#wb-chat [data-testid='bot']").last.inner_text().startswith("Zwolle: ")
        assert len(model.history) == 1
        page.locator("#wb-ask-model").wait_for(state="hidden", timeout=10_000)
    finally:
        page.close()
        demo.close()
