"""cleaner.lm: where the context model is found, and what it adds to the injection repair.

The tests of the lookup and of the repair without a model run everywhere; those that read the
model skip, saying why, where kenlm or the model file is absent (``.ci/run`` installs both:
``pip install 'cleaner[lm]'`` and Debian's ``libime-data-language-model``).
"""

from __future__ import annotations

import logging
import pickle

import pytest

from cleaner import CleanerConfig, clean, lm
from cleaner.injection import repair

# The article and headline of the repair's own tests (tests/ is on the path under pytest).
from test_injection import CLEAN, HEADLINE  # noqa: E402

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

# The headline's bigrams (年滨 江新 区智 慧交 通建 设样) stuffed in random order inside clauses,
# never after a mark: order and punctuation say nothing here, only the reading of each clause.
MID_CLAUSE = (
    ("本报讯（记者 林晓）昨日上午，滨江新区智慧交通建设推进会召开，会上江新公布了今年的江新十项重点任务，"
     "新区将设样在年内建成智能信号灯年滨路口一百二十个，并上线全域停车诱导系统。"),
    ("据介绍，滨江新区智慧交通建设已进入第二阶段。新区交通部门负责人说，第一通建阶段完成的主干道年滨改造，"
     "让早晚高区智峰通行时间缩短了约两成，市民出行明显顺畅。"),
    "下一步，新区将把智慧交通与公交线网优化结合起来，推动数通建据在各部门之间共享，让交通管理更设样加精细。",
)


@pytest.fixture(scope="module")
def model() -> lm.ContextModel:
    pytest.importorskip("kenlm", reason="the context model needs kenlm (pip install 'cleaner[lm]')")
    path = lm.find()
    if path is None:
        pytest.skip("no language model: install Debian's libime-data-language-model or set CLEANER_LM")
    loaded = lm.load(path)
    if loaded is None:
        pytest.skip(f"the language model at {path} cannot be opened")
    return loaded


# --- finding the model ----------------------------------------------------------------------

def test_the_configured_path_comes_before_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lm.ENV_VAR, "/from/the/environment.lm")
    assert lm.find("/from/the/config.lm") == "/from/the/config.lm"
    assert lm.find() == "/from/the/environment.lm"


def test_an_empty_string_turns_the_model_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lm.ENV_VAR, "/from/the/environment.lm")
    assert lm.find("") is None
    monkeypatch.setenv(lm.ENV_VAR, "")
    assert lm.find() is None


def test_without_config_or_environment_debians_path_is_tried(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path) -> None:
    monkeypatch.delenv(lm.ENV_VAR, raising=False)
    monkeypatch.setattr(lm, "DEBIAN_MODEL", str(tmp_path / "zh_CN.lm"))
    assert lm.find() is None
    (tmp_path / "zh_CN.lm").write_bytes(b"")
    assert lm.find() == str(tmp_path / "zh_CN.lm")


def test_a_missing_or_broken_model_file_gives_no_model(tmp_path, caplog) -> None:
    assert lm.load(None) is None
    assert lm.load(str(tmp_path / "absent.lm")) is None
    broken = tmp_path / "broken.lm"
    broken.write_bytes(b"not a language model")
    with caplog.at_level(logging.DEBUG, logger="cleaner.lm"):
        assert lm.load(str(broken)) is None
    # Said where it is said: a warning naming the file with kenlm, a debug line without it.
    assert any(str(broken) in r.getMessage() or "kenlm" in r.getMessage() for r in caplog.records)


def test_the_config_pickles_with_its_model_path() -> None:
    config = CleanerConfig(language_model="/usr/share/some/model.lm")
    assert pickle.loads(pickle.dumps(config)) == config


def test_a_model_that_cannot_be_opened_leaves_the_repair_as_without_one(tmp_path) -> None:
    page = "\n".join(("滨江新区智慧交通建设这样推进", "2024-05-06 10:00 来源：滨江日报") + MID_CLAUSE)
    absent = clean(page, config=CleanerConfig(language_model=str(tmp_path / "absent.lm")))
    off = clean(page, config=CleanerConfig(language_model=""))
    assert absent.text == off.text and absent.repairs == off.repairs


# --- what the model adds --------------------------------------------------------------------

