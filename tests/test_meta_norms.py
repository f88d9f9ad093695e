"""The zones' texts normalised together (the twenty-eighth round of issue 12): each against
:func:`cleaner.meta.zones._norm` of it alone."""

from __future__ import annotations

import random

# Full-width forms and the comma, a traditional character, icon-font characters, compatibility
# characters NFKC keeps (“ ·) or decomposes (… ① ﬁ ℃), characters NFKC changes that no search
# finds (a Kangxi radical, a compatibility ideograph, a combining accent), every kind of
# whitespace, and the separator the texts are joined with.
_PIECES = ["新闻", "來源", "：", "，", "（", "）", "Ａ", "１", "\u3000", "记者", "張三", "\ue5e5", "\uf8ff", "“", "”",
           "·", "…", "①", "ﬁ", "℃", "\u2f00", "\uf900", "e", "\u0301", " ", "  ", "\t", "\n", "\u2028",
           "\x1c", "\x00", "2024-05-13", "|", "ab"]


def _texts(rng: random.Random) -> tuple[str, ...]:
    return tuple("".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 8)))


def test_texts_normalised_together_are_each_normalised_alone() -> None:
    """On random lists of texts, ``_norms`` gives each text's ``_norm``: a text NFKC would change
    only when another's compatibility character made the joined text normalised whole (⼀ beside
    “ or ①) is folded alone, as is a list of which a text holds the separator; the spaces at a
    text's ends are taken off and an empty text stays empty."""
    from cleaner.meta.zones import _norm, _norms, forget
    rng = random.Random(28)
    whole = 0
    for _ in range(8000):
        texts = _texts(rng)
        forget()
        assert _norms(texts) == tuple(map(_norm, texts)), texts
        whole += any("\u2f00" in t for t in texts) and any("①" in t for t in texts)
    assert whole > 100
    assert _norms(("⼀", "①")) == ("⼀", "1")
    assert _norms((" 来源： 新京报 ", "", "\t")) == ("来源: 新京报", "", "")


def test_the_zones_hold_each_text_as_its_norm() -> None:
    """A page's zones (the meta zone, the leads, the tail and its bylines, the first kept lines, the
    sign-off, the lines above the headline) hold the ``_norm`` of each text they cut (the closing
    credits the text itself), on an HTML page and on a dump (whose lines above the headline are put
    back together first: 來源： / 某某網), a text NFKC changes (⼀) beside one NFKC is asked of (①)
    among them."""
    from cleaner.blocks import Block, Page
    from cleaner.meta.zones import _norm, _zones
    prose = "新京报讯（记者 張三）正文第一段，寫了很多內容。“引文”…①" * 2
    lines = ["來源：", "某某網", "標題在這裡", "2025-08-26 10:32 來源：新京報", "作者：李四", prose, "短句子。",
             prose.replace("張三", "王五"), "（张巨峰）", "⼀ 謝明俊", "責任編輯：趙六", "©２０２４ 某某"]
    for kind in ("html", "text"):
        blocks = tuple(Block(t, k, heading=1 if k == 2 else 0) for k, t in enumerate(lines))
        zones = _zones(Page(blocks=blocks, kind=kind), blocks[5:9], "標題在這裡")
        assert zones.headline == 2
        assert zones.near == (_norm(lines[3]), _norm(lines[4]))
        assert zones.leads == (_norm(prose[:200]), _norm(lines[7][:200]))
        assert zones.early == (_norm(lines[6]), _norm(lines[8]))
        assert zones.tail == tuple(map(_norm, lines[5:]))
        assert zones.tail_lines == tuple(map(_norm, lines[6:7] + lines[8:]))
        assert zones.credits == (prose[-120:], lines[7][-120:], lines[6], lines[8])   # folded when read
        assert zones.kept_early == tuple(map(_norm, lines[5:9]))
        assert zones.signoff == _norm(lines[8])
        assert zones.top_near == ((_norm("來源： 某某網"),) if kind == "text" else (_norm(lines[1]), _norm(lines[0])))
        assert zones.tail[4] == "⼀ 谢明俊"   # not NFKC (一): its text alone holds no character asked of
