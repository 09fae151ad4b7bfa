"""Optional LLM-judged faithfulness (`weerbaar eval --judge`): an OpenAI-compatible model is asked
whether each answer is supported by its cited passages. A model's opinion, never required.

    judge_rows(rows, settings) -> {"status": "ok", "faithfulness": 0.8, "n": 10, "label": "..."}
"""
from __future__ import annotations

SYSTEM = ("You check answers against their sources. Reply with exactly one word: YES if every factual "
          "claim in the answer is supported by the sources, NO otherwise.")


def _prompt(row: dict) -> list[dict]:
    sources = "\n\n".join(f"[{c['marker']}] ({c['gemeente']}, {c['section']}) {c['text']}" for c in row["citations"])
    return [{"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Sources:\n{sources}\n\nQuestion: {row['question']}\n\n"
                                        f"Answer:\n{row['answer']}\n\nIs every claim supported? YES or NO."}]


def judge_rows(rows: list[dict], settings, generator=None) -> dict:
    """Faithfulness over the non-refused, error-free answers to answerable questions that cite something."""
    from rag.llm import GeneratorError, build_generator

    label = f"LLM-judged (openai-compatible model {settings.openai_model!r} at {settings.openai_base_url})"
    todo = [r for r in rows if r["scores"]["answerable"] and not r["refused"] and not r.get("error")
            and r["citations"] and r["answer"].strip()]
    if not todo:
        return {"status": "nothing to judge", "label": label}
    try:
        generator = generator or build_generator(settings, "openai")
    except (GeneratorError, ValueError) as e:
        return {"status": f"not configured: {e}", "label": label}
    verdicts = {}
    for row in todo:
        try:
            reply = "".join(generator.stream(_prompt(row), max_tokens=4, temperature=0.0))
        except GeneratorError as e:
            return {"status": f"not available: {e}", "label": label}
        verdicts[row["id"]] = reply.strip().upper().startswith("YES")
    return {"status": "ok", "label": label, "n": len(verdicts),
            "faithfulness": sum(verdicts.values()) / len(verdicts), "per_question": verdicts}