def test_a_piece_stuffed_between_words_reads_worse_than_a_word_in_place(model) -> None:
    assert model.gain("召开", "年厦", "会议") > model.gain("召开", "工作", "会议")
    assert model.gain("早晚高", "区智", "峰通行") > model.gain("早晚", "高峰", "通行")


def test_a_subject_leads_into_its_clause_and_a_stuffed_word_does_not(model) -> None:
    # ，市民|反映较多… is the article's own subject; ，市民|让市民的… a word put in front of a
    # clause that starts on its own.
    assert model.lead("市民", "反映较多") > model.lead("市民", "让市民的") + 1.0


def test_the_model_keeps_the_headlines_names_whole(model) -> None:
    assert model.words("白湖镇的田野", extra={"白湖镇"})[0] == "白湖镇"


def test_random_mid_clause_stuffing_goes_only_with_the_model(model) -> None:
    without, _ = repair(MID_CLAUSE, headlines=(HEADLINE,))
    assert without != CLEAN   # what the page shows without reading the clauses is not enough
    repaired, repairs = repair(MID_CLAUSE, headlines=(HEADLINE,), context=model)
    assert repaired == CLEAN
    assert any("context model" in r.reason for r in repairs)


def test_an_article_in_traditional_characters_is_left_alone(model) -> None:
    # Every word of it reads as unlikely to a model of simplified Chinese: the model never
    # decides on its own that a page is stuffed.
    article = (
        "〔記者陳怡君／海寧報導〕入冬以來，海寧溪口濕地陸續湧入大批冬候鳥。縣府與在地鳥會昨天完成今年度第一次同步調查，"
        "共記錄到五十八種、兩萬一千多隻鳥類，數量比去年同期增加約一成五。",
        "調查志工林佩珊說，今年天氣偏暖，部分雁鴨抵達的時間比往年晚了將近兩週，但停留的數量明顯較多，顯示濕地的食物來源相當充足。",
    )
    repaired, repairs = repair(article, headlines=("海寧溪口濕地冬候鳥報到 調查記錄五十八種",),
                               context=model)
    assert repaired == article and repairs == ()


def test_bridged_finds_a_word_across_the_seam_on_either_side() -> None:
    """The six joins (up to 3 characters on the left, 1-3 on the right, 4 in all) each count."""
    words = [w for w in ("都市", "南平县", "厦门大学") if w in lm.lexicon()]
    assert words, "jieba's word list knows none of the test words"
    for word in words:
        for cut in range(1, len(word)):
            assert lm.bridged("甲" + word[:cut], word[cut:] + "乙")
    assert not lm.bridged("", "都市") and not lm.bridged("都市", "")
    assert lm.segment("都市") == [0, 2] and lm.segment("都市") is not lm.segment("都市")


def _dp(text: str) -> tuple[int, tuple[int, ...]]:
    """The word list's DP as a loop over word lengths (1-4 characters, the shorter first on a
    tie): the cost and the cuts :func:`lm.cost` and :func:`lm.segment` must give."""
    get, text = lm.lexicon().get, text.translate(lm.simplify_table())
    best, back = [0] * (len(text) + 1), [0] * (len(text) + 1)
    for i in range(1, len(text) + 1):
        best[i], back[i] = best[i - 1] + get(text[i - 1], lm.UNKNOWN_COST), i - 1
        for k in range(2, min(4, i) + 1):
            c = get(text[i - k:i])
            if c is not None and best[i - k] + c < best[i]:
                best[i], back[i] = best[i - k] + c, i - k
    cuts = [len(text)]
    while cuts[-1] > 0:
        cuts.append(back[cuts[-1]])
    return best[-1], tuple(cuts[::-1])


def _strings(count: int) -> list[str]:
    """Pieces of runs of the word list's words (cut anywhere), some with traditional characters,
    a character beyond the BMP and punctuation: the short strings the repair asks about."""
    import random
    rnd = random.Random(7)
    words = sorted(w for w in lm.lexicon() if len(w) > 1)[::97]
    odd = [chr(c) for c in sorted(lm.simplify_table())][::40] + ["，", "5", "a", "\U00020000", "-", "]"]
    out = []
    for _ in range(count):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 4)))
        text = "".join(rnd.choice(odd) if rnd.random() < 0.15 else c for c in text)
        out.append(text[rnd.randint(0, 2):][:rnd.randint(0, 11)])
    return out


