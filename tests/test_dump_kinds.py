"""Dumps of page kinds the dump path used to read wrong (invented texts): a live report's
timed entries under its headline."""

from __future__ import annotations

from cleaner import clean

NAV = "首页 | 新闻 | 本地 | 体育 | 财经\n首页 > 本地 > 正文\n"
HOT = "热门排行\n江心岛渡口恢复通航\n老城区雨污分流改造完工\n市博物馆推出夜场\n关于我们 | 联系我们 | 网站地图\n"
ENTRIES = [
    ("16:40", "龙舟赛决赛结束！东岸村队以两分零七秒的成绩夺得冠军，队员们跳进江里庆祝。"),
    ("15:55", "半决赛第二组出发，岸边的锣鼓声一阵接一阵，不少游客爬到堤上观看。"),
    ("15:10", "天空开始飘雨，组委会表示比赛照常进行，请观众注意脚下湿滑。"),
    ("14:30", "大家好！这里是清河端午龙舟赛的现场，今年共有二十四支队伍报名参赛。"),
]
HEADLINE = "直播：清河端午龙舟赛今日开赛"


def _live(stamp: str) -> str:
    entries = "".join(f"{stamp.format(t)}\n{text}\n" for t, text in ENTRIES)
    return NAV + HEADLINE + "\n2025-05-31 14:00 来源：清河新闻网 正在直播\n" + entries + HOT


def test_a_live_report_under_its_headline_is_an_article() -> None:
    for stamp in ("{}", "* {}", "2025-05-31 {}"):   # a clock time, a bullet's, a date's
        article = clean(_live(stamp).encode())
        assert article.title == HEADLINE, stamp
        body = "\n".join(article.paragraphs)
        assert all(text in body for _, text in ENTRIES), stamp
        assert "热门排行" not in body and "江心岛" not in body, stamp
    # ... and what looks alike stays as it was: a list's items, comments under an article.
    # A channel's list: each item a title, its date, its teaser (a heading of its own).
    items = "".join(f"{title}\n2025-05-31 {t}\n{text}\n" for (t, text), title in zip(
        ENTRIES, ["东岸村队夺冠", "半决赛激战正酣", "雨中龙舟赛照常", "龙舟赛今日开赛"]))
    article = clean((NAV + "清河本地新闻今日最新消息汇总\n" + items + HOT).encode())
    assert not article.paragraphs
    body = ("清河端午龙舟赛今天下午在城东江段举行，共有二十四支队伍参赛，沿岸观众超过三万人。\n"
            "组委会介绍，今年首次设立青少年组，吸引了六所中学的学生报名，比赛将持续到傍晚。\n")
    comments = "".join(f"2025-05-31 {t}\n{text}\n" for t, text in ENTRIES[:3])
    dump = NAV + HEADLINE.replace("直播：", "") + "\n2025-05-31 14:00 来源：清河新闻网\n" + body + "网友评论\n" + comments + HOT
    article = clean(dump.encode())
    text = "\n".join(article.paragraphs)
    assert "二十四支队伍参赛" in text and "青少年组" in text
    assert "东岸村队" not in text


SITE_TOP = "青石县人民政府\n首页政务动态信息公开办事服务互动交流\n当前位置：首页 > 政务动态 > 部门动态\n"
PARAS = ("3月12日，青石县林业局组织干部职工和志愿者在城北荒坡开展植树活动，共栽下樟树、桂花等苗木两千余株。\n"
         "活动现场，林业技术人员向志愿者讲解了挖坑、扶苗、培土、浇水等要领，大家分工协作，干得热火朝天。\n"
         "据介绍，今年全县计划完成植树造林一万二千亩，目前已完成春季任务的六成。\n")
FOOT_GOV = "【打印本页】【关闭窗口】\n主办单位：青石县人民政府办公室 地址：青石县府前路1号\n"


def test_a_headline_printed_under_the_meta_line() -> None:
    headline = "青石县林业局组织春季义务植树 新栽苗木两千余株"
    for meta in ("【发布时间：2025-03-12 16:20:05】【来源：县林业局】【点击：】",
                 "发布时间：2025-03-12 16:20 来源：县林业局 浏览次数："):
        article = clean((SITE_TOP + meta + "\n" + headline + "\n" + PARAS + FOOT_GOV).encode())
        assert article.title == headline, meta
        assert headline not in article.paragraphs, meta
        assert article.paragraphs[0].startswith("3月12日"), meta
    # A notice's addressee under its meta line (ending on a colon) is no headline: the line above is.
    notice = "关于做好2025年春季森林防火工作的通知"
    article = clean((SITE_TOP + notice + "\n发布时间：2025-03-12 来源：县林业局\n各乡镇人民政府，县直各有关单位：\n"
                     + PARAS + FOOT_GOV).encode())
    assert article.title != "各乡镇人民政府，县直各有关单位："


def test_a_question_printed_above_its_meta_line_is_the_article() -> None:
    question = ("家里的绿萝放在客厅角落，最近新长出来的叶子越来越小，颜色也发白。"
                "平时一周浇一次水，从来没有施过肥。请问是光照不够还是缺营养了？")
    best = ("绿萝虽然耐阴，但长期放在角落里光线太弱，新叶就会变小发白。建议挪到窗边明亮的散射光处，"
            "春秋季每个月施一次稀薄的氮肥。")
    answers = (best + "\n花友小林 2025-04-02 09:15 回答\n其他回答\n"
               "可以检查一下盆土是不是板结了，换盆时加点松针土会好很多。\n阳台园丁 2025-04-03\n")
    for meta in ("提问时间：2025-04-01 20:30", "提问时间：\n2025-04-01 20:30"):
        for header in ("最佳答案", "2个回答"):
            dump = NAV + "绿萝新叶越长越小是怎么回事？\n" + question + "\n" + meta + "\n" + header + "\n" + answers + HOT
            article = clean(dump.encode())
            assert article.title == "绿萝新叶越长越小是怎么回事？", (meta, header)
            # (the answer marked best, the others under a header of their own, goes with the question)
            assert list(article.paragraphs) == [question] + ([best] if header == "最佳答案" else []), (meta, header)


def test_a_gallerys_controls_are_no_caption() -> None:
    captions = ["清晨，渔民驾着小船驶向江心，准备收起前一天傍晚下好的渔网。",
                "收网时，一尾尾银白色的江鱼在网中跳跃，渔民脸上露出了笑容。",
                "上岸后，渔获很快被等候在码头的鱼贩挑选一空。"]
    for controls in ("上一张下一张", "上一张 | 下一张", "下一张"):
        # (the controls under the picture on show, its caption above them)
        pictures = "".join(f"{k}/3\n{text}\n" + (controls + "\n" if k == 1 else "") for k, text in enumerate(captions, 1))
        dump = (NAV + "图集：江边渔村的清晨\n2025-06-08 07:30 来源：清河新闻网 摄影：陈江\n" + pictures
                + "更多图集\n古镇灯会夜景\n" + HOT)
        article = clean(dump.encode())
        assert list(article.paragraphs) == captions, controls
