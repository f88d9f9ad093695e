"""Dumps of page kinds the dump path used to read wrong (invented texts): a live report's
timed entries under its headline."""

from __future__ import annotations

from cleaner import clean
from cleaner.blocks import Block
from cleaner.boxes import edit_links

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


QUESTION = ("新买的铸铁锅说明书上写要先开锅，但没写具体步骤。请问用猪油还是植物油比较好？需要烧多久？")
BEST = ["先用清水和软布把锅洗干净，小火烘干水分，这一步很重要，不然容易生锈。",
        "然后倒一小块肥猪肉，用筷子夹着在锅里反复擦，直到整个内壁都变得油亮。"]
OTHER = "植物油也可以，但猪油更容易形成油膜，开出来的锅更不粘。"


def test_the_best_answer_of_a_dump_goes_with_the_question() -> None:
    # The credit under the best answer taken for another article's headline (the body's end), the
    # header of the others after it; the asker's credit split from its date, the meta line below
    # the question (its post is the article's start).
    for asker, credit, others in (("提问者：锅碗瓢盆 |\n2025-05-01 10:12", "厨房老陈\n2025-05-01 11:30", "其他2条回答"),
                                  ("2025-05-01 10:12 提问 · 浏览 327", "厨房老陈 回答于 2025-05-01", "其他回答（2）")):
        for header in ("采纳答案", "满意回答"):
            dump = (NAV + "新买的铸铁锅第一次用要怎么开锅？\n" + QUESTION + "\n" + asker + "\n" + header + "\n"
                    + "\n".join(BEST) + "\n" + credit + "\n" + others + "\n" + OTHER + "\n青石小厨 2025-05-02\n"
                    + "开锅以后头几次别煮酸的东西，番茄、醋都会把油膜破坏掉。\n路过的阿姨 2025-05-02\n" + HOT)
            article = clean(dump.encode())
            assert list(article.paragraphs) == [QUESTION, *BEST], (asker, credit, header)
            assert article.title == "新买的铸铁锅第一次用要怎么开锅？"


def test_a_question_of_its_title_alone_keeps_its_answers_in_a_dump() -> None:
    # As the HTML path reads it: nothing tells which answer the asker took; the page is no list.
    answers = "".join(f"{who}\n{text}\n赞同 {9 - k} · 2025-05-0{k + 2}\n"
                      for k, (who, text) in enumerate([
                          ("厨房老陈", "".join(BEST)),
                          ("青石小厨", "植物油也可以，但猪油更容易形成油膜，开出来的锅更不粘，炒菜的时候也不容易糊底。"),
                          ("路过的阿姨", "开锅以后头几次别煮酸的东西，番茄、醋都会把油膜破坏掉，用完记得擦干再抹一层薄油。")]))
    for header in ("3个回答", "全部回答（3）"):
        article = clean((NAV + "新买的铸铁锅第一次用要怎么开锅？\n2025-05-01 10:12\n" + header + "\n" + answers + HOT).encode())
        assert article.title == "新买的铸铁锅第一次用要怎么开锅？", header
        assert article.published is not None and article.published.day == 1, header
        body = "\n".join(article.paragraphs)
        assert "".join(BEST) in body and "炒菜的时候也不容易糊底" in body, header
        assert "江心岛" not in body, header


ENTRY = ("青石湖（青石县境内湖泊）\n2025-03-02 更新 浏览 1206 次\n"
         "青石湖位于青石县城东部，是县内最大的淡水湖泊，水域面积约十二平方公里，湖中有大小岛屿七座。\n")
SECTIONS = [("地理位置", "青石湖北接青石山，南连滨河，湖岸线长约二十六公里，是候鸟南迁途中的重要停歇地。"),
            ("历史", "青石湖形成于数千年前，明清时期已是当地重要的渔业产地，湖边至今保留着旧时的渔码头。"),
            ("旅游", "环湖绿道建成后，青石湖成为市民周末休闲的热门去处，每年接待游客超过两百万人次。")]


def test_an_entrys_edit_links_leave_its_sections() -> None:
    for edit in ("编辑", "[编辑]", "[\n编辑\n]", "编辑本段"):
        sections = "".join(f"{head}\n{edit}\n{text}\n" for head, text in SECTIONS)
        article = clean((NAV + ENTRY + sections + HOT).encode())
        body = "\n".join(article.paragraphs)
        assert "编辑" not in body and "[" not in body, edit
        assert all(head in article.paragraphs and text in body for head, text in SECTIONS), edit
    # One 编辑 line under a short line (a byline's label over the editor's name) stays.
    lines = ["青石湖北接青石山，南连滨河。", "湖岸", "编辑", "王小青", "青石湖形成于数千年前。"]
    blocks = [Block(text, k) for k, text in enumerate(lines)]
    assert edit_links(blocks) == (blocks, [])
    assert edit_links(blocks + blocks[1:3]) != (blocks + blocks[1:3], [])


def test_a_blogs_notes_under_its_copyright_notice_go() -> None:
    paras = ("家里翻出的老照片往往发黄，扫描后用修图软件的色阶工具就能大致还原，操作并不复杂。\n"
             "先把扫描件复制一层，再分别调整红、绿、蓝三个通道的黑白场，画面会明显变得干净。\n"
             "最后适当降低一点饱和度，老照片的质感就回来了，整套操作不超过五分钟。\n")
    for notes in ("本文链接：https://blog.example.cn/yingxiang/article/details/2025021412345678\n文章标签：修图 老照片\n",
                  "本文链接：https://blog.example.cn/a/1\n文章标签：\n修图\n老照片\n"):
        dump = (NAV + "给老照片扫描件去黄的一个小技巧\n影像记录者 2025-02-14 22:10:00 发布 阅读 512\n"
                "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n"
                + notes + paras + HOT)
        article = clean(dump.encode())
        assert list(article.paragraphs) == paras.split("\n")[:3], notes


def test_a_paginated_headlines_page_number_goes_in_a_dump() -> None:
    paras = ("经过三个月的改造，城北菜市场昨天重新开门迎客，一百二十个摊位统一换上了电子秤。\n"
             "不少老顾客说，市场里通道宽了，地面也不再湿滑，买菜比以前舒心多了。\n")
    headline = "城北菜市场完成改造 摊位统一换上电子秤"
    for number, pager in (("(2/3)", "上一页 1 2 3 下一页"), ("（2）", "共3页 上一页 下一页"), ("（1）", "1 2 3 下一页 尾页")):
        dump = NAV + headline + number + "\n2025-07-02 07:45 来源：青石日报\n" + paras + pager + "\n" + HOT
        assert clean(dump.encode()).title == headline, number
    # A headline ending so on a page of one part (a series' number) keeps it.
    dump = NAV + headline + "（1）\n2025-07-02 07:45 来源：青石日报\n" + paras + HOT
    assert clean(dump.encode()).title == headline + "（1）"


def test_a_list_of_titles_run_into_their_dates_is_no_article() -> None:
    titles = ["青石湖环湖绿道全线贯通 沿途设八个驿站", "秋季流感疫苗开始接种 六十岁以上老人免费",
              "城北菜市场完成改造 摊位统一换上电子秤", "滨河公园新增儿童游乐区 周末迎来客流高峰",
              "青石县今年新增停车泊位三千个，缓解老城区停车难"]
    items = "".join(f"{title}2025-0{k + 3}-1{k}\n" for k, title in enumerate(titles))
    article = clean(("首页 | 新闻 | 本地 | 体育 | 财经\n本地新闻\n" + items * 2 + "共 120 条 下一页\n" + HOT).encode())
    assert not article.paragraphs
