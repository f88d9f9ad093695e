"""The shapes the common Chinese site systems (article templates shared by thousands of county,
school, company and portal sites) print around an article: fields left at their defaults
(来源：未知), meta-line fields run together where CSS alone set them apart, an institution's
name as the whole ``<title>``, and an intro box that repeats the article's start."""

from __future__ import annotations

from cleaner import clean

HEADLINE = "梧溪县召开春季森林防火工作部署会"
PARAGRAPHS = (
    "3月1日，梧溪县召开春季森林防火工作部署会，要求各乡镇严格落实野外用火管理，加强清明前后重点时段巡查。",
    "会议通报了去年全县森林防火工作情况，部署了护林员网格化巡护、林区入口检查站值守和扑火队伍集结演练等任务。",
    "县林业局负责人表示，将在进山路口增设宣传牌和监控探头，对违规野外用火行为依法从严查处。",
)


def _page(meta: str, *, title: str = HEADLINE, above: str = "", headline: str = f"<h1>{HEADLINE}</h1>") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{title}</title></head><body><div class='nav'><a>首页</a><a>政务公开</a>"
            f"<a>部门动态</a><a>互动交流</a></div>{above}<div class='art'>{headline}<div class='info'>{meta}</div>"
            f"<div class='con'>{body}</div><div>【打印本页】【关闭窗口】</div></div>"
            "<div class='foot'>主办单位：梧溪县人民政府办公室 网站标识码：3607000012</div></body></html>")


def test_placeholder_source_values_are_no_source():
    assert clean(_page("时间：2024-03-02 10:20 来源：未知 作者：admin 点击：次")).source is None
    assert clean(_page("时间：2024-03-02 10:20 来源：本站 作者：佚名")).source is None
    # 本站原创 and 网络 say where the text came from: kept as printed.
    assert clean(_page("时间：2024-03-02 10:20 来源：本站原创 作者：佚名")).source == "本站原创"
    assert clean(_page("时间：2024-03-02 10:20 来源：梧溪日报 作者：admin")).source == "梧溪日报"


def test_author_glued_to_the_next_fields_label_is_read():
    meta = "<span>作者：<a>林晓雯</a></span><span>时间：2024-03-02 10:20:31</span><span>分类：<a>动态</a></span>"
    assert clean(_page(meta)).authors == ("林晓雯",)
    assert clean(_page("2024-03-02 10:20 作者：许文博|来自：梧溪日报")).authors == ("许文博",)
    # an account or a department glued to a label is no name
    assert clean(_page("<span>作者：本站</span><span>时间：2024-03-02 10:20</span>")).authors == ()


def test_source_glued_to_the_dates_day_is_read():
    meta = "<span>发布日期：2024年03月02日</span><span>来源：县林业局</span><span>访问量：<em></em></span>"
    article = clean(_page(meta))
    assert article.source == "县林业局"
    assert article.published is not None and article.published.day == 2


def test_an_institutions_name_as_the_whole_title_is_not_the_headline():
    for site in ("梧溪县人民政府", "澜州市教育局", "桐江职业技术学院", "澜州恒远机械有限公司"):
        logo = f"<div class='logo'>{site}</div>"
        assert clean(_page("发布时间：2024-03-02 10:20 来源：县林业局", title=site, above=logo)).title == HEADLINE
    # a table layout with the meta row over the headline, which is no h1
    row = "<table><tr><td>【发布时间：2024-03-02 10:20:31】【来源：县林业局】</td></tr></table>"
    page = _page("", title="梧溪县人民政府", above="<div class='logo'>梧溪县人民政府</div>" + row,
                 headline=f"<h3>{HEADLINE}</h3>")
    assert clean(page).title == HEADLINE
    # A headline that ends as an institution's name, the whole <title> and the h1, stays the title.
    for headline in ("桐江两所小学合并为实验学校", "澜州组建文旅集团"):
        page = _page("发布时间：2024-03-02 10:20", title=headline, headline=f"<h1>{headline}</h1>")
        assert clean(page).title == headline


def test_a_portal_summary_box_is_left_out_of_the_body():
    summary = f"<div class='s'><div><strong>摘要</strong>: {PARAGRAPHS[0][:40]} ...</div></div>"
    page = _page("2024-3-2 10:20| 发布者: admin| 查看: 12")
    article = clean(page.replace("<div class='con'>", summary + "<div class='con'>"))
    assert article.paragraphs == PARAGRAPHS
