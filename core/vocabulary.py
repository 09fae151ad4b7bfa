"""Every word list and threshold that decides what an answer holds, each with its reason.

The values were tuned on the dev split of eval/questions.jsonl (never on the test split) and each
has a row in tests/test_vocabulary.py that shows what it changes. Nothing here names a question.
"""
from __future__ import annotations

import re

from core.text import stems

# --------------------------------------------------------------------------- question frame
# Words that make a question a question, not what it is about: they need no support in the sources.
QUESTION_WORDS = (
    "doet doen gedaan heet heten noem noemt project projecten staat stand zaken gaat welk welke waar wanneer "
    "waarom hoeveel hoe wat wie ervaring aanpak beschrijf vertel bellen kunnen willen wij onze veranderd "
    "verandering sinds inmiddels gemeente gemeenten gemeentes mee gebeurd gebeurt gebeuren recent recente laatst "
    "what which who whom where when why how many much does do did is are was were has have project projects "
    "municipality municipalities approach status far along tell describe current latest"
)
QUESTION_STEMS = frozenset(stems(QUESTION_WORDS))

# The frame of a "who can we call" question ("welke gemeente heeft hier ervaring mee?"): only its
# subject (vakantiepark) has to be found in the passages.
COMPARABLE_FRAME_WORDS = (
    "bellen bel contact opnemen ervaring ervaringen vergelijkbaar vergelijkbare soortgelijk soortgelijke leren "
    "gemeente gemeenten gemeentes wie welke project projecten probleem problemen willen wil hebben heeft "
    "doen doet gedaan gaan iets hier daar mee ontwikkeld ontwikkelen opzetten opgezet al ook rade plannen plan "
    "lijken lijkt onze ons wij who call contact similar comparable experience learn municipality municipalities "
    "did done want something anyone someone has have our can could"
)
COMPARABLE_FRAME_STEMS = frozenset(stems(COMPARABLE_FRAME_WORDS))

# Words every record is about: a question with only these ("Wat doet Gorkum tegen ondermijning?") asks
# about the gemeente's project as a whole, and they prove nothing about support.
GENERIC_WORDS = (
    "ondermijning ondermijnende ondermijnend weerbaarheid weerbaar weerbare bestuurlijke bestuurlijk tegen "
    "aanpakken undermining crime criminal resilience resilient administrative against fight tackle"
)
GENERIC_STEMS = frozenset(stems(GENERIC_WORDS))

# --------------------------------------------------------------------------- refusals
MIN_COVERAGE = 0.3  # share (rarity-weighted) of a question's topic words the gemeente's record must hold

# --------------------------------------------------------------------------- what a question asks for
# Each need: a pattern on the question, and a pattern a sentence must match to hold that kind of answer.
NUMBER_WORDS = (r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|"
                r"duizend|tientallen|honderden|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds")
MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          r"january|february|march|june|july|august|october")
NEEDS: dict[str, tuple[re.Pattern, re.Pattern, str]] = {
    # "hoeveel / how many": the answer is a count; a sentence without a number cannot hold it.
    "number": (re.compile(r"\b(hoeveel|how many|how much|hoe vaak|how often|aantal|number of)\b", re.I),
               re.compile(rf"\d|\b({NUMBER_WORDS}|enkele|meerdere|aantal|dozijn)\b", re.I),
               "asks for a count"),
    # "wanneer / in welk jaar": the answer is a date; a sentence needs a year, a month or a date.
    "date": (re.compile(r"\b(wanneer|when|welk jaar|which year|what year|welke maand|which month|datum|date|"
                        r"per wanneer|sinds wanneer|since when)\b", re.I),
             re.compile(rf"\b(19|20)\d\d\b|\b({MONTHS})\b|\b(Q[1-4]|kwartaal|zomer|najaar|voorjaar|winter)\b", re.I),
             "asks for a date"),
    # "wat kost / budget / euro": the answer is an amount of money.
    "money": (re.compile(r"\b(budget\w*|bedrag\w*|kost\w*|euro\w*|geld|subsidie\w*|money|cost\w*|funding|"
                         r"fund(?:s|ed)?|amount)\b", re.I),
              re.compile(r"€|\beuro\b|\bEUR\b|\bmiljoen\b|\bmillion\b|\d+[.,]?\d*\s*(k€|keur|duizend euro)", re.I),
              "asks for an amount of money"),
    # "wie / welke persoon / hoe heet de ...": the answer is a name (a person, an organisation, a place).
    "name": (re.compile(r"\b(wie is|wie zijn|wie was|who is|who are|who was|who were|naam van|name of|"
                        r"wat is de naam|what is the name|hoe heet de|hoe heten de|what is .* called)\b", re.I),
             re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*"),
             "asks for a name"),
}
# "hoeveel hennepkwekerijen" / "how many themes": the word after the count word is what is counted.
COUNTED = re.compile(r"\b(?:hoeveel|how many)\s+(?:(?:nieuwe|new|verschillende|different|andere|other)\s+)?([^\W\d_]{3,})",
                     re.I)
