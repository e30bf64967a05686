"""A report printed in traditional characters (mirror sites convert whole pages) is read like its
simplified original: the same metadata, table values, sections and text facts, every span
quoting the traditional characters; and a question finds a report whatever script either uses."""

from __future__ import annotations

import functools

import opencc
import pytest

from conftest import CORPUS, SEEDS, seed
from index.lexical import BM25
from index.parse import parse_report
from index.passages import passages
from rag.pipeline import Pipeline

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")


def traditional(text: str) -> str:
    out = _S2T.convert(text)
    assert len(out) == len(text)  # the copy keeps every offset, so spans compare directly
    return out


@functools.cache
def trad_seed(report_id: str):
    text = traditional((CORPUS / f"{report_id}.txt").read_text(encoding="utf-8"))
    assert _T2S.convert(text) != text  # really a traditional copy
    return parse_report(text, report_id)


def _quotes_traditional(trad, simp, span) -> None:
    """The traditional report's quote is the traditional form of the seed's."""
    quote = trad.quote(span)
    assert quote == traditional(simp.quote(span)) or _T2S.convert(quote) == simp.quote(span), span


@pytest.mark.parametrize("rid", SEEDS)
def test_metadata_is_read_in_simplified(rid):
    s, t = seed(rid), trad_seed(rid)
    assert (t.agency.name, t.agency.kind, t.agency.aliases) == (s.agency.name, s.agency.kind, s.agency.aliases)
    assert (t.place, t.year, t.template, t.title) == (s.place, s.year, s.template, s.title)
    assert t.agency.name in s.text  # stored in simplified …
    # … with the printed form kept where it differs (empty until index/meta.py fills it)
    assert t.agency.original in ("", traditional(t.agency.name))
    # the same findings; a message quoting the report quotes it as printed
    assert [(f.kind, _T2S.convert(f.message), f.spans) for f in t.findings] == \
        [(f.kind, f.message, f.spans) for f in s.findings]


@pytest.mark.parametrize("rid", SEEDS)
def test_table_values_are_the_seeds_and_quote_traditional(rid):
    s, t = seed(rid), trad_seed(rid)
    assert len(s.tables) >= 198
    assert [(v.table, v.row, v.column, v.value, v.status, v.unit, v.span) for v in t.tables] == \
        [(v.table, v.row, v.column, v.value, v.status, v.unit, v.span) for v in s.tables]
    for tv, sv in zip(t.tables, s.tables):
        if tv.span:
            _quotes_traditional(t, s, tv.span)
            assert t.quote(tv.span) != s.quote(tv.span) or _T2S.convert(t.quote(tv.span)) == t.quote(tv.span)


@pytest.mark.parametrize("rid", SEEDS)
def test_sections_are_the_seeds_and_quote_traditional(rid):
    s, t = seed(rid), trad_seed(rid)
    assert [(x.id, x.level, x.heading, x.path, x.span, x.body_span) for x in t.sections] == \
        [(x.id, x.level, x.heading, x.path, x.span, x.body_span) for x in s.sections]
    for x in t.sections:
        _quotes_traditional(t, s, x.span)
    # a heading is stored simplified while its span quotes the traditional print
    first = next(x for x in t.sections if x.heading.startswith("一、"))
    assert first.heading == "一、总体情况" and t.quote(first.span).startswith("一、總體情況")


@pytest.mark.parametrize("rid", SEEDS)
def test_text_facts_are_the_seeds(rid):
    s, t = seed(rid), trad_seed(rid)
    assert [(f.kind, f.value, f.unit, f.spans) for f in t.facts] == [(f.kind, f.value, f.unit, f.spans) for f in s.facts]
    for f in t.facts:
        for span in f.spans:
            _quotes_traditional(t, s, span)


def test_passages_hold_simplified_text_and_traditional_spans():
    s, t = seed("quxian-2024"), trad_seed("quxian-2024")
    ps, pt = passages(s), passages(t)
    assert [(p.id, p.text, p.span) for p in pt] == [(p.id, p.text, p.span) for p in ps]
    assert any(t.quote(p.span) != s.quote(p.span) for p in pt)


class Recorder:
    """Stands in for the retriever: records the query the pipeline hands it."""

    def search(self, q, k=10, mode="hybrid"):
        self.q = q
        return []


@pytest.fixture(scope="module")
def mixed():
    """A pipeline over two seeds as printed and two traditional copies."""
    return Pipeline(settings=None, reports=[seed("quxian-2024"), seed("lanxi-2024"), trad_seed("haiyuan-2024"),
                                            trad_seed("yanchi-2020")], retriever=Recorder())


def test_a_question_in_either_script_finds_a_report_in_either_script(mixed):
    ps = [p for r in mixed.reports for p in passages(r)]
    bm = BM25.from_texts([p.id for p in ps], [p.text for p in ps])

    def top(question: str) -> tuple[list[str] | None, str]:
        q = mixed.understand(question)
        scores = bm.scores(q.text)  # over all four reports: the words alone must find it
        return q.reports, ps[max(scores, key=scores.get)].report

    # simplified question → traditional report, traditional question → simplified report
    assert top("海原县2024年收到多少申请？") == (["haiyuan-2024"], "haiyuan-2024")
    assert top("渠縣2024年主動公開了哪些信息？") == (["quxian-2024"], "quxian-2024")
    assert top("鹽池縣2020年政府網站發布了多少條信息？") == (["yanchi-2020"], "yanchi-2020")
    assert mixed.understand("渠縣2024年主動公開了哪些信息？").text == "渠县2024年主动公开了哪些信息？"


def test_the_pipeline_hands_questions_on_in_simplified(mixed):
    mixed.search("蘭西縣2024年受理了幾件申請？")
    assert mixed.retriever.q.text == "兰西县2024年受理了几件申请？" and mixed.retriever.q.reports == ["lanxi-2024"]
    mixed.search("乾县的报告")  # simplified stays as it is (t2s would make it 干县)
    assert mixed.retriever.q.text == "乾县的报告"


def test_simplified_navigation_around_a_traditional_body():
    s = seed("haiyuan-2024")
    body = traditional(s.text)
    nav = "首页 > 信息公开 > 法定主动公开内容 > 年度报告\n发布时间：2025-01-20 来源：本站 【字体：大 中 小】 打印\n"
    t = parse_report(nav + body + "\n返回顶部 关闭窗口\n", "haiyuan-2024")
    shift = len(nav)
    assert (t.agency.name, t.year, t.template) == (s.agency.name, s.year, s.template)
    assert [(v.table, v.row, v.column, v.value, v.status, v.span) for v in t.tables] == [(v.table, v.row, v.column, v.value, v.status,
                                    (v.span[0] + shift, v.span[1] + shift) if v.span else None) for v in s.tables]


@pytest.mark.parametrize("rid", ["quxian-2024", "yanchi-2020"])
def test_a_traditional_page_cut_mid_character(rid):
    s = seed(rid)
    text = traditional(s.text)
    cut = text[: len(text) * 2 // 3] + "\ufffd"  # the last character's bytes were cut in half
    t = parse_report(cut, rid)
    assert (t.agency.name, t.place, t.year) == (s.agency.name, s.place, s.year)
    assert t.sections and all(t.quote(x.span) == cut[x.span[0]:x.span[1]] for x in t.sections)
    assert "\ufffd" not in "".join(x.heading for x in t.sections)
