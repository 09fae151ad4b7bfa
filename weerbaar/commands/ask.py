"""`weerbaar ask "vraag"`: one answer, streamed, then its numbered sources (or --json)."""
from __future__ import annotations

import sys
from pathlib import Path

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser("ask", help="ask a question; the answer cites its gemeenten")
    p.add_argument("question", help='e.g. "Hoe staat het met Achtkarspelen?"')
    p.add_argument("--llm", choices=["extractive", "local", "ollama", "openai"], help="answer backend (env WEERBAAR_LLM)")
    p.add_argument("--gemeente", action="append", help="only search this gemeente (repeatable; aliases work)")
    p.add_argument("--section", action="append", choices=["beschrijving", "stand van zaken"], help="only this section")
    p.add_argument("--retrieval", choices=["dense", "lexical", "hybrid"], help="retrieval mode (env WEERBAAR_RETRIEVAL)")
    p.add_argument("--top-k", type=int, help="passages given to the answer step")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--docx", metavar="FILE", type=Path,
                   help="also write a Word memo: the question, the answer and its sources as footnotes")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rag.assistant import Assistant, QuestionProblem
    from rag.llm import GeneratorError

    settings = settings_from(args)
    assistant = Assistant(settings)  # a missing index is reported by cli.main

    streamed = ""

    def show_token(piece: str) -> None:
        nonlocal streamed
        streamed += piece
        sys.stdout.write(piece)
        sys.stdout.flush()

    try:
        answer = assistant.ask(args.question, llm=args.llm, gemeenten=args.gemeente, sections=args.section,
                               on_token=None if args.json else show_token)
    except QuestionProblem as e:
        return fail(str(e))
    except GeneratorError as e:
        return fail(f"the {args.llm or settings.llm} backend failed: {e}")
    if answer.model_error:
        print(f"weerbaar: the {answer.backend} model failed ({answer.model_error}); the answer is the quotes alone",
              file=sys.stderr)
    if args.docx:
        from weerbaar.memo import answer_memo

        try:
            answer_memo(answer).save(args.docx)
        except OSError as e:
            return fail(f"cannot write {args.docx}: {e}", 1)
        print(f"memo: {args.docx}", file=sys.stderr)
    if args.json:
        print_json(answer.to_json())
        return 0
    print("\n")
    if answer.refused:
        pass
    elif "".join(answer.text.split()) != "".join(streamed.split()):
        # The streamed text was checked afterwards (markers, unsupported gemeenten): show the result.
        print(f"Gecontroleerd antwoord:\n{answer.text}\n")
    if answer.citations:
        print("Bronnen:")
        for c in answer.citations:
            snippet = " ".join(c.text.split())
            label = f"{c.section}, {c.date}" if c.date else c.section
            print(f"  [{c.marker}] {c.gemeente} — {label}: {snippet[:300]}{'…' if len(snippet) > 300 else ''}")
    t = answer.timings_ms
    print(f"\n({answer.backend}; ophalen {t.get('retrieve', 0):.0f} ms, eerste token {t.get('first_token', 0):.0f} ms, "
          f"totaal {t.get('total', 0):.0f} ms)", file=sys.stderr)
    return 0
