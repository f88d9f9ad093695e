#!/usr/bin/env python
"""Make dirty pages with exact ground truth from the project's own clean articles.

Usage::

    python scripts/make_dirty.py OUT_DIR [--n 300] [--seed 1] [--score | --repair-only]
                                 [--articles FILE] [--title-only] [--json FILE]

Each page is one of the articles in ``fixtures/dirty_src/articles.txt`` (written for this
project) dressed in a page template and, on most pages, stuffed with headline fragments the way
content farms do it. ``OUT_DIR`` receives ``<id>.txt`` or ``<id>.html`` with ``<id>.json`` in the
corpus label format (``title``, ``date``, ``source``, ``original_source``, ``authors``,
``body``, ``injected`` with offsets into the dirty body, ``must_exclude``), so
``scripts/evaluate.py OUT_DIR`` scores them. ``--score`` also runs the cleaner over them, once
without the context model and once with it (when kenlm and the model are there), and prints the
two side by side, overall and by variant (:mod:`dirty_score`); ``--repair-only`` does the same for
the injection repair alone on the pages' true paragraphs, and ``--articles`` takes the source
articles from another file in the same format (a held-out check).

What varies, all drawn from the seed (same seed, same pages):

- page: text dump or HTML; template family ``farm`` (content farm: tool links, an unrelated
  headline between the meta line and the body, an end marker, headline/blurb pairs), ``portal``
  (navigation, breadcrumb, share bar, 责任编辑, disclaimer, related list, footer) or ``plain``;
  UTF-8 or GBK; blank lines or not between the lines of a dump; paragraph indents.
- injection (:class:`Spec`): bigrams, trigrams or mixed; which stopwords are dropped from the
  headline first; whether its last (or first) character is dropped; headline order (cyclic) or
  random; after punctuation, mid-clause or mixed; the first few paragraphs or all of them; dense
  or sparse; fragments of the title alone or of the title and the subtitle; in HTML, visible or
  hidden (``display:none``, ``font-size:0``, a class hidden by ``<style>``, ``hidden``).
- control pages: no injection at all, including the articles that repeat their headline words
  heavily on their own.

The module doubles as a library for the tests: :func:`generate` yields :class:`DirtyPage`
values in memory, :func:`score` (from :mod:`dirty_score`) scores a cleaning function on them.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dirty_score import compare, format_comparison, repair_case, score, score_repair  # noqa: E402

__all__ = ["DirtyPage", "SourceArticle", "Spec", "fragments_of", "generate", "inject",
           "load_articles", "main", "make_page", "repair_case", "score", "score_repair"]

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "fixtures" / "dirty_src" / "articles.txt"

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Insertion points "after punctuation": right after one of these.
_PUNCT = "，。、；：！？,;:!?"
_CLOSERS = "。！？”」』）)"

# Stopword lists a spammer might drop from the headline before cutting it into pieces.
STOPWORD_LISTS: tuple[tuple[str, ...], ...] = (
    ("这", "的", "了", "是", "在", "和", "与"),
    ("的", "之", "与", "及", "在", "将"),
    ("这", "那", "的", "了"),
    ("的", "了", "和", "是", "就", "都", "而", "及", "与", "着", "或", "一个", "没有", "我们"),
    (),
)


# --------------------------------------------------------------------------------------------
# Source articles
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceArticle:
    """One clean article of ``fixtures/dirty_src/articles.txt``."""

    title: str
    date: str
    source: str
    paragraphs: tuple[str, ...]
    subtitle: str = ""
    original_source: str | None = None
    authors: tuple[str, ...] = ()


def load_articles(path: Path = ARTICLES) -> list[SourceArticle]:
    """Parse the articles file (format in its header comment)."""
    articles: list[SourceArticle] = []
    text = path.read_text(encoding="utf-8")
    for chunk in re.split(r"\n\s*\n(?=@@)", text):
        lines = [ln.rstrip() for ln in chunk.splitlines() if ln.strip() and not ln.startswith("#")]
        if not lines or not lines[0].startswith("@@"):
            continue
        title = lines[0][2:].strip()
        keys: dict[str, str] = {}
        i = 1
        while i < len(lines) and lines[i] != "--":
            key, _, value = lines[i].partition(":")
            keys[key.strip()] = value.strip()
            i += 1
        paragraphs = tuple(ln.strip() for ln in lines[i + 1:])
        authors = tuple(a.strip() for a in keys.get("authors", "").split(",") if a.strip())
        articles.append(SourceArticle(
            title=title, date=keys["date"], source=keys["source"], paragraphs=paragraphs,
            subtitle=keys.get("sub", ""), original_source=keys.get("original") or None,
            authors=authors))
    return articles


# --------------------------------------------------------------------------------------------
# Injection
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    """How a page is stuffed with headline fragments."""

    ngram: str = "2"               # "2", "3" or "mixed" (2 or 3 at random)
    stopwords: tuple[str, ...] = STOPWORD_LISTS[0]
    drop_last: bool = True         # drop the headline's last character before cutting
    drop_first: bool = False
    order: str = "cyclic"          # "cyclic" (headline order, over and over) or "random"
    placement: str = "punct"       # "punct" (right after a mark), "mid" (inside a clause), "mixed"
    paragraphs: int = 3            # the first N paragraphs; 0 = all of them
    density: float = 0.8           # chance that an insertion point gets a fragment
    subtitle: bool = False         # also cut the subtitle into fragments
    hidden: str = ""               # HTML only: "", "display", "fontsize", "class", "attr"


def fragments_of(headline: str, spec: Spec, rng: random.Random) -> list[str]:
    """Cut a headline into the pieces a spammer stuffs: CJK only, stopwords out, then n-grams.

    >>> fragments_of("2025年厦漳泉都市圈建设这样干", Spec(), random.Random(0))
    ['年厦', '漳泉', '都市', '圈建', '设样']
    """
    text = "".join(_CJK.findall(headline))
    for word in sorted(spec.stopwords, key=len, reverse=True):
        text = text.replace(word, "")
    if spec.drop_last:
        text = text[:-1]
    if spec.drop_first:
        text = text[1:]
    pieces: list[str] = []
    i = 0
    while i < len(text):
        size = int(spec.ngram) if spec.ngram in ("2", "3") else rng.choice((2, 3))
        piece = text[i:i + size]
        if len(piece) >= 2:
            pieces.append(piece)
        i += size
    return pieces


def _slots(paragraph: str, placement: str, rng: random.Random) -> list[int]:
    """Insertion points in a paragraph: after punctuation, inside clauses, or both."""
    after = [i + 1 for i, c in enumerate(paragraph) if c in _PUNCT
             and not (c in ",." and i + 1 < len(paragraph) and paragraph[i + 1].isdigit())]
    if placement == "punct":
        return after
    # Inside a clause: between two CJK characters, two or more characters away from a mark.
    inside = [i for i in range(2, len(paragraph) - 1)
              if _CJK.match(paragraph[i - 1]) and _CJK.match(paragraph[i])
              and not any(c in _PUNCT for c in paragraph[i - 2:i + 2])]
    chosen = rng.sample(inside, min(len(inside), max(1, len(after))))
    if placement == "mid":
        return sorted(chosen)
    return sorted(set(after) | set(rng.sample(chosen, len(chosen) // 3)))


def inject(paragraphs: Sequence[str], headlines: Sequence[str], spec: Spec,
           rng: random.Random) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Stuff headline fragments into ``paragraphs``.

    Returns the dirty paragraphs and the fragments as ``(paragraph, offset, fragment)`` with
    ``offset`` in the dirty paragraph. Paragraphs without punctuation (subheads) are left alone.
    """
    pieces: list[str] = []
    for headline in headlines:
        pieces += fragments_of(headline, spec, rng)
    if not pieces:
        return list(paragraphs), []
    dirty: list[str] = []
    found: list[tuple[int, int, str]] = []
    turn = 0
    prose_seen = 0
    for index, text in enumerate(paragraphs):
        prose = any(c in _PUNCT for c in text) and len(text) > 15
        if not prose or (spec.paragraphs and prose_seen >= spec.paragraphs):
            dirty.append(text)
            continue
        prose_seen += 1
        out: list[str] = []
        last = 0
        for slot in _slots(text, spec.placement, rng):
            if rng.random() >= spec.density:
                continue
            if spec.order == "cyclic":
                piece = pieces[turn % len(pieces)]
                turn += 1
            else:
                piece = rng.choice(pieces)
            out.append(text[last:slot])
            offset = sum(len(s) for s in out)
            found.append((index, offset, piece))
            out.append(piece)
            last = slot
        out.append(text[last:])
        dirty.append("".join(out))
    return dirty, found


