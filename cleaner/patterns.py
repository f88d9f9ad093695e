"""The data the stages match against, in one place: tags, marker words, phrases.

Every entry is generic: words that Chinese news templates of many sites share, never the name of
one site or a class name only one portal uses.
"""

from __future__ import annotations

import re

# Elements that start a new block: what a browser lays out as its own box.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "caption", "legend",
})

# Elements whose content a reader never sees as text.
INVISIBLE_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "svg",
    "canvas", "select", "option", "textarea", "button", "input", "map", "audio", "video",
    "head", "title", "meta", "link",
)

# Class/id words of template regions that are never the article. Matched as substrings of the
# lowercased class and id tokens of a block's ancestors, so they must be specific enough.
CHROME_MARKERS = re.compile(
    r"(?<![a-z])(?:nav|navbar|menu|breadcrumb|crumb|footer|foot|copyright|sidebar|side|aside"
    r"|login|share|sharebar|toolbar|topbar|header|banner|pager|paging|pagination|tags?|keywords"
    r"|qrcode|erweima|weixin|advert|ads?|adv|gg|sponsor)(?![a-z])"
)
RECOMMEND_MARKERS = re.compile(
    r"(?:related|relate|recommend|recom|tuijian|xiangguan|hot|rank|paihang|more|also|popular"
    r"|guess|next|prev|news-?list|list-?news)"
)
COMMENT_MARKERS = re.compile(r"(?:comment|pinglun|reply|discuss|gentie|tie-?|cmt)")

# A line that ends the article: what follows it is chrome or other articles.
END_MARKERS = re.compile(
    r"^(?:[【\[（(]?\s*)(?:相关(?:阅读|新闻|推荐|文章|报道|链接|专题|内容)|延伸(?:阅读|推荐)|推荐阅读|热门(?:推荐|文章|新闻|阅读)"
    r"|猜你喜欢|为您推荐|为你推荐|更多(?:精彩|新闻|阅读|推荐|回答)|其他回答|精彩推荐|今日推荐|热点推荐|往期回顾|往期推荐"
    r"|希望以上内容对您有帮助|阅读全文|查看原文|阅读原文|点击查看|网友评论|我要评论|发表评论|评论区|全部评论|热门评论|最新评论"
    r"|分享到|分享至|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇|(?:点赞|在看|收藏|转发)\s*\d+"
    r"|完[）)】\]]?$"
    r"|(?:免责|版权|特别|反?侵权)声明|反侵权公告|声明$"
    # a section label of related items of any kind, standing alone: 相关数据, 相关技术, 相关人物
    r"|相关[\u4e00-\u9fff]{2}$"
    # other articles of the channel: 其它生活新闻, 更多财经报道, 其他文章
    r"|(?:其他|其它|更多)[\u4e00-\u9fff]{0,4}(?:新闻|文章|报道|资讯)$)"
)

# A paywall's offer in place of the rest of the article.
_PAYWALL = r"付费会员|会员(?:专享|才能|即可)(?:阅读|观看|查看)"
PAYWALL = re.compile(_PAYWALL)
# Prompts around the article, which a paragraph of its own never makes: install or open the app
# or a browser plugin, tip the author, find the app in a store, like the page on a social
# network (Follow, or the FB/IG short names), the reading time, a player's "put on your
# headphones" before an article read aloud, a paywall's offer.
_PROMPTS = (
    r"(?:下载|安装|打开).{0,12}(?:客户端|APP|插件|扩展程序)"
    r"|(?:给|向)作者打赏|打赏作者|(?:App|应用)\s*(?:商店|Store)\s*(?:搜|下载)"
    r"|(?:赞好|按赞|追踪|关注|Follow).{0,20}(?:Facebook|FB|脸书|Instagram|IG|YouTube)"
    r"|(?:带上|戴上)耳机"
    r"|(?:阅读|读完)(?:本文|全文)?[^。]{0,8}(?:需要|约|大约)\s*[\d\-~～至]+\s*分钟"
    r"|" + _PAYWALL
)
PROMPT = re.compile(_PROMPTS, re.I)

# An advertisement set in the article's flow (matched at a short block's start, folded): its label in
# brackets at the block's start (【广告】, （推广）, [AD]), standing alone, or before a colon where
# only an ad is so labelled (合作推广：, AD：; 广告： may open a paragraph about advertising); a
# sponsor's line (本文由某某赞助); an app's banner over the rest (打开某某APP，阅读全文). ADVERT_END: the label in brackets closing the block.
AD_LABEL = r"(?:广告|推广|赞助|软文|AD|Advertisement)"
# A label that may stand alone on its line (广告, 合作推广).
AD_STANDING = rf"(?:(?:合作|品牌|商业)推广|{AD_LABEL})"
ADVERT = re.compile(
    rf"(?:[【\[（(]\s*{AD_LABEL}\s*[】\]）)]|{AD_STANDING}\s*$"
    r"|(?:(?:合作|品牌|商业)推广|AD|Advertisement)\s*[:：]|本文由.{1,24}(?:赞助|冠名)"
    r"|(?:立即)?(?:下载|打开).{0,12}(?:客户端|APP)[，,\s]*(?:阅读|查看|看)(?:全文|更多))",
    re.I,
)
ADVERT_END = re.compile(rf"[【\[（(]\s*{AD_LABEL}\s*[】\]）)]\s*$", re.I)
# A promotion without a label holds both an offer (a sale, a gift for adding an account, a buy
# button) and a way to reach the seller (a hotline, a WeChat account, a QR code, a link); a
# notice's 咨询电话 or a press release's contact line holds no offer.
AD_OFFER = re.compile(
    r"限时(?:优惠|特惠|特价|抢购|折扣|免费)|(?<=[一二三四五六七八九\d])折起|全场.{0,6}折|买[一二\d]送[一二\d]"
    r"|秒杀|优惠券|点击(?:购买|下单|领取|抢购)|立即(?:购买|下单|领取|抢购)|戳这里|(?:加|添加)(?:微信|V信|vx)"
    r"|扫码(?:领取|下单|购买)|免费领取",
    re.I,
)
AD_CONTACT = re.compile(r"热线|微信|扫码|二维码|戳这里|点击|链接|详询", re.I)

