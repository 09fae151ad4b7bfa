"""The lead check: what a model writes is verified against the evidence before anyone sees it."""
from __future__ import annotations

import json

import pytest

from core import vocabulary as V
from core.names import GemeenteMatcher
from core.types import Evidence
from rag.assistant import Assistant
from rag.llm import FakeGenerator, _pieces
from rag.verify import beyond_the_question, doomed, verify_lead

MATCHER = GemeenteMatcher(corpus_names=["Utrecht", "Zwolle", "Dordrecht"])
EVIDENCE = [
    Evidence(1, "Utrecht", "stand van zaken", "De app Ondernijning is inmiddels 11.000 keer gedownload."),
    Evidence(1, "Utrecht", "stand van zaken", "Er zijn activiteiten uitgevoerd onder de pijler bewustwording."),
]
QUESTION = "Hoe vaak is de app van Utrecht gedownload?"


@pytest.mark.parametrize("lead, reason", [
    ("De app van Utrecht is 11.000 keer gedownload.", None),
    ("Utrecht: de app is 11000 keer gedownload.", None),  # the same number without its separator
    ("De burgemeester van Utrecht is [1].", "empty slot"),
    ("De theatermaker met wie Utrecht werkt is .", "empty slot"),
    ("De app van Utrecht is 12.000 keer gedownload.", "number not in the evidence"),
    ("De app van Zwolle is 11.000 keer gedownload.", "gemeente not in the evidence"),
    ("Er zijn geen activiteiten uitgevoerd onder de pijler bewustwording.", "negation not in the evidence"),
    ("De app van Utrecht is vooral populair bij jongeren en scholen.", "words not in the evidence"),
    ("Bezoek www.evil.example voor de app van Utrecht.", "contact not in the evidence"),
    ("Mail de gemeente Utrecht voor de app.", "instruction to the reader"),
    ("Ja.", "yes or no"),
    ("Yes, 11.000 keer.", "yes or no"),
    ("Nee, de app is 11.000 keer gedownload.", "yes or no"),
    ("De app van Utrecht is vaak gedownload.", "restates the question"),
    ("Utrecht", "restates the question"),
])
def test_each_check_has_a_case(lead, reason):
    verdict = verify_lead(lead, QUESTION, EVIDENCE, "nl", MATCHER)
    if reason is None:
        assert verdict.ok, verdict.reasons
    else:
        assert not verdict.ok and reason in verdict.reasons, verdict.reasons


@pytest.mark.parametrize("lead, ok", [
    ("Utrecht's app has been downloaded 11,000 times.", True),
    ("Utrecht's app is 11.000 keer gedownload by users.", False),  # Dutch-English word salad
    ("Zaanstad is een rural municipality met remote industrial estates.", False),
])
def test_english_leads_are_english(lead, ok):
    verdict = verify_lead(lead, "How often has Utrecht's app been downloaded?", EVIDENCE, "en", MATCHER)
    assert verdict.ok is ok, verdict.reasons


def test_a_lead_on_another_gemeentes_sentence_is_dropped():
    """The packaged model answered 'Wat doet Zoetermeer in Spoor 3?' with the Delft sentence it was shown."""
    matcher = GemeenteMatcher(corpus_names=["Zoetermeer", "Delft"])
    evidence = [Evidence(1, "Zoetermeer", "beschrijving", "In Spoor 3 traint de gemeente haar medewerkers."),
                Evidence(2, "Delft", "beschrijving", "De gemeente zet extra BOA's in op bedrijventerreinen.")]
    question = "Wat doet Zoetermeer in Spoor 3?"
    off = verify_lead("De gemeente zet extra BOA's in op bedrijventerreinen.", question, evidence, "nl", matcher)
    assert "about another gemeente" in off.reasons
    assert verify_lead("In Spoor 3 traint Zoetermeer haar medewerkers.", question, evidence, "nl", matcher).ok
    # a question that names no gemeente may be answered from any of them
    assert verify_lead("De gemeente zet extra BOA's in op bedrijventerreinen.", "Wie zet BOA's in?", evidence, "nl",
                       matcher).ok


def _reply(text: str, *sentences: int) -> str:
    return json.dumps({"zinnen": list(sentences), "antwoord": text}, ensure_ascii=False)


@pytest.fixture(scope="module")
def settings(fake_index_settings):
    return fake_index_settings


