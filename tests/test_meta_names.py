"""meta.names: authors (bylines, credits, names beside the date) and the editor."""

from __future__ import annotations

from datetime import datetime

from cleaner.meta import find_meta
from meta_pages import BODY, CONFIG, NOW, SH, TITLE, article, make_page, meta_of


# --- authors --------------------------------------------------------------------------------

def test_author_list_split_on_dunhao_commas_and_spaces() -> None:
    assert meta_of(article("记者 张三、李四")).authors == ("张三", "李四")
    assert meta_of(article("本报记者 王五 赵六 钱七")).authors == ("王五", "赵六", "钱七")
    assert meta_of(article("作者：孙八，周九")).authors == ("孙八", "周九")


def test_reporter_and_correspondent_in_the_dateline_are_authors() -> None:
    page = article("2025-08-26", first="某某日报讯（记者 张三 通讯员 李四 王五）")
    assert meta_of(page).authors == ("张三", "李四", "王五")


def test_author_roles_of_chinese_bylines() -> None:
    cases = {
        "文/赵六": ("赵六",), "文|赵六": ("赵六",), "文 | 赵六": ("赵六",), "撰稿：钱七": ("钱七",),
        "采写：某都记者 孙八": ("孙八",), "作者：某某党支部": ("某某党支部",), "作者：zboygirl": ("zboygirl",),
        "文/图 刘某东 易某楠": ("刘某东", "易某楠"), "本报记者罗科苏盈发自北京": ("罗科苏盈",),
    }
    for line, expected in cases.items():
        assert meta_of(article(line)).authors == expected, line


def test_trailing_words_after_names_are_stripped() -> None:
    assert meta_of(article("某某报记者 彭某 山东冠县报道")).authors == ("彭某",)
    assert meta_of(article("记者陈智 整合")).authors == ("陈智",)


def test_photo_credit_names_no_author() -> None:
    page = article("2025-08-26", after=("图片来源：某某记者 张蕊 摄",))
    assert meta_of(page).authors == ()


def test_sentence_after_reporter_is_no_name() -> None:
    assert meta_of(article("记者了解到")).authors == ()
    assert meta_of(article("记者梳理发现")).authors == ()


def test_unknown_author_is_no_author() -> None:
    assert meta_of(article("作者：未知 责任编辑：某某")).authors == ()


def test_closing_credit_in_parentheses() -> None:
    page = make_page((TITLE, 1), "2025-08-26", BODY[0], BODY[1][:-1] + "。（张巨峰 马丹阳）")
    assert meta_of(page).authors == ("张巨峰", "马丹阳")


def test_closing_organisation_or_place_is_no_author() -> None:
    page = make_page((TITLE, 1), "2025-08-26", BODY[0], BODY[1] + "（德清县发改局）")
    assert meta_of(page).authors == ()


def test_comment_user_is_never_an_author() -> None:
    page = article("2025-08-26 10:00 来源：某某晚报",
                   after=("网友评论", "某某网上海市杨浦区手机网友 2025-08-26 12:00:01", "说得好", "匿名用户 回复 支持(3)"))
    assert meta_of(page).authors == ()


def test_site_name_is_never_an_author() -> None:
    page = article("2025-08-26 10:00 来源：某某晚报",
                   head=(("title", TITLE + "_某某新闻"), ("author", "某某新闻")))
    assert meta_of(page).authors == ()


def test_head_author_naming_a_person_is_used_when_the_page_names_none() -> None:
    page = article("2025-08-26 10:00", head=(("author", "李楠"),))
    assert meta_of(page).authors == ("李楠",)


def test_self_media_account_beside_the_date_is_the_author() -> None:
    assert meta_of(article("某某人文 2025-03-09 18:14:21")).authors == ("某某人文",)
    assert meta_of(article("某某必读", "发布时间：08-2612:00")).authors == ("某某必读",)


def test_publisher_beside_the_date_is_the_source_not_an_author() -> None:
    got = meta_of(article("原创 某某都市报 2025-08-26 16:01:46"))
    assert got.source == "某某都市报"
    assert got.authors == ()


def test_wechat_meta_line_names_the_writer_then_the_account() -> None:
    got = meta_of(article("原创 周小禾 某某市实验小学 2025年5月20日 18:06 湖南"))
    assert got.authors == ("周小禾",)
    assert got.source == "某某市实验小学"


def test_location_after_the_date_is_no_name() -> None:
    got = meta_of(article("2025-08-26 10:00 来源：某某晚报", "上海"))
    assert got.authors == ()
    assert got.source == "某某晚报"


def test_chrome_glued_to_a_byline_is_no_name() -> None:
    got = meta_of(article("2025-04-22 16:05:33 来源:某湖晚报 记者 许某涛 我要评论(0)"))
    assert got.authors == ("许某涛",)


def test_traditional_chinese_byline_is_read_and_given_back_as_printed() -> None:
    page = make_page((TITLE, 1), "2025/01/14 14:05 分享:Facebook LINE", "〔記者陳怡君/海寧報導〕" + BODY[0], BODY[1],
                     "責任編輯：劉某華")
    got = meta_of(page)
    assert got.authors == ("陳怡君",)
    assert got.editor == "劉某華"
    assert got.published == datetime(2025, 1, 14, 14, 5, tzinfo=SH)


def test_traditional_source_label() -> None:
    assert meta_of(article("2025-08-26 10:00 來源：某某時報")).source == "某某時報"


