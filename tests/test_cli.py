"""The `cleaner` console script: plain mode, --json, stdin, errors, subcommands."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import __version__, clean
from cleaner.cli import _SUBCOMMANDS, main

Capture = pytest.CaptureFixture[str]

PAGE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        "<p>2025年8月26日 10:30 来源：厦门日报 记者 张三</p>"
        "<p>{title}昨日在厦门举行，来自各地的代表参加了会议，会议讨论了都市圈建设的具体安排。</p>"
        "<p>会议指出，要坚持规划引领，强化交通互联互通，推动产业协同发展，共建共享公共服务。</p>"
        "<p>与会代表表示，将认真落实会议精神，推动各项工作取得新的成效，更好地服务群众。</p>"
        "</body></html>")


def page(title: str) -> bytes:
    return PAGE.format(title=title).encode("utf-8")


def text_of(data: bytes) -> bytes:
    """What plain mode prints for a page: its text and a newline (nothing if no text)."""
    text = clean(data).text
    return (text + "\n").encode("utf-8") if text else b""


def test_text_mode_prints_the_text_of_one_page(tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    assert main(["--text", str(tmp_path / "a.html")]) == 0
    assert capfd.readouterr().out.encode() == text_of(page("图书馆开馆"))


def test_plain_mode_prints_title_and_a_line_of_metadata_above_the_text(
        tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    assert main([str(tmp_path / "a.html")]) == 0
    title, meta, blank, *text = capfd.readouterr().out.split("\n")
    assert title == "图书馆开馆"
    assert meta == "2025-08-26 10:30 · 来源：厦门日报 · 作者：张三"
    assert blank == ""
    assert "\n".join(text) == clean(page("图书馆开馆")).text + "\n"


def test_plain_mode_leaves_out_the_metadata_a_page_does_not_give(
        tmp_path: Path, capfd: Capture) -> None:
    bare = PAGE.replace("<p>2025年8月26日 10:30 来源：厦门日报 记者 张三</p>", "")
    (tmp_path / "a.html").write_bytes(bare.format(title="湿地观鸟").encode("utf-8"))
    assert main([str(tmp_path / "a.html")]) == 0
    title, blank, first, *_ = capfd.readouterr().out.split("\n")
    assert (title, blank) == ("湿地观鸟", "")
    assert first.startswith("湿地观鸟昨日在厦门举行")


@pytest.mark.parametrize(("published", "shown"), [
    ("2025-08-26T10:30:00+08:00", "2025-08-26 10:30"),
    ("2019-09-07T13:43:45+08:00", "2019-09-07 13:43:45"),
    ("2025-08-26T00:00:00+08:00", "2025-08-26"),
    (None, ""),
])
def test_the_time_is_shown_as_a_reader_writes_it(published: str | None, shown: str) -> None:
    from cleaner.cli import _when
    assert _when(published) == shown


def test_several_pages_are_headed_like_head(tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page("大桥检测")))
    assert main(["--text", str(tmp_path / "a.html"), str(tmp_path / "b.html.gz")]) == 0
    expected = (f"==> {tmp_path / 'a.html'} <==\n".encode() + text_of(page("图书馆开馆"))
                + f"\n==> {tmp_path / 'b.html.gz'} <==\n".encode() + text_of(page("大桥检测")))
    assert capfd.readouterr().out.encode() == expected


def test_json_mode_prints_one_record_per_line(tmp_path: Path, capfd: Capture) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.html").write_bytes(page(name * 4))
    assert main(["--json", "--url", "http://news.example.cn/x.html",
                 str(tmp_path / "a.html"), str(tmp_path / "b.html")]) == 0
    lines = capfd.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(tmp_path / "a.html"), str(tmp_path / "b.html")]
    assert records[0] == {"path": str(tmp_path / "a.html"), "ok": True,
                          "url": "http://news.example.cn/x.html",
                          **clean(page("aaaa"), url="http://news.example.cn/x.html").to_dict()}


def test_dash_reads_the_page_bytes_from_stdin(monkeypatch: pytest.MonkeyPatch,
                                              capfd: Capture) -> None:
    data = page("湿地观鸟").decode().encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["--json", "-"]) == 0
    record = json.loads(capfd.readouterr().out)
    assert record == {"path": "-", "ok": True, **clean(data).to_dict()}


def test_a_page_that_is_not_a_page_is_reported_and_the_others_still_printed(
        tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "good.html").write_bytes(page("科技节"))
    code = main(["--text", str(tmp_path / "empty.html"), str(tmp_path / "missing.html"),
                 str(tmp_path / "good.html")])
    out, err = capfd.readouterr()
    assert code == 1
    assert f"cleaner: {tmp_path / 'empty.html'}: empty input" in err.splitlines()
    assert f"cleaner: {tmp_path / 'missing.html'}: No such file or directory" in err.splitlines()
    assert out.encode().endswith(text_of(page("科技节")))


def test_json_mode_keeps_errors_off_stdout(tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    assert main(["--json", str(tmp_path / "empty.html")]) == 1
    out, err = capfd.readouterr()
    assert out == "" and err.startswith("cleaner: ")


def test_version(capsys: Capture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cleaner {__version__}"


def test_no_page_is_a_usage_error(capsys: Capture) -> None:
    assert main([]) == 2
    assert "usage: cleaner" in capsys.readouterr().err


def test_batch_subcommand_is_selected_by_the_first_argument(capsys: Capture) -> None:
    assert main(["batch", "somewhere"]) == 2  # -o is required
    assert "usage: cleaner batch" in capsys.readouterr().err


def test_help_lists_the_subcommands(capsys: Capture) -> None:
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    assert all(f"cleaner {name}" in help_text for name in _SUBCOMMANDS)


def test_text_and_json_exclude_each_other(tmp_path: Path, capsys: Capture) -> None:
    assert main(["--text", "--json", str(tmp_path / "a.html")]) == 2
    assert "not allowed with" in capsys.readouterr().err


def run_module(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, timeout=120)


def test_python_m_cleaner_prints_what_the_console_script_prints(
        tmp_path: Path, capfd: Capture) -> None:
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    for args in ([str(tmp_path / "a.html")], ["--text", str(tmp_path / "a.html")], ["--help"]):
        done = run_module(*args)
        assert main(args) == 0
        assert done.returncode == 0 and done.stdout == capfd.readouterr().out.encode(), args
    assert run_module().returncode == 2  # no page: the same usage error


def test_python_m_cleaner_runs_the_subcommands(tmp_path: Path) -> None:
    done = run_module("batch", "--help")
    assert done.returncode == 0 and done.stdout.startswith(b"usage: cleaner batch")
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    # Workers import the main module again: cleaner.__main__ must not run the CLI in them.
    done = run_module("batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "-q", "-j", "2")
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert record["ok"] and record["title"] == "图书馆开馆"


def test_clean_dir_script_is_cleaner_batch(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("图书馆开馆"))
    script = Path(__file__).resolve().parents[1] / "scripts" / "clean_dir.py"
    done = subprocess.run([sys.executable, str(script), str(tmp_path), "-o",
                           str(tmp_path / "out.jsonl"), "-q"], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert record["path"] == str(tmp_path / "a.html")
