"""The title on headlines placed and decorated as sites do: a short headline the <title> decorates,
a headline broken by <br>, an 引题 over it and a subtitle under it, a <title> of the site's name
alone, a scraper's <title> line over a dump, a recipe's dish over its steps.

Every page here is invented for its test."""

from __future__ import annotations

from datetime import datetime, timezone

from cleaner import clean

NOW = datetime(2024, 6, 20, 4, 0, tzinfo=timezone.utc)
SITE = "澜州新闻网"
SHORT = "秋粮入仓"
HEADLINE = "澜州市出台十二条措施支持中小微企业稳岗扩岗"
META = "2024-05-16 09:30　来源：澜江日报"
GRAIN = ["连日来，澜州市各产粮乡镇抢抓晴好天气收割晚稻，烘干中心的设备昼夜运转，一车车新谷经过烘干后运进粮库入仓。",
         "今年全市晚稻种植面积八万余亩，由于灌溉及时、病虫害防治到位，平均亩产比去年增加约三十公斤，农户种粮收益明显提高。",
         "在青禾镇粮食烘干中心，种粮大户老吴一边看着新谷入仓一边算账：“以前收了谷子要在晒场上翻晒好几天，现在当天就能卖出去。”",
         "市农业部门负责人介绍，今年新建的六座烘干中心已全部投入使用，可满足全市一半以上晚稻的烘干需求。"]
FIRMS = ["日前，澜州市人民政府办公室印发《关于支持中小微企业稳岗扩岗的若干措施》，从资金补贴、社保减负、培训扶持等方面推出十二条具体措施。",
         "根据措施，对当年新增吸纳就业人数较多的中小微企业，按新增人数给予一次性扩岗补贴，单个企业最高可获五十万元。",
         "同时，对生产经营暂时困难但坚持不裁员或少裁员的企业，按规定返还上年度实际缴纳失业保险费的一定比例。",
         "市人社局相关负责人表示，企业可通过政务服务网在线提交申请，材料齐全的，审核通过后十五个工作日内完成拨付。"]
NAV = '<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">本地</a> <a href="/c">财经</a></div>'


def _page(title: str, top: str, paragraphs: list[str], head: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{NAV}'
            f'<div class="article">{top}<div class="info">{META}</div><div class="content">{body}</div></div>'
            f'<div class="footer">版权所有 {SITE}</div></body></html>')


def _title(data: str) -> str | None:
    return clean(data, now=NOW).title


def test_a_short_h1_the_titles_decorated_part_opens_with() -> None:
    """A four-character h1 is the headline when the <title>'s part opens with it, past a tag in
    brackets (【组图】, the site's 【某某网】) or before words the site adds (…的做法), even when a
    longer lower heading is also in the <title>."""
    for title in (f"【组图】{SHORT}_{SITE}", f"【澜州网】{SHORT}", f"{SHORT}的晚稻收割和烘干全过程_三农_{SITE}"):
        assert _title(_page(title, f"<h1>{SHORT}</h1>", GRAIN)) == SHORT, title
    top = f"<h1>{SHORT}</h1><h2>{SHORT}的晚稻收割</h2>"
    assert _title(_page(f"【{SHORT}的晚稻收割和烘干全过程，看新谷怎样入仓】青禾镇_{SITE}", top, GRAIN)) == SHORT
    # A channel's h1 before a label's colon, or over a line that prints the <title>'s part, is none.
    top = f'<h1>财经要闻</h1><div class="title">{HEADLINE}</div>'
    for title in (f"财经要闻：{HEADLINE}_{SITE}", f"财经要闻{HEADLINE}_{SITE}"):
        assert _title(_page(title, top, FIRMS)) == HEADLINE, title


def test_a_headline_broken_by_br_is_one_title_and_no_piece_stays_in_the_body() -> None:
    first, second = HEADLINE[:13], HEADLINE[13:] + "，符合条件的企业最高可获五十万元补贴"
    for title in (f"{first}{second}_{SITE}", SITE):
        article = clean(_page(title, f"<h1>{first}<br>{second}</h1>", FIRMS), now=NOW)
        assert article.title == first + second, title
        assert first not in article.text and second not in article.text


def test_the_h1_between_an_yinti_line_and_a_subtitle_under_a_site_only_title() -> None:
    top = f'<div class="yin">稳就业再加力</div><h1>{HEADLINE}</h1><h2>政策即日起施行 申报全程网上办理</h2>'
    assert _title(_page(SITE, top, FIRMS)) == HEADLINE


def test_og_title_names_the_article_under_a_site_only_title() -> None:
    page = _page(SITE, f'<div class="title">{SHORT}</div>', GRAIN,
                 head=f'<meta property="og:title" content="{SHORT}">')
    assert _title(page) == SHORT


def test_the_logo_h1_a_site_only_title_names_is_no_title() -> None:
    page = _page(SITE, f'<h1 class="logo">{SITE}</h1><div class="title">{SHORT}</div>', GRAIN)
    assert _title(page) != SITE


def _dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_dumps_title_line_at_the_top_loses_the_sites_name() -> None:
    dump = _dump(f"{SHORT}_{SITE}", "首页", "要闻", "本地", SHORT, "图集", *GRAIN)
    assert _title(dump) == SHORT


def test_a_four_character_headline_over_its_labelled_meta_line() -> None:
    assert _title(_dump("首页 要闻 本地 财经", SHORT, META, *GRAIN)) == SHORT


def test_a_site_name_printed_at_the_top_and_again_as_the_logo_is_no_headline() -> None:
    headline = "“夜市经济”能否带动老城区再度繁荣？"
    body = ["晚上八点，澜州老城区的古井街灯火通明，两百多个摊位沿街排开，小吃、文创、手作饰品应有尽有，游客和市民摩肩接踵。",
            "自今年四月夜市开街以来，古井街周边的餐饮店营业额普遍增长了三成以上，不少关门多年的临街铺面也重新租了出去。",
            "不过，夜市的热闹也给附近居民带来了困扰。住在街口的刘阿姨说，夜市常常持续到凌晨，垃圾和噪音让她难以入睡。"]
    assert _title(_dump(SITE, "首页", "要闻", "本地", SITE, headline, META, *body)) == headline


def test_a_recipes_dish_under_the_scrapers_title_line_over_its_first_step() -> None:
    """A recipe's dump: its dish's name (four characters, too short for a headline-like line)
    under the scraper's <title> line that opens with it, the first step right above the prose."""
    steps = ["鲈鱼洗净后在鱼身两面各划三刀，抹上少许盐和料酒，放入葱段姜片腌制十五分钟去除腥味",
             "蒸锅水烧开后放入鱼盘，大火蒸八分钟，关火后再焖两分钟，取出倒掉盘中的汤汁备用。",
             "鱼身上铺满葱丝和红椒丝，淋上蒸鱼豉油，再把烧到冒烟的热油均匀浇在葱丝上即可。"]
    dump = _dump("清蒸鲈鱼的做法_家常菜谱_某某美食", "收藏菜谱", "点击查看大图", "App 内打开", "清蒸鲈鱼",
                 "12万人浏览 · 3056人收藏", "用料", "鲈鱼 一条", "葱 两根", "烹饪步骤", "1/3", steps[0], "2/3", steps[1],
                 "3/3", steps[2])
    assert _title(dump) == "清蒸鲈鱼"
