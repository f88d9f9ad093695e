"""A digest of other stories closing the article (headline + one-paragraph summary items, or
items each opening with a time of day) is cut; an article's own short sections and its own
timeline, of the same shape but about the article, stay."""

from __future__ import annotations

from cleaner import clean

INTRO = [
    "今年入夏以来，桐江区多个社区陆续开设了面向老年人的智能手机培训班，帮助老人学会用手机挂号、缴费和视频通话，报名人数一再超出预期。",
    "记者走访了三个社区的培训课堂，发现老人们最想学的内容各不相同，社区也根据大家的需求调整了课程安排，下面是三个社区的具体做法。",
    "培训班每周开课两次，每次一个半小时，授课的既有社区工作人员，也有附近学校的学生志愿者，老人们可以根据自己的时间选择上课的班次。",
    "不少老人说，学会用手机以后，和在外地工作的子女视频聊天方便多了，去医院看病也不用一大早去排队挂号，生活里的很多事情都变得简单了。",
]
SECTIONS = [
    ("向阳社区：一对一教挂号", "向阳社区请来了附近中学的志愿者，每位老人配一名学生，手把手教老人在手机上预约医院门诊，老人学会以后再由学生出题考一考。"),
    ("滨河社区：把课堂搬进菜市场", "滨河社区把培训点设在菜市场旁边的便民服务站，老人买菜的时候顺便就能学习手机支付，工作人员还准备了放大字体的操作卡片。"),
    ("南湖社区：子女陪学更安心", "南湖社区鼓励子女周末陪老人一起来上课，课后布置一些简单的练习，让子女在家里继续帮老人巩固，防止学了就忘。"),
]
DIGEST = [
    ("城北水厂扩建工程通过竣工验收", "扩建后的城北水厂日供水能力提高到二十万吨，可以满足城北片区未来十年的用水需求，新建的深度处理工艺也让出厂水质进一步提升。"),
    ("秋季马拉松报名人数创新高", "今年秋季马拉松赛共有三万余名跑者报名，比去年增加近一倍，组委会将通过抽签确定最终参赛名单，抽签结果将于本月中旬公布。"),
    ("山区学校迎来新一批支教老师", "来自省内多所师范院校的四十名毕业生近日来到山区学校任教，他们将承担语文、数学、英语和音乐等课程，服务期为两年。"),
]
TICKER = [
    ("07:50", "县气象台预计未来三天以多云天气为主，午后局部地区可能出现雷阵雨，请外出的市民注意防范。"),
    ("09:20", "县人民医院新门诊楼本周一启用，原门诊大楼的挂号、缴费窗口同步搬迁到新楼一层。"),
    ("10:05", "全县秋季征兵体检工作结束，共有三百余名适龄青年参加体检，政治考核将于下月开始。"),
]
TIMELINE = [
    ("08:15", "社区培训班的第一批学员来到活动室，志愿者先帮老人们检查手机的字体大小和音量设置。"),
    ("09:00", "老人们跟着志愿者练习手机挂号，每人在手机上完成一次社区医院门诊的模拟预约。"),
    ("09:40", "志愿者给每位老人发放操作卡片，提醒老人回家后在子女的陪同下再练习几遍手机挂号。"),
]
HEAD = "首页 新闻 社区\n社区手机课堂各有妙招\n2025-06-03 10:20 来源：桐江新闻网\n"


def _dump(*lines: str) -> str:
    return HEAD + "\n".join(lines) + "\n桐江新闻网版权所有\n"


def _html(*parts: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>社区手机课堂各有妙招</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div><div class="main">'
            '<h1>社区手机课堂各有妙招</h1><div class="info">2025-06-03 10:20 来源：桐江新闻网</div>'
            '<div class="text">' + "".join(parts) + '</div></div><div class="foot">桐江新闻网 版权所有</div>'
            '</body></html>')


def test_dump_digest_of_other_stories_is_cut_but_the_articles_sections_stay() -> None:
    sections = [x for pair in SECTIONS for x in pair]
    digest = [x for pair in DIGEST for x in pair]
    assert list(clean(_dump(*INTRO, *sections)).paragraphs) == INTRO + sections
    assert list(clean(_dump(*INTRO, *sections, "大家都在看", *digest)).paragraphs) == INTRO + sections


def test_html_linked_digest_is_cut() -> None:
    paragraphs = [f"<p>{p}</p>" for p in INTRO]
    items = "".join(f'<li><a href="/n/{i}.html">{h}</a><p>{s}</p></li>' for i, (h, s) in enumerate(DIGEST))
    article = clean(_html(*paragraphs, f'<div class="box"><h3>热点新闻</h3><ul>{items}</ul></div>'))
    assert list(article.paragraphs) == INTRO
    assert any(r.detail == "a digest of other articles after the article" for r in article.removed)


def test_ticker_is_cut_but_the_articles_timeline_stays() -> None:
    timeline = [f"{t}{s}" for t, s in TIMELINE]
    ticker = [f"{t}{s}" for t, s in TICKER]
    assert list(clean(_dump(*INTRO, *timeline)).paragraphs) == INTRO + timeline
    assert list(clean(_dump(*INTRO, "24小时滚动", *ticker)).paragraphs) == INTRO
    split = [x for t, s in TICKER for x in (t, s)]   # (the time on a line of its own)
    assert list(clean(_dump(*INTRO, "24小时滚动", *split)).paragraphs) == INTRO


def test_prose_above_the_printed_headline_is_cut() -> None:
    ticker = "".join(f"<li><span>{t}</span>{s}</li>" for t, s in TICKER)
    page = _html(*(f"<p>{p}</p>" for p in INTRO)).replace(
        '<div class="main">', f'<div class="main"><div class="roll"><h3>滚动快讯</h3><ul>{ticker}</ul></div>')
    assert list(clean(page).paragraphs) == INTRO
