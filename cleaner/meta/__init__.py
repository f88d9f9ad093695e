"""Metadata: title, published, source, original source, authors, editor.

The title (:func:`find_title`) is the heading that the ``<title>`` agrees with (not one
printing the site-name part of the ``<title>``: the logo; an h1 inside a ``<title>`` that holds
the opening of a post, ``作者: 正文…``, however short beside it), else a line right above a
dated meta line that holds the ``<title>``'s headline and more (a ``<title>`` that cut it
short; a bracketed section tag is no more), else a line that the ``<title>`` contains, else — when the ``<title>``
is only the site's name (in simplified or traditional characters), when the page never prints
it (a slogan), and on plain-text dumps — the line right above the dated meta line (but on an HTML
page with two paragraphs of prose above that line, a meta line closing the article, the line right
above the first paragraph of prose), else the ``<title>`` without its site suffix (but no title
when every part of it looks like a site's name, 显示 or 1 as much as 某某网, or when it is a
channel's name: a bracketed tag alone, an item of the page's breadcrumb before its last, a
``<title>`` that is a path ending in one), else the first h1, else the line of the few above the
first paragraphs of prose that shares two of their words (a headline no date follows; it also
outranks an h1 far above it that shares fewer: a sidebar's). A numbered list item (一、) or a
row of items set apart by bars is no headline; private-use characters are no part of a title. The
``<title>``'s headline part is its longest part that names no site, but a shorter part the page's
first-rank heading prints when the longest is printed nowhere as a line (a byline and a row of
share buttons a template put after the site's name).

Everything else (:func:`find_meta`) is read from a few zones around the article, nearest first:

- *meta zone*: the blocks between the headline and the first paragraph of prose, where
  ``2025-08-26 10:32 来源：新京报 作者：张三`` sits;
- *lead*: the start of the first paragraph, where the dateline is
  (``新华社北京8月26日电（记者 张三）``);
- *tail*: the last paragraphs and the few blocks after them (``责任编辑：李四``,
  ``本文来源：X``, ``新京报记者 张三``, a closing ``（张三 李四）``; on a text dump a line of one
  character, a button or a count ``get_text`` prints apart, ``赞`` / ``0``, not counted);
- *top*: the blocks above the headline; and the page head (``<meta>`` tags).

The cascade of each field, the first hit winning (``Meta.provenance`` records which):

- published: a date in the meta zone (but a ``<meta>`` or script date over a relative one, ``4
  小时前``, which reads the clock at capture; the published date over an update's, ``更新时间：B
  发布时间：A`` or a line ``修改于 B`` over ``发布于 A``, wherever the cascade reads one; a stated
  published date, ``<meta>``, script or marked-up, no later than it over a meta zone printing
  only an update's, ``最后更新：B``); on a text dump, the date of the meta line found
  above its headline (``2018年02月07日阅读 15995``; not over a breadcrumb trail, ``首页 > 文化``:
  the header's date); a date ``<meta>`` (``article:published_time``,
  ``pubdate``, …; see ``patterns.HEAD_DATE_KEYS``; then any other name by its parts, a
  publication's, a release's, a creation's, ``createDate``, never a change's, ``updatetime``: see
  ``patterns.HEAD_DATE_PARTS``); a script variable or JSON-LD key of the raw
  HTML (``"datePublished"``, ``publishDateTime = "…"``, WeChat's ``var ct = "1589…"``; see
  ``patterns.SCRIPT_DATE_KEYS``); the date the body marks up as the published one (itemprop
  ``datePublished``, ``<time pubdate>``, one ``data-publish-time`` value; see ``marked``); a labelled date (``发布时间：``, ``发表于``;
  not ``加入时间：``, an author card's) or a bare date line
  inside or after the article (a date and time opening a line may be followed by a programme's
  name: ``(2014-12-12 12:00) 中晝新聞``; none under an end marker, ``相关阅读``, ``网友评论``:
  another article's, a reply's); one above the headline (not over a breadcrumb trail); a
  labelled date opening the first paragraphs (a notice's ``发文日期：…`` in one long block); a
  full date in a short line with no sentence among the first of the article (a byline with its date: ``某某網2014.10.24
  金名/高雄報導``; not ``加入时间：``); a date in the URL; the one value of neutral date
  attributes (``data-time``, ``ctime``) between the headline and the first paragraph (not a
  comment's or the top bar's: see ``marked``); htmldate on the raw
  HTML, when the page carries it and ``config.htmldate_fallback`` is on (not a date the page
  prints only under its headline, where the cascade took none: a comment's stamp, a related
  link's, an author card's; nor the time a ``<meta>`` gives the page's last change, expiry or
  crawl; a zone it reads kept, ``…Z``). A date found without a
  time of day takes the time of a date of the same day in the meta zone, the headline's own
  line, the ``<meta>`` dates, the script variables or the ``<time datetime>`` that printed it (its
  text in the date's line: not a comment's of the same day), last a ``<meta>`` named only a date
  or a time (``time``). Dates without a year take it from a
  ``<meta>`` date or the URL's day of the same day, else from a full date of the same day in the raw HTML (an
  image path, a script; a timestamp on the same minute; a dump's own lines), on a text dump from the year of its
  copyright notice when that is before ``now``'s (``© 2013-2019``, or ``©`` / ``2019`` a line each:
  the year it was printed in),
  else from ``now`` (one year back when that would be in the
  future); 昨天 / 3小时前 count back from ``now`` (none when no ``now`` is given on a dump whose
  copyright year is earlier: it counted back from the day it was printed); 民國107年 and 107-03-13
  are 2018; an official document's 二〇二四年五月十六日 is read. 时间 / 日期 label a date alone, not ending a word (开放时间).
  A date line may hold labelled fields beside the date (``<date> 来源：X 作者：Y`` after the article);
  on a dump, past the tail, the one date line among the next lines, no end marker above it and
  no reply under it, is read as after the article (a blog's date under its list of references).
- source: a 来源 label in the meta zone (``出處 / X``, ``【来源】X``, a reprint mark ``转载自X`` /
  ``原载于X`` / ``本文首发于X`` too; a press office's account ``某某发布`` is whole, ``微信公众号“X”`` is X), then in the tail (a reprint line:
  ``本文转载自X（ID：…）``; not when the tail's 来源 lines name several sources: image credits), then
  (no 来源 under an end marker of other items: ``相关阅读``, ``网友评论``), then a reprint mark
  opening a line of the meta zone, the first paragraphs or the tail (``本文来自X``,
  ``本文经授权转载自X``, ``本文来自微信公众号“X”（ID：…），作者：Y``) when the value's shape names an
  outlet (quotes, 公众号, an ID or ``，作者：`` after it, an outlet's ending; not ``本文来自网络``,
  ``投稿``, ``互联网``, the site's own name), then
  right above the headline (首发于X, a column; a 来源 line citing a paper, ``(2015)`` or ``et al.``,
  names no source); an original mark right above the headline (``X原创``, not 本站原创); the publisher of a bracketed byline
  (``【聯合晚報╱記者X】``); a name printed after the date without a label (``2019年11月25日 18:57 参考消息``)
  unless it is the site itself or a byline credits it (``金名/高雄報導``), or the agency of a wire
  dateline on the line under a bare date (``2018-02-28 14:31`` / ``中央社 澎湖縣28日電``); a closing
  ``，南方都市报`` line;
  the account of a ``原创 作者 公众号 [<date>]`` line (the date may be left for a script to fill in); a
  publisher printed before the date (or glued to it: ``人民日报2024-05-13``); the ``contentsource``
  / ``source`` ``<meta>``; the site's own name printed after the date; last, a self-media
  account printed beside the date (the author too; the poster of ``X 发表于 <date>``), unless it is
  a common personal name. A bracket opened inside a 来源 value is closed when it holds a name
  (``光明网-《光明日报》``) and cut when it holds a date or an edition; a value opening with a label
  word is an outlet's name when words follow it with no colon (``时间财经``, ``作者之家``, ``来源网``).
- original_source: the dateline's publisher (新华社北京8月26日电 -> 新华社, 厦门日报讯 ->
  厦门日报, （中央社記者X桃園19日電） -> 中央社); None for a publisher naming itself (本报讯);
  failing a dateline in the text, an agency's dateline in the meta line (``中央社 澎湖縣28日電``)
  or the paper of a translated article's byline (``英国《金融时报》 张三 伦敦报道``).
- authors: every name after a byline role (记者, 通讯员, 实习生, 作者, 文/, 作者＼X, 采写 …; not ``未经作者许可``) or
  before a role printed after it (``X/文``, ``X/高雄報導``, a line ``Derek作者`` or ``允中 发自 凹非寺``; a
  forum poster after ``楼主：``; the reporters of a translated article, ``英国《金融时报》 张三 伦敦 ， 李四
  纽约报道``) in the meta zone, the dateline, the first short blocks, the tail (a copyright notice
  naming the writer, ``本文版权归作者 X 所有``, before any other; not a reply's header, ``作者：X 时间：<date
  time>``, after a thread with its own meta line) and the two lines above the headline (photo
  credits and desks such as 编译中心 left out, and a photographer's role after the names ends them,
  ``文/X 图/Y``; a place glued to a wire credit's name and an
  affiliation glued to a 作者 name cut off; an outlet before the writer in a 作者 field, ``作者＼某某周刊
  张三``, and a name the 来源 label gives as the source left out: publishers); failing those a
  closing （张三 李四） or （某视新闻X、Y台北报导） credit, or a byline after the last sentence (``…参加会议。记者
  李秋晨``), in the last paragraphs or the last paragraphs of prose, one to three common names
  signing on the line right after the last paragraph of prose with no role (``謝明俊``), the name
  under an author card's heading after the article (``关于作者`` / About the author; past a follow
  button, ``关注她``), the writer's profile card in the meta zone (a name over the account's
  counts, ``林默`` / ``粉丝：23 文章：11``), the poster of
  a forum entry (``X 发表于 <date>``; not the uploader of a repost whose 来源 line names another
  source), the ``author`` ``<meta>`` when it names a person and not the site, the schema.org
  authors of the raw HTML (microdata Persons, or a name as the author's text; else a JSON-LD
  Person, a list of them, or in an ``ld+json`` block a name or a list of names, not an outlet's:
  an author card, markup with no printed name), and last names printed without a role beside the date (self-media accounts: ``华夏人文
  2020-03-09 18:14``; a common name glued to the date, ``谢若含2017-03-01``, alone on the line
  under it, or before an outlet on the line above it, ``邓舒夏 某某周刊``; with no date under the
  headline, the name above a timed posting date (发布于) printed above it, ``W某某 / 发布于05-16
  19:12``, past a client's name, ``来自某站``, and a dump's icon lines; of several lines between the
  headline and the date, the first: a profile line follows the writer; never a label ending
  with a colon, ``讚好此文：``). The writer a ``原创 作者 公众号`` header names is an author beside
  the bylines found by role (``文/X`` under it). On a text dump, a byline printed one inline
  element a line (``原创`` / 作者 / 公众号; ``英国《金融时报》`` / 张三 / ``伦敦报道``; ``本文版权归作者``
  / X / ``所有，…``) is read as the one line it was.
- editor: 责任编辑 / 责编 / 值班编辑 / 執行編輯 / 编辑, in the tail first, staff codes (``_NF4425``,
  ``PK155``) and brackets dropped. An author the editor line names too is no author when others
  are (``作者：X`` beside ``责任编辑：X``: a CMS's uploader field, a byline naming the writer).

The site's own names (the non-headline parts of the ``<title>``, ``og:site_name``), which no
name beside the date may be, come on a text dump, which has no head, from the ``<title>`` line
a scraper prints first (the headline opening or closing it) and from the owner its footer's
copyright line names (``© 版权所有 某某基地 2024``; not a common personal name: a blog's writer).

A page without an article (``kept`` empty) gets no metadata: the dates and names of a list or an
error page belong to other articles. Matching runs on text with full-width forms folded and
traditional characters made simplified (``patterns.TRADITIONAL_CHARS``); names are given back
as the page prints them. Every search is bounded (a few dozen blocks, a few hundred characters
each) and every pattern is linear: the stage costs about a millisecond on a portal page.

One module per field, below this page: ``title`` (:func:`find_title`), ``dates`` (published),
``names`` (authors), ``bare`` (the names printed beside the date), ``editor``, ``source`` (source,
original source); ``zones`` cuts the zones above and holds the text folding every field matches on
(``rejoin`` puts a text dump's meta lines back together for it).
:func:`find_meta`, here, runs the cascades in that order and records their provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ..blocks import Block, Page
from ..config import CleanerConfig
from ..patterns import DATE_RELATIVE
from .bare import _bare_names
from .dates import _Clock, _dates, _find_date, _head_date, _head_values, _url_date
from .infobox import box_date
from .editor import _editor
from .names import _find_authors
from .source import _find_original_source, _find_source, _printed_hosts
from .title import _title_how, find_title
from .years import _DayFirst, _printed_year, _RawYears
from .zones import _MATCHING_TABLE, _dated, _holds_traditional, _host_names, _printed, _zones

__all__ = ["Meta", "find_meta", "find_title"]


@dataclass(frozen=True)
class Meta:
    """What :func:`find_meta` found; ``provenance`` maps each field found to where it was."""

    published: datetime | None = None
    source: str | None = None
    original_source: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    provenance: tuple[tuple[str, str], ...] = ()


#: Lines right above the headline an editor's label is read in, when one is a meta line.
TOP_META_LINES = 2


def find_meta(page: Page, kept: tuple[Block, ...], *, title: str | None, url: str | None,
              now: datetime | None, config: CleanerConfig, html: str = "") -> Meta:
    """Published date, source, original source, authors and editor of the article in ``page``
    whose body blocks are ``kept`` (see the module docstring for where each is looked for).

    ``now`` anchors dates printed without a year and relative ones (default: the current time);
    dates without a zone get ``config.timezone``. ``html``, the page's raw HTML, lets htmldate
    back the date search up when the page's own lines give none (``config.htmldate_fallback``).

    >>> from cleaner.blocks import Block, Page
    >>> from cleaner.config import CleanerConfig
    >>> page = Page(blocks=(Block("标题", 0, heading=1), Block("2025-08-26 10:32 来源：新京报", 1),
    ...                     Block("新京报讯（记者 张三）正文第一段，写了很多内容。" * 3, 2)))
    >>> meta = find_meta(page, page.blocks[2:], title="标题", url=None, now=None, config=CleanerConfig())
    >>> meta.source, meta.original_source, meta.authors, meta.published.isoformat()
    ('新京报', '新京报', ('张三',), '2025-08-26T10:32:00+08:00')
    """
    if not kept:
        return Meta()  # no article: the dates and names on a list or error page are not its own
    tz = ZoneInfo(config.timezone)
    current = datetime.now(tz)
    clock_given = now is not None
    if now is None:
        now = current
    elif now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    else:
        # 昨天 and 3小时前 count in the page's zone: a WARC-Date's 17:00 UTC is the next day's 01:00.
        now = now.astimezone(tz)
    zones = _zones(page, kept, title)
    prelim = _Clock(now, tz, (), max(now, current) + timedelta(days=1))
    # The <meta> dates and the address's day lend their year to a date printed without one.
    anchors = tuple(w for w in (*(_head_date(value, prelim) for _, value in _head_values(page)),
                                _url_date(url, prelim)) if w)
    dump = page if page.kind == "text" else None
    clock = _Clock(now, tz, anchors, prelim.latest, _RawYears(html, dump), _DayFirst(page), {},
                   _printed_year(page) if dump else None)
    provenance: list[tuple[str, str]] = []
    if title:
        provenance.append(("title", _title_how(page, title, zones.headline)))

    published, where, date_text = _find_date(page, zones, clock, url, config, html)
    # (A government information box's 发布日期 over its 成文日期, which the signature repeats; a
    # dump's box, its labels and values on lines apart, is left to the cascade.)
    if page.kind == "html" and (boxed := box_date(zones, lambda text: _dates(text, clock))) is not None \
            and (published is None or boxed.date() != published.date()):
        published, where, date_text = boxed, "an information box's 发布日期", ""
    if published is not None and not clock_given and _relative_before_print(date_text, published, clock):
        published = None
    if published is not None:
        provenance.append(("published", where))
    hosts = _host_names(page, title) if page.kind != "text" else _printed_hosts(page, title)
    bare = _bare_names(zones)
    source, where, labelled = _find_source(page, kept, zones, bare, hosts)
    if source is not None:
        provenance.append(("source", where))
    original = _find_original_source(zones)
    if original is not None:
        provenance.append(("original_source", "dateline"))
    # An account beside the date is both the source and the author: the author cascade must
    # not drop it as the source's name.
    authors, where = _find_authors(page, zones, bare, hosts, date_text,
                                   None if where == "account beside the date" else source, labelled, html, kept)
    if authors:
        provenance.append(("authors", where))
    # Above the headline, only on the meta line (dated): a line there is mostly the site's.
    editor = _editor(zones.tail) or _editor(zones.near) \
        or _editor(tuple([t for t in zones.top_near[:TOP_META_LINES] if "编" in t and _dated(t)]))
    if editor is not None:
        provenance.append(("editor", "editor line"))
        if editor in authors and len(authors) > 1:   # 作者：X beside 责任编辑：X, a CMS's uploader
            authors = tuple(a for a in authors if a != editor)   # field: the others wrote it
    # Names were matched in simplified form: give them back as the page prints them, asked only
    # where one was found, and not of a dump whose lines hold no character fold changes (those
    # of the traditional characters among them: Page.folds), from which every zone is cut.
    if (source or original or editor or authors) and page.folds and _holds_traditional(zones.printed):
        printed = tuple(_printed(t) for t in zones.printed)
        source, original, editor = (_as_printed(v, printed) for v in (source, original, editor))
        authors = tuple(_as_printed(a, printed) or a for a in authors)
    return Meta(published=published, source=source, original_source=original, authors=authors,
                editor=editor, provenance=tuple(provenance))


def _relative_before_print(text: str, when: datetime, clock: _Clock) -> bool:
    """Whether ``when`` was read from a relative date (3小时前, 昨天) of a dump whose copyright
    year is before the clock's, the clock being the cleaning's own (no ``now`` given): the page
    counted back from the day it was printed, in that year or soon after, not from today, and
    the day it means is not known."""
    if clock.printed_year is None or clock.printed_year >= clock.now.year or not text:
        return False
    return any(d.fuzzy and d.when.date() == when.date() and DATE_RELATIVE.match(text, d.start)
               for d in _dates(text, clock))


def _as_printed(name: str | None, printed: tuple[str, ...]) -> str | None:
    """``name`` (matched with traditional characters made simplified) as the page prints it."""
    if not name:
        return name
    for text in printed:
        at = text.translate(_MATCHING_TABLE).find(name)
        if at >= 0:
            return text[at:at + len(name)]
    return name