def test_forum_poster_is_the_author() -> None:
    assert meta_of(article("ggjjzhzz 发表于 2025-8-15 11:46:00")).authors == ("ggjjzhzz",)
    assert meta_of(article("由海姑娘张贴 @ 2025-06-14 03:25:55")).authors == ("海姑娘",)

# --- editor ---------------------------------------------------------------------------------

def test_editor_staff_code_is_dropped() -> None:
    page = article("2025-08-26", after=("本文来源：某某晚报 责任编辑：杨倩_NF4425",))
    assert meta_of(page).editor == "杨倩"


def test_editor_code_after_a_space_and_brackets_are_dropped() -> None:
    assert meta_of(article("2025-08-26", after=("[责任编辑：韩某林 PK155]",))).editor == "韩某林"
    assert meta_of(article("2025-08-26", after=("（责任编辑： HN666）",))).editor == "HN666"
    assert meta_of(article("2025-08-26", after=("【编辑:刘欢】",))).editor == "刘欢"


def test_responsible_editor_beats_a_plain_editor() -> None:
    page = article("2025-08-26", after=("编辑 刘晓阳 校对 李铭", "本文来源：某某报 责任编辑：姚立伟_NT6056"))
    assert meta_of(page).editor == "姚立伟"


def test_editor_with_a_latin_name() -> None:
    assert meta_of(article("2025-08-26", after=("责编：Demi Xia",))).editor == "Demi Xia"


def test_editor_is_never_an_author() -> None:
    got = meta_of(article("2025-08-26", after=("责任编辑：李四",)))
    assert got.editor == "李四"
    assert got.authors == ()


# --- Taiwan and Hong Kong bylines, wire credits, glued places and affiliations ---------------

def test_presentation_colon_and_box_slash_separate_the_role() -> None:
    assert meta_of(article("2019/04/24", after=("記者︰脫芷晴", "編輯︰梁偉澄"))).authors == ("脫芷晴",)
    assert meta_of(article("【某某晚報╱記者楊正海╱即時報導】")).authors == ("楊正海",)


def test_wire_dateline_credit_names_glued_to_the_place() -> None:
    page = article("2016/03/19 10:48", first="（中央社記者邱俊欽桃園19日電）")
    assert meta_of(page).authors == ("邱俊欽",)


def test_dateline_credit_in_the_second_bracket() -> None:
    page = article("2018-07-30", first="【某某網訊】(香港某某報記者 顏晉傑 文森)")
    assert meta_of(page).authors == ("顏晉傑", "文森")


def test_closing_credit_with_outlet_before_and_place_after_the_names() -> None:
    page = make_page((TITLE, 1), "2014/12/1 18:13", BODY[0], BODY[1] + "（某視新聞陳韻平、郭文海台北報導）")
    assert meta_of(page).authors == ("陳韻平", "郭文海")


def test_closing_credit_found_past_a_hotline_box() -> None:
    page = make_page((TITLE, 1), "出版時間：2016/05/21 11:44", BODY[0], BODY[1] + "（王煌忠／台中報導）",
                     "《某某》關心你", "自殺解決不了問題，卻留給家人無比悲痛。", "再給自己一次機會",
                     "自殺防治諮詢安心專線：0800-788995（24小時）", "生命線協談專線：1995", "張老師專線：1980")
    kept = page.blocks[2:]
    assert find_meta(page, kept, title=TITLE, url=None, now=NOW, config=CONFIG).authors == ("王煌忠",)


def test_name_before_the_place_reported_from_is_an_author() -> None:
    got = meta_of(article("某某殼newtalk2014.10.24 金名/高雄報導"))
    assert got.authors == ("金名",)
    assert got.source is None


def test_affiliation_glued_after_the_author_is_cut() -> None:
    assert meta_of(article("(作者：方敏北京大学经济学院教授)")).authors == ("方敏",)
    assert meta_of(article("作者：欧阳某某复旦大学教授")).authors == ("欧阳某某",)


def test_a_desk_is_no_author() -> None:
    assert meta_of(article("社會中心／綜合報導")).authors == ()
    assert meta_of(article("編譯中心 2014年12月13日 09:33 237 點擊數")).authors == ()


def test_writer_under_the_headline_above_a_profile_line() -> None:
    assert meta_of(article("humphry huang", "低端人口", "发布于 2023-11-02 10:21")).authors == ("humphry huang",)
    assert meta_of(article("某某某", "人工智能话题下的优秀答主", "你关注的 某某 赞同",
                           "发布于 2023-06-26 15:25")).authors == ("某某某",)


def test_name_signing_after_the_last_paragraph_without_a_role() -> None:
    assert meta_of(article("2024/05/13 10:20", after=("王小明",))).authors == ("王小明",)
    assert meta_of(article("2024/05/13 10:20", after=("王小明 李大同",))).authors == ("王小明", "李大同")
    assert meta_of(article("2024/05/13 10:20", after=("相关新闻",))).authors == ()
    assert meta_of(article("2024/05/13 10:20", after=("加载更多", "王小明"))).authors == ()  # not right after


def test_poster_of_a_forum_thread_after_a_labelled_colon() -> None:
    assert meta_of(article("楼主：cdylng 时间：2017-03-24 20:29:00 点击：63679 回复：501")).authors == ("cdylng",)
    assert meta_of(article("发帖人：山间清风客 2017-03-24")).authors == ("山间清风客",)
    assert meta_of(article("2017-03-24 只看楼主 收藏")).authors == ()


