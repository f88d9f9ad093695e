"""Articles made of short lines (steps, names, a schedule, a poem's lines): the lines are the
article's where its own prose encloses them or leads into them with a colon; chrome made of
short lines (links, a label's colon, a thread of dated posts) stays out (the last three tests of
each path guard that: they held before the rules above, and hold with them)."""

from __future__ import annotations

from cleaner import clean
from cleaner.blocks import Block
from cleaner.dumpbody import is_stamp

INTRO = "记者从区文体局获悉，第二届社区运动会日前闭幕，全区三十六个社区的两千四百多名居民报名参赛。"
CLOSING = "区文体局相关负责人表示，明年将继续举办社区运动会，并增设适合老年人参加的项目。"
NAMES = ["滨湖社区", "新港社区", "梧桐社区", "南岸社区", "老街社区", "城东社区", "城西社区", "北山社区",
         "江湾社区", "花园社区", "桥头社区", "渡口社区"]


def _page(article: str, related: str = "") -> str:
    links = "".join(f'<li><a href="/n/{i}.html">其他新闻标题第{i}条</a></li>' for i in range(8))
    return (f"<html><head><title>社区运动会闭幕</title></head><body><div class='nav'><ul>{links}</ul></div>"
            f"<div class='main'><h1>社区运动会闭幕</h1><div class='info'>2024-10-28 18:05 来源：梧溪日报</div>"
            f"<div class='content'>{article}</div>{related}</div></body></html>")


def test_short_lines_between_an_elements_paragraphs_are_the_article() -> None:
    names = "".join(f"<p>{n}</p>" for n in NAMES)
    article = clean(_page(f"<p>{INTRO}</p>{names}<p>{CLOSING}</p>"))
    assert article.paragraphs == (INTRO, *NAMES, CLOSING)


def test_short_lines_a_colon_leads_into_end_the_article() -> None:
    lead = "获得团体第一名的社区分别是："
    names = "".join(f"<p>{n}</p>" for n in NAMES)
    article = clean(_page(f"<p>{INTRO}</p><p>{lead}</p>{names}"))
    assert article.paragraphs == (INTRO, lead, *NAMES)


def test_a_list_of_links_after_the_article_stays_out() -> None:
    related = "<div class='related'><p>相关阅读：</p><ul>" + "".join(
        f"<li><a href='/r/{i}.html'>{n}举办迎新活动</a></li>" for i, n in enumerate(NAMES)) + "</ul></div>"
    article = clean(_page(f"<p>{INTRO}</p><p>{CLOSING}</p>", related))
    assert article.paragraphs == (INTRO, CLOSING)


def test_lines_are_lifted_only_between_prose_of_one_element() -> None:
    from cleaner.sift import lift_enclosed_lines
    lines = [Block("滨湖社区", 1, "p", (1, 2, 4)), Block("新港社区", 2, "p", (1, 2, 5))]
    blocks = (Block(INTRO, 0, "p", (1, 2, 3)), *lines, Block(CLOSING, 3, "p", (1, 7, 6)))
    weights = [50.0, -4.0, -4.0, 40.0]
    lift_enclosed_lines(blocks, weights)
    assert weights == [50.0, -4.0, -4.0, 40.0]   # the prose below lies in another element
    siblings = (*blocks[:3], Block(CLOSING, 3, "p", (1, 2, 6)))
    lift_enclosed_lines(siblings, weights)
    assert weights == [50.0, 0.0, 0.0, 40.0]
    linked = (blocks[0], Block("新港社区", 1, "li", (1, 2, 4), link_chars=4), *siblings[2:])
    weights = [50.0, -4.0, -4.0, 40.0]
    lift_enclosed_lines(linked, weights)
    assert weights == [50.0, -4.0, -4.0, 40.0]   # a link list between them


def test_led_lines_need_the_colon_and_the_element() -> None:
    from cleaner.sift import led_lines
    lead = Block("获得团体第一名的社区分别是：", 0, "p", (1, 2, 3))
    items = [Block(n, i + 1, "p", (1, 2, 4 + i)) for i, n in enumerate(NAMES[:3])]
    assert led_lines([lead, *items]) == 3
    assert led_lines([Block("获得团体第一名的社区分别是。", 0, "p", (1, 2, 3)), *items]) == 0
    assert led_lines([Block("扫码关注：", 0, "p", (1, 2, 3)), *items]) == 0   # a label's colon
    assert led_lines([lead, *items[:2], Block("分享", 3, "p", (1, 7, 8))]) == 0
    assert led_lines([lead, *[Block(b.text, b.position) for b in items]]) == 0   # a dump's lines


def test_a_span_of_time_is_no_posts_stamp() -> None:
    assert is_stamp("网友甲 2024-11-20 10:12")
    assert is_stamp("2024-05-01 12:30:45")
    assert not is_stamp("12月1日起 9:00-17:00 儿童乐园")
    assert not is_stamp("8月27日 22:00至次日6:00 停水")


DUMP_HEAD = ["首页 本地 民生", "桐江市民公园冬季开放时间调整", "2024-11-20 09:40 来源：桐江晚报"]
DUMP_TAIL = ["责任编辑：邵雨桐", "相关新闻", "市民公园樱花大道改造完成", "桐江新增两条城市绿道",
             "关于我们 | 联系我们 | 广告服务"]
OPENING = "记者从桐江市园林局获悉，自12月1日起，市民公园将执行冬季开放时间，请市民游客合理安排出行。"
LATER = "园林局相关负责人表示，冬季白天较短，傍晚以后园内光线较暗，请老人和儿童结伴游园。"


def test_a_schedule_between_paragraphs_of_a_dump_is_no_comment_thread() -> None:
    schedule = ["12月1日 6:30 主园区开门", "12月1日 9:00-17:00 儿童乐园开放", "12月1日 9:30 观光小火车发车",
                "12月24日 18:00 灯光秀首演"]
    dump = "\n".join([*DUMP_HEAD, OPENING, *schedule, LATER, *DUMP_TAIL])
    assert clean(dump).paragraphs == (OPENING, *schedule, LATER)


def test_a_thread_of_posts_under_a_dump_still_ends_it() -> None:
    posts = ["网友评论", "江边人 2024-11-20 10:12", "停车点选得不错。", "老桐江 2024-11-20 10:35",
             "希望检修别太久。", "路过 2024-11-20 11:02", "灯光秀一定去看。"]
    dump = "\n".join([*DUMP_HEAD, OPENING, LATER, *posts, "关于我们 | 联系我们 | 广告服务"])
    assert clean(dump).paragraphs == (OPENING, LATER)


def test_a_dumps_list_led_by_a_sentence_runs_down_to_its_end_marker() -> None:
    lead = "为缓解周末停车难，园林局还在公园周边新增了三处免费停车点，具体位置如下："
    places = ["北门外滨江路临时停车场", "东门外体育馆地面停车场", "南门外桐江小学操场"]
    dump = "\n".join([*DUMP_HEAD, OPENING, LATER, lead, *places, *DUMP_TAIL])
    assert clean(dump).paragraphs == (OPENING, LATER, lead, *places)


def test_a_labels_colon_in_a_dump_leads_into_no_list() -> None:
    keywords = ["文章关键词：", "市民公园", "冬季", "停车"]
    dump = "\n".join([*DUMP_HEAD, OPENING, LATER, *keywords, *DUMP_TAIL])
    assert clean(dump).paragraphs == (OPENING, LATER)
