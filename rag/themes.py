"""Approach themes: a small, explainable set of Dutch keyword lists, assigned to gemeenten with evidence.

Each theme is a list of keywords; ``*`` stands for any letters, so ``vakantiepark*`` matches
"vakantieparken" and ``*dashboard`` matches "datadashboard"; a keyword without ``*`` is a whole word
(``vog``, ``app``). A gemeente gets a theme when its title or at least two of its sentences contain
one of the theme's keywords; the sentences are kept as evidence, so a user sees *why*.

    assignments = assign_themes(chunks)        # {gemeente: [ThemeMatch, ...]} strongest first
    assignments["Dordrecht"][0].theme.key      # 'terreinen'
    assignments["Dordrecht"][0].evidence[0]    # 'Het project in Dordrecht richt zich ... vakantiepark.'

The keyword lists were tuned by reading data/ondermijning_stand_van_zaken.txt; common words that
every project uses ("weerbaarheid", "integrale aanpak", "woningcorporatie") are left out on purpose.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from core import vocabulary as V
from core.text import sentences_of
from core.types import Chunk



@dataclass(frozen=True)
class Theme:
    key: str
    label: str
    keywords: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern:
        return keyword_pattern(self.keywords)

    def terms_in(self, text: str) -> list[str]:
        """The keyword matches in a text, lower-cased, in order, without repeats.

        >>> THEME_BY_KEY["terreinen"].terms_in("Controles op bedrijventerreinen en een vakantiepark.")
        ['bedrijventerreinen', 'vakantiepark']
        """
        seen: list[str] = []
        for m in self.pattern.finditer(text):
            term = " ".join(m.group(0).lower().split())
            if term not in seen:
                seen.append(term)
        return seen


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern:
    """One case-insensitive regex for glob-like keywords (``*`` = letters; otherwise whole words).

    >>> bool(keyword_pattern(["vog"]).search("een vogel")), bool(keyword_pattern(["vog"]).search("een VOG."))
    (False, True)
    """
    parts = []
    for kw in keywords:
        body = r"\s+".join(re.escape(w) for w in kw.strip("*").split())
        head = r"[\w-]*" if kw.startswith("*") else ""
        tail = r"[\w-]*" if kw.endswith("*") else ""
        parts.append(rf"(?<![\w-]){head}{body}{tail}(?![\w-])")
    return re.compile("|".join(parts), re.IGNORECASE)


THEMES: tuple[Theme, ...] = (
    Theme("integriteit", "Integriteit en screening van bestuurders en ambtenaren", (
        "integriteit*", "integer", "integere", "gedragscode*", "vog", "verklaring omtrent het gedrag",
        "risico-scan", "risicoscan", "risicoprofiel*", "risicoanalyse integriteit", "kandidaat-wethouder*",
        "geheimhoudingsverklaring*", "meerogenprincipe", "meer-ogen-principe",
        "netwerkcorruptie", "netwerkbewustzijn", "omkoping", "bkr",
    )),
    Theme("bestuurscultuur", "Bestuurscultuur: rollen, verhoudingen en korte lijnen", (
        "omgangsvormen", "onderlinge verhoudingen", "verhoudingen binnen het bestuur", "bestuurskracht",
        "professionalisering*", "professionaliteit van het lokaal bestuur", "rollen en taken", "politieke en bestuurlijke rollen",
        "reglement van orde", "korte lijnen", "ongewenste invloed", "politiek-bestuurlijke besluiten", "bestuurscollege",
    )),
    Theme("veilig-werken", "Veilig werken: agressie, intimidatie en bedreiging", (
        "intimidatie", "bedreiging", "agressie*", "veilige publieke taak", "veilige werkomgeving", "veilig werk",
        "veilig uitvoeren", "veilige dienstverlening", "stop-gesprek", "grenzen",
    )),
    Theme("informatie", "Informatiepositie, data en analyse", (
        "informatiepositie", "*dashboard", "data", "data-*", "datagericht*", "data-gedreven", "data-gestuurd",
        "analist*", "informatiemakelaar*", "informatie-uitwisseling", "informatiegestuurd*", "ondermijningsbeeld",
        "basisinformatie", "blauwdrukken", "informatieanalyse", "strategische analyse", "in kaart gebracht", "in kaart brengen",
        "sfeerbeeld", "deskresearch",
    )),
    Theme("signalen", "Signalen en meldingen: coördinatiepunt, meldpunt en casusoverleg", (
        "coördinatiepunt*", "coordinatiepunt*", "meldpunt*", "meldingsloket", "meldingsproces", "signalenoverleg",
        "ondermijningsmeldingen", "meld misdaad anoniem", "casusoverleg*", "casustafel*", "informatieplein",
        "ondermijningstafel", "werkproces*", "signalen van ondermijning", "meldingen", "ontvangen van signalen",
        "met signalen", "interventie team", "regieteam", "veiligheidshuis",
    )),
    Theme("wijk", "Gebiedsgerichte aanpak en wijkaanpak", (
        "gebiedsgericht*", "wijkaanpak", "wijkniveau", "buurtvisie", "straatgericht*", "wijkloop", "wijkprofessional*",
        "kwetsbare wijk*", "ondermijningsgevoelige wijk", "leefbaarheid*", "volkswijk", "weerbare buurt",
        "in de wijk", "woonwijk", "huis-aan-huis", "buurttent", "ontmoetingsplek",
    )),
    Theme("wonen", "Woon- en adresfraude en huisvesting", (
        "adresfraude", "woonfraude", "woon- en adresfraude", "huisjesmelker*", "overbewoning", "kamerhuur",
        "kamerverhuur", "onderhuur", "*huurwoningen", "huurovereenkomsten", "illegale bewoning", "brp fraude",
        "huurteam", "huurders", "woonwagen*", "verhuur",
    )),
    Theme("terreinen", "Bedrijventerreinen, vakantieparken en buitengebied", (
        "bedrijventerrein*", "industrieterrein*", "vakantiepark*", "recreatiepark*", "terreinen", "automotive",
        "autobedrijven", "buitengebied*", "drugslabs", "woonwagenlocaties", "vestigingsklimaat",
    )),
    Theme("winkels", "Winkelgebieden en kwetsbare branches", (
        "winkelgebied*", "winkelstrip*", "winkelstraat*", "winkelen", "ondernemersvereniging",
        "biz", "monocultuur", "kwetsbare branches",
    )),
    Theme("toezicht", "Toezicht, handhaving en bestuurlijke instrumenten", (
        "toezicht", "slim samen toezien", "handhaving*", "handhaven", "*controle", "*controles", "bibob*",
        "apv", "vergunningsplicht", "bestuurlijke maatregelen", "bestuursrechtelijke", "henneptrein",
        "hennepkwekerij*", "wet bijzondere maatregelen", "wbmgp", "sluiten van panden",
    )),
    Theme("jeugd", "Jongeren, ouders en scholen: preventie", (
        "jongeren", "jeugd", "kinderen", "scholieren", "scholen", "ouders", "moeders", "leerkrachten",
        "opvoed*", "vreedzame wijk*", "media wijsheid", "kwetsbare meiden", "praktijkschool*", "puber*",
    )),
    Theme("bewustwording", "Bewustwording en training van medewerkers en bestuurders", (
        "bewustwording*", "bewust", "bewustzijn", "bewuster", "awareness", "training*", "trainingen", "getraind", "workshop*",
        "world caf*", "tedx*", "theater*", "acteurs", "festival*", "app", "kennisbank", "quiz", "campagne",
        "leerkring*", "informatiebijeenkomsten", "webinars",
    )),
    Theme("polarisatie", "Polarisatie en maatschappelijke weerbaarheid", (
        "polarisatie*", "denkkader*", "radicalisering", "ondemocratische", "antiracisme", "gesloten gemeenschap*",
        "weerbaarheidsprogramma", "vertrouwen", "relatie met", "conflicten", "sleutelpersonen",
    )),
    Theme("platteland", "Plattelandsgemeente: dorpen, korte lijnen en ondernemers", (
        "plattelandsgemeente", "platteland", "dorpen", "dorp", "afgelegen", "men elkaar kent", "korte lijnen",
        "friese", "fryslân", "noord-nederland",
    )),
)
THEME_BY_KEY = {t.key: t for t in THEMES}


@dataclass(frozen=True)
class ThemeMatch:
    """One theme of one gemeente, with the terms found and the sentences they occur in."""

    theme: Theme
    terms: tuple[str, ...]
    evidence: tuple[str, ...]  # the title (when it matches) first, then sentences in document order
    in_title: bool

    @property
    def strength(self) -> int:
        return len(self.evidence) + (V.THEME_TITLE_WEIGHT - 1 if self.in_title else 0)


def gemeente_sentences(chunks: Sequence[Chunk]) -> list[str]:
    """A gemeente's sentences, beschrijving first, without repeats (list items are their own sentence)."""
    ordered = sorted(chunks, key=lambda c: (c.section != "beschrijving", c.position))
    seen: dict[str, None] = {}
    for c in ordered:
        for s in sentences_of(c.text):
            if len(s) > 2:
                seen.setdefault(s, None)
    return list(seen)


