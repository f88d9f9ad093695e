"""The cut's owners near ``max_depth`` (README "### Speed", the twenty-ninth round, `cutcost5`):
``_owners`` reads the height of its stack only where it may have reached ``max_depth`` and
must give what reading it at every start gives, on pages whose block elements go past
``max_depth``, come back under it and go past it again."""

from __future__ import annotations

import dis
import random
import sys

import pytest
from lxml import etree

from cleaner import CleanerConfig, cut, dom


def _reference(kinds: list[str], body: etree._Element, max_depth: int) -> list[tuple[object, ...]]:
    """The owners as the cut made them before: the stack's height read at every start."""
    current: tuple[object, ...] = ("body", (), "", 0)
    owners, stack, counter = [current], [], 0
    elements = body.iter(*cut._BLOCK_ORDER)
    for kind in kinds:
        if kind == cut._END:
            current = stack.pop()
        elif kind != cut._BR:
            el = next(elements)
            stack.append(current)
            if len(stack) <= max_depth:
                counter += 1
                tag, heading = cut._OPENED[kind]
                markers = current[2]
                cls, ident = el.get("class"), el.get("id")
                own = " ".join(value for value in (cls, ident) if value).lower().strip()
                if own:
                    markers = f"{markers} {own}"[:cut._MARKERS_CHARS]
                current = (tag, current[1] + (counter,), markers, heading or current[3])
        owners.append(current)
    return owners


def _nest(rng: random.Random, depth: int) -> str:
    """Block elements nested up to ``depth`` deep (headings, classes, ids, breaks), often one
    alone in another (a chain), with text at every level."""
    parts = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.25 or depth == 0:
            parts.append(rng.choice(["甲乙", " 丙 ", "<br>丁", ""]))
        else:
            tag = rng.choice(("div", "div", "p", "li", "section", "h2", "td"))
            attrs = rng.choice(["", ' class="K"', ' id="i"', ' class="a" id="b"'])
            inner = _nest(rng, depth - 1) if roll < 0.9 else ""
            parts.append(f"<{tag}{attrs}>{rng.choice(['', '文'])}{inner}</{tag}>")
    return "".join(parts)


@pytest.mark.parametrize("max_depth", [1, 2, 3, 5, 8])
def test_owners_past_max_depth_are_those_of_the_height_read_at_every_start(
        max_depth: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], etree._Element, list[tuple[object, ...]]]] = []
    owners = cut._owners

    def recorded(kinds: list[str], body: etree._Element, marks: object, depth: int,
                 *rest: object) -> list[tuple[object, ...]]:
        assert depth == max_depth
        made = owners(kinds, body, marks, depth, *rest)  # type: ignore[arg-type]
        calls.append((kinds, body, made))
        return made

    monkeypatch.setattr(cut, "_owners", recorded)
    rng = random.Random(max_depth)
    config = CleanerConfig(max_depth=max_depth)
    for _ in range(60):
        body = "".join(_nest(rng, rng.randint(max_depth, max_depth + 4)) for _ in range(3))
        dom.parse(f"<html><body>{body}</body></html>", config)
    assert len(calls) == 60
    deepest = 0
    for kinds, body, made in calls:
        assert [owner[:4] for owner in made] == _reference(kinds, body, max_depth), kinds
        deepest = max(deepest, max(len(owner[1]) for owner in made))
    assert deepest == max_depth  # the pages reach max_depth (and go past it: see _nest)


def _recorded_owners(monkeypatch: pytest.MonkeyPatch, pages: list[str], config: CleanerConfig
                     ) -> list[tuple[list[str], etree._Element, list[tuple[object, ...]]]]:
    """``_owners``' arguments and answers over ``pages`` cut with ``config``."""
    calls: list[tuple[list[str], etree._Element, list[tuple[object, ...]]]] = []
    owners = cut._owners

    def recorded(kinds: list[str], body: etree._Element, marks: object, depth: int,
                 *rest: object) -> list[tuple[object, ...]]:
        made = owners(kinds, body, marks, depth, *rest)  # type: ignore[arg-type]
        calls.append((kinds, body, made))
        return made

    monkeypatch.setattr(cut, "_owners", recorded)
    for page in pages:
        dom.parse(page, config)
    assert len(calls) == len(pages)
    return calls


@pytest.mark.parametrize("max_depth", [2, 5, 256])
def test_a_container_holds_the_one_its_element_was_opened_in(
        max_depth: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """(README "### Speed", the thirty-first round, `owners4`.) An end makes the owner the
    container its element was opened in, read from the container itself (no stack), and an
    element past ``max_depth`` carries its container's fields with that container in them."""
    rng = random.Random(31 + max_depth)
    pages = ["<html><body>" + "".join(_nest(rng, rng.randint(3, 9)) for _ in range(3)) + "</body></html>"
             for _ in range(40)]
    deep = 0
    for kinds, _, made in _recorded_owners(monkeypatch, pages, CleanerConfig(max_depth=max_depth)):
        assert made[0] == ("body", (), "", 0, None)
        for k, kind in enumerate(kinds):
            before, after = made[k], made[k + 1]
            if kind == cut._END:
                assert after is before[4]
            elif kind == cut._BR:
                assert after is before
            else:
                assert after[4] is before
                if after[1] == before[1]:  # past max_depth: the same container's blocks
                    assert after[:4] == before[:4] and len(before[1]) == max_depth
                    deep += 1
                else:
                    assert after[1][:-1] == before[1]
    assert deep > 0 or max_depth == 256


def test_empty_class_and_id_values_add_no_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A class or id that is there but empty or blank, alone or beside the other, adds what a
    missing one does: nothing of its own (README "### Speed", the thirty-first round, `owners4`)."""
    values = ['', ' class=""', ' id=""', ' class="  "', ' class="" id=""', ' class="" id="Main"',
              ' class="Box" id=""', ' class=" " id=" "', ' class="Box Top" id="Main"']
    rng = random.Random(4)
    pages = []
    for _ in range(30):
        body = "".join(f"<div{rng.choice(values)}>甲<p{rng.choice(values)}>乙<br>丙</p>"
                       f"<ul{rng.choice(values)}><li{rng.choice(values)}>丁</li></ul></div>"
                       for _ in range(4))
        pages.append(f"<html><body>{body}</body></html>")
    markers = set()
    for kinds, body, made in _recorded_owners(monkeypatch, pages, CleanerConfig()):
        assert [owner[:4] for owner in made] == _reference(kinds, body, 256), kinds
        markers.update(owner[2] for owner in made)
    assert "" in markers and " box" in markers and " main" in markers and " box top main" in markers


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the bytecode of CPython 3.11")
def test_the_owners_loop_appends_by_the_lists_method_in_short_jumps() -> None:
    """``_owners`` appends each container by ``owners.append``, which CPython 3.11 specialises
    for a list (a bound ``append`` kept in a local is a call of a builtin), and its loop stays
    within 256 code units, so that neither of its jumps takes an EXTENDED_ARG (README "###
    Speed", the thirty-third round, `ownerscost`)."""
    code = list(dis.get_instructions(cut._owners))
    assert not [op for op in code if op.opname == "EXTENDED_ARG"]
    assert [op.argval for op in code if op.opname == "LOAD_METHOD"].count("append") == 1
    assert not [op for op in code if op.opname == "LOAD_ATTR" and op.argval == "append"]