def test_place_glued_between_the_name_and_reported() -> None:
    assert meta_of(article("（某紀元記者王小明台北報導）")).authors == ("王小明",)
    assert meta_of(article("本报记者王小明报道")).authors == ("王小明",)  # no place: the name whole
    page = make_page((TITLE, 1), "2014/12/1 18:13", BODY[0], BODY[1] + "（王小明报道）")
    assert meta_of(page).authors == ("王小明",)


# --- rules judged on the real pages too ------------------------------------------------------

def test_author_of_a_reprint_notice_is_no_byline() -> None:
    page = article("2021-03-02", after=("本文原创发布于某某网，未经作者许可，禁止转载",))
    assert meta_of(page).authors == ()


def test_full_width_backslash_separates_role_and_name() -> None:
    assert meta_of(article("作者＼张美玲")).authors == ("张美玲",)


def test_a_label_ending_with_a_colon_is_no_name_beside_the_date() -> None:
    assert meta_of(article("讚好此文:", "2019-04-27 10:00")).authors == ()
    assert meta_of(article("吴小明", "2019-04-27 10:00")).authors == ("吴小明",)


def test_a_common_name_glued_to_the_date_is_the_writer() -> None:
    assert meta_of(article("谢若含2017-03-01 14:27:02")).authors == ("谢若含",)
    assert meta_of(article("分享到2017-03-01 14:27:02")).authors == ()


def test_a_common_name_on_the_line_under_the_date_is_the_writer() -> None:
    page = article("[2010-07-20] 我要评论", "顾信之")
    assert meta_of(page).authors == ("顾信之",)
    assert meta_of(page).source is None


def test_a_byline_closing_the_last_paragraph() -> None:
    page = make_page((TITLE, 1), "2023-11-03", BODY[0], BODY[1] + "区领导参加会议。记者 李秋晨")
    assert meta_of(page).authors == ("李秋晨",)
    quoted = make_page((TITLE, 1), "2023-11-03", BODY[0], BODY[1] + "他说。这是记者了解到的情况")
    assert meta_of(quoted).authors == ()


def test_a_name_with_its_role_printed_after_it() -> None:
    assert meta_of(article("2019-02-18", "Derek作者")).authors == ("Derek",)
    assert meta_of(article("2025-02-23", first="允中 发自 凹非寺 ")).authors == ()  # glued to prose: no line
    page = make_page((TITLE, 1), "2025-02-23", "允中 发自 凹非寺", *BODY)
    assert meta_of(page).authors == ("允中",)
    assert meta_of(article("2019-02-18", "关于作者")).authors == ()


def test_a_relative_date_with_spaces_still_marks_the_name_before_it() -> None:
    assert meta_of(article("要闻 Yiru • 4 小时 前")).authors == ("Yiru",)


def test_schema_org_author_when_the_page_prints_none() -> None:
    page = article("2019-05-22")
    kept = tuple(b for b in page.blocks if b.cjk >= 30)
    micro = ('<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
             '<meta itemprop="name" value="itsOli"></div>')
    card = ('<div class="postauthor" itemprop="author"><h4>About the Author</h4><h3 itemprop="name">'
            '<a href="/author/x/" rel="author">&#x5510;&#x7F8E;&#x9CF3;</a></h3></div>')
    ld = '<script type="application/ld+json">{"author": {"@type": "Person", "name": "王大锤"}}</script>'
    org = '<script type="application/ld+json">{"author": {"@type": "Organization", "name": "某某网"}}</script>'
    for html, expected in ((micro, ("itsOli",)), (card, ("唐美鳳",)), (ld, ("王大锤",)), (org, ())):
        got = find_meta(page, kept, title=TITLE, url=None, now=NOW, config=CONFIG, html=html)
        assert got.authors == expected, html


def test_a_publisher_named_by_the_source_label_is_no_author() -> None:
    got = meta_of(article("2019/04/24 · 作者 / 大是文化 · 出处 / 大是文化"))
    assert got.authors == ()
    assert got.source == "大是文化"


def test_translated_article_byline_names_the_reporters_and_the_paper() -> None:
    one = article("2019-02-07", first="英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道 ")
    page = make_page((TITLE, 1), BODY[0], "更新于2019年2月7日 06:21 英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道",
                     BODY[1])
    got = find_meta(page, page.blocks[1:], title=TITLE, url=None, now=NOW, config=CONFIG)  # the byline kept
    assert got.authors == ("罗谢尔•托普兰斯基",)
    assert got.original_source == "英国《金融时报》"
    two = make_page((TITLE, 1), "英国《金融时报》 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道", *BODY)
    assert meta_of(two).authors == ("迪米", "戴维•邦德")
    assert meta_of(one).original_source is None  # glued to prose: no byline line


def test_writer_then_outlet_on_the_line_above_the_date() -> None:
    assert meta_of(article("邓舒夏 某某周刊", "2019.05.22")).authors == ("邓舒夏",)
    assert meta_of(article("分享 某某周刊", "2019.05.22")).authors == ()


def test_name_and_role_line_right_above_the_headline() -> None:
    page = make_page("2019/02/18 16:24", "Derek作者", (TITLE, 1), *BODY)
    assert meta_of(page).authors == ("Derek",)


def test_an_outlet_before_the_writer_in_a_zuozhe_field_is_no_author() -> None:
    assert meta_of(article("作者＼生活周刊 蔡芷庭")).authors == ("蔡芷庭",)
    assert meta_of(article("作者：某某党支部")).authors == ("某某党支部",)
    assert meta_of(article("作者：张三 李四")).authors == ("张三", "李四")