def match_themes(title: str, sentences: Sequence[str], themes: Sequence[Theme] = THEMES) -> list[ThemeMatch]:
    """Every theme with at least one keyword in the title or sentences, strongest first."""
    out = []
    for theme in themes:
        in_title = bool(theme.pattern.search(title))
        evidence = ([title] if in_title else []) + [s for s in sentences if theme.pattern.search(s)]
        if evidence:
            terms = tuple(dict.fromkeys(t for s in evidence for t in theme.terms_in(s)))
            out.append(ThemeMatch(theme, terms, tuple(evidence), in_title))
    order = {t.key: i for i, t in enumerate(themes)}
    return sorted(out, key=lambda m: (-m.strength, -len(m.terms), order[m.theme.key]))


def select(matches: Sequence[ThemeMatch], min_strength: int = V.THEME_MIN_STRENGTH, max_themes: int = V.THEME_MAX) -> list[ThemeMatch]:
    """The themes a gemeente gets: strong enough ones, at most max_themes; at least its best one."""
    chosen = [m for m in matches if m.strength >= min_strength][:max_themes]
    return chosen or list(matches[:1])


def assign_themes(chunks: Iterable[Chunk], themes: Sequence[Theme] = THEMES) -> dict[str, list[ThemeMatch]]:
    """{gemeente: its themes, strongest first} over the indexed chunks."""
    by_gemeente: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_gemeente.setdefault(c.gemeente, []).append(c)
    return {
        g: select(match_themes(cs[0].title, gemeente_sentences(cs), themes))
        for g, cs in sorted(by_gemeente.items())
    }


def themes_overview(assignments: dict[str, list[ThemeMatch]], themes: Sequence[Theme] = THEMES) -> list[dict]:
    """The JSON of `weerbaar themes --json`: every theme with its gemeenten and their evidence."""
    out = []
    for theme in themes:
        members = [
            {"gemeente": g, "terms": list(m.terms), "evidence": list(m.evidence)}
            for g, ms in assignments.items() for m in ms if m.theme.key == theme.key
        ]
        members.sort(key=lambda d: (-len(d["evidence"]), d["gemeente"]))
        out.append({"theme": theme.key, "label": theme.label, "keywords": list(theme.keywords), "gemeenten": members})
    return out
