"""Documents of gemeenten that are NOT in the report, written by the tests themselves (no binary
files in the repo): two reports to upload and two plans to compare, in Markdown and Word.

    make_docx(path, title, [("Beschrijving", 1), "Tekst ...", ...])   # str = paragraph, (text, n) = heading n
"""
from __future__ import annotations

from pathlib import Path

# A report of "Lindeburg" (fictitious) in Markdown: a havenregisseur for the jachthaven.
LINDEBURG_MD = """Gemeente: Lindeburg
Datum: 2021-04-01

# Havenregisseur tegen ondermijning in de jachthaven

## Beschrijving
De gemeente Lindeburg stelt een havenregisseur aan voor de jachthaven. De havenregisseur brengt
in kaart welke boten, loodsen en bedrijven in de haven actief zijn en waar signalen van
drugssmokkel zijn.

## Stand van zaken
De havenregisseur is in maart 2021 aangesteld. Samen met de politie en de douane zijn 14
controles in de jachthaven uitgevoerd. Twee loodsen zijn gesloten.
"""

# A report of "Merwedal" (fictitious) as Word paragraphs: barbershops.
MERWEDAL_TITLE = "Barbershops in beeld"
MERWEDAL_DOCX = [
    ("Barbershops in beeld", 0),
    "Gemeente: Merwedal",
    "Datum: 15 juni 2021",
    ("Beschrijving", 1),
    "De gemeente Merwedal onderzoekt of barbershops in het centrum worden gebruikt om crimineel geld "
    "wit te wassen. Een controleteam bezoekt de zaken samen met de Belastingdienst.",
    ("Stand van zaken", 1),
    "Het controleteam heeft 23 barbershops bezocht. Bij vijf zaken is de vergunning ingetrokken.",
    "Het vinden van tolken bleek lastig, waardoor de bezoeken vertraging opliepen.",
]

# The plan of "Heidevoorde" (fictitious): a vakantiepark approach, with a generic introduction.
HEIDEVOORDE_PLAN = [
    ("Plan van aanpak vakantieparken Heidevoorde", 0),
    "Gemeente: Heidevoorde",
    ("Inleiding", 1),
    "De gemeente Heidevoorde wil haar bestuurlijke weerbaarheid tegen ondermijning vergroten en werkt "
    "daarvoor samen met partners.",
    ("Het probleem", 1),
    "Op twee vakantieparken in het buitengebied wonen mensen permanent in chalets en stacaravans. Er "
    "zijn signalen van drugshandel, illegale bewoning en criminelen die chalets opkopen.",
    ("Onze aanpak", 1),
    "We voeren integrale controles uit op de vakantieparken, samen met de politie, de brandweer en de "
    "Belastingdienst. Toezicht en handhaving op de parken worden versterkt en de informatie-uitwisseling "
    "tussen de partners wordt verbeterd.",
    ("Planning", 1),
    "De eerste controle staat gepland in het voorjaar; daarna volgt een evaluatie met de partners.",
]

# The plan of "Heidevoorde" for huisjesmelkers, as Markdown.
HUISJESMELKERS_PLAN = """# Aanpak huisjesmelkers Heidevoorde

Gemeente: Heidevoorde

In oude wijken verhuren huisjesmelkers kamers aan arbeidsmigranten tegen woekerprijzen, in slechte en
overbewoonde panden. We vermoeden dat sommige huiseigenaren ook crimineel geld witwassen.

We brengen met een informatiegestuurd onderzoek in kaart welke huiseigenaren zich als huisjesmelker
gedragen, en handhaven met de Wet goed verhuurderschap.
"""


def make_docx(path: Path, paragraphs: list) -> Path:
    """A .docx with python-docx: a str is a paragraph, (text, level) a heading (level 0: the title)."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        if isinstance(p, tuple):
            document.add_heading(p[0], level=p[1])
        else:
            document.add_paragraph(p)
    document.save(path)
    return path
