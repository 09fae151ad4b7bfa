"""An answer or a comparison as a Word memo (.docx, python-docx) whose sources are real footnotes.

    answer_memo(answer).save("memo.docx")          # question, answer; each [n] becomes a footnote:
                                                   #   Zwolle — stand van zaken, 2020: "De pilot is gestart." (bron: x.txt:4-9)
    comparison_memo(results, situation=...).save("vergelijking.docx")

python-docx writes paragraphs, headings and lists, but has no footnote API: the footnotes part
(word/footnotes.xml) is added through its public OPC API (``XmlPart`` + ``relate_to``), with the two
separator footnotes Word expects, and each marker becomes a ``w:footnoteReference`` run. Word and
LibreOffice number the footnotes themselves, in order of appearance.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from core.text import split_sentences, stems
from core.types import Answer, Chunk

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MARKER = re.compile(r"\s?\[(\d+)\]")
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
FOOTER = "Gemaakt met weerbaar op {day}. Bron: de rapportage van gemeenten over hun aanpak van ondermijning."


# --------------------------------------------------------------------------- footnotes
class Footnotes:
    """The footnotes part of one document; :meth:`add` returns the new footnote's id."""

    def __init__(self, document):
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        xml = (f'<w:footnotes xmlns:w="{W}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               '</w:p></w:footnote></w:footnotes>')
        self.element = parse_xml(xml)
        part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, self.element, document.part.package)
        document.part.relate_to(part, FOOTNOTES_RT)
        self.next_id = 1

    def add(self, text: str) -> int:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        footnote_id = self.next_id
        self.next_id += 1
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(footnote_id))
        p = OxmlElement("w:p")
        mark = _run(superscript=True)
        mark.append(OxmlElement("w:footnoteRef"))
        p.append(mark)
        body = _run()
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = " " + clean(text)
        body.append(t)
        p.append(body)
        note.append(p)
        self.element.append(note)
        return footnote_id

    def reference(self, paragraph, text: str) -> None:
        """Append a footnote reference (its text: ``text``) to a python-docx paragraph."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        run = _run(superscript=True)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(self.add(text)))
        run.append(ref)
        paragraph._p.append(run)  # python-docx has no public API for a run holding a field like this


def _run(superscript: bool = False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    if superscript:
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
    return r


def clean(text: str) -> str:
    """Text without the control characters XML cannot hold: clean('a\\x0bb') -> 'ab'."""
    return _NOT_XML.sub("", text or "")


# --------------------------------------------------------------------------- source lines
def source_note(gemeente: str, section: str, date_: str | None, sentence: str, source: str = "") -> str:
    """'Zwolle — stand van zaken, 2020: “De pilot is gestart.” (x.txt:4-9)'."""
    where = f"{section}, {date_}" if date_ else section
    tail = f" ({source})" if source else ""
    return f"{gemeente} — {where}: \u201c{' '.join(sentence.split())}\u201d{tail}"


def chunk_note(chunk: Chunk, sentence: str | None = None) -> str:
    return source_note(chunk.gemeente, chunk.section, chunk.date, sentence or chunk.text, chunk.source)


def quoted_sentence(passage: str, context: str) -> str:
    """The passage sentence that shares most words with the answer sentence citing it (first on ties)."""
    sentences = [" ".join(s.split()) for line in passage.split("\n") for s in split_sentences(line) if s.strip()]
    if not sentences:
        return " ".join(passage.split())
    theirs = set(stems(context))
    return max(sentences, key=lambda s: (len(set(stems(s)) & theirs), -sentences.index(s)))


def answer_notes(answer: Answer):
    """note_for(marker, context) -> the footnote text of one [n] in the answer, or None (no such source).

    From the answer's evidence where it has it (the sentence is known); else from its citations, quoting
    the passage sentence closest to the answer sentence that carries the marker.
    """
    evidence = {e.marker: source_note(e.gemeente, e.section, e.date, e.sentence, e.source) for e in answer.evidence}
    citations = {c.marker: c for c in answer.citations}

    def note_for(marker: int, context: str) -> str | None:
        if marker in evidence:
            return evidence[marker]
        c = citations.get(marker)
        if c is None:
            return None
        return source_note(c.gemeente, c.section, c.date, quoted_sentence(c.text, _MARKER.sub(" ", context)))

    return note_for


# --------------------------------------------------------------------------- documents
def _document(title: str):
    import docx

    document = docx.Document()
    document.core_properties.title = clean(title)[:250]
    document.core_properties.author = "weerbaar"
    document.add_heading(clean(title), level=0)
    return document, Footnotes(document)


def _text_with_notes(document, footnotes: Footnotes, text: str, note_for) -> None:
    """Paragraphs of ``text`` ('- ' lines become bullets); each [n] with a note becomes a footnote."""
    for line in clean(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        bullet = line.startswith(("- ", "• ", "* "))
        paragraph = document.add_paragraph(style="List Bullet" if bullet else None)
        line = line[2:] if bullet else line
        pos, last_note_end = 0, -1
        for m in _MARKER.finditer(line):
            note = note_for(int(m.group(1)), _sentence_before(line, m.start()))
            if note is None:
                continue
            between = line[pos:m.start()]
            if between:
                paragraph.add_run(between)
            elif last_note_end == m.start():  # [1][2] -> 1,2 rather than 12
                paragraph.add_run(",").font.superscript = True
            footnotes.reference(paragraph, note)
            pos = last_note_end = m.end()
        paragraph.add_run(line[pos:])


def answer_memo(answer: Answer):
    """A python-docx Document: Vraag, Antwoord (sources as footnotes), the backend and the date."""
    document, footnotes = _document("Antwoord met bronnen")
    document.add_heading("Vraag", level=1)
    document.add_paragraph(clean(answer.question))
    document.add_heading("Antwoord", level=1)
    _text_with_notes(document, footnotes, answer.text, (lambda m, c: None) if answer.refused else answer_notes(answer))
    if answer.refused and answer.nearby:  # the quotes above are what comes closest, not a source for an answer
        document.add_paragraph("Dit staat niet in de documenten: de zinnen hierboven komen het dichtst bij, maar "
                               "beantwoorden de vraag niet. Er is daarom geen bron.")
    elif answer.refused:
        document.add_paragraph("Dit staat niet in de documenten: er is daarom geen bron.")
    _footer(document, f"Antwoordmodel: {answer.backend or 'onbekend'}.")
    return document


def comparison_memo(results: Sequence, *, situation: str = "", plan=None, like: str = ""):
    """A comparison (rag.similar SimilarResults, or rag.plan PlanResults) as a memo, sources as footnotes."""
    document, footnotes = _document("Vergelijkbare aanpakken")
    if plan is not None:
        document.add_paragraph(f"Uw plan: {clean(plan.title)}" + (f" ({clean(plan.source)})" if plan.source else ""))
    elif like:
        document.add_paragraph(f"Gemeenten met een aanpak die lijkt op die van {clean(like)}.")
    elif situation:
        document.add_paragraph(f"Uw situatie: {clean(situation)}")
    for n, r in enumerate(results, 1):
        document.add_heading(f"{n}. {clean(r.gemeente)} — {clean(r.title)}", level=1)
        if hasattr(r, "matches"):  # a PlanResult: part by part
            for m in r.matches:
                _labelled(document, footnotes, "Uit uw plan", m.part)
                _labelled(document, footnotes, f"Bij {r.gemeente}", m.passage.text, chunk_note(m.passage))
            for label, sentences in (("Bereikt", r.achieved), ("Lastig", r.hard)):
                for sentence, chunk in sentences:
                    _labelled(document, footnotes, label, sentence, chunk_note(chunk, sentence))
        else:  # a SimilarResult
            if r.reason:
                _labelled(document, footnotes, "Waarom", r.reason)
            for chunk in getattr(r, "chunks", ()) or ():
                _labelled(document, footnotes, chunk.section.capitalize(), chunk.text, chunk_note(chunk))
            if r.status_line:
                status_chunk = getattr(r, "status_chunk", None)
                note = chunk_note(status_chunk, r.status_line) if status_chunk is not None else None
                _labelled(document, footnotes, "Stand van zaken", r.status_line, note)
    if not results:
        document.add_paragraph("Er zijn geen gemeenten gevonden.")
    _footer(document, "")
    return document


def _sentence_before(line: str, end: int) -> str:
    """The sentence that ends where a marker stands: 'A. B [1]' at the marker -> 'B'."""
    before = line[:end]
    sentences = split_sentences(before)
    return sentences[-1] if sentences else before


def _labelled(document, footnotes: Footnotes, label: str, text: str, note: str | None = None) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(clean(" ".join(text.split())))
    if note:
        footnotes.reference(paragraph, note)


def _footer(document, extra: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(" ".join(filter(None, [extra, FOOTER.format(day=date.today().strftime("%d-%m-%Y"))])))
    run.italic = True