def test_executive_editor_is_the_editor() -> None:
    assert meta_of(article("2019-04-25", after=("執行編輯：Hovis",))).editor == "Hovis"


def test_the_poster_before_fabiaoyu_publishes_a_credited_article() -> None:
    got = meta_of(article("VidaOrange生活周刊 發表於 2019-04-25", "作者：蔡芷庭"))
    assert got.source == "VidaOrange生活周刊"
    assert got.authors == ("蔡芷庭",)


def test_the_name_under_an_author_card_heading() -> None:
    page = article("2014-08-18", after=("收起", "关于作者", "甜阁下", "心理咨询师"))
    assert meta_of(page).authors == ("甜阁下",)
    empty = article("2014-08-18", after=("关于作者", "分享"))
    assert meta_of(empty).authors == ()


def test_poster_above_a_timed_date_above_the_headline() -> None:
    page = make_page("W安全边际", "来自某某发布于05-16 19:12", "关注", (TITLE, 1), *BODY)
    assert meta_of(page).authors == ("W安全边际",)
    header = make_page("某某网首页", "2010年7月20日 星期二", (TITLE, 1), *BODY)  # the site's today, no time
    assert meta_of(header).authors == ()


def test_the_uploader_of_a_repost_is_no_author() -> None:
    repost = article("caijing 发布于 2019-5-20 12:49:00", "来源：某某观察")
    assert meta_of(repost).authors == ()
    assert meta_of(repost).source == "某某观察"
    post = article("caijing 发布于 2019-5-20 12:49:00")
    assert meta_of(post).authors == ("caijing",)


def test_a_reply_header_after_a_thread_with_its_own_byline_is_no_author() -> None:
    page = article("楼主：cdylng 时间：2017-03-24 20:29:00",
                   after=("作者：暮色年华 时间：2017-03-25 17:32:01", "谢谢楼主分享。"))
    assert meta_of(page).authors == ("cdylng",)
    blog = article("2005-07-31", first="本报讯（记者 张三）",
                   after=("作者:zboygirl 阅读(1660) 评论(5) 发表于:2005-07-31 12:30",))
    assert "zboygirl" in meta_of(blog).authors


def test_a_section_name_above_the_sites_clock_is_no_poster() -> None:
    page = make_page("财经", "2019-05-16 19:12", (TITLE, 1), *BODY)
    assert meta_of(page).authors == ()
    assert meta_of(page).source is None


def test_a_wire_report_line_is_no_translated_byline() -> None:
    page = make_page((TITLE, 1), "据美国《纽约时报》 网站 12日报道", *BODY)
    assert meta_of(page).authors == ()


def test_a_copyright_notice_naming_the_writer_beats_a_later_book_card() -> None:
    page = article("2017-12-04 17:27:28", after=("© 本文版权归作者 一只文子026 所有，任何形式转载请联系作者。",
                                                  "作者: 乔某某 / 利某某"))
    assert meta_of(page).authors == ("一只文子026",)
    plain = article("2017-12-04", after=("著作权归作者所有。商业转载请联系作者获得授权。",))
    assert meta_of(plain).authors == ()



def test_an_account_after_an_original_badge_above_the_date_is_the_source() -> None:
    # A dump prints the badge and the account on one line: 原创 某某都市报 / <date>.
    assert meta_of(article("原创 澜州都市报", "2025-04-01 16:01:46")).source == "澜州都市报"


def test_link_labels_after_the_names_of_a_byline_are_no_names() -> None:
    got = meta_of(article(after=("作者：张小明 李小红 返回首页，查看更多",)))
    assert got.authors == ("张小明", "李小红")


def test_dump_byline_cut_one_piece_a_line_is_read_as_one_line() -> None:
    # BeautifulSoup's get_text("\n") prints each inline element of a byline on a line of its own.
    badge = meta_of(make_page((TITLE, 1), "原创", "林默", "某某慢生活", *BODY, kind="text"))
    assert badge.authors == ("林默",) and badge.source == "某某慢生活"
    paper = meta_of(make_page((TITLE, 1), "更新于2025年3月6日 07:40", "美国《某某纪事报》", "白若林", "波士顿 ，",
                              "乔•安德森", "西雅图报道", *BODY, kind="text"))
    assert paper.authors == ("白若林", "乔•安德森") and paper.original_source == "美国《某某纪事报》"
    owner = meta_of(make_page((TITLE, 1), "2024-10-12 20:15", *BODY, "© 本文版权归作者", "南湖边的阿澈",
                              "所有，任何形式转载请联系作者。", kind="text"))
    assert owner.authors == ("南湖边的阿澈",)


def test_header_writer_is_an_author_beside_a_byline() -> None:
    got = meta_of(article("原创 林默 某某慢生活", "文/苏晓禾"))
    assert got.authors == ("苏晓禾", "林默")
    assert got.source == "某某慢生活"


def test_author_card_name_under_a_follow_button() -> None:
    got = meta_of(article("2024-06-02 08:41", after=("关于作者", "关注她", "叶知秋", "通勤骑行爱好者")))
    assert got.authors == ("叶知秋",)


def test_wire_dateline_under_the_date_names_the_source() -> None:
    got = meta_of(article("2025-02-28 14:31", "某某社 桐江縣28日電"))
    assert got.source == "某某社"


