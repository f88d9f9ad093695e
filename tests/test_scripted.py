"""Pages whose article is held in the page as data (cleaner.scripted): a state object, JSON-LD,
a template, a hidden textarea, a noscript copy; and the data that is no article (entries,
a description) or that a page showing its article does not need."""

from __future__ import annotations

import html
import json
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cleaner import clean

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, tzinfo=SHANGHAI)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TITLE = "南湖街道旧菜场改造完成 早市恢复营业"
PARAS = (
    "经过四个月的改造，南湖街道旧菜场于本周一恢复营业。改造后的菜场重新划分了蔬菜、水产和熟食三个区域，通道拓宽到三米，地面也换成了防滑地砖。",
    "菜场负责人介绍，这次改造最大的变化是排水。过去一到下雨天，水产区的污水就会漫到通道上，这次施工把排水沟加深了一倍，并在每个摊位下面加装了隔油池。",
    "开业当天早上六点，不少老街坊已经在门口等候。摊主老何说，摊位费没有涨，顾客比改造前还多了一些，“环境好了，大家愿意多逛一会儿。”",
    "据悉，菜场还将在下个月开通线上预订，居民可以提前下单，到店自取。",
)
BODY = "\n".join(PARAS)
SHELL = ('<div class="nav"><a href="/">首页</a> <a href="/city">本地</a> <a href="/app">下载客户端</a></div>'
         '<div id="app"></div><div class="foot">关于我们 | 联系我们 版权所有</div>')
ARTICLE = {"id": 7, "title": TITLE, "content": "".join(f"<p>{p}</p>" for p in PARAS),
           "publishTime": 1718000000000, "author": "钱小满", "source": "南湖日报"}
#: Entries beside the article: other articles' summaries and comments, each with a date (a
#: string, a timestamp in milliseconds) or a link.
OTHERS = [{"title": "南湖小学开设周末托管班", "summary": "托管班由退休教师志愿授课，每周六上午开放，家长可在街道服务中心报名登记。",
           "time": "2024-06-09 10:00", "url": "/a/6.html"},
          {"title": "街心公园新增健身步道", "summary": "步道全长八百米，沿途设置了四处休息座椅和一处直饮水点，晚上十点前照明开启。",
           "time": "2024-06-08 18:30", "url": "/a/5.html"}]
COMMENTS = [{"nick": "老街坊", "content": "排水终于修好了，以前下雨天买菜真是遭罪，这次改造花的钱值得。", "time": "2024-06-10 08:02"},
            {"nick": "早起的人", "content": "早上六点就开门太好了，上班前能顺路买点菜，希望停车位也能多一些。", "time": 1718003700000}]


def _page(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_南湖网</title>{head}</head>'
            f"<body>{body}</body></html>").encode("utf-8")


def _js(value: object, escape_lt: bool = False) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e") if escape_lt else text.replace("</", "<\\/")


