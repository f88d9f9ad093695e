"""injection.repair on spam in random order (the twenty-fourth round, issue 10): a headline word at a
mark that runs on into the headline only across its space, and a piece written twice over whose
second copy runs on into the headline; and, of spam that cycles, the run's last piece alone in a
later paragraph; and (the twenty-sixth round) the spam's pieces at marks in a paragraph past one
it passed over.

The article and the headline here are written for these tests.
"""

from __future__ import annotations

import pytest

from cleaner.headmodel import build
from cleaner.injection import repair

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

HEADLINE = "湖畔灯会开幕 游客赏灯猜谜"
# Its cut: 湖畔 灯会 开幕 游客赏 灯猜谜 (the last two cuts across its words), stuffed in random order.
LANTERNS = (
    "元宵节当晚，游客赏湖畔公园的灯会正式亮灯，数百盏彩灯沿湖岸一字排开。灯猜谜入夜以后，园内人头攒动。",
    "灯会设置了猜谜区，{0}市民可以现场领取谜面。首日三万多名市民来到{1}湖畔灯会现场，灯猜谜不少家长带着孩子排队参加。",
    "据介绍，游客赏本届灯会将持续到正月十八。",
)


def _taken(paragraphs: tuple[str, ...]) -> list[tuple[str, int, int]]:
    return [(r.fragment, r.paragraph, r.offset) for r in repair(paragraphs, headlines=(HEADLINE,))[1]]


def test_a_piece_runs_on_across_the_headlines_space_only_in_the_spaced_set() -> None:
    model = build((HEADLINE,))
    assert "幕游" in model.spaced and "开幕游" in model.spaced
    assert "开幕" not in model.spaced and "客赏" not in model.spaced and "会开" not in model.spaced


def test_a_word_at_a_mark_running_on_only_across_the_headlines_space_is_spam() -> None:
    # ，[开幕]游客纷纷…: 开幕游客 is a stretch of the headline only across its space; no clause
    # of the article opens by running its first phrase into its second.
    paragraphs = (LANTERNS[0].replace("入夜以后，", "入夜以后，开幕游客纷纷拿出手机拍照，"),
                  LANTERNS[1].format("湖畔", ""), LANTERNS[2])
    at = paragraphs[0].index("开幕")
    assert ("开幕", 0, at) in _taken(paragraphs)


def test_a_headline_stretch_at_a_mark_within_one_phrase_is_the_articles_own() -> None:
    # ，游客赏灯… runs on within the headline's second phrase: the article's own words.
    paragraphs = (LANTERNS[0].replace("入夜以后，", "入夜以后，游客赏灯的兴致很高，"),
                  LANTERNS[1].format("湖畔", ""), LANTERNS[2])
    at = paragraphs[0].index("游客赏灯")
    assert all((paragraph, offset) != (0, at) for _, paragraph, offset in _taken(paragraphs))


def test_a_word_written_twice_over_before_the_headlines_stretch_goes_inside_a_clause() -> None:
    # 来到[湖畔]湖畔灯会现场: the spam here goes after marks, but no prose writes a word twice
    # over with its second copy running on into the headline, wherever it stands.
    paragraphs = (LANTERNS[0], LANTERNS[1].format("灯会", "湖畔"), LANTERNS[2])
    at = paragraphs[1].index("湖畔湖畔")
    taken = _taken(paragraphs)
    assert ("湖畔", 1, at) in taken
    assert "".join(repair(paragraphs, headlines=(HEADLINE,))[0]).count("湖畔灯会现场") == 1


def test_a_word_written_once_before_the_headlines_stretch_stays() -> None:
    paragraphs = (LANTERNS[0], LANTERNS[1].format("灯会", ""), LANTERNS[2])
    assert "湖畔灯会现场" in repair(paragraphs, headlines=(HEADLINE,))[0][1]


LIBRARY_HEADLINE = "社区书屋迎来首批读者"
LIBRARY = (
    "本报讯 上周六上午，社区位于东山区书屋南湖街道的一间书屋正式开门，迎来附近的居民排着队走进屋里。"
    "首批周末两天，读者前来借书的人超过三百人次。",
    "书屋的面积不大，社区但收藏了各类图书五千余册，书屋还设有儿童阅读角。迎来管理员说，首批图书大多是"
    "居民捐赠的，读者后续还会定期更新。",
    "社区不少家长表示，书屋以后周末有了带孩子去的地方。",
)


def test_a_piece_after_the_last_character_of_another_word_does_not_run_on_into_the_headline() -> None:
    # 东山区[书屋]南湖街道: 区书屋 is a stretch of 社区书屋 only by the 区 of 东山区, which begins
    # half-way into the headline's 社区; the cycle takes this copy, not the article's 一间书屋.
    out, repairs = repair(LIBRARY, headlines=(LIBRARY_HEADLINE,))
    assert ("书屋", 0, LIBRARY[0].index("东山区书屋") + 3) in [(r.fragment, r.paragraph, r.offset) for r in repairs]
    assert "位于东山区南湖街道的一间书屋正式开门" in out[0]


def test_a_piece_after_the_headlines_own_word_runs_on_into_the_headline() -> None:
    # 社区[书屋]: the text writes the headline's 社区书屋 itself; no piece of it goes.
    paragraphs = (LIBRARY[0], LIBRARY[1], "不少家长表示，社区书屋以后周末有了带孩子去的地方。")
    assert "社区书屋" in repair(paragraphs, headlines=(LIBRARY_HEADLINE,))[0][2]


