"""textdump: plain-text dumps cut into lines, the headline marked, the article's lines chosen.

The dumps here are written for these tests; the seed page of the shared corpus is checked on
every field when the corpus sits beside the checkout.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cleaner import clean
from cleaner.article import REASONS
from cleaner.textdump import parse, select

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed"

BODY = [
    "江州日报讯（记者 周岚）昨日，江州港新建的两座集装箱泊位正式投入使用，港口年通过能力提升到三百万标准箱。",
    "两座泊位全长七百米",
    "新泊位采用自动化岸桥和智能理货系统，船舶靠泊时间比过去缩短了近三成，装卸效率明显提高。",
    "港口负责人表示，下一步将继续拓展航线，力争年内新开通国际航线五条，服务好腹地外贸企业。",
]
DUMP = "\n".join([
    "登录 注册 手机版 客户端",
    "首页 > 新闻 > 本地",
    "江州港两座集装箱泊位投入使用",
    "2025-03-18 10:05:12 来源：江州新闻网",
    "分享到：",
    "某地举办春季风筝节吸引游客",
    "",
    *[line for p in BODY for line in (p, "")],
    "责任编辑：何平",
    "声明：本文转载自网络，仅代表作者观点。",
    "相关推荐",
    "某地举办春季风筝节吸引游客",
    "市民公园迎来赏花季 周末游客量创新高",
    "入春以来，市民公园的樱花、桃花次第开放，吸引了大批市民前来观赏拍照，园方增加了保洁和安保人员，周末",
    "Copyright 2025 江州新闻网 版权所有",
])


def test_parse_marks_the_headline_and_the_meta_line() -> None:
    page = parse(DUMP)
    assert page.kind == "text"
    marked = {b.tag: b.text for b in page.blocks if b.tag != "line"}
    assert marked == {"h1": "江州港两座集装箱泊位投入使用", "meta": "2025-03-18 10:05:12 来源：江州新闻网"}
    assert [b.text for b in page.blocks if b.heading == 1] == ["江州港两座集装箱泊位投入使用"]
    assert all(b.text for b in page.blocks)  # blank lines are dropped


def test_select_keeps_the_body_and_its_subheads() -> None:
    page = parse(DUMP)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    assert [b.text for b in chosen.kept] == BODY


def test_select_drops_chrome_meta_off_topic_headline_and_everything_after_the_end() -> None:
    page = parse(DUMP)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    reasons = {r.text: r.reason for r in chosen.removed}
    assert reasons["登录 注册 手机版 客户端"] == "chrome"
    assert reasons["江州港两座集装箱泊位投入使用"] == "metadata"
    assert reasons["2025-03-18 10:05:12 来源：江州新闻网"] == "metadata"
    assert reasons["分享到："] == "chrome"
    assert reasons["责任编辑：何平"] == "boilerplate"
    assert reasons["相关推荐"] == "recommendation"
    assert reasons["市民公园迎来赏花季 周末游客量创新高"] == "recommendation"
    off_topic = [r for r in chosen.removed if r.text == "某地举办春季风筝节吸引游客"]
    assert off_topic[0].reason == "off-topic" and off_topic[0].position == 5
    assert all(r.reason in REASONS for r in chosen.removed)


def test_blurbs_without_an_end_marker_are_cut_off() -> None:
    dump = "\n".join([
        "江州港两座集装箱泊位投入使用", "2025-03-18 10:05 来源：江州新闻网", *BODY,
        "市民公园迎来赏花季 周末游客量创新高",
        "入春以来，市民公园的樱花、桃花次第开放，吸引了大批市民前来观赏拍照，园方增加了保洁和安保人员，周末",
        "高校毕业生招聘会下周举行",
    ])
    page = parse(dump)
    chosen = select(page.blocks, title="江州港两座集装箱泊位投入使用")
    assert [b.text for b in chosen.kept] == BODY
    assert {r.reason for r in chosen.removed if r.position >= 6} == {"recommendation"}


def test_a_dump_without_headline_falls_back_to_the_best_run_of_prose() -> None:
    page = parse("\n".join(BODY))
    assert not any(b.heading for b in page.blocks)
    chosen = select(page.blocks, title=None)
    assert chosen.kept[0].text == BODY[0]


def test_clean_recognises_a_text_dump() -> None:
    article = clean(DUMP.encode("utf-8"))
    assert article.kind == "text"
    assert article.title == "江州港两座集装箱泊位投入使用"
    assert list(article.paragraphs) == BODY


# --- the seed page ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> tuple[dict, object]:
    page, label = SEED / "seed-000.txt", SEED / "seed-000.json"
    if not page.exists() or not label.exists():
        pytest.skip(f"the shared corpus is not beside the checkout ({SEED})")
    pytest.importorskip("jieba", reason="the repair reads jieba's word list")
    return json.loads(label.read_text(encoding="utf-8")), clean(page.read_bytes())


def test_seed_body_is_exact(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert article.text == label["body"]


def test_seed_metadata(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert article.title == label["title"]
    assert article.published == datetime(2025, 8, 26, 3, 43, 50, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert article.source == "上下同欲网"
    assert article.original_source == "厦门日报"
    assert list(article.authors) == ["张珺"]


def test_seed_repairs_are_the_labelled_fragments(seed: tuple[dict, object]) -> None:
    label, article = seed
    assert len(article.repairs) == 15
    # The label's offsets index the body as the dump prints it: paragraphs apart by a blank line.
    lengths = [len(p) for p in article.paragraphs]
    for r in article.repairs:
        lengths[r.paragraph] += len(r.fragment)
    starts = [sum(n + 2 for n in lengths[:i]) for i in range(len(lengths))]
    found = [{"offset": starts[r.paragraph] + r.offset, "fragment": r.fragment} for r in article.repairs]
    assert found == label["injected"]
