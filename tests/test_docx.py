"""Word files in: python-docx reads them, with the same rules as other documents; a bad .docx is
named with its problem and costs nothing else."""
from __future__ import annotations

import io
import os
import zipfile

import pytest

import ingest.docxtext
from docs_fixtures import MERWEDAL_DOCX, make_docx
from ingest.formats import read_records
from ingest.load import InputProblem


def test_a_word_report_is_one_record_with_gemeente_date_and_sections(tmp_path, fake_settings):
    (record,) = read_records(make_docx(tmp_path / "merwedal.docx", MERWEDAL_DOCX), fake_settings)
    assert record.gemeente == "Merwedal"  # a gemeente the list does not know is kept as written
    assert record.date == "2021-06-15" and record.title == "Barbershops in beeld"
    assert record.description.startswith("De gemeente Merwedal onderzoekt of barbershops")
    assert "23 barbershops bezocht" in record.status and "tolken bleek lastig" in record.status
    assert "Stand van zaken" not in record.status + record.description  # headings switch sections, they are not text
    assert record.source.path == "merwedal.docx"


def test_word_lists_and_tables_keep_their_text_and_the_file_name_gives_the_gemeente(tmp_path, fake_settings):
    import docx

    d = docx.Document()
    d.add_heading("Voortgang wijkaanpak", 0)
    d.add_paragraph("De wijkaanpak loopt.")
    d.add_paragraph("integrale controles", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Partner", (0, 1): "Rol", (1, 0): "Politie", (1, 1): "Controle"}.items():
        table.cell(r, c).text = text
    d.save(tmp_path / "gouda_2022.docx")
    (record,) = read_records(tmp_path / "gouda_2022.docx", fake_settings)
    assert (record.gemeente, record.date) == ("Gouda", "2022")
    assert record.description == ""  # "Voortgang" in the title: a progress report
    assert record.status.split("\n") == ["De wijkaanpak loopt.", "- integrale controles", "Partner | Rol", "Politie | Controle"]


def test_the_report_table_saved_as_word_is_parsed_as_the_table(tmp_path, fake_settings):
    import docx

    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    rows = [("Gemeente", "Stand van zaken"),
            ("Leiden Veilige havens Leiden werkt aan een veilige jachthaven.", "Er zijn drie controles geweest."),
            ("Almere Wijkaanpak Noord De gemeente Almere pakt een wijk aan.", "Gestart in mei.")]
    for r, (a, b) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.save(tmp_path / "rapport_2021.docx")
    records = read_records(tmp_path / "rapport_2021.docx", fake_settings)
    assert [r.gemeente for r in records] == ["Leiden", "Almere"]
    assert records[0].status == "Er zijn drie controles geweest." and records[0].date == "2021"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04" + os.urandom(300), "not a valid ZIP archive"),
    (_zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}), "this is an Excel workbook"),
    (_zip({"content.xml": b"<office/>"}), "this is an OpenDocument file"),
    (b"Gewoon tekst met een .docx-naam.\n", "no ZIP header"),
    (_zip({"word/document.xml": b"<w:document><unclosed>", "[Content_Types].xml": b"<Types/>"}), "docx"),
])
def test_a_bad_docx_is_refused_with_its_problem(tmp_path, fake_settings, data, problem):
    path = tmp_path / "kapot.docx"
    path.write_bytes(data)
    with pytest.raises(InputProblem, match=problem) as e:
        read_records(path, fake_settings)
    assert e.value.path.endswith("kapot.docx")


def test_a_docx_that_unpacks_to_far_more_than_its_size_is_not_opened(tmp_path, fake_settings, monkeypatch):
    path = make_docx(tmp_path / "bom.docx", MERWEDAL_DOCX)
    monkeypatch.setattr(ingest.docxtext, "MAX_UNPACKED_BYTES", 10_000)  # the real one is 200 MB
    with pytest.raises(InputProblem, match="unpacks to .* over the limit of 10,000"):
        read_records(path, fake_settings)


def test_a_zip_named_txt_is_still_refused(fake_settings, tmp_path):
    path = tmp_path / "notities.txt"
    path.write_bytes(_zip({"word/document.xml": b"<x/>"}))
    with pytest.raises(InputProblem, match=r"ZIP archive \(a Word file is read when its name ends in .docx"):
        read_records(path, fake_settings)
