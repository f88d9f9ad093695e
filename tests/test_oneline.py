"""A page whose article is one sentence under its headline (a video's summary) keeps it, with its
title and date; a channel's introduction, a site's risk warning and an error message are no such
sentence. A page with too little prose that says it is an error or a login page says so."""

from __future__ import annotations

from cleaner import clean

NAV = '<div class="nav"><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/v">视频</a></div>'
FOOT = '<div class="foot"><p>关于我们 | 联系方式</p><p>澜州新闻网 版权所有 澜ICP备12345678号</p></div>'
RELATED = ('<div class="rel"><h3>相关视频</h3><ul><li><a href="/v2">梧溪古镇的清晨</a></li>'
           '<li><a href="/v3">澜州夜市烟火气</a></li></ul></div>')
TITLE = "梧溪县十万亩晚稻开镰收割 亩产同比增长一成"
SENTENCE = "10月7日，梧溪县十万亩晚稻陆续进入收割期。"


def _page(title: str, inner: str, head: str | None = None) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{head or title}_澜州新闻网</title></head><body>{NAV}'
            f'<div class="main"><h1>{title}</h1>{inner}</div>{FOOT}</body></html>')


def _video(summary: str, title: str = TITLE) -> str:
    return _page(title, f'<div class="info">2023-10-08 10:47 来源：澜州电视台</div>'
                        f'<div class="player"><video src="/v/1.mp4"></video><span>00:00 / 02:15</span></div>'
                        f'<div class="summary"><p>{summary}</p></div>{RELATED}')


def test_a_video_summary_of_one_sentence_is_the_article() -> None:
    for summary in (SENTENCE, "简介：" + SENTENCE):
        article = clean(_video(summary))
        assert list(article.paragraphs) == [summary]
        assert article.title == TITLE and article.published is not None
        assert article.published.strftime("%Y-%m-%d %H:%M") == "2023-10-08 10:47"
    # Sentences that are no article stay out. Sharing no run of the headline's words (a disclaimer sharing 基金, 公告 of a notice's).
    warning = "市场有风险，投资需谨慎。本网站所有信息仅供参考，以本公司相关公告及基金法律文件为准。"
    assert clean(_video(warning, "华融基金管理有限公司关于旗下基金费率优惠活动的公告")).text == ""
    # A channel's own introduction under the channel's name.
    assert clean(_video("本栏目汇集澜州市社会新闻，每日更新。", "社会新闻")).text == ""
    # A summary cut short: the page says the rest is elsewhere.
    assert clean(_video("10月7日，梧溪县十万亩晚稻陆续进入收割期……")).text == ""


def _why(html: str) -> str:
    article = clean(html)
    assert article.text == ""
    return "".join(r.detail for r in article.removed if r.reason == "no-article")


def test_a_short_error_or_login_page_says_so() -> None:
    assert _why(_page("提示", "<p>抱歉，该帖子已被删除。</p>")) == "an error page"
    assert _why(_page("提示", "<p>该内容因违反社区规定，已无法查看。</p>")) == "an error page"
    login = ('<form><p>用户名：<input></p><p>密码：<input type="password"></p><p>验证码：<input></p>'
             '<button>登录</button></form><p>注册后即可阅读全部内容。</p>')
    assert _why(_page("会员登录", login)) == "a login wall"