# Lines next to the article that are never part of it.
BOILERPLATE = re.compile(
    r"^[（(【\[]?\s*(?:原标题|原题|责任编辑|责编|编辑|值班编辑|审核|校对|监制|签发|本文来源|文章来源|来源|稿件来源|图片来源|图源|题图"
    r"|特别声明|声明|免责声明|版权声明|版权所有|转载请注明|未经授权|未经许可|本文为|本文系|本文由|本网站|本站|注：本文)\s*[:：]?"
    r"|(?:以上内容|本文|文章)(?:仅代表|不代表)|仅代表作者(?:本人)?观点|不代表本(?:站|网|平台)|版权归原作者|如有侵权|请联系(?:我们|本站)删除"
    r"|ICP备|ICP证|京公网安备|公网安备|Copyright|©|All Rights Reserved"
    # share bars, app and account promotion, navigation crumbs, contact footers
    r"|二维码|扫码|扫一扫|关注.{0,12}(?:微信|公众号|微博|客户端)"
    r"|^点击(?:进入|查看|阅读|这里)|查看更多|^返回.{0,8}(?:首页|列表|频道|顶部)|正文已结束|^[【\[]?字(?:号|体)\s*[:：]|IP\s*属地|^展开全文$|^分享(?:到|至)?\s*[:：]"
    r"|^(?:当前)?(?:位置|您的位置|所在位置)\s*[:：]|首页\s*[>›»]|^(?:地址|电话|邮编|传真|邮箱|E-?mail)\s*[:：]"
    r"|" + _PROMPTS,
    re.I,
)

# What a disclaimer or copyright notice says (matched anywhere in a block, on simplified text):
# such blocks read like prose but are template, and count against their container.
DISCLAIMER = re.compile(
    r"版权所有|版权归|All Rights Reserved|Copyright\s*©|不构成(?:任何)?(?:投资|法律|专业)?(?:意见|建议)"
    r"|违规转载|(?:法律|违者|侵权)必究"
    r"|投资有风险|市场有风险|投资需谨慎|(?:仅|只)代表作者(?:本人|个人)?(?:的)?(?:观点|立场)|不代表本(?:站|网|平台|报|刊)"
    r"|未经(?:书面)?(?:授权|许可|同意).{0,12}(?:转载|复制|使用)|不得转载|禁止转载|转载请(?:注明|联系)"
    r"|如有侵权|联系(?:我们|本站|本网)删除|免责声明|版权声明|文责自负",
    re.I,
)
# A hosting platform's notice closing a user's post (特别声明：以上内容…为自媒体平台“…”用户上传并发布，
# 本平台仅提供信息存储服务; 声明：该文观点仅代表作者本人，…系信息发布平台; Notice: The content above
# … only provides information storage services): a notice's label, or words pointing at the
# article above, and then the formula of a host that only stores or publishes what its users
# upload. The formula alone is no notice: a report on a copyright case says it of a defendant.
# (内/內 and 资讯/資訊 both: the text is folded, and not every fold maps them.)
HOSTING_NOTICE = re.compile(
    r"[“\"「『【\[（(]?\s*(?:(?:特别|免责|郑重|版权)?声明|notice|disclaimer|statement"
    r"|以上(?:作品)?[内內]容|本文|该文|此文|the content above|this (?:article|content))"
    r"[^\n]{0,160}?(?:(?:仅|只|系)(?:提供|为|是)?(?:信息|[资資][讯訊])(?:存储|发布)(?:空间)?(?:服务|平台)"
    r"|(?:merely|only|solely) provides? (?:an? )?information (?:storage|publishing))",
    re.I,
)
# Characters one of which each of those phrases holds (版 of 版权, 侵 of 侵权, d of Reserved, © of
# Copyright, 载 of 转载, …), the rarest in prose of each phrase's own: a block holding none is no
# disclaimer. (sift checks against the pattern that every phrase holds one.) 版 and 侵 rather than
# the 权 both hold: prose of 权利, 权益 and 产权 holds 权, and every block found is searched.
DISCLAIMER_MARKS = "版侵dD©构必险谨代未载删责"
# A forum post's floor or its poster's role (1楼, 23 楼, 楼主): three in one container make it a
# thread, whose replies are comments. "N楼" must not run on into a word (3楼会议室).
FORUM_FLOOR = re.compile(r"(?<![\d.])\d{1,5}\s*楼(?![\u4e00-\u9fff]{2})|楼主")
# What stands beside a floor in a post's header or footer and not in a floor plan (3楼：餐饮区):
# the post's time, or the buttons to answer, report or quote it.
POST_ACTION = re.compile(r"回复|举报|引用|评论|(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
# A time stamp standing for a date (on folded text): 16分钟前, 刚刚, 昨天, 10:32.
RELATIVE_STAMP = re.compile(r"^\s*(?:\d{1,3}\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天)")
CLOCK_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
# Labels of contact details (客服热线：, 公司地址：, 邮编：): two in one line make it a contact footer.
CONTACT_LABEL = re.compile(r"(?:热线|电话|地址|邮编|传真|邮箱|信箱|服务时间|工作时间|客服)\s*[:：]")
# A contact detail itself: an e-mail address or a phone number (0755-8888 8888, (852)25953111).
CONTACT_DETAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"
                            r"|(?:\(\d{2,4}\)\s*)?(?<!\d)\d{3,4}[-\s]?\d{4}(?!\d)")
# A byline standing alone: 作者：X, 记者 X, 文/X, 采写：X (short, not a sentence).
BYLINE = re.compile(
    r"^[（(【\[]?\s*(?:作者|记者|采写|撰文|撰稿|文|文/图|图/文|摄影|摄|通讯员|编译|整理)\s*[:：/|｜ ]"
)
# A whole line that is a reporters' credit with no separator or a qualifier before the role:
# 记者黄雄、冯淑环, 法庭记者：刘晓曦, 本报记者 张三 李四 (two to four characters a name).
BYLINE_LINE = re.compile(
    r"^[（(【\[]?\s*[\u4e00-\u9fff]{0,4}(?:记者|通讯员)\s*[:：/|｜]?\s*[\u4e00-\u9fff·]{2,4}"
    r"(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,5}\s*[）)】\]]?$"
)
# The editor line: the article ends here.
EDITOR_LINE = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编|编辑|值班编辑)\s*[:：]")
# Separators that decorate section labels: 延伸 · 推荐, 相 关 阅 读, 【相关新闻】.
LABEL_DECORATION = re.compile(r"[\s·•・|｜:：\-—_]+")

