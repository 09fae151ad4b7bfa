"""More inputs (table of any year, text, markdown, HTML, PDF) and bad inputs: each bad file is named
with its problem, the others still ingest, the exit code says so, and nothing indexed is lost."""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from core.embed import FakeEmbedder
from ingest.formats import attribute, date_from_name, read_records
from ingest.index import ChunkIndex
from ingest.load import InputProblem, decode
from core.names import default_matcher
from ingest.pipeline import ingest
from core.settings import DEFAULT_CORPUS
from tests.cli import weerbaar

TABLE_2021 = "\n".join([
    "Gemeente\tStand van zaken",
    "Leiden\t",
    "<p>Veilige havens</p> <p>Leiden werkt aan een veilige jachthaven.</p>\t<p>Er zijn drie controles geweest.</p>",
    "<p>Almere</p> <p>Wijkaanpak Noord</p> <p>De gemeente Almere pakt een wijk aan.</p>\t<p>Gestart in mei.</p>",
])
PARKS = "Op vakantieparken wordt samen met de politie gecontroleerd op permanente bewoning."


# --- a minimal PDF writer (Helvetica, WinAnsi), so the tests need no PDF files on disk ---------------
def _escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """Pages of text lines -> the bytes of a valid PDF whose text pypdf can extract."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids, nxt = [], 4
    for lines in pages:
        body = b"".join(b"(" + _escape(line.encode("cp1252")) + b") Tj T* " for line in lines)
        content = b"BT /F1 11 Tf 14 TL 50 780 Td " + body + b"ET"
        objs[nxt] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[nxt + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % nxt)
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out, offsets = b"%PDF-1.4\n", {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref, n = len(out), max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, n))
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)


def _write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def _one(path: Path, settings):
    (record,) = read_records(path, settings)
    return record


# --- formats -------------------------------------------------------------------------------------
def test_a_table_of_another_year_parses_and_is_dated_by_its_file_name(fake_settings, tmp_path):
    records = read_records(_write(tmp_path, "ondermijning_2021.txt", TABLE_2021), fake_settings)
    assert [(r.gemeente, r.date) for r in records] == [("Leiden", "2021"), ("Almere", "2021")]
    assert records[0].status == "Er zijn drie controles geweest." and records[1].title == "Wijkaanpak Noord"


def test_an_html_table_parses_like_the_text_table(fake_settings, tmp_path):
    rows = "".join(f"<tr><td>{line.split(chr(9))[0]}</td><td>{line.split(chr(9))[1]}</td></tr>"
                   for line in TABLE_2021.splitlines())
    html = f"<html><head><meta name='date' content='2022-06-30'></head><body><table>{rows}</table></body></html>"
    records = read_records(_write(tmp_path, "tabel.html", html), fake_settings)
    assert [(r.gemeente, r.date) for r in records] == [("Leiden", "2022-06-30"), ("Almere", "2022-06-30")]
    assert records[0].description == "Leiden werkt aan een veilige jachthaven."


def test_html_page_with_meta_gemeente_and_date(fake_settings, tmp_path):
    html = """<html><head><title>Aanpak woonfraude</title><meta name="gemeente" content="Den Bosch">
    <meta name="date" content="2022-05-01"><script>var x = "geen tekst";</script></head><body>
    <h1>Aanpak woonfraude</h1><p>De gemeente pakt woonfraude &amp; adresfraude aan.</p>
    <h2>Stand van zaken</h2><ul><li>Twee controles uitgevoerd.</li><li>Een training gegeven.</li></ul></body></html>"""
    r = _one(_write(tmp_path, "pagina.htm", html), fake_settings)
    assert (r.gemeente, r.date, r.title) == ("'s-Hertogenbosch", "2022-05-01", "Aanpak woonfraude")
    assert "Den Bosch" in r.aliases
    assert r.description == "De gemeente pakt woonfraude & adresfraude aan."
    assert r.status == "Twee controles uitgevoerd.\nEen training gegeven."
    assert "geen tekst" not in r.description + r.status


def test_markdown_progress_report_goes_to_stand_van_zaken(fake_settings, tmp_path):
    text = "Gemeente: Sittard Geleen\n\n# Voortgang wijkaanpak\n\nDe wijkaanpak is\ngeïntensiveerd.\n\n- drie buurten\n- twee scholen\n"
    r = _one(_write(tmp_path, "stand_van_zaken_2021.md", text), fake_settings)
    assert (r.gemeente, r.date, r.title, r.description) == ("Sittard-Geleen", "2021", "Voortgang wijkaanpak", "")
    assert r.status == "De wijkaanpak is geïntensiveerd.\n- drie buurten\n- twee scholen"


def test_a_document_is_attributed_to_the_gemeente_it_names_most(fake_settings, tmp_path):
    text = "Notitie over samenwerking.\n\nTilburg en Breda werken samen. In Tilburg is een loket geopend; Tilburg betaalt."
    r = _one(_write(tmp_path, "notitie.txt", text), fake_settings)
    assert r.gemeente == "Tilburg" and r.date is None and r.description.startswith("Notitie over samenwerking.\nTilburg en Breda")
    matcher = default_matcher(())
    assert attribute(None, Path("x.txt"), "Oss en Ede. Ede en Oss.", matcher) == "onbekend"  # a tie names no one
    assert attribute(None, Path("verslag_den_bosch.txt"), "Tilburg Tilburg", matcher) == "'s-Hertogenbosch"
    assert attribute("Nieuwdorp", Path("x.txt"), "Tilburg", matcher) == "Nieuwdorp"  # stated wins, even if unknown


def test_an_unattributed_document_is_onbekend_and_still_searchable(fake_settings, tmp_path):
    doc = _write(tmp_path, "brief.txt", f"Beste lezer,\n\n{PARKS} Dit gebeurt elk kwartaal.")
    report = ingest([DEFAULT_CORPUS, doc], fake_settings)
    assert not report.problems
    index = ChunkIndex(fake_settings, FakeEmbedder())
    (chunk,) = [c for c in index.all_chunks() if c.source_file == "brief.txt"]
    assert chunk.gemeente == "onbekend" and chunk.section == "beschrijving"
    vector = FakeEmbedder().embed_query("vakantieparken politie permanente bewoning")
    got = index.require_active().query(query_embeddings=[vector.tolist()], n_results=1)
    assert got["ids"][0] == [chunk.id]


def test_pdf_text_is_read_page_by_page(fake_settings, tmp_path):
    pdf = make_pdf([["Voortgang ondermijning", "De aanpak in Zwolle is geïntensiveerd (fase 2)."],
                    ["Zwolle werkt samen met Deventer aan een meldpunt."]])
    r = _one(_write(tmp_path, "zwolle_2023-02-01.pdf", pdf), fake_settings)
    assert (r.gemeente, r.date, r.title) == ("Zwolle", "2023-02-01", "Voortgang ondermijning")
    assert r.status == "De aanpak in Zwolle is geïntensiveerd (fase 2).\nZwolle werkt samen met Deventer aan een meldpunt."


def test_reports_of_different_dates_for_one_gemeente_coexist(fake_settings, tmp_path):
    text = "Gemeente: Oss\n\nHet signalenoverleg komt maandelijks bijeen."
    a = _write(tmp_path / "a", "stand_van_zaken_2020.txt", text)
    b = _write(tmp_path / "b", "stand_van_zaken_2021.txt", text)
    c = _write(tmp_path / "c", "oss_verslag.html",
               "<meta name='gemeente' content='Oss'><p>Datum: 14-05-2022</p><p>Het signalenoverleg komt maandelijks bijeen.</p>")
    report = ingest([a, b, c], fake_settings)
    assert report.sync.added == 3 and not report.problems
    chunks = ChunkIndex(fake_settings, FakeEmbedder()).all_chunks()
    assert sorted((ch.gemeente, ch.date) for ch in chunks) == [("Oss", "2020"), ("Oss", "2021"), ("Oss", "2022-05-14")]
    assert len({ch.id for ch in chunks}) == 3


def test_a_broken_table_is_a_problem_not_prose(fake_settings, tmp_path):
    """A file with the table header claims to be a table: a row it cannot place is an error with a line number."""
    text = "Gemeente\tStand van zaken\n<p>Zomaar een project zonder gemeente.</p>\t<p>Loopt.</p>\n"
    with pytest.raises(InputProblem, match=r"kapot_2021.txt: line 2: a row with text but no gemeente name"):
        read_records(_write(tmp_path, "kapot_2021.txt", text), fake_settings)
    html = ("<table><tr><th>Gemeente</th><th>Stand van zaken</th></tr>"
            "<tr><td>Zomaar een project.</td><td>Loopt.</td></tr></table>")
    with pytest.raises(InputProblem, match=r"kapot.html: table row 2: a row with text but no gemeente name"):
        read_records(_write(tmp_path, "kapot.html", html), fake_settings)
    # Without the header the same text is just a document.
    assert _one(_write(tmp_path, "los.txt", text.split("\n", 1)[1]), fake_settings).gemeente == "onbekend"


@pytest.mark.parametrize("name, date", [
    ("stand_van_zaken_2021.txt", "2021"), ("zwolle-2021-03-04.html", "2021-03-04"),
    ("rapport_2021_13_40.txt", "2021"), ("notes.txt", None), ("v12345.txt", None),
])
def test_dates_from_file_names(name, date):
    assert date_from_name(name) == date


@pytest.mark.parametrize("line, date", [
    ("Datum: 3 maart 2021", "2021-03-03"), ("Datum: 14-05-2020", "2020-05-14"), ("Date: 2019-11-02", "2019-11-02"),
    ("Datum: mei 2018", "2018"), ("datum : 1 okt. 2017", "2017-10-01"),
])
def test_datum_lines(fake_settings, tmp_path, line, date):
    r = _one(_write(tmp_path, "x.txt", f"{line}\nGemeente: Ede\n\nEde werkt aan de weerbaarheid."), fake_settings)
    assert (r.gemeente, r.date) == ("Ede", date)


# --- decoding --------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8", "utf-8-sig", "utf-16"])
def test_encodings_decode_to_the_same_text(encoding):
    text = "De aanpak is geïntensiveerd; één coördinator, café-overleg en reünie."
    decoded, _ = decode("x.txt", text.encode(encoding))
    assert decoded.lstrip("\ufeff") == text


def test_cp1252_only_characters_survive():
    text = "Het budget is € 50.000 – “geïntensiveerd” en ‘snel’."
    assert decode("x.txt", text.encode("cp1252"))[0] == text


@pytest.mark.parametrize("data, problem", [
    (bytes(range(256)) * 16, "binary"),
    (bytes(b for b in os.urandom(6000) if b >= 0x80)[:3000], "does not look like text"),
    (b"\x01\x02\x03\x04\x05\x06 abc \x07\x08" * 50, "control characters"),
    (b"   \n\t  \n", "only white space"),
    (b"PK\x03\x04" + os.urandom(100), "ZIP archive"),
    (b"%PDF-1.4 whatever", "PDF"),
])
def test_non_text_is_refused_with_a_reason(data, problem):
    with pytest.raises(InputProblem, match=problem):
        decode("x.txt", data)


# --- bad input through the CLI ----------------------------------------------------------------------
def _cli(*args: str, index_dir: Path, extra_env: dict | None = None):
    env = {"WEERBAAR_INDEX_DIR": str(index_dir), "WEERBAAR_EMBEDDER": "fake", **(extra_env or {})}
    out = weerbaar("ingest", *args, "--json", env=env)
    return out.returncode, (json.loads(out.stdout) if out.stdout.strip() else None), out.stderr


def test_bad_files_are_named_and_skipped_and_the_rest_ingests(fake_settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DEFAULT_CORPUS, folder / DEFAULT_CORPUS.name)
    _write(folder, "ruis.txt", os.urandom(4096) + b"\x00")
    _write(folder, "leeg.txt", b"")
    _write(folder, "westers.txt", "Gemeente: Gouda\n\nDe aanpak is geïntensiveerd; de coördinator start.", "cp1252")
    _write(folder, "afgebroken.html", "<html><head><meta name='gemeente' content='Ede'></head><body><p>Ede heeft "
           "een meldpunt.</p><p>De tweede alinea is afgebro")
    _write(folder, "nep.pdf", "Dit is gewoon tekst met een .pdf-naam.\n")
    _write(folder, "groot.txt", "Gemeente: Oss\n\n" + "Oss groeit. " * 20_000)  # ~240 kB, over the limit below
    _write(folder, "notities.docx", b"PK\x03\x04" + os.urandom(200))
    _write(folder, "kapot.pdf", make_pdf([["Gemeente Zwolle"]])[:200])

    rc, out, err = _cli(str(folder), index_dir=fake_settings.index_dir, extra_env={"WEERBAAR_MAX_FILE_BYTES": "100000"})
    assert rc == 1, err
    problems = {Path(p["file"]).name: p["problem"] for p in out["problems"]}
    assert set(problems) == {"ruis.txt", "leeg.txt", "nep.pdf", "groot.txt", "notities.docx", "kapot.pdf"}
    assert "binary" in problems["ruis.txt"]
    assert "empty" in problems["leeg.txt"]
    assert "the name says PDF but the content is not (no %PDF- header)" in problems["nep.pdf"]
    assert "over the limit of 100,000" in problems["groot.txt"] and "WEERBAAR_MAX_FILE_BYTES" in problems["groot.txt"]
    assert "not a valid ZIP archive" in problems["notities.docx"]
    assert "cannot be read" in problems["kapot.pdf"]
    for name in problems:  # stderr names every skipped file, with its problem
        assert f"{name}: {problems[name]}" in err
    assert "6 of 9 files skipped" in err

    chunks = ChunkIndex(fake_settings, FakeEmbedder()).all_chunks()
    by_file = {}
    for c in chunks:
        by_file.setdefault(c.source_file, []).append(c)
    assert set(by_file) == {DEFAULT_CORPUS.name, "westers.txt", "afgebroken.html"}
    assert len(by_file[DEFAULT_CORPUS.name]) == 162
    (gouda,) = by_file["westers.txt"]
    assert gouda.gemeente == "Gouda" and "geïntensiveerd; de coördinator" in gouda.text
    (ede,) = by_file["afgebroken.html"]
    assert ede.gemeente == "Ede" and ede.text == "Ede heeft een meldpunt.\nDe tweede alinea is afgebro"

    # Later the good file goes bad: its chunks stay, and so does everything else.
    _write(folder, "westers.txt", os.urandom(3000) + b"\x00")
    rc, out, err = _cli(str(folder), index_dir=fake_settings.index_dir, extra_env={"WEERBAAR_MAX_FILE_BYTES": "100000"})
    assert rc == 1 and "westers.txt" in {Path(p["file"]).name for p in out["problems"]}
    assert (out["added"], out["removed"]) == (0, 0)
    assert ChunkIndex(fake_settings, FakeEmbedder()).all_chunks() == chunks


def test_all_good_files_exit_zero(fake_settings):
    rc, out, err = _cli(str(DEFAULT_CORPUS), index_dir=fake_settings.index_dir)
    assert rc == 0 and out["problems"] == [] and out["chunks"] == 162, err


def test_a_folder_of_3000_files_finishes_and_reports(fake_settings, tmp_path):
    folder = tmp_path / "veel"
    names = ["Zwolle", "Oss", "Ede", "Gouda", "Tilburg", "Deventer"]
    for i in range(3000):
        sub = folder / f"map{i // 500}"
        text = f"Notitie {i} over {names[i % 6]}.\n\n{names[i % 6]} oefent scenario nummer {i} met team{i}."
        _write(sub, f"notitie_{i:04d}.txt", text)
    _write(folder, "map0/kapot.txt", b"")
    t0 = time.monotonic()
    rc, out, err = _cli(str(folder), index_dir=fake_settings.index_dir)
    seconds = time.monotonic() - t0
    assert rc == 1, err
    assert len(out["files"]) == 3001 and [Path(p["file"]).name for p in out["problems"]] == ["kapot.txt"]
    assert out["records"] == 3000 and out["added"] == 3000 and out["gemeenten"] == 6
    index = ChunkIndex(fake_settings, FakeEmbedder())
    assert index.count() == 3000
    print(f"3000 files ingested in {seconds:.1f} s")  # visible with -s; no timing is asserted
