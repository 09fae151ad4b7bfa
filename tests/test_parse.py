"""The corpus parses into 26 records that each hold exactly their own text."""
from __future__ import annotations

import json
import re

import pytest

from ingest.htmltext import html_to_lines
from ingest.parse import ParseError, TableParser, parse_table, split_title
from core.settings import DEFAULT_CORPUS
from tests.cli import weerbaar
from tests.conftest import CORPUS_GEMEENTEN


def test_26_gemeenten_with_canonical_names(corpus_records):
    assert [r.gemeente for r in corpus_records] == CORPUS_GEMEENTEN


def test_aliases_cover_the_names_users_type(by_name):
    assert "Den Bosch" in by_name["'s-Hertogenbosch"].aliases
    assert "Sittard Geleen" in by_name["Sittard-Geleen"].aliases
    assert "Tietjerksteradeel" in by_name["Tytsjerksteradiel"].aliases
    assert "Gorkum" in by_name["Gorinchem"].aliases
    assert any("a/d" in a for a in by_name["Capelle aan den IJssel"].aliases)


@pytest.mark.parametrize(
    "gemeente, title",
    [
        ("Amersfoort", "De Vreedzame Wijk"),
        ("Brunssum", "Professionalisering gemeentebestuur"),
        ("Schiedam", "Aanpak huisjesmelkers"),
        ("Zwolle", "De inrichting van een lokaal coördinatiepunt ondermijning"),
        ("Tytsjerksteradiel", "Binnenspiegel"),
        ("Utrecht", "Herken jij de onderwereld in de bovenwereld?"),
        ("Vlaardingen", "De weerbaarheid van de bestuurlijke en ambtelijke organisatie vergroten"),
    ],
)
def test_titles(by_name, gemeente, title):
    assert by_name[gemeente].title == title


def test_name_does_not_stay_at_start_of_description(corpus_records):
    for r in corpus_records:
        assert not r.description.startswith(r.gemeente + " ") or r.gemeente in ("Tytsjerksteradiel", "Achtkarspelen")
        assert not r.title.startswith(r.gemeente), r.title
    # Those two open their description with a sentence about themselves ("Achtkarspelen is een ..."),
    # after the title; Zwolle's inline name is gone from both title and description.
    assert by_name_description(corpus_records, "Zwolle").startswith("Gemeente Zwolle investeert")


def by_name_description(records, gemeente: str) -> str:
    return next(r.description for r in records if r.gemeente == gemeente)


# (gemeente, column, a phrase that sits in a page-break continuation)
CONTINUATIONS = [
    ("Amsterdam", "description", "waarbij monocultuur en een voedingsbodem"),
    ("Amsterdam", "status", "blijken niet altijd over de juiste informatie"),
    ("Brunssum", "description", "workshops over de politieke"),
    ("Brunssum", "status", "Het reglement van orde van de raad gewijzigd"),
    ("Capelle aan den IJssel", "status", "Oumnia Works"),
    ("Culemborg", "status", "twee nieuwe preventiemedewerkers"),
    ("Deventer", "description", "Het zet met name in op het vergroten van de ambtelijke"),
    ("Deventer", "status", "verschillende teams vanuit de gemeente nauw samengewerkt"),
    ("Ede", "status", "Doorverwijzen naar zorg verlenende instanties blijft een knelpunt"),
    ("Gorinchem", "description", "zijn in het herkennen van externe signalen"),
    ("Gorinchem", "status", "inwoners en ondernemers veilig, gezond"),
    ("Haarlem", "description", "Criminele netwerken en gelegenheidsstructuren"),
    ("Haarlem", "status", "In de eerste fase van de wijkaanpak"),
    ("Oss", "status", "Er is een signalenoverleg en meldingsproces ingericht"),
    ("Tilburg", "status", "Ondernijning en kwetsbaarheid zijn inhoudelijke"),
    ("Vlaardingen", "description", "World Cafés en TEDx-evenementen"),
    ("Vlaardingen", "status", "veel inzet op het coronadossier"),
    ("Zoetermeer", "description", "zicht op de omvang van ondermijnende activiteiten"),
    ("Zoetermeer", "status", "Spoor 3: Naar een shortlist van bedrijven"),
    ("Zoetermeer", "status", "4.2 Stimuleringstraject"),
    ("Zoetermeer", "status", "Spoor 5: Communicatiestrategie"),
    ("Zoetermeer", "status", "Het risico zit in de kwetsbaarheid van capaciteit"),
    ("Zoetermeer", "status", "hangt daarom af van 1 persoon"),
]


