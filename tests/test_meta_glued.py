"""Meta-line fields glued together with no separator: templates set their fields apart by CSS
alone (``<span>作者：X</span><span>来源：Y</span>``), so the page's text and a dump's line read
``作者：X来源：Y``. The label of the next field, with its colon, ends the value before it
(``cleaner/meta/rejoin.py``, ``_glued_labels``); a label word without its colon, or inside a
sentence, ends nothing."""

from __future__ import annotations

from cleaner import clean

HEADLINE = "梧溪镇今秋举办首届稻田音乐节"
PARAGRAPHS = (
    "本月十二日，梧溪镇在镇东的稻田边举办了首届稻田音乐节，来自周边县市的游客和村民一同在金黄的稻浪旁欣赏演出。",
    "据镇文化站介绍，本次音乐节共安排了十八个节目，既有村民自编自演的山歌，也有外地乐队带来的民谣，演出持续了一个下午。",
    "不少游客表示，这样的活动让他们感受到了乡村的新变化。镇里也计划把音乐节办成每年一次的固定活动。",
)


def _page(meta: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{HEADLINE}</title></head><body><div class='nav'><a>首页</a> <a>新闻</a></div>"
            f"<h1>{HEADLINE}</h1><div class='info'>{meta}</div>{body}</body></html>").encode()


def _dump(meta: str) -> bytes:
    return "\n".join(("首页 新闻", HEADLINE, meta, *PARAGRAPHS, "")).encode()


def _fields(data: bytes) -> tuple:
    article = clean(data)
    return article.authors, article.source, article.editor


def test_a_fields_value_ends_at_the_next_fields_glued_label() -> None:
    """Each value read up to the next label and its colon, in HTML (spans, a link) and in a dump's
    line; on the base code the source after a writer's or editor's name, a counter or the font
    size buttons was lost, an editor after a source lost, and a source ate the writer after it."""
    shapes = {
        "<span>作者：小岚子</span><span>来源：<a href='#'>9zhi</a></span>|<em>2021-03-15 09:20</em>":
            (("小岚子",), "9zhi", None),
        "<span>编辑：韩小雪</span><span>来源：梧溪日报</span>": ((), "梧溪日报", "韩小雪"),
        "<span>来源：澜州晚报</span><span>文：欧阳青禾</span>": (("欧阳青禾",), "澜州晚报", None),
        "<span>作者：阿依·努尔</span><span>责编：宇文小舟</span>": (("阿依·努尔",), None, "宇文小舟"),
        "<span>出处：北岸电视台</span><span>编辑：邵一禾</span>": ((), "北岸电视台", "邵一禾"),
        "<span>字号：大中小</span><span>稿源：桐江之家</span>": ((), "桐江之家", None),
        "<span>阅读：86次</span><span>来自：远山通讯社</span>": ((), "远山通讯社", None),
        "<span>记者：池晓</span><span>来源：36氪</span>": (("池晓",), "36氪", None),
    }
    for meta, want in shapes.items():
        assert _fields(_page(meta)) == want, meta
        line = meta.replace("<span>", "").replace("</span>", "").replace("<a href='#'>", "").replace("</a>", "")
        line = line.replace("<em>", "").replace("</em>", "")
        assert _fields(_dump(line)) == want, line
    # Controls: set apart by a space they read so on the base code too; a writer's name ending in
    # 文 keeps the colon after it (the affiliation): no 文 label is cut from it.
    assert _fields(_page("<span>作者：小岚子</span> <span>来源：9zhi</span>")) == (("小岚子",), "9zhi", None)
    assert _fields(_page("<span>作者：张志文：梧溪大学教授</span> <span>来源：青禾网</span>"))[1] == "青禾网"


def test_a_label_word_without_its_colon_or_in_prose_cuts_nothing() -> None:
    """Only a label and its colon, after a short value that a label and its colon open, is cut
    from it: no cut inside 时间财经, 编辑部, 来源于, 原文： before prose, a name's 文 before an affiliation, after a
    sentence mark, or after a long run of prose; a label with the words printed before it (图片编辑,
    北京时间, 相关阅读) is cut whole. _norms folds a dump's lines as _norm does."""
    from cleaner.meta.rejoin import _glued_labels
    from cleaner.meta.zones import _norm, _norms
    for text in ("来源:时间财经", "来源:时间财经编辑部", "作者:林小满来源于网络", "作者:张志文:梧溪大学教授",
                 "来源:青禾网原文:梧溪镇的秋天", "作者:张志文:教授", "报名时间:3月1日,截止时间:3月5日",
                 "记者:镇文化站的工作人员介绍说今年报名参加的人数最多时间:3月5日", "作者:林小满 来源:青禾网",
                 "作者:林小满|来源:青禾网", "分享到:来源:青禾网"):
        assert _glued_labels(text) == text, text
    cuts = {
        "作者:小二郎来源:9zhi|2018-10-29 10:35": "作者:小二郎 来源:9zhi|2018-10-29 10:35",
        "作者:林小满图片编辑:韩小雪": "作者:林小满 图片编辑:韩小雪",
        "来源:新华社北京时间:2021-03-15 09:20": "来源:新华社 北京时间:2021-03-15 09:20",
        "来源:青禾网相关阅读:": "来源:青禾网 相关阅读:",
        "作者:林小满、池晓文章来源:青禾网责任编辑:柯明": "作者:林小满、池晓 文章来源:青禾网 责任编辑:柯明",
        "点击:2万来自:青禾网": "点击:2万 来自:青禾网",
        # 文 after a writer's or an editor's name is a label when a name alone follows its colon.
        "编辑:韩小雪文:池晓": "编辑:韩小雪 文:池晓",
        "编辑:韩小雪文:欧阳青禾 来源:青禾网": "编辑:韩小雪 文:欧阳青禾 来源:青禾网",
        # 原文： before the address reprinted, 原文链接： before anything.
        "来源:青禾网原文:http://www.qinghe.cn/a/1.html": "来源:青禾网 原文:http://www.qinghe.cn/a/1.html",
        "来源:青禾网原文链接:www.qinghe.cn/a/1.html": "来源:青禾网 原文链接:www.qinghe.cn/a/1.html",
    }
    for text, want in cuts.items():
        assert _glued_labels(text) == want, text
    lines = ("作者：小二郎来源：9zhi", "来源:时间财经", "字号：大中小稿源：桐江之家")
    assert _norms(lines) == tuple(map(_norm, lines)) == ("作者:小二郎 来源:9zhi", "来源:时间财经",
                                                          "字号:大中小 稿源:桐江之家")