# --------------------------------------------------------------------------------------------
# Page templates
# --------------------------------------------------------------------------------------------

_NAV = ("首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "健康",
        "文化", "旅游", "视频", "图片", "评论", "专题", "社会", "民生", "本地", "政务")
_TOOLS = ("登录", "注册", "客户端", "手机版", "投稿", "订阅", "常用工具", "在线咨询", "下载APP",
          "意见反馈", "网站导航", "无障碍")
_FOOTER = ("关于我们", "联系我们", "广告服务", "网站地图", "招聘信息", "隐私政策", "用户协议",
           "意见反馈", "违法和不良信息举报")
_EDITORS = ("王卓", "李晓雨", "陈默", "刘佳", "张一鸣", "黄蕾")
_END_MARKERS = ("希望以上内容对您有帮助。", "阅读全文", "展开全文", "（完）", "【完】")
_DISCLAIMERS = (
    "声明：本文转载自网络，仅代表作者观点，不代表本站立场。如有侵权，请联系删除。",
    "免责声明：本站所载内容仅供参考，版权归原作者所有。",
    "特别声明：以上内容仅代表作者本人观点，不代表本平台观点或立场。",
)
_RELATED = ("相关推荐", "相关阅读", "猜你喜欢", "热门文章", "为您推荐", "推荐阅读", "相关新闻")
_SHARE = ("分享到：", "分享：微信 微博 QQ空间", "字号：大 中 小", "打印本页 关闭窗口")


