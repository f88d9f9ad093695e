"""``cleaner explain``: the HTML report of every decision, checked as markup and in a browser.

The unit tests parse the report with lxml. The browser tests render it in headless Chromium
(``--dump-dom`` for the DOM after the page ran, ``--screenshot`` for a picture) and skip, with
the reason, when no Chromium binary is found (``apt-get install chromium``; ``$CHROMIUM`` names
another). Screenshots and reports they make are kept under ``artifacts/explain/`` (gitignored)
for a person to look at.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from cleaner import Article, clean
from cleaner.article import REASONS, Removal, Repair
from cleaner.explain import REASON_STYLES, main, render, report_path, write_report

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "seed-000.txt"
ARTIFACTS = ROOT / "artifacts" / "explain"

#: Hostile text a page may carry as text: if any of it runs in the report, the title or the body
#: says so.
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
ATTR = "x\" onmouseover=\"document.title='pwned'\" data-x=\""

HOSTILE_DUMP = f"""首页 新闻 本地 {IMG}

滨江区智慧停车平台正式上线{SCRIPT}

2024-09-10 14:30 来源：滨江融媒 作者：庞晓宇

9月10日上午，滨江区智慧停车平台正式上线运行。市民通过手机小程序即可查询全区一百六十个停车场、两万三千个泊位的实时空余情况，{SCRIPT}并可提前预约车位、在线缴纳停车费。

据了解，平台整合了商场、医院、居民小区和道路临时泊位等各类停车资源，{IMG}每个停车场入口都安装了车牌识别设备，空余泊位数据每三十秒更新一次。

区交通运输局相关负责人介绍，平台上线后，车主在医院、学校等停车难的区域可以提前半小时预约车位，系统会为其保留十五分钟。

相关推荐

{SCRIPT}滨江区新增公共充电桩三百个
"""


def hand_made(**changes: object) -> Article:
    """An article with one of everything: kept and removed blocks, page-level removals, repairs."""
    fields: dict[str, object] = dict(
        title="厦漳泉都市圈建设",
        paragraphs=("昨日下午,厦漳泉都市圈办公室召开会议,会上发布了工作机制。", "三市将协同推进。"),
        positions=(2, 4),
        scores=(88.5, 12.0),
        removed=(
            Removal("首页 新闻", "chrome", "above the headline", 0),
            Removal("厦漳泉都市圈建设", "metadata", "the headline", 1, -3.5),
            Removal("热门文章", "recommendation", "after the end of the article", 5),
            Removal("猜你喜欢的另一篇", "off-topic", "no shared vocabulary", 3, 4.25),
            Removal("都市", "hidden", "inline style"),
        ),
        # As found: "昨日下午,年厦厦漳泉都市圈办公室召开会议,漳泉会上发布了工作机制。"
        repairs=(Repair("年厦", 0, 5, "headline fragment in headline order"),
                 Repair("漳泉", 0, 21, "headline fragment in headline order")),
        provenance=(("title", "h1"), ("source", "来源 in the meta line")),
        source="厦门日报", encoding="utf-8", kind="html",
    )
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def parse(report: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(report)


def blocks(doc: lxml.html.HtmlElement, section: str = "blocks") -> list[lxml.html.HtmlElement]:
    return list(doc.xpath(f'//section[@id="{section}"]//*[@data-verdict]'))


def shown_text(block: lxml.html.HtmlElement) -> str:
    """A block's text with its struck-out repairs: the paragraph as found on the page."""
    return str(block.xpath('.//p[@class="text"]')[0].text_content())


# --------------------------------------------------------------------------------------------
# The report as markup


def test_blocks_are_merged_in_page_order_with_verdict_reason_detail_and_score() -> None:
    doc = parse(render(hand_made()))
    rows = [(b.get("data-position"), b.get("data-verdict"), b.get("data-reason"),
             b.get("data-score")) for b in blocks(doc)]
    assert rows == [("0", "removed", "chrome", ""), ("1", "removed", "metadata", "-3.5"),
                    ("2", "kept", "", "88.5"), ("3", "removed", "off-topic", "4.25"),
                    ("4", "kept", "", "12"), ("5", "removed", "recommendation", "")]
    off_topic = blocks(doc)[3]
    assert off_topic.get("class") == "block removed reason-off-topic"
    assert off_topic.xpath('string(.//*[@class="badge"])') == "off-topic"
    assert off_topic.xpath('string(.//*[@class="detail"])') == "no shared vocabulary"
    assert blocks(doc)[2].get("class") == "block kept"


