"""Word memos: question, answer and per citation the gemeente, section, date and quoted sentence as real
footnotes. Checked by reading them back with python-docx, by the package's XML, and by LibreOffice."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from core.types import Answer, Chunk, Citation, Evidence
from tests.cli import index_env, weerbaar
from weerbaar.memo import answer_memo, comparison_memo

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ZWOLLE = ("Gemeente Zwolle investeert in een lokaal coördinatiepunt ondermijning. Kerntaken zijn het ontvangen "
          "van signalen.")
ANSWER = Answer(
    question="Wat doet Zwolle tegen ondermijning?",
    text="Zwolle richt een coördinatiepunt in [1]. Het coördinatiepunt draait sinds 2020 [2].\n"
         "- Ook Utrecht werkt met een app [3][1].",
    language="nl", refused=False, backend="extractive",
    citations=[Citation(1, "Zwolle", "beschrijving", ZWOLLE, "Coördinatiepunt"),
               Citation(2, "Zwolle", "stand van zaken", "Het project loopt. Het coördinatiepunt draait sinds 2020.",
                        "Coördinatiepunt", date="2021-03-01"),
               Citation(3, "Utrecht", "beschrijving", "Utrecht heeft de app Ondermijning.", "App")],
    evidence=[Evidence(3, "Utrecht", "beschrijving", "Utrecht heeft de app Ondermijning.", date="2020",
                       source="rapport.txt:40-41")],
)


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def _footnotes(path: Path) -> list[str]:
    from lxml import etree

    root = etree.fromstring(_parts(path)["word/footnotes.xml"].encode())
    return ["".join(t.text or "" for t in note.iter(f"{W}t"))
            for note in root.iter(f"{W}footnote") if int(note.get(f"{W}id")) > 0]


def test_an_answer_memo_has_question_answer_and_footnoted_sources(tmp_path):
    import docx

    path = tmp_path / "memo.docx"
    answer_memo(ANSWER).save(path)
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)  # python-docx reads it back
    assert "Wat doet Zwolle tegen ondermijning?" in text
    assert "Zwolle richt een coördinatiepunt in." in text and "Het coördinatiepunt draait sinds 2020." in text
    assert "[1]" not in text and "[2]" not in text  # the markers became footnote references
    notes = _footnotes(path)
    assert len(notes) == 4  # one per marker in the text, in order: 1, 2, 3, 1
    assert notes[0] == " Zwolle — beschrijving: “Gemeente Zwolle investeert in een lokaal coördinatiepunt ondermijning.”"
    assert notes[1] == " Zwolle — stand van zaken, 2021-03-01: “Het coördinatiepunt draait sinds 2020.”"
    assert notes[2] == " Utrecht — beschrijving, 2020: “Utrecht heeft de app Ondermijning.” (rapport.txt:40-41)"  # evidence
    # The package is consistent: every reference has its footnote, the part is declared and related.
    parts = _parts(path)
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', parts["word/document.xml"])
    ids = re.findall(r'<w:footnote w:id="(\d+)"', parts["word/footnotes.xml"])
    assert refs == ids == ["1", "2", "3", "4"]
    assert 'PartName="/word/footnotes.xml"' in parts["[Content_Types].xml"]
    assert 'Target="footnotes.xml"' in parts["word/_rels/document.xml.rels"]


def test_a_refusal_memo_says_so_without_sources(tmp_path):
    import docx

    refused = Answer(question="Wie is de burgemeester van Dordrecht?", text="Dat staat niet in de documenten.",
                     language="nl", refused=True, backend="extractive")
    path = tmp_path / "memo.docx"
    answer_memo(refused).save(path)
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "Dat staat niet in de documenten." in text and "geen bron" in text and _footnotes(path) == []


def test_a_refusal_memo_keeps_its_nearest_quotes_as_no_answer(tmp_path):
    import docx

    from rag.answer import refusal_text

    nearby = [Evidence(0, "Bonaire", "stand van zaken", "Er is inmiddels een tweede training geweest.", title="BOBB")]
    refused = Answer(question="Hoeveel trainingen heeft Bonaire gehad?", text=refusal_text("nl", nearby),
                     language="nl", refused=True, backend="extractive", nearby=nearby)
    path = tmp_path / "memo.docx"
    answer_memo(refused).save(path)
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert '"Er is inmiddels een tweede training geweest."' in text and "beantwoorden de vraag niet" in text
    assert _footnotes(path) == []


def test_text_that_xml_cannot_hold_is_cleaned(tmp_path):
    odd = Answer(question="Vraag\x0b met \x00stuurtekens?", text="Antwoord\x1f [1].", language="nl", refused=False,
                 citations=[Citation(1, "Ede", "beschrijving", "Ede\x0c heeft een aanpak.")])
    answer_memo(odd).save(tmp_path / "m.docx")
    assert _footnotes(tmp_path / "m.docx") == [" Ede — beschrijving: “Ede heeft een aanpak.”"]


def _chunk(gemeente, section, text, date=None):
    return Chunk(id=gemeente + section, text=text, gemeente=gemeente, section=section, title="t",
                 source="rapport.txt:1-2", position=0, date=date)


def test_a_comparison_memo_of_a_plan(tmp_path):
    import docx

    from rag.plan import Plan, PlanMatch, PlanResult

    passage = _chunk("Dordrecht", "stand van zaken", "Er was een integrale controle op het vakantiepark.", "2020")
    plan = Plan(title="Aanpak vakantieparken Heidevoorde", parts=("We controleren de parken.",), source="plan.docx")
    result = PlanResult("Dordrecht", "Toezicht", 0.9, (PlanMatch("We controleren de parken.", passage, 0.8, "Aanpak"),),
                        achieved=(("Er was een integrale controle op het vakantiepark.", passage),),
                        hard=(("Corona vertraagde de tweede controle.", passage),))
    path = tmp_path / "v.docx"
    comparison_memo([result], plan=plan).save(path)
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    for expected in ("Uw plan: Aanpak vakantieparken Heidevoorde (plan.docx)", "1. Dordrecht — Toezicht",
                     "Uit uw plan: We controleren de parken.", "Bereikt: Er was een integrale controle",
                     "Lastig: Corona vertraagde de tweede controle."):
        assert expected in text
    assert _footnotes(path)[0] == (" Dordrecht — stand van zaken, 2020: “Er was een integrale controle op het "
                                   "vakantiepark.” (rapport.txt:1-2)")


def _libreoffice_text(path: Path, out: Path) -> str:
    """LibreOffice opens the memo and prints it to PDF; the PDF's text (footnotes included)."""
    if not os.path.exists(SOFFICE):
        pytest.fail("LibreOffice is missing: `make office` installs Debian's libreoffice-writer-nogui")
    profile = out / "lo-profile"  # a profile of its own: no clash with another soffice, nothing in $HOME
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(out), str(path)], capture_output=True, text=True, timeout=240)
    pdf = out / (path.stem + ".pdf")
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


