"""The batch runner: inputs (files, .gz, WARC), records, resume, and pages that misbehave."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from cleaner import Article, clean
from cleaner.batch import (
    Document,
    EngineError,
    JsonlOutput,
    OutputError,
    Skipped,
    UsageError,
    clean_document,
    find_inputs,
    record_line,
    run_batch,
)
from cleaner.cli import main
from cleaner.warc import iter_warc_documents

ROOT = Path(__file__).resolve().parents[1]
HOOKS = f"{__file__}:misbehaving_clean"
SLOW = f"{__file__}:slow_clean"

PAGE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        "<p>2025年8月26日 来源：厦门日报</p>"
        "<p>{title}今天在厦门召开，会议讨论了都市圈建设的具体安排，与会代表一致同意加快推进。</p>"
        "<p>会议指出，要坚持规划引领，强化交通互联互通，推动产业协同发展，共建共享公共服务。</p>"
        "</body></html>")


# -- hooks run by the workers (named by file path, so any pytest import mode works) ----------


def misbehaving_clean(data: bytes, **kwargs: object) -> Article:
    """clean(), except for pages that ask to hang, eat memory, crash or raise."""
    if b"HANG-FOREVER" in data:
        time.sleep(3600)
    if b"EAT-MEMORY" in data:
        hog = bytearray(3 << 30)  # over the worker's RLIMIT_AS: MemoryError
        del hog
    if b"CRASH-WORKER" in data:
        os.kill(os.getpid(), signal.SIGSEGV)
    if b"RAISE-BUG" in data:
        raise ZeroDivisionError("a bug in the cleaner")
    return clean(data, **kwargs)  # type: ignore[arg-type]


def slow_clean(data: bytes, **kwargs: object) -> Article:
    """clean(), 20 ms slower: a run long enough to be killed half-way."""
    time.sleep(0.02)
    return clean(data, **kwargs)  # type: ignore[arg-type]


# -- building inputs ------------------------------------------------------------------------


def page(title: str) -> bytes:
    return PAGE.format(title=title).encode("utf-8")


def warc_record(kind: str, block: bytes, **headers: str) -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {kind}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 50) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
             for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


GBK_PAGE = ("<html><head><title>稻谷丰收</title></head><body><h1>稻谷丰收</h1>"
            "<p>今年本地稻谷喜获丰收，农民脸上洋溢着笑容，收割机在田间来回穿梭。</p>"
            "</body></html>").encode("gbk")


def write_warc(path: Path) -> dict[str, str]:
    """A multi-member .warc.gz: three pages (one GBK, chunked and gzipped), an image, a 404,
    a request and a warcinfo record. Returns {record path: url} of the pages."""
    records = [
        warc_record("warcinfo", b"software: test\r\n", WARC_Record_ID="<urn:uuid:info>"),
        warc_record("request", b"GET / HTTP/1.1\r\n\r\n", WARC_Record_ID="<urn:uuid:req-1>",
                    WARC_Target_URI="http://news.example.cn/a.html"),
        warc_record("response", http_response(page("厦漳泉都市圈建设"),
                                              Content_Type="text/html; charset=utf-8"),
                    WARC_Record_ID="<urn:uuid:page-1>", WARC_Date="2025-08-26T03:43:50Z",
                    WARC_Target_URI="http://news.example.cn/a.html",
                    Content_Type="application/http; msgtype=response"),
        warc_record("response", http_response(chunked(gzip.compress(GBK_PAGE)),
                                              Content_Type='text/html; charset="GBK"',
                                              Transfer_Encoding="chunked",
                                              Content_Encoding="gzip"),
                    WARC_Record_ID="<urn:uuid:page-2>", WARC_Date="2025-08-27T01:00:00Z",
                    WARC_Target_URI="http://news.example.cn/gbk.html",
                    Content_Type="application/http; msgtype=response"),
        warc_record("response", http_response(b"\x89PNG...", Content_Type="image/png"),
                    WARC_Record_ID="<urn:uuid:image>", WARC_Target_URI="http://x.cn/a.png",
                    Content_Type="application/http; msgtype=response"),
        warc_record("response", http_response(b"<html>not found</html>", "404 Not Found",
                                              Content_Type="text/html"),
                    WARC_Record_ID="<urn:uuid:missing>", WARC_Target_URI="http://x.cn/404",
                    Content_Type="application/http; msgtype=response"),
        warc_record("resource", page("本地资源页面"), WARC_Record_ID="<urn:uuid:page-3>",
                    WARC_Target_URI="file:///saved/page.html", Content_Type="text/html"),
    ]
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    return {f"{path}#urn:uuid:page-1": "http://news.example.cn/a.html",
            f"{path}#urn:uuid:page-2": "http://news.example.cn/gbk.html",
            f"{path}#urn:uuid:page-3": "file:///saved/page.html"}


@pytest.fixture
def mixed(tmp_path: Path) -> tuple[Path, set[str]]:
    """A directory of pages, .gz pages, junk and a WARC; returns it and the expected paths."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.html").write_bytes(page("图书馆开馆"))
    (root / "sub" / "b.htm").write_bytes(page("大桥检测").decode().encode("gbk"))
    (root / "sub" / "deeper" / "c.shtml").write_bytes(page("湿地观鸟"))
    (root / "sub" / "d.txt").write_text("标题\n正文第一段，有标点。\n正文第二段。\n", "utf-8")
    (root / "e.html.gz").write_bytes(gzip.compress(page("科技节")))
    (root / "notes.md").write_text("not a page")  # not taken from a directory
    (root / "empty.html").write_bytes(b"")
    (root / "random.htm").write_bytes(bytes(range(256)) * 8)
    (root / "truncated.html.gz").write_bytes(gzip.compress(page("截断")  * 20)[:40])
    warc_pages = write_warc(root / "crawl.warc.gz")
    expected = {str(root / p) for p in ("a.html", "sub/b.htm", "sub/deeper/c.shtml", "sub/d.txt",
                                        "e.html.gz", "empty.html", "random.htm",
                                        "truncated.html.gz")}
    return root, expected | set(warc_pages)


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


