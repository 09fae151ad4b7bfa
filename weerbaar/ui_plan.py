"""Your own plan in "Vergelijkbare aanpakken", and the Word memos the page offers for download.

    compare_plan_page(live, settings, file, text, k) -> (cards html, memo path or None)
    answer_docx(conv) -> path of the last answer as a Word memo, or None
    similar_docx(live, situation, like, k) -> the comparison of the situation / gemeente as a memo

The plan is read with rag/plan.py and never added to the index. Rendering escapes everything (ui_render.esc).
"""
from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from weerbaar.ui_render import esc, highlight, question_stems

log = logging.getLogger(__name__)
_MEMO_DIR: Path | None = None


def memo_path(prefix: str) -> Path:
    global _MEMO_DIR
    if _MEMO_DIR is None:
        _MEMO_DIR = Path(tempfile.mkdtemp(prefix="weerbaar-memo-"))
    return _MEMO_DIR / f"{prefix}-{time.time_ns()}.docx"


def _notice(text: str) -> str:
    return f'<div class="wb-notice" role="alert">{esc(text)}</div>'


def plan_cards(plan, results) -> str:
    """Ranked gemeenten for a plan: per gemeente the plan part, their passage, achieved, hard."""
    if not results:
        return '<div class="wb-nosources">Geen gemeenten gevonden.</div>'
    top = max((r.score for r in results), default=0.0) or 1.0
    head = (f'<p class="wb-plan-head">Vergeleken met uw plan <strong>{esc(plan.title or plan.source or "zonder titel")}'
            f'</strong> ({len(plan.parts)} delen; het plan is niet aan de documenten toegevoegd).</p>')
    cards = []
    for rank, r in enumerate(results, 1):
        matches = []
        for m in r.matches:
            q = question_stems(m.part)
            where = f"{m.passage.section}, {m.passage.date}" if m.passage.date else m.passage.section
            matches.append(
                f'<div class="wb-match"><p class="wb-plan-part"><strong>Uit uw plan'
                f'{" (" + esc(m.heading) + ")" if m.heading else ""}:</strong> {esc(m.part)}</p>'
                f'<blockquote><span class="wb-section">{esc(where)}</span> {highlight(m.passage.text, q)}</blockquote></div>')
        achieved = "".join(f"<li>{esc(s)}</li>" for s, _ in r.achieved) or "<li>(de stand van zaken noemt geen resultaten)</li>"
        hard = "".join(f"<li>{esc(s)}</li>" for s, _ in r.hard) or "<li>(de stand van zaken noemt geen knelpunten)</li>"
        share = max(0.0, min(1.0, r.score / top))
        cards.append(
            f'<article class="wb-card wb-plan-card" data-gemeente="{esc(r.gemeente)}"><header><span class="wb-rank">{rank}'
            f'</span><strong>{esc(r.gemeente)}</strong><span class="wb-meter" title="overeenkomst, relatief aan de beste">'
            f'<span style="width:{share * 100:.0f}%"></span></span></header><div class="wb-title">{esc(r.title)}</div>'
            + "".join(matches)
            + f'<p class="wb-status"><strong>Bereikt:</strong></p><ul class="wb-achieved">{achieved}</ul>'
            + f'<p class="wb-status"><strong>Lastig:</strong></p><ul class="wb-hard">{hard}</ul></article>')
    return head + f'<div class="wb-cards">{"".join(cards)}</div>'


def compare_plan_page(live, settings, file, text: str, k: int) -> tuple[str, str | None]:
    """(cards html, path of the comparison memo) for an uploaded or pasted plan."""
    from ingest.load import InputProblem
    from rag.plan import PlanProblem, compare_plan, plan_from_text, read_plan
    from weerbaar.memo import comparison_memo

    try:
        if file:
            plan = read_plan(Path(file if isinstance(file, str) else file.name), settings)
        elif (text or "").strip():
            plan = plan_from_text(text, settings)
        else:
            return _notice("Kies een bestand met uw plan, of plak de tekst van uw plan."), None
    except InputProblem as e:
        from ingest.documents import dutch_problem

        return _notice(f"Het plan kon niet worden gelezen: {dutch_problem(e)}"), None
    except PlanProblem as e:
        return _notice(str(e)), None
    results = compare_plan(live, plan, k=int(k))
    path = memo_path("weerbaar-vergelijking")
    comparison_memo(results, plan=plan).save(path)
    return plan_cards(plan, results), str(path)


def answer_docx(conv) -> str | None:
    """The conversation's last answer as a Word memo (path), or None when there is none yet."""
    from weerbaar.memo import answer_memo

    answer = (conv or {}).get("last_answer")
    if answer is None:
        return None
    path = memo_path("weerbaar-antwoord")
    answer_memo(answer).save(path)
    return str(path)


def similar_docx(live, situation: str, like: str | None, k: int) -> str | None:
    """The comparison the cards show (a situation or a gemeente to resemble) as a Word memo, or None."""
    from rag.similar import like_gemeente, rank_gemeenten
    from weerbaar.memo import comparison_memo

    situation = " ".join((situation or "").split())
    try:
        if like:
            results = like_gemeente(live, like, int(k))
        elif situation and len(situation) <= live.settings.max_question_chars:
            results = rank_gemeenten(live, situation, int(k))
        else:
            return None
    except ValueError:
        return None
    path = memo_path("weerbaar-vergelijking")
    comparison_memo(results, situation=situation, like=like or "").save(path)
    return str(path)


CSS = """
.wb-plan-head { margin: 4px 0 10px; }
.wb-plan-part { font-size: .9rem; margin: 8px 0 2px; }
.wb-plan-card ul { margin: 2px 0 6px 18px; padding: 0; font-size: .9rem; line-height: 1.45; }
"""
