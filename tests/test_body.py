"""Body selection rules on small hand-made pages and blocks: each rule alone, able to fail."""

from __future__ import annotations

from cleaner.blocks import Block
from cleaner.body import select
from cleaner.config import CleanerConfig
from cleaner.dom import parse
from cleaner.sift import discount_disclaimers

_SENTENCE = "市图书馆昨日起延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"


def _visible(html: str) -> str:
    page = parse(html, CleanerConfig())
    assert page is not None
    return "".join(b.text for b in page.blocks)


def test_article_faded_in_by_script_is_kept() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = f'<html><body><div style="visibility: hidden; opacity: 0; ">{article}</div></body></html>'
    assert _SENTENCE in _visible(html)


def test_short_fragment_hidden_by_visibility_still_goes() -> None:
    html = ('<html><body><p>前文。<span style="visibility:hidden">图书馆</span>后文。</p>'
            '</body></html>')
    assert "图书馆" not in _visible(html)


def test_prose_hidden_by_display_none_still_goes() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = (f'<html><body><div style="visibility:hidden; display:none">{article}</div>'
            '<p>看得见的一句话。</p></body></html>')
    assert _SENTENCE not in _visible(html)


def test_prose_hidden_by_zero_font_size_still_goes() -> None:
    article = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = (f'<html><body><div style="opacity:0; font-size:0px">{article}</div>'
            '<p>看得见的一句话。</p></body></html>')
    assert _SENTENCE not in _visible(html)


def test_rest_of_article_shown_by_a_script_is_kept() -> None:
    rest = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = ("<html><head><style>#lower{display:none;}</style>"
            "<script>function reveal(){ $('#lower').show(); }</script></head>"
            f'<body><p>看得见的开头。</p><div id="lower">{rest}</div></body></html>')
    assert _SENTENCE in _visible(html)


def test_prose_hidden_by_the_style_sheet_without_a_script_still_goes() -> None:
    rest = "".join(f"<p>{_SENTENCE}</p>" for _ in range(8))
    html = ("<html><head><style>#lower{display:none;}</style>"
            "<script>var lower = 1;</script></head>"
            f'<body><p>看得见的开头。</p><div id="lower">{rest}</div></body></html>')
    assert _SENTENCE not in _visible(html)


def _block(text: str, position: int, path: tuple[int, ...], heading: int = 0) -> Block:
    return Block(text=text, position=position, tag="h1" if heading else "p", path=path,
                 heading=heading)


def _page(*groups: tuple[tuple[int, ...], list[str]]) -> tuple[Block, ...]:
    """Blocks from (container path, texts) groups, in page order."""
    out: list[Block] = []
    for path, texts in groups:
        for text in texts:
            out.append(_block(text, len(out), path))
    return tuple(out)


_SHORT_ARTICLE = ["市图书馆宣布延长开放时间，周末开放到晚上九点。",
                  "读者可通过图书馆公众号在线预约座位，每人每天限约一次。"]