def test_removals_without_a_position_get_their_own_section() -> None:
    article = hand_made(paragraphs=(), positions=(), scores=(), repairs=(), removed=(
        Removal("都市", "hidden", "inline style"),
        Removal("", "no-article", "an error page"),
        Removal("抱歉，页面不存在", "chrome", "no article on the page", 2),
    ))
    doc = parse(render(article))
    assert [b.get("data-reason") for b in blocks(doc, "page-level")] == ["hidden", "no-article"]
    assert [b.get("data-position") for b in blocks(doc)] == ["2"]
    assert "an error page" in doc.xpath('string(//*[contains(@class, "verdict")])')


def test_repairs_are_put_back_at_their_offsets_as_found_and_struck_out() -> None:
    doc = parse(render(hand_made()))
    first = blocks(doc)[2]
    assert shown_text(first) == "昨日下午,年厦厦漳泉都市圈办公室召开会议,漳泉会上发布了工作机制。"
    dels = first.xpath('.//del')
    assert [(d.text, d.get("class"), d.get("title"), d.get("data-offset")) for d in dels] == [
        ("年厦", "repair", "headline fragment in headline order", "5"),
        ("漳泉", "repair", "headline fragment in headline order", "21")]
    # The text outside the <del>s is the article's paragraph, untouched.
    kept = "".join(t for t in first.xpath('.//p[@class="text"]/text()'))
    assert kept == hand_made().paragraphs[0]


def test_repairs_at_the_start_and_end_of_a_paragraph_are_placed() -> None:
    article = hand_made(paragraphs=("会议召开。",), positions=(0,), scores=(1.0,), removed=(),
                        repairs=(Repair("年厦", 0, 0, "r"), Repair("漳泉", 0, 7, "r")))
    block = blocks(parse(render(article)))[0]
    assert shown_text(block) == "年厦会议召开。漳泉"
    assert [d.text for d in block.xpath(".//del")] == ["年厦", "漳泉"]


def test_repairs_that_do_not_fit_their_paragraph_are_listed_not_misplaced() -> None:
    article = hand_made(repairs=(Repair("年厦", 0, 5, "r"), Repair("都市", 0, 6, "overlaps"),
                                 Repair("漳泉", 7, 0, "no such paragraph")))
    doc = parse(render(article))
    assert not blocks(doc)[2].xpath(".//del")
    assert shown_text(blocks(doc)[2]) == article.paragraphs[0]
    listed = doc.xpath('//section[@id="unplaced-repairs"]//del[contains(@class, "repair")]')
    assert sorted(d.text for d in listed) == ["年厦", "漳泉", "都市"]


def test_metadata_is_shown_with_where_it_was_found() -> None:
    doc = parse(render(hand_made()))
    rows = {tr.get("data-field"): [td.text_content() for td in tr.xpath("td")]
            for tr in doc.xpath('//section[@id="metadata"]//tr[@data-field]')}
    assert rows["title"] == ["厦漳泉都市圈建设", "h1"]
    assert rows["source"] == ["厦门日报", "来源 in the meta line"]
    assert rows["editor"] == ["not found", "—"]


def test_summary_counts_blocks_by_reason_and_names_encoding_kind_extractor() -> None:
    doc = parse(render(hand_made()))
    counts = {tr.get("data-reason"): tr.xpath('string(td[@class="n"])')
              for tr in doc.xpath('//section[@id="summary"]//tr[@data-reason]')}
    assert counts == {"kept": "2", "chrome": "1", "metadata": "1", "recommendation": "1",
                      "off-topic": "1", "hidden": "1", "repair": "2"}
    facts = {dd.get("data-field"): dd.text for dd in doc.xpath("//dd[@data-field]")}
    assert facts == {"encoding": "utf-8", "kind": "html", "extractor": "cleaner"}


def test_every_reason_has_a_colour_in_the_legend() -> None:
    assert set(REASONS) <= set(REASON_STYLES)
    legend = parse(render(hand_made())).xpath('string(//section[@id="legend"])')
    assert all(reason in legend for reason in REASONS)


