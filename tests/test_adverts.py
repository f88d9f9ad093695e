"""Advertisements set in the article's flow (:func:`cleaner.sift.advert`): a block labelled as
an ad in brackets or standing alone, an offer with a way to reach the seller, an app's banner, a
sponsor's line, between paragraphs or after the last, in a page and in a text dump. An article
about advertising, a notice's 咨询电话, a press release's contact line and a quoted slogan keep
every character."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape

import pytest

from cleaner import clean
from cleaner.sift import advert

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)

ADS = [
    "【广告】桐溪家居建材城周年庆，全场家具五折起，咨询热线：400-812-3366",
    "（推广）梧溪有机大米新米上市，加微信lzmi2024领取试吃装，限时优惠！",
    "桐溪温泉度假村两人同行一人免单，预订电话：0731-8899-1234（广告）",
    "合作推广：南湖农商银行“惠农贷”，最快当天放款，详询各网点",
    "加微信lzjj2024领取装修报价单，扫码领取新人礼包，限时优惠，点击购买！",
    "咨询热线：400-606-8899，戳这里了解详情，限时优惠仅剩三天",
    "打开南湖新闻APP，阅读全文",
    "本文由南湖农商银行赞助",
    "广告",
    "AD",
]

NOT_ADS = [
    # a notice's contact line, a press release's, a quote in a report, prose about advertising
    "咨询电话：0731-8552-3301，举报电话：0731-8552-3302。",
    "媒体联系人：王晓琳，联系电话：0731-8456-2210，邮箱：press@example.cn。",
    "他说：“扫码下单的顾客，有一半是外地人。”",
    "广告：这个词在不少市民眼中曾经等同于“夸大其词”。",
    "对弹窗广告不能一键关闭、以推广为名发布虚假信息等行为依法查处。",
    # a paragraph with a sponsor's line or a label stuck after its sentence goes with neither
    "活动共吸引三百多名市民参加。本文由南湖农商银行赞助",
    "目前已建成运营二十三家。【广告】",
]


@pytest.mark.parametrize("text", ADS)
def test_advert_is_told(text: str) -> None:
    assert advert(text)


@pytest.mark.parametrize("text", NOT_ADS)
def test_other_blocks_are_not(text: str) -> None:
    assert not advert(text)


TITLE = "新修订的广告法实施一周年 虚假广告投诉下降三成"
ABOUT_ADS = [
    "新修订的《广告法》实施一周年以来，南湖市市场监管部门共查处虚假广告案件一百二十余起，涉及保健食品、医疗美容、教育培训等多个领域。",
    "市场监管局广告监管处负责人介绍，今年以来，全市虚假广告投诉量同比下降三成，广告行业自律意识明显增强，企业合规投放的比例持续提高。",
    "广告：这个词在不少市民眼中曾经等同于“夸大其词”。一位从业二十年的广告公司负责人说，现在行业更看重真实和创意，靠夸张吸引眼球的做法越来越行不通了。",
    "据了解，下一步市场监管部门将重点整治互联网广告，对弹窗广告不能一键关闭、以推广为名发布虚假信息等行为依法查处，并公布典型案例。",
    "咨询电话：0731-8552-3301，举报电话：0731-8552-3302。",
]
NOTICE_TITLE = "关于开展城乡居民医保集中参保缴费工作的通知"
NOTICE = [
    "各乡镇（街道）、各有关单位：根据省医疗保障局有关文件精神，现就我市城乡居民基本医疗保险集中参保缴费工作通知如下。",
    "一、缴费时间。集中缴费期为九月一日至十二月三十一日，逾期未缴费的，将按规定设置待遇等待期，请参保人合理安排时间。",
    "二、缴费标准。个人缴费标准为每人每年三百八十元，特困人员、低保对象等由财政按规定给予资助，具体以当地公布为准。",
    "三、缴费方式。参保人可通过手机银行、微信小程序或到所在村（社区）服务点现场缴费，也可委托家属代为办理。",
    "咨询电话：0731-8552-3301，举报电话：0731-8552-3302。",
]


def _page(title: str, paragraphs: list[str], ad: str, at: int) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:at]) + ad \
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs[at:])
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}_南湖新闻网</title></head>'
            '<body><div class="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">本地</a></div>'
            f'<div class="article"><h1>{escape(title)}</h1><div class="info">2024-03-12 10:00 来源：南湖日报</div>'
            f'<div class="content">{body}</div><div class="editor">责任编辑：赵一鸣</div></div>'
            '<div class="foot"><p>南湖新闻网 版权所有</p></div></body></html>').encode()


def _dump(title: str, paragraphs: list[str], ad: list[str], at: int) -> bytes:
    lines = ["首页 要闻 本地 民生", title, "2024-03-12 10:00 来源：南湖日报", *paragraphs[:at], *ad,
             *paragraphs[at:], "责任编辑：赵一鸣", "南湖新闻网 版权所有"]
    return "\n".join(lines).encode()


def _kept_whole(text: str, paragraphs: list[str]) -> None:
    lines = text.split("\n")
    for p in paragraphs:
        assert p in lines


@pytest.mark.parametrize("ad", [
    "<p>（推广）梧溪有机大米新米上市，加微信lzmi2024领取试吃装，限时优惠！</p>",
    "<p>合作推广：南湖农商银行“惠农贷”，最快当天放款，详询各网点</p>",
])
@pytest.mark.parametrize("at", [2, 5])
def test_page_drops_the_ad_and_keeps_an_article_about_ads(ad: str, at: int) -> None:
    text = clean(_page(TITLE, ABOUT_ADS, ad, at), now=NOW).text
    assert "梧溪" not in text and "惠农贷" not in text
    _kept_whole(text, ABOUT_ADS)


DUMP_ADS = [
    ["广告", "桐溪家居建材城周年庆，全场家具五折起，咨询热线：400-812-3366"],
    ["合作推广", "南湖农商银行“惠农贷”，最快当天放款，详询各网点"],
    ["【广告】桐溪家居建材城周年庆，全场家具五折起，咨询热线：400-812-3366"],
    ["加微信lzjj2024领取装修报价单，扫码领取新人礼包，限时优惠，点击购买！"],
    ["打开南湖新闻APP，阅读全文"],
    ["本文由南湖农商银行赞助"],
]


@pytest.mark.parametrize("ad", DUMP_ADS)
@pytest.mark.parametrize("title, paragraphs", [(TITLE, ABOUT_ADS), (NOTICE_TITLE, NOTICE)])
def test_dump_drops_the_ad_between_paragraphs(ad: list[str], title: str, paragraphs: list[str]) -> None:
    text = clean(_dump(title, paragraphs, ad, 2), now=NOW).text
    for line in ad:
        assert line not in text.split("\n")
    _kept_whole(text, paragraphs)   # (the notice's 咨询电话 line, the paragraph opening 广告：)