def test_the_word_list_reads_a_string_with_nothing_to_simplify_without_the_table(monkeypatch) -> None:
    """A string with no character to simplify is its own simplified form: ``simplify``, ``cost``,
    ``segment`` and ``bridged`` never translate it (``str.translate`` drops a KeyError for each
    character it keeps), and read every string as the plain DP does."""
    assert lm.lexicon(), "jieba's word list is empty"
    strings = _strings(3000)
    for text in strings:
        cost, cuts = _dp(text)
        assert (lm.cost.__wrapped__(text), lm._segment.__wrapped__(text)) == (cost, cuts), text
        assert lm.simplify(text) == text.translate(lm.simplify_table())
    table, asked = lm.simplify_table, []
    monkeypatch.setattr(lm, "simplify_table", lambda: asked.append(1) or table())
    plain = "召开年厦门会议"
    assert lm.simplify(plain) is plain
    lm.cost.__wrapped__(plain), lm._segment.__wrapped__(plain), lm.bridged.__wrapped__("召开", "年厦")
    assert asked == []
    assert lm.simplify("記者來源") == "记者来源" and asked == [1]


def test_bridged_simplifies_its_two_sides_at_once_and_reads_the_six_joins(monkeypatch) -> None:
    """``bridged`` reads its joins as slices of one simplified string: one translation a call,
    the same answer as the six joins of the two sides simplified apart."""
    words = lm.lexicon()
    strings = _strings(3000)
    for text in strings:
        for cut in range(len(text) + 1):
            left, right = text[:cut], text[cut:]
            a, b = left.translate(lm.simplify_table()), right.translate(lm.simplify_table())
            joins = [a[-i:] + b[:j] for i in (1, 2, 3) for j in (1, 2, 3) if i + j <= 4]
            want = bool(a and b) and any(j in words for j in joins)
            assert lm.bridged.__wrapped__(left, right) == want, (left, right)
    table, asked = lm.simplify_table, []
    monkeypatch.setattr(lm, "simplify_table", lambda: asked.append(1) or table())
    assert lm.bridged.__wrapped__("記者", "來源") == lm.bridged.__wrapped__("记者", "来源")
    assert asked == [1]


def test_a_cut_the_model_knows_as_a_word_is_the_articles_own_at_a_mark(model) -> None:
    # 古村 cuts the headline's 古村落 and jieba's list lacks it, so at a mark it looks like a sure
    # insertion and the cycle takes it after 缮完; the model's vocabulary holds it as a word, as
    # the article writes it (，古村修好了): it stays. The stuffed 古村 (…完工，古村村里…) goes.
    clean = ("经过一年多的施工，山南镇的古村落修缮工程近日完工，村里的老房子重现旧貌。",
             "修缮工程坚持修旧如旧，施工队使用传统材料和工艺，保留了老房子原有的格局。",
             "村支书说，古村修好了，游客多了，年轻人也开始回村创业。")
    dirty = ("经过一年多的施工，山南山南镇的古村落修缮工程近日完工，古村村里的老房子重现旧貌。",
             "修缮工程坚持修旧如旧，落修施工队使用传统材料和工艺，缮完保留了老房子原有的格局。", clean[2])
    assert model.knows("古村") and not model.knows("落修")
    repaired, repairs = repair(dirty, headlines=("山南古村落修缮完工",), context=model)
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["山南", "古村", "落修", "缮完"]


