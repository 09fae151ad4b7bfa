"""Approach themes over the real corpus: every gemeente gets some, each with evidence a user can check."""
from __future__ import annotations

import doctest
import json

import pytest

import rag.themes
from ingest.chunk import chunk_records
from rag.themes import THEME_BY_KEY, THEMES, assign_themes, keyword_pattern, match_themes, themes_overview
from tests.cli import index_env, weerbaar


@pytest.fixture(scope="module")
def assignments(corpus_records):
    return assign_themes(chunk_records(corpus_records))


def keys(assignments, gemeente: str) -> set[str]:
    return {m.theme.key for m in assignments[gemeente]}


def test_doctests():
    assert doctest.testmod(rag.themes).failed == 0


def test_every_gemeente_gets_one_to_four_themes(assignments):
    from tests.conftest import CORPUS_GEMEENTEN

    assert set(assignments) == set(CORPUS_GEMEENTEN)
    for gemeente, matches in assignments.items():
        assert 1 <= len(matches) <= 4, (gemeente, [m.theme.key for m in matches])


def test_evidence_is_real_text_containing_a_keyword_of_its_theme(assignments, by_name):
    for gemeente, matches in assignments.items():
        record = by_name[gemeente]
        flat = " ".join(f"{record.title} {record.description} {record.status}".split())
        for m in matches:
            assert m.evidence and m.terms
            for sentence in m.evidence:
                assert m.theme.pattern.search(sentence), (gemeente, m.theme.key, sentence)
                assert sentence in flat, (gemeente, sentence)  # quoted from the corpus, not made up
            for term in m.terms:
                assert any(term in " ".join(s.lower().split()) for s in m.evidence)


@pytest.mark.parametrize("gemeente, expected", [
    ("Rotterdam", {"wonen"}),
    ("Zaanstad", {"wonen"}),
    ("Schiedam", {"wonen"}),
    ("Dordrecht", {"terreinen", "toezicht"}),
    ("Zoetermeer", {"terreinen", "toezicht"}),
    ("Amersfoort", {"polarisatie", "jeugd"}),
    ("Capelle aan den IJssel", {"jeugd"}),
    ("Zwolle", {"signalen"}),
    ("Brunssum", {"bestuurscultuur", "integriteit"}),
    ("Tytsjerksteradiel", {"platteland"}),
    ("Achtkarspelen", {"platteland", "terreinen"}),
    ("Vlaardingen", {"bewustwording"}),
    ("Amsterdam", {"winkels"}),
    ("'s-Hertogenbosch", {"winkels"}),
    ("Eindhoven", {"integriteit"}),
    ("Tilburg", {"wijk"}),
])
def test_known_assignments(assignments, gemeente, expected):
    assert expected <= keys(assignments, gemeente), [m.theme.key for m in assignments[gemeente]]


@pytest.mark.parametrize("gemeente, not_expected", [
    ("Rotterdam", "jeugd"),
    ("Dordrecht", "wonen"),
    ("Utrecht", "terreinen"),
    ("Zoetermeer", "winkels"),
])
def test_no_spurious_assignments(assignments, gemeente, not_expected):
    assert not_expected not in keys(assignments, gemeente)


def test_title_match_is_evidence_and_counts_double():
    matches = match_themes("Aanpak huisjesmelkers", ["Het dashboard draait.", "Er is een projectplan."])
    wonen = next(m for m in matches if m.theme.key == "wonen")
    assert wonen.in_title and wonen.evidence == ("Aanpak huisjesmelkers",) and wonen.strength == 2


def test_keyword_globs():
    p = keyword_pattern(["vakantiepark*", "*dashboard", "vog", "woon- en adresfraude"])
    assert p.search("twee vakantieparken") and p.search("een datadashboard") and p.search("een VOG-plicht") is None
    assert p.search("een vogel") is None and p.search("De woon-  en adresfraude") and p.search("VOG.")
    assert THEME_BY_KEY["wonen"].terms_in("Woonfraude en adresfraude; woonfraude.") == ["woonfraude", "adresfraude"]


def test_overview_json_shape(assignments):
    overview = themes_overview(assignments)
    assert [t["theme"] for t in overview] == [t.key for t in THEMES]
    for t in overview:
        assert {"theme", "label", "keywords", "gemeenten"} <= set(t)
        for member in t["gemeenten"]:
            assert {"gemeente", "evidence"} <= set(member) and member["evidence"]
    total = sum(len(t["gemeenten"]) for t in overview)
    assert total == sum(len(ms) for ms in assignments.values())



def test_cli_themes_json_contract(fake_index_settings):
    out = weerbaar("themes", "--json", env=index_env(fake_index_settings))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert isinstance(data, list) and len(data) == len(THEMES)
    for t in data:
        assert {"theme", "label", "keywords", "gemeenten"} <= set(t)
        assert all(isinstance(k, str) for k in t["keywords"])
        for member in t["gemeenten"]:
            assert isinstance(member["gemeente"], str) and all(isinstance(s, str) for s in member["evidence"])
    wonen = next(t for t in data if t["theme"] == "wonen")
    assert {"Rotterdam", "Zaanstad"} <= {m["gemeente"] for m in wonen["gemeenten"]}


def test_cli_themes_for_one_gemeente_by_alias(fake_index_settings):
    out = weerbaar("themes", "--gemeente", "Den Bosch", env=index_env(fake_index_settings))
    assert out.returncode == 0, out.stderr
    assert "'s-Hertogenbosch" in out.stdout and "Winkelgebieden" in out.stdout and "winkelstrip" in out.stdout
    missing = weerbaar("themes", "--gemeente", "Groningen", env=index_env(fake_index_settings))
    assert missing.returncode != 0 and "Groningen" in missing.stderr