@dataclass
class DirtyPage:
    """One generated page: its bytes, file suffix and label (the corpus label format)."""

    id: str
    data: bytes
    suffix: str
    label: dict[str, Any]

    @property
    def control(self) -> bool:
        return bool(self.label.get("control"))


def _display_date(date: str, rng: random.Random) -> str:
    day, _, clock = date.partition(" ")
    y, m, d = day.split("-")
    style = rng.randrange(4)
    if style == 0:
        return f"{day} {clock}:{rng.randrange(60):02d}" if clock.count(":") == 1 else date
    if style == 1:
        return f"{y}年{m}月{d}日 {clock}"
    if style == 2:
        return f"{y}/{m}/{d} {clock}"
    return date


def _label_date(shown: str) -> str:
    nums = re.findall(r"\d+", shown)
    return f"{nums[0]}-{nums[1]}-{nums[2]} {nums[3]}:{nums[4]}" + (f":{nums[5]}" if len(nums) > 5 else "")


def _meta_line(article: SourceArticle, shown_date: str, byline: str, rng: random.Random) -> str:
    sep = rng.choice((" ", "　", "   ", " | "))
    parts = [rng.choice(("", "发布时间：", "时间：")) + shown_date,
             rng.choice(("来源:", "来源：", "来源： ")) + article.source]
    if byline:
        parts.append(byline)
    if rng.random() < 0.3:
        parts.append(rng.choice(("浏览次数：", "阅读：", "点击：")) + str(rng.randrange(100, 9999)))
    return sep.join(parts)


def _blurb(other: SourceArticle, rng: random.Random) -> str:
    """A truncated summary of another article: ~100 characters, no closing punctuation."""
    text = "".join(other.paragraphs)
    cut = rng.randrange(80, 120)
    blurb = text[:cut]
    while blurb and blurb[-1] in _PUNCT + _CLOSERS + "“‘（(":
        blurb = blurb[:-1]
    return blurb


def _nav_line(rng: random.Random) -> str:
    return rng.choice((" ", " | ", "  ")).join(rng.sample(_NAV, rng.randrange(5, 10)))


@dataclass
class _Parts:
    """The pieces of a page before rendering: what comes before, the article, what comes after."""

    top: list[str] = field(default_factory=list)          # chrome above the headline
    headline: str = ""
    subtitle: str = ""
    meta: str = ""
    off_topic: str = ""                                     # unrelated headline before the body
    body: list[str] = field(default_factory=list)
    end: list[str] = field(default_factory=list)           # end marker, editor, disclaimer
    related_head: str = ""
    related: list[list[str]] = field(default_factory=list)  # groups of lines (headline, blurb)
    footer: list[str] = field(default_factory=list)


