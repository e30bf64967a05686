"""The ingest: CLI output, incremental rebuilds, the store's version guard, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import CORPUS, REPO, SEEDS
from index.build import build
from index.store import Store, StoreError


def run_cli(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "RAG_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "corpus"
    shutil.copytree(CORPUS, d)
    return d


def test_build_json_summary_facts_and_show(corpus, tmp_path):
    data = tmp_path / "data"
    out = run_cli("build", "--corpus", str(corpus), "--json", "--no-vectors", data_dir=data)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(summary) == {"reports", "sections", "table_values", "passages", "warnings", "failed"}
    assert summary["reports"] == 5 and summary["failed"] == []
    assert summary["table_values"] == 4 * 200 + 198
    kinds = {(w["report"], w["kind"]) for w in summary["warnings"]}
    assert ("quxian-2024", "prose_table") in kinds and ("shenchi-2023", "arithmetic") in kinds

    facts = run_cli("facts", "--json", data_dir=data)
    rows = [json.loads(line) for line in facts.stdout.splitlines()]
    text_rows = [r for r in rows if r["source"] == "text"]
    rows = [r for r in rows if r["source"] == "table"]
    assert len(rows) == summary["table_values"] and len(text_rows) == 30
    hit = [r for r in rows if r["report_id"] == "yanchi-2020" and r["row"] == "行政许可" and r["column"] == "处理决定数量"]
    assert hit[0] | {"span": None} == {
        "report_id": "yanchi-2020", "agency": "盐池县教育体育局", "place": "盐池县", "year": 2020, "source": "table",
        "table": "主动公开政府信息情况", "row": "行政许可", "column": "处理决定数量", "value": 228,
        "unit": "件", "status": "ok", "raw": "228", "span": None}

    show = run_cli("show", "shenchi-2023", data_dir=data)
    assert show.returncode == 0
    for expected in ("神池县教育科技局", "二、工作概述", "本机关不掌握", "arithmetic", "全年我局未收到政府信息公开申请报告"):
        assert expected in show.stdout
    missing = run_cli("show", "nowhere-2024", data_dir=data)
    assert missing.returncode == 1 and "no report 'nowhere-2024'" in missing.stderr and "Traceback" not in missing.stderr


def test_incremental_rebuild(corpus, tmp_path):
    data = tmp_path / "data"
    first = build(corpus, data)
    assert (first.reports, first.parsed) == (5, 5)
    again = build(corpus, data)
    assert (again.reports, again.parsed, again.removed) == (5, 0, 0)
    # A changed report is parsed again (and only it); a removed one disappears.
    p = corpus / "quxian-2024.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("受理政府信息公开申请 1 件", "受理政府信息公开申请 0 件"),
                 encoding="utf-8")
    (corpus / "lanxi-2024.txt").unlink()
    third = build(corpus, data)
    assert (third.reports, third.parsed, third.removed) == (4, 1, 1)
    store = Store(data)
    assert store.ids() == ["haiyuan-2024", "quxian-2024", "shenchi-2023", "yanchi-2020"]
    assert not any(f.kind == "prose_table" for f in store.get("quxian-2024").findings)
    assert store.sql("SELECT count(*) FROM table_values WHERE report_id = 'lanxi-2024'") == [(0,)]


def test_store_refuses_another_parser_version(corpus, tmp_path):
    data = tmp_path / "data"
    build(corpus, data)
    import sqlite3

    with sqlite3.connect(data / "store" / "store.sqlite3") as db:  # as if an older parser had read them
        db.execute("UPDATE reports SET parser_version = '0'")
    db.close()
    with pytest.raises(StoreError, match="parser version 0.*python -m index build"):
        Store(data).reports()
    assert build(corpus, data).parsed == 5  # the build re-parses everything instead


def test_stored_reports_round_trip_equal(corpus, tmp_path):
    from conftest import seed

    build(corpus, tmp_path / "data")
    for rid in SEEDS:
        stored = Store(tmp_path / "data").get(rid)
        fresh = seed(rid)
        assert stored.tables == fresh.tables and stored.sections == fresh.sections
        assert stored.findings == fresh.findings and stored.place == fresh.place and stored.agency == fresh.agency


def test_bad_files_fail_alone_and_the_rest_builds(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf \x00\x01")
    with open(corpus / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (corpus / "notes.txt").write_text("会议纪要\n今天讨论了食堂菜单和春游安排。\n", encoding="utf-8")
    (corpus / "picture.png").write_bytes(b"\x89PNG\r\n")
    out = run_cli("build", "--corpus", str(corpus), "--json", "--no-vectors", data_dir=tmp_path / "data")
    assert out.returncode == 0 and "Traceback" not in out.stderr
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    reasons = {f["source"]: f["reason"] for f in summary["failed"]}
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.pdf", "huge.txt", "picture.png"}
    assert "empty" in reasons["empty.txt"]
    assert "not a text file" in reasons["binary.txt"]
    assert "PDF" in reasons["broken.pdf"]
    assert "50.0 MB" in reasons["huge.txt"] and "RAG_MAX_FILE_MB" in reasons["huge.txt"]
    assert "unsupported" in reasons["picture.png"]
    # A text with no template is kept (its prose may still answer questions) but flagged.
    notes = [w for w in summary["warnings"] if w["report"] == "notes"]
    assert any("no national-template tables" in w["message"] for w in notes)
    assert summary["reports"] == 6  # the five seeds and the notes
    assert {r.id for r in Store(tmp_path / "data").reports()} >= set(SEEDS)


def test_missing_corpus_folder_is_a_failure_not_a_crash(tmp_path):
    summary = build(tmp_path / "nope", tmp_path / "data")
    assert summary.reports == 0 and "does not exist" in summary.failed[0]["reason"]