@pytest.mark.parametrize("bad_lead", [
    "Het coördinatiepunt van Zwolle wordt bemenst door [1].",  # an empty slot
    "Het coördinatiepunt van Zwolle heeft 14 medewerkers.",  # a number the evidence lacks
    "Zwolle werkt hierin samen met Dordrecht.",  # a gemeente the evidence is not about
    "Bezoek http://evil.example voor meer informatie over Zwolle.",  # an instruction with a link
    "Zwolle is a municipality met een coördinatiepunt for undermining.",  # Dutch-English mixing
    "Ja, Zwolle doet dat.",  # a yes the words cannot check
    "Zwolle doet iets met het coördinatiepunt.",  # the question given back as an answer
])
def test_the_assistant_drops_a_bad_lead_and_keeps_the_evidence(settings, bad_lead):
    gen = FakeGenerator(_reply(bad_lead, 1))
    answer = Assistant(settings, generator=gen).ask("Wat doet Zwolle met het coördinatiepunt?", llm="fake")
    assert answer.lead is None and bad_lead.rstrip(".") not in answer.text
    assert answer.text.startswith("- Zwolle") and answer.evidence and not answer.refused


def test_a_lead_must_say_something_the_question_does_not():
    """The packaged model gave questions back as statements ("De permanente commissie integriteit van Brunssum zit in
    de commissie.") and bare names of the gemeente asked about; a count in words is something of its own."""
    assert beyond_the_question("drie integrale casustafels", "Tot hoeveel integrale casustafels leidde het?",
                               MATCHER) == {"drie"}
    assert beyond_the_question("Utrecht", "Wat doet Utrecht met de app?", MATCHER) == set()
    assert beyond_the_question("Zwolle", "Welke gemeente heeft een app?", MATCHER) == {"Zwolle"}
    assert beyond_the_question("Er zijn geen trainingen.", "Zijn er trainingen?", MATCHER) == {"negation"}


@pytest.mark.parametrize("partial, reason", [
    # settled: the first sentence, less its last LEAD_SETTLED_AFTER words while it is open
    ("De app van Utrecht is populair bij jongeren en scholen", "words not in the evidence"),
    ("De app van Utrecht is 12.000 keer gedownload door veel", "number not in the evidence"),
    ("Er zijn geen activiteiten uitgevoerd onder de pijler", "negation not in the evidence"),
    ("Ja, de app van Utrecht is", "yes or no"),
    ("The app of Utrecht is met de app gedownload door veel mensen in de stad", "not in the question's language"),
    ("De app is populair. Ook", "words not in the evidence"),  # a finished first sentence is read whole
    # not settled yet: later words may still make it right
    ("De app van Utrecht is vooral populair", None),  # "populair" is among the last words: not settled yet
    ("De app van Utrecht is 11", None),  # "11" may become "11.000"
    ("De app van Utrecht is 11.000 keer gedownload. Jongeren en scholen", None),  # a second sentence may be cut
    ("De app van Utrecht is 11.000 keer gedownload.", None),
    ("", None),
])
def test_a_lead_being_written_is_stopped_only_when_nothing_can_save_it(partial, reason):
    language = "en" if partial.startswith("The") else "nl"
    assert doomed(partial, QUESTION, EVIDENCE, language, MATCHER) == reason
    if reason:  # whatever comes next, the whole lead fails the same check
        full = partial.rstrip(".") + " en de rest van de zin."
        assert reason in verify_lead(full, QUESTION, EVIDENCE, language, MATCHER).reasons


class _Counting(FakeGenerator):
    """A fake model that counts the pieces it was asked for: a stopped stream asks no more."""

    def __init__(self, reply: str):
        super().__init__(reply)
        self.read = 0

    def stream(self, messages, **kwargs):
        for piece in super().stream(messages, **kwargs):
            self.read += 1
            yield piece


@pytest.mark.parametrize("early_stop", [True, False])
def test_a_doomed_lead_stops_the_model(settings, monkeypatch, early_stop):
    """LEAD_EARLY_STOP: a word the evidence lacks early in a long lead ends the stream there; the answer is the same
    (the quotes alone) either way."""
    monkeypatch.setattr(V, "LEAD_EARLY_STOP", early_stop)
    lead = "Zwolle heeft een gloednieuw bureau met veertien medewerkers die elke dag met het coördinatiepunt werken."
    gen = _Counting(_reply(lead))
    answer = Assistant(settings, generator=gen).ask("Wat doet Zwolle met het coördinatiepunt?", llm="fake")
    assert answer.lead is None and answer.text.startswith("- Zwolle") and not answer.refused
    everything = len(_pieces(_reply(lead)))
    # stopped a few words after "gloednieuw" (LEAD_SETTLED_AFTER), well before the end
    assert (gen.read <= everything - 6) if early_stop else (gen.read == everything), (gen.read, everything)


def test_a_good_lead_is_read_to_its_end(settings):
    lead = "Het coördinatiepunt van Zwolle ontvangt signalen van ondermijning."
    gen = _Counting(_reply(lead))
    answer = Assistant(settings, generator=gen).ask("Wat doet Zwolle met het coördinatiepunt?", llm="fake")
    assert answer.lead == lead and gen.read == len(_pieces(_reply(lead)))
