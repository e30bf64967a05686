"""Reports read lazily from the store, and questions over many reports answered from its rows:
the store lists reports without reading their bodies, and a reading of any template row over the
corpus is the same whether it comes from each report or from the store's rows in one pass."""

from __future__ import annotations

import pytest

from conftest import SEEDS, seed
from index import template as T
from index.store import Store
from rag import facts as F
from rag.query import Query, Target


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("rows"))
    for rid in SEEDS:
        s.put(seed(rid))
    return Store(s.root.parent)  # a fresh reader: nothing cached from the writes


def test_the_store_lists_reports_without_reading_their_bodies(store, monkeypatch):
    read: list[str] = []
    real = Store.get
    monkeypatch.setattr(Store, "get", lambda self, rid: read.append(rid) or real(self, rid))
    reports = store.reports()
    heads = [(r.id, r.source, r.year, r.template, r.title, r.agency, r.place, r.sha256) for r in reports]
    assert read == [] and [h[0] for h in heads] == sorted(SEEDS)
    assert heads == [(r.id, r.source, r.year, r.template, r.title, r.agency, r.place, r.sha256)
                     for r in map(seed, sorted(SEEDS))]
    assert {r.id: F.tables_read(r) for r in reports} == {r.id: F.tables_read(seed(r.id)) for r in reports}
    assert read == []
    haiyuan = reports[[r.id for r in reports].index("haiyuan-2024")]
    assert haiyuan.tables == seed("haiyuan-2024").tables and haiyuan.text == seed("haiyuan-2024").text
    assert read == ["haiyuan-2024", "haiyuan-2024"]  # the second from the store's cache of whole reports
    assert haiyuan == seed("haiyuan-2024") and len({haiyuan, seed("haiyuan-2024")}) == 1
    assert haiyuan.full() == seed("haiyuan-2024")


def _targets() -> list[Target]:
    rows = {(t.key, r.label) for v in T.TEMPLATES.values() for t in v for r in t.rows}
    return [Target(table, row) for table, row in sorted(rows)] + [Target(T.APPLICATIONS, T.NEW, "自然人")]


def _plain(rs: list[F.Reading]) -> list[tuple]:
    return [(r.report.id, r.target, r.cell, r.prose, r.prose_at, r.prose_span, [f.message for f in r.findings])
            for r in rs]


def test_readings_from_the_stores_rows_are_the_reports_own(store, monkeypatch):
    monkeypatch.setattr(F, "BATCH_FROM", 1)
    reports, plain = store.reports(), [seed(rid) for rid in sorted(SEEDS)]
    targets = _targets()
    assert len(targets) == 39
    compared = 0
    for target in targets:
        q = Query(text="?", language="zh", targets=[target])
        got, want = F.readings(reports, q, store), F.readings(plain, q)
        assert _plain(got) == _plain(want), target
        compared += len(want)
    assert compared > 150  # most rows are read in most seeds
    new = Query(text="?", language="zh", targets=[Target(T.APPLICATIONS, T.NEW)])
    # the seeds' texts state applications received: a prose figure beside the table's, with its sentence
    assert sum(r.prose is not None for r in F.readings(reports, new, store)) >= 4


def test_a_reading_over_many_reports_reads_no_report_it_does_not_quote(store, monkeypatch):
    monkeypatch.setattr(F, "BATCH_FROM", 1)
    read: list[str] = []
    real = Store.get
    monkeypatch.setattr(Store, "get", lambda self, rid: read.append(rid) or real(self, rid))
    rs = F.readings(store.reports(), Query(text="?", language="zh", targets=[Target(T.APPLICATIONS, T.NEW)]), store)
    assert len(rs) == 5 and read == []
    assert rs[0].prose_span is not None and read == [rs[0].report.id]


def test_a_store_of_the_earlier_layout_is_written_again_keeping_its_vectors(tmp_path):
    import shutil
    import sqlite3

    from conftest import CORPUS
    from index.build import build
    from index.vectors import collection_name

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "yanchi-2020.txt", corpus)
    build(corpus, tmp_path / "data")
    name = collection_name("any-model")
    db = sqlite3.connect(Store(tmp_path / "data").path)
    db.execute("ALTER TABLE reports DROP COLUMN head")  # as the store was written before it had one
    db.commit()
    db.close()
    assert Store(tmp_path / "data").problems() == [
        f"the store at {tmp_path / 'data' / 'store'} was written in an earlier layout; `python -m index build` "
        f"writes it again"]
    said: list[str] = []
    summary = build(corpus, tmp_path / "data", progress=said.append)
    assert summary.parsed == 1 and any("earlier layout" in m and "parsing every corpus file again" in m for m in said)
    again = Store(tmp_path / "data").reports()[0]
    assert Store(tmp_path / "data").problems() == [] and again.tables == seed("yanchi-2020").tables
    assert collection_name("any-model") == name  # the parser is the same: embedded vectors stay valid


def test_which_reports_say_reads_the_best_matching_reports_and_says_so(pipeline, monkeypatch):
    import rag.proseanswer as PA

    q = "Which reports mention WeChat?"
    every = pipeline.ask(q)
    assert every.text.startswith("Reports that mention “微信公众号”: Haiyuan (海原县); Lanxi (兰西县); Quxian (渠县); "
                                 "Shenchi (神池县); Yanchi (盐池县).") and "Only the" not in every.text
    monkeypatch.setattr(PA, "PROSE_READ", 2)
    few = pipeline.ask(q)
    assert few.text.splitlines()[-1] == ("(Only the 2 reports that best match the question were read, of 5 in the "
                                         "corpus; naming a place or a year reads more of them.)")
    assert len({c.report_id for c in few.citations}) == 2 and few.text.count("微信公众号") >= 2


def test_report_texts_for_grading_are_read_when_asked(store, monkeypatch):
    from index.stored import Texts

    read: list[str] = []
    real = Store.get
    monkeypatch.setattr(Store, "get", lambda self, rid: read.append(rid) or real(self, rid))
    texts = Texts(store.reports())
    assert len(texts) == 5 and sorted(texts) == sorted(SEEDS) and read == []
    assert texts.get("lanxi-2024") == seed("lanxi-2024").text and texts.get("nope") is None
    assert read == ["lanxi-2024"]
