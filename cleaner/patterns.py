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
    r"^(?:[【\[（(]?\s*)(?:相关(?:阅读|新闻|推荐|文章|报道|链接|专题|内容)|延伸阅读|推荐阅读|热门(?:推荐|文章|新闻|阅读)"
    r"|猜你喜欢|为您推荐|为你推荐|更多(?:精彩|新闻|阅读|推荐)|精彩推荐|今日推荐|热点推荐|往期回顾|往期推荐"
    r"|希望以上内容对您有帮助|阅读全文|展开全文|查看原文|阅读原文|点击查看|网友评论|我要评论|发表评论|评论区|全部评论|热门评论|最新评论"
    r"|分享到|分享至|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇"
    r"|(?:免责|版权|特别|侵权|反侵权)?声明\s*[:：]|反侵权公告|免责声明|版权声明)"
)

# Lines next to the article that are never part of it.
BOILERPLATE = re.compile(
    r"^[（(【\[]?\s*(?:原标题|原题|责任编辑|责编|编辑|值班编辑|审核|校对|监制|签发|本文来源|文章来源|来源|稿件来源|图片来源|图源|题图"
    r"|特别声明|声明|免责声明|版权声明|版权所有|转载请注明|未经授权|未经许可|本文为|本文系|本文由|本网站|本站|注：本文)\s*[:：]?"
    r"|(?:以上内容|本文|文章)(?:仅代表|不代表)|仅代表作者(?:本人)?观点|不代表本(?:站|网|平台)|版权归原作者|如有侵权|请联系(?:我们|本站)删除"
    r"|ICP备|ICP证|京公网安备|公网安备|Copyright|©|All Rights Reserved",
    re.I,
)

# A date the way Chinese pages print it: 2025-08-26, 2025/8/26, 2025.08.26, 2025年8月26日.
DATE_LIKE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
# Words of a meta line under the headline.
META_WORDS = re.compile(r"来源|作者|编辑|记者|发布|时间|日期|浏览|阅读|点击|字号|分享|评论|通讯员")
