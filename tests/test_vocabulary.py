"""core/vocabulary.py: every rule has a reason beside it, and a row here that shows what it changes.

(The evidence and refusal rules have their rows in tests/test_evidence.py, the lead checks in
tests/test_verify.py.)"""
from __future__ import annotations

import ast
import inspect
from collections import Counter

import pytest

import core.vocabulary as V
from core.names import GemeenteMatcher
from rag.lexical import typo_map
from rag.query import detect_language, is_follow_up, plan_query, question_kind


def test_every_rule_says_why():
    """Each top-level name is commented on its own line or the line(s) above it."""
    source = inspect.getsource(V)
    lines = source.splitlines()
    silent = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            row = node.lineno - 1
            above = lines[row - 1].strip() if row else ""
            same = "#" in lines[row] or any("#" in lines[r] for r in range(row, node.end_lineno))
            if not (same or above.startswith("#")):
                silent.append(lines[row].split("=")[0].strip())
    assert silent == []


@pytest.mark.parametrize("question, language", [
    ("How far along is Achtkarspelen?", "en"),  # ENGLISH_WORDS
    ("Hoe staat het met Zwolle?", "nl"),  # DUTCH_WORDS
    ("Wat is de status van het project in Ede?", "nl"),  # 'status' is both: the Dutch words win
    ("Which primary schools in Amersfoort take part in De Vreedzame Wijk?", "en"),  # a name's Dutch is not counted
    ("In Amsterdam, what does 'samen grip krijgen op de straat' mean?", "en"),  # nor a quoted term's (dev d141)
])
def test_language(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize("question, kind", [
    ("Welke gemeenten werken met De Vreedzame Wijk?", "set"),  # SET
    ("Which municipalities train council members?", "set"),
    ("Hoe staat het met Achtkarspelen?", "status"),  # STATUS
    ("How far along is Zwolle?", "status"),
    ("Kan Zaanstad op dit moment huisbezoeken afleggen?", "status"),  # "right now": where it stands (dev d225)
    ("Can Zaanstad carry on with home visits right now?", "status"),
    ("Is het meldpunt in Zwolle al operationeel, of zit het nog in de opstartfase?", "status"),  # batch 48, d2785
    ("Loopt het traject in Brunssum nog, of is het al afgerond?", "status"),  # batch 52, d3008
    ("Is the Brunssum track still running, or already finished?", "status"),
    ("Is die campagne in Capelle al van start?", "status"),  # batch 53, d3082
    ("Hoe ziet de nieuwe koers van Zaanstad eruit, en loopt die op schema?", "status"),  # batch 55, d3198
    ("Is Sittard-Geleen's project on track?", "status"),
    ("Utrecht had plannen met een app. Hoe is dat uitgepakt?", "status"),  # batch 55, d3244
    ("Utrecht wilde een app. Hoe is het met die app-plannen afgelopen?", "status"),  # batch 63, d3695
    ("Sittard-Geleen bracht organisaties samen. Hoe liep het daarna?", "status"),  # batch 62, d3638
    ("Is de inschrijftermijn in Utrecht afgelopen?", "plain"),  # "afgelopen" alone: over, not how it went
    # STATUS_EVERYDAY: the everyday Dutch (and English) of "how is it going" (blind batches 201-216: d11979, d11994,
    # d12154, d12709, d11567)
    ("Hoe staat de aanpak van de winkelstrip in Den Bosch ervoor?", "status"),
    ("Hoe gaat het met het Sittardse project over kwetsbare jongeren?", "status"),
    ("Utrecht en Vlaardingen wilden allebei een app. Hoe pakte dat uit?", "status"),
    ("Vlaardingen en Utrecht hadden plannen met een app. Hoe is dat bij beide verlopen?", "status"),
    ("Both Utrecht and Vlaardingen had plans for an app. How did each of them get on?", "status"),
    ("Hoe gaat de gemeente Ede om met meldingen uit het buitengebied?", "plain"),  # how it deals with them
    ("How did 's-Hertogenbosch go about picking up signals from the neighbourhood?", "plain"),  # how, not how far
    ("Staat Oss ervoor open om met andere gemeenten samen te werken?", "plain"),  # no "hoe"
    # a verb of running, then "al" at the question's end: whether it runs (blind batch 75, d4429)
    ("Draait het lokale coördinatiepunt ondermijning in Zwolle al? En wat is de volgende stap?", "status"),
    ("Is Zwolle's coordination point running yet?", "status"),
    ("Werkt Oss al met een meldpunt?", "plain"),  # "werkt ... al": about the meldpunt, not whether it runs
    ("Draait Zwolle de pilot al lang?", "plain"),  # "al" not at the question's end
    ("Has Capelle's campaign already started?", "status"),
    # ... and "staat ... al," opening the question: whether it is in place (blind batch 107, d6335)
    ("Staat het lokale coördinatiepunt ondermijning in Zwolle al, en wat is de volgende stap?", "status"),
    ("Staat er al een voorstelling van het theater in Vlaardingen op de agenda?", "plain"),  # "al" inside the clause
    ("Welke gemeente kunnen we bellen over vakantieparken?", "comparable"),  # COMPARABLE
    ("Wij hebben last van huisjesmelkers. Wie kan ons helpen?", "comparable"),  # OUR_SITUATION + WHO
    ("Welke gemeente heeft daar een aanpak voor?", "comparable"),  # DONE_IT
    ("Welke gemeente heeft een goede aanpak voor ganzenoverlast?", "comparable"),  # APPROACH_FOR beside WHO
    # ... but without WHO "plannen voor" names the gemeente's own plan (batch 44, d2531; dev d313)
    ("Gorinchem heeft de raad bijgepraat over de plannen voor een weerbaardere organisatie. Wat gebeurt er nu?",
     "plain"),
    ("Deventer heeft een integrale aanpak voor woonwagenlocaties. Wat wil de gemeente daarmee verbeteren?", "plain"),
    ("Which municipalities have done so already?", "comparable"),
    # ... but "what it has done so far" asks for progress (batch 26, d1481)
    ("Under which three headings does Gouda report what it has done so far?", "status"),
    ("Wat doet Zwolle met het coördinatiepunt?", "plain"),
    # MENTIONED_BY: which reports write it, whatever the reason given first (unseen dev d949)
    ("We willen weten wie al met een privacytoets heeft gewerkt. Welke gemeenten noemen een PIA?", "set"),
    ("We want to know who has used one. Which municipalities mention a PIA?", "set"),
    ("We willen weten wie al met een privacytoets heeft gewerkt. Welke gemeente kunnen we bellen?", "comparable"),
])
def test_kind(question, kind):
    assert question_kind(question) == kind


@pytest.mark.parametrize("question, kind", [
    # COMPARABLE_NAMES_ITS_OWN: "we willen" and "wie" read as comparable, but the question is about Culemborg's
    # speaker (batch 45, d2611), or Gouda's "linking pin" (dev d2421)
    ("We willen dezelfde spreker boeken die Culemborg als hoofdact had. Wie is dat?", "plain"),
    ("We're drafting a job profile. Gouda apparently has someone like that: who is it, and how far along is the post?",
     "status"),
    # ... unless it asks for gemeenten (ASKS_FOR_GEMEENTEN): then Culemborg is the example, not the subject
    ("We willen een festival zoals Culemborg. Welke andere gemeente heeft daar ervaring mee?", "comparable"),
    ("Which other municipality has done something similar to Culemborg's festival?", "comparable"),
    ("Kunnen we Culemborg bellen over het festival?", "comparable"),  # ... or whom to call
])
def test_a_comparable_question_that_names_a_gemeente_and_asks_no_other_is_about_it(question, kind):
    matcher = GemeenteMatcher(corpus_names=["Culemborg", "Gouda"])
    assert plan_query(question, matcher).kind == kind


@pytest.mark.parametrize("question, kind", [
    # PARTNER_GEMEENTEN: "met hoeveel gemeenten samen" about a named gemeente asks its partners (batch 55, d3200)
    ("Culemborg schrijft aan een gedragscode. Met hoeveel gemeenten samen gebeurt dat?", "plain"),
    ("Met welke andere gemeenten werkt Culemborg samen?", "set"),  # names asked: a set (dev d755)
    ("Hoeveel gemeenten werken net als Culemborg aan een gedragscode?", "set"),  # a count of the report's gemeenten
    ("Met hoeveel gemeenten in het overzicht werkt de politie samen?", "set"),  # no gemeente named: the report's
])
def test_a_named_gemeentes_partners_are_no_set(question, kind):
    matcher = GemeenteMatcher(corpus_names=["Culemborg", "Gouda"])
    assert plan_query(question, matcher).kind == kind


def test_which_one_makes_a_named_gemeente_the_topic():
    matcher = GemeenteMatcher(corpus_names=["Utrecht", "Schiedam"])
    plan = plan_query("Welke gemeente neemt de ervaringen van de gemeente Utrecht mee?", matcher)  # WHICH_ONE
    assert plan.gemeenten == [] and plan.topic_gemeenten == ["Utrecht"]
    plain = plan_query("Wat neemt Utrecht mee?", matcher)
    assert plain.gemeenten == ["Utrecht"] and plain.topic_gemeenten == []
    plural = plan_query("Welke gemeenten werken net als Utrecht met een app?", matcher)
    assert plural.topic_gemeenten == []  # "welke gemeenten" (a set) is not "welke gemeente"


@pytest.mark.parametrize("question, follow_up", [
    ("En hoe staat het daar nu mee?", True),  # FOLLOW_UP: points back
    ("En Ede?", True),  # short
    ("Welke gemeenten trainen raadsleden?", False),
])
def test_follow_up(question, follow_up):
    assert is_follow_up(question) is follow_up


def test_confusable_letters_fold_ocr_typos_only():
    counts = Counter({"ondermijn": 40, "ondernijn": 5, "veranker": 3, "verander": 9})
    assert typo_map(counts) == {"ondernijn": "ondermijn"}  # m/n is in CONFUSABLE; k/d is not


def test_prefer_section_boost_ranks_status_passages_first(fake_index_settings):
    from rag.assistant import Assistant

    a = Assistant(fake_index_settings)
    plain = a.retriever.search("coördinatiepunt Zwolle", gemeenten=["Zwolle"], k=4)
    status = a.retriever.search("coördinatiepunt Zwolle", gemeenten=["Zwolle"], k=4, prefer_section="stand van zaken")
    assert status[0].chunk.section == "stand van zaken"
    boosted = {h.chunk.id: h.score for h in status}
    for h in plain:
        if h.chunk.section == "stand van zaken" and h.chunk.id in boosted:
            assert boosted[h.chunk.id] == pytest.approx(h.score * V.PREFER_SECTION_BOOST)


@pytest.mark.parametrize("question, asks_title", [
    ("Onder welke titel staat het project van Dordrecht in het overzicht?", True),  # TITLE_QUESTION
    ("What is the title of the project that Capelle submitted?", True),
    ("Hoe luidt de volledige naam van het project van Amsterdam?", True),
    ("Wat is de projecttitel van Zwolle?", True),
    ("What is the project called?", True),
    ("Hoe heet de wijk waar het project loopt?", False),  # a noun between: it asks for the wijk
    ("Wat is de naam van de projectleider?", False),
])
def test_title_question(question, asks_title):
    assert bool(V.TITLE_QUESTION.search(question)) is asks_title


@pytest.mark.parametrize("question, terms", [
    ("In welke gemeenten komt de term 'weerbaar bestuur' voor?", ["weerbaar bestuur"]),  # QUOTED_TERM
    ("Which municipalities use the word “voedingsbodem”?", ["voedingsbodem"]),
    ("Welke thema's noemt 's-Hertogenbosch?", []),  # an apostrophe in a word opens no quote
    ("Welke gemeenten zijn een zaak 'van de lange adem'?", ["van de lange adem"]),
])
def test_quoted_term(question, terms):
    assert V.QUOTED_TERM.findall(question) == terms


@pytest.mark.parametrize("question, groups", [
    ("Welke gemeenten richten zich op kinderen of jongeren?", [["kinderen", "jongeren"]]),  # EITHER
    ("Wie noemt contact, overleg of afstemming met BZK?", [["contact", "overleg", "afstemming"]]),
    ("Which municipalities hire a project leader or an analyst?", [["leader", "analyst"]]),
    ("Weet iemand of Gouda al gestart is?", [["iemand", "gouda"]]),  # "whether": no two topic words, nothing merges
    ("Welke gemeenten werken met woningcorporaties?", []),
])
def test_either_groups(question, groups):
    from rag.support import either_groups

    assert either_groups(question) == groups


@pytest.mark.parametrize("question, frame", [
    ("Welke gemeenten richten zich nadrukkelijk op eigenaren?", {"nadrukkelijk"}),  # emphasis adverbs: frame words
    ("Which municipalities explicitly mention intimidation?", {"explicitly"}),
    ("Welke gemeenten gaan uitdrukkelijk over families?", {"uitdrukkelijk"}),
    ("Ten behoeve waarvan moet die informatiepositie vooral dienen?", {"ten", "behoeve", "waarvan", "vooral"}),
    ("Which municipalities mainly target young people?", {"mainly"}),
    ("Klopt het dat Oss criminele structuren wil openbreken?", {"klopt"}),  # a premise check: the claim is the topic
    ("Is it true that Oss trains its staff?", {"true"}),
    # "zit" a copula, "merk" the asker noticing (blind batch 76, d4466)
    ("In welke fase zit het project en merk je er in de praktijk al iets van?", {"zit", "merk"}),
    # degree adverbs say how much, not what (blind batch 138, d8175)
    ("Waarom is er nog nauwelijks iets van uitgevoerd?", {"nauwelijks"}),
])
def test_emphasis_adverbs_are_no_topic(question, frame):
    from core.text import stems
    from rag.support import topic_stems

    assert not {s for w in frame for s in stems(w)} & topic_stems(question, "nl")


@pytest.mark.parametrize("question, function, kept", [
    # FUNCTION_STEMS: function words are no topic (d1388 was refused on "eigen" and "volgens") ...
    ("Heeft Deventer volgens de collega een eigen analist aangenomen?", {"eigen", "volgens"}, {"analist"}),
    ("Kan ik in de app alleen nieuws zien over één onderwerp, ergens instellen?", {"alleen", "ergens"}, {"app"}),
    ("Wat is er per gemeente volgens de planning gedaan?", {"per", "volgens"}, {"planning"}),
    # ... but FUNCTION_WORDS_KEPT stay: ordinals, counts, time and status words are what some questions are about
    ("Wanneer was de tweede training klaar, en is er opnieuw getraind?", set(), {"tweede", "klaar", "opnieuw"}),
    # ... and a compound keeps a part that is a function word alone: "binnenstad" is not found by "stad"
    ("Wat doen ze in de binnenstad, binnen de ring?", {"binnen"}, {"binnenstad"}),
    # ... and the contraction the list lacks (FUNCTION_WORDS_ADDED): "zo'n" was a rhythm's subject (batch 56, d3250)
    ("Hoe lang duurt zo'n bijeenkomst van de academie?", {"zo'n"}, {"bijeenkomst", "academie"}),
])
def test_function_words_are_no_topic(question, function, kept):
    from core.text import stems
    from rag.support import topic_stems

    topic = topic_stems(question, "nl")
    assert not {s for w in function for s in stems(w)} & topic
    assert {s for w in kept for s in stems(w)} <= topic


def test_function_words_come_from_the_bundled_list():
    """data/function_words_nl.txt is read (not an empty fallback), less FUNCTION_WORDS_KEPT."""
    from core import vocabulary as V
    from core.text import stems

    assert len(V.FUNCTION_STEMS) > 200
    assert set(stems("zodat tussen via")) <= V.FUNCTION_STEMS
    assert not set(stems("tweede klaar samen")) & V.FUNCTION_STEMS


def test_modal_verbs_and_pointing_adverbs_are_no_topic():
    """QUESTION_WORDS: "daarbij" and "genoemd" made "welke locatie wordt daarbij als voorbeeld genoemd?" refused."""
    from rag.support import topic_stems

    assert topic_stems("Welke locatie wordt daarbij als voorbeeld genoemd?", "nl") == {"locatie", "voorbeeld"}
    assert topic_stems("Wat moeten medewerkers daarmee doen?", "nl") == {"medewerker"}


@pytest.mark.parametrize("part, clauses", [
    # ASKING_CLAUSES: a comma or "en" before a word that asks a count, a date or a cause opens a clause of its own
    ("Sinds welk jaar loopt het programma, hoeveel casustafels zijn er en hoeveel daarvan zijn afgerond?",
     ["Sinds welk jaar loopt het programma", "hoeveel casustafels zijn er", "hoeveel daarvan zijn afgerond?"]),
    ("How many mothers take part and when does it start?", ["How many mothers take part", "when does it start?"]),
    # ... not "en" before "wat / welke / hoe", which join what they ask
    ("Wat en hoe doet Oss het?", ["Wat en hoe doet Oss het?"]),
    ("Welke app en welke modules heeft Utrecht?", ["Welke app en welke modules heeft Utrecht?"]),
])
def test_asking_clauses(part, clauses):
    assert V.ASKING_CLAUSES.split(part) == clauses


@pytest.mark.parametrize("sentence, lists", [
    # GEMEENTEN_LISTED: gemeenten named after "gemeenten", joined by commas and "en", also ones outside the report
    ("Door de drie samenwerkende gemeenten Culemborg, West Betuwe en Tiel is hard gewerkt.", True),  # dev d4066
    ("Zoetermeer is net als de gemeenten Dordrecht en Sittard-Geleen een SST-gemeente.", True),
    ("Veel gemeenten en partners werken samen.", False),  # no names
    ("Ervaringen van andere gemeenten worden meegenomen o.a. de gemeente Utrecht.", False),  # one, no list
])
def test_gemeenten_listed(sentence, lists):
    assert bool(V.GEMEENTEN_LISTED.search(sentence)) is lists


@pytest.mark.parametrize("question, names", [
    # GEMEENTE_IT_NAMES: a gemeente the named gemeente's record names is asked (d1326, d1996, d4169, d4675, d5076)
    ("Van welke andere gemeente neemt Schiedam de ervaringen mee?", True),
    ("Welk instrument heeft Schiedam, en van welke gemeente worden ervaringen meegenomen?", True),
    ("Welke gemeente wordt daarbij met name genoemd?", True),
    ("For its dashboard Schiedam draws on others' experience. Which municipality does it name?", True),
    ("From which other municipality does Schiedam take lessons?", True),
    ("Schiedam's dashboard builds on experiences elsewhere. Which other municipality is mentioned?", True),  # d9346
    # ... not the gemeente that does something, which names another: that one is the topic (q066)
    ("Welke gemeente neemt de ervaringen van de gemeente Utrecht mee?", False),
    ("Which municipality works like Dordrecht as an SST municipality?", False),
])
def test_gemeente_it_names(question, names):
    assert bool(V.GEMEENTE_IT_NAMES.search(question)) is names


@pytest.mark.parametrize("question, language, frame", [
    ("What are the next steps in Dordrecht?", "en", True),  # NEXT_STEP_FRAME (d6914)
    ("Wat is de volgende stap in Zwolle?", "nl", True),
    ("Welke vervolgstappen plant Dordrecht?", "nl", True),
    # NEXT_UPCOMING: "the upcoming steps" (blind batch 358, d21377)
    ("Dordrecht - what's NEXT? Give me the upcoming steps, no waffle.", "en", True),
    ("Wat zijn de aankomende stappen in Zwolle?", "nl", True),
    ("Wat zijn de stappen in het stappenplan integriteit?", "nl", False),  # a step of a plan the record writes
    # NEXT_STEP_ADJECTIVE: an adjective between (blind batch 389, d23248)
    ("Wat is de eerstvolgende bestuurlijke stap in Vlaardingen?", "nl", True),
    ("What are the next concrete steps in Zwolle?", "en", True),
    ("Wat zijn de volgende twee stappen?", "nl", True),  # a count ending in -e reads as one, and asks the same
])
def test_the_next_step_is_the_status_not_a_topic_word(question, language, frame):
    from rag.support import topic_stems

    assert bool(V.NEXT_STEP_FRAME.search(question)) is frame
    assert not ({"stap", "stapp", "volgend", "vervolgstapp"} & topic_stems(question, language)) is frame


@pytest.mark.parametrize("question, language, frame", [
    ("Kun je per gemeente aangeven hoe ver Schiedam, Dordrecht en Haarlem zijn met hun aanpak?", "nl", True),  # d18052
    ("Could you explain what Zwolle's coordination point does?", "en", True),
    ("Kan ik in de Utrechtse app aangeven over welke onderwerpen ik nieuws wil krijgen?", "nl", False),  # d13693
    ("Zou Achtkarspelen het plan toelichten in de driehoek?", "nl", False),  # d698: what the record writes
])
def test_a_verb_that_asks_to_be_told_is_no_topic_word(question, language, frame, monkeypatch):
    """REQUEST_VERB_FRAME: "aangeven / explain" before the question it asks says how it asks, not what about."""
    import re

    from rag.support import topic_stems

    verbs = {"aangev", "explain", "toelicht"}
    assert bool(V.REQUEST_VERB_FRAME.search(question)) is frame
    assert not (verbs & topic_stems(question, language)) is frame
    monkeypatch.setattr(V, "REQUEST_VERB_FRAME", re.compile(r"(?!)"))
    assert verbs & topic_stems(question, language)


@pytest.mark.parametrize("question, asks", [
    ("In welk groter project is de aanpak van de winkelstrip in Den Bosch ondergebracht?", True),  # dev d9706
    ("In Den Bosch is sprake van een uitvoeringsprogramma van 10 jaar. Waar hoort dat programma bij?", True),  # d18234
    ("Capelle mentions 3 schools and groups 7/8. What programme is that part of?", True),  # d18233
    ("Gouda planned a reporting desk as part of its awareness track. Has that desk opened yet?", False),  # d877
    ("Hoort de burgemeester bij de stuurgroep van Zwolle?", False),  # a question about belonging, not the larger whole
])
def test_what_a_project_is_part_of(question, asks):
    """ENCLOSING_FRAME: the question asks what the project is part of (its sentence: ENCLOSING_PICKED)."""
    assert bool(V.ENCLOSING_FRAME.search(question)) is asks


@pytest.mark.parametrize("text, numbers", [
    ("What does the figure of about 400 in Ede's record stand for?", ["400"]),  # d18238
    ("Zaanstad noemt het jaar 2019, en 1,5 uur per maand.", ["2019", "1,5"]),
    ("ongeveer 400 jongeren (14-25jr), 4000 euro, 11.000 keer, een 0-meting", ["400", "4000", "11.000"]),
])
def test_a_number_the_question_quotes(text, numbers):
    """NUMBER_QUOTED: numbers of their own, not a range's ends, a compound's digit or a longer number's part."""
    assert V.NUMBER_QUOTED.findall(text) == numbers


@pytest.mark.parametrize("question, frame", [
    ("Wat moet ik weten over het project van Amersfoort tegen ondermijning?", {"wet"}),  # blind batch 320, d19088
    ("Wat houdt het project van Gorinchem precies in?", {"houdt"}),  # blind batch 315, d18806
    ("Wat de Wet Bibob inhoudt voor Oss, en wat doet Oss ermee?", {"inhoudt"}),
    ("Wat doet Oss met de Wet Bibob?", set()),  # the law stays a topic word
])
def test_asking_verbs_are_no_topic_words(question, frame, monkeypatch):
    """ASKING_VERBS_FRAME: "weten" (which stems as the law, "wet") and "houdt ... in" say how the asker asks."""
    import re

    from rag.support import topic_stems

    topic = topic_stems(question, "nl")
    assert not frame & topic
    if "Bibob" in question:
        assert "wet" in topic
    monkeypatch.setattr(V, "ASKING_VERBS_FRAME", re.compile(r"(?!)"))
    assert frame <= topic_stems(question, "nl")


def test_a_dutch_word_the_reports_write_otherwise_is_judged_as_their_words(monkeypatch):
    """DUTCH_ALSO: "stil" is found where a record writes "in de wacht" (Ede), and only for that word."""
    from rag.support import topic_concepts

    concepts = topic_concepts("Waarom ligt het keurmerk stil?", "nl")
    assert any({"stil", "wacht"} <= c.alternatives for c in concepts)
    assert not any("wacht" in c.alternatives for c in topic_concepts("Waarom ligt het keurmerk klaar?", "nl"))
    assert any("vertrag" in c.alternatives for c in topic_concepts("Waardoor is het vertraagd?", "nl"))  # d7102
    monkeypatch.setattr(V, "DUTCH_ALSO", {})
    assert not any("wacht" in c.alternatives for c in topic_concepts("Waarom ligt het keurmerk stil?", "nl"))


@pytest.mark.parametrize("part, points_back", [
    ("Hoe ver is elk van beide daar nu mee?", True),  # d1256: about the scene before it
    ("of hoe ver is men daarmee?", True),  # d2063
    ("How is each of them going about that?", True),  # d1407
    ("Hoe staat het ervoor met het project in?", False),  # the whole project (d4245)
    ("Wat is de stand van zaken van het project in?", False),  # d5441
])
def test_a_status_part_that_points_back_is_not_about_the_whole_project(part, points_back):
    """WHOLE_STATUS_POINTER: such a part keeps the dense ranking; the others read the stand by progress words."""
    assert bool(V.WHOLE_STATUS_POINTER.search(part)) is points_back


@pytest.mark.parametrize("question, idiom", [
    # OFF_THE_GROUND_IDIOMS: how it went, not what about (blind d20771, d20961, d21941)
    ("Waarom duurde het zo lang voordat de uitvoering op gang kwam?", "op gang kwam"),
    ("Vanaf welke datum gooide corona roet in het eten bij het project?", "gooide|roet in het eten"),
    ("Sinds welke datum gooit corona in Vlaardingen roet in het eten?", "gooit|roet in het eten"),
    ("Vanaf welke datum gooide corona volgens hun rapportage de plannen in de war?", "gooide|in de war"),
    ("Wat kwam er na de controle aan het licht?", ""),  # no idiom of how it went
])
def test_idioms_of_how_it_went(question, idiom):
    """The idiom and its verb go, not what threw it: "corona" stays the topic."""
    assert "|".join(m.group(0) for m in V.OFF_THE_GROUND.finditer(question)) == idiom


@pytest.mark.parametrize("question, intro", [
    # MEETING_INTRO: whom the asker is about to meet (blind batch 367, d21941, d21945)
    ("Ik zie zo de burgemeester van Vlaardingen. Vanaf welke datum gooide corona de plannen in de war?",
     "Ik zie zo de burgemeester van Vlaardingen. "),
    ("Before a regional meeting with the mayors of Vlaardingen and Culemborg: how far has each of them got?",
     "Before a regional meeting with the mayors of Vlaardingen and Culemborg: "),
    ("Voor mijn gesprek met de burgemeester van Ede: met hoeveel jongeren heeft de gemeente contact?",
     "Voor mijn gesprek met de burgemeester van Ede: "),
    ("I'm meeting the mayor of Amersfoort tomorrow. Who leads the implementation?",
     "I'm meeting the mayor of Amersfoort tomorrow. "),
    # ... not when it says what the meeting is about: that is the topic
    ("Ik spreek de burgemeesters van 's-Hertogenbosch en Tilburg over hun wijkaanpak. Om welke buurt gaat het?", None),
    # ... nor a meeting with no office-holder, nor a question
    ("Ik spreek morgen een collega. Wat doet Ede?", None),
    ("Spreekt de burgemeester van Ede de jongeren zelf?", None),
])
def test_whom_the_asker_meets_is_no_topic(question, intro):
    found = V.MEETING_INTRO.search(question)
    assert (found.group(0) if found else None) == intro



def test_an_impatient_askers_waffle_is_no_subject(monkeypatch):
    """IMPATIENT_WORDS: "no waffle" was the only English word the glossary lacks, and the question was judged to be
    about nothing the reports know (blind batch 358, d21377)."""
    from rag.support import unknown_english

    question = "Dordrecht - what's NEXT? Give me the upcoming steps, no waffle."
    assert unknown_english(question, is_gemeente=lambda w: w == "Dordrecht") == []
    monkeypatch.setattr(V, "QUESTION_WORDS_SET", V.QUESTION_WORDS_SET - {"waffle"})
    assert unknown_english(question, is_gemeente=lambda w: w == "Dordrecht") == ["waffle"]


@pytest.mark.parametrize("question, language, kept", [
    ("Op welke datum was de eerste leerkring?", "nl", False),  # DATE_WORD: the Dutch word asks for a date
    # ... but the glossary's "datum" for an English "date" is the subject "1 september als nieuwe datum" stands beside
    ("What new date was set for the postponed festival?", "en", True),  # (dev d9197)
])
def test_the_dutch_word_for_date_is_no_topic(question, language, kept):
    from rag.support import topic_stems

    assert ("datum" in topic_stems(question, language)) is kept



@pytest.mark.parametrize("question, intro", [
    # ASKER_INTRO: who asks, by where they work or come from ("uit": blind batch 384, d22930) ...
    ("Ik ben student uit Duitsland en leer Nederlands. Op welke datum is dat?",
     "Ik ben student uit Duitsland en leer Nederlands. "),
    ("Wij werken voor het RIEC in de regio Rijnmond. Waar richt Schiedam zich op?",
     "Wij werken voor het RIEC in de regio Rijnmond. "),
    # ... or by what they are (ASKER_INTRO_WHAT: d22952, d22973)
    ("Ik ben een Belgische stagiair. Met wie heeft de projectleider gepraat?", "Ik ben een Belgische stagiair. "),
    ("Ik ben benieuwd. Wat doet Ede?", None),  # no intro: what the asker feels
])
def test_the_sentence_that_says_who_asks(question, intro):
    found = V.ASKER_INTRO.search(question)
    assert (found.group(0) if found else None) == intro


@pytest.mark.parametrize("question, names", [
    ("Vanuit JenV volgen we de voortgang. Hoe ver is Gouda?", ["JenV"]),  # ASKERS_ORGANISATION (blind d22705)
    ("Bij JenV vergelijken we hoe gemeenten werken. Wat doet Capelle?", ["JenV"]),  # (d22726)
    ("Ik stel voor JenV een overzicht op. Wanneer is de gedragscode vastgesteld?", ["JenV"]),  # (d22701)
    ("Welke rol heeft de analist bij Gouda, en met welk programma?", []),  # no asker speaking from it
])
def test_the_organisation_the_asker_speaks_from(question, names):
    assert [m.group(1) or m.group(2) for m in V.ASKERS_ORGANISATION.finditer(question)] == names
