"""meta.names: credit shapes of sites never seen (lists of reporters before 报道, English and
bracketed bylines, inline author cards, cards with counts, a credit the body cut off its paragraph)."""

from __future__ import annotations

from cleaner import clean
from meta_pages import BODY, TITLE, article, make_page, meta_of


def test_every_reporter_of_a_list_closed_by_baodao() -> None:
    assert meta_of(article("记者林晓雯、陈思琪报道")).authors == ("林晓雯", "陈思琪")
    assert meta_of(article("记者 林晓雯、周建国、许静报道")).authors == ("林晓雯", "周建国", "许静")
    page = make_page((TITLE, 1), "2025-08-26", BODY[0], BODY[1][:-1] + "。（记者 林晓雯、陈思琪报道）")
    assert meta_of(page).authors == ("林晓雯", "陈思琪")
    # A place filed from, after a space, stays no name.
    assert meta_of(article("记者 林晓雯 常州报道")).authors == ("林晓雯",)
    assert meta_of(article("记者林晓雯 上海报道")).authors == ("林晓雯",)


def test_english_byline_line() -> None:
    assert meta_of(article("By Emily Carter")).authors == ("Emily Carter",)
    assert meta_of(article("By Emily Carter and Tom Lee")).authors == ("Emily Carter", "Tom Lee")
    assert meta_of(article("By 2025, more to come")).authors == ()


def test_pen_name_in_square_brackets() -> None:
    assert meta_of(article("作者：【半夏】")).authors == ("半夏",)
    assert meta_of(article("文/【青山】")).authors == ("青山",)


def test_two_spaced_out_names_of_two_characters() -> None:
    assert meta_of(article("记者 唐 宁 白 露")).authors == ("唐宁", "白露")
    assert meta_of(article("作者：许 静")).authors == ("许静",)


def test_author_card_heading_and_name_on_one_line() -> None:
    card = "作者简介：林晓雯，某某大学文学院副教授，主要研究现当代文学。"
    page = article("2025-08-26", after=(card,))
    assert meta_of(page).authors == ("林晓雯",)
    page = article("2025-08-26", after=("作者简介：暂无，欢迎投稿。",))
    assert meta_of(page).authors == ()


def test_profile_card_name_and_counts_on_one_line() -> None:
    assert meta_of(article("林晓雯 粉丝 1.2万 · 文章 356", "2025-08-26")).authors == ("林晓雯",)
    above = make_page("林晓雯 粉丝 1.2万 · 文章 356", "2025-08-26 10:00", (TITLE, 1), *BODY)
    assert meta_of(above).authors == ("林晓雯",)
    assert meta_of(article("首页 粉丝 3 文章 5", "2025-08-26")).authors == ()


def test_editor_on_the_meta_line_above_the_headline() -> None:
    page = make_page("2025-08-26 10:00 来源：某某日报 编辑：赵一鸣", (TITLE, 1), *BODY)
    assert meta_of(page).editor == "赵一鸣"
    page = make_page("编辑：赵一鸣", (TITLE, 1), *BODY)   # no meta line: the site's
    assert meta_of(page).editor is None


def test_credit_glued_after_the_last_sentence_is_the_author_and_no_body() -> None:
    last = ("会议强调，要认真落实各项部署，明确工作目标和任务，确保重点项目按期完工。"
            "区领导张某某、李某某等参加会议。")
    html = ("<html><head><meta charset='utf-8'><title>全市重点项目建设取得新进展_某某网</title></head><body>"
            f"<h1>{TITLE}</h1><div class='info'>2025-08-26 10:00 来源：某某新闻网</div>"
            f"<div class='content'><p>{BODY[0]}</p><p>{BODY[1]}</p>"
            f"<p>{last}记者 \u2002林晓雯</p></div>"
            "<p>扫一扫在手机打开当前页</p></body></html>")
    art = clean(html)
    assert art.authors == ("林晓雯",)
    assert "林晓雯" not in art.text and art.text.endswith("参加会议。")


def test_newspaper_mark_before_names_alone_under_the_headline() -> None:
    assert meta_of(article("2025-08-26 来源：某某日报", "■林晓雯")).authors == ("林晓雯",)
    assert meta_of(article("■林晓雯 周建国")).authors == ("林晓雯", "周建国")
    # After the article the mark opens a section's heading.
    assert meta_of(article("2025-08-26", after=("■周边",))).authors == ()