# A count question wants a count: a year ("in 2019") is a date, not how many.
YEAR = re.compile(r"\b(19|20)\d\d\b")
# A name question about the project itself ("hoe heet het project?") is answered by the title.
PROJECT_NAME = re.compile(r"\b(project|programma|aanpak|programme|program|approach|initiatief)\b", re.I)

# Words of a stand van zaken sentence that say where a project stands (status questions prefer them).
PROGRESS = re.compile(
    r"\b(afgerond|afgesloten|gestart|opgestart|van start|draait|bemenst|loopt|lopen|vastgesteld|aangesteld|"
    r"ingericht|opgeleverd|uitgevoerd|plaatsgevonden|bereikt|resultaat|resultaten|geëvalueerd|inmiddels|"
    r"vertraging|opgeschort|stilgelegen|net gestart|in voorbereiding|gereed|succes\w*|ontwikkeld|gedownload|"
    r"gerealiseerd|uitgesteld|gepland|binnenkort|nog niet|momenteel|op dit moment)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- evidence scoring
DENSE_WEIGHT = 0.5  # multilingual-e5 cosine, normalised per question (median candidate 0, best 1)
LEXICAL_WEIGHT = 0.5  # sentence BM25, normalised per question; scaled by how many question words the corpus knows
NEED_BONUS = 0.25  # a sentence that holds what the question asks for (a number for "hoeveel" ...)
PROGRESS_BONUS = 0.1  # status questions: a sentence that says where the project stands
STATUS_SECTION_BONUS = 0.15  # status questions: the stand van zaken column reports progress, the beschrijving plans
NEXT_SHARE = 0.8  # the sentence after a strong match inherits this share of its score: the answer often follows
EVIDENCE_PICKS = 3  # sentences chosen per gemeente for a plain question
WITH_NEXT = True  # each pick brings its next sentence when that one scores at least NEXT_KEEP of the pick
NEXT_KEEP = 0.5
SET_PICKS = 1  # sentences per gemeente for "welke gemeenten" and comparable answers
MULTI_PICKS = 2  # sentences per gemeente when a question names several
SECOND_GEMEENTE_SHARE = 0.9  # "welke gemeente": a runner-up is shown only when its best sentence scores this close
MAX_GEMEENTEN = 3  # ... and at most this many gemeenten answer a question that names none

# --------------------------------------------------------------------------- "welke gemeenten" (set) questions
SET_WIDTH = 40  # passages retrieved to find every gemeente of a set
SET_MAX_GEMEENTEN = 8
SET_RELATIVE_SCORE = 0.5  # a set member's best passage scores at least half the best BM25 score

# --------------------------------------------------------------------------- a sentence's context
# A chosen sentence brings the sentences it cannot be read without (shown with it, never scored up):
# - one that points back ("Deze methodiek ...", "Dit kostte ...") brings the sentence it points to;
ANAPHORA = re.compile(r"^(deze|dit|dat|die|daarbij|hierbij|hiervoor|daarvoor|daardoor|hierdoor|daarmee|hiermee|"
                      r"zij|ze|hij|het betreft|dergelijke|bovenstaande|this|these|that|those|they|it)\b", re.I)
# - one under a heading ("Festival weerbaarheid", "4.1 Ontmoedigingstraject") brings the heading;
HEADING_MAX_CHARS = 70  # a short line without a full stop is a heading, not a sentence
# - a list's intro ("... namelijk:") brings its items, and an item brings its intro.
LIST_ITEM = re.compile(r"^(?:[-–•*]|\d{1,2}[.)])\s")
LIST_MAX_ITEMS = 8

# --------------------------------------------------------------------------- the model's lead
LEAD_MAX_SENTENCES = 2  # a lead says what the evidence below it shows; longer is a model writing its own answer
SHARED_STEM_CHARS = 6  # a lead word sharing its first 6 letters with an evidence word is that word inflected
MIXED_LANGUAGE_WORDS = 1  # function words of the other language a lead may hold (a quoted Dutch term)
# Words a lead may use without finding them in the evidence: they frame, they claim nothing.
LEAD_FREE_STEMS = frozenset(stems(
    "gemeente gemeenten project projecten aanpak doel volgens bronnen documenten rapport antwoord zin zinnen "
    "municipality municipalities project projects approach according sources documents report answer"))
