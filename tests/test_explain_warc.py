"""``cleaner explain`` on a WARC file: a report per page record, or one record named FILE#ID."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import lxml.html
import pytest

pytest.importorskip("warcio", reason="cleaner.warc reads with warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from cleaner import clean  # noqa: E402
from cleaner.batch import WARC_SUFFIXES  # noqa: E402
from cleaner.explain import main, report_path  # noqa: E402

PARK = ("<html><head><title>滨河公园改造完工 市民周末赏秋_江城晚报</title></head><body>"
        "<div class=nav>首页 新闻 本地</div><h1>滨河公园改造完工 市民周末赏秋</h1>"
        "<p>2025-10-18 09:30 来源：江城晚报</p>"
        "<p>历时八个月的滨河公园改造工程日前完工，新铺设的步道沿河延伸三公里，串起六处观景平台。</p>"
        "<p>周末天气晴好，不少市民带着孩子来到公园散步赏秋，园内新栽的银杏和枫树已经开始变色。</p>"
        "<p>公园管理处表示，夜间照明和公共卫生间将在本月内全部投入使用。</p></body></html>")
BUS = ("<html><head><title>城东新开两条公交线路_江城晚报</title></head><body>"
       "<h1>城东新开两条公交线路</h1><p>2025-10-20 08:00 来源：江城晚报</p>"
       "<p>为方便城东新区居民出行，市公交集团二十日起开通两条新线路，连接高铁站和三个大型社区。</p>"
       "<p>两条线路早晚高峰发车间隔十分钟，平峰二十分钟，票价均为一元。</p></body></html>")
URLS = ("http://news.example.cn/park.html", "http://news.example.cn/bus.html")


def write_warc(path: Path, pages: dict[str, tuple[str, str, str]]) -> list[str]:
    """A WARC of ``{url: (status, mime, body)}`` responses, each after its request; the record
    paths (FILE#ID) of the responses, in order."""
    paths = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for url, (status, mime, body) in pages.items():
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.cn")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")),
                http_headers=StatusAndHeaders(status, [("Content-Type", mime)], protocol="HTTP/1.1"))
            writer.write_record(record)
            paths.append(f"{path}#{record.rec_headers.get_header('WARC-Record-ID')[1:-1]}")
    return paths


def crawl(tmp_path: Path) -> tuple[Path, list[str]]:
    """Two article pages, a 404 and an image, in that order."""
    warc = tmp_path / "crawl.warc.gz"
    paths = write_warc(warc, {
        URLS[0]: ("200 OK", "text/html; charset=utf-8", PARK),
        "http://news.example.cn/gone.html": ("404 Not Found", "text/html", "<html>没有这个页面</html>"),
        URLS[1]: ("200 OK", "text/html; charset=utf-8", BUS),
        "http://news.example.cn/logo.png": ("200 OK", "image/png", "PNG"),
    })
    return warc, paths


def kept(report: Path) -> list[str]:
    tree = lxml.html.fromstring(report.read_text(encoding="utf-8"))
    return [el.text_content() for el in tree.xpath('//*[@data-verdict="kept"]//p[@class="text"]')]