def test_dump_meta_line_cut_around_separator_lines_is_read_as_one_line() -> None:
    # get_text("\n") prints each field of a meta line and each separator between them on a
    # line of its own: 2025-04-01 / · / 某某城市报道, 来源 / X / | / 作者 / 某某.
    dotted = meta_of(make_page((TITLE, 1), "2025-04-01", "·", "澜州城市观察", *BODY, "来源：澜州交警",
                               kind="text"))
    assert dotted.authors == ("澜州城市观察",) and dotted.source == "澜州交警"
    barred = meta_of(make_page((TITLE, 1), "发表于 2025-04-01 09:12", "|", "来源", "澜州晚报", "|", "0",
                               "条评论", "|", "作者", "林默", *BODY, kind="text"))
    assert barred.authors == ("林默",) and barred.source == "澜州晚报"


def test_dump_date_cut_into_pieces_is_read_as_one_date() -> None:
    # A date and its time each a line of a dump (发布时间：25-04-01 / 16:01), and a year, its
    # month and day and the time (2025 / 04/01 / 16:01), which must stay one date.
    got = meta_of(make_page((TITLE, 1), "2025", "04/01", "16:01", *BODY, kind="text"))
    assert got.published == datetime(2025, 4, 1, 16, 1, tzinfo=SH)
    labelled = meta_of(make_page((TITLE, 1), "发布时间：25-04-01", "16:01", *BODY, kind="text"))
    assert labelled.published == datetime(2025, 4, 1, 16, 1, tzinfo=SH)


def test_dump_poster_line_cut_from_its_date_names_the_poster() -> None:
    # get_text("\n") cuts 由X张贴 @ <date> (and 本贴由 / X / 于<date>) around the name and the date.
    at = meta_of(make_page((TITLE, 1), "2025-04-01 09:12", *BODY, "[", "打印", "]", "由湖畔听雨张贴 @",
                           "2025-04-01 09:12", "(370)", kind="text"))
    assert at.authors == ("湖畔听雨",)
    by = meta_of(make_page((TITLE, 1), *BODY, "本贴由", "湖畔听雨", "于2025年4月1日09:12:30在〖", "澜州生活",
                           "〗发表.", kind="text"))
    assert by.authors == ("湖畔听雨",)


def test_dump_outlet_and_desk_under_the_date_is_the_source() -> None:
    # 2025年04月01日 09:12 / 某某财经-自媒体综合 / 某某财经APP: the first line under the date, not the app.
    got = meta_of(make_page((TITLE, 1), "2025年04月01日 09:12", "澜州财经-自媒体综合", "澜州财经APP", "缩小字体",
                            "放大字体", *BODY, kind="text"))
    assert got.source == "澜州财经-自媒体综合"


def test_dump_bracketed_name_cut_from_its_date_line_is_the_writer() -> None:
    # 2025年4月1日09:12 [ 林默 ] 来源：[ 澜州晚报 ], cut by a dump after the date.
    got = meta_of(make_page((TITLE, 1), "澜州在线 2025年4月1日09:12", "[ 林默 ] 来源：[ 澜州晚报 ]", *BODY,
                            kind="text"))
    assert got.authors == ("林默",) and got.source == "澜州晚报"


def test_a_platform_badge_before_author_is_no_name() -> None:
    # 某某号 / 发布时间：04-01 / 09:12 / 优质原创作者: the badge, not a writer called 优质原创.
    got = meta_of(make_page((TITLE, 1), "澜州观察", "发布时间：04-01", "09:12", "优质原创作者", *BODY, kind="text"))
    assert got.authors == ("澜州观察",)


def test_card_headings_gate_agrees_with_every_block_asked() -> None:
    """``_card_headings`` joins only the short blocks and looks for "author" in their ASCII
    letters: it finds what asking every block finds, a heading in any case among paragraphs,
    links and headings cut by other scripts' letters."""
    import random

    from cleaner.blocks import Block, Page
    from cleaner.meta.names import MAX_CARD_HEADING, MAX_CARD_NAME, _card_headings
    from cleaner.meta.zones import _norm
    from cleaner.patterns import AUTHOR_CARD

    def plain(page: Page) -> tuple[str, ...]:
        texts = [b.text for b in page.blocks]
        return next(((texts[k].strip(), *map(_norm, texts[k + 1:k + 3])) for k in range(len(texts) - 1)
                     if len(texts[k]) <= MAX_CARD_HEADING and len(texts[k + 1].strip()) <= MAX_CARD_NAME
                     and AUTHOR_CARD.fullmatch(texts[k].strip())), ())

    rng = random.Random(12)
    pieces = ("关于作者", "About the Author", "ABOUT AUTHOR", "about the AuThOr", "Au中thor", "autHor",
              "作 者", "张三", "关注她", "u", "U", "首页", "Über", "ÀUTHOR", " ", "。" * 30,
              "某某网友说：这篇文章写得很好，作者很用心，值得一读。" * 3, "某某说：about the author 一文。" * 2)
    found = cased = 0
    for _ in range(3000):
        blocks = tuple(Block("".join(rng.choice(pieces) for _ in range(rng.randint(1, 2))), k)
                       for k in range(rng.randint(2, 8)))
        page = Page(blocks=blocks)
        expected = plain(page)
        cased += bool(expected) and not any("作者" in b.text or "author" in b.text for b in blocks)
        found += bool(expected)
        assert _card_headings(page) == expected, [b.text for b in blocks]
    assert found > 100 and cased > 10


