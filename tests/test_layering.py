"""The packages sit on floors: core < ingest < rag < eval < weerbaar < app. A module imports only from
its own floor or below, and no two modules import each other (function-level imports count too)."""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLOORS = {"core": 0, "data": 0, "ingest": 1, "rag": 2, "eval": 3, "weerbaar": 4, "app": 5}


def modules() -> dict[str, Path]:
    out = {}
    for package in FLOORS:
        root = REPO / package
        paths = [REPO / "app.py"] if package == "app" else sorted(root.rglob("*.py"))
        for p in paths:
            name = ".".join(p.relative_to(REPO).with_suffix("").parts)
            out[name.removesuffix(".__init__")] = p
    return out


def imports(path: Path, known: set[str]) -> set[str]:
    """Every project module ``path`` imports, at any depth of the file (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        found |= {n for n in names if n in known}
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {m: imports(p, set(mods)) - {m} for m, p in mods.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle once, as a path that returns to its start (depth-first search).

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": set()})
    [['a', 'b', 'a']]
    """
    state: dict[str, int] = {}
    found: list[list[str]] = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        stack.append(m)
        for n in sorted(edges.get(m, ())):
            if state.get(n) == 1:
                found.append(stack[stack.index(n):] + [n])
            elif n not in state:
                visit(n, stack)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m, [])
    return found


def test_graph_sees_function_level_imports(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("def f():\n    from rag.answer import x\n    import core.text\n", encoding="utf-8")
    assert imports(f, {"rag.answer", "core.text", "core"}) == {"rag.answer", "core.text"}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_cycles():
    assert cycles(graph()) == []


def test_no_import_runs_up_a_floor():
    upward = [(m, n) for m, ns in graph().items() for n in ns
              if FLOORS[n.split(".")[0]] > FLOORS[m.split(".")[0]]]
    assert upward == []


def test_core_is_the_ground_floor():
    g = graph()
    core = {m for m in g if m.startswith("core")}
    assert core >= {"core.types", "core.settings", "core.text", "core.names", "core.embed"}
    assert all(n.startswith(("core", "data")) for m in core for n in g[m])