def _compose(article: SourceArticle, others: list[SourceArticle], family: str, dirty: list[str],
             rng: random.Random) -> tuple[_Parts, dict[str, Any]]:
    """Choose the template pieces of one page; returns them and the metadata labels."""
    shown_date = _display_date(article.date, rng)
    byline = ""
    authors: list[str] = []
    body_names_authors = any(f"记者 {a}" in article.paragraphs[0] for a in article.authors[:1])
    if body_names_authors:
        authors = list(article.authors)
    elif article.authors and rng.random() < 0.6:
        role = rng.choice(("作者：", "记者：", "作者 ", "文/"))
        byline = role + " ".join(article.authors)
        authors = list(article.authors)
    parts = _Parts(headline=article.title, subtitle=article.subtitle, body=dirty,
                   meta=_meta_line(article, shown_date, byline, rng))
    picks = rng.sample(others, min(len(others), 8))
    if family == "farm":
        parts.top = [" ".join(rng.sample(_TOOLS, 3))] if rng.random() < 0.8 else []
        if rng.random() < 0.8:
            parts.off_topic = picks[0].title
        if rng.random() < 0.85:
            parts.end = [rng.choice(_END_MARKERS)]
            if rng.random() < 0.5:
                parts.end.append(rng.choice(("阅读全文", "展开全文")))
        parts.related_head = rng.choice(_RELATED) if rng.random() < 0.8 else ""
        pairs = list(zip(picks[1::2], picks[2::2]))
        if parts.off_topic and pairs and rng.random() < 0.5:   # the seed's farm repeats it below
            pairs[-1] = (pairs[-1][0], picks[0])
        for a, b in pairs:
            parts.related.append([a.title, b.title, a.title, _blurb(a, rng)])
    elif family == "portal":
        parts.top = [" ".join(rng.sample(_TOOLS, 4)), _nav_line(rng)]
        if rng.random() < 0.7:
            parts.top.append(rng.choice(("当前位置：", "您的位置：", "")) + " > ".join(
                ["首页"] + rng.sample(_NAV[1:], 2)) + (" > 正文" if rng.random() < 0.5 else ""))
        if rng.random() < 0.5:
            parts.meta += "\n" + rng.choice(_SHARE)
        editor = rng.choice(_EDITORS)
        parts.end = [rng.choice((f"责任编辑：{editor}", f"（责任编辑：{editor}）", f"编辑：{editor}",
                                 f"【责任编辑：{editor}】"))]
        if rng.random() < 0.6:
            parts.end.append(rng.choice(_DISCLAIMERS))
        if rng.random() < 0.5:
            parts.end.append(rng.choice(_SHARE))
        parts.related_head = rng.choice(_RELATED)
        for a in picks[:rng.randrange(3, 7)]:
            group = [a.title]
            if rng.random() < 0.4:
                group.append(_blurb(a, rng))
            parts.related.append(group)
        parts.footer = [" | ".join(rng.sample(_FOOTER, 5)),
                        f"Copyright 2025 {article.source} 版权所有",
                        f"备案号：某ICP备{rng.randrange(10**7, 10**8)}号"]
    else:  # plain
        if rng.random() < 0.5:
            parts.end = [rng.choice(("（完）", "责任编辑：" + rng.choice(_EDITORS), "编辑：" + rng.choice(_EDITORS)))]
        if rng.random() < 0.3:
            parts.related_head = rng.choice(_RELATED)
            parts.related = [[a.title] for a in picks[:3]]
    must_exclude = [ln for ln in parts.top if ln][:1] + ([parts.off_topic] if parts.off_topic else [])
    must_exclude += [ln for ln in parts.end if len(ln) >= 4][:1]
    must_exclude += [g[0] for g in parts.related[:2]]
    labels = {"date": _label_date(shown_date), "authors": authors, "must_exclude": must_exclude}
    return parts, labels


def _render_text(parts: _Parts, rng: random.Random) -> str:
    gap = rng.choice(("\n", "\n\n", "\n\n"))
    indent = rng.choice(("", "", "　　", "  "))
    lines: list[str] = list(parts.top) + [parts.headline]
    if parts.subtitle:
        lines.append(parts.subtitle)
    lines += parts.meta.split("\n")
    if parts.off_topic:
        lines.append(parts.off_topic)
    lines += [indent + p for p in parts.body]
    lines += parts.end
    if parts.related_head:
        lines.append(parts.related_head)
    text = gap.join(lines)
    for group in parts.related:
        text += gap + "\n".join(group)
    for line in parts.footer:
        text += gap + line
    return text + "\n"


_HIDE_CSS = {"display": 'style="display:none"', "fontsize": 'style="font-size:0px"',
             "attr": "hidden"}