def test_a_piece_across_the_headlines_space_at_a_mark_does_not_run_on_into_the_headline() -> None:
    # ，[开幕游]客也…: the piece itself stands across the headline's space, and so does its run-on
    # 开幕游客; read at a mark as a piece that does not run on (``midway``), as 开幕|游客 is.
    from cleaner.occsearch import _occurrences
    text = ("入夜以后，开幕游客也越来越多，游客赏灯的兴致很高。",)
    found = {(o.start, o.piece): o for o in _occurrences(text, build((HEADLINE,))) if o.after}
    assert found[5, "开幕游"].ext and found[5, "开幕游"].midway
    assert found[5, "开幕"].ext and found[5, "开幕"].midway
    assert found[15, "游客"].ext and not found[15, "游客"].midway   # 游客赏: within one phrase


CYCLED = "江城花展开幕 市民赏花踏青"
# Its cut: 江城 花展 开幕 市民 赏花, stuffed in turn after marks in the first three paragraphs.
STUFFED = (
    "三月十二日，[江城]第十届花展在滨江公园拉开帷幕，[花展]展出各类花卉三百余种，[开幕]吸引了大批游客。[市民]",
    "花展设置了郁金香、[赏花]樱花和牡丹三个主题展区。[江城]园方还在湖边搭建了观景平台，[花展]方便游客拍照留念。",
    "公园管理处负责人介绍，[开幕]今年新增了夜间灯光秀，[市民]每晚七点开始，持续一个小时。[赏花]",
)


def _cycled_page(last: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    paragraphs = tuple(p.replace("[", "").replace("]", "") for p in (*STUFFED, last))
    stuffed = []
    for index, text in enumerate((*STUFFED, last)):
        plain = text
        while "[" in plain:
            at = plain.index("[")
            stuffed.append((index, at))
            plain = plain.replace("[", "", 1).replace("]", "", 1)
    return paragraphs, stuffed


def _places(paragraphs: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(r.paragraph, r.offset) for r in repair(paragraphs, headlines=(CYCLED,))[1]]


def test_the_runs_next_piece_alone_in_a_paragraph_of_many_empty_marks_is_the_articles_own() -> None:
    # ，江城各区今年…: the cycle's next piece, but the run's rate would have stuffed some of the
    # paragraph's other five marks too; spam fills whole paragraphs.
    paragraphs, stuffed = _cycled_page("据了解，江城各区今年还将举办社区花卉展，市民可以在公园官网预约入园，"
                                       "每天限流两万人，周末和节假日建议错峰出行，活动将持续到四月底。")
    assert _places(paragraphs) == stuffed



# Stuffed in random order after marks in the first two paragraphs, none in the third (its marks
# passed over), then two pieces again in the fourth at the spam's rate.
PASSED_OVER = (
    "元宵节当晚，[湖畔]公园的灯会正式亮灯，[游客赏]数百盏彩灯沿湖岸一字排开。[灯猜谜]入夜以后，[开幕]园内人头攒动。",
    "灯会设置了猜谜区，[游客赏]市民可以现场领取谜面，[湖畔]首日三万多名市民来到现场，[灯猜谜]不少家长带着孩子排队参加。",
    "主办方表示，今年的彩灯由本地工匠手工扎制，历时三个月完成，共用竹篾两万多根。",
    "据介绍，[开幕]本届灯会将持续到正月十八，[湖畔]每晚六点亮灯。",
)


def _marked(texts: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[str, int, int]]]:
    """The paragraphs without their brackets, and each bracketed piece with its place."""
    plain, places = [], []
    for index, text in enumerate(texts):
        while "[" in text:
            at, end = text.index("["), text.index("]")
            places.append((text[at + 1:end], index, at))
            text = text[:at] + text[at + 1:end] + text[end + 1:]
        plain.append(text)
    return tuple(plain), places


def test_two_of_the_spams_pieces_at_its_rate_past_a_paragraph_it_passed_over_go() -> None:
    # ，[开幕]本届灯会…，[湖畔]每晚…: the spam's reach stopped at the third paragraph, whose marks
    # it passed over; two of its pieces at two of the fourth's three marks are its own too.
    paragraphs, stuffed = _marked(PASSED_OVER)
    out, repairs = repair(paragraphs, headlines=(HEADLINE,))
    assert [(r.fragment, r.paragraph, r.offset) for r in repairs] == stuffed
    assert out[3] == "据介绍，本届灯会将持续到正月十八，每晚六点亮灯。"


def test_past_reach_asks_two_of_the_spams_pieces_at_its_rate() -> None:
    from cleaner.occsearch import _occurrences
    from cleaner.spread import past_reach

    def past(last: str) -> list[str]:
        paragraphs, _ = _marked((*PASSED_OVER[:3], last))
        found = [o for o in _occurrences(paragraphs, build((HEADLINE,))) if not o.ext]
        for o in found:
            o.score = 2.5 if o.after else 0.0
        ids = past_reach(paragraphs, found, 1, 2.0, frozenset("，。、；"))
        return [o.piece for o in found if id(o) in ids]

    assert past(PASSED_OVER[3]) == ["开幕", "湖畔"]
    # the same two at two of seven marks: the rate of an article that opens clauses with them
    assert past("据介绍，本届灯会将持续到正月十八，[湖畔]每晚六点亮灯，[开幕]当天还有烟花表演，"
                "园内设有休息区、饮品摊位、儿童乐园和临时医疗点。") == []
    # one piece twice: the article's subject
    assert past("据介绍，[湖畔]本届灯会将持续到正月十八，[湖畔]每晚六点亮灯。") == []