# A date the way Chinese pages print it: 2025-08-26, 2025/8/26, 2025.08.26, 2025年8月26日, and in the
# Republic-of-China calendar 中華民國107年3月13日 (a form's 發文日期).
DATE_LIKE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
                       r"|民[国國]\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}")
# Words of a meta line under the headline.
META_WORDS = re.compile(r"来源|作者|编辑|记者|发布|更新|时间|日期|浏览|阅读|点击|字号|分享|评论|通讯员")


# ---------------------------------------------------------------------------------------------
# Metadata (cleaner.meta): dates, bylines, 来源 / 责任编辑 lines, datelines and site names. cleaner.meta
# matches these against NFKC-normalised text, so full-width digits, colons, slashes and brackets
# need no alternatives here.
# ---------------------------------------------------------------------------------------------

# A time of day right after a date: 03:43, 03:43:50, 3时43分, 9时4分, 9:23:57 PM. The date may be glued
# to it ("2025年08月26日10:32", "10-0812:00") or set off by a space, a T, a dash or a bar.
# A zone word (2018-07-02 HKT 12:58, 北京时间) or an opening bracket (2014-12-17 (16:31)) may stand
# between the two, and a weekday and the half of the day (2024年5月13日 週一 下午3:20).
_META_TIME = (r"(?:\s*(?:T|[-–—,|·(]\s*|(?:HKT|CST|GMT|UTC|北京时间|香港时间|台北时间)\s*)?\s*"
              r"(?:(?:星期|周|礼拜)[一二三四五六日天]\s*)?(?:(?P<noon>上午|下午|中午|晚上|凌晨|早上)\s*)?"
              r"(?P<h>2[0-3]|[01]?\d)\s*[:时]\s*(?P<mi>[0-5]\d|\d(?=\s*分))"
              r"(?:\s*[:分]\s*(?P<s>[0-5]\d))?(?:\s*秒)?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)")
# A date with a four-digit year: 2025-08-26, 2025/8/26, 2025.08.26, 2025年8月26日, and
# "2025 08/26" or "202508/26" (year and month/day printed in separate elements), with an
# optional time.
DATE_YMD = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s*(?:[-/.年]\s*)?(?P<mo>\d{1,2})\s*[-/.月]"
                      r"\s*(?P<d>\d{1,2})\s*日?" + _META_TIME + "?")
# A two-digit year, only with a time after it: 18-03-08 23:16, 18-03-0823:16.
DATE_YY = re.compile(r"(?<![\d./-])(?P<yy>\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)" + _META_TIME)
# No year: 08-26 10:32, 8/26 10:32, 8月26日 10:32, 10-0812:00 (cleaner.meta wants a time after the
# dash/slash forms, and a 发布时间-style label before a bare 8月26日).
DATE_MD = re.compile(r"(?<![\d./-])(?P<mo>1[0-2]|0?[1-9])\s*(?P<sep>[-/]|月)\s*(?P<d>3[01]|[12]\d|0?[1-9])"
                     r"(?!\d{3})\s*(?P<ri>日)?" + _META_TIME + "?")
# Day and month before the year, as English-language templates print them: 9/17/2004 5:54 AM
# (month first) or 06/02/2022 - 13:48 (day first); cleaner.meta settles which from the numbers or
# from a date in the page head.
DATE_DMY = re.compile(r"(?<![\d/-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
                      + _META_TIME + "?")
# The month by name, the day, a comma and the year, as blog templates print dates: Apr 22, 2025,
# April 22, 2025, 四月 27, 2019 (a Chinese month name in the same order).
DATE_MONTH_NAME = re.compile(
    r"(?:(?<![A-Za-z])(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?(?![A-Za-z])"
    r"|(?<![一二三四五六七八九十])(?P<cmon>十[一二]?|[一二三四五六七八九])月)"
    r"\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*,\s*(?P<y>(?:19|20)\d\d)(?!\d)" + _META_TIME + "?")
# A Republic-of-China year, as Taiwan pages print dates: 中華民國107年3月13日, 105年3月19日 (a
# three-digit year 100-119 only with 年月日, 民国 also with a two-digit one); year + 1911.
DATE_ROC = re.compile(r"(?:(?:中华)?民国\s*(?P<y>\d{2,3})|(?<![\d.])(?P<y2>1[01]\d))\s*年\s*(?P<mo>\d{1,2})\s*月"
                      r"\s*(?P<d>\d{1,2})\s*日" + _META_TIME + "?")
# The numeric form of a Republic-of-China date on Taiwan government pages: 113-05-16, 113/05/16
# (month and day of two digits each; not 113.05.16, an address's).
DATE_ROC_NUMERIC = re.compile(r"(?<![\d./-])(?P<y>1[01]\d)(?P<sep>[-/])(?P<mo>0[1-9]|1[0-2])(?P=sep)"
                              r"(?P<d>0[1-9]|[12]\d|3[01])(?![\d./-])" + _META_TIME + "?")