def test_long_footer_disclaimer_does_not_outweigh_a_short_article() -> None:
    disclaimer = ("本网站的内容概不构成任何投资意见，本网站内容亦并非就任何个别投资者的特定投资目标、"
                  "财务状况及个别需要而编制。投资者不应只按本网站内容进行投资，在作出任何投资决定前，"
                  "投资者应考虑产品的风险因素，并在有需要时咨询专业意见。")
    blocks = _page(((1, 2), ["图书馆延长开放时间"] + _SHORT_ARTICLE), ((1, 9), [disclaimer]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "投资意见" not in text


def test_disclaimers_are_recognised_in_traditional_characters() -> None:
    blocks = _page(((1,), ["本網站的內容概不構成任何投資意見，投資者應自行判斷。"]))
    assert discount_disclaimers(blocks, [50.0])[0] < 0


def test_region_agreeing_with_the_headline_beats_a_longer_notice() -> None:
    notice = [f"网站对留言系统使用者发布的文字保有修改或移除的权利，第{n}条规定请使用者务必遵守，谢谢配合。"
              for n in "一二三四五六"]
    blocks = (_block("北市士林年迈母子住处身亡", 0, (1, 2), heading=1),
              _block("士林区一处民宅今日下午传出一对年迈母子在住处身亡，消防局据报派员到场。", 1, (1, 3)),
              _block("警方初步调查排除外力介入，详细原因仍待进一步厘清，家属已到场协助处理。", 2, (1, 3)),
              *(_block(t, 3 + i, (5, 8)) for i, t in enumerate(notice)))
    kept = select(blocks, title="北市士林年迈母子住处身亡").kept
    assert [b.position for b in kept] == [1, 2]


def test_without_the_headline_printed_the_longest_region_stays() -> None:
    notice = [f"网站对留言系统使用者发布的文字保有修改或移除的权利，第{n}条规定请使用者务必遵守，谢谢配合。"
              for n in "一二三四五六"]
    blocks = (_block("士林区一处民宅今日下午传出一对年迈母子在住处身亡，消防局据报派员到场。", 0, (1, 3)),
              *(_block(t, 1 + i, (5, 8)) for i, t in enumerate(notice)))
    kept = select(blocks, title="北市士林年迈母子住处身亡").kept
    assert [b.position for b in kept] == list(range(1, 7))


def test_forum_thread_keeps_the_first_post_only() -> None:
    blocks = _page(((1, 5), ["楼主：河边老张 时间：2024-07-12 20:15:08",
                             "今天想说说我们小区门口那条河的变化，十年前这里还是臭水沟，夏天根本没法走。",
                             "后来街道请人清淤，种了芦苇，现在傍晚散步的人多了，孩子们也爱来看鱼。",
                             "举报 | 1楼 | 回复"]),
                   ((1, 6), ["作者：小雨点点 时间：2024-07-12 21:02:11",
                             "说得真好，我家楼下的河也是这两年才变清的，希望能一直保持下去。",
                             "举报 | 2楼 | 回复"]),
                   ((1, 7), ["作者：老城区居民 时间：2024-07-12 22:40:00",
                             "支持楼主，环境变好了大家心情也好，周末一起去河边走走吧。",
                             "举报 | 3楼 | 回复"]))
    text = "\n".join(b.text for b in select(blocks, title="我们小区门口那条河").kept)
    assert "臭水沟" in text and "看鱼" in text
    assert "说得真好" not in text and "周末一起" not in text


def test_three_floors_are_needed_for_a_thread() -> None:
    blocks = _page(((1, 5), ["今天想说说我们小区门口那条河的变化，十年前这里还是臭水沟，夏天根本没法走。",
                             "2024-07-12 20:15",
                             "后来街道请人清淤，种了芦苇，现在傍晚散步的人多了，孩子们也爱来看鱼。",
                             "记者站在3楼阳台上看到，河边的步道已经修好，晚上还有路灯照明。"]))
    text = "\n".join(b.text for b in select(blocks, title="我们小区门口那条河").kept)
    assert "看鱼" in text and "路灯" in text


def test_items_each_with_a_time_stamp_are_a_list_page() -> None:
    items = ["警方今早拘捕两名涉嫌在商场纵火的男子，事件中无人受伤，案件交由重案组跟进。",
             "天文台表示，一股强烈季候风将于周末抵达，市区气温将下降至十度左右，市民注意保暖。",
             "教育局宣布下学年起调整高中课程，减少部分科目课时，以减轻学生的考试压力。",
             "旅游业界估计三月份可恢复本地游，多间旅行社表示将重开部分分社配合接团。"]
    texts: list[str] = []
    for n, item in enumerate(items):
        texts += [item, f"{10 * n + 5}分钟前"]
    selection = select(_page(((1, 2), texts)), title="新闻网")
    assert selection.kept == () and "date" in selection.no_article


def test_an_article_with_one_date_line_is_no_list() -> None:
    items = ["警方今早拘捕两名涉嫌在商场纵火的男子，事件中无人受伤，案件交由重案组跟进。",
             "据了解，两名男子昨晚在商场内与保安发生争执，其后在垃圾桶内点火后逃走。",
             "警方呼吁任何人如有相关线索，请致电重案组热线，协助调查案件。"]
    selection = select(_page(((1, 2), ["2024-03-01 10:32"] + items)), title="商场纵火案")
    assert len(selection.kept) == 3


def test_summaries_cut_with_two_dots_are_a_list_page() -> None:
    summaries = [f"【本报记者报道】{s}，详情请见内文，相关部门表示会尽快跟进处理.."
                 for s in ("警方今早拘捕两名涉嫌纵火的男子", "天文台预测周末气温将明显下降",
                           "教育局宣布下学年调整高中课程", "旅游业界估计三月可恢复本地游")]
    selection = select(_page(((1, 2), summaries)), title="新闻网")
    assert selection.kept == ()


def test_contact_footer_is_boilerplate() -> None:
    blocks = _page(((1, 2), _SHORT_ARTICLE + [
        "全国统一客服热线：400-930-6677 人工服务时间：周一至周五 9:00至17:00（法定节假日除外）",
        "公司地址：深圳市深南大道6008号特区报业大厦西区23层 邮编：518034",
        "■报料热线：news@example.com / 9181 4676"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "热线" not in text and "邮编" not in text


def test_captcha_page_is_no_article() -> None:
    blocks = _page(((1, 2), ["用户您好，您的访问过于频繁，为确认本次访问为正常用户行为，需要您协助验证。",
                             "验证码：", "提交后没解决问题？欢迎反馈。"]))
    selection = select(blocks, title="搜索")
    assert selection.kept == () and selection.no_article


def test_bare_ellipsis_placeholders_do_not_make_a_list_page() -> None:
    texts: list[str] = []
    for sentence in ["十一月中旬，我坐上了驶向山梨的高速巴士，又一次前往河口湖。",
                     "看富士山，对于喜爱日本旅行的人有着极强的象征意义，从箱根到伊豆都是好去处。",
                     "河口湖不一样，富士山倒映于湖面，与早春的樱花、深秋的红叶极为相配。"]:
        texts += [sentence, "...", "..."]
    kept = select(_page(((1, 2), texts)), title="河口湖看富士山").kept
    assert any("河口湖不一样" in b.text for b in kept)


def test_traditional_editor_and_byline_lines_are_dropped() -> None:
    blocks = _page(((1, 2), ["記者︰陳大文", *_SHORT_ARTICLE, "責任編輯：劉雲"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "陳大文" not in text and "劉雲" not in text


def test_credit_line_without_separator_is_a_byline() -> None:
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, "記者黃雄 、馮淑環", "法庭记者：刘晓曦"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "黃雄" not in text and "刘晓曦" not in text


def test_sentence_naming_a_reporter_is_kept() -> None:
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, "记者了解到，新规下月实施。"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "记者了解到" in text


def test_contact_sentence_of_a_notice_is_kept() -> None:
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, "联系人：周立群，联系电话：0123-87654321。"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "周立群" in text


_LONG_PARAGRAPH = ("语言模型可以量化地衡量一段文本存在的可能性，研究者为此提出了神经网络语言模型，"
                   "它用词向量表示单词，用上下文预测下一个词，在翻译、问答和摘要中都有应用。")


def test_marker_outside_the_articles_element_ends_it_before_a_longer_list() -> None:
    article = [_LONG_PARAGRAPH] * 6
    glossary = [f"第{n}个术语的解释：机器学习是人工智能的一个分支，涉及概率论、统计学和算法复杂度理论，"
                "研究计算机怎样模拟人类的学习行为，以获取新的知识或技能，并重新组织已有的知识结构。"
                for n in range(10)]
    blocks = _page(((1, 2, 3), article), ((1, 5), ["相关数据"]), ((1, 5, 6), glossary))
    kept = select(blocks, title="语言模型解读").kept
    assert [b.position for b in kept] == list(range(6))


def test_related_list_above_a_short_lead_does_not_end_the_article() -> None:
    blocks = _page(((1, 2, 3), ["新酷产品第一时间免费试玩，快来体验各领域最前沿的产品吧！"]),
                   ((1, 4), ["相关新闻："]), ((1, 4, 5), [_LONG_PARAGRAPH] * 4))
    kept = select(blocks, title="语言模型解读").kept
    assert any(b.position >= 2 for b in kept)


def test_short_lines_of_an_element_holding_the_article_survive_its_chrome_class() -> None:
    path = (1, 2, 3)
    texts = ["内湖有家包子店开业三年来坚持使用新鲜原料，由于卖得比较贵，一开始每月都亏损。",
             "让客人安心，是老板娘的原则。",
             "面团用新鲜面粉，高丽菜去黑边，洗四次切丝，填入面团中再捏起来，做出健康的包子。",
             "客人嫌贵，头一年每月都亏。",
             "如今店里年营业额达三百万元，还获选创业楷模奖，证明良心是经营生意的不二法门。"]
    blocks = tuple(Block(text=t, position=i, path=path, markers="main newsdes share")
                   for i, t in enumerate(texts)) + (
        Block(text="包子店的故事还在继续，明天再来说说老板娘的下一家店。", position=5, path=(1, 9),
              markers="main"),)
    kept = select(blocks, title="良心包子重视食安").kept
    assert [b.position for b in kept][:5] == [0, 1, 2, 3, 4]


def test_short_line_in_a_chrome_element_of_its_own_still_goes() -> None:
    blocks = (_block(_LONG_PARAGRAPH, 0, (1, 2)), _block(_LONG_PARAGRAPH, 1, (1, 2)),
              Block(text="分享到朋友圈吧", position=2, path=(1, 4), markers="share"))
    kept = select(blocks, title="语言模型解读").kept
    assert [b.position for b in kept] == [0, 1]


def test_other_news_of_the_channel_label_ends_the_article() -> None:
    blocks = _page(((1, 2), [_LONG_PARAGRAPH, _LONG_PARAGRAPH]), ((1, 3), ["其它生活新聞"]),
                   ((1, 3, 4), ["強烈冷氣團發威，平地最低溫清晨出現在宜蘭，只有十二度。"]))
    kept = select(blocks, title="语言模型解读").kept
    assert [b.position for b in kept] == [0, 1]


def test_copyright_notice_after_the_last_paragraph_goes_even_as_a_sentence() -> None:
    notice = "原创文章，作者：张三。转载或内容合作请联系本站，违规转载法律必究。"
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, notice, "分享"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "法律必究" not in text


def test_copyright_sentence_inside_the_article_stays() -> None:
    inside = "法院认为，被告未经许可转载原告文章，违规转载法律必究，判令其赔偿损失。"
    blocks = _page(((1, 2), [_SHORT_ARTICLE[0], inside, _SHORT_ARTICLE[1]]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "判令其赔偿损失" in text


def test_prompts_around_the_article_are_boilerplate() -> None:
    prompts = ["一口气读完，大约需要40-60分钟", "戴上耳机，听听这篇文章吧~",
               "给作者打赏，鼓励TA抓紧创作！", "想生活更精明，請讚好我們的 Facebook 專頁",
               "不想錯過新消息？請 Follow 我們的 FB 專頁"]
    blocks = _page(((1, 2), [*prompts[:2], *_SHORT_ARTICLE, *prompts[2:]]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and not any(p[:6] in text for p in prompts)


def test_update_time_line_and_paywall_offer_are_not_the_article() -> None:
    blocks = _page(((1, 2), ["最新更新：2016/03/19 10:48", *_SHORT_ARTICLE,
                             "您所瀏覽的新聞已過查詢時效。建議您加入本社付費會員找尋您要的新聞。"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "最新更新" not in text and "會員" not in text


def test_fragments_after_a_trailing_notice_go_with_it() -> None:
    notice = "原创文章，作者：张三。转载或内容合作请联系本站，违规转载法律必究。"
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, notice, "+1", "好文章，需要你的鼓励"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "鼓励" not in text


def test_reporter_credit_after_the_last_sentence_is_cut_but_a_bracketed_one_stays() -> None:
    blocks = _page(((1, 2), [_SHORT_ARTICLE[0], _SHORT_ARTICLE[1] + "记者 李秋晨"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert text.endswith("限约一次。")
    blocks = _page(((1, 2), [_SHORT_ARTICLE[0], _SHORT_ARTICLE[1] + "（记者 胡晓蓉）"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert text.endswith("（记者 胡晓蓉）")


def test_browser_plugin_promotion_after_the_article_goes() -> None:
    promo = "打开新标签页发现好内容，各站点内容轻松获取。快来安装我们的浏览器插件获取高质量内容吧！"
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, promo]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "插件" not in text


def test_an_outline_of_unlinked_items_does_not_hand_the_article_to_the_header() -> None:
    outline = [f"讲解第{n}章技术始末" for n in "一二三四五六七八九十"]
    blocks = (_block("专注于国内外大前端前沿技术，分享技术文章、工具资源、前端框架。", 0, (9, 2)),
              _block("用八个小时视频，带你掌握前端工程化实用工具包，让你的工作更轻松！", 1, (1, 5)),
              *(Block(text=t, position=2 + i, tag="li", path=(1, 5, 6)) for i, t in enumerate(outline)),
              _block("想不想立刻获得这个工具包呢？只需要添加老师，就可以免费领取啦！", 12, (1, 5)))
    kept = select(blocks, title="前端开发实用工具包").kept
    assert 0 not in [b.position for b in kept] and 1 in [b.position for b in kept]


def _entries(title_of_first: str) -> tuple[Block, ...]:
    texts: list[str] = []
    for n, (heading, text) in enumerate([
            (title_of_first, "距离市区西北约一百公里的小镇，是当年发现第一块天然黄金的地方，现在游客很多。"),
            ("长发剪了感觉很轻松", "头发留得很长很长了，每天总是花很多时间去梳头洗头，这次终于剪短了。"),
            ("回来感觉这里在进步", "想想十多年前刚来的时候没有中文报纸，也没有网络，现在真是方便多了。")]):
        texts += [heading, f"2005-03-{21 - n} 01:20:44", text, _LONG_PARAGRAPH]
    return _page(((1, 2), texts))


def test_page_of_dated_entries_holds_the_entry_its_headline_heads() -> None:
    kept = select(_entries("昨天去金矿玩"), title="昨天去金矿玩").kept
    assert [b.text[:4] for b in kept] == ["距离市区", _LONG_PARAGRAPH[:4]]


def test_dated_entries_without_the_headline_over_one_are_left_alone() -> None:
    kept = select(_entries("昨天去金矿玩"), title="今天的天气真好").kept
    assert len([b for b in kept if b.punct]) == 6


def test_figure_placeholders_without_words_go_but_symbol_lines_of_the_text_stay() -> None:
    blocks = (_block(_SHORT_ARTICLE[0], 0, (1, 2)),
              Block(text="...", position=1, tag="figure", path=(1, 2, 3)),
              _block(_SHORT_ARTICLE[1], 2, (1, 2)),
              _block("……", 3, (1, 2)))
    text = "\n".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert text.splitlines() == [_SHORT_ARTICLE[0], _SHORT_ARTICLE[1], "……"]


def test_meta_line_with_a_spaced_ip_location_is_boilerplate() -> None:
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, "发布于 2023-06-26 15:25・IP 属地广东 ，编辑于 2023-06-27 10:15"]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "属地" not in text


def test_thread_of_posts_with_poster_and_time_headers_keeps_the_first_post() -> None:
    blocks = _page(((1, 5), ["〓 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓",
                             "今天想说说我们小区门口那条河的变化，十年前这里还是臭水沟，夏天根本没法走。",
                             "后来街道请人清淤，种了芦苇，现在傍晚散步的人多了，孩子们也爱来看鱼。"]),
                   ((1, 6), ["〓 明星话题 发布时间 2005/03/16 01:08:28 by mi来mi去 〓",
                             "说得真好，我家楼下的河也是这两年才变清的，希望能一直保持下去。"]),
                   ((1, 7), ["〓 明星话题 发布时间 2005/03/16 21:10:00 by HIHIHI 〓",
                             "支持，环境变好了大家心情也好，周末一起去河边走走吧。"]))
    text = "\n".join(b.text for b in select(blocks, title="我们小区门口那条河").kept)
    assert "看鱼" in text and "说得真好" not in text and "周末一起" not in text


def test_chronology_under_its_own_headline_is_an_article() -> None:
    events = ["警方今早拘捕两名涉嫌在商场纵火的男子，事件中无人受伤，案件交由重案组跟进。",
              "两名男子在法院提堂，控方申请押后再讯，以待警方进一步调查，两人须还押看管。",
              "案件再次提堂，两名被告承认纵火罪名，法官押后判刑，并索取背景及心理报告。",
              "法官判处两名被告各入狱三年，指案件性质严重，判刑须有阻吓作用。"]
    texts = ["商场纵火案始末一览"]
    for n, event in enumerate(events):
        texts += [f"2024年{n + 1}月3日", event]
    selection = select(_page(((1, 2), texts)), title="商场纵火案始末一览")
    assert len([b for b in selection.kept if b.punct]) == 4


def test_floor_plan_is_no_forum_thread() -> None:
    blocks = _page(((1, 2), [_LONG_PARAGRAPH, "3楼：餐饮区", _LONG_PARAGRAPH, "4楼：影院",
                             _LONG_PARAGRAPH, "5楼：儿童乐园", _LONG_PARAGRAPH]))
    kept = select(blocks, title="语言模型解读").kept
    assert len([b for b in kept if b.text == _LONG_PARAGRAPH]) == 4


def test_notice_signed_with_a_date_keeps_its_end() -> None:
    blocks = _page(((1, 2), ["关于开展防汛演练的通知", "2024-06-01 09:30", _LONG_PARAGRAPH,
                             "2024-06-02 09:30", _LONG_PARAGRAPH, "市防汛办", "2024年6月1日"]))
    kept = select(blocks, title="关于开展防汛演练的通知").kept
    assert len([b for b in kept if b.text == _LONG_PARAGRAPH]) == 2


def test_last_paragraph_inviting_readers_to_scan_a_code_stays() -> None:
    last = "市民可扫描下方二维码在线报名参加本次活动，名额有限，报满即止，活动当天请携带身份证件入场。"
    blocks = _page(((1, 2), [*_SHORT_ARTICLE, last]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "在线报名" in text


def test_promotion_above_the_first_paragraph_goes() -> None:
    promo = "新酷产品第一时间免费试玩，还有众多达人分享独到生活经验，下载客户端还能获得专享福利哦！"
    blocks = _page(((1, 2), [promo, *_SHORT_ARTICLE]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "福利" not in text


def test_news_lead_about_downloading_an_app_stays() -> None:
    lead = "市图书馆今天起上线新版手机应用，读者下载客户端后可以在线预约座位、续借图书和查询馆藏。"
    blocks = _page(((1, 2), [lead, *_SHORT_ARTICLE]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "上线新版手机应用" in text


def test_bare_date_inside_the_first_post_does_not_end_it() -> None:
    blocks = _page(((1, 5), ["楼主：河边老张 时间：2024-07-12 20:15:08",
                             "今天想说说我们小区门口那条河的变化，十年前这里还是臭水沟，夏天根本没法走。",
                             "2014-07-12",
                             "后来街道请人清淤，种了芦苇，现在傍晚散步的人多了，孩子们也爱来看鱼。",
                             "举报 | 1楼 | 回复"]),
                   ((1, 6), ["作者：小雨点点 时间：2024-07-12 21:02:11",
                             "说得真好，我家楼下的河也是这两年才变清的，希望能一直保持下去。",
                             "举报 | 2楼 | 回复"]),
                   ((1, 7), ["作者：老城区居民 时间：2024-07-12 22:40:00",
                             "支持楼主，环境变好了大家心情也好，周末一起去河边走走吧。",
                             "举报 | 3楼 | 回复"]))
    text = "\n".join(b.text for b in select(blocks, title="我们小区门口那条河").kept)
    assert "看鱼" in text and "说得真好" not in text


def test_banner_for_something_else_above_the_article_goes() -> None:
    banner = "“只有潮水退了才知道谁在裸泳”，一张榜单尽显经济大势！年度人物评选火热进行中！【点击投票】"
    blocks = _page(((1, 2), [banner, *_SHORT_ARTICLE]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "读者可通过" in text and "投票" not in text


def test_exclaimed_lead_about_the_article_stays() -> None:
    lead = "好消息！市图书馆宣布延长开放时间，周末开放到晚上九点，读者再也不用赶时间了！"
    blocks = _page(((1, 2), [lead, *_SHORT_ARTICLE]))
    text = "".join(b.text for b in select(blocks, title="图书馆延长开放时间").kept)
    assert "好消息" in text


def test_fast_removal_is_an_ordinary_removal() -> None:
    """``Removal.of`` skips the dataclass ``__init__``: the value must still compare, hash,
    pickle and stay frozen like one built the ordinary way, and be one object of slots (no
    dict of attributes, made for each of thousands of removals a page)."""
    import dataclasses
    import pickle

    import pytest

    from cleaner.article import Removal
    fast = Removal.of("导航", "chrome", "outside the article container", 3, -2.5)
    plain = Removal("导航", "chrome", "outside the article container", 3, -2.5)
    assert fast == plain and hash(fast) == hash(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
    assert type(fast) is Removal and not hasattr(fast, "__dict__") and not hasattr(plain, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "x"  # type: ignore[misc]


def test_end_tests_agree_with_the_patterns_they_replace() -> None:
    """An ellipsis or a full stop at the end, whitespace after it aside, is told by rstrip and
    endswith as the anchored searches told it, on random texts of the characters that matter."""
    import random
    import re

    from cleaner import body
    ellipsis_end = re.compile(r"(?:…|\.\.|。。。)\s*$")
    full_stop = re.compile(r"[。！？!?；;]\s*$")
    rng = random.Random(3)
    pool = list("…。.！？!?；;a中 \n\t\u3000\u00a0\u2028\x1c")
    for _ in range(50000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(8)))
        assert (ellipsis_end.search(text) is not None) == text.rstrip().endswith(body._ELLIPSIS_ENDS), text
        assert (full_stop.search(text) is not None) == body._ends_with(text, body._FULL_STOPS), text


def test_boilerplate_in_prose_counts_only_where_it_opens_the_block() -> None:
    from cleaner.blocks import Block
    from cleaner.body import _is_boilerplate
    prose = "今天的会议讨论了很多问题，大家各抒己见，最后形成了一致意见，会议取得圆满成功。"
    assert _is_boilerplate(Block("责任编辑：" + prose, 0))
    assert _is_boilerplate(Block("如有侵权，" + prose, 0))
    assert not _is_boilerplate(Block(prose + "如有侵权请联系", 0))
    assert _is_boilerplate(Block("会议通知 如有侵权请联系", 0))


def _random_blocks(seed: int, count: int) -> list[Block]:
    """Blocks of random pieces (prose, labels, links, list items, disclaimers, boilerplate
    phrases at the start, in the middle and alone) for the one-pass forms to be checked against."""
    import random
    rng = random.Random(seed)
    pieces = [_SENTENCE, "首页", "版权所有", "如有侵权请联系删除。", "责任编辑：张三", "展开全文",
              "關注我們的微信公眾號", "本文来源：某报", "读者可以预约座位", "，", "。", " ", "二维码",
              "点击查看", "转载请注明出处", "免責聲明", "Copyright © 2024", "地址：某路1号",
              "第一步先准备材料", "相关阅读"]
    blocks = []
    for i in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5))).strip() or "字"
        blocks.append(Block(text, i, tag=rng.choice(["p", "li", "div"]), path=(1, 2 + i % 3),
                            link_chars=rng.choice([0, 0, 0, len(text) // 3, len(text)])))
    return blocks


def test_one_pass_weights_are_the_three_passes() -> None:
    """The container search's weights, made in one loop, are the block weights with
    disclaimers discounted and unlinked items lifted, as the three passes made them (and
    then the lines enclosed by an element's prose lifted)."""
    from cleaner.body import _page_weights, _weights
    from cleaner.sift import fold_all, lift_enclosed_lines, lift_unlinked_items
    for seed in range(40):
        blocks = tuple(_random_blocks(seed, 60))
        three = lift_unlinked_items(blocks, discount_disclaimers(blocks, _weights(blocks)))
        lift_enclosed_lines(blocks, three)
        assert _page_weights(blocks, fold_all([b.text for b in blocks])) == three


def test_stray_headlines_are_judged_alike_past_the_search_budget() -> None:
    """Past MAX_GRAM_SEARCHES lookups the article's bigrams are made a set: the lines judged
    off-topic are the same either way (all of them, then none past one sharing words)."""
    from cleaner import body
    article = [Block(_SENTENCE * 2, 100 + i, tag="p") for i in range(3)]
    stray = [Block(f"外地{'一二三四五六七八九'[i % 9]}号码头船只靠岸卸货完毕", i, tag="p") for i in range(12)]
    on_topic = Block("图书馆周末开放到晚上", 50, tag="p")
    kept = stray + [on_topic] + stray[:2] + article
    left, strays = body._drop_stray_headlines(kept, "某某新闻网")
    assert strays == stray and left[0] is on_topic
    assert len(stray) * 10 > body.MAX_GRAM_SEARCHES   # the budget was passed on the way


def test_headline_printed_with_spaces_between_its_characters_is_removed() -> None:
    """The headline spaced out (市 图 书 馆 …) is longer than the title, and still the headline:
    the length test that spares prose the headline check counts only a text without spaces."""
    title = "市图书馆延长周末开放时间"
    spaced = " ".join(title)
    assert len(spaced) > len(title) + 8
    blocks = _page(((1, 2), [spaced, _SENTENCE] + _SHORT_ARTICLE))
    selection = select(blocks, title=title)
    assert [(r.text, r.detail) for r in selection.removed if r.text == spaced] \
        == [(spaced, "the headline")]
    assert spaced not in [b.text for b in selection.kept]
