"""The shape of the app: no import cycle inside training (imports inside functions count too),
and no module grows past about 500 lines."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent
PACKAGE = APP.name
MAX_LINES = 500


def module_name(path):
    parts = [PACKAGE, *path.relative_to(APP).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules():
    """{module name: path} of the app's code, tests and migrations left out."""
    modules = {}
    for path in APP.rglob("*.py"):
        parts = path.relative_to(APP).parts
        if parts[0] in ("tests", "migrations"):
            continue
        modules[module_name(path)] = path
    return modules


def imported_modules(path, name, known):
    """The app's modules that `path` imports anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from package import submodule` imports the submodule too.
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(target for target in targets if target in known)
    found.discard(name)
    return found


def import_graph():
    modules = source_modules()
    return {name: imported_modules(path, name, modules) for name, path in modules.items()}


def find_cycles(graph):
    """Every strongly connected group of more than one module (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_checker_finds_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_inside_training():
    assert find_cycles(import_graph()) == []


def test_page_models_do_not_import_views():
    graph = import_graph()
    for name, imports in graph.items():
        if name.startswith(f"{PACKAGE}.models"):
            assert not {f"{PACKAGE}.views", f"{PACKAGE}.forms"} & imports, name


def test_no_module_is_too_long():
    long = {
        str(path.relative_to(APP)): lines
        for path in APP.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long


PROJECT_PACKAGES = {"portal", "handbook", "training", "forms", "search"}


def test_migrations_import_no_application_code():
    """Classes of the apps may move; a migration that imported one would break then."""
    for path in (APP / "migrations").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not {name.split(".")[0] for name in names} & PROJECT_PACKAGES, path.name
