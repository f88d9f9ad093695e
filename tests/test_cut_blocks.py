"""The cut's blocks of the usual page (no more segments than ``max_blocks``, none longer than
``max_block_chars``), made one a segment without the bounds' tests, are those the bounded loop
makes."""

from __future__ import annotations

import random

import pytest

from cleaner import CleanerConfig, cut, dom

_CONFIG = CleanerConfig(max_block_chars=400)
#: A last paragraph longer than max_block_chars: the page then takes the bounded loop, and the
#: blocks before it are the same.
_LONG_TAIL = "<p>" + "长" * 500 + "</p>"


def _body(rng: random.Random) -> str:
    """Random short paragraphs, list items and cells, some with links whose text has runs of
    spaces (counted as they are, where the block's are collapsed: the link characters are
    then bounded by the block's length), classes, headings and breaks."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        tag = rng.choice(["p", "li", "td", "h2", "div"])
        attrs = rng.choice(["", ' class="nav"', ' id="main"'])
        words = []
        for _ in range(rng.randint(1, 5)):
            word = rng.choice(["甲乙", "丙丁。", " 戊 ", "己，庚", "<br>", "x  y"])
            if rng.random() < 0.4:
                word = f'<a href="/{rng.randint(0, 9)}">{word}{" " * rng.randint(0, 4)}辛</a>'
            words.append(word)
        parts.append(f"<{tag}{attrs}>{''.join(words)}</{tag}>")
    return "".join(parts)


def test_the_usual_page_gets_the_blocks_of_the_bounded_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    bounded_calls = []
    bounded = cut._bounded_blocks

    def counted(*args: object) -> object:
        bounded_calls.append(1)
        return bounded(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cut, "_bounded_blocks", counted)
    rng = random.Random(21)
    clamped = 0
    for _ in range(150):
        body = _body(rng)
        usual = dom.parse(f"<html><body>{body}</body></html>", _CONFIG)
        assert usual is not None and not bounded_calls
        long = dom.parse(f"<html><body>{body}{_LONG_TAIL}</body></html>", _CONFIG)
        assert long is not None and bounded_calls.pop() and not bounded_calls
        assert usual.blocks == long.blocks[:len(usual.blocks)]
        assert [b.text for b in long.blocks[len(usual.blocks):]] == ["长" * 400, "长" * 100]
        assert [b.position for b in usual.blocks] == list(range(len(usual.blocks)))
        clamped += sum(b.link_chars == len(b.text) for b in usual.blocks)
    assert clamped > 20


def test_the_usual_page_makes_its_blocks_without_a_call_a_block(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual page's blocks are made in one loop (``blocks.contained_blocks``), not by a call
    of ``Block.measured`` a block: frozen Blocks equal to those it makes from the same fields,
    each placed and measured as the bounded loop places and measures it."""
    from dataclasses import FrozenInstanceError

    from cleaner.blocks import Block

    calls = []
    measured = Block.measured

    def counted(*args: object) -> Block:
        calls.append(args)
        return measured(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(Block, "measured", counted)
    rng = random.Random(24)
    for _ in range(60):
        body = _body(rng)
        usual = dom.parse(f"<html><body>{body}</body></html>", _CONFIG)
        assert usual is not None and usual.blocks and not calls
        for block in usual.blocks:
            assert type(block) is Block
            again = measured(block.text, block.position, block.tag, block.path, block.link_chars,
                             block.markers, block.heading, block.cjk, block.punct)
            assert block == again and hash(block) == hash(again)
            assert block == Block(block.text, block.position, block.tag, block.path,
                                  block.link_chars, block.markers, block.heading)
            with pytest.raises(FrozenInstanceError):
                block.text = ""  # type: ignore[misc]
        long = dom.parse(f"<html><body>{body}{_LONG_TAIL}</body></html>", _CONFIG)
        assert long is not None and len(calls) == len(usual.blocks)
        calls.clear()


def test_segments_past_the_shared_numbers_are_numbered_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's segments are numbered from a table made once (``cut._SEGMENT_NUMBERS``), a page
    of more segments than it holds by numbers of its own: with the table cut short, pages on
    either side of its length get the same blocks as with the whole table."""
    rng = random.Random(4096)
    pages = [f"<html><body>{_body(rng)}</body></html>" for _ in range(80)]
    whole = [dom.parse(page, _CONFIG) for page in pages]
    monkeypatch.setattr(cut, "_SEGMENT_NUMBERS", tuple(range(12)))
    short = [dom.parse(page, _CONFIG) for page in pages]
    assert all(page is not None for page in short)
    assert [page.blocks for page in short] == [page.blocks for page in whole]  # type: ignore[union-attr]
    assert sum(len(page.blocks) > 12 for page in whole) > 10  # type: ignore[union-attr]


def test_the_split_is_let_go_before_the_containers_and_blocks_are_made(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The stream's split (its segments and kinds in turn) and its stripped segments are let go
    before ``_owners`` and ``_blocks`` make their tracked objects (a young collection of the
    cyclic GC walks every list made since the last one): neither the cut nor the two hold a
    list of the blank segments, only the kept texts (and the kinds, for ``_owners``), and the
    blocks are the same."""
    import sys

    seen: list[str] = []

    def blank_lists(names: dict[str, object]) -> list[str]:
        return [name for name, value in names.items() if isinstance(value, (list, tuple))
                and any(isinstance(item, str) and not item.strip() for item in value)]

    def watching(name: str, real: object) -> object:
        def call(*args: object) -> object:
            held = blank_lists(sys._getframe(1).f_locals)
            held += blank_lists({f"{name} argument {n}": arg for n, arg in enumerate(args)})
            seen.extend(held or [f"{name}: none"])
            return real(*args)  # type: ignore[operator]
        return call

    rng = random.Random(7)
    pages = ["<html><body><div>\n<p>甲乙</p>\n  <p> 丙丁 </p>\n</div></body></html>",
             *(f"<html><body>{_body(rng)}\n<div> </div>\n</body></html>" for _ in range(30))]
    before = [dom.parse(page, _CONFIG) for page in pages]
    monkeypatch.setattr(cut, "_owners", watching("_owners", cut._owners))
    monkeypatch.setattr(cut, "_blocks", watching("_blocks", cut._blocks))
    after = [dom.parse(page, _CONFIG) for page in pages]
    assert [page.blocks for page in after] == [page.blocks for page in before]  # type: ignore[union-attr]
    assert set(seen) == {"_owners: none", "_blocks: none"}
    assert len(seen) == 2 * len(pages)