# -- inputs ---------------------------------------------------------------------------------


def test_directories_are_walked_for_pages_gz_and_warc_files(mixed: tuple[Path, set[str]]) -> None:
    root, _ = mixed
    found = {os.path.relpath(p, root) for p in find_inputs([str(root)])}
    assert found == {"a.html", "sub/b.htm", "sub/deeper/c.shtml", "sub/d.txt", "e.html.gz",
                     "empty.html", "random.htm", "truncated.html.gz", "crawl.warc.gz"}


def test_explain_reports_beside_the_pages_are_no_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("标题"))
    (tmp_path / "a.html.explain.html").write_bytes(page("报告"))
    (tmp_path / "crawl.warc.gz.explain").mkdir()
    (tmp_path / "crawl.warc.gz.explain" / "index.html-cd549f64c8.explain.html").write_bytes(b"x")
    assert find_inputs([str(tmp_path)]) == [str(tmp_path / "a.html")]
    # named on the command line, a report is still taken as given
    named = str(tmp_path / "a.html.explain.html")
    assert find_inputs([named]) == [named]


def test_a_named_file_is_taken_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "page.php").write_bytes(page("标题"))
    assert find_inputs([str(tmp_path / "page.php")]) == [str(tmp_path / "page.php")]


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        find_inputs([str(tmp_path / "nope")])
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 2


def test_warc_responses_become_documents_with_url_date_and_http_charset(tmp_path: Path) -> None:
    expected = write_warc(tmp_path / "crawl.warc.gz")
    items = list(iter_warc_documents(str(tmp_path / "crawl.warc.gz")))
    docs = {i.path: i for i in items if isinstance(i, Document)}
    skipped = {i.path: i.reason for i in items if isinstance(i, Skipped)}
    assert {p: d.url for p, d in docs.items()} == expected
    gbk = docs[f"{tmp_path}/crawl.warc.gz#urn:uuid:page-2"]
    assert gbk.data == GBK_PAGE  # de-chunked and gunzipped
    assert gbk.charset == "gbk"
    assert gbk.fetched is not None and gbk.fetched.isoformat() == "2025-08-27T01:00:00+00:00"
    assert sorted(skipped.values()) == ["HTTP status 404", "not a page (image/png)"]


def test_plain_warc_with_bare_newlines_and_deflate_is_read(tmp_path: Path) -> None:
    body = zlib.compress(page("标题"))
    http = b"HTTP/1.0 200 OK\nContent-Type: text/html\nContent-Encoding: deflate\n\n" + body
    (tmp_path / "x.warc").write_bytes(warc_record(
        "response", http, WARC_Record_ID="<urn:uuid:1>", WARC_Target_URI="<http://a.cn/>"))
    [doc] = iter_warc_documents(str(tmp_path / "x.warc"))
    assert isinstance(doc, Document)
    assert (doc.data, doc.url) == (page("标题"), "http://a.cn/")
    assert doc.path == f"{tmp_path}/x.warc#urn:uuid:1"


