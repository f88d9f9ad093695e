"""The cut's walks: the stylesheet writing a block-level element's content by apply-imports (the
built-in rule, no node set) and ``_owners`` asking lxml only for the block-level tags of the
boundaries it reads. Both must give what the plain ways give (apply-templates; every block tag)."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from cleaner import CleanerConfig, cut, dom
from cleaner.patterns import BLOCK_TAGS

_INLINE = ("span", "b", "em", "font", "i")
_BLOCKS = tuple(sorted(BLOCK_TAGS - {"html", "body", "hr"}))


def _tree(rng: random.Random, depth: int = 0) -> str:
    """Random markup: block tags of every kind (rare ones too), inline elements, links holding
    blocks and breaks, classes and ids, text."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.3 or depth > 5:
            parts.append(rng.choice(["甲乙丙", " 丁 ", "戊己。", "\n ", "abc"]))
        elif roll < 0.4:
            parts.append("<br>")
        else:
            tag = rng.choice(("a", *_INLINE, *_BLOCKS, *_BLOCKS))
            attrs = rng.choice(["", ' class="Box x"', ' id="Main"', ' class="c" id="d"', ' style="x"'])
            if tag == "a":
                attrs += ' href="/x"'
            parts.append(f"<{tag}{attrs}>{_tree(rng, depth + 1)}</{tag}>")
    return "".join(parts)


def _bodies(count: int) -> list[str]:
    rng = random.Random(12)
    return [_tree(rng) for _ in range(count)]


@pytest.mark.parametrize("seed", range(3))
def test_the_content_instruction_writes_what_apply_templates_writes(seed: int) -> None:
    base = cut._BASES[0]
    fast = etree.XSLT(etree.XML(cut._stylesheet(base)))
    plain = etree.XSLT(etree.XML(cut._stylesheet(base, cut._APPLY_TEMPLATES)))
    for body in _bodies(60)[seed::3]:
        root = etree.fromstring(f"<html><body>{body}</body></html>", dom._PARSER)
        node = root.find("body")
        assert str(fast(node)) == str(plain(node)), body


def test_owners_read_the_block_elements_of_every_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks (their tags, paths, markers, headings) are those of a walk asking lxml for
    every block-level tag, on pages holding rare tags before common ones and after them."""
    config = CleanerConfig(max_depth=4)

    def blocks(body: str) -> list[tuple[object, ...]]:
        page = dom.parse(f"<html><body>{body}</body></html>", config)
        assert page is not None
        return [(b.text, b.tag, b.path, b.markers, b.heading) for b in page.blocks]

    bodies = _bodies(120)
    fast = [blocks(body) for body in bodies]
    monkeypatch.setattr(cut, "_walked_tags", lambda kinds: cut._BLOCK_ORDER)
    assert fast == [blocks(body) for body in bodies]
    assert sum(len(one) for one in fast) > 500