@pytest.mark.parametrize("gemeente, column, phrase", CONTINUATIONS)
def test_page_break_continuations_land_in_the_right_record_and_column(corpus_records, gemeente, column, phrase):
    holders = [(r.gemeente, col) for r in corpus_records for col in ("description", "status")
               if phrase in " ".join(getattr(r, col).split())]
    assert holders == [(gemeente, column)]


def test_every_sentence_lands_in_the_records_as_often_as_in_the_corpus(corpus_records):
    """No text is lost and none is copied to a neighbour. Some sentences are boilerplate shared by
    several gemeenten (Slim Samen Toezien; Tytsjerksteradiel and Achtkarspelen share a status), so we
    compare counts: a sentence written k times in the corpus is found exactly k times in the records."""
    texts = [" ".join(f"{r.gemeente} {r.title} {r.description} {r.status}".split()) for r in corpus_records]
    raw_sentences = []
    for raw in DEFAULT_CORPUS.read_text(encoding="utf-8").splitlines():
        for cell in raw.split("\t"):
            for line in html_to_lines(cell):
                raw_sentences += [s for s in re.split(r"(?<=[.?!])\s+", line) if len(s.split()) >= 6]
    assert len(raw_sentences) > 300
    for sentence in set(raw_sentences):
        in_records = sum(t.count(sentence) for t in texts)
        assert in_records == raw_sentences.count(sentence), sentence


def test_typos_are_kept_as_quoted(by_name):
    assert "Ondernijning" in by_name["Utrecht"].description


def test_source_spans(by_name):
    z = by_name["Zoetermeer"].source
    assert z.path == DEFAULT_CORPUS.name and z.line_start < 70 and z.line_end > 100
    assert by_name["Amersfoort"].source.line_start == 4


def test_lists_become_lines(by_name):
    status = by_name["Brunssum"].status.split("\n")
    assert "1. Een permanente commissie integriteit ingesteld." in status
    assert "- HEIT-controle" in by_name["Zoetermeer"].status.split("\n")


def test_next_years_report_in_same_format_parses():
    """The rules are about the table's structure: a new file with other gemeenten and breaks parses."""
    text = "\n".join([
        "Gemeente\tStand van zaken",
        "Leiden\t",
        "<p>Veilige havens Leiden werkt aan een veilige haven. Het project loopt sinds 2021 en</p>\t<p>Er zijn drie",
        "",
        "<p>richt zich op de jachthaven.</p>\t<p>controles geweest.</p>",
        "<p>Almere</p> <p>Wijkaanpak Noord</p> <p>De gemeente Almere pakt een wijk aan.</p>\t<p>Gestart in mei.</p>",
        "<p>Delft Digitale weerbaarheid Delft traint ambtenaren.</p>\t<p>Twee trainingen gegeven.</p>",
    ])
    records = TableParser().parse(text, "2021.txt")
    assert [r.gemeente for r in records] == ["Leiden", "Almere", "Delft"]
    assert records[0].description.endswith("sinds 2021 en richt zich op de jachthaven.")
    assert records[0].status == "Er zijn drie controles geweest."
    assert records[1].title == "Wijkaanpak Noord"
    assert records[2].title == "Digitale weerbaarheid" and records[2].description == "Delft traint ambtenaren."


def test_not_a_table_is_a_clear_error(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("Dit is gewoon een brief.\nMet twee regels.", encoding="utf-8")
    with pytest.raises(ParseError, match="notes.txt"):
        parse_table(f)


def test_split_title_examples():
    assert split_title(["Aanpak X", "Body."], []) == ("Aanpak X", ["Body."])
    assert split_title(["Binnenspiegel Tytsjerksteradiel is een gemeente."], ["Tytsjerksteradiel"]) == (
        "Binnenspiegel", ["Tytsjerksteradiel is een gemeente."])


def test_cli_records_json_contract(corpus_records):
    out = weerbaar("records", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data) == 26
    for row, record in zip(data, corpus_records):
        assert {"gemeente", "aliases", "title", "description", "status", "source"} <= set(row)
        assert row["gemeente"] == record.gemeente and row["status"] == record.status
        assert row["source"].startswith(DEFAULT_CORPUS.name + ":")


def test_cli_records_by_alias_and_unknown():
    out = weerbaar("records", "--json", "--gemeente", "Den Bosch")
    assert out.returncode == 0 and [r["gemeente"] for r in json.loads(out.stdout)] == ["'s-Hertogenbosch"]
    missing = weerbaar("records", "--gemeente", "Groningen")
    assert missing.returncode != 0 and "Groningen" in missing.stderr