def test_truncated_warc_keeps_its_records_and_ends_with_an_error(tmp_path: Path) -> None:
    write_warc(tmp_path / "full.warc.gz")
    data = (tmp_path / "full.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[:int(len(data) * 0.8)])
    items = list(iter_warc_documents(str(tmp_path / "cut.warc.gz")))
    assert items[-1].path == f"{tmp_path}/cut.warc.gz"
    assert isinstance(items[-1], Document) and "broken WARC" in (items[-1].error or "")
    assert any(i.path.endswith("#urn:uuid:page-1") for i in items)


def test_http_charset_and_url_are_passed_to_clean() -> None:
    seen = {}

    def clean_with_charset(data, *, url=None, config=None, now=None, charset=None):
        seen.update(url=url, charset=charset)
        return Article(paragraphs=("正文。",))

    doc = Document(path="w#1", data=b"<p>x</p>", url="http://a.cn/", charset="gbk")
    record = clean_document(doc, clean_fn=clean_with_charset)
    assert seen == {"url": "http://a.cn/", "charset": "gbk"}
    assert record["url"] == "http://a.cn/" and record["ok"] and record["text"] == "正文。"


# -- records --------------------------------------------------------------------------------


def test_batch_writes_one_record_per_input_and_junk_is_recorded_not_fatal(
        mixed: tuple[Path, set[str]], tmp_path: Path) -> None:
    root, expected = mixed
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(root), "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    records = {r["path"]: r for r in read_records(out)}
    assert set(records) == expected
    assert records[str(root / "empty.html")]["ok"] is False
    assert records[str(root / "empty.html")]["error_type"] == "not-a-page"
    assert records[str(root / "truncated.html.gz")]["error_type"] == "read"
    for record in records.values():
        if record["ok"]:
            assert isinstance(record["text"], str) and "paragraphs" in record
        else:
            assert record["error"] and record["error_type"]
    warc = {p: r for p, r in records.items() if "#" in p}
    assert {r["url"] for r in warc.values()} >= {"http://news.example.cn/a.html"}
    assert all(r["ok"] for r in warc.values())
    gbk = records[str(root / "crawl.warc.gz") + "#urn:uuid:page-2"]
    assert "稻谷" in json.dumps(gbk, ensure_ascii=False)  # decoded as GBK, the HTTP charset


def test_ok_record_is_the_article_dict_with_path_and_ok(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(page("图书馆开馆"))
    record = clean_document(Document(path="p.html", file=str(tmp_path / "p.html")))
    assert record == {"path": "p.html", "ok": True, **clean(page("图书馆开馆")).to_dict()}


def test_records_are_single_lines_even_with_unicode_line_separators() -> None:
    record = {"path": "x", "ok": True, "text": "甲\u2028乙\u2029丙\x85丁\n戊",
              "score": float("nan"), "bad": "\udce4"}
    line = record_line(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert len(line.decode("utf-8").splitlines()) == 1
    parsed = json.loads(line)
    assert parsed["text"] == record["text"] and parsed["score"] is None


def test_line_breaks_are_escaped_as_the_translate_table_did() -> None:
    # escape_line_breaks (a scan, a replace for a character present) against the plain form,
    # str.translate, on strings of the three characters, their neighbours, CJK and ASCII.
    from random import Random

    from cleaner.records import escape_line_breaks
    table = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
    rng = Random(12)
    alphabet = list("甲乙a\\u \n") + ["\u2028", "\u2029", "\x85", "\u2027", "\u202a", "\x84", "\U0001f600"]
    cases = ["", "\u2028", "\x85\x85", "甲\u2029"] + [
        "".join(rng.choices(alphabet, k=rng.randrange(12))) for _ in range(2000)]
    for text in cases:
        assert escape_line_breaks(text) == text.translate(table), repr(text)
    record = {"path": "x", "ok": True, "text": "城市建设\u2028迈出新步伐" * 50}
    assert record_line(record).count(b"\\u2028") == 50


def test_record_lines_are_written_by_one_encoder_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # json.dumps with options makes a JSONEncoder a call; record_line keeps one (no check for
    # cycles: a record never holds one) and writes what json.dumps wrote, byte for byte.
    shared = ["同一列表", 2]
    record = {"path": "p.html", "ok": True, "text": "城市建设\n迈出新步伐\u2028", "scores": [0.1, 1e-07, 2.5],
              "removed": [{"text": "广告", "reason": "chrome", "position": 3, "score": -0.25}],
              "a": shared, "b": shared, "none": None, "quote": "\"\\\t"}
    expected = (json.dumps(record, ensure_ascii=False, allow_nan=False)
                .replace("\u2028", "\\u2028").encode("utf-8") + b"\n")

    def no_new_encoder(*args: object, **kwargs: object) -> None:
        raise AssertionError("a JSONEncoder made for one record")

    monkeypatch.setattr(json.JSONEncoder, "__init__", no_new_encoder)
    assert record_line(record) == expected
    monkeypatch.undo()
    cyclic: dict[str, object] = {"path": "c", "ok": True}
    cyclic["self"] = [cyclic]
    with pytest.raises((RecursionError, ValueError)):  # as before the encoder was kept
        record_line(cyclic)


def test_exception_in_clean_is_recorded_with_where_it_was_raised(tmp_path: Path) -> None:
    (tmp_path / "bug.html").write_bytes(b"<p>RAISE-BUG</p>")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(tmp_path / "bug.html")], str(out), jobs=1, clean_function=HOOKS)
    [record] = read_records(out)
    assert record["error_type"] == "exception"
    assert record["error"].startswith("ZeroDivisionError: a bug in the cleaner (test_batch.py:")
    assert stats.outcomes == {"exception": 1}


# -- pages that hang, eat memory, crash -----------------------------------------------------


def test_hanging_page_is_a_timeout_record_and_the_run_goes_on(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(12):
        (pages / f"p{i:02d}.html").write_bytes(page(f"标题{i}"))
    (pages / "p03-hang.html").write_bytes(b"<p>HANG-FOREVER</p>")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    # 3 s: enough for a fresh worker's first page (lazy imports) on a busy machine.
    stats = run_batch([str(pages)], str(out), jobs=2, timeout=3, clean_function=HOOKS)
    assert time.monotonic() - started < 30
    records = {r["path"]: r for r in read_records(out)}
    assert len(records) == 13  # the pages queued behind the hung one were re-queued, not lost
    hung = records[str(pages / "p03-hang.html")]
    assert (hung["ok"], hung["error_type"]) == (False, "timeout")
    assert hung["error"] == "timed out after 3 s"
    assert stats.outcomes["timeout"] == 1 and stats.pages == 13


def test_page_exhausting_memory_is_a_memory_record_and_the_run_goes_on(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"p{i}.html").write_bytes(page(f"标题{i}"))
    (tmp_path / "p2-hog.html").write_bytes(b"<p>EAT-MEMORY</p>")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(tmp_path)], str(out), jobs=2, max_memory_mb=1024,
                      clean_function=HOOKS)
    records = {r["path"]: r for r in read_records(out)}
    assert len(records) == 7
    assert records[str(tmp_path / "p2-hog.html")]["error_type"] == "memory"
    assert stats.outcomes["memory"] == 1


