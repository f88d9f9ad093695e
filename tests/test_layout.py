"""The house rules that a reader of cleaner/ relies on: no import cycle, no module over 700 lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cleaner"
MAX_LINES = 700
# Modules still over the limit, each waiting for its own split: this list may only shrink.
KNOWN_LONG: set[str] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the cleaner modules it imports, function-level imports included.

    ``from pkg import sub`` counts as importing ``pkg.sub`` when ``sub`` is a module, else as
    importing ``pkg`` itself (its ``__init__``).
    """
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else [])) if node.level \
                    else (node.module or "")
                subs = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in files]
                targets = subs + ([module] if len(subs) < len(node.names) else [])
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_in_the_package() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_batch_and_spark_share_records_and_spark_does_not_import_batch() -> None:
    graph = import_graph()
    assert "cleaner.records" in graph["cleaner.batch"] and "cleaner.records" in graph["cleaner.spark"]
    assert "cleaner.batch" not in graph["cleaner.spark"]


def test_no_module_over_700_lines_but_the_known_ones() -> None:
    long = {p.name for p in PACKAGE.rglob("*.py")
            if len(p.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert long <= KNOWN_LONG


# Modules off clean()'s path (the batch runners and the explain report), where a pattern given
# to ``re``'s functions as a string costs nothing that counts.
OFF_THE_PAGE_PATH = {"cleaner.records", "cleaner.spark", "cleaner.explain"}
_RE_FUNCTIONS = {"search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def module_calls(module: str, functions: set[str]) -> list[tuple[str, ast.Call]]:
    """The calls ``module.function(...)`` of ``functions`` in cleaner/ off OFF_THE_PAGE_PATH,
    each with where it is (module:line)."""
    calls = []
    for path in PACKAGE.rglob("*.py"):
        if module_name(path) in OFF_THE_PAGE_PATH:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in functions and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == module:
                calls.append((f"{module_name(path)}:{node.lineno}", node))
    return calls


def test_the_stages_use_patterns_compiled_once() -> None:
    """No stage hands ``re``'s functions a pattern to compile: ``re`` keeps its compiled patterns
    in a cache of 512 that the patterns a crawl's pages make push out, so such a call compiles
    again and again over a crawl. The patterns are module constants (most in ``patterns.py``)."""
    calls = [f"{where} re.{node.func.attr}" for where, node in module_calls("re", _RE_FUNCTIONS)]  # type: ignore[attr-defined]
    assert not calls, calls


def test_the_split_off_modules_hold_what_their_callers_call() -> None:
    """spread, cycle and sift's cold parts moved to pagepairs, spamorder and posts (README "### Speed",
    the thirty-first round, modsplit2): each caller holds the moved function itself, so a test that
    replaces it in its new module replaces what the caller's module reads from there, and no copy
    stays behind in the old module."""
    from cleaner import body, cycle, spamorder, dumpprose, injection, pagegate, pagepairs, posts, sift, spread
    assert (injection.seams, injection.PairCounts) == (pagepairs.seams, pagepairs.PairCounts)
    assert [getattr(pagegate, f) for f in ("cycling", "unbroken", "follows", "sparse", "alternating",
                                            "words_in_turn", "in_turn")] == [
        spamorder.cycling, spamorder.unbroken, spamorder.follows, spamorder.sparse, spamorder.alternating,
        spamorder.words_in_turn, spamorder.in_turn]
    assert (body.first_post, body.entry_of_headline, body.dated_items, dumpprose.dated_items) == (
        posts.first_post, posts.entry_of_headline, posts.dated_items, posts.dated_items)
    assert not any(hasattr(spread, f) for f in ("seams", "PairCounts"))
    assert not any(hasattr(cycle, f) for f in ("cycling", "unbroken", "follows", "sparse", "in_turn"))
    assert not any(hasattr(sift, f) for f in ("first_post", "entry_of_headline", "dated_items", "is_stamp"))


def test_xpath_and_xslt_compiled_without_exslt_regular_expressions() -> None:
    """Every XPath and stylesheet compiled on clean()'s path leaves out EXSLT's regular
    expressions (``regexp=False``): none of them calls one, and lxml registers and unregisters
    their functions at every evaluation, ~2,500 instructions a call (README "### Speed", the
    thirty-second round, ``fixedcost3``)."""
    calls = module_calls("etree", {"XPath", "XSLT"})
    assert len(calls) >= 9, calls   # dom's six XPaths, cut's two and its stylesheet
    assert [where for where, node in calls if not any(
        k.arg == "regexp" and isinstance(k.value, ast.Constant) and k.value.value is False
        for k in node.keywords)] == []