def test_paragraphs_without_positions_keep_their_order() -> None:
    article = Article(paragraphs=("First paragraph.", "Second paragraph."), extractor="trafilatura",
                      removed=(Removal("", "chrome", "page cut"),))
    doc = parse(render(article))
    assert [b.text_content() for b in doc.xpath('//section[@id="blocks"]//p[@class="text"]')] == [
        "First paragraph.", "Second paragraph."]
    assert [b.get("data-position") for b in blocks(doc)] == ["", ""]


def test_a_batch_record_renders_like_the_article() -> None:
    article = clean(SEED.read_bytes()) if SEED.exists() else hand_made()
    record = json.loads(json.dumps({"path": "a.txt", "ok": True, **article.to_dict()}))
    assert render(record, source_name="a.txt") == render(article, source_name="a.txt")


def test_an_error_record_says_what_went_wrong() -> None:
    record = {"path": "a.html", "ok": False, "error_type": "timeout",
              "error": "timed out after 30 s"}
    doc = parse(render(record))
    assert "timed out after 30 s" in doc.xpath('string(//section[@id="summary"])')
    assert "a.html" in doc.xpath("string(//header)")


def test_the_report_fetches_nothing_and_runs_nothing() -> None:
    report = render(hand_made(), source_name="page.html", url="https://news.example.cn/1.html")
    doc = parse(report)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in csp and "style-src 'unsafe-inline'" in csp
    assert "img-src data:" in csp
    assert not doc.xpath("//script | //img | //link | //iframe | //object | //embed")
    assert not doc.xpath("//@src | //@href")
    assert not any(name.startswith("on") for el in doc.iter() for name in el.attrib)


def test_page_text_is_escaped_wherever_it_appears() -> None:
    hostile = SCRIPT + IMG + ATTR
    article = hand_made(
        title=hostile, source=hostile, editor=hostile, authors=(hostile,),
        paragraphs=("会议召开。" + hostile, hostile), positions=(2, 4), scores=(1.0, 2.0),
        removed=(Removal(hostile, hostile, hostile, 0), Removal(hostile, "hidden", hostile)),
        repairs=(Repair(hostile, 0, 0, hostile),),
        provenance=((hostile, hostile), ("title", hostile)), encoding=hostile, kind=hostile)
    report = render(article, source_name=hostile, url=hostile)
    doc = parse(report)
    assert not doc.xpath("//script | //img")
    assert not any(name.startswith("on") or name == "data-x" for el in doc.iter()
                   for name in el.attrib)
    assert doc.findtext(".//title") == f"cleaner explain: {hostile}"
    # title, h1, metadata values and their provenance, removed texts and details, the source name
    assert sum(el.text == hostile for el in doc.iter()) >= 10
    removed = blocks(doc)[0]
    assert removed.get("data-reason") == hostile
    tokens = removed.get("class").split()
    assert tokens[:2] == ["block", "removed"] and len(tokens) == 3
    assert re.fullmatch(r"reason-[a-z0-9-]+", tokens[2])
    assert shown_text(blocks(doc)[1]) == hostile + "会议召开。" + hostile


def test_html_page_text_that_looks_like_markup_stays_text() -> None:
    page = ("<html><head><title>图书馆开馆</title></head><body><h1>图书馆开馆</h1>"
            "<p>2025年8月26日 10:30 来源：厦门日报</p>"
            "<p>图书馆开馆昨日举行，&lt;script&gt;document.title='pwned'&lt;/script&gt;来自各地的"
            "读者参加了活动，&lt;img src=x onerror=alert(1)&gt;活动讨论了阅读推广的具体安排。</p>"
            "<p>与会代表表示，将认真落实会议精神，推动各项工作取得新的成效，更好地服务群众。</p>"
            "</body></html>")
    article = clean(page)
    assert SCRIPT in article.text
    doc = parse(render(article))
    assert not doc.xpath("//script | //img")
    assert any(SCRIPT in shown_text(b) for b in blocks(doc))


# --------------------------------------------------------------------------------------------
# Writing reports: write_report, report_path, cleaner explain


def test_write_report_creates_the_directory_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "reports" / "a.explain.html"
    write_report(hand_made(), target, "a.html")
    write_report(hand_made(title="第二版"), target, "a.html")  # replaced in place
    assert os.listdir(tmp_path / "reports") == ["a.explain.html"]
    assert "第二版" in target.read_text(encoding="utf-8")


