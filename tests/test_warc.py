"""cleaner.warc on WARCs written by warcio: record kinds, payload encodings, errors, Common Crawl."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="cleaner.warc reads with warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from cleaner import clean  # noqa: E402
from cleaner.records import Document, Skipped, clean_document  # noqa: E402
from cleaner.warc import count_pages, iter_warc_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = sorted((ROOT / "fixtures").glob("*.html"))

PAGE = ("<html><head><title>湿地公园迎来候鸟</title></head><body><h1>湿地公园迎来候鸟</h1>"
        "<p>2025年8月26日 来源：本地日报</p>"
        "<p>入秋以来，湿地公园迎来大批候鸟栖息，观鸟爱好者纷纷前来拍摄，园方加强了巡护工作。</p>"
        "<p>园方提醒游客文明观鸟，不要投喂和惊扰鸟类，共同守护这片难得的生态家园。</p>"
        "</body></html>").encode("utf-8")


def chunked(body: bytes, size: int = 100) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
             for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


class Warc:
    """A WARC being written by warcio; each helper adds one record."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "wb")
        self.writer = WARCWriter(self._file, gzip=path.name.endswith(".gz"))

    def response(self, url: str, body: bytes, *, status: str = "200 OK", mime: str = "text/html",
                 encoding: str = "", chunk: bool = False, **warc: str) -> None:
        headers = [("Content-Type", mime)]
        if encoding == "gzip":
            body = gzip.compress(body)
        elif encoding == "deflate":
            body = zlib.compress(body)
        if encoding:
            headers.append(("Content-Encoding", encoding))
        if chunk:
            body = chunked(body)
            headers.append(("Transfer-Encoding", "chunked"))
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={k.replace("_", "-"): v for k, v in warc.items()})
        self.writer.write_record(record)

    def request(self, url: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.cn")], is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=http))

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                                   url, "2025-08-26T00:00:00Z", http_headers=http)
        self.writer.write_record(record)

    def close(self) -> Path:
        self._file.close()
        return self.path


def read(path: Path, **kwargs: int) -> tuple[dict[str, Document], dict[str, str]]:
    """Documents by URL and Skipped reasons by URL (looked up through the record paths)."""
    items = list(iter_warc_documents(str(path), **kwargs))
    docs = {d.url or d.path: d for d in items if isinstance(d, Document)}
    skipped = {s.path: s.reason for s in items if isinstance(s, Skipped)}
    return docs, skipped


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_every_record_kind_and_payload_encoding(tmp_path: Path, name: str) -> None:
    warc = Warc(tmp_path / name)
    for encoding in ("", "gzip", "deflate"):
        for chunk in (False, True):
            url = f"http://news.example.cn/{encoding or 'plain'}-{'chunked' if chunk else 'whole'}.html"
            warc.request(url)
            warc.response(url, PAGE, encoding=encoding, chunk=chunk)
    warc.revisit("http://news.example.cn/plain-whole.html")
    warc.response("http://news.example.cn/missing", b"<html>not found</html>", status="404 Not Found")
    warc.response("http://news.example.cn/broken", b"<html>server error</html>",
                  status="500 Internal Server Error")
    warc.response("http://news.example.cn/logo.png", b"\x89PNG\r\n", mime="image/png")
    docs, skipped = read(warc.close())
    assert len(docs) == 6  # requests and the revisit are passed over, not pages
    assert all(d.data == PAGE and d.error is None for d in docs.values())
    assert sorted(skipped.values()) == ["HTTP status 404", "HTTP status 500",
                                        "not a page (image/png)"]
    assert count_pages(str(warc.path)) == 6 + 3


def test_gzip_members_one_per_record_and_the_warc_headers_are_kept(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "crawl.warc.gz")
    warc.response("http://news.example.cn/a.html", PAGE, WARC_Date="2025-08-26T03:43:50Z")
    warc.response("http://news.example.cn/b.html", PAGE.replace(b"2025", b"2024"))
    path = warc.close()
    members = path.read_bytes().count(b"\x1f\x8b\x08")
    assert members >= 2
    items = list(iter_warc_documents(str(path)))
    assert [d.url for d in items] == ["http://news.example.cn/a.html", "http://news.example.cn/b.html"]
    assert all(d.path.startswith(f"{path}#urn:uuid:") for d in items)
    assert items[0].fetched is not None and items[0].fetched.isoformat() == "2025-08-26T03:43:50+00:00"


def test_http_charset_is_passed_on(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "x.warc.gz")
    gbk = PAGE.decode("utf-8").encode("gbk")
    warc.response("http://news.example.cn/gbk.html", gbk, mime='text/html; charset="GBK"',
                  encoding="gzip", chunk=True)
    [doc] = iter_warc_documents(str(warc.close()))
    assert isinstance(doc, Document) and (doc.data, doc.charset) == (gbk, "gbk")


def test_common_crawl_identified_payload_type_decides_over_the_served_type(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "cc.warc.gz")
    warc.response("http://a.example.cn/1", PAGE, mime="application/octet-stream",
                  WARC_Identified_Payload_Type="text/html")
    warc.response("http://a.example.cn/2", b"\xff\xd8\xff\xe0 JFIF", mime="text/html",
                  WARC_Identified_Payload_Type="image/jpeg")
    docs, skipped = read(warc.close())
    assert list(docs) == ["http://a.example.cn/1"] and docs["http://a.example.cn/1"].data == PAGE
    assert list(skipped.values()) == ["not a page (image/jpeg)"]


