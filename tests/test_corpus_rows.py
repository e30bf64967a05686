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


def test_how_many_reports_a_year_or_a_bound_holds_is_counted_from_the_metadata(tmp_path):
    """"How many of these five reports are for 2024?", "…cover a year before 2019?", "有几份是2017年以前的":
    the reports counted, each cited — never the reports read for a figure they do not state."""
    from test_embed_stage import pipeline_over

    tail = "\n一、总体情况\n全年主动公开信息30条。\n"
    p = pipeline_over(tmp_path, {
        "a-2016": "隆德县民政局2016年政府信息公开工作年度报告" + tail,
        "b-2017": "西吉县民政局2017年政府信息公开工作年度报告" + tail,
        "c-2021": "泾源县民政局2021年政府信息公开工作年度报告" + tail,
        "d-2024": "彭阳县民政局2024年政府信息公开工作年度报告" + tail,
        "e-2024": "海原县民政局2024年政府信息公开工作年度报告" + tail})
    for q, n in (("How many of these five reports are for 2024?", 2),
                 ("How many of the reports in the collection cover a year before 2019?", 2),
                 ("这些报告里有几份是2017年以前的？", 1),
                 ("有几份报告是2024年的？", 2)):
        a = p.ask(q)
        assert not a.refused and str(n) in a.text.splitlines()[0], (q, a.text)


@pytest.mark.parametrize("question, group", [
    ("天涯区2020年不予公开的申请有多少件?", "（三）不予公开"),
    ("How many requests did Tianya District refuse to disclose in 2020?", "（三）不予公开"),
    ("In 2020, how many disclosure requests in Tianya were answered with non-disclosure?", "（三）不予公开"),
    ("2020年有多少件申请无法提供?", "（四）无法提供"),
    ("How many applications were not processed in 2020?", "（五）不予处理"),
])
def test_an_outcome_asked_whole_is_its_group_not_the_applications_received(question, group):
    from rag.query import _targets

    assert [t.row for t in _targets(question)] == [group]


def test_a_group_row_of_the_group_or_no_application_is_no_group():
    from rag.query import _targets

    assert [t.row for t in _targets("不予公开的申请中属于国家秘密的有几件?")] == ["（三）不予公开 1.属于国家秘密"]
    assert not any("不予公开" in t.row for t in _targets("2020年不予公开的政府信息有多少条?"))  # items, not applications


def test_an_outcome_group_is_the_sum_of_its_rows_or_the_texts_figure(tmp_path):
    from pathlib import Path

    from test_embed_stage import pipeline_over

    yanchi = (Path(__file__).parent.parent / "corpus" / "yanchi-2020.txt").read_text(encoding="utf-8")
    p = pipeline_over(tmp_path, {
        "yanchi-2020": yanchi,
        "tianya-2020": "三亚市天涯区人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全区共收到政府信息公开申请59件。"
                       "其中，予以公开的16件，不予公开的22件，无法提供的21件。\n"})
    a = p.ask("天涯区2020年不予公开的申请有多少件?")
    assert "22" in a.text.splitlines()[0] and "59" not in a.text.splitlines()[0]
    a = p.ask("How many applications did Yanchi withhold in 2020?")
    assert a.text.splitlines()[0].startswith("Yanchi") and ": 0" in a.text.splitlines()[0] and not a.refused
    assert a.citations and all(c.quote in yanchi for c in a.citations if c.report_id == "yanchi-2020")


def test_which_places_report_holding_a_thing_is_asked_of_the_text(tmp_path):
    """"report holding online interviews (在线访谈)": the reports that mention it, not every place."""
    from test_embed_stage import pipeline_over

    tail = "\n一、总体情况\n全年主动公开信息30条。"
    p = pipeline_over(tmp_path, {
        "a-2023": "涵江区人民政府2023年政府信息公开工作年度报告" + tail + "开展网站在线访谈11期。\n",
        "b-2023": "西吉县人民政府2023年政府信息公开工作年度报告" + tail + "\n",
        "c-2023": "隆德县人民政府2023年政府信息公开工作年度报告" + tail + "\n"})
    first = p.ask("Which of these places report holding online interviews (在线访谈)?").text.splitlines()[0]
    assert "涵江区" in first and "西吉县" not in first and "隆德县" not in first, first


def test_applications_carried_into_the_next_year_are_read_from_the_text_as_it_words_them(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "a-2023": "南通市崇川区人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n2023年，区本级共收到依申请公开110件，"
                  "按时办结100件，剩余10件结转下一年度办理。\n",
        "b-2023": "西吉县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息30条。\n"})
    first = p.ask("崇川区2023年依申请公开有多少件结转到下一年办？").text.splitlines()[0]
    assert "10" in first and "110" not in first, first