def test_a_warc_file_gives_a_report_per_page_record(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from cleaner import explain
    assert explain.WARC_SUFFIXES == WARC_SUFFIXES  # read by the names batch reads as WARC
    warc, paths = crawl(tmp_path)
    assert main([str(warc)]) == 0
    folder = tmp_path / "crawl.warc.gz.explain"
    reports = [Path(report_path(str(folder), paths[i])) for i in (0, 2)]
    assert capsys.readouterr().out.splitlines() == [str(r) for r in reports]
    assert sorted(folder.iterdir()) == sorted(reports)  # none for the 404 and the image
    for report, url, page in zip(reports, URLS, (PARK, BUS)):
        header = lxml.html.fromstring(report.read_text(encoding="utf-8")).xpath("string(//header)")
        assert url in header and "crawl.warc.gz#urn:uuid:" in header
        assert kept(report) == list(clean(page).paragraphs)


def test_o_names_the_folder_of_a_warc_files_reports(tmp_path: Path) -> None:
    warc, paths = crawl(tmp_path)
    assert main([str(warc), "-o", str(tmp_path / "reports")]) == 0
    assert sorted((tmp_path / "reports").iterdir()) == sorted(
        Path(report_path(str(tmp_path / "reports"), paths[i])) for i in (0, 2))


def test_file_hash_id_explains_one_record(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    warc, paths = crawl(tmp_path)
    assert main([paths[2]]) == 0
    report = Path(report_path(str(tmp_path), paths[2]))
    assert capsys.readouterr().out == f"{report}\n"
    assert kept(report) == list(clean(BUS).paragraphs)
    assert sorted(tmp_path.glob("*.explain.html")) == [report]


def test_file_hash_id_with_o_dash_writes_the_report_to_stdout(
        tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    warc, paths = crawl(tmp_path)
    assert main([paths[0], "-o", "-"]) == 0
    shown = capfdbinary.readouterr().out.decode("utf-8")
    assert shown.startswith("<!DOCTYPE html>") and URLS[0] in shown and "城东" not in shown


def test_open_opens_one_report_not_every_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    warc, paths = crawl(tmp_path)
    assert main([str(warc), "--open"]) == 0
    assert opened == [] and "--open opens one report" in capsys.readouterr().err
    assert main([paths[0], "--open"]) == 0
    assert opened == [Path(report_path(str(tmp_path), paths[0])).resolve().as_uri()]


def test_a_warc_with_no_page_or_no_such_record_fails_clearly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "none.warc"
    write_warc(empty, {"http://news.example.cn/gone.html": ("404 Not Found", "text/html", "无"),
                       "http://news.example.cn/a.css": ("200 OK", "text/css", "p{}")})
    assert main([str(empty)]) == 1
    assert "no page in this WARC file" in capsys.readouterr().err
    warc, paths = crawl(tmp_path)
    assert main([f"{warc}#urn:uuid:00000000-0000-0000-0000-000000000000"]) == 1
    assert "no such record" in capsys.readouterr().err
    assert main([paths[1]]) == 1
    assert "not a page (HTTP status 404)" in capsys.readouterr().err
    assert not list(tmp_path.rglob("*.explain.html"))


def test_a_whole_warc_takes_no_url_and_no_stdout(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    warc, _ = crawl(tmp_path)
    assert main([str(warc), "-o", "-"]) == 2
    assert "FILE#ID" in capsys.readouterr().err
    assert main([str(warc), "--url", URLS[0]]) == 2
    assert "WARC-Target-URI" in capsys.readouterr().err


def test_a_warc_cut_short_keeps_the_reports_before_the_cut_and_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = tmp_path / "whole.warc"
    paths = write_warc(whole, {URLS[0]: ("200 OK", "text/html", PARK),
                               URLS[1]: ("200 OK", "text/html", BUS)})
    cut = tmp_path / "cut.warc"
    data = whole.read_bytes()
    cut.write_bytes(data[:data.rindex("城东".encode("utf-8"))])  # inside the second page
    assert main([str(cut)]) == 1
    out, err = capsys.readouterr()
    record = paths[0].split("#", 1)[1]
    first = report_path(str(tmp_path / "cut.warc.explain"), f"{cut}#{record}")
    assert out.splitlines() == [first]
    assert f"cleaner explain: {cut}: broken WARC file after 2 records" in err


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_on_stdin_is_refused_with_a_usage_error(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    """Its reports are named by the file's name (FILE#ID), which stdin does not have; read as one
    page it gave a report of the archive's headers, or 'looks like gzip data'."""
    warc = tmp_path / name
    write_warc(warc, {URLS[0]: ("200 OK", "text/html; charset=utf-8", PARK)})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(warc.read_bytes())))
    assert main(["-"]) == 2
    out, err = capfd.readouterr()
    assert out == "" and "stdin holds a WARC file" in err