# A date in Chinese numerals, as official documents sign them: 二〇二四年五月十六日 (a year of four
# numerals, of this century: 二〇 or 二零 first).
DATE_NUMERALS = re.compile(r"(?P<y>二[〇零][〇零一二三四五六七八九]{2})\s*年\s*(?P<mo>十[一二]?|[一二三四五六七八九])\s*月"
                           r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")
# A time of day printed before its date (14:36 2018/07/27), right before the date.
TIME_BEFORE_DATE = re.compile(r"(?<![\d:])(?P<h>2[0-3]|[01]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?\s+$")
# Names of script variables and JSON-LD keys that hold the publication time, looked up in the
# raw HTML when the visible page and the <meta> tags give none or only a day: JSON-LD
# "datePublished", CMS variables (publishDateTime = "…", publish_time, pubtime), a Next.js or
# Nuxt page's data (publishedAt), the WeChat article template's Unix time (var ct = "1589…").
SCRIPT_DATE_KEYS = ('"datePublished"', "publishDateTime", "publish_time", "publishTime", "publishDate",
                    "publish_date", "publishedAt", "published_at", "pubtime", "pubTime", "pub_time", "pubDate",
                    "var ct", "createTime")
# The value after such a key: = or : (after a closing quote or bracket: data['key']="…"), then
# a quoted date or timestamp, or a bare timestamp ("publishTime":1589000000000).
SCRIPT_DATE_VALUE = re.compile(r"""["'\]]{0,2}\s*[:=]\s*"""
                               r"""(?:["'](?P<v>\d{10,13}|(?:19|20)\d\d[-/年][^"'<>]{1,30})["']"""
                               r"|(?P<n>\d{10,13})(?!\d))")
# A full date anywhere in the raw HTML (an image path /2019/02/21/, a script's "2019-02-21"):
# it lends its year to a date printed without one on the same month and day. No lookbehind (it
# would cost five times the scan of a 2 MB page): meta/dates.py checks the character before.
RAW_FULL_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?:[-/_.]|年)(?P<mo>1[0-2]|0?[1-9])(?:[-/_.]|月)"
                           r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")
# A Unix timestamp in the raw HTML, in seconds or milliseconds (data-created_at="1558005120000").
RAW_TIMESTAMP = re.compile(r"(?P<s>1[2-9]\d{8})(?:\d{3})?(?![\w.])")
# A reference's year in brackets, (2015), or its et al.: a 来源 line holding one after its label
# cites a paper (来源:LeCun, Y., Bengio, Y. (2015). Deep learning.) and names no publisher.
CITATION_MARK = re.compile(r"[(（](?:19|20)\d\d[a-z]?[)）]|\bet al\.")
# A line right above the headline naming the column or account that publishes an original
# piece: 某某技术团队原创 (本站原创 names no one: see EDITION).
ORIGINAL_MARK = re.compile(r"^(?P<pub>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,15})\s*原创$")
# Relative dates: 刚刚, 5分钟前, 3小时前 (3 小時 前), 2天前, 今天/昨天/前天 with an optional time.
DATE_RELATIVE = re.compile(r"(?P<just>刚刚|刚才)|(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天|周|个月)\s*前"
                           r"|(?P<day>今天|昨天|前天)" + _META_TIME + "?")
# The words that say a date is the publication date, right before it: 发布时间：, 发表于, 日期:,
# 编辑于 (an answer's shown date, like 更新; a bare 编辑 before a date is not one). 时间 and 日期
# alone, not as the end of another word (活动时间, 截止日期, a headline's 开放时间: no publication's).
PUBLISH_LABEL = re.compile(
    r"(?:发布|发表|首发|刊发|刊登|更新|出版|上传|张贴|创建|发稿|发文|成文|印发|录入|公布|编辑(?=时间|日期)"
    r"|(?<![\u4e00-\u9fff])(?:时间|日期)|北京时间|posted|published|date)\s*"
    r"(?:(?:时间|日期|于|on|at)\s*)?(?:[:：]\s*)?$|由\s*\S{1,20}\s*于\s*$|编辑于\s*$", re.I)
# Who posted a forum or blog entry: "X 发表于 <date>", "由X张贴", "本贴由X于", "<date> by X".
POSTED_BY = re.compile(r"(?:^|[\s|])(?P<a>[^\s|:：]{2,20})\s*(?:发表于|发布于)|由\s*(?P<b>[^\s于]{2,20}?)\s*(?:于|张贴|发表|发布)"
                       r"|\bby\s+(?P<c>[A-Za-z0-9_\u4e00-\u9fff-]{2,20})", re.I)
# The verb between a poster and the date of the post (X 发表于 2019-04-25, 发布于05-16 19:12).
POSTING_VERB = re.compile(r"发表于|发布于|发表|发布|posted|published", re.IGNORECASE)
# Date-bearing <meta> names, most reliable first (publication, never modification).
HEAD_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:release_date", "datepublished",
    "publishdate", "pubdate", "publish_date", "publishtime", "publish-date", "published_time",
    "og:time", "weibo: article:create_at", "firstpublishedtime", "article:published",
    "dc.date.issued", "dc.date", "citation_publication_date", "citation_date",
    "prism.publicationdate", "sailthru.date", "date", "ptime", "apub:time", "dateupdate",
)
# Any other <meta> name (lowercased) is read by its parts: one naming a date or a time (date,
# time, …ed, …at) and what it dates ranks after HEAD_DATE_KEYS by the group that matches: the
# publication's (publishedtime, articlepublishtime, page:publish_time, site:pubdate, pubtime),
# a release's, an issue's or a post's (release_time, issuedate, post_date), the creation's
# (createdate, created, creation_date: when a CMS took the article in, most often its
# publication). A name of a change, an expiry, a crawl or an edit (updatetime, lastupdate,
# og:updated_time, article:expiration_time, expires, crawl_time, edittime) is none of them,
# whatever else it holds, and htmldate's date is no publication's when such a name holds it.
HEAD_DATE_PARTS = re.compile(r"(publi(?:sh|cation)(?!er)|pub)|(releas|issue|post)|(creat)")
HEAD_DATE_WORD = re.compile(r"date|time|(?:ed|at)$")
HEAD_DATE_OTHER = re.compile(r"modif|updat|expir|last|crawl|fetch|edit|revis|end|valid")

# A byline role before the names it credits: 记者 / 本报记者 / 见习记者 / 通讯员 / 本报评论员 / 实习生 / 作者 /
# 撰稿 / 采写 / 执笔 / 文/ / 文| / 文字： / 楼主： (a forum thread's poster, with a colon only); 作者＼X too
# (a full-width backslash as the slash). Photographers (摄影, 图/) and editors are not authors, nor
# the 作者 of a reprint notice (未经作者许可).
AUTHOR_ROLE = re.compile(
    r"(?:(?:本报|本刊|本台|本网|本站|总台|央视|特约)?(?:首席|特约|特派|见习|实习|全媒体|融媒体?|职工|驻\S{1,4}?)?"
    r"(?:记者|通讯员|评论员)|实习生|(?<![工创著写经])原?作者|撰稿人?|撰文|采写|执笔人?|口述"
    r"|文\s*/\s*图|图\s*/\s*文|文图|图文|(?<![\u4e00-\u9fff])文字?\s*(?=[/|｜:])|(?:楼主|发帖人|帖主)(?=\s*:))"
    r"\s*(?:[:/|｜\\]|(?<=【作者)】)?\s*")