def _html_paragraph(text: str, frags: list[tuple[int, str]], hidden: str, css_class: str) -> str:
    """One ``<p>``; the fragments (offset in ``text``, piece) wrapped in hidden elements."""
    if not hidden or not frags:
        return f"<p>{html.escape(text, quote=False)}</p>"
    out: list[str] = []
    last = 0
    for offset, piece in frags:
        out.append(html.escape(text[last:offset], quote=False))
        attr = f'class="{css_class}"' if hidden == "class" else _HIDE_CSS[hidden]
        tag = "font" if hidden == "fontsize" else "span"
        out.append(f"<{tag} {attr}>{piece}</{tag}>")
        last = offset + len(piece)
    out.append(html.escape(text[last:], quote=False))
    return "<p>" + "".join(out) + "</p>"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _render_html(parts: _Parts, family: str, charset: str, frags: dict[int, list[tuple[int, str]]],
                 hidden: str, rng: random.Random) -> str:
    css_class = rng.choice(("xh", "hd", "s-none", "tip-x"))
    style = f"<style>.{css_class}{{display:none}} .wrap{{width:1000px}}</style>" if hidden == "class" else ""
    head = (f'<head><meta charset="{charset}"><title>{_esc(parts.headline)}_{_esc(parts.meta.split("来源")[-1].strip(":： "))}'
            f"</title>{style}</head>")
    top = "".join(f'<div class="{rng.choice(("nav", "topbar", "header"))}">{_esc(ln)}</div>'
                  for ln in parts.top)
    sub = f"<h2>{_esc(parts.subtitle)}</h2>" if parts.subtitle else ""
    meta = "".join(f'<div class="info">{_esc(ln)}</div>' for ln in parts.meta.split("\n"))
    off = f"<p><strong>{_esc(parts.off_topic)}</strong></p>" if parts.off_topic else ""
    body = "".join(_html_paragraph(p, frags.get(i, []), hidden, css_class)
                   for i, p in enumerate(parts.body))
    end = "".join(f"<p>{_esc(ln)}</p>" for ln in parts.end)
    related = ""
    if parts.related:
        items = "".join("<li>" + "".join(f'<a href="/n/{rng.randrange(10**6)}.html">{_esc(g[0])}</a>'
                                          + "".join(f"<p>{_esc(x)}</p>" for x in g[1:])) + "</li>"
                        for g in parts.related)
        related = (f'<div class="{rng.choice(("related", "recommend", "hot-list"))}">'
                   f"<h3>{_esc(parts.related_head)}</h3><ul>{items}</ul></div>")
    footer = "".join(f'<div class="footer">{_esc(ln)}</div>' for ln in parts.footer)
    if family == "plain":
        return (f"<!DOCTYPE html><html>{head}<body><h1>{_esc(parts.headline)}</h1>{sub}{meta}"
                f"{off}{body}{end}{related}</body></html>")
    return (f"<!DOCTYPE html><html>{head}<body>{top}<div class=\"wrap\"><div class=\"main\">"
            f"<h1>{_esc(parts.headline)}</h1>{sub}{meta}<div class=\"article-content\">{off}{body}{end}</div>"
            f"{related}</div><div class=\"side\"><h3>热门排行</h3><ul>"
            + "".join(f'<li><a href="/h/{i}.html">{_esc(o)}</a></li>' for i, o in enumerate(parts.top[:1]))
            + f"</ul></div></div>{footer}</body></html>")


def _random_spec(rng: random.Random, html_page: bool, has_subtitle: bool) -> Spec:
    placement = rng.choices(("punct", "mid", "mixed"), (0.6, 0.15, 0.25))[0]
    return Spec(
        ngram=rng.choices(("2", "3", "mixed"), (0.55, 0.2, 0.25))[0],
        stopwords=rng.choice(STOPWORD_LISTS),
        drop_last=rng.random() < 0.6,
        drop_first=rng.random() < 0.1,
        order=rng.choices(("cyclic", "random"), (0.6, 0.4))[0],
        placement=placement,
        paragraphs=rng.choice((2, 3, 3, 4, 0, 0)),
        density=rng.choice((0.9, 0.8, 0.6, 0.4, 0.25)),
        subtitle=has_subtitle and rng.random() < 0.7,
        hidden=rng.choice(("", "", "display", "fontsize", "class", "attr")) if html_page else "",
    )


