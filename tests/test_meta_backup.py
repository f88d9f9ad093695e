"""The check that spares htmldate's second parse (issue 12, the twenty-third round): it says a
page is silent only where htmldate itself finds nothing, and each of its scans is needed."""

from __future__ import annotations

import random
import re

import pytest

htmldate = pytest.importorskip("htmldate")
from htmldate import find_date  # noqa: E402

from cleaner.meta import backup  # noqa: E402
from cleaner.meta.backup import htmldate_silent  # noqa: E402

pytestmark = pytest.mark.skipif(htmldate.__version__ != backup.GATED_VERSION,
                                reason="the check is off for another htmldate")

HEAD = "<html><head><title>河道清淤工程完工</title></head><body><p>今天上午，河道清淤工程完工。</p>"
TAIL = "<p>工程共清理淤泥三万方。</p></body></html>"


def _htmldate(html: str) -> str | None:
    """htmldate as :func:`cleaner.meta.dates._htmldate` asks it."""
    return find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d %H:%M:%S")


# Pages htmldate reads a date in, each through one path, past every scan but the one named.
NEEDED = {
    "_REFERENCE": "<div>&#100;&#97;&#116;e&#58; 20&#49;&#57;/0&#57;/07</div>",
    "_TAG": "<small>07 September 2019</small>",
    "H1_DIGITS": "<h1>07 September 2019</h1>",
    "_values": '<meta name="date" content="07 September 2019">',
    "_HELD": '<div class="time">07 September 2019</div>',
    "_DATED[0]": "<script>var d = '2019-09-07 10:00:00';</script>",
    "_DATED[0] (escape)": '<link rel="next" href="a 19-09-07T10:00:00">',
    "_DATED[1]": "<script>var d = 'on 07.09.2019';</script>",
    "_DATED[2:]": "<div>201<html a=b>9-09-07 10:00:00</div>",
    "_DATED_BEFORE_TAG": "<div>on 07.09.</span>2019</div>",
    "TITLE_DIGITS": "<title>07 September 2019</title>",
    # The dotted dates joined from pieces, with no dashed one (README "### Speed", the
    # thirty-first round, `metacost15`).
    "_DASHED": "<div>201<html a=b>9-09-07 10:00:00</div>",
    "_DOTTED": "<div a on a 07.09.2019 a>x</div>",
    "_FOLDING": "<div>po\u017fted: 07.09.</span>2019</div>",
    "CUE_WORDS": "<div>date: 07.09.</span>2019</div>",
    "_joins (a word)": "<div>da</x>te: 07.09.</span>2019</div>",
    "_joins (on)": "<div>on 07.</x>09.2019</div>",
}


def _without(name: str) -> dict[str, object]:
    """The module's attributes with the scan ``name`` made to find nothing."""
    never = re.compile(rb"(?!)")
    if name == "_REFERENCE":
        return {"_REFERENCE": never}
    if name == "_TAG":
        return {"_TAG": never}
    if name == "H1_DIGITS":
        return {"H1_DIGITS": 99}
    if name == "_values":
        return {"_values": lambda: never}
    if name == "_HELD":
        return {"_HELD": ()}
    if name.startswith("_DATED[0]"):
        return {"_DATED": (never,) + backup._DATED[1:]}
    if name == "_DATED[1]":
        return {"_DATED": backup._DATED[:1] + (never,) + backup._DATED[2:]}
    if name == "_DATED[2:]":
        return {"_DATED": backup._DATED[:2]}
    if name == "_DATED_BEFORE_TAG":
        return {"_DATED_BEFORE_TAG": ()}
    if name == "_DASHED":
        return {"_DASHED": (), "_DASHED_BEFORE_TAG": ()}
    if name == "_DOTTED":
        return {"_DOTTED": never}
    if name == "_FOLDING":
        return {"_FOLDING": ()}
    if name == "CUE_WORDS":
        backup._joins()  # built from the words first: only their search is taken out
        return {"CUE_WORDS": ()}
    if name.startswith("_joins"):
        word, on = backup._joins()
        return {"_joins": lambda: (never, on) if name == "_joins (a word)" else (word, never)}
    return {"TITLE_DIGITS": 99}