# A role printed after the names: 马俊峰/文, 路闻卓立编译, 金名/高雄報導 (the place filed from).
AUTHOR_ROLE_AFTER = re.compile(r"(?<![\u4e00-\u9fff])(?P<names>[\u4e00-\u9fff·]{2,10}(?:[、，,\s][\u4e00-\u9fff·]{2,4}){0,4})"
                               r"\s*(?:/\s*文|编译|/\s*[\u4e00-\u9fff]{2,3}报[导道])(?![\u4e00-\u9fff]{2})")
# A line of a name and a role printed after it, no slash: a card's caption (Derek作者, 张三 作者) or
# the dateline of a post (允中 发自 凹非寺, the writer and where they filed from).
AUTHOR_LINE_AFTER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9_.-]{1,30}|[\u4e00-\u9fff·]{2,8})\s*"
                               r"(?:作者|发自\s*[\u4e00-\u9fff]{2,8})$")
# The author a page marks up for machines (schema.org), read from the raw HTML when the page
# prints no byline: the microdata Person (itemprop="author", then its itemprop="name" as an
# attribute or as the element's text) and the JSON-LD "author" object of @type Person.
SCHEMA_AUTHOR = re.compile(r"itemprop=[\"']author[\"']")
SCHEMA_AUTHOR_NAME = re.compile(r"itemprop=[\"']name[\"'][^>]*?(?:content|value)=[\"'](?P<a>[^\"'<>]{2,60})[\"']"
                                r"|itemprop=[\"']name[\"'][^>]*>\s*(?:<a\b[^>]*>\s*)?(?P<b>[^<>]{2,60}?)\s*<")
SCHEMA_AUTHOR_JSON = re.compile(r"\"author\"\s*:\s*\[?\s*\{[^{}]{0,200}?\"@type\"\s*:\s*\"Person\"[^{}]{0,200}?"
                                r"\"name\"\s*:\s*\"(?P<c>[^\"]{2,60})\"")
# The byline of an article translated from a foreign paper: the paper (its country before the
# title marks), then each reporter with the city they filed from, 报道 closing the line:
# 英国《金融时报》 张三 伦敦 ， 李•四 纽约报道. The paper is the original source.
FOREIGN_BYLINE = re.compile(r"(?P<paper>[\u4e00-\u9fff]{0,4}《[^《》]{2,12}》)\s+(?P<credits>[^《》]{2,80}?)\s*报[道导]\s*$")
# A transliterated or Chinese reporter's name in such a byline (罗谢尔•托普兰斯基, 迪米).
FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,10}){0,3}$")
# A copyright notice naming the writer (本文版权归作者 X 所有): a user's post on a platform; the
# name may be an account with digits (一只文子026).
COPYRIGHT_OWNER = re.compile(r"版权归(?:原)?作者\s*(?P<name>[\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z0-9_.-]{1,20}?)\s*所有")
# The heading of an author card after the article, whose next line is the writer's name.
AUTHOR_CARD = re.compile(r"关于作者|作者简介|作者介绍|作者信息|about the author|about author", re.IGNORECASE)
# A follow button an author card may print between its heading and the name (关注她, + 关注).
FOLLOW_BUTTON = re.compile(r"\+?\s*(?:关注|關注)(?:他|她|TA|ta|作者)?|follow", re.IGNORECASE)
# What ends a name in a byline: the photo credit, "reporting from", compiling, and the like.
BYLINE_TAIL = re.compile(r"(?:摄影?|报道|报导|发自.*|综合|整理|整合|编译|编辑|供图|制图|配图|图片|视频|撰文|采写|等)$")
# A 来源 value a site system prints where nobody filled the field in (来源：未知): no source.
# (本站原创 and 网络 say where the text came from, and are kept; 本站 alone names no one.)
NO_SOURCE = re.compile(r"^(?:未知|不详|未详|暂无|无|佚名|匿名|本站|本网|unknown|size|null|none)$", re.I)
# Strings that are never a person's name however they are labelled.
NOT_A_NAME = re.compile(
    r"^(?:未知|佚名|匿名|网友|小编|本站|本网|本报|本刊|编辑部|管理员|admin|administrator|guest|null|none"
    r"|size|unknown|anonymous|原创|转载|整理|综合|网络|互联网|来源|作者|编辑|记者|通讯员|受访者|供图|记者站"
    r"|关于|检视|暂无)$",  # 关于作者 / 檢視作者: an author card's heading and button
    re.I)
# Common Chinese surnames (single and compound), to tell a bare name "（张巨峰）" from a place
# or a word. Only names found without a role label are checked against them.
SURNAMES_SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伏仝区"
    "郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伊接达玉钮"
    "郗银宿洪鄂鲜于晋蔚从竺滑亢桓历谷萧赖")
SURNAMES_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                     "令狐", "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "西门", "呼延", "轩辕")

# The editor line: 责任编辑：X, 责编：X, 執行編輯：X (a magazine's), 编辑/X, [责任编辑：X PK155]; the first
# role found wins.
EDITOR_LABEL = re.compile(r"(?P<role>责任编辑|责编|值班编辑|执行编辑|本版编辑|本文编辑|网络编辑|(?<![\u4e00-\u9fff])编辑)"
                          r"\s*(?:[:：/|]\s*|\s+)")
# A staff code after an editor's name: 杨倩_NF4425, 韩保林 PK155.
EDITOR_CODE = re.compile(r"(?:(?<![_\s])[_\s]+[A-Za-z]{1,4}\d{2,}|_[A-Za-z0-9]+)$")