def make_page(article: SourceArticle, others: list[SourceArticle], rng: random.Random, *,
              page_id: str, kind: str, family: str, encoding: str, spec: Spec | None) -> DirtyPage:
    """Build one dirty page (or a control page when ``spec`` is None) with its label."""
    clean = list(article.paragraphs)
    headlines = [article.title] + ([article.subtitle] if spec and spec.subtitle and article.subtitle else [])
    dirty, found = inject(clean, headlines, spec, rng) if spec else (clean, [])
    parts, labels = _compose(article, others, family, dirty, rng)
    by_par: dict[int, list[tuple[int, str]]] = {}
    for index, offset, piece in found:
        by_par.setdefault(index, []).append((offset, piece))
    hidden = spec.hidden if spec and kind == "html" else ""
    if kind == "text":
        text = _render_text(parts, rng)
        suffix = ".txt"
    else:
        text = _render_html(parts, family, "gbk" if encoding == "gbk" else "utf-8", by_par, hidden, rng)
        suffix = ".html"
    try:
        data = text.encode(encoding, errors="xmlcharrefreplace" if kind == "html" else "strict")
    except UnicodeEncodeError:   # an article from elsewhere (--articles) with a non-GBK character
        encoding = "utf-8"
        data = text.encode(encoding)
    starts = [0]
    for p in dirty:
        starts.append(starts[-1] + len(p) + 1)
    label = {
        "id": page_id, "set": "dirty", "kind": kind,
        "title": article.title, "subtitle": article.subtitle,
        "date": labels["date"], "source": article.source,
        "original_source": article.original_source, "authors": labels["authors"],
        "body": "\n".join(clean),
        "injected": [{"offset": starts[i] + off, "fragment": piece} for i, off, piece in found],
        "must_exclude": labels["must_exclude"],
        "control": spec is None,
        "template": family, "encoding": encoding,
        "spec": asdict(spec) if spec else None,
        "notes": "offsets in 'injected' index the dirty body (paragraphs joined by newlines); "
                 "with spec.hidden the fragments sit in invisible elements",
    }
    return DirtyPage(page_id, data, suffix, label)


def generate(n: int = 300, seed: int = 1, *, control_share: float = 0.2,
             articles: list[SourceArticle] | None = None) -> Iterator[DirtyPage]:
    """Yield ``n`` pages, deterministically from ``seed``; about ``control_share`` are controls."""
    articles = articles or load_articles()
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        article = articles[rng.randrange(len(articles))]
        others = [a for a in articles if a is not article]
        kind = rng.choice(("text", "text", "html"))
        family = rng.choice(("farm", "farm", "portal", "plain"))
        encoding = rng.choice(("utf-8", "utf-8", "gbk"))
        spec = None if rng.random() < control_share else _random_spec(rng, kind == "html", bool(article.subtitle))
        yield make_page(article, others, rng, page_id=f"dirty-{seed}-{i:04d}", kind=kind,
                        family=family, encoding=encoding, spec=spec)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="where the pages and their labels are written")
    parser.add_argument("--n", type=int, default=300, help="how many pages (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="the pages' random seed (default 1)")
    parser.add_argument("--score", action="store_true", help="clean the pages and print the scores")
    parser.add_argument("--repair-only", action="store_true",
                        help="score the injection repair alone on the true paragraphs")
    parser.add_argument("--title-only", action="store_true",
                        help="with --repair-only: give the repair the title alone, not the subtitle "
                             "that clean() passes it too")
    parser.add_argument("--subtitle", action="store_true",
                        help="with --repair-only: the title and the subtitle (the default)")
    parser.add_argument("--articles", type=Path, default=ARTICLES,
                        help="source articles (the format of fixtures/dirty_src/articles.txt)")
    parser.add_argument("--verbose", action="store_true",
                        help="with --score: print each failing page's id and injection on stderr")
    parser.add_argument("--json", type=Path, help="with --score / --repair-only: write both runs here")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    pages = list(generate(args.n, args.seed, articles=load_articles(args.articles)))
    for page in pages:
        (args.out_dir / f"{page.id}{page.suffix}").write_bytes(page.data)
        (args.out_dir / f"{page.id}.json").write_text(
            json.dumps(page.label, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(pages)} pages to {args.out_dir}")
    if args.score or args.repair_only:
        sys.path.insert(0, str(ROOT))
        results = compare(pages, repair_only=args.repair_only, subtitle=not args.title_only,
                          verbose=args.verbose)
        print(format_comparison(results))
        if args.json:
            args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