def test_a_byline_is_read_alike_with_the_role_searches_skipped_or_not(monkeypatch) -> None:
    """_bylines runs a role pattern's iterator only on a text its search finds a role in (most
    texts holding a hint hold none): on random short lines of roles, names, places, slashes,
    dates and words, it reads the names the bare iterators read; it fails when a search skips
    a text holding a role (a role at the start, after the start, or printed after the names)."""
    import random

    from cleaner.meta import names

    class _Unskipped:   # the pattern, its search always "finding" something: no text skipped
        def __init__(self, wrapped) -> None:
            self.wrapped = wrapped

        def search(self, text: str) -> bool:
            return True

        def finditer(self, text: str):
            return self.wrapped.finditer(text)

    pool = ["记者", "本报记者", "通讯员", "实习生", "作者：", "文/", "图/文", "撰文", "采写", "/文", "编译",
            "/台北报导", "张三", "李四", "王小明", "欧阳娜", "《某某周刊》", "伦敦", "报道", "、", " ",
            "，", "2020/01/02", "发布", "文章", "图片", "口述", "楼主:", "编辑", "发自", "北京"]
    rng = random.Random(18)
    texts = ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 7))) for _ in range(4000)]
    gated = [names._bylines(t) for t in texts]
    assert sum(map(bool, gated)) > 500   # the lines name someone often enough to tell
    monkeypatch.setattr(names, "_AUTHOR_ROLE", _Unskipped(names._AUTHOR_ROLE))
    monkeypatch.setattr(names, "_AUTHOR_ROLE_AFTER", _Unskipped(names._AUTHOR_ROLE_AFTER))
    assert [names._bylines(t) for t in texts] == gated


# --- a dump's lines beside the date that name no one -----------------------------------------

def test_dump_reply_header_cut_over_two_lines_is_no_author() -> None:
    # A dump prints a reply's header a field a line (作者：X / 时间：<date time>): still a reply's.
    page = make_page((TITLE, 1), "楼主：澜州老陈 时间：2025-03-24 20:29:00", *BODY, "楼主", "作者：暮色年华",
                     "时间：2025-03-25 17:32:01", "谢谢楼主分享，收藏了。", kind="text")
    assert meta_of(page).authors == ("澜州老陈",)
    # A byline followed by a line that is no time stays a byline.
    signed = make_page((TITLE, 1), "楼主：澜州老陈 时间：2025-03-24 20:29:00", *BODY, "作者：暮色年华",
                       "谢谢楼主分享，收藏了。", kind="text")
    assert meta_of(signed).authors == ("澜州老陈", "暮色年华")


def test_dump_subtitle_under_the_headline_is_no_name() -> None:
    # ——X under the headline is its subtitle, not an account printed over the date.
    page = make_page((TITLE, 1), "——写在澜州市第五届运动会开幕之际", "2025-02-11 09:52", *BODY, kind="text")
    assert meta_of(page).authors == ()
    assert meta_of(make_page((TITLE, 1), "澜州观察", "2025-02-11 09:52", *BODY, kind="text")).authors == ("澜州观察",)


def test_dump_list_label_pager_or_filter_button_under_the_headline_is_no_name() -> None:
    # With no date under the headline, the line right below it is read as an account's name;
    # a related-items label, a pager's links or a thread's filter button is none.
    for line in ("相关专题", "prev", "prevnext", "prev next", "Next", "只看楼主"):
        got = meta_of(make_page((TITLE, 1), line, *BODY, kind="text"))
        assert got.authors == () and got.source is None, line
    assert meta_of(make_page((TITLE, 1), "澜州观察", *BODY, kind="text")).authors == ("澜州观察",)


def test_dump_section_of_the_breadcrumb_beside_the_date_is_no_name() -> None:
    # 专栏 / 随笔 / 旅行札记 / <headline>: 旅行札记 beside the date is the section, not an account;
    # get_text("\n") prints the headline under the rest, the slash before it on a line of its own.
    inline = make_page("专栏 / 随笔 / 旅行札记 / " + TITLE, (TITLE, 1), "旅行札记 2025-02-14 03:01", *BODY,
                       kind="text")
    assert meta_of(inline).authors == () and meta_of(inline).source is None
    cut = make_page("专栏 / 随笔 / 旅行札记", "/", (TITLE, 1), "旅行札记", "2025-02-14 03:01", *BODY, kind="text")
    assert meta_of(cut).authors == ()
    account = make_page("专栏 / 随笔 / 旅行札记 / " + TITLE, (TITLE, 1), "澜州观察 2025-02-14 03:01", *BODY,
                        kind="text")
    assert meta_of(account).authors == ("澜州观察",)


def test_a_name_spaced_out_to_the_width_of_three_before_its_affiliation() -> None:
    # 作者: 赵 培 ：某某学院 (a paper's byline): the two characters are one name, the colon after
    # them opens the affiliation; a label's word before its colon still ends the names.
    for line in ("作者: 林 默 ：澜州物资学院，澜州", "作者：林 默：澜州物资学院"):
        assert meta_of(make_page((TITLE, 1), line, *BODY, kind="text")).authors == ("林默",), line
    assert meta_of(article("作者：林 默 苏晓禾")).authors == ("林默", "苏晓禾")
    assert meta_of(article("作者：林默 访问统计：3021")).authors == ("林默",)


