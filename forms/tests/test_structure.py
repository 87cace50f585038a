"""The register's shape: no import cycles (function-level imports included), models never
import views, no module grows past about 500 lines."""

import ast
from pathlib import Path

import forms

ROOT = Path(forms.__file__).resolve().parent.parent
MAX_LINES = 500


def modules():
    for path in sorted((ROOT / "forms").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts or "tests" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def import_graph():
    known = dict(modules())
    graph = {}
    for name, path in known.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
        graph[name] = {other for other in imported if other in known and other != name}
    return graph


def find_cycle(graph):
    """A list of modules that import each other in a circle, or None."""
    state = {}

    def visit(name, trail):
        state[name] = "open"
        for other in sorted(graph[name]):
            if state.get(other) == "open":
                return trail[trail.index(other) :] + [other]
            if other not in state:
                found = visit(other, trail + [other])
                if found:
                    return found
        state[name] = "done"
        return None

    for name in sorted(graph):
        if name not in state:
            found = visit(name, [name])
            if found:
                return found
    return None


def test_the_checker_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles_in_the_register():
    assert find_cycle(import_graph()) is None


def test_models_never_import_views():
    graph = import_graph()
    for name in ("forms.models", "forms.reports.models"):
        assert not {m for m in graph[name] if ".views" in m or m.endswith("wizard")}


def test_no_module_over_the_size_limit():
    too_long = {
        name: n for name, path in modules() if (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not too_long
