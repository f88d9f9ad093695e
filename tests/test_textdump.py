"""textdump: plain-text dumps cut into lines, the headline marked, the article's lines chosen.

The dumps here are written for these tests; the seed page of the shared corpus is checked on
every field when the corpus sits beside the checkout.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cleaner import clean
from cleaner.article import REASONS
from cleaner.blocks import Block
from cleaner.dumpprose import _is_prose
from cleaner.textdump import parse, select

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed"

BODY = [
    "江州日报讯（记者 周岚）昨日，江州港新建的两座集装箱泊位正式投入使用，港口年通过能力提升到三百万标准箱。",
    "两座泊位全长七百米",
    "新泊位采用自动化岸桥和智能理货系统，船舶靠泊时间比过去缩短了近三成，装卸效率明显提高。",
    "港口负责人表示，下一步将继续拓展航线，力争年内新开通国际航线五条，服务好腹地外贸企业。",
]
DUMP = "\n".join([
    "登录 注册 手机版 客户端",
    "首页 > 新闻 > 本地",
    "江州港两座集装箱泊位投入使用",
    "2025-03-18 10:05:12 来源：江州新闻网",
    "分享到：",
    "某地举办春季风筝节吸引游客",
    "",
    *[line for p in BODY for line in (p, "")],
    "责任编辑：何平",
    "声明：本文转载自网络，仅代表作者观点。",
    "相关推荐",
    "某地举办春季风筝节吸引游客",
    "市民公园迎来赏花季 周末游客量创新高",
    "入春以来，市民公园的樱花、桃花次第开放，吸引了大批市民前来观赏拍照，园方增加了保洁和安保人员，周末",
    "Copyright 2025 江州新闻网 版权所有",
])


def test_parse_marks_the_headline_and_the_meta_line() -> None:
    page = parse(DUMP)
    assert page.kind == "text"
    marked = {b.tag: b.text for b in page.blocks if b.tag != "line"}
    assert marked == {"h1": "江州港两座集装箱泊位投入使用", "meta": "2025-03-18 10:05:12 来源：江州新闻网"}
    assert [b.text for b in page.blocks if b.heading == 1] == ["江州港两座集装箱泊位投入使用"]
    assert all(b.text for b in page.blocks)  # blank lines are dropped


def test_select_keeps_the_body_and_its_subheads() -> None:
    page = parse(DUMP)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    assert [b.text for b in chosen.kept] == BODY


def test_select_drops_chrome_meta_off_topic_headline_and_everything_after_the_end() -> None:
    page = parse(DUMP)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    reasons = {r.text: r.reason for r in chosen.removed}
    assert reasons["登录 注册 手机版 客户端"] == "chrome"
    assert reasons["江州港两座集装箱泊位投入使用"] == "metadata"
    assert reasons["2025-03-18 10:05:12 来源：江州新闻网"] == "metadata"
    assert reasons["分享到："] == "chrome"
    assert reasons["责任编辑：何平"] == "boilerplate"
    assert reasons["相关推荐"] == "recommendation"
    assert reasons["市民公园迎来赏花季 周末游客量创新高"] == "recommendation"
    off_topic = [r for r in chosen.removed if r.text == "某地举办春季风筝节吸引游客"]
    assert off_topic[0].reason == "off-topic" and off_topic[0].position == 5
    assert all(r.reason in REASONS for r in chosen.removed)


def test_blurbs_without_an_end_marker_are_cut_off() -> None:
    dump = "\n".join([
        "江州港两座集装箱泊位投入使用", "2025-03-18 10:05 来源：江州新闻网", *BODY,
        "市民公园迎来赏花季 周末游客量创新高",
        "入春以来，市民公园的樱花、桃花次第开放，吸引了大批市民前来观赏拍照，园方增加了保洁和安保人员，周末",
        "高校毕业生招聘会下周举行",
    ])
    page = parse(dump)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    assert [b.text for b in chosen.kept] == BODY
    assert {r.reason for r in chosen.removed if r.position >= 6} == {"recommendation"}


def test_a_dump_without_headline_falls_back_to_the_best_run_of_prose() -> None:
    page = parse("\n".join(BODY))
    assert not any(b.heading for b in page.blocks)
    chosen = select(page.blocks, title=None)
    assert chosen.kept[0].text == BODY[0]


def test_clean_recognises_a_text_dump() -> None:
    article = clean(DUMP.encode("utf-8"))
    assert article.kind == "text"
    assert article.title == "江州港两座集装箱泊位投入使用"
    assert list(article.paragraphs) == BODY


# --- the seed page ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> tuple[dict, object]:
    page, label = SEED / "seed-000.txt", SEED / "seed-000.json"
    if not page.exists() or not label.exists():
        pytest.skip(f"the shared corpus is not beside the checkout ({SEED})")
    pytest.importorskip("jieba", reason="the repair reads jieba's word list")
    return json.loads(label.read_text(encoding="utf-8")), clean(page.read_bytes())


def test_seed_body_is_exact(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert article.text == label["body"]


def test_seed_metadata(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert article.title == label["title"]
    assert article.published == datetime(2025, 8, 26, 3, 43, 50, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert article.source == "上下同欲网"
    assert article.original_source == "厦门日报"
    assert list(article.authors) == ["张珺"]


def test_seed_repairs_are_the_labelled_fragments(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert len(article.repairs) == 15
    # The label's offsets index the body as the dump prints it: paragraphs apart by a blank line.
    lengths = [len(p) for p in article.paragraphs]
    for r in article.repairs:
        lengths[r.paragraph] += len(r.fragment)
    starts = [sum(n + 2 for n in lengths[:i]) for i in range(len(lengths))]
    found = [{"offset": starts[r.paragraph] + r.offset, "fragment": r.fragment} for r in article.repairs]
    assert found == label["injected"]


# --- what a dump carries around its article -----------------------------------------------------

ARTICLE = [
    "澜州港今年一季度集装箱吞吐量同比增长一成二，外贸航线新增四条，港口运行总体平稳。",
    "港口集团负责人介绍，一季度新开通的四条外贸航线主要通往东南亚，每周共有十二个航班。",
    "下一步，澜州港将加快建设自动化码头，提高集装箱装卸效率，服务腹地外贸企业出海。",
]


def _dump(*lines: str) -> str:
    return "\n".join(lines)


def test_a_comment_thread_longer_than_the_article_is_not_the_body() -> None:
    posts = []
    for n, comment in enumerate([
        "我家就在港口边上，这几年变化真的很大，晚上灯火通明的，大货车也多了不少，就是希望路能再修宽一点，上下班的时候实在太堵了。",
        "航线多了是好事，我们做外贸的小企业出货方便多了，以前要绕到别的港口，现在在家门口就能走，运费也省了好几成，真心支持。",
        "自动化码头什么时候能建好？听说要好几年，希望别拖太久，也希望招工的时候多考虑一下本地的年轻人，给大家多一些就业机会。",
        "去年去港口参观过一次，场面很震撼，集装箱堆得像小山一样，孩子看得都不想走了，建议以后多搞一些开放日活动让市民看看。",
    ]):
        posts += [f"网友{n}", f"2025-04-0{n + 1} 1{n}:2{n}", comment, "回复 点赞"]
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE,
                 "网友评论", *posts)
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == ARTICLE
    assert any(r.reason == "comment" for r in article.removed)


def test_notices_after_the_last_paragraph_go_whatever_their_wording() -> None:
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE,
                 "来源于：澜州发布", "#港口动态##外贸#", "打开澜州日报客户端，阅读更多精彩内容",
                 "纠错 打印 关闭", "赞 收藏 转发", "本文由澜州日报编辑整理，转载请注明出处。",
                 "部分内容来源于网络，如有侵权请联系删除。")
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == ARTICLE


def test_a_short_last_paragraph_of_the_article_stays() -> None:
    last = "据悉，港口还将于五月开展安全生产月活动。"
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE, last,
                 "纠错 打印 关闭")
    assert list(clean(dump.encode("utf-8")).paragraphs) == [*ARTICLE, last]


def test_a_labelled_line_above_the_body_is_no_paragraph() -> None:
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
                 "本文原标题：《港口一季度开门红》", *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == ARTICLE
    assert ("本文原标题：《港口一季度开门红》", "boilerplate") in {(r.text, r.reason) for r in article.removed}


def test_notices_at_the_top_are_neither_headline_nor_body() -> None:
    dump = _dump("本站使用Cookie以改善您的浏览体验，继续访问即表示您同意我们的隐私政策。", "同意",
                 "您的浏览器版本太旧，请升级到最新版本的浏览器以获得更好的体验。",
                 "首页 新闻 港口", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
                 *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州港一季度集装箱吞吐量增长一成二"
    assert list(article.paragraphs) == ARTICLE


def test_traditional_markers_end_the_article_like_simplified_ones() -> None:
    body = ["澜州港今年一季度貨櫃吞吐量較去年同期成長一成二，外貿航線新增四條，港口營運總體平穩。",
            "港務公司表示，新航線主要通往東南亞，每週共有十二個航班，並將加快建設自動化碼頭。"]
    dump = _dump("澜州港首季貨櫃量成長一成二", "2025/04/01 09:00 來源：澜州日報", *body,
                 "延伸閱讀", "澜州老街週末市集人潮回流", "本網站之文字、圖片及影音，非經授權，不得轉載。")
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == body
    assert article.source == "澜州日報"


def test_a_news_agency_dateline_stays_at_the_start_of_the_first_paragraph() -> None:
    first = "（中央社記者林曉雯澜州1日電）" + "澜州港今年一季度貨櫃吞吐量較去年同期成長一成二，外貿航線新增四條。"
    dump = _dump("澜州港首季貨櫃量成長一成二", "2025/04/01 09:00", first,
                 "港務公司表示，新航線主要通往東南亞，每週共有十二個航班，並將加快建設自動化碼頭。")
    assert clean(dump.encode("utf-8")).paragraphs[0] == first


def test_a_profile_above_the_post_is_not_the_article() -> None:
    dump = _dump("港城小记 - 一个码头工程师的博客", "博主简介",
                 "我在澜州港做了十五年工程师，喜欢拍照和写字，这里记录码头上的人和事，欢迎大家留言交流，转载请先联系我。",
                 "最新文章", "夜班码头的灯", "文章分类", "码头日记(12)",
                 "夜班码头的灯", "发表于 2025-02-11 22:40 | 分类：码头日记 | 阅读 96",
                 "凌晨两点的码头并不安静，岸桥的灯一盏接一盏亮着，集装箱在夜色里被稳稳地吊上船。",
                 "夜班的同事们说，最怕的是大风天，吊具晃得厉害，每一次起吊都要格外小心。",
                 "天亮的时候，最后一个集装箱落了舱，大家才坐下来喝一口热茶。")
    article = clean(dump.encode("utf-8"))
    assert article.title == "夜班码头的灯"
    assert article.paragraphs[0].startswith("凌晨两点的码头")
    assert not any("工程师" in p for p in article.paragraphs)


def test_a_table_row_laid_out_in_columns_is_cut_at_the_gap() -> None:
    page = parse("栏目导航        澜州港一季度集装箱吞吐量增长一成二\n2025-04-01 09:00 来源：澜州日报\n"
                 + "\n".join(ARTICLE))
    assert [b.text for b in page.blocks[:2]] == ["栏目导航", "澜州港一季度集装箱吞吐量增长一成二"]
    assert page.blocks[1].heading == 1


def test_a_badge_run_into_the_headline_is_no_part_of_the_title() -> None:
    dump = _dump("首页 > 财经", "原创澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE)
    assert clean(dump.encode("utf-8")).title == "澜州港一季度集装箱吞吐量增长一成二"


def test_a_dump_quoting_a_tag_is_still_a_dump() -> None:
    quoted = "网页里的链接写作 <a href=''> 这样的标签，浏览器会把它显示成可以点击的文字。"
    dump = _dump("首页 > 科技", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
                 *ARTICLE, quoted)
    article = clean(dump.encode("utf-8"))
    assert article.kind == "text"
    assert article.title == "澜州港一季度集装箱吞吐量增长一成二"
    assert clean(b"<p>\xe4\xb8\x80\xe6\xae\xb5\xe6\x96\x87\xe5\xad\x97</p>").kind == "html"


def test_a_dump_quoting_escaped_line_breaks_is_still_a_dump() -> None:
    # A reply kept as escaped markup in the page (a script's data, a form field) reaches the
    # dump with its ``<br>`` tags as text, many of them, and nothing else of markup.
    reply = "读者回复：" + "<br><br>".join(["码头夜里也在装船", "集装箱堆场比去年满", "希望航线再多几条", "工人加班补贴要发到位"])
    dump = _dump("首页 > 财经", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
                 *ARTICLE, "网友评论", reply)
    article = clean(dump.encode("utf-8"))
    assert article.kind == "text"
    assert article.title == "澜州港一季度集装箱吞吐量增长一成二"
    assert clean(("<br>" * 3 + "<div>澜州港</div>").encode("utf-8")).kind == "html"


def test_an_account_name_above_the_date_is_not_the_headline() -> None:
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "原创", "林晓", "澜州港集团", "2025年4月1日 09:00",
                 "点击上方蓝字关注我们", *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州港一季度集装箱吞吐量增长一成二"
    assert list(article.paragraphs) == ARTICLE


TEASERS = [
    "澜州港一季度集装箱吞吐量同比增长一成二，外贸航线新增四条，港口运行总体平稳，港口集团负责人...",
    "澜州市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，市民可凭借阅证免费入馆，馆方表示...",
    "澜州地铁三号线全线贯通，预计年底开通试运营，沿线共设车站二十座，其中换乘站五座，建设单位...",
    "澜州今年新建口袋公园三十个，主要分布在老城区，每个公园都设有健身器材和儿童游乐设施，市民…",
]


def test_a_list_of_teasers_cut_off_with_an_ellipsis_is_no_article() -> None:
    # A channel page whose first teaser's headline reads as the page's headline.
    dump = _dump("首页 新闻 体育 财经", "澜州港一季度集装箱吞吐量增长", "2025-04-01 09:00 来源：澜州日报",
                 *[x for t in TEASERS for x in (t, "2025-04-01")], "版权所有 澜州日报社")
    article = clean(dump.encode("utf-8"))
    assert article.text == ""
    assert any(r.reason == "no-article" for r in article.removed)


def test_a_list_of_titles_each_with_its_date_is_no_article() -> None:
    titles = ["澜州港务集团有限公司关于二〇二四年度第二期超短期融资券兑付的公告，特此告知",
              "澜州港务集团有限公司关于董事会成员变更、监事会成员变更及高级管理人员调整的公告",
              "澜州港务集团有限公司二〇二四年年度报告摘要及审计报告、内部控制评价报告的公告",
              "澜州港务集团有限公司关于召开二〇二四年度股东大会、听取独立董事述职报告的通知"]
    dump = _dump("信息披露", *[f"{t} 2025-0{i + 1}-1{i}" for i, t in enumerate(titles)])
    assert clean(dump.encode("utf-8")).text == ""


def test_an_article_quoting_one_cut_off_line_is_still_an_article() -> None:
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE,
                 "有网友留言说：“希望以后……”")
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs)[:3] == ARTICLE


def test_a_date_printed_above_the_headline_does_not_hide_it() -> None:
    # A headline that shares few words with the first paragraphs (a blog's headline).
    dump = _dump("首页 沸点 话题 小册", "写文章", "2025年04月01日阅读 1520", "澜州港季度运行观察笔记",
                 "问题背景", *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州港季度运行观察笔记"
    assert list(article.paragraphs)[-3:] == ARTICLE


def test_a_headline_under_another_headlines_date_is_still_no_headline() -> None:
    page = parse(_dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00", "来源：澜州日报", "港口动态",
                       "外贸航线新增四条港口运行总体平稳", *ARTICLE))
    assert next(b.text for b in page.blocks if b.heading == 1) == "澜州港一季度集装箱吞吐量增长一成二"


def test_a_date_and_time_run_into_the_headline_are_cut_off_it() -> None:
    dump = _dump("首页 新闻 体育 财经", "澜州港一季度集装箱吞吐量增长一成二2025/4/1 09:00", *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州港一季度集装箱吞吐量增长一成二"
    assert article.published is not None and (article.published.month, article.published.hour) == (4, 9)


def test_a_long_menu_row_with_a_longer_label_is_no_headline() -> None:
    menu = "即時新聞 澜州港口 外贸航线 社 評 國際兩岸 財 經 娛 樂 體 育 副 刊 一周大事電子報"
    dump = _dump("首頁", menu, "澜州港一季度集装箱吞吐量增长一成二", "發佈日期 : 2025-04-01", *ARTICLE)
    assert clean(dump.encode("utf-8")).title == "澜州港一季度集装箱吞吐量增长一成二"


def test_a_headline_spaced_out_character_by_character_is_still_a_headline() -> None:
    spaced = " ".join("澜州港一季度吞吐量增长")
    dump = _dump("首页 新闻 体育", spaced, "2025-04-01 09:00", *(" ".join(p) for p in ARTICLE))
    assert clean(dump.encode("utf-8")).title == spaced


def test_a_list_of_teasers_above_the_article_does_not_take_its_place() -> None:
    # Other articles' headlines with a comma in them: they weigh as prose, but none is a
    # finished paragraph that could open a body.
    teasers = ["澜州地铁三号线全线贯通，预计年底开通试运营沿线共设车站二十座",
               "澜州今年新建口袋公园三十个，主要分布在老城区每个都有健身器材",
               "澜州市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点钟",
               "澜州老城区改造启动，首批涉及十二条街巷居民可以申请参与设计",
               "澜州高铁新城规划公布，将建设商务区和居住区预计五年内建成",
               "澜州中小学午间托管全面铺开，家长可以自愿报名费用由财政补贴",
               "澜州新能源汽车产量增长四成，本地电池企业扩产计划获批建设"]
    more = ["港口集团表示，二季度还将新开两条航线，其中一条通往中东，另一条通往南亚，全年外贸航线将达到三十条。",
            "业内人士分析，澜州港吞吐量增长得益于腹地制造业回暖，电子产品和家电出口明显增加，带动集装箱运输需求。"]
    menu = [f"本地频道栏目{n:02d}" for n in range(30)]   # the page's menus between the list and the article
    dump = _dump("首页 新闻 体育 财经", *teasers, *menu, "澜州港一季度集装箱吞吐量增长一成二",
                 "2025-04-01 09:00 来源：澜州日报", *ARTICLE, *more)
    headline = [b.text for b in parse(dump).blocks if b.heading == 1]
    assert headline == ["澜州港一季度集装箱吞吐量增长一成二"]
    assert list(clean(dump.encode("utf-8")).paragraphs) == ARTICLE + more


def test_a_feed_of_cards_dated_with_hao_ends_the_article() -> None:
    # Cards of other articles: headline, summary, a date with 号, a view counter.
    cards = []
    for n, (head, summary) in enumerate([
        ("澜州地铁三号线全线贯通", "澜州地铁三号线昨日全线贯通，预计年底开通试运营，沿线共设车站二十座，其中换乘站五座。"),
        ("澜州新建口袋公园三十个", "今年澜州新建口袋公园三十个，主要分布在老城区，每个公园都设有健身器材和儿童游乐设施。"),
        ("澜州图书馆推出夜间阅读", "澜州市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，市民可凭借阅证免费入馆。"),
        ("澜州老城区改造启动", "澜州老城区改造昨日启动，首批涉及十二条街巷，居民可以通过社区报名参与改造方案的讨论。"),
    ]):
        cards += [head, summary, f"2025年3月{n + 10}号 1{n}:2{n}", f"{n + 2}.{n}k"]
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE, *cards)
    article = clean(dump.encode("utf-8"))
    # The feed is a thread of dated posts from its second card on (the first card's finished
    # summary reads as the article's last paragraph).
    assert list(article.paragraphs)[:3] == ARTICLE
    assert not set(article.paragraphs) & set(cards[4:])
    assert any(r.reason == "comment" for r in article.removed)


SIDEBAR = ["本站精选", "澜州地铁三号线全线贯通 年底开通试运营", "澜州新建口袋公园三十个 老城区居多",
           "Tweet", "电子邮件", "列印", "标签", "港口 航线 外贸", "作者", "林晓",
           "好好读新闻，好好过日子。", "大家都在看", "澜州图书馆推出夜间阅读 每周延长开放",
           "澜州老城区改造启动 首批十二条街巷", "热门关键字", "澜州港", "投稿信息",
           "如果您有不同的意见或者想刊登新闻，请来信告诉我们。", "关于我们"]


def test_a_tail_with_next_to_no_prose_after_the_last_paragraph_is_not_the_article() -> None:
    dump = _dump("澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报", *ARTICLE, *SIDEBAR)
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == ARTICLE
    assert any("next to no prose" in r.detail for r in article.removed)



def test_a_traditional_recommend_marker_ends_a_short_story_above_a_comment_box_s_rules() -> None:
    # 推薦閱讀 in traditional characters is the end marker it is in simplified ones: the rules
    # of the comment box below, longer than the one-paragraph story, are no part of it.
    story = ("澳門港今日上午發生貨櫃吊臂故障，三名工人受輕傷送醫，港務局已派員調查事故原因，並暫停該碼頭作業，"
             "預計明日恢復作業。")
    rules = [
        "本網站對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利，請使用者詳細閱讀並同意配合下述規定：",
        "請勿重覆刊登一樣的文章，或大意內容相同、類似的文章，一經發現，將會限制您的發言權限或者封鎖帳號",
        "發言涉及攻擊、侮辱、影射或其他有違社會善良風俗、社會正義、國家安全、政府法令之內容，本網站將會直接移除",
        "違反上述規定者，本網站有權刪除留言，或者直接封鎖帳號！請使用者在發言前，務必先閱讀留言板規則，謝謝配合。",
    ]
    dump = _dump("首頁 社會 地方 國際", "澳門港吊臂故障 三名工人輕傷", "2025年04月01日 15:31", story,
                 "推薦閱讀", "颱風過境 港區停班停課一天", "夜市攤商聯合促銷 人潮回流", "發表意見", *rules)
    article = clean(dump.encode("utf-8"))
    assert article.paragraphs == (story,)


def test_headlines_listed_with_a_symbol_bullet_after_the_article_are_not_its_text() -> None:
    # A text-mode browser's list of other stories (* headline, then its summary): an item that
    # ends with a closing quote is a headline all the same, not a paragraph.
    items = []
    for headline, summary in [
        ("夜市攤販聯合促銷 人潮回流", "市區夜市的攤販昨晚聯合推出促銷活動，吸引大批市民前往，不少攤位大排長龍"),
        ("颱風過境 港區停班停課一天", "受颱風外圍環流影響，港區昨日宣布停班停課一天，各級學校全面停課，民眾"),
        ("【法律問答】租屋滲水 房東稱「不關我的事」", "不具名讀者問：我租的房子下雨就滲水，房東卻說房子交屋時好好的，要我"),
    ]:
        items += [f"* {headline}", summary + "…"]
    dump = _dump("澜州港季度运行观察", "2025-04-01 09:00 来源：某某网", *ARTICLE, *items)
    article = clean(dump.encode("utf-8"))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_copyright_notice_below_other_stories_headlines_does_not_keep_them() -> None:
    # The headlines of other stories, then the page's copyright notice, said as a sentence: the
    # notice is no paragraph of the article that would make the headlines above it its text.
    dump = _dump("澜州港季度运行观察", "2025-04-01 09:00 来源：某某网", *ARTICLE, "快讯",
                 "夜市摊贩联合促销 人潮回流明显", "台风过境 港区停班停课一天", "老街改造完工 周末迎来首批游客",
                 "本文版权所有，非经授权，不得转载。")
    article = clean(dump.encode("utf-8"))
    assert article.paragraphs == tuple(ARTICLE)


def test_headline_pieces_stuffed_after_the_last_full_stop_do_not_move_the_body() -> None:
    # Each paragraph of the fixture ends with a piece of the headline after its full stop
    # (。墙修): measured as it stands, it reads as a summary cut off mid-sentence.
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "dump_stuffed_pieces_after_last_stop"
    stuffed = fixture.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    label = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    own = stuffed[:3] + label["body"].split("\n") + stuffed[7:]
    chosen = []
    for lines in (own, stuffed):
        page = parse("\n".join(lines))
        chosen.append([b.position for b in select(page.blocks, title=label["title"]).kept])
    assert chosen == [[3, 4, 5, 6], [3, 4, 5, 6]]


def test_the_headline_printed_again_in_the_body_goes_though_it_holds_a_comma() -> None:
    # Its pieces after the comma are what select measures the lines without: the headline
    # printed again is still told by its text.
    head = "江州港两座集装箱泊位投入使用，年通过能力提升三成"
    dump = "\n".join(["首页 > 新闻 > 本地", head, "2025-03-18 10:05:12 来源：江州新闻网",
                      BODY[0], head, *BODY[2:]])
    page = parse(dump)
    assert [b.text for b in select(page.blocks, title=head).kept] == [BODY[0], *BODY[2:]]


def test_a_short_line_in_the_gap_keeps_the_headline_word_after_its_colon() -> None:
    # 经济 after the colon is how the line agrees with the headline: measured without it, the
    # line would read as another article's headline placed in the gap.
    head = "第四届经济学年会会议议程"
    place = "会 场：经济学院东楼三楼报告厅"
    paragraphs = ["本届年会由学院与三所兄弟院校联合主办，围绕宏观政策、产业升级和区域发展三个议题展开讨论，欢迎师生踊跃参加。",
                  "会议期间将设置青年学者论坛，入选论文的作者将在分会场报告，每位报告人发言十五分钟，随后由点评人和听众提问交流。"]
    page = parse("\n".join(["首页 > 通知公告", head, "2025-05-10 09:00 来源：学院办公室", place, *paragraphs]))
    assert [b.text for b in select(page.blocks, title=head).kept] == [place, *paragraphs]


def test_more_answers_on_a_question_page_end_the_answer() -> None:
    # A question-and-answer page: the answer asked for, then "more answers" from other people,
    # each as long as an article; the first answer is the article, the rest is another page's.
    answer = ARTICLE + ["码头工人说，今年以来夜班明显增多，装卸设备几乎不停，大家都盼着自动化码头早日建成投用。",
                        "附近的物流企业也表示，航线增加以后订单跟着增加，仓库周转更快，运输成本有所下降。"]
    others = ["另一位网友回答：我在港口附近住了十年，感觉这几年码头确实越来越忙，晚上也能看到货车排队进港。",
              "还有人说，外贸航线多了以后，周边的物流公司招工也多了，不少年轻人回到本地工作，收入也还可以。",
              "也有网友担心，码头扩建以后货车更多，附近道路的噪声和安全问题需要提前考虑，希望有关部门重视。"]
    dump = _dump("首页 > 问答", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
                 *answer, "编辑于 2025-04-01", "更多回答", *others, "编辑于 2025-05-20")
    article = clean(dump.encode("utf-8"))
    assert list(article.paragraphs) == answer
    assert article.published is not None and article.published.date().isoformat() == "2025-04-01"


def test_a_date_line_ending_with_its_source_label_takes_the_value_on_the_next_line() -> None:
    # A dump of inline elements puts the 来源 label at the end of the date's line and the
    # publisher on a line of its own.
    article = clean("\n".join(["首页 > 新闻", "江州港两座集装箱泊位投入使用", "2025-03-18 10:05:12 来源:",
                               "江州晚报", *BODY]).encode("utf-8"))
    assert article.source == "江州晚报"
    assert article.published is not None and article.published.isoformat().startswith("2025-03-18T10:05:12")


def test_a_line_of_a_hard_wrapped_paragraph_is_no_headline() -> None:
    # A notice printed at a fixed width (26 characters a line): a piece of a paragraph ends
    # mid-word and shares the notice's words, but it is as wide as the pieces around it, and
    # no headline.
    items = ["一、报名时间：自公告之日起至四月三十日止，每日上午九时至下午五时在社区服务中心一楼窗口办理，"
             "节假日照常受理，报名时请携带本人身份证和户口簿原件，由工作人员现场核对后登记，登记后三个工作日"
             "内将在社区公告栏公示名单，公示期间如有异议，可向社区居委会书面反映。",
             "二、报名材料：申请人身份证、户口簿及近期免冠照片两张，委托他人代办的，还应提交委托书和代办人身"
             "份证，材料不全的不予受理。"]
    wrapped = [item[k:k + 26] for item in items for k in range(0, len(item), 26)]
    page = parse("\n".join(["首页 > 通知公告", "梧溪社区助餐公告", *wrapped]))
    assert [b.text for b in page.blocks if b.heading == 1] == ["梧溪社区助餐公告"]


def test_the_pieces_of_a_hard_wrapped_paragraph_above_the_first_full_stop_are_kept() -> None:
    # A notice printed at a fixed width (24 characters a line): its subject paragraph's first
    # pieces come before any full stop, and read alone they are a labelled line (主旨：…) and a
    # headline sharing no word with the rest; as wide as the pieces below them, they are the
    # article's (and the pieces, wrapped at one width, are joined into its items again).
    items = ["主旨：公告梧溪社区老旧小区加装电梯项目第二批申请受理事宜，凡符合条件之住宅楼，可由业主代表向本处"
             "提出申请。",
             "一、申请条件：住宅楼为四层以上、未设电梯、房屋产权清晰，同一单元三分之二以上业主同意加装，且无违"
             "章搭建、地基沉降等影响施工安全之特殊情形。",
             "二、申请材料：业主同意书、房屋权属证明复印件及加装方案草图，材料可向社区服务中心索取样本，并依样"
             "本所载之注意事项填写。",
             "三、补助标准：每部电梯补助工程费用之百分之四十，最高不超过二十万元，由区财政分两期拨付。"]
    wrapped = [item[k:k + 24] for item in items for k in range(0, len(item), 24)]
    dump = "\n".join(["首页 > 通知公告", "梧溪社区老旧小区加装电梯申请公告",
                      "发布日期：2025年5月6日  来源：梧溪区住房和城乡建设局", *wrapped,
                      "相关链接", "梧溪区人民政府", "版权所有：梧溪区住房和城乡建设局"])
    article = clean(dump.encode())
    assert article.title == "梧溪社区老旧小区加装电梯申请公告"
    assert list(article.paragraphs) == items


def test_a_writer_s_common_name_under_the_outlet_after_the_date_is_the_author() -> None:
    # Date, outlet and writer each on a line of its own (a dump of inline elements): the
    # common name two lines under the date is the writer, the outlet the source.
    article = clean("\n".join(["首页 > 新闻", "江州港两座集装箱泊位投入使用", "2025-03-18 10:05", "江州日报",
                               "孟嘉禾", *BODY[1:]]).encode("utf-8"))
    assert article.authors == ("孟嘉禾",)
    assert article.source == "江州日报"


def test_a_day_first_date_is_read_day_first_when_the_page_s_other_dates_say_so() -> None:
    # 06/03/2025 alone could be June 3rd or March 6th; a list of other articles dated
    # 24/02/2025 and 17/02/2025 on the same page says the page puts the day first.
    article = clean("\n".join(["首页 > 国际", "江州港两座集装箱泊位投入使用", "发表时间： 06/03/2025 - 10:05",
                               *BODY, "相关文章", "江州港开通第十条国际航线", "24/02/2025",
                               "江州港年吞吐量创新高", "17/02/2025"]).encode("utf-8"))
    assert article.published is not None and article.published.date().isoformat() == "2025-03-06"


def test_an_image_s_zoom_button_under_the_headline_is_no_author() -> None:
    # The line right under the headline names the writer on undated self-media posts; an
    # image's zoom button printed there (the dump keeps the button's label) names no one.
    article = clean("\n".join(["首页 > 新闻", "江州港两座集装箱泊位投入使用", "放大圖片", *BODY]).encode("utf-8"))
    assert article.authors == ("周岚",)   # the reporter the dateline names
    assert article.source != "放大圖片"


def test_an_author_card_below_a_long_list_of_other_articles_names_the_author() -> None:
    # A blog template prints the latest articles, each with its date, between the article and
    # the author card: the card is far below the end of the article, and still the writer's.
    teasers = [line for k in range(12) for line in (f"2025-02-{k + 10:02d}", f"江州港第{k + 2}条航线开通")]
    article = clean("\n".join(["首页 > 新闻", "江州港两座集装箱泊位投入使用", "2025-03-18 10:05",
                               *BODY[1:], "更多文章", *teasers, "About the Author", "温若岚",
                               "写港口的人"]).encode("utf-8"))
    assert article.authors == ("温若岚",)


def test_a_byline_in_brackets_cut_into_pieces_keeps_all_its_writers() -> None:
    # get_text("\n") prints each inline element of 【江州网讯】(江州日报记者 周岚 孟嘉禾) on a line
    # of its own; the bracket left open on the first piece holds the pieces after it together.
    article = clean("\n".join(["首页 > 新闻", "江州港两座集装箱泊位投入使用", "2025-03-18", "【江州网讯】", "(",
                               "江州日报", "记者 周岚", "孟嘉禾", ")" + BODY[0][10:], *BODY[1:]]).encode("utf-8"))
    assert set(article.authors) == {"周岚", "孟嘉禾"}


def test_form_labels_its_headline_and_dates_it_in_the_roc_calendar() -> None:
    # A government form: 名稱：<headline>, 發文日期：民國 date, then the subject line opening the text.
    dump = "\n".join([
        "公文名稱：桐江地方法院公告（第一次拍賣）",
        "發文日期：中華民國114年3月13日",
        "發文字號：桐院執114司執字第2381號",
        "主旨：公告以投標方法拍賣本院114年度司執字第2381號清償債務強制執行事件，債務人所有如附表所示不動產有關事項。",
        "依據：強制執行法第81條。",
        "一、不動產所在地、種類、權利範圍、實際狀況及拍賣最低價額等事項，均詳如附表。",
        "二、開標日時及場所：114年4月17日上午11時在本院民事執行處投標室當眾開標。",
    ])
    page = parse(dump)
    assert [(b.tag, b.text) for b in page.blocks if b.tag != "line"] == [
        ("h1", "桐江地方法院公告（第一次拍賣）"), ("meta", "發文日期：中華民國114年3月13日")]
    article = clean(dump)
    assert article.title == "桐江地方法院公告（第一次拍賣）"
    assert article.published is not None and article.published.date().isoformat() == "2025-03-13"


def test_wire_dateline_cut_off_its_date_is_no_paragraph() -> None:
    dump = "\n".join([
        "桐江老街騎樓修繕完工 下月起開放夜間導覽",
        "2025-02-28 14:31",
        "某某社 桐江縣28日電",
        "桐江縣政府今天表示，老街兩側的騎樓修繕工程已經完工，自下個月起將開放夜間導覽，每週五、六晚間各有兩個梯次。",
        "導覽每梯次限額三十人，由在地文史工作者帶領，沿途介紹老店鋪的歷史，民眾可以上網預約，費用全免。",
    ])
    article = clean(dump)
    assert article.paragraphs[0].startswith("桐江縣政府今天表示")
    assert article.source == "某某社"


def test_a_meta_line_posting_to_its_date_is_not_cut_as_a_headline_and_its_stamp() -> None:
    # 标题2014/12/1 18:13 is a headline with its stamp run in; 来自某站发布于05-16 19:12 is a meta line.
    page = parse("\n".join(["林间小舟", "来自某某财经发布于05-16 19:12", "慢慢变富的三个习惯",
                            "这几年我身边不少朋友开始学着理财，问得最多的一个问题是：有没有办法快速赚钱。",
                            "第一个习惯是记账。不是为了省下每一分钱，而是为了知道钱去了哪里。"]))
    assert "来自某某财经发布于05-16 19:12" in [b.text for b in page.blocks]


def test_a_headline_with_its_post_stamp_and_the_poster_label_run_in_is_cut_from_them() -> None:
    # A text-mode browser prints a thread's title cell, its time and 楼主 on one line.
    page = parse("\n".join(["澜州老街改造后的第一个夏天  2023-07-22 21:40:18 楼主",
                            "老街改造完成已经快三个月了，这个夏天我几乎每个傍晚都会去走一走，石板路重新铺过。",
                            "最让我惊喜的是巷子尽头那家老茶馆又开张了，掌柜还是原来的那位老先生，客人比以前还多。"]))
    texts = [b.text for b in page.blocks]
    assert texts[:2] == ["澜州老街改造后的第一个夏天", "2023-07-22 21:40:18 楼主"]
    article = clean("\n".join(texts))
    assert article.title == "澜州老街改造后的第一个夏天"
    assert article.published == datetime(2023, 7, 22, 21, 40, 18, tzinfo=ZoneInfo("Asia/Shanghai"))


# A dump whose four paragraphs above a source line (来源：…) hold a little less prose than the
# three below it: the line heads a list inside the article, which goes on below it.
STUFFED_TITLE = "江州港新泊位投入使用"
ABOVE_SOURCE = [
    "昨日上午，江州港新建的两座集装箱泊位正式投入使用，港口年通过能力提升到三百万标准箱。",
    "新泊位采用自动化岸桥和智能理货系统，船舶靠泊时间比过去缩短了近三成，装卸效率明显提高。",
    "当天首艘靠泊的货轮来自东南亚，船上装载的四百多个集装箱在三个小时内全部卸完。",
    "现场的工作人员说，过去同样的作业量需要大半天，如今岸桥司机在控制室里就能完成操作。",
]
# The same with the headline's words stuffed in, at the lines' starts and after commas.
ABOVE_SOURCE_STUFFED = [
    "新泊位昨日上午，江州港新建的两座集装箱泊位正式投入使用，新泊位港口年通过能力提升到三百万标准箱。",
    "江州港新泊位采用自动化岸桥和智能理货系统，新泊位船舶靠泊时间比过去缩短了近三成，江州港装卸效率明显提高。",
    "新泊位当天首艘靠泊的货轮来自东南亚，江州港船上装载的四百多个集装箱在三个小时内全部卸完。",
    "江州港现场的工作人员说，新泊位过去同样的作业量需要大半天，江州港如今岸桥司机在控制室里就能完成操作。",
]
BELOW_SOURCE = [
    "来源：江州港务集团",
    "港口负责人表示，下一步将继续拓展航线，力争年内新开通国际航线五条，服务好腹地外贸企业，带动临港产业发展。",
    "据介绍，港区还将配套建设冷链仓储中心和铁路专用线，实现海铁联运无缝衔接，进一步降低企业物流成本，预计明年底建成。",
    "业内人士认为，随着码头和集疏运体系不断完善，这座港口有望成为区域性物流枢纽，吸引更多航运企业在此设立分支机构，"
    "带来更多新的就业岗位。",
]


def _source_dump(above: list[str]) -> str:
    return "\n".join(["首页 > 新闻 > 本地", STUFFED_TITLE, "2025-03-18 10:05:12 来源：江州新闻网", *above,
                      *BELOW_SOURCE, "责任编辑：何平", "相关推荐", "市民公园迎来赏花季 周末游客量创新高"])


def test_headline_pieces_stuffed_at_line_starts_do_not_end_the_body_early() -> None:
    # The pieces at the lines' starts lend the paragraphs above the source line more prose
    # than those below it: the line would read as the article's end. Measured as the repair
    # leaves them, the paragraphs weigh what the page's own do, and the article goes on.
    control = clean(_source_dump(ABOVE_SOURCE))
    assert control.paragraphs == tuple(ABOVE_SOURCE + BELOW_SOURCE)
    stuffed = clean(_source_dump(ABOVE_SOURCE_STUFFED))
    assert stuffed.repairs
    assert stuffed.paragraphs[len(ABOVE_SOURCE):] == tuple(BELOW_SOURCE)
    assert not any(r.reason == "boilerplate" and r.text == BELOW_SOURCE[0] for r in stuffed.removed)


def test_select_measures_the_lines_the_repair_changed_as_it_left_them() -> None:
    page = parse(_source_dump(ABOVE_SOURCE_STUFFED))
    stuffed = select(page.blocks, title=STUFFED_TITLE)
    assert [b.text for b in stuffed.kept] == ABOVE_SOURCE_STUFFED
    repaired = {b.position: own for b, own in zip(stuffed.kept, ABOVE_SOURCE)}
    chosen = select(page.blocks, title=STUFFED_TITLE, repaired=repaired)
    # (the lines kept are the page's own, stuffed as they are: the repair takes the pieces out)
    assert [b.text for b in chosen.kept] == ABOVE_SOURCE_STUFFED + BELOW_SOURCE


# A dump whose last paragraph leads on to a list with a colon, and the same stuffed with the
# headline's pieces after its marks: one after the colon at the lead-in's end.
HARVEST_TITLE = "清河县首届农民丰收节落幕 八个乡镇捧回特色奖"
HARVEST = [
    "为期十天的清河县首届农民丰收节昨日在县会展中心落幕。本届丰收节共设六大板块，全县八个乡镇的三百多家合作社参展，"
    "吸引游客近十万人次。",
    "丰收节期间的主要活动安排为：",
    "9月20日 开幕式暨农产品巡游",
    "9月22日至25日 特色农产品展销",
    "9月27日 农事技能比赛",
    "9月29日 闭幕式及颁奖",
    "县农业农村局有关负责人介绍，丰收节以农民为主角，活动内容贴近乡村生活，不少村民全家出动参加比赛。今年还首次开设了"
    "直播带货专区，二十多位返乡青年现场推介家乡好物。",
    "经过层层评选，各类奖项分别由以下乡镇获得：",
    "最佳展台 河口镇",
    "最受欢迎农产品 柳林乡",
    "技能比赛团体第一 东湖镇",
    "直播带货新星 石桥乡",
]
HARVEST_STUFFED = [
    "为期十天的清河县首届农民丰收节昨日在县会展中心落幕。清河本届丰收节共设六大板块，县首全县八个乡镇的三百多家合作社"
    "参展，吸引游客近十万人次。",
    *HARVEST[1:6],
    "县农业农村局有关负责人介绍，丰收节以农民为主角，活动内容贴近乡村生活，落幕不少村民全家出动参加比赛。收节今年还首次"
    "开设了直播带货专区，八个二十多位返乡青年现场推介家乡好物。乡镇",
    "经过层层评选，各类奖项分别由以下乡镇获得：捧回",
    *HARVEST[8:],
]


def _harvest_dump(body: list[str]) -> str:
    return "\n".join(["首页 | 新闻 | 乡村振兴 | 图片 | 视频", "当前位置：首页 > 新闻 > 县域", HARVEST_TITLE,
                      "2025-10-01 09:30 来源：清河新闻网", *body, "责任编辑：林晓", "分享到：微信 微博 QQ",
                      "相关阅读", "清河县首届农民丰收节开幕 三百多家合作社参展", "农民丰收节报名启动 今年新增直播带货专区",
                      "河口镇建成乡村振兴示范带", "本周热读", "清河大桥主桥合龙 预计年底通车", "县城十条老街完成改造",
                      "清河实验中学新校区投入使用", "秋季农产品展销会本周末开幕",
                      "关于我们 | 联系方式 | 广告刊例 | 网站地图", "清河新闻网版权所有，未经书面授权禁止使用"])


def test_a_headline_piece_after_a_lead_ins_colon_does_not_cut_the_list_off() -> None:
    # Short and without a full stop, the lead-in with a piece after its colon read as a
    # headline-like line, which keeps its pieces when the lines are measured: ending on the
    # piece, it led into nothing, and the article ended above it. Without the piece it ends on
    # its colon, as no headline does, and the list it leads into stays.
    assert clean(_harvest_dump(HARVEST)).paragraphs == tuple(HARVEST)
    stuffed = clean(_harvest_dump(HARVEST_STUFFED))
    assert "捧回" in [r.fragment for r in stuffed.repairs]
    assert stuffed.paragraphs == tuple(HARVEST)


def test_a_line_ending_on_a_colon_once_its_pieces_are_out_is_measured_without_them() -> None:
    from cleaner.dumpspam import unstuffed
    lines = (Block("经过层层评选，各类奖项分别由以下乡镇获得：捧回", 0),
             Block("农事简报：丰收", 1), Block("简报：捧回大奖的乡镇", 2))
    title = "农事简报：丰收节捧回大奖"
    # (the title's own line keeps its words, and so does a headline-like line going on past them)
    assert [b.text for b in unstuffed(lines, title)] == ["经过层层评选，各类奖项分别由以下乡镇获得：",
                                                         "农事简报：丰收", "简报：捧回大奖的乡镇"]


PITCH = [
    "这个周末的「城市骑行体验营」是什么？",
    "用两天时间，带你骑遍江州老城的十条小巷，认识一座你以为很熟悉的城市！",
    "报名之后，你可以：",
    "跟着本地向导走进三处不对外开放的老院子",
    "在河边茶馆里听老人讲码头的故事",
    "拿到一份手绘的骑行路线图",
    "活动当天，我们提供车辆、头盔和午餐，你只需要带上好奇心！",
    "名额有限，先到先得，赶快来报名吧！",
]


def test_a_pitch_of_short_lines_closing_on_exclamations_is_an_article() -> None:
    # No line holds a full stop: the paragraphs are short lines of clauses closing on ！ and ？.
    # Read as headlines, none opened the body, every line went as an off-topic headline of the
    # gap and the page as no article; two clauses and a sentence's close make them prose.
    dump = "\n".join(["江州生活 首页 活动 关于", "城市骑行体验营开始报名", "2025年4月2日", *PITCH,
                      "相关推荐", "江州春季徒步路线推荐", "老城区十家值得一去的茶馆", "周末去哪儿：江州亲子活动合集"])
    article = clean(dump)
    assert article.title == "城市骑行体验营开始报名"
    assert article.paragraphs == tuple(PITCH)


def test_two_clauses_closing_as_a_sentence_make_a_short_line_prose() -> None:
    def prose(text: str) -> bool:
        return _is_prose(Block(text, 0))
    assert prose("活动当天，我们提供车辆、头盔和午餐，你只需要带上好奇心！")
    assert prose("“你是不知道，每天看着孩子们仰着小脸儿，那种成就感，真的太棒了！”")
    assert prose("在不增加优先级的前提下，可匹配内部元素的样式，也可省略选择器；")
    # A headline's one comma, a summary cut off, a note in brackets: still no paragraph.
    assert not prose("一座千年古城的新生，它就是江州！")
    assert not prose("杨女士怎么也想不明白，女儿被邻居欺负，经有关部门鉴定，认定的结果是...")
    assert not prose("（摘自《我们的城市》，周岚编著，江州人民出版社）")


def test_a_text_mode_renderer_s_bullets_are_no_part_of_the_list_s_items() -> None:
    # inscriptis prints a list's items under "* ", a level down under "+ " and "o ": the HTML
    # path gives an item's text without its marker, and so does the dump.
    title = "城北老旧小区加装电梯提速"
    items = ["业主同意书改为线上签署，电梯提速不再需要逐户上门收集纸质材料。",
             "规划审批和施工许可合并办理，老旧小区审批时间从两个月缩短到三周。",
             "补助资金分两期拨付，开工即可申请第一期。"]
    lines = ["首页 > 本地新闻", title, "2025-04-02 10:20 来源：梧溪日报",
             "记者从区住建局获悉，今年城北片区计划为老旧小区加装电梯二十部，目前已有八部开工。",
             "据介绍，加装电梯的申请流程今年做了三项简化：",
             f"  * {items[0]}", f"      + {items[1]}", f"          o {items[2]}",
             "区住建局有关负责人表示，城北加装电梯后续还将推出维保补贴，减轻居民的后期负担。",
             "相关新闻", "城南新建两座口袋公园", "版权所有 © 梧溪日报"]
    article = clean("\n".join(lines).encode())
    assert article.paragraphs[2:5] == tuple(items)
    # A block comment's lines open with "* " too: a text holding one keeps every mark.
    code = [*lines[:5], "/**", f" * {items[0]}", " */", *lines[8:]]
    assert f"* {items[0]}" in clean("\n".join(code).encode()).paragraphs


def test_the_repairs_in_an_item_move_with_its_bullet() -> None:
    from cleaner.article import Repair
    from cleaner.pipeline import _unbulleted
    paragraphs = ("第一段，没有标记。", "* 列表项，其中有残片。", "- 横线是页面自己的。")
    repairs = (Repair("残片", 1, 8, "cyclic"), Repair("段", 0, 2, "cyclic"))
    assert _unbulleted(paragraphs, repairs) == (
        ("第一段，没有标记。", "列表项，其中有残片。", "- 横线是页面自己的。"),
        (Repair("残片", 1, 6, "cyclic"), Repair("段", 0, 2, "cyclic")))


_BLURBS_OVER_A_MARKER = """首页 新闻 体育 财经
河湾小镇试行垃圾分类积分兑换
2026-03-02 09:15 来源：河湾日报
河湾小镇从本月起在六个社区试行垃圾分类积分兑换，居民每次正确投放可得两分，积满一百分可兑换米面油等生活用品。
镇环卫所负责人介绍，试点社区已新设分类投放点四十个，每个投放点都配有督导员，早晚高峰各值守两小时。
不少居民表示，积分兑换让分类变得有意思，老人们也愿意学，社区微信群里每天都有人晒自己的积分。
据悉，试点三个月后镇里将评估效果，再决定是否在全镇推开，同时研究把积分与社区服务挂钩的办法。
外省某市地铁新线开通首日客流突破二十万人次，沿线商圈迎来…
某地举办国际马拉松赛事，三万名跑者参赛，赛道沿江而设风景…
发表评论
网友评论仅供其表达个人看法
"""


def test_blurbs_above_an_end_marker_are_removed_as_blurbs_not_as_the_marker():
    # The marker (发表评论) ends the body first; the blurbs found above it move the end up, and the
    # first blurb's removal says why it went, not the marker's reason.
    article = clean(_BLURBS_OVER_A_MARKER.encode())
    assert article.text.endswith("挂钩的办法。")
    first_blurb = next(r for r in article.removed if r.text.startswith("外省某市"))
    assert first_blurb.reason == "recommendation"
    assert "marker" not in first_blurb.detail
