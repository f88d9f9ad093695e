"""dumphead: the headline, subtitle and meta line of a plain-text dump.

Each test is a short dump written for it, in the shape of one kind of miss seen on dumps of
real pages: the headline must be the line the body and the meta line agree on.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.dumplines import dated, finished, headline_like
from cleaner.textdump import parse
from test_textdump import ARTICLE, _dump


def _headline(dump: str) -> str | None:
    return next((b.text for b in parse(dump).blocks if b.heading == 1), None)


def test_dated_lines_with_and_without_a_year() -> None:
    assert dated("2025-04-01") and dated("发布于 Apr 22, 2025") and dated("05-16 19:12")
    assert not dated("1-10月") and not dated("阅读 1520")


def test_a_headline_holding_a_full_stop_and_ending_with_a_question_mark() -> None:
    headline = "先看航线，再看码头。澜州港的吞吐量还能涨吗？"
    dump = _dump("首页 行情 交易 登录", "港口观察者", "来自某站发布于", "04-01 09:00", "关注", headline,
                 "来自港口观察者的原创专栏", *ARTICLE)
    assert _headline(dump) == headline
    assert clean(dump.encode("utf-8")).title == headline


def test_a_headline_with_latin_words_and_a_comma_above_its_date() -> None:
    headline = "澜州港推出首款 AI 调度系统 Port Link Pro，支持 32 条航线！"
    dump = _dump("首页 产品库 工具导航", headline, "某某基地", "发布于港口资讯 · 1 分钟阅读 · Apr 1, 2025",
                 *ARTICLE)
    assert _headline(dump) == headline


def test_a_short_opening_paragraph_under_the_meta_line_is_no_headline() -> None:
    opening = "我们常常会听到“智慧港口”这个词，甚至有港口专门设了一个岗位。"
    dump = _dump("澜州港怎样建智慧港口？", "4月1日 09:00 更新", "登录", opening, *ARTICLE)
    assert _headline(dump) != opening


def test_a_sentence_above_a_date_opening_the_next_sentence_is_no_headline() -> None:
    # An encyclopedia's lines cut at its links: the date opens a sentence, it is no meta line.
    sentence = "以澜州港的名义组建船队，承接首条外贸航线。"
    dump = _dump("简介", "编辑", sentence, "2015年12月21日，", "船队", *ARTICLE)
    assert _headline(dump) != sentence


def test_a_column_name_over_the_headline_is_no_headline() -> None:
    headline = "澜州港一季度集装箱吞吐量增长一成二"
    dump = _dump("首页 港口 航运 登录", "澜州港口关注", headline, *ARTICLE)
    assert _headline(dump) == headline


def test_the_headline_with_a_channel_name_before_it_is_no_headline_over_a_subtitle() -> None:
    headline = "澜州港一季度集装箱吞吐量增长一成二"
    dump = _dump("首页 港口 航运 登录", "港航风云--" + headline, headline, "某某 发布于 2025-04-01 09:00",
                 *ARTICLE)
    assert _headline(dump) == headline


def test_the_headline_the_title_line_prints_again_is_no_other_headline_in_the_gap() -> None:
    # A scraper prints the page's <title> first; the account's name and the date sit above the
    # headline, the writer's name between them.
    headline = "调度新秀：一种排班算法的优雅解读"
    dump = _dump(headline + " | 某某之心", "知识", "登录", "探索", "某某港航工程", "原创", "2025/04/01 09:00",
                 "张三", "作者", headline, *ARTICLE)
    assert _headline(dump) == headline


def test_a_dated_headline_the_title_line_prints_under_a_notice_of_prose() -> None:
    # A notice in prose above it (an age gate) opens the run of prose; the headline, printed
    # again in the <title> line, has a photo's caption and then its date under it.
    headline = "十年前的旧码头 下月拍卖开价四百万"
    notice = "根据网络内容分级办法的规定，本网页已依规定加以标示，未满十八岁者不得浏览，请家长协助把关。"
    dump = _dump(headline + " - 港口 - 某某电子报", "首页", "即时", notice, "首页", ">", "港口", headline,
                 "下月将拍卖的码头位于澜州港一带。（图翻摄自地图）", "2025-04-01 08:19", *ARTICLE)
    assert _headline(dump) == headline


def test_the_meta_line_above_the_headline_gives_the_date_beside_a_read_counter() -> None:
    dump = _dump("首页 沸点 话题 小册", "写文章", "2025年04月01日阅读 1520", "澜州港季度运行观察笔记",
                 "问题背景", *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.published is not None and article.published.date().isoformat() == "2025-04-01"


def test_the_headline_the_title_line_prints_again_far_above_a_table_opening_the_article() -> None:
    # A table of short cells opens the article: its first paragraph of prose is far below the
    # headline, which the <title> line at the top of the dump prints again.
    headline = "谈谈澜州港的航线设计，泊位选择，调度参数设置"
    table = [cell for row in range(16) for cell in (f"航线{row}", "✔", "❌")]
    dump = _dump(headline + " - 某某专栏", "首发于", "港航备忘录", headline, "某某",
                 "发布于 2025-04-01 09:00", "各条航线的能力如下：", *table, *ARTICLE)
    assert _headline(dump) == headline
    assert clean(dump.encode("utf-8")).title == headline


def test_a_row_of_headlines_run_together_above_the_headline_is_no_paragraph() -> None:
    # A browser-like layout runs a breadcrumb and a list of related headlines into one long
    # line with next to no punctuation: it opens no body, so the headline under it is found.
    row = ("港口 / 社会 / 焦点事件相关新闻夜市摊贩联合促销 人潮回流明显 台风过境港区停班停课一天 老街改造完工周末"
           "迎来首批游客 渔船进港避风 渔民忙着加固缆绳 码头工人获颁安全奖章 市区公交新增夜间线路，方便旅客")
    headline = "澜州港一季度集装箱吞吐量增一成二"
    dump = _dump("首页 港口 航运 登录", row, headline, "分享", "列印", "2025-04-01 09:00 来源：某某网", *ARTICLE)
    assert _headline(dump) == headline


def test_a_breadcrumb_in_traditional_characters_ending_with_the_headline_opens_no_body() -> None:
    # 首頁 » 欄目 » 標題: the trail ends with the headline's closing quote, yet it is chrome.
    headline = "澜州港一季度吞吐量增一成二，外贸航线新增「四条」"
    dump = _dump("首頁 港口 航運 登入", "首頁 » 港口觀察 » " + headline, headline, "某某 發表於 2025-04-01",
                 "收藏文章", *ARTICLE)
    assert _headline(dump) == headline


def test_the_headline_under_its_byline_block_of_account_date_and_author() -> None:
    # A column's layout: a search bar's line, the account with its origin mark, the date and the
    # author over the headline. The line heading the block is not the headline, and the
    # headline is not in the gap under another one.
    headline = "澜州港一季度吞吐量观察"
    dump = _dump("登录", "探索港口产业专栏航运搜索", "澜州港务研究室原创", "2025/04/01 09:30",
                 "李明作者", headline, *ARTICLE)
    assert _headline(dump) == headline
    article = clean(dump.encode("utf-8"))
    assert article.title == headline
    assert article.published is not None and article.published.date().isoformat() == "2025-04-01"


def test_a_title_line_holding_a_cut_off_summary_opens_no_body() -> None:
    # A careless scraper prints the page's <title> first; this one holds the page's summary,
    # cut off and followed by the site's name: prose, but not the article's first paragraph.
    headline = "先看航线，再看码头。澜州港的吞吐量还能涨吗？"
    title = f"港口观察者: {headline} {ARTICLE[0]} {ARTICLE[1][:20]}... - 某站"
    dump = _dump(title, "首页", "行情", "登录", "港口观察者", "来自某站", "发布于04-01 09:00", "关注",
                 headline, "来自", "港口观察者的原创专栏", *ARTICLE)
    assert _headline(dump) == headline


def test_the_headline_over_a_byline_block_far_above_a_table_opening_the_article() -> None:
    # A column whose article opens with a long table of short cells: its first paragraph is
    # far below; the headline heads a block of short byline lines closed by a labelled meta line.
    headline = "谈谈澜州港的航线设计，码头选择，调度参数设置"
    table = [cell for row in range(30) for cell in (f"航线{row}", "✔️", "❌")]
    dump = _dump("首发于港口备忘录", headline, "李明", "港口话题下的优秀答主", "你关注的 王芳 赞同",
                 "发布于 2025-04-01 09:30・IP 属地广东", "所有航线目前有以下几类：", *table, *ARTICLE)
    assert _headline(dump) == headline


def test_a_nested_list_item_as_inscriptis_bullets_it_is_no_headline() -> None:
    assert not headline_like("o 澜州港一季度新开通的四条外贸航线主要通往东南亚")
    assert headline_like("澜州港一季度新开通的四条外贸航线主要通往东南亚")


def test_the_headline_over_a_byline_block_beats_a_subhead_sharing_the_body_words() -> None:
    # Four byline lines (a name, a motto, a follow button, the meta line) put the date beyond
    # reach of the lines right under the headline; the subhead over the prose shares its words.
    headline = "港口周刊 2025-04-01：季度合订本"
    dump = _dump("首发于 港口快报", "写文章", headline, "li ming", "低调做事", "关注他",
                 "发布于 2025-04-01 10:21・IP 属地广东", "你关注的 王芳 赞同", "港口快报", "附录一", "附录二",
                 "澜州港一季度集装箱吞吐量同比增长", *ARTICLE)
    assert _headline(dump) == headline


def test_a_row_of_dated_headlines_run_together_opens_no_body() -> None:
    # A dropdown of headlines with their dates, flattened into one line above the headline
    # (the headline among them): a list, not the article's first paragraph.
    headline = "澜州港一季度吞吐量增一成"
    row = (f"{headline} (2025-04-01) 澜州港新开四条外贸航线，通往东南亚 (2025-03-12) "
           "码头自动化改造启动，效率将提高 (2025-03-08) 港口集团召开年度会议，部署全年工作 (2025-02-10)")
    dump = _dump("首页 | 检索 | 本报版面", "您的位置： 首页 >> 港口 >> 正文", "更多", row, headline,
                 "http://paper.example.com [2025-04-01] 我要评论", "专题", "更多", *ARTICLE)
    assert _headline(dump) == headline


def test_a_row_of_headlines_dated_month_first_opens_no_body() -> None:
    headline = "澜州港一季度吞吐量增一成"
    row = ("澜州港新开四条外贸航线，通往东南亚 (03/12/2025)码头自动化改造启动，效率将提高 (03/08/2025)"
           "港口集团召开年度会议，部署全年工作 (02/10/2025)港口博物馆开馆，市民可免费参观 (01/05/2025)")
    dump = _dump("首页 | 检索 | 本报版面", "更多", row, headline, "- 港口编辑部 @ 04-01-2025", *ARTICLE)
    assert _headline(dump) == headline


def test_a_paragraph_stuffed_with_a_piece_after_its_last_mark_is_no_headline() -> None:
    # Headline fragments stuffed after a paragraph's last mark (。自动化, ？澜州港) leave it
    # unfinished, and with a date above it, it looked like a headline agreeing with the body.
    headline = "澜州港的自动化码头是怎样运转的？"
    dump = _dump(headline, "4月1日 09:30 更新", "登录",
                 "很多人都听说过自动化码头，澜州港却很少有人真正见过它工作。自动化",
                 "说起码头，码头是大家想到的往往是成排的吊车，怎样运那么自动化码头有什么不同呢？澜州港", *ARTICLE)
    assert _headline(dump) == headline


@pytest.mark.parametrize("quoted", [
    "慢一点也没关系：时间管理十二讲",
    # The spam stuffs headline pieces into the quote itself: the book's name in the byline
    # block is still the one the prose quotes.
    "慢一点也没关系：偷走你时间管理拖延十二讲",
], ids=["quoted", "quote-stuffed"])
def test_a_books_name_in_the_byline_block_of_its_review_is_no_headline(quoted: str) -> None:
    # The review's headline, the reviewer, 评论, the book's name (quoted in the body), a
    # rating and the date: the book's name agrees with the body best, yet it is no headline.
    headline = "别让拖延偷走你的周末"
    book = "慢一点也没关系：时间管理十二讲"
    dump = _dump("首页 读书 电影 音乐", headline, "南湖读书人", "评论", book, "5", "2025-04-01 09:30:00",
                 f"方远写的《{quoted}》一书，讲了拖延是怎样一点点偷走我们的时间的。", *ARTICLE)
    assert _headline(dump) == headline


def test_a_line_mostly_a_works_name_under_a_column_label_stays_the_headline() -> None:
    # A law's page: its name over the text that quotes it; only a column's label above.
    headline = "澜州港口岸安全管理暂行条例"
    dump = _dump("首页 法规 公告", "■ 港口法规", headline, "发布时间：2025-04-01",
                 f"《{headline}》是为了规范口岸管理，保障港口安全而制定的地方性法规。", *ARTICLE)
    assert _headline(dump) == headline


def test_the_title_line_yields_to_the_headline_it_opens_with() -> None:
    # A scraper's <title> line holds the headline and, in brackets, the book reviewed; the
    # headline on a line of its own agrees with the body less than the <title> line does.
    headline = "别让拖延偷走你的周末"
    book = "慢一点也没关系：时间管理十二讲"
    dump = _dump(f"{headline}（{book}）书评", "登录/注册", "首页 读书 电影 音乐", headline, "南湖读书人",
                 "评论", book, "5", "2025-04-01 09:30:00",
                 f"方远写的《{book}》一书，讲了拖延是怎样一点点偷走我们的时间的。", *ARTICLE)
    assert _headline(dump) == headline


def test_the_headline_under_its_dated_line_far_above_a_table_opening_the_article() -> None:
    # A blog's date and read count over its headline, the menu's short label over the date,
    # and a table opening the article: its first paragraph is far below the headline.
    headline = "澜州港泊位调度手册 | 先看泊位，再排船期"
    table = [cell for row in range(20) for cell in (f"{row}号泊位", f"{12 + row % 4}米", f"{2 + row % 3}台")]
    dump = _dump("首页", "沸点", "话题", "春季征文活动", "写文章", "2025年04月01日阅读 2315", headline,
                 "泊位", "水深", "岸桥", *table, *ARTICLE)
    assert _headline(dump) == headline


def test_an_item_of_a_numbered_list_is_no_headline() -> None:
    # A forum's first post opens with its rules, numbered, the number run into the text: the
    # first rule shares the post's words and sits right over it, but it is a list's item.
    headline = "东岸老码头何去何从 吧友来出主意"
    dump = _dump(headline + "【港口吧】_某某贴吧", "首页", "我的贴吧", "关注", headline, "港口老王", "本帖说明",
                 "1.澜州港今年一季度集装箱吞吐量同比增长，外贸航线新增四条",
                 "2.港口集团负责人介绍，新开通的外贸航线主要通往东南亚", *ARTICLE)
    assert _headline(dump) == headline
    assert not finished("1.澜州港今年一季度集装箱吞吐量同比增长") and finished("港口运行总体平稳。自动化")



def test_names_under_a_reporter_role_alone_are_no_headline() -> None:
    # get_text("\n") cuts 本报实习生 林默 苏晓禾 after its role: neither the role nor the names
    # are the headline or its subtitle.
    page = parse("\n".join([
        "澜州读报人的博客", "孩子，夏令营让你得到了什么？", "- -|", "回首页", "|", "2024年索引", "| - -",
        "浴室都安全吗?", "谁来为废弃车辆“埋单”？- -", "小区车位屡被占 管理形同虚设", "谁来为废弃车辆“埋单”？",
        "本报实习生", "林默 苏晓禾", "本报记者", "陈一帆 周可 王立", "2024-3-18 澜州晚报", "编者按",
        "一辆车停在小区车位上三年没挪过窝，车身落满灰尘，轮胎早已瘪了。这样的“僵尸车”，在不少老小区里并不少见。",
        "记者走访了城区的八个老小区，发现几乎每个小区都有两三辆长期无人使用的车辆，有的甚至已经被当成了堆放杂物的地方。",
        "居民们反映，小区车位本来就紧张，“僵尸车”一占就是几年，新来的住户只能把车停到马路边上。"]))
    assert not [b.text for b in page.blocks if b.heading and b.text in ("本报实习生", "林默 苏晓禾")]


# An official notice's headline over three lines (a line break inside it), and the notice.
_NOTICE_PIECES = ["澜州市人民政府办公厅", "关于印发老旧小区改造实施方案及", "配套资金管理办法的通知"]
_NOTICE = [
    "各区人民政府，市政府各部门：现将《澜州市老旧小区改造实施方案》及配套资金管理办法印发给你们，请认真贯彻执行。",
    "老旧小区改造是重大民生工程，各区要把配套资金管理办法落到实处，按季度报送改造进度。",
    "本通知自印发之日起施行，市人民政府办公厅负责解释。"]


def test_a_headline_printed_over_lines_that_the_title_line_prints_whole_is_one_headline() -> None:
    # An official notice's headline over three lines (a line break inside it), the <title> line
    # at the top of a get_text("\n") dump printing it whole: the three lines are one headline,
    # and none of them is left in the body as a paragraph. A subtitle opened by a dash stays a
    # line of its own, though the <title> prints it right after the headline.
    pieces, notice = _NOTICE_PIECES, _NOTICE
    dump = _dump("".join(pieces) + "_澜州市人民政府网", "首页", "|", "政务公开", "|", "通知公告",
                 *pieces, "2024-03-15 来源：市政府办公厅", *notice)
    article = clean(dump.encode("utf-8"))
    assert article.title == "".join(pieces)
    assert article.text.splitlines()[0] == notice[0]
    headline, subtitle = "澜州港二期码头今日开港", "——首批四条外贸航线同日开通"
    dump = _dump(headline + subtitle + "_澜州日报", "首页", "|", "要闻", headline, subtitle,
                 "2025-04-01 09:00 来源：澜州日报", *ARTICLE)
    assert clean(dump.encode("utf-8")).title == headline


def test_the_headline_the_title_line_prints_again_under_a_hidden_forms_copy_of_the_lead() -> None:
    # get_text("\n") prints a hidden "send to a friend" form before the article: its greeting
    # (dated and labelled by the byline and the 分享 under it) and a copy of the lead open the
    # body's run, and the headline, printed again in the <title> line, sits inside the run with
    # no date right under it (a photo's long caption between): it is the headline all the same.
    headline = "澜州港二期码头今日开港 四條外貿航線同日開通"
    lead = ["澜州港二期码头今日正式开港，首批四條外貿航線同日開通，主要通往东南亚，每周共有十二个航班。",
            "港口集团负责人介绍，二期码头全部采用自动化设备，集装箱装卸效率比一期提高三成。"]
    caption = "开港仪式现场，多艘货轮同时靠泊作业，岸桥全部自动运行，不少市民和港口职工的家属一早就来到码头外围观看，场面十分热闹。"
    dump = _dump(headline + " - 澜州新聞網", "首頁", "\\", "要聞", "轉寄好友", "|", "友善列印", "主旨", "寄件人",
                 "收件人", "內容", "你的朋友 ~", "從澜州新聞網寄了一則新聞與你分享 ~", "澜州新聞網2025.04.01 林默/澜州報導",
                 *lead, "... (完整連結如下)", "網址： http://example.com/news/2025/04/01/1.html", "印完回上頁",
                 headline, "點擊圖片可瀏覽相關圖片", caption, "澜州新聞網2025.04.01 林默/澜州報導", *lead, *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == headline
    assert "你的朋友" not in article.text


def test_an_official_documents_title_over_lines_is_one_headline_without_a_title_line() -> None:
    # A DOM walk's dump prints no <title> line to join the pieces by: the issuer, 关于 and the
    # subject, down to the line naming the document's kind (…的通知), are one headline all the
    # same; a headline over a subtitle that names no document's kind stays a line of its own.
    pieces, notice = _NOTICE_PIECES, _NOTICE
    for date in ("2024-03-15 来源：市政府办公厅", "（2024年3月15日）"):
        article = clean(_dump("首页", "|", "政务公开", "|", "通知公告", *pieces, date, *notice).encode("utf-8"))
        assert article.title == "".join(pieces)
        assert not set(pieces) & set(article.text.splitlines())
    dump = _dump("首页", "|", "要闻", "澜州市人民政府办公厅发布通知", "关于老旧小区改造的五个问题",
                 "2024-03-15 来源：市政府办公厅", *notice)
    assert clean(dump.encode("utf-8")).title == "澜州市人民政府办公厅发布通知"


def test_short_lines_over_the_date_under_a_headline_its_body_barely_echoes_are_no_headline() -> None:
    # The headline sits four lines over the date, an outlet's name, an app's prompt and a
    # badge between (短 lines sharing no word with the body); the body opens with quotes and a
    # photo credit that share one word with the headline: the badge is no headline, and the
    # outlet's name under the headline is the source.
    headline = "今夜，请为这座老城点一盏灯"
    opening = ["“我叫澜州城，快要六百岁了，元宵的月光总让我想起从前的热闹。”晚上七点，一段童声旁白在城门口响起。",
               "“护城河的水映着灯影，城楼上的红灯笼一个接一个亮起来。”游客们举起手机，记下这一刻。",
               "澜州博物馆供图",
               "今年元宵节，澜州老城第一次在夜间开放，灯会开始前，博物馆在网上发布了预约公告。",
               "半小时后，南门城楼的灯光全部亮起，照亮了半个夜空。"]
    dump = _dump("首页", "资讯", "视频", "财经", "资讯 > 本地 > 正文", headline, "澜州日报", "下载客户端", "独家抢先看",
                 "2025年02月12日 20:30:00 来自澜州", *opening, *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == headline
    assert article.source == "澜州日报"
    assert article.text.splitlines()[0] == opening[0]


def test_a_blogs_headline_under_its_row_of_bracketed_links_past_a_bulleted_sidebar() -> None:
    # An old blog's page: a sidebar list whose bullets a DOM walk prints on lines of their own
    # (• / 档案再整理 / •, a dated line and 最新评论 under it), then the control links in brackets,
    # the headline with its photo mark (two short words and (图): no row of links), the date.
    # The sidebar's item and the bracketed row are no headline; the headline's date is the date.
    sidebar = ["【我的博客历史】", "•", "档案再整理", "•", "博客精选文章一(截止2024年8月10日)", "最新评论",
               "查看我的博客目录", "你是第 34452 位访问者", "控制面板", "发表文章"]
    for headline in ("外贸航线 新开四条 (图)", "周末去码头看船"):
        for row in (["[查看我的博客目录] [加入个人书签]"], ["[", "查看我的博客目录", "] [", "加入个人书签", "]"]):
            dump = _dump("首页 博客 相册 留言", *sidebar, *row, headline, "2025-03-21 01:20:44", *ARTICLE,
                         "[打印]", "由林默张贴 @ 2025-03-21 01:20:44 (359)")
            article = clean(dump.encode("utf-8"))
            assert article.title and headline.startswith(article.title), (headline, row)
            assert article.published is not None and article.published.date().isoformat() == "2025-03-21"


def test_a_tickers_long_item_over_the_headline_is_no_headline_over_a_subtitle() -> None:
    # A ticker's item of another story, as long as a sentence, printed right over the headline:
    # it shares a place's name and a word or two with the body (澜州, 全市), but not an eighth
    # of its words, as a headline printed over its subtitle does.
    headline = "澜州港一季度集装箱吞吐量同比增长一成二"
    ticker = "澜州市召开全市优化营商环境推进大会，部署下一阶段重点任务，要求各部门进一步压缩审批时限、提升服务效能"
    for top in ([ticker], ["澜州新闻网", ticker], ["首页 新闻 本地 财经", ticker]):
        dump = _dump(*top, headline, "2025-04-01 09:30 来源：澜江日报", *ARTICLE)
        article = clean(dump.encode("utf-8"))
        assert article.title == headline, top
        assert article.text.splitlines()[0] == ARTICLE[0]


def test_a_masthead_date_bar_over_the_headline_puts_it_in_no_gap() -> None:
    # The day and its weekday printed in the masthead, right over the headline that has its own
    # meta line: the headline is not in the gap under another story's date, and the site's name
    # (or a login row) over the date bar is no headline, however few words the headline shares
    # with the body.
    headline = "港口运行平稳"
    for top in (["澜州新闻网", "2025年4月1日 星期二"], ["登录 注册", "2025年4月1日 星期二 农历三月初四", "澜州 晴 18℃"]):
        dump = _dump(*top, headline, "2025-04-01 09:30 来源：澜江日报", *ARTICLE)
        article = clean(dump.encode("utf-8"))
        assert article.title == headline, top
        assert article.published is not None and article.published.hour == 9


def test_a_slogan_over_the_menu_and_the_date_bar_is_no_headline() -> None:
    # The site's slogan (a sentence with a comma and ！) over its menu and the masthead's date
    # bar: the date bar under the menu is not the slogan's date, and the headline with no meta
    # line of its own, right over the body, is the headline.
    headline = "澜州港一季度集装箱吞吐量同比增长一成二"
    dump = _dump("澜州新闻网", "传播澜州声音，讲好港城故事！", "首页 新闻 本地 财经 体育 文化 视频",
                 "2025年4月1日 星期二", "当前位置：首页 > 本地 > 正文", headline, *ARTICLE)
    article = clean(dump.encode("utf-8"))
    assert article.title == headline
    assert article.text.splitlines()[0] == ARTICLE[0]
