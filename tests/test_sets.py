"""The project's question sets: sizes, and every piece of evidence traceable to a seed report."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import CORPUS, seed
from evals.sets import SETS_DIR, load_set

ANSWERS = load_set(SETS_DIR / "answers.jsonl")
RETRIEVAL = load_set(SETS_DIR / "retrieval.jsonl")
TEXT = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}


def test_answer_set_size_and_mix():
    tags = Counter(t for q in ANSWERS for t in q.tags)
    assert len(ANSWERS) >= 80
    assert tags["aggregate"] >= 15 and tags["unanswerable"] >= 10 and tags["follow-up"] >= 10
    assert sum(q.language == "en" for q in ANSWERS) >= 20
    assert all(q.expected is not None for q in ANSWERS)
    assert all(q.history for q in ANSWERS if "follow-up" in q.tags)
    assert sum(q.expected == "refuse" for q in ANSWERS) >= 10


def test_retrieval_set_size():
    assert len(RETRIEVAL) >= 60
    assert all(q.expected_passages for q in RETRIEVAL)
    assert {q.language for q in RETRIEVAL} == {"zh", "en"}


@pytest.mark.parametrize("q", ANSWERS + RETRIEVAL, ids=lambda q: q.id)
def test_evidence_is_in_the_reports(q):
    assert set(q.expected_reports) <= set(TEXT), q.expected_reports
    if q.expected != "refuse":
        assert q.evidence, "every answerable question says where its answer stands"
    for ev in q.evidence:
        if ev.startswith("note:"):
            continue
        if ev.startswith("cell:"):
            rid, table, row, col = ev[5:].split("|")
            assert rid in q.expected_reports
            assert any((v.table, v.row, v.column) == (table, row, col) for v in seed(rid).tables), ev
        else:
            assert any(ev in TEXT[r] for r in q.expected_reports), ev


@pytest.mark.parametrize("q", RETRIEVAL, ids=lambda q: q.id)
def test_expected_passages_exist(q):
    for pid in q.expected_passages:
        rid, _, local = pid.partition("#")
        report = seed(rid)
        if local.startswith("t"):
            table, _, row = local[1:].partition(".r")
            assert table in ("2", "3", "4"), pid
            if row:
                key = {"2": "主动公开政府信息情况", "3": "收到和处理政府信息公开申请情况"}[table]
                rows = list(dict.fromkeys(v.row for v in report.tables if v.table == key))
                assert 1 <= int(row) <= len(rows), pid
        else:
            assert pid in {s.id for s in report.sections}, pid