@pytest.mark.parametrize("name", sorted(NEEDED))
def test_each_scan_keeps_a_dated_page_from_being_called_silent(name: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = HEAD + NEEDED[name] + TAIL
    assert _htmldate(page) is not None
    assert not htmldate_silent(page)
    for attribute, value in _without(name).items():
        monkeypatch.setattr(backup, attribute, value)
    assert htmldate_silent(page), "the page is caught by another scan: it shows nothing"


def test_a_page_showing_no_date_is_silent_and_htmldate_agrees() -> None:
    quiet = [HEAD + TAIL,
             HEAD + '<div class="Time">x</div><div id="content"><p>联系电话：010-8448 896</p></div>' + TAIL,
             HEAD + "<td>1</td><td>2004</td><p>版权所有 2000-2006 &nbsp;&gt;</p><a href='/a/2005-07/4651.htm'>x</a>" + TAIL,
             HEAD + '<meta name="keywords" content="新闻"><meta http-equiv="Content-Type" content="text/html">' + TAIL]
    for page in quiet:
        assert htmldate_silent(page), page
        assert _htmldate(page) is None, page


# Pieces of dates and of the markup libxml2 or htmldate drops (joining the text on its sides),
# references, escapes, attributes holding cues in either case.
_PIECES = ["20", "19", "2019", "09", "9", "07", "13", "-", "-", ".", "/", ":", " ", "T", "10:00:00", "on ", "date ",
           "September ", "年", "新闻", "&nbsp;", "&gt;", "&ndash;", "&period;", "&#50;", "\n", "\x00", "２", "①", "&sup2;"]
_MARKS = ["</x>", "<b>", "</b>", "<svg>x</svg>", "<label>x</label>", "<script>x</script>", "<style>x</style>", "<!--x-->",
          "<?x?>", "<!DOCTYPE html>", "<html a=b>", "<body c=d>", "<iframe>x</iframe>", "<p>", "</p>", "<td>", "</td>",
          "<a href='", "'>", "<title>", "</title>", "<textarea>", "</textarea>", "<", "</ >"]
_ATTRIBUTES = ['<div class="{}">', "<span id='{}'>", "<p itemprop={}>", '<meta name="{}" content="{}">', '<a href="{}">x</a>']
_WORDS = ["x", "Time", "DATE", "Meta", "post", "og:imag", "2019-09-07", "a 19-09-07T10:00:00", "/2019/09/07/"]


def _page(rng: random.Random) -> str:
    parts = [HEAD] if rng.random() < 0.7 else []
    for _ in range(rng.randint(3, 25)):
        r = rng.random()
        if r < 0.55:
            parts.append(rng.choice(_PIECES))
        elif r < 0.9:
            parts.append(rng.choice(_MARKS))
        else:
            pattern = rng.choice(_ATTRIBUTES)
            parts.append(pattern.format(*(rng.choice(_WORDS + _PIECES) for _ in range(pattern.count("{}")))))
    return "".join(parts)


def test_random_pages_called_silent_are_silent_to_htmldate() -> None:
    rng = random.Random(23)
    silent = 0
    for _ in range(3000):
        page = _page(rng)
        if htmldate_silent(page):
            silent += 1
            assert _htmldate(page) is None, page
    assert silent > 1000  # the check answers on pages of these pieces, not only on plain ones


def test_the_check_is_off_for_another_htmldate(monkeypatch: pytest.MonkeyPatch) -> None:
    page = HEAD + TAIL
    assert htmldate_silent(page)
    monkeypatch.setattr(htmldate, "__version__", "0.0")
    backup._values.cache_clear()
    try:
        assert not htmldate_silent(page)
    finally:
        monkeypatch.undo()
        backup._values.cache_clear()
    assert htmldate_silent(page)


# An <h1> is read as htmldate reads it (its text and title attribute), not taken to hold a date
# by its tag alone (README "### Speed", the thirtieth round, `metacost14`).
_HEADLINE = '<h1 class="title"><a href="/news/201909071234.html" title="河道">河道清淤工程完工</a></h1>'


def test_an_h1_without_the_digits_of_a_date_leaves_the_page_silent() -> None:
    for h1 in (_HEADLINE, "<h1>河道清淤<br/>工程完工</h1>", "<H1 id=t>第3期 河道清淤</H1 >", "<h1>河道</h1><h1>清淤</h1>"):
        page = HEAD + h1 + TAIL
        assert htmldate_silent(page), page
        assert _htmldate(page) is None, page


def test_an_h1_holding_a_date_or_hiding_its_end_is_not_silent() -> None:
    for h1 in ("<h1>07 September 2019</h1>", "<h1 title='07 September 2019'>x</h1>",
               "<h1>07 <span>September</span> 2019</h1>", "<h1><div>x</h1>07 September 2019</div>",
               "<h1><!-- </h1> -->07 September 2019</h1>", "<h1><a title='</h1>'>07 September 2019</a></h1>",
               "<h1><h1>x</h1>07 September 2019</h1>", "<h1>x<script>'</h1>'</script>07 September 2019</h1>",
               "<h1>07 September 2019", "<h1>" + "标题" * 1000 + "</h1>", "<h1>&sup2;</h1>"):
        assert not htmldate_silent(HEAD + h1 + TAIL), h1


_H1_PIECES = ["<h1>", "<h1 title='", "<h1 class=a>", "</h1>", "</h1 >", "<div>", "</div>", "<span>", "</span>",
              "<td>", "</td>", "<!--", "-->", "<script>", "</script>", "<a href='", "'>", '"', "<br/>", "<b>",
              "</b>", "07 ", "September ", "2019", "标题", " ", "<p>", "</p>", "&sup2;", "<title>", "</title>"]


def test_random_pages_with_h1_called_silent_are_silent_to_htmldate() -> None:
    rng = random.Random(30)
    silent = 0
    for _ in range(3000):
        page = HEAD + "".join(rng.choice(_H1_PIECES) for _ in range(rng.randint(2, 14))) + TAIL
        if htmldate_silent(page):
            silent += 1
            assert _htmldate(page) is None, page
    assert silent > 500


# Dotted dates htmldate reads only beside a word of its own (README "### Speed", the thirty-first
# round, `metacost15`): numbered cells touching markup do not send a page there.
def test_numbered_cells_leave_the_page_silent_unless_a_date_word_is_there_or_may_be_joined() -> None:
    for cells in ("<table><tr><td>问题</td><td>1.</td><td>2.</td><td>3.</td></tr></table>",
                  "<ol><li>第1.</li><li>2./</li></ol><p>版本 2.</p><p>1.5</p>",
                  "<p>首页</p><span>12.</span><b>07.</b><i>2019</i>"):
        page = HEAD + cells + TAIL
        assert htmldate_silent(page), cells
        assert _htmldate(page) is None, cells
    for cells in ("<td>1.</td><td>2.</td><script>var updated;</script>", "<td>1.</td><td>2.</td><p>Datum</p>",
                  "<td>1.</td><td>2.</td><p>Sta</b>nd</p>", "<td>1.</td><td>2.</td><p>o<svg>x</svg>n</p>",
                  "<td>on 1.</td><td>2.</td>", "<td>1.</td><td>2.</td><p>g\u00fcncelleme</p>",
                  "<td>1.</td><td>2.</td><p>\u0131</p>", "<td>1.</td><td>2.</td><p>1.2.33</p>",
                  "<td>1.</td><td>2-</td><td>3</td>"):
        assert not htmldate_silent(HEAD + cells + TAIL), cells


_DOT_PIECES = ["07", "7", "09", "2019", "19", "1", ".", ".", "/", "-", ":", " ", "\n", "on", "On ", "o", "n", "da", "te",
               "Date:", "updated", "Datum", "Stand", "sta", "nd", "pos", "ted", "publ", "ished", "last-", "modified",
               "Ver\u00f6ffentlicht am", "g\u00fcncelleme", "yay\u0131mland\u0131", "tarihinde", "'de ", "\u017f",
               "\u0131", "&colon;", "&nbsp;", "新闻", "x", "Version ", "07.09.2019", "7.9.19", "on 07.09.2019"]
_DOT_MARKS = ["</x>", "<b>", "</b>", "<svg>x</svg>", "<label>y</label>", "<iframe>z</iframe>", "<script>", "</script>",
              "<!--x-->", "<?x?>", "<!DOCTYPE html>", "<html a=b>", "<body c=d>", "<p>", "</p>", "<td>", "</td>",
              "<a href='", "'>", "<", "</ >", "<div a ", " a>", "<div ", ">", "/", " a a ", '<span title="', '">',
              "<div id=wm-ipp>w</div>", "<textarea>", "</textarea>", "<map>", "</map>", "<video>", "</video>"]


def test_random_pages_of_dotted_pieces_called_silent_are_silent_to_htmldate() -> None:
    rng = random.Random(31)
    silent = read = 0
    for _ in range(3000):
        page = HEAD + "".join(rng.choice(_DOT_PIECES if rng.random() < 0.6 else _DOT_MARKS)
                              for _ in range(rng.randint(3, 22))) + TAIL
        if htmldate_silent(page):
            silent += 1
            read += not _touching_scans_quiet(page)
            assert _htmldate(page) is None, page
    assert silent > 1000 and read > 30  # pages the dotted dates' words let through are among them


def _touching_scans_quiet(page: str) -> bool:
    folded = page.encode("ascii", "replace").lower().translate(backup._DIGITS)
    return not (any(d.search(folded) for d in backup._DATED)
                or any(d.search(folded[::-1]) for d in backup._DATED_BEFORE_TAG))


# Dates htmldate does not read: in a script's text, with no time of day after them and no dotted
# date beside them (README "### Speed", the thirty-second round, `metacost16`).
_SCRIPT_QUIET = ["<script>//2006-10-23: 读书\nvar a = 1;</script>", '<SCRIPT type=text/javascript>d = "2019-09-07";</SCRIPT>',
                 "<script>var d = '2019-09-</script>07", '<script src="a.js"></script><script>x 19-09-07</script>']
# Dates htmldate reads, each a run the scans find in or around what looks like a script's text.
_SCRIPT_READ = {
    "a date and a time": "<script>var d = '2019-09-07 10:00:00';</script>",
    "a dotted date": "<script>var d = 'on 07.09.2019';</script>",
    "a <textarea>'s text": "<textarea><script>x 2019-09-07</script></textarea>",
    "a <title>'s text": "<title><script>x 2019-09-07</script></title>",
    "after a script's end": "<script>document.write('<script>x');</script>2019-09-07",
    "joined across a script": "2019-09<script>x</script>-07",
    "the text of a script at a second place": "<textarea><script>x 2019-09-07</script></textarea><script>x 2019-09-07</script>",
}


def test_a_date_only_in_a_script_leaves_the_page_silent() -> None:
    for script in _SCRIPT_QUIET:
        page = HEAD + script + TAIL
        assert not _touching_scans_quiet(page), page   # a run the scans find, all the same
        assert htmldate_silent(page), page
        assert _htmldate(page) is None, page


@pytest.mark.parametrize("name", sorted(_SCRIPT_READ))
def test_a_script_date_htmldate_may_read_keeps_the_page_from_being_silent(name: str) -> None:
    page = HEAD + _SCRIPT_READ[name] + TAIL
    assert _htmldate(page) is not None
    assert not htmldate_silent(page)


_SCRIPT_PIECES = ["<script>", "</script>", "<SCRIPT type=text/javascript>", '<script src="a.js">', "<script a='>'>",
                  "</script >", "<!--", "-->", "<textarea>", "</textarea>", "<title>", "</title>", "<p>", "</p>", "<svg>",
                  "</svg>", "document.write('<script>');", "<", ">", "//", "2019-09-07", "2006-10-23", "07.09.2019",
                  " 10:00:00", "T10:00:00", "-", "09", "2019", ".", ":", " ", "\n", "\r\n", "x", "on ", "date ", "'", '"',
                  "&#50;"]


def test_random_pages_of_scripts_called_silent_are_silent_to_htmldate() -> None:
    rng = random.Random(32)
    silent = by_scripts = 0
    for _ in range(3000):
        parts = [rng.choice(_SCRIPT_PIECES) if rng.random() < 0.6 else
                 rng.choice(_SCRIPT_PIECES[:6]) + "".join(rng.choices(_SCRIPT_PIECES[16:], k=rng.randint(1, 5))) + "</script>"
                 for _ in range(rng.randint(2, 12))]
        page = HEAD + "".join(parts) + TAIL
        if htmldate_silent(page):
            silent += 1
            by_scripts += not _touching_scans_quiet(page)
            assert _htmldate(page) is None, page
    assert silent > 500 and by_scripts > 100   # pages whose runs all lie in scripts are among them
