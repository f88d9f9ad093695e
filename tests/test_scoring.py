"""Unit tests of the scoring functions of scripts/evaluate.py, on tiny hand-made strings."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import evaluate  # noqa: E402
from evaluate import (  # noqa: E402
    Page, Prediction, When, authors_f1, normalize, parse_label_date, parse_predicted_date,
    score_body, share_found, shingles, split_authors, title_ok, tokenize)

TRUTH = "今天上午，市政府召开新闻发布会。会议通报了2025年的重点工作。"


# --- body -------------------------------------------------------------------------------------

def test_identical_texts_score_one() -> None:
    assert score_body(TRUTH, TRUTH) == (1.0, 1.0, 1.0)


def test_disjoint_texts_score_zero() -> None:
    assert score_body("甲乙丙丁戊己庚辛", "子丑寅卯辰巳午未") == (0.0, 0.0, 0.0)


def test_empty_prediction_scores_zero_and_two_empties_score_one() -> None:
    assert score_body("", TRUTH) == (0.0, 0.0, 0.0)
    assert score_body(None, TRUTH) == (0.0, 0.0, 0.0)
    assert score_body(" \n", "") == (1.0, 1.0, 1.0)


def test_extra_text_lowers_precision_only() -> None:
    p, r, f1 = score_body(TRUTH + "相关推荐：明星离婚内幕曝光", TRUTH)
    assert r == 1.0
    assert p < 0.8
    assert p < f1 < 1.0


def test_missing_text_lowers_recall_only() -> None:
    half = TRUTH[: len(TRUTH) // 2]
    p, r, _ = score_body(half, TRUTH)
    assert p == 1.0
    assert 0.3 < r < 0.6


def test_optional_strings_are_removed_from_the_prediction() -> None:
    caption = "图为发布会现场。记者 张三 摄"
    assert score_body(TRUTH + caption, TRUTH)[0] < 1.0
    assert score_body(TRUTH + caption, TRUTH, [caption]) == (1.0, 1.0, 1.0)


def test_optional_strings_are_matched_after_normalisation() -> None:
    pred = TRUTH + "（原标题： 发布会 ）"
    assert score_body(pred, TRUTH, ["(原标题:发布会)"]) == (1.0, 1.0, 1.0)


def test_optional_strings_are_removed_from_the_prediction_only() -> None:
    # an optional string that is also part of the truth stays in the truth, so taking it out
    # of the prediction costs recall
    _, r, _ = score_body(TRUTH, TRUTH, ["召开新闻发布会"])
    assert r < 0.9


def test_nfkc_and_whitespace_are_ignored() -> None:
    truth = "新华社北京8月26日电，GDP增长5%。"
    pred = "新华社 北京\n８月２６日电，\u3000ＧＤＰ 增长５％。"
    assert score_body(pred, truth) == (1.0, 1.0, 1.0)


def test_spaces_inside_a_latin_word_join_it() -> None:
    assert tokenize(normalize("Hello World 2025")) == ["HelloWorld2025"]


def test_cjk_characters_are_tokens_of_their_own() -> None:
    assert tokenize("新华社2025年GDP增长，") == [
        "新", "华", "社", "2025", "年", "GDP", "增", "长", "，"]


def test_non_ascii_letters_and_punctuation_stand_alone() -> None:
    assert tokenize("é!ab") == ["é", "!", "ab"]


def test_shingles_are_four_tokens_and_a_multiset() -> None:
    assert shingles(list("一二三四五")) == {
        ("一", "二", "三", "四"): 1, ("二", "三", "四", "五"): 1}
    assert shingles(list("啊啊啊啊啊"))[("啊",) * 4] == 2


def test_texts_shorter_than_four_tokens_are_one_shingle() -> None:
    assert shingles(["你", "好"]) == {("你", "好"): 1}
    assert shingles([]) == {}
    assert score_body("你好", "你好") == (1.0, 1.0, 1.0)
    assert score_body("你好", "你们") == (0.0, 0.0, 0.0)
    # a short text is one shingle: it matches only a text that is exactly it
    assert score_body("你好吗", "你好吗啊") == (0.0, 0.0, 0.0)


def test_spaces_vanish_before_tokenising_so_split_words_match() -> None:
    assert score_body("ABC 12", "ABC12") == (1.0, 1.0, 1.0)


def test_repeated_prediction_halves_precision() -> None:
    p, r, _ = score_body(TRUTH + TRUTH, TRUTH)
    assert r == 1.0
    assert 0.45 < p < 0.55


# --- must_include / must_exclude, title ---------------------------------------------------------

def test_share_found_is_whitespace_and_nfkc_insensitive() -> None:
    output = "第一段，有内容。\n第二段 ：ＡＢＣ。"
    share, found = share_found(["第一段，有内容。", "第二段:ABC。", "不在里面"], output)
    assert share == pytest.approx(2 / 3)
    assert found == ["第一段，有内容。", "第二段:ABC。"]
    assert share_found([], output) == (None, [])


def test_title_is_exact_after_normalisation() -> None:
    assert title_ok("多地项目 连环爆雷 ", "多地项目连环爆雷")
    assert title_ok("ＡＢＣ：新闻", "ABC:新闻")
    assert not title_ok("多地项目连环爆雷_网易新闻", "多地项目连环爆雷")
    assert not title_ok(None, "多地项目连环爆雷")


# --- dates ------------------------------------------------------------------------------------

def test_label_dates_with_and_without_time() -> None:
    assert parse_label_date("2005-5-7 21:23:57") == When(date(2005, 5, 7), (21, 23))
    assert parse_label_date("2019-09-07") == When(date(2019, 9, 7))


@pytest.mark.parametrize("value", [None, "", "2018", "1996-3", "UNKNWON", "刘涛", "2019-02-30"])
def test_partial_or_bad_label_dates_are_not_scored(value: str | None) -> None:
    assert parse_label_date(value) is None


def test_predicted_datetimes_are_compared_in_shanghai_time() -> None:
    utc = datetime(2019, 9, 6, 17, 43, tzinfo=timezone.utc)
    assert parse_predicted_date(utc) == When(date(2019, 9, 7), (1, 43))
    assert parse_predicted_date("2019-09-07T05:43:00+00:00") == When(date(2019, 9, 7), (13, 43))


@pytest.mark.parametrize("value,expected", [
    ("2019-09-07", When(date(2019, 9, 7))),
    ("2019-09-07 13:43:45", When(date(2019, 9, 7), (13, 43))),
    ("发布时间：2019年9月7日 13:43", When(date(2019, 9, 7), (13, 43))),
    ("2019/09/07", When(date(2019, 9, 7))),
    (date(2019, 9, 7), When(date(2019, 9, 7))),
    ("no date here", None),
    (None, None),
])
def test_predicted_date_strings(value: object, expected: When | None) -> None:
    assert parse_predicted_date(value) == expected


# --- authors ----------------------------------------------------------------------------------

def test_author_set_f1() -> None:
    assert authors_f1(["张三", "李四"], ["李四", "张三"]) == 1.0
    assert authors_f1(["张三", "李四"], ["张三"]) == pytest.approx(2 / 3)
    assert authors_f1(["网易"], []) == 0.0
    assert authors_f1([], ["张三"]) == 0.0
    assert authors_f1([], []) is None
    assert authors_f1(["张 三"], ["张三"]) == 1.0


def test_peer_author_strings_are_split() -> None:
    assert split_authors("张三;李四、王五，赵六") == ("张三", "李四", "王五", "赵六")
    assert split_authors("张三 李四") == ("张三", "李四")
    assert split_authors("赵 培") == ("赵培",)
    assert split_authors(None) == ()
    assert split_authors(["张三", " ", "张三"]) == ("张三",)


# --- a page, a summary, a folder --------------------------------------------------------------

def _page(**label: object) -> Page:
    base = {"id": "p1", "set": "toy", "body": TRUTH, "title": "发布会", "authors": ["张三"],
            "date": "2025-08-26 03:43", "source": "某日报", "editor": None}
    base.update(label)
    return Page(id="p1", set="toy", kind="html", path=Path("p1.html"), data=b"", label=base)


def test_score_page_checks_every_field() -> None:
    pred = Prediction(text=TRUTH, title="发布会", authors=("张三",), source="某日报",
                      published=datetime(2025, 8, 26, 3, 43))
    result = evaluate.score_page(_page(), "toy", pred)
    assert result.body_f1 == 1.0
    assert (result.title, result.date_day, result.date_minute, result.source) == (
        True, True, True, True)
    assert result.authors_f1 == 1.0 and result.editor is None
    assert result.failures() == []


def test_score_page_reports_wrong_minute_and_missing_fields() -> None:
    pred = Prediction(text="", published="2025-08-26")
    result = evaluate.score_page(_page(must_include=[TRUTH]), "toy", pred)
    assert (result.date_day, result.date_minute) == (True, False)
    assert result.title is False and result.source is False and result.authors_f1 == 0.0
    assert result.must_include == 0.0
    assert any(f.startswith("date") for f in result.failures())


def test_summary_means_skip_unlabelled_pages() -> None:
    good = evaluate.score_page(_page(), "toy", Prediction(text=TRUTH, title="发布会"))
    bad = evaluate.score_page(_page(title=None), "toy", Prediction(text="无关的文字内容"))
    summary = evaluate.summarize([good, bad])
    assert summary["body_f1"] == pytest.approx(0.5)
    assert summary["good"] == 0.5
    assert summary["title"] == 1.0 and summary["n_title"] == 1
    assert summary["editor"] is None and summary["n_editor"] == 0


def _write_page(folder: Path, page_id: str, body: str, set_name: str | None,
                suffix: str = ".html", content: bytes | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    label = {"id": page_id, "body": body, "title": None, "date": None, "authors": []}
    if set_name:
        label["set"] = set_name
    (folder / f"{page_id}.json").write_text(json.dumps(label, ensure_ascii=False), "utf-8")
    (folder / f"{page_id}{suffix}").write_bytes(content if content is not None
                                                else body.encode("utf-8"))


def test_folders_are_searched_and_grouped_by_set_or_folder(tmp_path: Path) -> None:
    _write_page(tmp_path / "alpha", "a1", TRUTH, "labelled-set")
    _write_page(tmp_path / "beta", "b1", TRUTH, None, suffix=".txt")
    (tmp_path / "beta" / "notes.json").write_text("{}", "utf-8")  # not a label
    pages = evaluate.load_pages([tmp_path])
    assert sorted((p.id, p.set, p.kind) for p in pages) == [
        ("a1", "labelled-set", "html"), ("b1", "beta", "text")]


def test_a_system_that_raises_scores_as_empty_output(tmp_path: Path) -> None:
    _write_page(tmp_path / "s", "x1", TRUTH, "s")
    _write_page(tmp_path / "s", "x2", TRUTH, "s")

    def echo(page: Page) -> Prediction:
        if page.id == "x2":
            raise ValueError("boom")
        return Prediction(text=page.data.decode("utf-8"))

    results = evaluate.evaluate_dir([tmp_path], [("echo", echo)])
    summary = results.summary["s"]["echo"]
    assert summary["errors"] == 1
    assert summary["body_f1"] == pytest.approx(0.5)
    assert [r.error is not None for r in results.pages] == [False, True]


def test_fallback_decoding_reads_declared_gbk() -> None:
    html = '<html><head><meta charset="gb2312"></head><body>新闻正文</body></html>'
    assert "新闻正文" in evaluate._fallback_decode(html.encode("gb18030"))
    assert "新闻正文" in evaluate._fallback_decode(html.encode("utf-8"))
