"""Three page kinds whose furniture sits in or around the article: a 延伸阅读 / 相关阅读 box set
between two paragraphs of the article (the paragraphs after it stay; a list after the article,
or outside its element, still ends it), a paginated article's page number closing its headline
((1/3), （2）, 第1页 on a page with a pager; a series' （一） and a page without a pager keep
theirs), and a government information page's box of fields, whose 发布日期 is the page's date
where the 成文日期 beside it, and the signature's date after the article, are the document's."""

from __future__ import annotations

from datetime import date

from cleaner import clean

NAV = ('<div class="nav"><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/s">社会</a> | '
       '<a href="/p">图片</a> | <a href="/z">政务</a></div>')
FOOT = '<div class="foot"><p>关于我们 | 联系方式</p><p>澜州新闻网 版权所有 澜ICP备12345678号</p></div>'
PARAS = [
    "入冬以来，梧溪县的三座水库陆续进入冬季蓄水期。县水利局的数据显示，目前全县蓄水量比去年同期多出一成左右。",
    "在白石水库的坝顶上，管理员老周每天早晚各巡查一次，查看坝体有没有渗水，记录水位的变化。",
    "老周说，水库建成已经四十多年了，前年刚刚完成除险加固，坝体比以前结实多了，他心里也踏实了不少。",
    "县水利局相关负责人表示，今冬将继续做好水库安全管理，同时提前谋划明年春灌用水，确保农业生产不受影响。",
]
LINKS = ["梧溪县召开秋冬季农业生产现场会", "澜州市农机合作社达到三百家"]
HOT = ('<div class="side"><h3>热门排行</h3><ul><li><a href="/h1">南湖湿地公园新增观鸟平台</a></li>'
       '<li><a href="/h2">澜州地铁三号线试运行</a></li></ul></div>')


def _page(title: str, inner: str, head_title: str | None = None) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{head_title or title}_澜州新闻网</title></head>'
            f'<body>{NAV}<div class="wrap"><div class="main">{inner}</div>{HOT}</div>{FOOT}</body></html>')


def _box(label: str) -> str:
    return (f'<div class="extend"><h4>{label}</h4><ul>'
            + "".join(f'<li><a href="/e{k}.html">{t}</a></li>' for k, t in enumerate(LINKS)) + '</ul></div>')


def _article(title: str, middle: str, after: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in PARAS]
    return (f'<h1>{title}</h1><div class="info">2026-11-20 09:30 来源：澜州日报</div>'
            f'<div class="article">{"".join(ps[:3])}{middle}{ps[3]}</div>{after}')


def test_a_box_between_paragraphs_leaves_the_article_after_it() -> None:
    title = "梧溪县三座水库进入冬季蓄水期"
    table = ('<table class="xg"><tr><td><b>推荐阅读</b></td></tr>'
             + "".join(f'<tr><td><a href="/e{k}">{t}</a></td></tr>' for k, t in enumerate(LINKS)) + '</table>')
    one_line = f'<div class="yd"><p>延伸阅读：<a href="/e0">{LINKS[0]}</a></p></div>'
    for box in (_box("延伸阅读"), _box("相关阅读"), table, one_line):
        article = clean(_page(title, _article(title, box)))
        assert list(article.paragraphs) == PARAS, box
        assert not any(t in article.text for t in LINKS), box


def test_a_list_after_the_article_still_ends_it() -> None:
    title = "梧溪县三座水库进入冬季蓄水期"
    # The box after the last paragraph, inside the article's element, then a paragraph of another
    # element (a promotion under the article): the list ends the article as before.
    inner = (_article(title, "")[:-len("</div>")] + _box("相关阅读") + "</div>"
             + '<div class="promo"><p>更多精彩内容，请关注澜州日报微信公众号，每天推送本地新闻。</p></div>')
    article = clean(_page(title, inner))
    assert list(article.paragraphs) == PARAS
    assert "微信公众号" not in article.text
    # ... while the box between two paragraphs leaves the last (this fails where the rule is off).
    assert PARAS[3] in clean(_page(title, _article(title, _box("相关阅读")))).paragraphs


def test_a_page_number_closing_the_headline_goes_on_a_paginated_page() -> None:
    title = "梧溪县三座水库进入冬季蓄水期"
    pager = '<div class="page">上一页 <b>1</b> <a href="p2.html">2</a> <a href="p3.html">3</a> <a href="p2.html">下一页</a></div>'
    for number in ("(1/3)", "（1/3）", "(1)", " 第1页"):
        article = clean(_page(title, _article(title + number, "", pager), head_title=title + number))
        assert article.title == title, number
        assert list(article.paragraphs) == PARAS, number


def test_a_series_numeral_or_a_page_without_pager_keeps_its_number() -> None:
    title = "梧溪县三座水库进入冬季蓄水期"
    pager = '<div class="page">共3页 <a href="p2.html">下一页</a></div>'
    assert clean(_page(title, _article(title + "（一）", "", pager), title + "（一）")).title == title + "（一）"
    assert clean(_page(title, _article(title + "(2)", ""), title + "(2)")).title == title + "(2)"
    # ... while with the pager the page's number goes (the rule is on: this fails where it is off).
    assert clean(_page(title, _article(title + "(2)", "", pager), title + "(2)")).title == title


GOV_TITLE = "梧溪县人民政府关于做好今冬明春水利工程建设工作的通知"
FIELDS = [("索引号", "001008003/2026-01201"), ("发文机关", "梧溪县人民政府"), ("成文日期", "2026年11月26日"),
          ("发文字号", "梧政发〔2026〕21号"), ("发布日期", "2026-12-02"), ("主题分类", "水利")]


def _gov(box: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    inner = (f'{box}<h1>{GOV_TITLE}</h1><p class="wh">梧政发〔2026〕21号</p><div class="content">'
             f'<p>各乡镇人民政府、街道办事处，县政府各部门：</p>{body}'
             '<p style="text-align:right">梧溪县人民政府</p><p style="text-align:right">2026年11月26日</p></div>')
    return _page(GOV_TITLE, inner)


def test_an_information_box_gives_its_publication_date() -> None:
    as_list = '<div class="xxgk"><ul>' + "".join(f"<li>{k}：{v}</li>" for k, v in FIELDS) + "</ul></div>"
    article = clean(_gov(as_list))
    assert article.published is not None and article.published.date() == date(2026, 12, 2)
    assert article.title == GOV_TITLE