def test_report_path_is_safe_stable_and_distinct() -> None:
    warc = "crawl/CC-MAIN-1.warc.gz#urn:uuid:1b2c3d4e-0000-4000-8000-000000000001"
    name = report_path("out", warc)
    assert os.path.dirname(name) == "out" and name.endswith(".explain.html")
    assert "/" not in os.path.basename(name) and "#" not in name and ":" not in name
    assert report_path("out", warc) == name
    assert report_path("out", "a/index.html") != report_path("out", "b/index.html")
    assert os.path.dirname(report_path("out", "../../etc/passwd")) == "out"
    assert os.path.basename(report_path("out", "..")).startswith("page-")


def test_explain_writes_the_report_beside_the_page_and_prints_its_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "portal_library_opening.html", page)
    assert main([str(page)]) == 0
    report = tmp_path / "page.html.explain.html"
    assert capsys.readouterr().out == f"{report}\n"
    doc = parse(report.read_text(encoding="utf-8"))
    assert len(doc.xpath('//*[@data-verdict="kept"]')) == len(clean(page.read_bytes()).paragraphs)


def test_explain_writes_to_o_and_passes_the_url(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "r.html"
    url = "https://news.example.cn/2024/0315/1.html"
    assert main([str(FIXTURES / "portal_library_opening.html"), "-o", str(out), "--url", url]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert url in parse(out.read_text(encoding="utf-8")).xpath("string(//header)")


def test_explain_reads_stdin_and_writes_stdout(monkeypatch: pytest.MonkeyPatch,
                                               capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    data = (FIXTURES / "textdump_village_clinic.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["-"]) == 0
    report = capfdbinary.readouterr().out.decode("utf-8")
    assert report.startswith("<!DOCTYPE html>") and "(stdin)" in report


def test_explain_opens_the_report_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    out = tmp_path / "r.html"
    assert main([str(FIXTURES / "error_404.html"), "-o", str(out), "--open"]) == 0
    assert opened == [out.resolve().as_uri()]
    assert "no article found" in capsys.readouterr().err


def test_explain_reads_gzipped_pages(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((FIXTURES / "portal_library_opening.html").read_bytes()))
    assert main([str(page)]) == 0
    report = (tmp_path / "page.html.gz.explain.html").read_text(encoding="utf-8")
    assert len(parse(report).xpath('//*[@data-verdict="kept"]')) == 8


@pytest.mark.parametrize("name, content, message", [
    ("page.html", None, "No such file"),
    ("page.html", b"", "empty"),
    ("page.html.gz", b"not gzip at all", "gzip"),
])
def test_explain_fails_with_a_message_when_there_is_no_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None,
        message: str) -> None:
    page = tmp_path / name
    if content is not None:
        page.write_bytes(content)
    assert main([str(page)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"cleaner explain: {page}: ") and message.lower() in err.lower()
    assert not list(tmp_path.glob("*.explain.html"))


def test_explain_usage_errors_exit_2() -> None:
    assert main([]) == 2
    assert main(["--help"]) == 0


# --------------------------------------------------------------------------------------------
# In a real browser


def _chromium() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome",
                 "google-chrome-stable"):
        if name and (found := shutil.which(name)):
            return found
    return None


CHROMIUM = _chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (apt-get install chromium, or set $CHROMIUM)")


def run_chromium(tmp_path: Path, page: Path, *args: str) -> str:
    """Headless Chromium on a local file, no network or profile state; its stdout."""
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--hide-scrollbars", f"--user-data-dir={profile}", *args,
               page.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done.stdout.decode("utf-8")


def rendered(tmp_path: Path, report: Path) -> lxml.html.HtmlElement:
    """The report's DOM after Chromium loaded it and ran whatever it would run."""
    return lxml.html.document_fromstring(run_chromium(tmp_path, report, "--dump-dom"))


def screenshot(tmp_path: Path, report: Path, png: Path) -> None:
    png.parent.mkdir(parents=True, exist_ok=True)
    run_chromium(tmp_path, report, f"--screenshot={png}", "--window-size=1280,2000")
    assert png.stat().st_size > 10_000


@needs_chromium
def test_seed_page_report_in_a_browser_marks_blocks_and_strikes_out_repairs(tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip(f"the seed corpus is not beside the checkout ({SEED})")
    article = clean(SEED.read_bytes())
    assert article.repairs, "the seed page is an injection page: it must get repairs"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = ARTIFACTS / "seed-000.explain.html"
    write_report(article, report, "seed-000.txt")

    doc = rendered(tmp_path, report)
    kept = doc.xpath('//*[@data-verdict="kept"]')
    assert len(kept) == len(article.paragraphs)
    assert [k.get("data-position") for k in kept] == [str(p) for p in article.positions]
    assert len(doc.xpath('//*[@data-verdict="removed"]')) == len(article.removed)
    reasons = {el.get("data-reason") for el in doc.xpath('//*[@data-verdict="removed"]')}
    assert {"chrome", "recommendation", "off-topic"} <= reasons
    dels = doc.xpath('//section[@id="blocks"]//del[@class="repair"]')
    assert [d.text for d in dels] == [r.fragment for r in sorted(
        article.repairs, key=lambda r: (r.paragraph, r.offset))]
    # With the fragments put back, a repaired paragraph reads as the line did on the page.
    lines = {line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()}
    for index in {r.paragraph for r in article.repairs}:
        assert shown_text(kept[index]) in lines
    screenshot(tmp_path, report, ARTIFACTS / "seed-000.png")


@needs_chromium
def test_fixture_report_in_a_browser_lists_hidden_text_apart(tmp_path: Path) -> None:
    page = FIXTURES / "hidden_injection_smart_parking.html"
    article = clean(page.read_bytes())
    report = tmp_path / "report.html"
    write_report(article, report, page.name)
    doc = rendered(tmp_path, report)
    assert len(doc.xpath('//*[@data-verdict="kept"]')) == len(article.paragraphs) == 4
    positioned = [r for r in article.removed if r.position >= 0]
    in_order = doc.xpath('//section[@id="blocks"]//*[@data-verdict="removed"]')
    assert len(in_order) == len(positioned)
    hidden = doc.xpath('//section[@id="page-level"]//*[@data-verdict="removed"]')
    assert len(hidden) == sum(r.reason == "hidden" for r in article.removed) > 0
    assert {h.get("data-reason") for h in hidden} == {"hidden"}
    assert all("reason-hidden" in h.get("class").split() for h in hidden)
    positions = [int(b.get("data-position")) for b in doc.xpath(
        '//section[@id="blocks"]//*[@data-verdict]')]
    assert positions == sorted(positions)


@needs_chromium
def test_hostile_page_text_does_not_run_in_the_browser(tmp_path: Path) -> None:
    # Control: the same markup left unescaped does run in this browser, so the check can fail.
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><title>report</title><p>x</p>{SCRIPT}{IMG}",
                       encoding="utf-8")
    ran = rendered(tmp_path, control)
    assert ran.findtext(".//title") == "pwned" and ran.body.get("data-pwned") == "1"

    article = clean(HOSTILE_DUMP.encode("utf-8"))
    assert SCRIPT in article.text and IMG in article.text  # the payload reached the article
    assert any(SCRIPT in r.text for r in article.removed)
    report = tmp_path / "hostile.html"
    write_report(article, report, source_name=SCRIPT + IMG)
    doc = rendered(tmp_path, report)
    assert doc.findtext(".//title") != "pwned"
    assert doc.findtext(".//title").startswith("cleaner explain")
    assert doc.body.get("data-pwned") is None
    assert not doc.xpath("//script | //img")
    texts = [shown_text(b) for b in doc.xpath('//*[@data-verdict]')]
    assert any(SCRIPT in t for t in texts) and any(IMG in t for t in texts)


def test_batch_explain_dir_writes_one_report_per_page(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("portal_library_opening.html", "error_404.html"):
        shutil.copy(FIXTURES / name, pages / name)
    out, reports = tmp_path / "out.jsonl", tmp_path / "reports"
    from cleaner.cli import main as cli_main
    assert cli_main(["batch", str(pages), "-o", str(out), "-j", "1", "-q",
                     "--explain-dir", str(reports)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    written = sorted(reports.glob("*.explain.html"))
    assert len(written) == len(records) == 2
    for record in records:
        report = Path(report_path(str(reports), record["path"]))
        tree = lxml.html.fromstring(report.read_text(encoding="utf-8"))
        verdicts = {el.get("data-verdict") for el in tree.xpath("//*[@data-verdict]")}
        assert "removed" in verdicts
        assert ("kept" in verdicts) == bool(record["text"])
