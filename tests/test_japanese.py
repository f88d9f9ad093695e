"""A Japanese page is not a Chinese one: its kanji pass the CJK share that sends a page down the
Chinese path, its kana tell it apart, and it goes to the fallback (trafilatura) with the share
said in ``provenance`` (a text dump too, which trafilatura, reading markup, finds no text in,
as any non-Chinese dump). A Chinese article quoting a Japanese title stays Chinese."""

from __future__ import annotations

import re

from cleaner import clean

NAV = ('<header><div class="logo"><a href="/">みなと新報</a></div><ul><li><a href="/">トップ</a>'
       '</li><li><a href="/local">地域</a></li><li><a href="/economy">経済</a></li><li>'
       '<a href="/sports">スポーツ</a></li></ul></header>')
FOOT = '<footer><p>© 2025 みなと新報 無断転載を禁じます。</p></footer>'
NEWS = ("<h1>港湾局、夜間フェリーを来月から増便</h1><p class=\"date\">2025年9月16日 10:30</p>"
        "<p>港湾局は16日、北岸と市中心部を結ぶフェリーについて、来月から夜間の便を増やすと発表した。"
        "今年の夏は利用者が前年より約3割増えており、通勤客から運航時間の延長を求める声が相次いでいた。</p>"
        "<p>新しい時刻表では、最終便の出発が午後9時から午後11時に繰り下げられる。"
        "夜勤のある病院や工場で働く人にとって、これまでの最終便は早すぎると指摘されていた。</p>"
        "<p>増便にかかる費用は年間約6000万円と見込まれ、その大部分は春の予算で認められた"
        "県の交通補助金でまかなう。港湾局の担当者は「利用状況を見ながら、週末の便も検討したい」と話している。</p>")
BLOG = ("<h1>週末は川沿いの公園で写真を撮ってきました</h1><p>こんにちは。今日は久しぶりに晴れたので、"
        "カメラを持って近所の川沿いの公園まで歩いてみました。</p><p>桜はもう終わっていましたが、"
        "新緑がとてもきれいで、散歩している人たちもみんな気持ちよさそうでした。ベンチに座って"
        "しばらくのんびりしていると、カモの親子が目の前を通っていきました。</p><p>帰りにはいつもの"
        "パン屋さんに寄って、くるみのパンを買いました。次は朝早く行って、光の感じを比べてみたいと思います。</p>")


def page(title: str, main: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body>{NAV}<main><article>{main}</article></main>{FOOT}</body></html>'
            ).encode("utf-8")


def dump(html: bytes) -> str:
    """A copy-all of the page: the text of its elements, a line each."""
    return "\n".join(line for line in re.sub(r"<[^>]+>", "\n", html.decode("utf-8")).splitlines()
                     if line.strip())


PAGES = {
    "news article": page("港湾局、夜間フェリーを来月から増便 | みなと新報", NEWS),
    "blog post": page("週末は川沿いの公園で写真を撮ってきました - 川べり日記", BLOG),
}


def test_a_japanese_page_goes_to_the_fallback_with_its_kana_share() -> None:
    for name, html in PAGES.items():
        for kind, data in (("html", html), ("dump", dump(html))):
            article = clean(data)
            assert article.extractor == "trafilatura", (name, kind)
            why = dict(article.provenance)["extractor"]
            share = re.search(r"Japanese \((\d+)% of its CJK characters kana\)", why)
            assert share and 30 <= int(share.group(1)) <= 80, (name, kind, why)
            if kind == "dump":  # trafilatura reads markup: a dump gets no text, as any non-Chinese dump
                assert not article.paragraphs and article.removed[0].reason == "no-article", name
                continue
            # trafilatura's article: the body, not the menu or the copyright line
            assert "夜間" in article.text or "公園" in article.text, (name, kind)
            assert "無断転載" not in article.text and "スポーツ" not in article.text, (name, kind)


ZH = ("<h1>日本动画电影《君の名は。》导演新作下月在国内上映</h1><p>2025年9月16日 10:30 来源：本报</p>"
      "<p>记者16日从发行方获悉，日本导演新海诚的新作将于下月在全国院线上映。这位导演此前的作品"
      "《君の名は。》和《すずめの戸締まり》在国内均取得了不俗的票房成绩，同期上映的《君たちはどう生きるか》也吸引了大批观众。</p>"
      "<p>发行方表示，新片已经完成中文配音，将同时推出原声和配音两个版本。多家影院已开启预售，"
      "首日预售票房超过两千万元。业内人士认为，近年来日本动画电影在国内市场的表现相当稳定。</p>"
      "<p>据介绍，影片讲述了一个少年在海边小镇寻找失散亲人的故事，画面延续了导演一贯的细腻风格，"
      "配乐则由多次合作的乐队担任。</p>")


def test_a_chinese_article_quoting_japanese_titles_stays_chinese() -> None:
    """Its kana (る and し among them, so the page is measured) are ~7 % of its CJK characters.
    Checked beside a Japanese page: the kana share is what tells them apart."""
    assert clean(PAGES["news article"]).extractor == "trafilatura"
    html = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>日本动画电影'
            '《君の名は。》导演新作下月在国内上映_本报</title></head><body><div class="nav">'
            '<a href="/">首页</a><a href="/ent">娱乐</a></div><div class="article">'
            f'{ZH}</div></body></html>').encode("utf-8")
    for kind, data in (("html", html), ("dump", dump(html))):
        article = clean(data)
        assert article.extractor == "cleaner", kind
        assert "《君の名は。》和《すずめの戸締まり》" in article.text, kind
        assert "《君たちはどう生きるか》" in article.text, kind