def test_crashing_worker_costs_only_its_page(tmp_path: Path) -> None:
    for i in range(8):
        (tmp_path / f"p{i}.html").write_bytes(page(f"标题{i}"))
    (tmp_path / "p4-crash.html").write_bytes(b"<p>CRASH-WORKER</p>")
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path)], str(out), jobs=1, clean_function=HOOKS)
    records = {r["path"]: r for r in read_records(out)}
    assert len(records) == 9
    crash = records[str(tmp_path / "p4-crash.html")]
    assert crash["error_type"] == "crash" and "SIGSEGV" in crash["error"]
    assert sum(r["ok"] for r in records.values()) == 8


def test_workers_that_die_as_they_start_stop_the_run(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # A clean function the parent can import and its workers cannot.
    hook = tmp_path / "parent_only.py"
    hook.write_text("import os\n"
                    "if os.environ['BATCH_PARENT'] != str(os.getpid()):\n"
                    "    raise ImportError('not in a worker')\n"
                    "from cleaner import clean\n")
    monkeypatch.setenv("BATCH_PARENT", str(os.getpid()))
    (tmp_path / "p.html").write_bytes(page("标题"))
    started = time.monotonic()
    with pytest.raises(EngineError, match="die as they start"):
        run_batch([str(tmp_path / "p.html")], str(tmp_path / "out.jsonl"), jobs=2,
                  clean_function=f"{hook}:clean")
    assert time.monotonic() - started < 30


def test_workers_are_replaced_after_max_tasks(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"p{i:02d}.html").write_bytes(page(f"标题{i}"))
    stats = run_batch([str(tmp_path)], str(tmp_path / "out.jsonl"), jobs=2,
                      max_tasks_per_worker=5)
    assert stats.pages == 30
    assert all(w.pages <= 5 for w in stats.workers)
    assert len({w.pid for w in stats.workers}) >= 6


# -- output, resume, the kill test -----------------------------------------------------------


def test_existing_output_needs_resume_or_overwrite(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(page("标题"))
    out = tmp_path / "out.jsonl"
    out.write_text('{"path": "old", "ok": false, "error": "x"}\n')
    args = ["batch", str(tmp_path / "p.html"), "-o", str(out), "-q"]
    assert main(args) == 2
    assert main(args + ["--resume", "--overwrite"]) == 2
    assert main(args + ["--overwrite"]) == 0
    assert [r["path"] for r in read_records(out)] == [str(tmp_path / "p.html")]


def test_unwritable_output_exits_1(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(page("标题"))
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "no" / "out.jsonl"), "-q"]) == 1
    if os.path.exists("/dev/full"):  # every write fails with ENOSPC
        assert main(["batch", str(tmp_path), "-o", "/dev/full", "-q"]) == 1