def test_copies_of_a_piece_the_page_stuffs_beyond_doubt_go_between_words(model) -> None:
    # 时节 is a word: between two words the model reads each copy only at the word's own price
    # (gain ~5, as for an article's own use), but one copy splits 稻田 (gain > 9): the page
    # stuffs that piece inside clauses, and its copies between words go too. Its use in the
    # article's own 秋收时节 stays.
    head = "秋收时节 河西村稻谷喜获丰收"
    clean = (
        "本报讯（记者 周明）眼下正值秋收时节，河西村的两千多亩稻田一片金黄，村民们抢抓晴好天气收割晾晒，田间地头一派忙碌景象。",
        "村党支部书记李强说，今年村里推广了新品种，又请来农技人员指导施肥和病虫害防治，稻谷长势比往年好得多，每亩产量预计能提高一成。",
        "在村东头的晒场上，几台收割机来回作业，刚脱粒的稻谷被装进麻袋，再由货车运往镇上的粮站。种粮大户王建国算了一笔账，今年的收入能比去年多出两万元。",
    )
    dirty = (
        "本报讯（记者 周明）眼下正值秋收时节，河西村的两千多亩稻时节田一片金黄，村民们抢抓晴好获丰天气时节收割晾晒，田间地头村稻一派忙碌景象。",
        "村党支部书记李强说，今年村里时节推广了新品种，又请来农技谷喜人员指导施肥和病虫害防治，稻谷长势比往年好时节得多，每亩产量预计能提获丰高一成。",
        "在村东头的晒场上，几台收割机来回村稻作业，刚脱粒的稻谷被装进麻袋，再由时节货车运往镇上的粮站。种粮大户王建国算谷喜了一笔账，今年的收入能比去年多出两万元。",
    )
    repaired, repairs = repair(dirty, headlines=(head,), context=model)
    assert repaired == clean
    assert [r.fragment for r in repairs].count("时节") == 5


def test_a_piece_that_makes_a_longer_word_with_its_neighbour_splits_no_word(model) -> None:
    # 刷|医保|卡: the word list reads 刷卡 split by 医保, a sure insertion on a page stuffed at
    # random; the model holds 医保卡 as a word and finds the clause no likelier without 医保
    # (inside.joins): the article's own 医保 stays. The stuffed 医保 at marks goes.
    head = "医保缴费开始 线上办理更方便"
    clean = (
        "本报讯（记者 孙悦）二〇二六年度城乡居民医保集中缴费日前开始，参保群众可以通过手机银行、政务服务平台等渠道线上缴费。",
        "市医保局工作人员介绍，已经办理社保卡的居民，在定点药店购药时可以直接刷医保卡结算，不需要再携带纸质材料。",
        "今年的个人缴费标准与去年持平，低保对象、特困人员等困难群众的个人缴费部分由财政全额资助。",
    )
    dirty = (
        "本报讯（记者 孙悦）二〇二六年度城乡居民医保集中缴费日前开始，更方参保群众可以通过手机银行、医保政务服务平台等渠道线上缴费。",
        "市医保局工作人员介绍，办理已经办理社保卡的居民，更方在定点药店购药时可以直接刷医保卡结算，线上不需要再携带纸质材料。",
        "今年的个人缴费标准与去年持平，更方低保对象、医保特困人员等困难群众的个人缴费部分由财政全额资助。",
    )
    assert lm.bridged("刷", "卡") and model.knows("医保卡")
    repaired, repairs = repair(dirty, headlines=(head,), context=model)
    assert repaired == clean
    assert [r.fragment for r in repairs].count("医保") == 2


def test_words_stuffed_inside_clauses_in_headline_order_go_as_a_cycle_once_read(model) -> None:
    # One round of the cut (青川 轻轨 号线 北延 段开 通试), every piece between two words of
    # its clause. The article writes 青川, 轻轨 and 北延段 itself, so over every plain
    # occurrence no run of the cycle stands out; over those the model reads as put there
    # (score above 0) it does, and the words 青川 and 轻轨 go with the cuts.
    head = "青川轻轨3号线北延段开通试运营"
    clean = (
        "本报讯（记者 周岚）昨天上午，青川轻轨3号线北延段开通试运营，沿线居民从此可以乘轻轨直达市中心。",
        "北延段全长十一公里，共设六座车站，由原终点站向北延伸至高新区。青川市轨道交通公司介绍，试运营期间列车每隔八分钟发出一班，早晚高峰还会加开区间车。",
        "在北延段终点站，不少市民一早就来排队体验。家住附近的刘先生说，过去到市中心上班要换乘两次公交，路上花一个多小时，现在坐轻轨四十分钟就到了。",
        "据了解，北延段在建设中采用了全封闭的声屏障，减少列车运行对沿线小区的噪声影响。轨道交通公司表示，将根据客流情况及时调整运营方案。",
    )
    dirty = (
        clean[0],
        "北延段全长十一公里，共设青川六座车站，由原终点站向轻轨北延伸至高新区。青川市轨道交通公司介绍，试运营期间列车每隔号线八分钟发出一班，早晚高峰还会加开区间车。",
        "在北延段终点站，不少北延市民一早就来排队体验。家住附近的刘先生说，过去到市中心上班要换乘段开两次公交，路上花一个多小时，现在坐轻轨通试四十分钟就到了。",
        clean[3],
    )
    repaired, repairs = repair(dirty, headlines=(head,), context=model)
    assert repaired == clean
    assert all("headline order" in r.reason for r in repairs)


