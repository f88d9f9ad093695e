"""The cut's fast paths (the twenty-second round): the marks chosen from the markup of a plain
page and from the text's UTF-8 bytes otherwise, the control characters looked for in those
bytes, a block element's own markers built from its class or id alone, and the length test
skipped when the kept text joined is short. Each must give what the plain ways give."""

from __future__ import annotations

import random

import pytest

from cleaner import CleanerConfig, cut, dom

_PARAGRAPHS = ("新闻发布会今天举行。", "记者从会上获悉，项目已完工。", "下一步将扩大试点范围。")


def _texts(markup: str | bytes, config: CleanerConfig | None = None) -> list[str]:
    page = dom.parse(markup if isinstance(markup, str) else markup.decode("utf-8"),
                     config or CleanerConfig(), markup if isinstance(markup, bytes) else None)
    assert page is not None
    return [block.text for block in page.blocks]


def _page(paragraphs: list[str] | tuple[str, ...], head: str = "") -> str:
    return (f"<html><head>{head}</head><body>"
            + "".join(f"<div><p>{p}</p><br></div>" for p in paragraphs) + "</body></html>")


@pytest.mark.parametrize("offset", range(3))
@pytest.mark.parametrize("taken", range(len(cut._BASES) + 1))
def test_the_marks_pass_over_every_base_whose_marks_the_text_holds(taken: int, offset: int) -> None:
    """One mark (the separator, the link's, the stop) of each of the first ``taken`` bases stands
    in the text: raw, in the UTF-8 bytes or in a str, where the markup is searched; or made by
    character references, where the text's bytes are. With all four taken the marks come from
    beyond them."""
    held = "".join(chr(base + offset) for base in cut._BASES[:taken])
    expected = [f"{held}{p}{held}" for p in _PARAGRAPHS]
    referenced = "".join(f"&#x{ord(char):X};" for char in held)
    for markup in (_page(expected), _page(expected).encode("utf-8")):
        assert _texts(markup) == expected
    by_reference = _page([f"{referenced}{p}{referenced}" for p in _PARAGRAPHS])
    for markup in (by_reference, by_reference.encode("utf-8")):
        assert _texts(markup) == expected


def test_marks_in_the_markup_but_not_the_text_cost_nothing_but_a_later_base() -> None:
    """Marks in a script or an attribute of a plain page are not in its text: any base will do,
    and the blocks are the same."""
    marks = "".join(chr(cut._BASES[0] + offset) for offset in range(3))
    head = f'<script>var icon = "{marks}";</script><meta name="x" content="{marks}">'
    assert _texts(_page(_PARAGRAPHS, head).encode("utf-8")) == list(_PARAGRAPHS)


def test_control_characters_made_by_references_are_looked_for_in_the_text() -> None:
    """A page with a numeric reference has its text's control characters (each of them)
    taken out; one made in an attribute only leaves the text as it is."""
    for code in (*range(0x01, 0x09), *range(0x0E, 0x1C), 0x7F):
        body = [f"新闻&#{code};发布会", f"记者&#x{code:x};获悉"]
        assert _texts(_page(body).encode("utf-8")) == ["新闻发布会", "记者获悉"], code
    assert _texts(_page(_PARAGRAPHS, '<meta name="x" content="&#2;">')) == list(_PARAGRAPHS)


def _reference_markers(chain: list[tuple[str | None, str | None]], max_depth: int) -> str:
    """The markers of a block inside ``chain`` (the body's descendants, outermost first: class
    and id), worked out as the cut did before this round, for the outermost ``max_depth`` block
    elements (the body, a block element too, is the first)."""
    markers = ""
    for cls, ident in chain[:max_depth - 1]:
        if cls or ident:
            own = f"{cls or ''} {ident or ''}".lower().strip()
            if own:
                markers = f"{markers} {own}"[:cut._MARKERS_CHARS]
    return markers


def test_the_markers_are_those_of_class_and_id_joined() -> None:
    """Random chains of nested divs, each with a class, an id, both, neither or empty ones,
    their values padded with spaces, in capitals, ending in a capital sigma, holding the marks
    (the markup then holds them, the text not); chains deeper than ``max_depth`` too (the blocks
    there belong to the container at ``max_depth``)."""
    values = [None, "", " ", "Nav", " MAIN box ", "ΟΔΟΣ", "x\u3000", "Ab Σ", "\ue000Ico", "a\ue001 b"]
    rng = random.Random(22)
    config = CleanerConfig(max_depth=4)
    checked = 0
    for _ in range(300):
        chain = [(rng.choice(values), rng.choice(values)) for _ in range(rng.randint(1, 7))]
        opening = "".join("<div" + (f' class="{c}"' if c is not None else "")
                          + (f' id="{i}"' if i is not None else "") + ">" for c, i in chain)
        markup = f"<html><body>{opening}甲乙丙{'</div>' * len(chain)}<p>丁</p></body></html>"
        page = dom.parse(markup, config, markup.encode("utf-8"))
        assert page is not None
        assert [b.text for b in page.blocks] == ["甲乙丙", "丁"]
        assert page.blocks[0].markers == _reference_markers(chain, config.max_depth), chain
        assert len(page.blocks[0].path) == min(len(chain) + 1, config.max_depth)
        checked += bool(page.blocks[0].markers)
    assert checked > 200