@pytest.mark.integration
def test_libreoffice_opens_the_memo_of_weerbaar_ask(tmp_path, fake_index_settings):
    """`weerbaar ask --docx` end to end; LibreOffice renders question, answer and footnoted sources."""
    memo = tmp_path / "memo.docx"
    proc = weerbaar("ask", "--llm", "extractive", "--docx", str(memo), "--json", "Hoe staat het met Achtkarspelen?",
                    env=index_env(fake_index_settings))
    assert proc.returncode == 0, proc.stderr
    import json

    answer = json.loads(proc.stdout)
    text = _libreoffice_text(memo, tmp_path)
    assert "Hoe staat het met Achtkarspelen?" in text
    first_line = re.sub(r"\s*\[\d+\]", "", answer["answer"]).split("\n")[0].lstrip("- ")  # a bullet in Word
    first_sentence = first_line[:60]
    assert " ".join(first_sentence.split()) in text
    assert "Achtkarspelen — stand van zaken: “" in text  # a footnote, rendered at the foot of the page


@pytest.mark.integration
def test_libreoffice_opens_the_answer_memo_with_evidence(tmp_path):
    memo = tmp_path / "memo.docx"
    answer_memo(ANSWER).save(memo)
    text = _libreoffice_text(memo, tmp_path)
    assert "Wat doet Zwolle tegen ondermijning?" in text and "Zwolle richt een coördinatiepunt in" in text
    assert "Utrecht — beschrijving, 2020: “Utrecht heeft de app Ondermijning.” (rapport.txt:40-41)" in text