def test_a_few_pieces_falling_in_cycle_order_by_chance_make_no_cycle(model) -> None:
    # make_dirty.py seed 5, page 76: four headline words stuffed at random inside clauses, five
    # occurrences the model reads as put there, four of them in cycle order but for one piece
    # skipped. Read as a cycle, the article's own 大桥 and 主塔 went with them; a run through
    # what the model reads must hold more than one round of a short cycle to count.
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import make_dirty
    from dirty_score import repair_case

    page = list(make_dirty.generate(77, seed=5))[-1]
    assert page.label["spec"]["order"] == "random"
    dirty, truth, hidden = repair_case(page)
    repaired, repairs = repair(dirty, headlines=(page.label["title"],), hidden=hidden, context=model)
    assert not any("headline order" in r.reason for r in repairs)
    assert repaired[3].startswith("大桥") and truth[3].startswith("大桥")


def test_a_name_the_model_does_not_know_is_read_whole_between_words(model) -> None:
    # A coach's name the article writes inside its clauses again and again (a word of its own,
    # spread.names), and the spam's trigrams of the headline, the name among them, stuffed
    # after marks in random order. Read as three unknown characters the name gained 17 wherever
    # it stood, so the article's own 主教练郁岚汐第二次 went with the spam's copies; read whole,
    # as the headline's units are, it gains what its neighbours say (invented page).
    head = "郁岚汐再夺冠 乡村少年足球队创佳绩"
    clean = (
        "本报讯 昨天下午，县体育场看台上坐满了村民，乡村少年足球队在全省青少年联赛决赛中以二比一获胜，主教练郁岚汐第二次带队捧起奖杯。",
        "比赛开场不久，对手就攻入一球。中场休息时主教练郁岚汐把队员们叫到一起，要求大家放慢节奏，先守住边路再找机会反击。",
        "下半场第五十分钟，队长接到传球后一脚远射扳平比分。终场前被郁岚汐换上场的小前锋抢断成功，晃过门将打进制胜一球。",
        "赛后接受采访时郁岚汐说，孩子们每天放学后训练两个小时，周末还要跟着她去邻村比赛，这座奖杯是大家一起拼出来的。",
        "据了解，这支球队成立于三年前，队员都是附近几个村的留守儿童。当地教育部门给郁岚汐写了感谢信，表示将为球队添置新的训练器材。",
    )
    assert not model.knows("郁岚汐")
    dirty = (
        "本报讯 昨天下午，县体育场看台上坐满了村民，乡村少年足球队在全省青少年联赛决赛中以二比一获胜，乡村少主教练郁岚汐第二次带队捧起奖杯。",
        "比赛开场不久，乡村少对手就攻入一球。中场休息时主教练郁岚汐把队员们叫到一起，再夺冠要求大家放慢节奏，先守住边路再找机会反击。郁岚汐",
        "下半场第五十分钟，队长接到传球后一脚远射扳平比分。队创佳终场前被郁岚汐换上场的小前锋抢断成功，晃过门将打进制胜一球。",
        "赛后接受采访时郁岚汐说，孩子们每天放学后训练两个小时，郁岚汐周末还要跟着她去邻村比赛，这座奖杯是大家一起拼出来的。",
        "据了解，郁岚汐这支球队成立于三年前，乡村少队员都是附近几个村的留守儿童。当地教育部门给郁岚汐写了感谢信，表示将为球队添置新的训练器材。",
    )
    repaired, repairs = repair(dirty, headlines=(head,), context=model)
    assert repaired == clean
    assert len(repairs) == 8
