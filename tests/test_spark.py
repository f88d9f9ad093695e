"""cleaner.spark: the batch records computed on Spark. Skipped without PySpark or Java."""

from __future__ import annotations

import gzip
import importlib.util
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.batch import record_line, run_batch
from cleaner.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import page, write_warc  # noqa: E402  (the same inputs as the batch tests)

needs_spark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="needs pyspark and java")


def canonical(path: Path) -> set[str]:
    return {json.dumps(json.loads(line), sort_keys=True) for line in path.read_bytes().splitlines()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spark-in")
    for i in range(20):
        (root / f"p{i:02d}.html").write_bytes(page(f"第{i}号新闻"))
    (root / "z.html.gz").write_bytes(gzip.compress(page("压缩页面")))
    (root / "empty.html").write_bytes(b"")
    (root / "random.txt").write_bytes(bytes(range(256)) * 4)
    (root / "cut.html.gz").write_bytes(gzip.compress(page("截断") * 10)[:30])
    write_warc(root / "crawl.warc.gz")
    return root


def test_clean_record_needs_no_spark_and_is_the_batch_record() -> None:
    from cleaner.spark import clean_record

    record = clean_record("a.html", page("标题"), url="http://a.cn/")
    assert record == {"path": "a.html", "ok": True, "url": "http://a.cn/",
                      **clean(page("标题"), url="http://a.cn/").to_dict()}
    assert clean_record("b.html", b"")["error_type"] == "not-a-page"


def test_missing_pyspark_is_a_clear_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import spark

    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(ImportError, match=r"pip install 'cleaner\[spark\]'"):
        spark.require_pyspark()


@needs_spark
def test_spark_engine_records_equal_local_engine_records(inputs: Path, tmp_path: Path) -> None:
    local, spark = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    assert main(["batch", str(inputs), "-o", str(local), "-j", "2", "-q"]) == 0
    assert main(["batch", str(inputs), "-o", str(spark), "--engine", "spark", "-j", "2", "-q"]) == 0
    assert len(canonical(local)) == 27  # 24 files + 3 WARC pages
    assert canonical(spark) == canonical(local)


@pytest.fixture(scope="module")
def session() -> Iterator[object]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("needs java")
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("cleaner tests")
             .config("spark.ui.enabled", "false").getOrCreate())
    yield spark
    spark.stop()


@needs_spark
def test_clean_rdd_maps_path_bytes_pairs_to_batch_records(session: object, inputs: Path,
                                                          tmp_path: Path) -> None:
    from cleaner.spark import clean_rdd

    sc = session.sparkContext  # type: ignore[attr-defined]
    files = sorted(str(p) for p in inputs.iterdir() if "warc" not in p.name)
    pairs = sc.parallelize([(f, Path(f).read_bytes()) for f in files], 3)
    records = clean_rdd(pairs).collect()
    local = tmp_path / "local.jsonl"
    run_batch(files, str(local), jobs=1)
    assert {record_line(r).decode().rstrip("\n") for r in records} == {
        line.decode() for line in local.read_bytes().splitlines()}


@needs_spark
def test_clean_dataframe_gives_path_ok_error_and_json_record(session: object) -> None:
    from cleaner.spark import clean_dataframe

    df = session.createDataFrame(  # type: ignore[attr-defined]
        [("a.html", bytearray(page("标题")), "http://a.cn/"), ("b.html", bytearray(b""), None)],
        "path string, content binary, url string")
    rows = {r["path"]: r for r in clean_dataframe(df, url_col="url").collect()}
    assert rows["a.html"]["ok"] is True and rows["a.html"]["error"] is None
    assert json.loads(rows["a.html"]["record"])["url"] == "http://a.cn/"
    assert (rows["b.html"]["ok"], rows["b.html"]["error"]) == (False, "empty input")


@needs_spark
def test_soft_timeout_on_spark_records_a_page_stuck_in_python(session: object,
                                                              tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"p{i}.html").write_bytes(page(f"标题{i}"))
    (tmp_path / "hang.html").write_bytes(b"<p>HANG-FOREVER</p>")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(tmp_path)], str(out), engine="spark", jobs=2, timeout=8,
                      clean_function=f"{Path(__file__).parent / 'test_batch.py'}:misbehaving_clean")
    records = {json.loads(line)["path"]: json.loads(line) for line in out.read_bytes().splitlines()}
    assert len(records) == 5 and stats.outcomes["timeout"] == 1
    assert records[str(tmp_path / "hang.html")]["error"] == "timed out after 8 s"
