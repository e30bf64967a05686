"""The web app's pure parts, no server: escaping of everything from reports, the sources block,
the report views and CSV, the guarded service and the fake pipeline the other app tests use."""

from __future__ import annotations

import csv
import re
import pytest

from index.config import Settings
from index.model import Agency, Answer, Citation, Finding, Place, Report, Section, TableValue
from conftest import SEEDS, seed
from web import render, reportview
from web.service import (MAX_QUESTION_CHARS, Limits, QuestionError, Service, ServiceError, answer_payload,
                         check_history, check_question)

EVIL = "<script>alert(1)</script>"


def evil_report() -> Report:
    """A report whose every field a renderer touches holds markup."""
    text = f"一、总体情况\n前文。{EVIL}后文 <img src=x onerror=alert(2)>。\n本年收到申请 1 件。"
    i = text.index(EVIL)
    return Report(
        id="evil-2024", source="evil.txt", sha256="0", text=text,
        agency=Agency(f"恶意局{EVIL}", "教育行政部门", "education bureau"),
        place=Place("恶县<b>", "市", "省"), year=2024, template="2021",
        sections=(Section("s1", 1, f"一、总体情况{EVIL}", (f"一、总体情况{EVIL}",), (0, len(text)), (0, len(text))),),
        tables=(TableValue("evil-2024", f"表{EVIL}", "行", "=cmd|' /C calc'!A0", 1, "件", (i, i + len(EVIL))),),
        findings=(Finding("evil-2024", "prose_table", f"正文与表格不一致{EVIL}"),),
    )


def evil_answer() -> Answer:
    r = evil_report()
    i = r.text.index(EVIL)
    cite = Citation(r.id, r.agency.name, 2024, f"一、总体情况{EVIL}", EVIL, (i, i + len(EVIL)), "evil-2024#s1~0",
                    cell=(f"表{EVIL}", "行", "=cmd|' /C calc'!A0"))
    return Answer("q", f"答案 {EVIL}", citations=[cite], facts=[{"note": EVIL, "value": 1}],
                  warnings=[Finding(r.id, "prose_table", f"注意 {EVIL}")])


def test_script_in_a_passage_renders_as_text():
    r = evil_report()
    out = render.sources_html(evil_answer(), {r.id: r})
    assert "<script" not in out.lower()
    assert "<img" not in out.lower()
    assert "恶县<b>" not in out and "恶县&lt;b&gt;" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out  # the context around the quote is escaped too
    # the quote is marked inside its context, within an expandable block
    assert re.search(r"<details>.*<mark>&lt;script&gt;alert\(1\)&lt;/script&gt;</mark>", out)
    assert "data-quality note" in out.lower() and "注意 &lt;script&gt;" in out


def test_answer_text_and_report_views_are_escaped():
    r = evil_report()
    assert "<script>" not in render.answer_html(f"x {EVIL}")
    for html in (reportview.sections_html(r), reportview.findings_html(r), render.error_html(EVIL),
                 render.eval_summary_html({"answers": {"n": 1, "passed": 1, "accuracy": 1.0},
                                           "by_tag": {EVIL: {"n": 1, "passed": 1, "accuracy": 1.0}}})):
        assert "<script" not in html.lower() and "&lt;script&gt;" in html


def test_sources_show_report_section_context_and_cell():
    r = seed("haiyuan-2024")
    ev = "“海原教育”微信公众号发布 547 篇"
    i = r.text.index(ev)
    v = next(t for t in r.tables if t.status == "ok")
    answer = Answer("q", "547", citations=[
        Citation(r.id, "", None, "", ev, (i, i + len(ev))),
        Citation(r.id, r.agency.name, 2024, v.table, r.quote(v.span), v.span, cell=(v.table, v.row, v.column)),
    ], facts=[{"report_id": r.id, "agency": r.agency.name, "place": "海原县", "year": 2024, "table": v.table,
               "row": v.row, "column": v.column, "value": v.value, "unit": v.unit, "status": "ok", "raw": ""}])
    out = render.sources_html(answer, {r.id: r})
    assert out.count("class='rag-source'") == 2
    assert "海原县教育体育局" in out and "宁夏回族自治区 中卫市 海原县" in out and "2024" in out
    assert "一、总体情况 &gt; （一）主动公开" in out  # section path found from the span when not given
    assert f"<mark>{ev}</mark>" in out
    assert r.text[i - 20:i] in out  # surrounding context from the report text
    assert "class='rag-cell'" in out and f"<td>{v.row}</td>" in out and "class='rag-facts'" in out