def test_output_error_is_raised_for_a_full_disk() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    out = JsonlOutput("/dev/full")
    with pytest.raises(OutputError):
        out.write(b"{}\n")


def test_resume_cuts_a_torn_tail_and_skips_recorded_pages(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in "abcd":
        (pages / f"{name}.html").write_bytes(page(f"标题{name}"))
    out = tmp_path / "out.jsonl"
    done = record_line({"path": str(pages / "a.html"), "ok": False, "error": "kept"})
    out.write_bytes(done + b'{"path": "' + str(pages / "b.html").encode() + b'", "ok": tr')
    assert main(["batch", str(pages), "-o", str(out), "--resume", "-q"]) == 0
    records = read_records(out)
    assert [r["path"] for r in records].count(str(pages / "b.html")) == 1
    assert sorted(r["path"] for r in records) == sorted(str(p) for p in pages.iterdir())
    assert records[0]["error"] == "kept"  # recorded pages are not redone


def test_resume_drops_a_corrupt_line(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("标题"))
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\x00\x00\x00 garbage\n")
    assert main(["batch", str(tmp_path / "a.html"), "-o", str(out), "--resume", "-q"]) == 0
    assert [r["path"] for r in read_records(out)] == [str(tmp_path / "a.html")]


def test_killed_run_resumed_records_every_input_exactly_once(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    for i in range(300):
        folder = pages / f"d{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"p{i:03d}.html").write_bytes(page(f"第{i}号新闻"))
    inputs = {str(p) for p in pages.rglob("*.html")}
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "cleaner.cli", "batch", str(pages), "-o", str(out),
               "--jobs", "2", "--quiet", "--clean-function", SLOW]
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

    def run_and_kill(args: list[str], at_lines: int) -> None:
        proc = subprocess.Popen(command + args, env=env, cwd=tmp_path)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= at_lines:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    run_and_kill([], at_lines=40)
    first = out.read_bytes().count(b"\n")
    assert 40 <= first < 300, "the run should have been killed half-way"
    run_and_kill(["--resume"], at_lines=first + 60)
    assert out.read_bytes().count(b"\n") < 300
    assert subprocess.run(command + ["--resume"], env=env, cwd=tmp_path, timeout=60).returncode == 0

    lines = out.read_bytes().split(b"\n")
    assert lines[-1] == b""  # ends with a newline
    paths = [json.loads(line)["path"] for line in lines[:-1]]
    assert len(paths) == len(set(paths)) == 300
    assert set(paths) == inputs


def test_output_to_stdout(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_bytes(page("标题"))
    assert main(["batch", str(tmp_path / "a.html"), "-o", "-", "-q"]) == 0
    assert json.loads(capfd.readouterr().out)["path"] == str(tmp_path / "a.html")


def test_progress_and_summary_on_stderr_unless_quiet(tmp_path: Path,
                                                     capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_bytes(page("标题"))
    (tmp_path / "b.html").write_bytes(b"")
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-j", "1"]) == 0
    err = capfd.readouterr().err
    assert "done: 2 pages" in err and "not-a-page" in err
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "q.jsonl"), "-j", "1", "-q"]) == 0
    assert capfd.readouterr().err == ""


def test_spark_engine_without_pyspark_is_a_usage_error(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark -> ImportError
    (tmp_path / "a.html").write_bytes(page("标题"))
    args = ["batch", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark", "-q"]
    assert main(args) == 2
    assert not (tmp_path / "o.jsonl").exists()