def test_a_block_deeper_than_max_depth_still_ends_the_one_before_it() -> None:
    """Below the body and one div (``max_depth`` 2), the block elements add no container: their
    blocks are the div's, with its markers, and still end the block before them."""
    config = CleanerConfig(max_depth=2)
    markup = ('<html><body><div class="a"><div class="b">甲<div class="c">乙<p id="d">丙</p>'
              "丁</div></div></div></body></html>")
    page = dom.parse(markup, config)
    assert page is not None
    assert [(b.text, b.markers, len(b.path)) for b in page.blocks] == [
        ("甲", " a", 2), ("乙", " a", 2), ("丙", " a", 2), ("丁", " a", 2)]


def test_the_length_test_is_skipped_only_when_no_segment_can_be_too_long() -> None:
    """Kept text longer than max_block_chars in all but no segment over it: the blocks as they
    are; one segment over it: cut into pieces."""
    config = CleanerConfig(max_block_chars=50)
    short = ["甲" * 40, "乙" * 40, "丙" * 40]
    assert _texts(_page(short), config) == short
    assert _texts(_page(["丁" * 120]), config) == ["丁" * 50, "丁" * 50, "丁" * 20]
    assert _texts(_page([*short, "戊" * 51]), config) == [*short, "戊" * 50, "戊"]


@pytest.mark.parametrize("markup", ["<html><body><p>甲</p>乙丙</body></html>",
                                    "<html><body><div>甲<p>乙</p>丙丁</div> 戊己 </body></html>",
                                    "甲<p>乙</p>丙丁"])
def test_the_text_after_the_last_block_element_is_kept_whole(markup: str) -> None:
    """The stream keeps the body's own end (no copy of it made to take it off): the text before
    it is the last block, whole, and nothing follows."""
    expected = {"<html><body><p>甲</p>乙丙</body></html>": ["甲", "乙丙"],
                "<html><body><div>甲<p>乙</p>丙丁</div> 戊己 </body></html>": ["甲", "乙", "丙丁", "戊己"],
                "甲<p>乙</p>丙丁": ["甲", "乙", "丙丁"]}[markup]
    assert _texts(markup) == expected
    assert _texts(markup.encode("utf-8")) == expected


class _Finds(bytes):
    """Page bytes that record what ``find`` is asked for, and refuse a whole-page ``in``."""

    asked: list[bytes]

    def find(self, needle, *args):  # type: ignore[no-untyped-def, override]
        self.asked.append(needle)
        return super().find(needle, *args)

    def __contains__(self, needle: object) -> bool:
        raise AssertionError("a search of the whole page for a needle")


def _finds(data: bytes) -> _Finds:
    page = _Finds(data)
    page.asked = []
    return page


def test_plain_markup_reads_the_bytes_a_hash_mark_at_a_time() -> None:
    """A page's bytes holding a few ``#`` (colours, anchors) are read by a memchr for each and
    the byte before it, not by a search for ``&#`` over the whole page; a page dense in ``#``
    has the rest searched from the first one not looked at."""
    body = "".join(f'<p style="color:#{i:03d}">新闻发布会今天举行。</p>' for i in range(3))
    sparse = _finds(_page([body]).encode("utf-8") + b" " * 2048)
    assert cut.plain_markup(sparse) and sparse.asked == [b"#"] * 4
    referenced = _finds(sparse.replace(b"#002", b"#002&#33;"))
    assert not cut.plain_markup(referenced) and referenced.asked == [b"#"] * 4
    dense = _finds(b"#" * 600 + b"&#33;")  # one look allowed (600 bytes), then the search
    assert not cut.plain_markup(dense) and dense.asked == [b"#", b"#", b"&#"]


@pytest.mark.parametrize("per_hash", [1, 3, 512])
def test_plain_markup_finds_a_reference_wherever_it_stands(
        per_hash: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random bytes of ``&``, ``#`` and others, a ``#`` at the start or the end among them: no
    numeric reference (``&#``) missed or made up, however many ``#`` are looked at one by one."""
    monkeypatch.setattr(cut, "BYTES_A_HASH", per_hash)
    rng = random.Random(per_hash)
    for _ in range(3000):
        data = bytes(rng.choice(b"&#a\xe6") for _ in range(rng.randrange(0, 60)))
        assert cut.plain_markup(data) == (b"&#" not in data)
        assert cut.plain_markup(data.decode("latin-1")) == (b"&#" not in data)
    assert cut.plain_markup(None) is False