#: A reporter's role alone on a line, the names it credits on the next (本报记者 / 张三 李四): a
#: dump cuts a byline so; the line is no headline, subtitle or name (not 作者, which a dump
#: prints after the name too: Derek / 作者 / the headline).
ROLE_LINE = re.compile(r"^(?:本报|本刊|特约)?(?:记者|实习生|通讯员)\s*[:：]?$")
# The 来源 label: 来源：新京报, 本文来源：X, 信息来源: X, 文章来源 X, 来自: X, 转自：X (never 来源于;
# 来自 and 转自 only with a colon, as prose uses them too; 来源于 only with one); 首发于X, the column
# a post was first published in (blog and column platforms print it above the headline); 出处 / X
# (a slash as the colon); 【来源】X (the bracket as the colon); 本文转载自X / 本文摘自X, the reprint
# line closing an article (本文 first: prose says 摘自 too; 转载自X, 原载X and 原载于X, opening a
# line or a bracket, are reprint marks; not 本文来自X, which platforms print before a disclaimer:
# 本文来自X自媒体，不代表…).
SOURCE_LABEL = re.compile(r"(?:(?:本文|文章|稿件|信息|新闻|内容|消息|图文)?(?:来源|稿源|出处)(?![于是自])\s*(?:[:：|/]|(?<=【来源)】)?"
                          r"|来源于\s*[:：]|(?:来自|转自)\s*[:：]"
                          r"|(?<![\u4e00-\u9fff])(?:本文)?(?:转载自|首发于|原载于?)\s*[:：]?"
                          r"|(?<![\u4e00-\u9fff])本文(?:转自|摘自|选自)\s*[:：]?)\s*")
# Label words that end a value run together with the next field: "来源：新华网作者：张三".
META_FIELD = re.compile(r"(?:来源|出处|作者|责任编辑|责编|编辑|记者|通讯员|发布|发表|时间|日期|浏览|阅读|点击"
                        r"|字号|评论|分享|举报|收藏|打印|关注|更新|所属|分类|标签|参与|访问)")
# The end of a publisher's name (日报, 晚报, 新闻网, 社, 网, 台 …): a name ending so is a media
# outlet, not a person.
MEDIA_NAME = re.compile(r"(?:日报|晚报|早报|晨报|商报|时报|周报|周刊|月刊|杂志|新闻网|新闻社|通讯社|新闻"
                        r"|网|报|社|电视台|广播电台|电台|之声|频道|客户端|在线|传媒|媒体|融媒|资讯)$")
# Words that make a <title> part the site's or channel's name rather than the headline.
SITE_NAME = re.compile(r"(?:网|新闻|频道|报|在线|门户|官网|官方网站|网站|客户端|首页|中心|资讯|平台|论坛"
                       r"|社区|博客|百科|订阅|号|版|栏目|专题|动态|公报|专栏|个人空间|的回答|[.](?:com|cn|net|org|gov)(?:[.]cn)?)$",
                       re.I)
# The end of an institution's name (梧溪县人民政府, 某某职业技术学院, 某某机械有限公司): the
# <title> of a government's, a school's or a company's site, printed on every page of it.
ORGANISATION = re.compile(r"(?:人民政府|政府|委员会|办公室|管理局|人民法院|人民检察院|学院|大学|中学|小学|学校"
                          r"|幼儿园|医院|卫生院|研究院|研究所|有限公司|有限责任公司|股份公司|集团"
                          # a government's bureau (not 开新局, 新格局)
                          r"|(?:教育|财政|公安|税务|统计|民政|司法|审计|医疗保障|医保|林业|水利|交通运输|交通"
                          r"|卫生健康|卫健|人力资源和社会保障|人社|自然资源|生态环境|住房和城乡建设|住建|农业农村"
                          r"|文化广电旅游|文化和旅游|文旅|市场监督管理|市场监管|应急管理|体育|商务|气象|信访)局)$")
# A dateline at the start of the first paragraph: 新华社北京8月26日电, 中新网北京8月26日电,
# 厦门日报讯, 新京报快讯, 央广网北京2月13日消息, 据新华社拉萨电, 【环球网报道】.
# Also the Taiwan wire form with the reporter inside: （中央社記者邱俊欽桃園19日電）, and a
# full date: 【某紀元2024年05月13日訊】.
DATELINE = re.compile(r"^[\s【\[(]*据?\s*(?P<head>[\u4e00-\u9fffA-Za-z·]{2,20}?)\s*(?P<md>(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日)?"
                      r"\s*(?:电|快讯|讯|消息|报道)(?=[\s(（)）【】\]:：,，]|$)")
# An agency's dateline printed in the meta line rather than the text: 14:31中央社 澎湖縣28日電.
DATELINE_IN_LINE = re.compile(r"(?P<agency>[\u4e00-\u9fff]{1,8}?社)\s*[\u4e00-\u9fff]{0,6}\d{1,2}日电")
# The credit inside a wire dateline, names glued to the place they filed from: 记者邱俊钦桃园19日电
# (names, then a two-character place, then the day).
WIRE_CREDIT = re.compile(r"^(?P<role>.*?(?:记者|通讯员))\s*(?P<names>[\u4e00-\u9fff、]+?)(?:[\u4e00-\u9fff]{2})?"
                         r"\d{1,2}日(?:电|讯)$")