def test_a_quote_that_does_not_match_its_span_is_shown_without_context():
    r = seed("quxian-2024")
    c = Citation(r.id, "渠县教育局", 2024, "", "不在报告里的话", (0, 7))
    out = render.citation_html(1, c, r)
    assert "<mark>不在报告里的话</mark>" in out and r.text[:7] not in out
    assert "不在报告里的话" in render.citation_html(1, c, None)  # unknown report: still shown


def test_report_views_and_csv(tmp_path):
    r = seed("yanchi-2020")
    rows = reportview.report_rows([seed(s) for s in SEEDS])
    assert [row[0] for row in rows] == sorted(SEEDS, key=lambda s: seed(s).agency.name)
    assert rows[0][1:6] == [seed(rows[0][0]).agency.name, seed(rows[0][0]).place.county,
                            seed(rows[0][0]).place.city, seed(rows[0][0]).place.province, seed(rows[0][0]).year]
    tree = reportview.sections_html(r)
    assert tree.count("<details") == len(r.sections)
    path = reportview.write_values_csv(r, tmp_path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert got[0] == ["report", *reportview.VALUE_HEADERS, "raw"] and len(got) == len(r.tables) + 1
    assert ["yanchi-2020", "主动公开政府信息情况", "行政许可", "处理决定数量", "228", "件", "ok", "228"] in got
    # a label that a spreadsheet would run as a formula is neutralised
    evil = reportview.write_values_csv(evil_report(), tmp_path)
    assert "'=cmd" in evil.read_text(encoding="utf-8-sig")


def test_check_question_and_history():
    assert check_question("  海原县？ ") == "海原县？"
    for bad in ("", "   ", None):
        with pytest.raises(QuestionError, match="empty"):
            check_question(bad)
    with pytest.raises(QuestionError, match="must be a string, not int"):
        check_question(3)
    with pytest.raises(QuestionError, match="too long"):
        check_question("问" * (MAX_QUESTION_CHARS + 1))
    hist = check_history([{"role": "user", "content": "a"}, {"role": "assistant", "content": ""},
                          {"role": "assistant", "content": "b"}], Limits())
    assert hist == [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]  # empty turns dropped
    for bad in ([{"role": "system", "content": "x"}], ["junk"], [{"role": "user"}]):
        with pytest.raises(QuestionError, match="History turn 1"):
            check_history(bad, Limits())


class Broken:
    reports = [seed("lanxi-2024")]

    def ask(self, question, history=None, place=None, year=None):
        raise RuntimeError("secret internals /etc/something")

    def stream(self, question, history=None, place=None, year=None):
        yield "partial "
        raise RuntimeError("secret internals")


def test_service_turns_failures_into_short_messages(caplog):
    s = Service(Broken(), concurrency=2)
    with pytest.raises(ServiceError) as e:
        s.ask("问题")
    assert "secret" not in str(e.value) and "Traceback" not in str(e.value) and e.value.ref in str(e.value)
    assert "secret internals" in caplog.text  # the traceback is in the server log
    parts = []
    with pytest.raises(ServiceError):
        for p in s.stream("问题"):
            parts.append(p)
    assert parts == ["partial "]
    assert s.slots.free == 2  # slots were given back


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    from web.fake import load

    return load(Settings(data_dir=tmp_path_factory.mktemp("fake-data")))


def test_fake_pipeline_answers_with_real_quotes(fake):
    a = fake.ask("Which county received applications in 2024?")
    assert a.text.splitlines()[0] == "海原县、渠县" and a.language == "en"
    assert {c.report_id for c in a.citations} == {"haiyuan-2024", "quxian-2024"}
    for c in a.citations:
        assert fake.by_id[c.report_id].text[c.span[0]:c.span[1]] == c.quote
    cell = fake.ask("盐池县2020年行政许可处理决定数量是多少？")
    assert cell.text.startswith("228") and cell.citations[0].cell == ("主动公开政府信息情况", "行政许可", "处理决定数量")
    assert cell.facts[0]["value"] == 228
    assert fake.ask("Which county received applications in 2024?", place="渠县").text.startswith("渠县")
    assert fake.ask("Which county received applications in 2024?", year=2020).refused
    assert fake.ask("今天天气怎么样？").refused
    *chunks, final = list(fake.stream("海原县微信公众号发布多少篇?"))
    assert "".join(chunks) == final.text and final.text.startswith("547")


def test_answer_payload_is_json_with_structured_citations(fake):
    import json

    p = answer_payload(fake.ask("盐池县2020年行政许可处理决定数量是多少？"))
    assert json.loads(json.dumps(p, ensure_ascii=False)) == p
    assert set(p) == {"question", "answer", "refused", "language", "citations", "facts", "warnings", "timing_ms",
                      "retrieval", "filters"}
    assert p["citations"][0]["cell"] == ["主动公开政府信息情况", "行政许可", "处理决定数量"]
    assert p["citations"][0]["span"] == list(fake.ask("盐池县2020年行政许可处理决定数量是多少？").citations[0].span)


def test_service_filters_from_the_corpus(fake):
    s = Service(fake)
    assert s.places() == sorted(seed(i).place.county for i in SEEDS)
    assert s.years() == [2024, 2023, 2020]


def test_evil_report_fixture_is_consistent():
    r = evil_report()
    c = evil_answer().citations[0]
    assert r.quote(c.span) == c.quote


def test_long_source_lists_start_folded():
    r = seed("haiyuan-2024")
    c = Citation(r.id, "", None, "", r.text[:10], (0, 10))
    assert "<details class='rag-cites' open>" in render.sources_html(Answer("q", "a", citations=[c] * 3), {r.id: r})
    folded = render.sources_html(Answer("q", "a", citations=[c] * 4, warnings=[Finding("", "answer", "w")]), {r.id: r})
    assert "<details class='rag-cites'>" in folded and folded.count("class='rag-source'") == 4
    assert render.sources_html(Answer("q", "a"), {}) == ""


def test_chat_messages_are_text_not_markdown(fake):
    """Finding 10 (issue 12): a URL, Markdown link or image in a report or question must stay text.
    The chat shows our escaped HTML as is (no Markdown pass that would linkify it)."""
    import gradio as gr

    from web.ui import build_ui

    text = "见 http://evil.example/a\n[x](http://evil.example/b) ![i](http://evil.example/c.png) <a href=x>"
    assert render.answer_html(text) == ("见 http://evil.example/a\n[x](http://evil.example/b) "
                                        "![i](http://evil.example/c.png) &lt;a href=x&gt;")
    chat = next(b for b in build_ui(Service(fake)).blocks.values() if isinstance(b, gr.Chatbot))
    assert (chat.render_markdown, chat.latex_delimiters) == (False, [])


def test_warnings_name_their_report_and_repeats_are_grouped():
    r = seed("haiyuan-2024")
    many = [Finding(r.id, "unreadable", f"第 {i} 行无法读取") for i in range(25)]
    html = render.warnings_html([*many, Finding(r.id, "arithmetic", "合计不符"), Finding("", "answer", "已删除 1 行")],
                                {r.id: r})
    assert html.count("class='rag-warn'") == 3  # 25 of one kind in one report: one note, the rest folded
    assert "海原县教育体育局 2024：第 0 行无法读取" in html and "另有 24 条同类提示 / 24 more like it" in html
    assert "说明 / Note：已删除 1 行" in html
    page = reportview.findings_html(Report(**{**vars(r), "findings": tuple(many)}))
    assert page.count("<li><b>") == 1 and "无法读取的表格值" in page and "另有 24 条" in page


def test_quotes_read_with_hard_line_breaks_joined():
    text = "一、总体情况\n本年度通过门户网站发布信息上\n\n报 12 条，其中政策解读\n3 条。\n二、主动公开政府信息情况"
    r = Report(id="wrapped", source="w.txt", sha256="", text=text, agency=None, place=None, year=2024, template=None)
    s, e = text.index("信息上"), text.index("，") + 1
    c = Citation(r.id, "", 2024, "一、总体情况", text[s:e], (s, e))
    html = render.context_html(r, c, radius=200)
    assert "<mark>信息上报 12 条，</mark>其中政策解读3 条。" in html  # joined inside sentences, the mark kept
    assert "3 条。<br>二、主动公开" in html and "一、总体情况<br>本年度" in html  # sentence ends and headings stay
    assert text[c.span[0] : c.span[1]] == c.quote  # the citation keeps the report's own characters
    assert render.unwrap("Open\nGovernment") == "Open\nGovernment"  # English words are not run together
    # in an answer, only what it quotes: its own lines (a name list, then one line per report) stay
    assert render.answer_html("海原县、渠县\n海原县：“发布信息上\n\n报 12 条”") == "海原县、渠县\n海原县：“发布信息上报 12 条”"


def test_listing_the_corpus_reads_no_report_body(tmp_path):
    from index.store import Store

    store = Store(tmp_path)
    for rid in ("haiyuan-2024", "yanchi-2020"):
        store.put(seed(rid))
    listed = Store(tmp_path).reports()
    for r in listed:  # a body read now would fail the listing
        object.__setattr__(r, "_body", lambda rid: (_ for _ in ()).throw(AssertionError(f"{rid}'s body was read")))
    rows = {d["id"]: d for d in map(reportview.report_summary, listed)}
    for rid in ("haiyuan-2024", "yanchi-2020"):
        want = seed(rid)
        assert (rows[rid]["sections"], rows[rid]["table_values"], rows[rid]["warnings"]) == (
            len(want.sections), len(want.tables), len(want.findings))
    assert len(reportview.report_rows(listed)) == 2


def test_a_store_written_before_headers_had_counts_is_completed_once(tmp_path):
    import json

    from index.store import Store

    store = Store(tmp_path)
    store.put(seed("quxian-2024"))
    db = store._writer()
    head = json.loads(db.execute("SELECT head FROM reports").fetchone()[0])
    db.execute("UPDATE reports SET head = ?", (json.dumps({k: v for k, v in head.items() if k != "counts"}),))
    assert Store(tmp_path).complete_heads() == 1 and Store(tmp_path).complete_heads() == 0
    assert json.loads(db.execute("SELECT head FROM reports").fetchone()[0]) == head


def test_an_answer_as_markdown_csv_and_link():
    import csv as csv_
    import io

    from web import takeaway

    r = seed("quxian-2024")
    i = r.text.index("400")
    a = Answer("渠县微信公众号发布多少条？", "渠县教育局（2024年）：微信公众号发布信息 400 余条（据正文）。",
               citations=[Citation(r.id, "渠县教育局", 2024, "一、总体情况", r.text[i : i + 5], (i, i + 5))],
               facts=[{"report_id": r.id, "kind": "disclosed.wechat", "value": 400, "unit": "条", "raw": "400余条",
                       "source": "text"}, {"aggregate": "count", "n": 1}], filters={"year": 2024})
    md = takeaway.answer_markdown(a, {r.id: r})
    assert md.startswith(a.text + "\n") and "已筛选 / Filtered: year 2024" in md
    assert f"1. 渠县教育局 2024 · 一、总体情况 · “{r.text[i:i + 5]}” (quxian-2024 {i}–{i + 5})" in md
    rows = list(csv_.DictReader(io.StringIO(takeaway.facts_csv(a, {r.id: r}))))
    assert rows == [{**{k: "" for k in takeaway.FACT_COLUMNS}, "report_id": r.id, "body": "渠县教育局", "place": "渠县",
                     "year": "2024", "kind": "disclosed.wechat", "value": "400", "unit": "条", "wording": "400余条",
                     "source": "text"}]
    assert takeaway.link(a.question, a.filters) == "?q=%E6%B8%A0%E5%8E%BF%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7" \
        "%E5%8F%91%E5%B8%83%E5%A4%9A%E5%B0%91%E6%9D%A1%EF%BC%9F&year=2024"
    html = takeaway.share_html(a, {r.id: r})
    assert "class='rag-copy'" in html and "&lt;" not in md and "data-md=\"渠县教育局" in html


def test_the_facts_block_speaks_to_readers():
    facts = [{"report_id": "quxian-2024", "agency": "渠县教育局", "place": "渠县", "year": 2024, "kind": "disclosed.wechat",
              "value": 400, "unit": "条", "raw": "400余条", "source": "text"},
             {"report_id": "haiyuan-2024", "agency": "海原县教育体育局", "place": "海原县", "year": 2024, "table": "t",
              "row": "一、本年新收政府信息公开申请数量", "column": "总计", "value": 0, "unit": "件", "status": "ok", "raw": "0",
              "prose_value": 1},
             {"report_id": "lanxi-2024", "agency": "兰西县教育体育局", "place": "兰西县", "year": 2024, "table": "t", "row": "r",
              "column": "c", "value": None, "unit": "", "status": "missing", "raw": ""},
             {"aggregate": "sum", "total": 400}, {"aggregate": "count", "count": 3, "items": ["a", "b", "c"]}]
    html = render.facts_html(facts)
    heads = re.findall(r"<th>(.*?)</th>", html)
    assert heads == render.FACT_HEADERS  # no report_id, status, raw, prose_value, aggregate columns
    assert "<td>400余条</td><td>正文 / text</td>" in html  # the figure as the report words it; from the text
    assert "<td>0（正文 / text: 1）</td><td>表格 / table: 一、本年新收政府信息公开申请数量 · 总计</td>" in html
    assert "未给出 / not given" in html and "合计 / total：400" in html and "items" not in html
    assert "Computed from the tables" not in html and "rag-facts-wrap" in html  # scrolls inside its box


def test_a_quote_the_answer_prints_is_not_printed_again_in_its_sources():
    text = "一、总体情况\n本年度通过“某县教育”公众号发布信息\n\n120 条。另有说明。\n二、主动公开政府信息情况"
    r = Report(id="q", source="q.txt", sha256="", text=text, agency=None, place=None, year=2024, template=None)
    s = text.index("本年度")
    e = text.index("条。") + 2
    said, other = Citation(r.id, "", 2024, "一、总体情况", text[s:e], (s, e)), \
        Citation(r.id, "", 2024, "一、总体情况", "另有说明。", (e, e + 5))
    a = Answer("q", "某县：120 条。\n“本年度通过“某县教育”公众号发布信息120 条。”", citations=[said, other])
    html = render.sources_html(a, {r.id: r})
    assert html.count("引文见上方答案") == 1  # the quote printed above (inner quotes, joined wrap) …
    assert "<mark>另有说明。</mark>" in html  # … the one it does not print still shows
    assert "<mark>本年度通过" in html  # the context of the one above is still there on opening


def test_figures_compared_across_reports_are_drawn_as_labelled_bars():
    facts = [{"report_id": "a-2024", "place": "甲县", "year": 2024, "kind": "disclosed.wechat", "value": 400,
              "raw": "400余条", "source": "text"},
             {"report_id": "b-2020", "place": "乙县", "year": 2020, "kind": "disclosed.wechat", "value": 588,
              "raw": "588篇", "source": "text"},
             {"report_id": "b-2020", "place": "乙县", "year": 2020, "kind": "disclosed.video", "value": 9, "raw": "9条"},
             {"aggregate": "count", "count": 2, "items": ["a-2024", "b-2020"]}]
    html = render.facts_html(facts)
    assert html.count("<figure class='rag-chart'>") == 1  # one thing counted by two reports; the video's one bar is none
    bars = re.findall(r"<li>.*?</li>", html.split("<figure")[1])
    assert "乙县 2020" in bars[0] and "width:100.0%" in bars[0] and "588篇" in bars[0]  # the largest first, full width
    assert "甲县 2024" in bars[1] and "width:68.0%" in bars[1] and "400余条" in bars[1]  # as worded: not a bare 400
    assert render.chart_html(facts[:1]) == ""  # one report: nothing to compare
