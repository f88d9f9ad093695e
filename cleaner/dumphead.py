"""The headline, the subtitle and the meta line of a plain-text dump (:func:`find_head`).

A dump has no ``<h1>``: its headline is the line that the body and the meta line agree on.
Once :mod:`cleaner.textdump` has found the body's run of prose, :func:`find_head` scores each
headline-like line above it (and near its top) by

- agreement: the character bigrams it shares with the first lines of prose below it;
- a dated line under it (2025-08-26 03:43), more when 来源/作者/发布 words sit beside the date,
  less when a dated line sits right above it (then it is in the gap under another headline);
- a copy of it in the ``<title>`` line a scraper prints at the top of its dump;
- its distance to the prose.

A line is no candidate when it is the name of a work the body quotes (《…》) printed in the
byline block under a headline (a review's book), or a paragraph whose last mark a stray piece
follows (a paragraph stuffed with headline fragments, 。产品架, is no headline over the body),
an item of a list whose bullets are printed on lines of their own (• / 某篇 / •), or a short line
that shares no word with the body between a longer headline sharing one and the date (an
outlet's name, a badge). An official document's title the dump prints in pieces (某委员会 /
关于…及 / …的决议) is one headline, joined by the ``<title>`` line or, with none, by its kind.
A dated line between two headline-like lines puts the lower one in the gap only when the upper
one is longer than a menu's label or on the article's topic: a blog prints its date and read
count over its headline, under the menu's last label. The ``<title>`` line that opens a
scraper's dump yields to the headline it opens with, printed again below.

The line tests it is built on (:mod:`cleaner.dumplines`: ``headline_like``, ``is_meta``,
``nav_like``) are the ones :mod:`cleaner.textdump` judges the gap and the tail with, so both read
a line alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate, compress, islice
from operator import attrgetter, mul

from .blocks import Block, cjk_bigrams, cjk_count
from .dumplines import (MAX_HEADLINE_CHARS, TOP_LINES, _CLAUSE_MARK, _STRAY_PIECE, _headline_words, dated, finished,
                        headline_like, headline_under_meta, in_top_lines, is_meta, nav_like, prose_marked, prose_text, squash, top_lines,
                        year_lines)
from . import patterns
from .patterns import DATE_COMPANION, DATE_LIKE, META_WORDS, ORIGINAL_MARK

__all__ = ["find_head", "next_body_lines", "HEADLINE_REACH", "article_piece"]


#: How many lines above the meta line the headline may be.
HEADLINE_REACH = 3
#: A name (an author's, an account's) has at most this many CJK characters; a byline block
#: under a headline is at most BYLINE_BLOCK lines.
MAX_NAME_CJK = 10
BYLINE_BLOCK = 5
#: A byline line (a name and 作者) is at most this long.
MAX_BYLINE_CHARS = 24
#: A row of this many space-separated labels, this share of them short, is a menu row.
MIN_MENU_TOKENS = 5
MENU_SHORT_SHARE = 0.75
#: How far above the body the headline is looked for.
HEAD_WINDOW = 40
#: Lines of the body whose vocabulary the headline must share.
BODY_LINES = 12
#: The headline's agreement with the body: the bigrams it shares with the body's first lines,
#: over this many (a short menu label cannot agree much, a headline can agree fully).
AGREEING_BIGRAMS = 8
#: A headline candidate agrees at least this much with the body (or is close to it, dated,
#: or the <title>).
MIN_AGREEMENT = 0.25
#: What a dated line below a headline candidate, and its copy in the <title>, add to its score.
META_BONUS = 0.5
TITLE_BONUS = 0.5
#: A headline-like line this close above the body is a candidate even when it agrees with
#: nothing (a photo story's captions share few words with its headline).
NEAR_LINES = 8
#: What each line between a headline candidate and the body takes off its score.
DISTANCE_COST = 0.01
#: How many lines below a headline candidate its date is looked for (a scraper may print
#: the date's pieces on lines of their own).
DATE_LINES = 3
#: A headline may end with ！ or ？ or hold a full stop (先选好行业，最后是估值。…能精确估计吗？):
#: a line of finished prose this short, with at most this many sentence marks, is one when a
#: date sits right below it (or above it) and no paragraph follows it at once.
MAX_PUNCTUATED_CHARS = 50
MAX_HEADLINE_SENTENCES = 2
#: A photo's caption under the headline, before the date, has at most this many characters.
MAX_CAPTION_CHARS = 50
#: A line is a work's name when that name makes up this share (num/den) of its CJK characters.
WORK_SHARE_NUM, WORK_SHARE_DEN = 1, 2
#: The most characters stuffed into a work's quoted name that still let it match the line naming
#: the work (two headline pieces of 2-4 characters).
MAX_SPLICED = 8
#: How many lines above or below a numbered line another number makes it a list's item.
LIST_NEIGHBOURS = 2
#: A column's or channel's name over the headline has at most this many CJK characters.
MAX_LABEL_CJK = 8
#: A paragraph hard-wrapped at a fixed width: lines of at least MIN_WRAP_CHARS characters, as
#: long as WRAP_LINES others within WRAP_WINDOW lines.
MIN_WRAP_CHARS = 20
WRAP_LINES = 2
WRAP_WINDOW = 8
#: A headline over its subtitle shares at least this share (num/den) of its bigrams with the body:
#: a literary one (城楼上的灯笼，照见了游子回家的路) two of its thirteen, another story's sentence
#: in a ticker three or four of its forty.
TOPIC_SHARE_NUM, TOPIC_SHARE_DEN = 1, 8
#: A headline printed in pieces, one a line (a line break inside it), has at most this many.
MAX_PIECES = 3
#: A headline this short (four ideographs: 秋粮入仓, a dish's name) is shorter than a line
#: :func:`~cleaner.dumplines.headline_like` takes: one only by :func:`_short_headline`.
SHORT_HEADLINE_CHARS = 4

_CJK = attrgetter("cjk")
# The name of a work (a book, a film, a product) quoted in prose.
_QUOTED_WORK = re.compile(r"《([^《》]{4,40})》")
_SENTENCE_MARK = re.compile(r"[。！？!?]")
# An item's number run into its text, without the space a bullet has (1.本翻译为初稿, 2、…).
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.、．)）]\s*(?=[\u4e00-\u9fff])")
# A subtitle's opening dash (——当代中国的精神危机): no headline opens so.
_SUBTITLE_DASH = re.compile(r"^\s*(?:——|--|─{2})")
# An official document's title: its issuer, 关于 and its subject, then its kind (某委员会关于…的决议,
# 关于…的通知): a headline printed in pieces ends with the piece that names the kind.
_DOCUMENT_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,30}关于\S{2,}(?:决议|决定|通知|意见|办法|规定|公告|通告|通报|批复|报告|条例|细则"
                             r"|方案|纲要|命令|议案|请示|函)$")
# The issuer of an official document on a line of its own over its title: an organ's name.
_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,30}[会府厅室部局院委署办司处]$")
# A time of day (09:30, 9时30分).
_CLOCK = re.compile(r"\d[:：]\d|\d时")
# A list item's bullet printed on a line of its own.
_LONE_BULLET = re.compile(r"\s*[•·▪◦●○■□◆◇]\s*$")
# Two labelled fields on one line (连载：X 出版社：Y 作者：Z): a meta line, however short.
_FIELDS = re.compile(r"[:：]\s*\S+\s+\S{1,6}[:：]")


def find_head(lines: list[str], blocks: list[Block], body: list[bool],
              run: tuple[int, int], pieces: list[int] | None = None) -> tuple[int, int, int]:
    """Indices of the headline, the subtitle and the meta line (-1 where there is none).

    The body comes first: ``body`` tells, per line, whether it is a paragraph that may open the
    body, and ``run`` is the first paragraph of the best run of prose lines and the run's end
    (:func:`cleaner.textdump.parse` finds both). The headline is
    then the line that the body and the meta line agree on: a headline-like line that shares
    its vocabulary with the prose below it, with a dated line (and 来源/作者/发布 words) between
    it and that prose, printed again in the page's ``<title>`` line at the top of a scraper's
    dump, and close to the prose. It is looked for above the run and inside it, where a
    profile or an announcement (a blog's sidebar) may come before the article; a line right
    below prose is a subhead, a line right below a meta line is in the gap. The meta line is
    the first dated line between the headline and the body; a second headline-like line right
    below the headline, above the meta line, is a subtitle. A headline the dump prints in pieces,
    one a line, that the ``<title>`` line prints whole is its last piece, the others' indices
    appended to ``pieces`` (:func:`_headline_pieces`).
    """
    n = len(lines)
    first, end = run
    if first < 0:
        return -1, -1, -1
    # The next body line from each line on (a Python loop over every line cost more than the
    # rest), down to the line below the run's end, the last one asked (a list item's neighbour):
    # the lines below, most of a dump's, are not walked.
    nexts = next_body_lines(body, end + 1)
    prose: list[int] = []
    vocabularies: dict[int, str] = {}
    texts: dict[int, str] = {}
    prose_lines: dict[int, list[str]] = {}

    def prose_from(start: int) -> list[str]:
        """The prose lines of the body's first lines from ``start`` on (the vocabulary's and the
        opening's: each line asked once)."""
        if start not in prose_lines:
            prose_lines[start] = [lines[i] for i in range(start, min(n, start + BODY_LINES))
                                  if prose_text(lines[i], blocks[i].cjk)]
        return prose_lines[start]

    def vocabulary(start: int) -> str:
        """The prose lines of the body's first lines from ``start`` on, joined by line breaks:
        a bigram of CJK characters is in the text of a line exactly when it is one of the
        line's bigrams, so ``in`` asks the few bigrams of a candidate instead of building a set
        of the body's."""
        if start not in vocabularies:
            vocabularies[start] = "\n".join(prose_from(start))
        return vocabularies[start]

    def opening(start: int) -> str:
        """The prose of the body's first lines from ``start`` on, joined."""
        if start not in texts:
            texts[start] = "".join(prose_from(start))
        return texts[start]

    def mostly_above(i: int) -> bool:
        """Whether the run holds more CJK characters of its body lines above line ``i`` than
        from it on: the body lines' sums from ``first``, by accumulate in C, made when a
        candidate inside the run first asks (a few pages' one or two), over the run alone."""
        if not prose:
            prose.extend(accumulate(map(mul, map(_CJK, blocks[first:end]), body[first:end]), initial=0))
        return prose[i - first] > prose[-1] - prose[i - first]

    agreements: dict[int, float] = {}
    dates: dict[int, bool] = {}   # (:func:`_punctuated_headline`'s, by line)

    def agreement(i: int) -> float:
        """Line ``i``'s agreement with the body below it, kept: the loop, the list items' and
        the byline blocks' tests ask a third of the lines more than once (each bigram a search
        of the body's text)."""
        found = agreements.get(i)
        if found is None:
            text = vocabulary(nexts[i + 1])
            # (Its shared bigrams counted in C, up to the AGREEING_BIGRAMS that make it full.)
            found = agreements[i] = len(list(islice(filter(text.__contains__, cjk_bigrams(lines[i])),
                                                    AGREEING_BIGRAMS))) / AGREEING_BIGRAMS
        return found

    def headed_by_headline(j: int) -> bool:
        """Whether a headline-like line heads line ``j``, longer than a menu's or column's label
        (春季征文活动) or on the article's topic."""
        return any(headline_like(lines[k], blocks[k].cjk)
                   and (blocks[k].cjk > MAX_LABEL_CJK or agreement(k) >= MIN_AGREEMENT)
                   for k in range(max(0, j - HEADLINE_REACH), j))

    top = top_lines(lines)
    best, best_score = -1, 0.0
    spare, spare_score = -1, 0.0
    printed_again: dict[int, float] = {}   # the score of each candidate the <title> line holds
    # Above the window, only the line the page's <title> prints again: a table or a list
    # opening the article may keep its first paragraph far below its headline.
    window = max(0, first - HEAD_WINDOW)
    printed = in_top_lines(lines, top, window)
    # Nor the line over a byline block that ends in a labelled meta line (发布于 2023-06-26):
    # the meta line it heads, not the distance to the prose, places it.
    # (The labelled meta lines down to a byline block's reach below the first paragraph, asked
    # once for both sets: every line above the body is asked.)
    # (Which of those lines are dated meta lines is kept: the dated lines above each candidate
    # are among them, and its window overlaps the next one's.)
    reach = min(n, first + 1 + BYLINE_BLOCK)
    # (Only the lines holding what every dated line holds asked: most lines above the body
    # hold none, and each call cost ~2 k instructions of a line of a few characters.)
    meta = [False] * reach
    years = year_lines(lines[:reach])
    for j in years:
        meta[j] = is_meta(lines[j])
    metas = [j for j in years if meta[j] and META_WORDS.search(lines[j])]
    headed = {i: m for i in _over_labelled_meta(metas, first) if headline_like(lines[i], blocks[i].cjk)
              for m in [_byline_block_meta(lines, i)] if m > 0}
    # Nor the line right under a labelled meta line: a blog prints its date and read count
    # above the headline (2025年04月01日阅读 2315), under the menu's last label.
    under = {m + 1 for m in metas if m < first and not headed_by_headline(m)}
    far = set(printed) | {i for i in set(headed) | under if i < window}
    for i in sorted(far) + list(range(window, end)):
        text = lines[i]
        below_end = nexts[i + 1]
        if below_end >= n or (i > first and (below_end - i > NEAR_LINES or body[i - 1] or (i > 1 and body[i - 2]))):
            continue   # no prose below; inside the run, only a line that heads prose and follows none
            # (of the two lines above it: asked by index, as max() and any() of a slice cost calls)
        # (A line neither of the body nor headline-like is one for want of a full stop only when
        # it holds one: the others are not asked whether they are a headline all the same.)
        # (A line of four ideographs, too short to be headline-like, may be one: :func:`_short_headline`.)
        short = False
        if (body[i] or not headline_like(text, blocks[i].cjk)) and (
                not (body[i] or "。" in text) or not _punctuated_headline(lines, i, body, below_end, dates)) \
                and not (short := len(text) == SHORT_HEADLINE_CHARS == blocks[i].cjk and not body[i]
                         and _short_headline(text, top if i >= TOP_LINES else "", i + 1 < reach and meta[i + 1],
                                             lambda: agreement(i))):
            continue
        if _menu_row(text) or _SUBTITLE_DASH.match(text) or _wrapped(lines, i):
            continue   # a menu; a subtitle (——副题); a piece of a hard-wrapped paragraph
        # (Its agreement asked where a test needs it, the cheap tests first: a third of the
        # candidates are told by the others.)
        in_title = i >= TOP_LINES and squash(text) in top and not _site_title(text, top)
        # The lines under it down to the prose, or past a caption to the date under it.
        below = lines[i + 1:min(max(below_end, _past_caption(lines, body, below_end)), i + 1 + DATE_LINES)]
        # (DATE_LIKE asked only of lines holding a year's 19 or 20, or 民, as :func:`dated` asks:
        # every match holds one, and the pattern's first characters are tried at every digit.)
        joined = "".join(below)
        dated = ("20" in joined or "19" in joined or "民" in joined) and bool(DATE_LIKE.search(joined)) \
            or i in headed
        if dated and i not in headed and DATE_COMPANION.search(joined) and _under_menu(lines, i, len(below), dates):
            dated = False   # a masthead's date bar under the menu below it (a slogan, the site's name)
        labelled = (dated and any(META_WORDS.search(x) for x in below)) or i in headed
        # A dated line just above: the gap under another headline, or the page's own date
        # printed above its headline (a blog's layout) when no date follows and no headline
        # heads it.
        # (Down to the byline block's reach, the lines' answers told by the slice's ``in`` first: most
        # candidates have no dated line above, and the comprehension's frame cost more.)
        above = [j for j in range(max(0, i - HEADLINE_REACH), i) if (meta[j] if j < reach else is_meta(lines[j]))] \
            if i > reach or True in meta[max(0, i - HEADLINE_REACH):i] else []
        # (The headline the page's <title> prints again is no other article's, wherever it is.)
        # (Only a byline, 某某 作者, between that date and it: the page's own byline block
        # over its headline, whatever heads the block.)
        bylined = bool(above) and not dated and i - above[-1] > 1 and all(
            _byline(lines[k]) for k in range(above[-1] + 1, i))
        # (A date bar above, the day and its weekday in the masthead, heads no other article.)
        in_gap = bool(above) and not in_title and not bylined and (
            dated and not all(map(_date_bar, map(lines.__getitem__, above)))
            or any(headed_by_headline(j) for j in above) and not headline_under_meta(
                lines, blocks, i, above, dated, agreement, MIN_AGREEMENT, HEADLINE_REACH))
        labelled = labelled or bylined or (bool(above) and not in_gap and i in under)
        dated = dated or (bool(above) and not in_gap)
        if not in_title and not dated and below_end - i > NEAR_LINES and agreement(i) < MIN_AGREEMENT:
            continue
        if i > first and (not (labelled or in_title)
                          or mostly_above(i)):
            continue   # inside the run, only a headline with its meta line (or in the <title>: a
            # hidden form's copy of the lead, a bs4 dump's, may open the run) over most of the prose
        if not in_title and 0 < i and all(headline_like(lines[j], blocks[j].cjk) and agreement(j) >= MIN_AGREEMENT
                                          for j in (i - 1, i + 1)) or _numbered_item(lines, i) \
                or 0 < i < n - 1 and _LONE_BULLET.match(lines[i - 1]) and _LONE_BULLET.match(lines[i + 1]):
            continue   # an item of a list of headlines on the article's topic (a sidebar), of a
            # numbered list (1.本翻译为初稿… 2.本翻译…), or of one its bullets print apart (• / X / •)
        if _names_a_work(text, opening(below_end)) and _under_headline(
                lines, i, lambda j: float(blocks[j].cjk > MAX_LABEL_CJK)):
            continue   # a book's or a product's name in the byline block of a review of it (under
            # a headline, not a column's name)
        if blocks[i].cjk <= MAX_NAME_CJK and not (short and in_title) and (_under_headline(lines, i, agreement) or (
                i > 0 and patterns.ROLE_LINE.match(lines[i - 1].strip())) or (
                dated and not agreement(i) and _under_headline(lines, i, lambda j: _topical(j, blocks, agreement)))):
            continue   # an author's or account's name in the byline block under the headline,
            # or under its role cut onto a line of its own (本报实习生 / 张三 李四); a short line
            # sharing no word with the body over the date (an outlet's name, a badge: 独家抢先看)
            # under a longer headline that shares one
        # Below a meta line is the gap (a subhead, another article's headline), not the headline.
        score = agreement(i) + META_BONUS * (dated + labelled - in_gap) + TITLE_BONUS * in_title \
            - DISTANCE_COST * (headed.get(i, i if i in under else below_end) - i)
        if in_title:
            printed_again[i] = score
        if _FIELDS.search(text):   # a line of labelled fields (出版社：X 作者：Y): a meta line, the
            if score > spare_score:   # headline only when no other line can be
                spare, spare_score = i, score
        elif score > best_score:
            best, best_score = i, score
    if best < 0:
        best = spare
    if best < 0:
        return -1, -1, -1
    if best == 0:   # a scraper's <title> line, first: the headline it opens with, printed below
        best = max((j for j in printed_again if squash(lines[0]).startswith(squash(lines[j]))),
                   key=printed_again.__getitem__, default=best)
    first = nexts[best + 1]
    subtitle = _dash_subtitle(lines, best)
    if subtitle >= 0:
        best = _over_subtitle(lines, subtitle)   # headline, (a byline,) ——subtitle, a section's head
    else:   # the headline itself, the dash-opened subtitle under it (and its byline)
        subtitle = next((k for k in (best + 1, best + 2) if k < first and _SUBTITLE_DASH.match(lines[k])
                         and _over_subtitle(lines, k) == best), -1)
    if subtitle < 0 and best > 0 and len(lines[best]) > SHORT_HEADLINE_CHARS \
            and headline_like(lines[best - 1], blocks[best - 1].cjk) and agreement(best - 1) >= MIN_AGREEMENT \
            and not is_meta(lines[best - 1]) and not body[best - 1] and not _menu_row(lines[best - 1]) \
            and not _label_over(lines[best - 1], lines[best]) \
            and _mostly_shared(lines[best - 1], vocabulary(nexts[best])):
        best, subtitle = best - 1, best   # headline and subtitle, both on the article's topic
    meta_line = next((j for j in range(best + 1, first) if is_meta(lines[j])), -1)
    if meta_line < 0:   # the date printed above the headline
        meta_line = next((j for j in range(best - 1, max(-1, best - 1 - HEADLINE_REACH), -1)
                          if is_meta(lines[j])), -1)
    if subtitle < 0 and best + 1 < first and headline_like(lines[best + 1]) and meta_line > best + 1 \
            and not patterns.ROLE_LINE.match(lines[best + 1].strip()):   # a byline's role is no subtitle
        subtitle = best + 1
    if pieces is not None:
        start, stop = _headline_pieces(lines, blocks, body, (best, first), top, agreement)
        if stop - start > 1:
            best = stop - 1
            pieces.extend(range(start, best))
            if start <= subtitle < stop:
                subtitle = -1
    return best, subtitle, meta_line


def next_body_lines(body: list[bool], stop: int = -1) -> list[int]:
    """For each line, and one past the last, the first body line from it on (``len(body)`` when
    none follows): each body line's index given to the lines down to it by a slice, a step a
    body line, where ``min`` of each line's and the next one's, accumulated in C, cost a call of
    ~1 k instructions a line. With ``stop`` (0 or more), for the lines down to ``stop`` only:
    the list ends there, and the body lines below it are not walked.

    >>> next_body_lines([False, True, False, False, True, False])
    [1, 1, 4, 4, 4, 6, 6]
    >>> next_body_lines([False, True, False, False, True, False], 2)
    [1, 1, 4]
    """
    n = len(body)
    last = n if stop < 0 else min(n, stop)
    nexts = [n] * (last + 1)
    start = 0
    for i in compress(range(last + 1), body):
        nexts[start:i + 1] = [i] * (i + 1 - start)
        start = i + 1
    if start <= last < n:   # the lines past the last body line down to ``stop``: the first one below
        below = body[last + 1:]
        nexts[start:] = [last + 1 + below.index(True) if True in below else n] * (last + 1 - start)
    return nexts


def _punctuated_headline(lines: list[str], i: int, body: list[bool], below_end: int,
                         dates: dict[int, bool]) -> bool:
    """Whether line ``i``, finished prose or holding a full stop, is a headline all the same:
    short, a sentence or two, headline-like but for its full stop, no paragraph right after
    it, and a date right below it (before the prose) or, when it does not end with 。, right
    above it. ``dates``: the page's lines asked whether they hold a date, by index (the
    candidates' windows overlap: each line asked once)."""
    text = lines[i]
    if len(text) > MAX_PUNCTUATED_CHARS or (i + 1 < len(lines) and body[i + 1]) \
            or len(_SENTENCE_MARK.findall(text)) > MAX_HEADLINE_SENTENCES:   # (the regex last)
        return False
    # (The dates first: most such lines have none near (49 of 801 a pass), and the headline test
    # of the text with its full stops made commas reads a text no stage asked, its word tests
    # made anew.)
    for j in range(i + 1, min(below_end, i + 1 + DATE_LINES)):
        if _dated_line(lines, j, dates) and not _CLAUSE_MARK.search(lines[j]):
            # a meta line (a date opening a sentence, 2015年12月21日，…, is none)
            return headline_like(text.replace("。", "，"))
        if headline_like(lines[j]):
            break   # the date below is that line's (a notice above a headline)
    # A date above it: only for a line that does not end as a paragraph does (。, or 。 and a
    # stray piece stuffed after it), since the opening paragraph also sits right below a meta line.
    if text.endswith("。") or _STRAY_PIECE.search(text):
        return False
    for j in range(max(0, i - HEADLINE_REACH), i):
        if _dated_line(lines, j, dates):
            return headline_like(text.replace("。", "，"))
    return False


def _dated_line(lines: list[str], j: int, dates: dict[int, bool]) -> bool:
    """:func:`dated` of line ``j``, kept in ``dates``."""
    found = dates.get(j)
    if found is None:
        found = dates[j] = dated(lines[j])
    return found


def _headline_pieces(lines: list[str], blocks: list[Block], body: list[bool], head: tuple[int, int], top: str,
                     agreement: Callable[[int], float]) -> tuple[int, int]:
    """The lines ``start:stop`` of a headline the dump prints in pieces (a line break inside the
    page's headline: an official document's title over two or three lines, 某委员会 / 关于…及 /
    调整…的决议), from ``head``'s headline down to its first body line: the headline-like lines
    on the article's topic next to it, neither prose nor meta lines, that make with it a text the
    ``<title>`` line (``top``) prints whole, at most :data:`MAX_PIECES` of them and
    :data:`~cleaner.dumplines.MAX_HEADLINE_CHARS` long. A subtitle opened by a dash (——副题) is
    no piece, though the ``<title>`` prints it right after the headline."""
    best, first = head

    def piece(k: int) -> bool:
        return TOP_LINES <= k < first and not body[k] and headline_like(lines[k], blocks[k].cjk) \
            and not is_meta(lines[k]) and not _SUBTITLE_DASH.match(lines[k]) and agreement(k) >= MIN_AGREEMENT

    start, stop = best, best + 1
    joined = squash(lines[best])
    while top and stop - start < MAX_PIECES:
        if piece(start - 1) and (longer := squash(lines[start - 1]) + joined) in top:
            start -= 1
        elif piece(stop) and (longer := joined + squash(lines[stop])) in top:
            stop += 1
        else:
            break
        if len(longer) > MAX_HEADLINE_CHARS:
            return best, best + 1
        joined = longer
    return _document_pieces(lines, best, first, piece) if stop - start == 1 else (start, stop)


def _document_pieces(lines: list[str], best: int, first: int, piece: Callable[[int], bool]) -> tuple[int, int]:
    """The lines ``start:stop`` of an official document's title printed in pieces with no
    ``<title>`` line to join them by (a DOM walk's dump): from the headline ``best`` down to the
    piece that names the document's kind (…的决议, …的通知), and its issuer's line above it when
    the headline opens with 关于 (某委员会 / 关于…及 / 调整…的决议); ``piece`` tells a line that
    may be one. ``(best, best + 1)`` when the pieces make no such title."""
    joined, stop = squash(lines[best]), best + 1
    while not _DOCUMENT_TITLE.match(joined):
        if stop - best >= MAX_PIECES or stop >= first or not piece(stop) \
                or len(joined := joined + squash(lines[stop])) > MAX_HEADLINE_CHARS:
            return best, best + 1
        stop += 1
    issuer = squash(lines[best - 1]) if best > 0 and joined.startswith("关于") else ""
    if issuer and stop - best < MAX_PIECES and _ISSUER.match(issuer) and piece(best - 1) \
            and len(issuer) + len(joined) <= MAX_HEADLINE_CHARS:
        return best - 1, stop
    return best, stop


def _past_caption(lines: list[str], body: list[bool], j: int) -> int:
    """Where the prose resumes after line ``j`` when ``j`` is a photo's caption under the
    headline (a short line of prose followed by none: 房子位在萬大路一帶。（圖翻攝自…）)."""
    if j + 1 < len(lines) and len(lines[j]) <= MAX_CAPTION_CHARS and not body[j + 1]:
        return j + 2
    return j


def _dash_subtitle(lines: list[str], best: int) -> int:
    """The subtitle opened by a dash (——副题) right above line ``best``, with a headline over it
    (a byline may sit between them: 标题 / 张三 / ——副题): ``best`` is then a section's head
    under them, or a paragraph's first line. -1 when there is none."""
    dash = best - 1
    if dash > 0 and _SUBTITLE_DASH.match(lines[dash]) and _over_subtitle(lines, dash) >= 0:
        return dash
    return -1


def _over_subtitle(lines: list[str], dash: int) -> int:
    """The headline over the dash-opened subtitle at line ``dash``: the headline-like line right
    above it, or above the short name line above it; -1 when there is none."""
    for k in range(dash - 1, max(-1, dash - 3), -1):
        if headline_like(lines[k]):
            return k
        if cjk_count(lines[k]) > MAX_NAME_CJK or len(lines[k]) > MAX_BYLINE_CHARS:
            return -1
    return -1


def _short_headline(text: str, top: str, meta_below: bool, agreement: Callable[[], float]) -> bool:
    """Whether a line of :data:`SHORT_HEADLINE_CHARS` ideographs, too short for
    :func:`~cleaner.dumplines.headline_like`, may be the headline all the same: no chrome's word
    or boilerplate, and either a ``<title>`` line at the top (``top``) opens with it (酥焖带鱼 under
    酥焖带鱼的做法_菜谱_某某网) or a labelled meta line follows it (``meta_below``) and it shares
    a word with the body (``agreement``): a menu's label does neither."""
    if not (top and ("\n" + top).find("\n" + text) >= 0 or meta_below and agreement() > 0):
        return False
    return _headline_words(text)


def _site_title(text: str, top: str) -> bool:
    """Whether line ``text`` is a whole line of the top (``top``) that names a site (澜州新闻网
    over its logo, a ``<title>`` of the site's name alone): its copy there makes no headline."""
    return len(text) <= MAX_SITE_CHARS and bool(patterns.SITE_NAME.search(text)) and squash(text) in top.split("\n")


#: A site's name (a <title> of it alone) is at most this long.
MAX_SITE_CHARS = 12


def _wrapped(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a piece of a paragraph that the page hard-wraps at a fixed width (a
    ``<pre>`` notice, a plain-text post): cut off after a comma (no headline ends with one), or
    with a clause mark inside and as wide as the other pieces (:func:`_as_wide`)."""
    text = lines[i]
    if text.endswith(("，", "、")):
        return True
    return prose_marked(text) and _as_wide(lines, i)


def _as_wide(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is unfinished, at least :data:`MIN_WRAP_CHARS` long and exactly as long
    as :data:`WRAP_LINES` lines of prose within :data:`WRAP_WINDOW` lines of it (the other pieces
    of a paragraph hard-wrapped at that width)."""
    text = lines[i]
    width = len(text)
    if width < MIN_WRAP_CHARS or finished(text):
        return False
    window = lines[max(0, i - WRAP_WINDOW):i] + lines[i + 1:i + 1 + WRAP_WINDOW]
    # (The other pieces: as wide, other text (not the headline printed twice), clauses of prose.)
    return sum(len(line) == width and line != text and prose_marked(line)
               for line in window) >= WRAP_LINES


def article_piece(lines: list[str], i: int, first: int) -> bool:
    """Whether line ``i``, above the body's first paragraph ``first``, is a piece of the article
    however headline-like: a piece of a hard-wrapped paragraph (as wide as the pieces around it,
    :func:`_as_wide`; it needs no mark of its own, 主旨：…), or an item of a numbered list that
    runs on into the body (1.… / 2.… / 3.…, its items a line or two apart down to ``first`` or
    past it). A line cut short (…, ...) is a teaser of another article, however wide: a list's
    teasers are cut at one width."""
    if "…" not in lines[i] and "..." not in lines[i] and _as_wide(lines, i):
        return True
    at = i
    while at < first:
        if not _NUMBERED.match(lines[at]):
            return False
        at = next((j for j in range(at + 1, min(len(lines), at + 1 + LIST_NEIGHBOURS))
                   if _NUMBERED.match(lines[j])), len(lines))
    return at < len(lines) and at > i


def _numbered_item(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is an item of a numbered list (1.… over 2.…): numbered, with another
    number a line or two above or below it."""
    number = _NUMBERED.match(lines[i])
    return bool(number) and any(
        (other := _NUMBERED.match(lines[j])) is not None and other.group(1) != number.group(1)
        for j in range(max(0, i - LIST_NEIGHBOURS), min(len(lines), i + 1 + LIST_NEIGHBOURS)))


def _names_a_work(text: str, prose: str) -> bool:
    """Whether a line is mostly the name of a work that the prose below quotes (《…》) without
    the line bracketing it: a book's, a film's or a product's name that a review prints by its
    byline (a link to the work), not the review's headline."""
    squashed = squash(text)
    for name in _QUOTED_WORK.findall(prose):
        name = _unspliced(squash(name), squashed)
        if name in squashed and "《" + name not in squashed \
                and cjk_count(name) * WORK_SHARE_DEN >= cjk_count(squashed) * WORK_SHARE_NUM:
            return True
    return False


def _unspliced(quoted: str, line: str) -> str:
    """``line`` when ``quoted`` is the line with at most :data:`MAX_SPLICED` characters more
    spread through it (pieces spam stuffed into the quote: 《…来自对为你世界成功的恐惧》 against
    the line …来自对世界的恐惧), ``quoted`` as it is otherwise."""
    if not 0 < len(quoted) - len(line) <= MAX_SPLICED:
        return quoted
    rest = iter(quoted)
    return line if all(char in rest for char in line) else quoted


def _date_bar(text: str) -> bool:
    """Whether a dated line is a masthead's date bar (2024年6月20日 星期四, 农历五月十五): the day
    and its weekday or lunar date, no time of day, no 来源/作者/发布 word."""
    return bool(DATE_COMPANION.search(text)) and not _CLOCK.search(text) and not META_WORDS.search(text)


def _under_menu(lines: list[str], i: int, reach: int, dates: dict[int, bool]) -> bool:
    """Whether the dated lines of the ``reach`` lines under line ``i`` are date bars
    (:func:`_date_bar`) under a row of the menu (首页 新闻 本地 …) below line ``i``: the masthead's
    date, no date of the line's. ``dates``: :func:`_dated_line`'s answers."""
    stamped = [j for j in range(i + 1, i + 1 + reach) if _dated_line(lines, j, dates)]
    return bool(stamped) and all(_date_bar(lines[j]) for j in stamped) and any(map(nav_like, lines[i + 1:stamped[0]]))


def _mostly_shared(text: str, vocabulary: str) -> bool:
    """Whether at least :data:`TOPIC_SHARE_NUM`/:data:`TOPIC_SHARE_DEN` of the bigrams of
    ``text`` are in the body's ``vocabulary``: a headline over its subtitle is about the article,
    however few of its words it takes from it, where another article's headline over it (a
    ticker's long item, 澜州市召开…大会，部署…，要求…) shares a place's name or a word or two by
    chance, however long it is."""
    bigrams = cjk_bigrams(text)
    return sum(map(vocabulary.__contains__, bigrams)) * TOPIC_SHARE_DEN >= len(bigrams) * TOPIC_SHARE_NUM


def _label_over(above: str, headline: str) -> bool:
    """Whether the line above a headline is a label of it, not a headline over a subtitle:
    the headline again with a channel's name before it (财经风云--标题), or a column's or
    channel's short name (反垄断关注, 产品库 工具导航) over a longer headline."""
    above, headline = squash(above), squash(headline)
    return headline in above or (cjk_count(above) <= MAX_LABEL_CJK and len(above) < len(headline) / 2)


def _under_headline(lines: list[str], i: int, agreement: Callable[[int], float]) -> bool:
    """Whether line ``i`` sits in the byline block under a headline: a headline-like line on the
    article's topic a few lines above, with only short lines (原创, a name) between."""
    for j in range(i - 1, max(-1, i - 1 - BYLINE_BLOCK), -1):
        if headline_like(lines[j]) and agreement(j) >= MIN_AGREEMENT:
            return squash(lines[j]) != squash(lines[i])   # not the headline listed again
        if len(lines[j]) > MAX_NAME_CJK:
            return False
    return False


def _over_labelled_meta(metas: list[int], first: int) -> list[int]:
    """The lines above ``first`` that have a labelled meta line (``metas``: those down to
    ``first + BYLINE_BLOCK``) close enough below them to close their byline block
    (:func:`_byline_block_meta` finds none for any other line): the few dated lines are found
    first, instead of asking every line whether it is a headline."""
    return sorted({i for j in metas for i in range(max(0, j - 1 - BYLINE_BLOCK), min(j, first))})


def _byline_block_meta(lines: list[str], i: int) -> int:
    """The labelled meta line (发布于 2023-06-26 15:25, 来源：…) closing a block of short
    byline lines (a name, a badge, a counter) right under line ``i``; -1 without one."""
    for j in range(i + 1, min(len(lines), i + 2 + BYLINE_BLOCK)):
        if is_meta(lines[j]) and META_WORDS.search(lines[j]):
            return j
        if len(lines[j]) > MAX_BYLINE_CHARS:
            return -1
    return -1


def _byline(text: str) -> bool:
    """A byline line of a byline block: a short name with 作者/编辑… (Derek 作者) or an
    account's origin mark (某某技术团队 原创)."""
    return cjk_count(text) <= MAX_NAME_CJK and len(text) <= MAX_BYLINE_CHARS \
        and bool(META_WORDS.search(text) or ORIGINAL_MARK.match(text))


def _menu_row(text: str) -> bool:
    """A long row of menu labels, a longer one or two among them (一周大事電子報): no headline."""
    tokens = text.split()
    if len(tokens) < MIN_MENU_TOKENS:
        return False   # (most lines: told before the tokens' lengths and the regex)
    if all(len(t) == 1 for t in tokens) or _CLAUSE_MARK.search(text):
        return False   # spaced out character by character, or a phrase with a comma
    return sum(len(t) <= 6 for t in tokens) >= MENU_SHORT_SHARE * len(tokens)




def _topical(j: int, blocks: list[Block], agreement: Callable[[int], float]) -> float:
    """:data:`MIN_AGREEMENT` when line ``j`` is longer than a column's label and shares a word
    with the body (a headline whose body opens with captions shares few), 0 otherwise."""
    return MIN_AGREEMENT if blocks[j].cjk > MAX_LABEL_CJK and agreement(j) > 0 else 0.0