# An outlet's name glued before a reporter's name in a credit (民视新闻陈韵平, 中央社邱俊钦).
OUTLET_PREFIX = re.compile(r"^.*(?:新闻|日报|晚报|电视台?|通讯社|社)(?=[\u4e00-\u9fff]{2,3}$)")
# What an author's affiliation glued after the name ends with (方敏北京大学经济学院教授).
AFFILIATION = re.compile(r"(?:大学|学院|研究院|研究所|研究中心|教授|研究员|讲师|博士|院长|所长|学者|专家|主任)$")
# A publisher named before the reporter in a bracketed byline: 【聯合晚報╱記者楊正海╱即時報導】.
BYLINE_PUBLISHER = re.compile(r"(?:^|[【\[(\s])(?P<pub>[\u4e00-\u9fff]{2,12})\s*/\s*(?:本报|特约|特派|驻\S{1,4}?)?记者")
# The part of a dateline head that names the publisher; what follows is the place.
DATELINE_AGENCY = re.compile(r"^.+?社")
DATELINE_OUTLET = re.compile(r"^.+(?:日报|晚报|早报|晨报|商报|时报|新闻网|新闻|网|报|台|之家|频道|客户端)")
# A publisher referring to itself in a dateline (本报讯, 本网讯): no name to report.
SELF_REFERENCE = re.compile(r"^本(?:报|网|站|台|刊|社|中心)")
# Words of the chrome around a meta line (share bars, counters, platform badges, sidebar
# headings) that are never a name, matched as the whole token.
CHROME_WORD = re.compile(
    r"^(?:举报|分享|分享到|收藏|评论|阅读|浏览|点击|字号|打印|关注|已关注|原创|转载|楼主|更新|发布|发表|首发|修改于?|我有话说|参与"
    r"|跟帖|跟贴|返回|首页|正文|订阅|登录|注册|大|中|小|默认|关闭|推荐|纠错|投稿|企鹅号|百家号|网易号|头条号|搜狐号"
    r"|时间|日期|来源|作者|编辑|查看|全文|专栏|置顶|精华|回复|引用|顶|踩|赞|查看原文|优质原创作者|粉丝|文章"
    r"|微信|微博|QQ|QQ空间|QQ好友|易信|更多|新浪微博|腾讯微博|微信好友|朋友圈|人人网|豆瓣|二维码|私信|主页|个人主页"
    r"|最新文章|其他文章|更多文章|相关文章|相关推荐|热门推荐|换一换|作者最新文章|关注作者|进入专栏|播报|音频"
    r"|单位|简介|介绍|信息|相关|其他|最新|详情|全部|列表|目录"
    # print and tag buttons of Taiwan templates, a report label and a column name after the
    # date (2014/12/11 18:58 報導, 2018-08-02港聞), English age words (2 years ago)
    r"|列印|标签|报导|报道|综合报导|综合报道|[要港快]闻|ago|years?|months?|days?|hours?|minutes?"
    # share buttons printed under the byline (Tweet, 電子郵件); a pager's links, alone or in a row
    # (上一篇 and 下一篇 in CHROME_WORD_PART), which a dump prints as a line under the headline
    r"|tweet|share|e-?mail|电子邮件|邮件|(?:prev(?:ious)?\s*)?next|prev(?:ious)?)$", re.IGNORECASE)
# Pieces of a chrome label inside a longer token (用微信扫描二维码, 我来说两句, 返目录).
CHROME_WORD_PART = re.compile(r"二维码|扫一扫|扫描|扫码|下载|点击|登录|注册|分享|关注|订阅|评论|收藏|举报|返回|打印|字号"
                              r"|阅读|浏览|查看|播报|目录|导航|菜单|搜索|上一|下一|说两句|喜欢|点赞|在看|网址|链接"
                              # an image's zoom button, a send-by-app button (放大图片, 用LINE传送)
                              r"|放大|传送"
                              # a thread's filter button (只看楼主, 只看该作者)
                              r"|只看")
# What a page prints right after a date besides a name: the weekday, the lunar date.
DATE_COMPANION = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|农历\S{2,8}")
# A newspaper page or an origin mark after the date (头版, 第A03版, 本站原创): never a name.
EDITION = re.compile(r"头版|要闻版|第?[A-Za-z]?\d{1,3}版|本(?:站|网|报|刊)(?:原创|独家|专稿)")
# A newsroom desk signing a story (编译中心, 国际新闻部, 编辑部): neither a person nor a publisher.
DESK_NAME = re.compile(r"(?:中心|编辑部|新闻部|采访部|编译组|编译部|工作室|小组)$")
# A photo credit, whose names are photographers: 图片来源：…, 图/…, …记者 张三 摄.
PHOTO_CREDIT = re.compile(r"^\W*(?:图片来源|图源|图片|图|摄影|视频|资料图)\s*[:：/|]|(?:摄影?)\W*$")
# A writer's credit in the same line keeps a photo credit's names: 文/图 X, X/文.
WRITER_CREDIT = re.compile(r"文\s*/|/\s*文|文图|图文|撰文|撰稿|作者")
# Editor roles, the most specific first: 责任编辑 beats a plain 编辑 in the same article.
EDITOR_ROLE_RANK = {"责任编辑": 0, "责编": 1, "值班编辑": 2, "执行编辑": 2, "本版编辑": 3, "本文编辑": 3, "网络编辑": 3, "编辑": 4}
# Traditional characters of the labels, roles, media words and surnames above, with their
# simplified forms (one character each, in the same order): cleaner.meta matches Big5 / Taiwan / Hong
# Kong pages (記者, 來源, 責任編輯, 陳) with the simplified patterns, and gives names back as printed.
TRADITIONAL_CHARS = (
    "記訊員來編輯責報導攝網電發佈時間點擊閱讀評論圖聞臺週訪題轉載號頁實習採寫筆執專欄會議視頻廣聲雜誌傳際國華"
    "鐘剛瀏覽舉關訂錄註冊門戶壇區綜譯製線購聯絡構機條體團廳處縣鎮鄉黨總紙衛陳張劉楊黃趙吳孫馬羅鄭謝許韓馮鄧"
    "蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐蘭寧紀畢單塗駱藍鮑饒陽農繆簡項連蘆麥婁竇費應"
    "閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓滿厲闞權強帥蓋練豐計晉雲闕鈕銀鮮歸長東為於與這們個說讓還後從將對開"
    "經現學產業務臉藝動態賴蔣檢郵")
SIMPLIFIED_CHARS = (
    "记讯员来编辑责报导摄网电发布时间点击阅读评论图闻台周访题转载号页实习采写笔执专栏会议视频广声杂志传际国华"
    "钟刚浏览举关订录注册门户坛区综译制线购联络构机条体团厅处县镇乡党总纸卫陈张刘杨黄赵吴孙马罗郑谢许韩冯邓"
    "萧叶苏吕卢钟谭陆贾韦邹阎龙贺顾龚万钱严汤温齐乔庞颜庄聂鲁欧兰宁纪毕单涂骆蓝鲍饶阳农缪简项连芦麦娄窦费应"
    "闵邬边师栾荣丛巩迟邝谈荆乐储劳谌蔺楼满厉阚权强帅盖练丰计晋云阙钮银鲜归长东为于与这们个说让还后从将对开"
    "经现学产业务脸艺动态赖蒋检邮")