def test_common_crawl_truncated_payload_is_still_a_page(tmp_path: Path) -> None:
    # The crawler stopped at its size limit and said so: the record is whole, the page cut.
    warc = Warc(tmp_path / "cc.warc.gz")
    warc.response("http://a.example.cn/long", PAGE[:300], WARC_Truncated="length")
    [doc] = iter_warc_documents(str(warc.close()))
    assert isinstance(doc, Document) and doc.error is None and doc.data == PAGE[:300]


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
@pytest.mark.parametrize("keep", [0.3, 0.55, 0.8, 0.97])
def test_a_file_cut_short_keeps_its_whole_records_and_ends_with_an_error(
        tmp_path: Path, name: str, keep: float) -> None:
    warc = Warc(tmp_path / ("full" + name[3:]))
    for i in range(4):
        warc.response(f"http://news.example.cn/{i}.html", PAGE)
    data = warc.close().read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[:int(len(data) * keep)])
    items = list(iter_warc_documents(str(cut)))
    assert isinstance(items[-1], Document) and items[-1].path == str(cut)
    assert "broken WARC file" in (items[-1].error or "")
    assert all(d.data == PAGE for d in items[:-1])  # no page is given cut by the end of the file


def test_a_whole_file_is_not_broken(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "whole.warc")
    for i in range(4):
        warc.response(f"http://news.example.cn/{i}.html", PAGE)
    items = list(iter_warc_documents(str(warc.close())))
    assert len(items) == 4 and all(d.error is None for d in items)
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    assert list(iter_warc_documents(str(tmp_path / "empty.warc.gz"))) == []


def test_a_body_over_the_limit_is_an_error_and_a_bomb_is_cut(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "big.warc.gz")
    limit = 64 << 10
    warc.response("http://a.example.cn/big", PAGE * 300)
    bomb = b"<p>" + b"a" * (16 << 20)  # 16 MB that gzip takes to a few kB
    warc.response("http://a.example.cn/bomb", bomb, encoding="gzip")
    docs, _ = read(warc.close(), max_bytes=limit)
    assert "over the size limit" in (docs["http://a.example.cn/big"].error or "")
    cut = docs["http://a.example.cn/bomb"].data
    assert cut is not None and len(cut) == limit + 1  # one byte over: clean() says too large


def pages_for_parity() -> list[Path]:
    pages = list(FIXTURES)
    if CORPUS.is_dir():
        pages += sorted(CORPUS.glob("*/*.html")) + sorted(CORPUS.glob("*/*.txt"))
    return pages


def test_each_200_response_gives_the_text_of_the_page_file(tmp_path: Path) -> None:
    """Every page served in a WARC (whole, gzip, chunked, both) cleans to the text its file does."""
    pages = pages_for_parity()
    assert pages, "no fixtures"
    warc = Warc(tmp_path / "pages.warc.gz")
    for i, page in enumerate(pages):
        mime = "text/plain" if page.suffix == ".txt" else "text/html"
        warc.request(f"http://news.example.cn/{i}")
        warc.response(f"http://news.example.cn/{i}", page.read_bytes(), mime=mime,
                      encoding="gzip" if i % 2 else "", chunk=i % 4 >= 2,
                      WARC_Identified_Payload_Type=mime)
    warc.response("http://news.example.cn/gone", b"<html>gone</html>", status="404 Not Found")
    docs, skipped = read(warc.close())
    assert len(docs) == len(pages) and len(skipped) == 1
    for i, page in enumerate(pages):
        record = clean_document(docs[f"http://news.example.cn/{i}"])
        direct = clean(page.read_bytes())
        assert record["ok"], page.name
        assert record["text"] == direct.text, page.name


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_warc_piped_to_cleaner_is_cleaned_page_by_page(
        tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    """``cleaner - < crawl.warc.gz`` as ``cleaner crawl.warc.gz``: the page records, named
    ``-#ID``; before, the archive was read as one page ('looks like gzip data', or no article)."""
    import json
    import sys

    from cleaner.cli import main
    from cleaner.records import looks_like_warc
    warc = Warc(tmp_path / name)
    warc.request("http://news.example.cn/a.html")
    warc.response("http://news.example.cn/a.html", PAGE)
    warc.response("http://news.example.cn/logo.png", b"\x89PNG\r\n", mime="image/png")
    data = warc.close().read_bytes()
    assert looks_like_warc(data) and not looks_like_warc(PAGE)
    assert not looks_like_warc(gzip.compress(PAGE)) and not looks_like_warc(b"\x1f\x8bnot gzip")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["--json", "-"]) == 0
    records = [json.loads(line) for line in capfd.readouterr().out.splitlines()]
    named = [d.path.replace(str(warc.path), "-", 1) for d in read(warc.path)[0].values()]
    assert [r["path"] for r in records] == named and len(named) == 1
    assert records[0]["ok"] and records[0]["url"] == "http://news.example.cn/a.html"
    assert records[0]["text"] == clean(PAGE).text