def test_dump_account_the_footer_copyright_names_is_the_site_not_an_author() -> None:
    # A dump keeps no <title> tag nor og:site_name: the owner its footer's copyright line names
    # (© 版权所有 X 2024) is the site's name, and so no self-media account over the date.
    def page(*footer: str):  # noqa: ANN202
        return make_page((TITLE, 1), "澜州资讯基地", "发布于本地新闻 · 1 分钟阅读 · 2025-04-22", *BODY, "相关推荐",
                         *footer, kind="text")
    for footer in ("© 版权所有 澜州资讯基地 2024, 点击查看来源出处", "Copyright © 2019-2024 澜州资讯基地",
                   "澜州资讯基地版权所有 未经授权禁止复制"):
        assert meta_of(page(footer)).authors == (), footer
    assert meta_of(page()).authors == ("澜州资讯基地",)
    assert meta_of(page("© 版权所有 某某传媒有限公司 2024")).authors == ("澜州资讯基地",)
    # A blog's owner is its writer: a common name in the copyright line is no site's name.
    blog = make_page((TITLE, 1), "林默", "2025-04-22 10:00", *BODY, "Copyright © 2025 林默", kind="text")
    assert meta_of(blog).authors == ("林默",)


def test_dump_name_over_the_accounts_counts_in_the_meta_zone_is_the_writer() -> None:
    # A column's page prints the writer's profile card between the date and the article: the
    # name, then the account's counts (粉丝：23 文章：11), which get_text("\n") cuts a piece a line.
    meta = ("随笔", "2025-02-14 03:01--阅读 ·", "--喜欢 ·", "--评论")
    for counts in (("粉丝：23文章：11",), ("粉丝:", "23", "文章:", "11"), ("12 篇文章 · 305 粉丝",)):
        page = make_page((TITLE, 1), *meta, "林默", *counts, "关注", *BODY, kind="text")
        assert meta_of(page).authors == ("林默",), counts
    # One count is no account's card (a reading count under a label), nor is a count a name.
    assert "林默" not in meta_of(make_page((TITLE, 1), *meta, "林默", "阅读 1520", *BODY, kind="text")).authors
    assert "关注" not in meta_of(make_page((TITLE, 1), *meta, "关注", "粉丝：23文章：11", *BODY, kind="text")).authors


def test_an_author_the_editor_line_names_too_is_no_author_beside_the_writer() -> None:
    # get_text("\n") prints a CMS's hidden fields (作者：X, 责任编辑：X) under the date: X uploaded
    # the article that the byline after it credits to its writer. Alone, X stays the author.
    page = article("2025-07-04 12:10:24", "来源：", "澜州网", "作者：陈某峰", "责任编辑：陈某峰",
                   after=("（作者：林默 澜州大学经济学院教授）", "【编辑:陈某峰】"))
    found = meta_of(page)
    assert found.authors == ("林默",) and found.editor == "陈某峰"
    alone = meta_of(article("2025-07-04 12:10:24", "作者：陈某峰", "责任编辑：陈某峰"))
    assert alone.authors == ("陈某峰",)


def test_dump_meta_line_under_a_headline_far_above_the_prose_is_the_meta_zone() -> None:
    # A forum's download post: the headline and its first floor's meta line (时间：… 作者： / X),
    # then a table of specifications, one line a field, before the prose: the headline the dump
    # marked is the article's however far the prose is, and its meta line gives the date and
    # the poster, not the next floor's header after the article.
    from test_textdump import ARTICLE, _dump
    from cleaner import clean
    specs = [f"◎{k}　　项　第{n}项" for n, k in enumerate("译名片名年代国家类别语言字幕格式尺寸大小片长导演主演编剧出品发行"
                                                          "监制剪辑摄影美术音乐服装化妆道具特效录音场记统筹", 1)]
    dump = _dump("首页 论坛 下载 帮助", "下载专区", "点击数：39", "澜州港纪录片【港口的四季】【高清】", "使用道具：", "气球", "|",
                 "魔法弓", "楼层： 第 1 楼 时间：2025-03-01 20:56:20", "分数：100", "作者：", "港口看海人", "高级会员",
                 "能力值:5458", *specs, *ARTICLE, "楼层： 第 2 楼 时间：2025-03-01 23:38:58", "作者：", "路人甲",
                 "好片，收藏了。")
    article = clean(dump.encode("utf-8"))
    assert article.title == "澜州港纪录片【港口的四季】【高清】" and article.text.startswith(ARTICLE[0])
    assert article.authors == ("港口看海人",)
    assert article.published is not None and article.published.isoformat().startswith("2025-03-01T20:56:20")


def test_a_two_character_label_padded_with_a_space_reads_as_the_label() -> None:
    # 作　者： / 来　源： / 编　辑：, padded to the width of a four-character label, in the head or after
    # the text; the pad only before a colon, and not after the ideograph that ends a word (合作 者).
    page = article("作　者：林默　来　源：澜州日报　时　间：2025-08-26 10:00", after=("编　辑：苏晓禾",))
    got = meta_of(page)
    assert (got.authors, got.source, got.editor) == (("林默",), "澜州日报", "苏晓禾")
    assert meta_of(article("2025-08-26 10:00", "记　者：林默 苏晓禾")).authors == ("林默", "苏晓禾")
    assert meta_of(article("日　期：2025-08-26　来 源：澜州日报")).source == "澜州日报"
    assert meta_of(article("2025-08-26 10:00 合作 者：林默")).authors == ()