# More traditional characters with their simplified forms, for the body's disclaimer and
# boilerplate phrases (资 in 投资, 见 in 意见 …); matched by body selection only.
TRADITIONAL_BODY_CHARS = "資見議風險僅觀複請繫刪負頁當諮詢熱郵讚蹤"
SIMPLIFIED_BODY_CHARS = "资见议风险仅观复请系删负页当咨询热邮赞踪"
# ... and of the end-of-article markers a dump is cut at (推薦閱讀, 熱門, 猜你喜歡, 關閉窗口,
# 返回頂部, 審核, 監製, 僅代表): matched by the text-dump path (cleaner.notices.fold).
TRADITIONAL_MARKER_CHARS = "薦熱歡內幫掃閉頂贊讚審監簽結僅進"
SIMPLIFIED_MARKER_CHARS = "荐热欢内帮扫闭顶赞赞审监签结仅进"
# Province-level names, printed after the date as the poster's location (IP属地): never a name.
PROVINCES = frozenset((
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
    "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国", "海外", "未知"))

# What a login wall asks for instead of showing an article (three of these on a short page).
LOGIN_WALL = re.compile(r"登录|注册|密码|用户名|账号|验证码")
# What error pages say instead of an article. (A 404 alone, no digit either side, told by
# lookarounds after its first digit: every alternative opens with a literal, which sre looks
# for in C, where one opening with \D was tried at every character.)
ERROR_PAGE = re.compile(
    r"(?:页面|网页|文章|内容|信息|帖子)(?:不存在|已(?:被(?:作者|发布者|原作者|管理员)?)?删除|找不到|未找到|无法(?:访问|显示|找到))"
    r"|您(?:访问|要查看|所访问)的页面|已(?:无法|不能|不再)(?:查看|访问|显示)"
    r"|404(?<!\d404)(?!\d)|Not Found|服务器(?:错误|繁忙)|请(?:先)?登录后|秒后自动(?:跳转|返回)"
    # anti-robot checks: the page asks for a captcha instead of showing the article
    r"|访问(?:过于|太)频繁|(?:协助|完成|进行)(?:安全|人机)?验证|请输入验证码",
    re.I,
)

# ---------------------------------------------------------------------------------------------
# Plain-text dumps (textdump.py)
# ---------------------------------------------------------------------------------------------
# A dump line that ends the article when it follows the body: the editor's credit, a disclaimer,
# a closing mark, a source credit, a "read more" prompt. Only a whole short line counts.
DUMP_END = re.compile(
    r"^[（(【\[]?\s*(?:责任编辑|责编|值班编辑|编辑|审核|校对|监制|签发|来源|本文来源|文章来源|稿件来源|转载来源"
    r"|声明|特别声明|免责声明|版权声明|郑重声明)\s*[:：]"
    r"|^[（(【\[]\s*(?:完|全文完|本文完|结束)\s*[）)】\]]$|^-{0,3}\s*(?:完|全文完|END|end)\s*-{0,3}$"
    r"|^(?:以上内容|本文|文章)(?:仅代表|不代表|仅供)|^(?:点击|查看|进入)(?:全文|原文|更多|专题)"
    # where the text was taken from (本文转载自…, 本文節錄自《…》, 本文最先用英文出版): said after it
    r"|^(?:本文|此文)(?:来自|转载自|转自|[节節](?:录|选|選)自|摘自|摘编自|原载于|首发于|最先)"
    r"|^(?:返回|回到)(?:首页|顶部|列表)|^(?:上一篇|下一篇|上一页|下一页)\s*[:：]?"
)
# What a chrome line of a dump says: share bars, font-size switches, print/close links, counters.
DUMP_CHROME = re.compile(
    r"^(?:分享到|分享至|分享|字号|打印|关闭|收藏|举报|扫一扫|扫码|微信扫|浏览次数|阅读次数|阅读量|点击量|评论)\s*[:：]?"
    r"|(?:当前位置|您的位置|你的位置|所在位置)\s*[:：]|\s>\s|›|»"
    # a gallery's controls, a line of their own: 上一张下一张, 上一张 | 下一张
    r"|^(?:上一张|下一张)(?:\s*[|｜/]?\s*(?:上一张|下一张))?\s*$"
)
# A byline of its own line between the meta line and the body: 作者：张三, 记者 李四, 文/王五.
DUMP_BYLINE = re.compile(r"^[（(]?\s*(?:作者|记者|通讯员|文|撰文|采写|编译|编辑)\s*[:：/|｜ ]\s*\S{2,12}(?:\s+\S{2,12}){0,3}\s*[）)]?$")
# A badge a template prints in front of the headline, run into it in a dump: 原创, 独家, 置顶.
DUMP_HEADLINE_BADGE = re.compile(r"^[【\[]?(?:原创|独家|首发|转载|置顶)[】\]]?\s*")
# A label a form prints in front of its headline's value (标题：X, 例稿名稱：X, 題目：X): the
# headline is the value.
DUMP_HEADLINE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:标题|標題|题目|題目|题名|題名|名称|名稱)\s*[:：]\s*")

# Small forms the metadata readers test a text by (compiled once here, never by ``re``'s cache:
# a crawl compiles patterns of its pages too, which push these out of it).
DIGIT = re.compile(r"\d")
NAME_SEPARATORS = re.compile(r"[;；,，、]+")          # between the names of one author value
LATIN_WORDS = re.compile(r"[A-Za-z]\s+[A-Za-z]")     # Latin words apart: a phrase, not a name
WRITTEN_BY = re.compile(r"\s*/\s*文")                # 马俊峰/文: the role written after the names
FIELD_BREAK = re.compile(r"[\s:：/|｜\\]")          # before a name not glued to its role
UP_TO_REPORTER = re.compile(r"^.*(?:记者|通讯员)")     # a name's reporter role and what precedes it
CREDIT_SEPARATORS = re.compile(r"[，,、;；]")         # between the credits in a bracket
CLAUSE_MARK = re.compile(r"[，,。:：;；]")            # a bracket holding one holds a clause
DATE_SEPARATOR = re.compile(r"[:/-]")                # a text with one is a date or clock, not a word
# Tokens between a date and the name after it: counters, clock words, separators.
DATE_NAME_FILLER = re.compile(r"[\d.,:：万次]+|--.*|更新|发布|\W+|[AaPp][Mm]")
NAME_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z·&—\-]+")  # ideographs, Latin letters, name joiners
OFFICIAL_WORD = re.compile(r"[官]方|官网")            # a site's own account: 官方, 官网
