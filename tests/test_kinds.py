"""Two page kinds whose furniture sits among the article's blocks: a gallery's picture counters
(1/4 2/4 …) leave the captions, and a question-and-answer page keeps its question, the answers
under the header over them (3个回答, 全部回答, 最佳答案) going as a forum's replies do. A table's
fractions, a question of its title alone and an article quoting 最佳答案 in prose are left as
they were. An answer the page marks best (最佳答案, 满意答案), the others under a header of their
own after it, goes with the question."""

from __future__ import annotations

from cleaner import clean

NAV = ('<div class="nav"><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/s">社会</a> | '
       '<a href="/p">图片</a> | <a href="/w">问答</a></div>')
FOOT = '<div class="foot"><p>关于我们 | 联系方式</p><p>澜州新闻网 版权所有 澜ICP备12345678号</p></div>'
CAPTIONS = [
    "清晨六点，梧溪镇的茶农已经背着竹篓上了山，梯田茶园里雾气还没有散去。",
    "采茶要趁露水干后，只摘一芽一叶，熟练的茶农一上午能采四五斤鲜叶。",
    "鲜叶送到村里的加工厂，先摊晾两个小时，再进锅杀青、揉捻和烘干。",
    "傍晚，新制的明前茶装进了茶罐，不少外地客商已经提前来到村里订货。",
]
QUESTION = "今年第一次在阳台用花盆种番茄，刚开始长得很好，最近下面的叶子一片片发黄，上面的新叶还是绿的。请问是缺肥还是浇水太多了？"
ANSWERS = [
    "从你的描述看，多半是浇水太勤了。花盆里的土透气性差，每天浇水容易让根部缺氧，下面的老叶就会先黄。",
    "也可能是缺氮。番茄长到结果期需要的养分多，一个月只施一次肥不太够，可以每两周追一次稀薄的液肥。",
    "我家的也是这样，后来把发黄的叶子剪掉了，换了个大一点的盆，现在好多了。",
]


def _page(title: str, inner: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}_澜州新闻网</title></head><body>{NAV}'
            f'<div class="main"><h1>{title}</h1><div class="info">2024-04-02 09:30 来源：澜州日报</div>'
            f'{inner}</div>{FOOT}</body></html>')


def _gallery(counter: str) -> str:
    slides = "".join(f'<div class="slide"><img src="/p/{k}.jpg"><div class="cnt">{counter.format(k + 1, 4)}</div>'
                     f'<p class="cap">{c}</p></div>' for k, c in enumerate(CAPTIONS))
    return _page("图集：明前春茶开采 梯田茶园采摘忙", f'<div class="gallery">{slides}</div>')


def test_gallery_counters_leave_the_captions() -> None:
    for counter in ("{}/{}", "（{}/{}）", "{} / {}"):
        article = clean(_gallery(counter))
        assert list(article.paragraphs) == CAPTIONS, counter
        assert any(r.detail == "a gallery's picture counter" for r in article.removed), counter


def test_fractions_not_numbered_in_a_run_stay() -> None:
    # Two cells of fractions over different totals, then two over one total out of order: a
    # table's, not a gallery's counters.
    rows = "".join(f"<tr><td>{name}</td></tr><tr><td>{frac}</td></tr>"
                   for name, frac in (("一号泵站", "1/2"), ("二号泵站", "3/4"), ("三号泵站", "3/5"), ("四号泵站", "1/5")))
    inner = (f"<p>{CAPTIONS[0]}</p><p>{CAPTIONS[1]}</p><table>{rows}</table><p>{CAPTIONS[2]}</p>"
             f"<p>{CAPTIONS[3]}</p>")
    article = clean(_page("梧溪镇春茶开采", inner))
    for frac in ("1/2", "3/4", "3/5", "1/5"):
        assert frac in article.paragraphs
    # ... while the gallery's own counters go (the rule is on: this fails where it is off).
    assert "2/4" not in clean(_gallery("{}/{}")).paragraphs


def _question(header: str, description: bool = True) -> str:
    answers = "".join(f'<div class="answer"><div class="user"><a href="/u{k}">网友{k}</a></div><p>{t}</p>'
                      f'<div class="act">赞同 {30 - k * 9} · 评论 {5 - k} · 2024-06-0{4 + k} 08:1{k}</div></div>'
                      for k, t in enumerate(ANSWERS))
    desc = f'<div class="qdesc"><p>{QUESTION}</p></div>' if description else ""
    return _page("阳台种的番茄叶子发黄是怎么回事？",
                 f'{desc}<div class="qact">关注问题 写回答 邀请回答</div><div class="answers"><h3>{header}</h3>{answers}</div>')


def test_answers_under_the_question_are_replies() -> None:
    for header in ("3个回答", "共3条回答", "全部回答", "其他回答（3）", "最佳答案"):
        article = clean(_question(header))
        assert list(article.paragraphs) == [QUESTION], header
        assert any(r.reason == "comment" and r.text == ANSWERS[1] for r in article.removed), header
    # A link to all the answers over the one answer a page shows is no header: the answer stays.
    one = ('<div class="answer"><p>' + "</p><p>".join(ANSWERS[:2]) + '</p></div>')
    linked = clean(_page("阳台种的番茄叶子发黄是怎么回事？", f'<div class="qdesc"><p>{QUESTION}</p></div>'
                         f'<div class="all"><a href="/q/1">查看全部 3 个回答</a></div>{one}'))
    assert ANSWERS[0] in linked.paragraphs and ANSWERS[1] in linked.paragraphs
    # An article's own section of answers (an exam's, a survey's) keeps them.
    for section in ("参考答案", "推荐答案", "网友回答"):
        own = clean(_page("阳台种番茄的几个常见问题", f"<p>{QUESTION}</p><h3>{section}</h3><p>{ANSWERS[0]}</p>"
                          f"<p>{ANSWERS[1]}</p>"))
        assert ANSWERS[1] in own.paragraphs, section


def test_a_question_of_its_title_alone_keeps_its_answers() -> None:
    # No prose of the question's own above the header: the page is left as it was read before.
    article = clean(_question("3个回答", description=False))
    assert ANSWERS[0] in article.paragraphs and ANSWERS[1] in article.paragraphs
    # ... and with its prose the same page gives the question alone.
    assert list(clean(_question("3个回答")).paragraphs) == [QUESTION]


def test_the_best_answer_goes_with_the_question() -> None:
    # The answer the page marks best, the others under a header of their own after it: the
    # question and that answer, without the asker's and the answerer's credit lines.
    others = "".join(f'<p>{t}</p><div class="who">网友{k} 2024-06-0{5 + k}</div>' for k, t in enumerate(ANSWERS[1:]))
    for best, rest in (("最佳答案", "其他2条回答"), ("满意答案", "其他回答")):
        article = clean(_page("阳台种的番茄叶子发黄是怎么回事？",
                              f'<div class="qdesc"><p>{QUESTION}</p></div><div class="qinfo">提问者：番茄爱好者 2024-06-03 21:14</div>'
                              f'<div class="best"><h3>{best}</h3><p>{ANSWERS[0]}</p><div class="who">绿手指老周 回答于 2024-06-04</div></div>'
                              f'<div class="others"><h3>{rest}</h3>{others}</div>'))
        assert list(article.paragraphs) == [QUESTION, ANSWERS[0]], best
        assert any(r.text == ANSWERS[1] for r in article.removed), best