def test_the_writing_credit_beside_the_photographer_names_the_author() -> None:
    # 文字：X 摄影：Y: the writer is the author, the photographer is not (as 文/X 图/Y).
    page = article("2025-08-26 10:00", after=("文字：林默　摄影：苏晓禾　编辑：郑远",))
    got = meta_of(page)
    assert (got.authors, got.editor) == (("林默",), "郑远")


def test_what_a_bracket_after_the_name_says_of_the_writer_is_no_name() -> None:
    for line in ("作者：林默（澜州日报记者）", "作者：林默（澜州大学文学院教授）", "作者：林默(实习生)　来源：澜州日报"):
        assert meta_of(article("2025-08-26 10:00", line)).authors == ("林默",), line


def test_a_name_in_dotted_parts_before_another_is_no_outlet() -> None:
    # 作者：某某周刊 张三 gives the writer only; a transliterated name first is a writer too.
    assert meta_of(article("2025-08-26 10:00　作者：阿依古丽·买买提 林默")).authors == ("阿依古丽·买买提", "林默")
    assert meta_of(article("2025-08-26 10:00　作者：澜州周刊 林默")).authors == ("林默",)


def test_the_reporters_after_the_news_mark_and_a_space() -> None:
    for first in ("本报讯 记者 林默 通讯员 苏晓禾 ", "本报讯 记者林默 通讯员苏晓禾 "):
        assert meta_of(article("2025-08-26", first=first)).authors == ("林默", "苏晓禾"), first


def test_a_credit_opening_the_paragraph_ends_where_its_first_clause_begins() -> None:
    # The body opens 今年以来，…: after a credit set apart by spaces, the word glued to the
    # first comma opens the sentence; a common name glued to it is the credit's.
    for first in ("本报记者 林默 苏晓禾 ", "本报讯记者 林默 通讯员 苏晓禾 "):
        assert meta_of(article("2025-08-26", first=first)).authors == ("林默", "苏晓禾"), first
    assert meta_of(article("2025-08-26", first="记者 林默 苏晓禾，")).authors == ("林默", "苏晓禾")


def test_the_reporter_after_a_wire_dateline_without_a_bracket() -> None:
    got = meta_of(article("2025-08-26", first="新华社北京8月26日电 记者林默 "))
    assert (got.authors, got.original_source) == (("林默",), "新华社")
    assert meta_of(article("2025-08-26", first="新华社北京8月26日电 ")).authors == ()


def test_a_byline_paragraph_opened_by_a_square_mark() -> None:
    for first in ("□本报记者 林默　", "■本报记者 林默 苏晓禾 "):
        assert meta_of(article("2025-08-26", first=first)).authors[:1] == ("林默",), first


def test_the_editor_of_this_article_label() -> None:
    assert meta_of(article("2025-08-26 10:00", after=("本文编辑：苏晓禾",))).editor == "苏晓禾"
    # 责任编辑 still wins over it.
    assert meta_of(article("2025-08-26 10:00", after=("本文编辑：苏晓禾　责任编辑：郑远",))).editor == "郑远"


def test_dump_role_alone_on_its_line_with_its_bar_takes_the_names_below() -> None:
    # A dump prints each inline element on a line: 作者｜ / 林默, 撰文： / 林默 (under a 来源 line, so
    # that no name beside the date stands in for the byline).
    for lines in (("作者｜", "林默"), ("撰文：", "林默"), ("文字:", "林默"), ("采写/", "林默")):
        page = make_page((TITLE, 1), "2025-08-26 10:00", "来源：", "澜州日报", *lines, *BODY, kind="text")
        got = meta_of(page)
        assert (got.authors, got.source) == (("林默",), "澜州日报"), lines


def test_a_county_media_centre_after_the_writer_is_no_author() -> None:
    # 某某融媒 (a county's media centre) names an outlet, not a person.
    assert meta_of(article("2025-08-26 10:00　作者：林默 澜州融媒")).authors == ("林默",)


def test_the_meta_line_under_a_standfirst() -> None:
    # 标题 / 摘要：… (kept as the first paragraph) / the meta line / the text; buttons between the
    # standfirst and the meta line are no account.
    standfirst = "摘要：全市重点项目建设取得新进展，多个项目提前完工，群众获得感不断增强。"
    for between in ((), ("对照英文", "收藏")):
        page = make_page((TITLE, 1), standfirst, *between, "作者：林默 | 来源：澜州日报 | 2025-08-26 10:32", *BODY)
        got = meta_of(page)
        assert (got.published, got.authors, got.source) \
            == (datetime(2025, 8, 26, 10, 32, tzinfo=SH), ("林默",), "澜州日报"), between


def test_names_set_apart_by_semicolons() -> None:
    assert meta_of(article("2025-08-26 10:00", "作者：林默；苏晓禾")).authors == ("林默", "苏晓禾")
    assert meta_of(article("2025-08-26 10:00", "作者：林默;苏晓禾 来源：澜州日报")).authors == ("林默", "苏晓禾")
    # A semicolon before a label or an outlet ends the names.
    assert meta_of(article("2025-08-26 10:00", "作者：林默；澜州日报")).authors == ("林默",)


def test_the_papers_commentator_is_a_byline_role() -> None:
    assert meta_of(article("2025-08-26 10:00", "本报评论员 林默")).authors == ("林默",)
    assert meta_of(article("2025-08-26 10:00　作者：本报评论员 林默")).authors == ("林默",)
    assert meta_of(article("2025-08-26 10:00", "本报评论员")).authors == ()