MARKUP = "".join(f"<p>{p}</p>" for p in PARAS)
SHAPES = {
    "state object, HTML escaped as \\u003c": SHELL + "<script>window.__INITIAL_STATE__="
    + _js({"user": {}, "article": ARTICLE, "recommend": OTHERS, "comments": COMMENTS}, True) + ";</script>",
    "JSON script": SHELL + '<script id="__NEXT_DATA__" type="application/json">'
    + _js({"props": {"pageProps": {"article": ARTICLE}}}) + "</script>",
    "paragraph array": SHELL + "<script>var data = " + _js({"title": TITLE, "paragraphs": list(PARAS)}) + ";\nshow(data);</script>",
    "paragraph objects": SHELL + "<script>window._DATA_ = " + _js({"blocks": [
        {"type": "text", "text": PARAS[0]}, {"type": "image", "src": "https://img.example/1.jpg"},
        *({"type": "text", "text": p} for p in PARAS[1:])]}) + "</script>",
    "payload function": SHELL + "<script>window.__NUXT__=(function(a){return {data:[{detail:"
    + _js(ARTICLE) + "}],state:{n:a}}}(undefined));</script>",
    "JSON.parse string": SHELL + "<script>var state = JSON.parse(" + json.dumps(_js({"article": ARTICLE})) + ");</script>",
    "text template": SHELL.replace('<div id="app"></div>', '<div id="app"></div><script type="text/template">'
                                   + MARKUP + "</script>"),
    "hidden textarea": SHELL.replace('<div id="app"></div>', '<textarea style="display:none">'
                                     + html.escape(MARKUP) + '</textarea><div id="app"></div>'),
    "noscript copy": SHELL.replace('<div id="app"></div>', "<noscript>" + MARKUP + "</noscript>"),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_an_article_held_as_data_is_the_body(shape: str) -> None:
    article = clean(_page(SHAPES[shape]), now=NOW)
    assert article.text == BODY
    assert article.title == TITLE
    assert dict(article.provenance)["body"].startswith("<")
    assert not any(r.reason == "no-article" for r in article.removed)


def test_json_ld_article_body_and_its_fields() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "datePublished": "2024-06-10T06:30:00+08:00", "author": {"@type": "Person", "name": "钱小满"},
          "description": PARAS[0][:30], "articleBody": BODY}
    article = clean(_page(SHELL, f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'), now=NOW)
    assert article.text == BODY
    assert article.published == datetime(2024, 6, 10, 6, 30, tzinfo=SHANGHAI)
    assert article.authors == ("钱小满",)


def test_the_data_fields_fill_what_the_page_does_not_print() -> None:
    article = clean(_page(SHAPES["state object, HTML escaped as \\u003c"]), now=NOW)
    provenance = dict(article.provenance)
    # 1718000000000 ms is 2024-06-10 14:13:20 in Shanghai.
    assert article.published == datetime(2024, 6, 10, 14, 13, 20, tzinfo=SHANGHAI)
    assert article.authors == ("钱小满",) and article.source == "南湖日报"
    assert provenance["authors"] == provenance["source"] == "the article's script data"


def test_the_printed_meta_line_wins_over_the_data() -> None:
    head = f'<h1>{TITLE}</h1><div class="info">2024-06-11 07:45 来源：南湖晚报 作者：孙青</div>'
    article = clean(_page(head + SHAPES["paragraph array"].replace(
        "var data = ", "var data = " + _js({"time": "2023-01-01 00:00", "author": "别人"})[:-1] + ',"x":').replace(
        ";\nshow", "};\nshow")), now=NOW)
    assert article.text == BODY
    assert article.published == datetime(2024, 6, 11, 7, 45, tzinfo=SHANGHAI)
    assert article.source == "南湖晚报" and article.authors == ("孙青",)


def test_entries_beside_the_article_stay_out_and_alone_are_no_article() -> None:
    article = clean(_page(SHAPES["state object, HTML escaped as \\u003c"]), now=NOW)
    assert article.text == BODY
    for entry in OTHERS + COMMENTS:
        assert entry.get("summary", entry.get("content")) not in article.text
    # The same lists with no article: other articles' summaries, comments, a description.
    lists = _js({"recommend": OTHERS, "comments": COMMENTS, "feed": [
        {"title": o["title"], "content": o["summary"] * 3, "time": o["time"]} for o in OTHERS]})
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "description": PARAS[0]}, ensure_ascii=False)
    alone = clean(_page(SHELL + f"<script>window.__INITIAL_STATE__={lists}</script>",
                        f'<script type="application/ld+json">{ld}</script>'), now=NOW)
    assert alone.text == "" and any(r.reason == "no-article" for r in alone.removed)


def test_a_page_showing_its_article_keeps_it_and_a_cut_one_takes_the_data() -> None:
    data = "<script>var data = " + _js({"article": dict(ARTICLE, content=MARKUP + "<p>这一段只在数据里，页面并没有显示它，不能出现在正文中。</p>")}) + "</script>"
    shown = f'<h1>{TITLE}</h1><div class="article">{MARKUP}</div>'
    with_data, without = clean(_page(shown + data), now=NOW), clean(_page(shown), now=NOW)
    # (The metadata reads a date in the page's scripts either way: the body is the page's.)
    assert with_data.text == without.text == BODY and with_data.removed == without.removed
    assert "body" not in dict(with_data.provenance)
    # A short article shown whole (one paragraph, nothing saying it goes on) is the page's.
    brief = f'<h1>{TITLE}</h1><div class="article"><p>{PARAS[0]}</p></div>'
    assert clean(_page(brief + data), now=NOW).text == PARAS[0]
    # ... but cut short by an offer of the rest, the data's article is the body.
    cut = brief + '<div class="more"><a href="/app">打开APP阅读全文</a></div>'
    article = clean(_page(cut + data), now=NOW)
    assert article.paragraphs[:len(PARAS)] == PARAS and article.text.count(PARAS[0]) == 1
    summary = f'<h1>{TITLE}</h1><div class="digest"><p>{PARAS[0][:30]}…</p></div>'
    assert clean(_page(summary + data), now=NOW).paragraphs[:len(PARAS)] == PARAS


def test_app_shell_fixture_keeps_recommendations_and_comments_out() -> None:
    article = clean((FIXTURES / "app_shell_state_object.html").read_bytes(), now=NOW)
    assert len(article.paragraphs) == 5
    for text in ("新操场可同时容纳两个班级", "小时候经常在粮仓门口玩", "希望能多进一些历史类的书"):
        assert text not in article.text


def test_carriers_are_read_within_their_caps() -> None:
    from cleaner import scripted

    filler = "。".join(["数据" * 20] * 8)
    near = {"content": MARKUP, "pad": filler * (scripted.MAX_CARRIER_CHARS // len(filler) // 2)}
    far = {"pad": filler * (scripted.MAX_CARRIER_CHARS // len(filler) + 1), "content": MARKUP}
    assert clean(_page(SHELL + f"<script>var d = {json.dumps(near, ensure_ascii=False)};</script>"), now=NOW).text == BODY
    started = time.process_time()
    article = clean(_page(SHELL + f"<script>var d = {json.dumps(far, ensure_ascii=False)};</script>"), now=NOW)
    assert article.text == ""  # the article past the cap is not read, and the page costs little
    assert time.process_time() - started < 5
