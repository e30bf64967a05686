"""The template's tables as real pages lay them out all read into the same values.

Reports are written here from one grid of values, in the layouts web copies, text exports and
office files give: tab tables, markdown "|" tables, web copies with a closing "|" on each row or
on each cell, cells one per line (with or without "|" lines between), and words on one line
separated by spaces. Then: a short row placed by its own header, a header that cannot place it,
and reports whose tables cannot be read at all (images, a cut page), which still parse and build.
"""

from __future__ import annotations

import pytest

from index import template as T
from index.build import build
from index.parse import parse_report

A, P, R = T.ACTIVE, T.APPLICATIONS, T.REVIEW
ARTICLE = {"规章": "（一）", "行政规范性文件": "（一）", "行政许可": "（五）", "行政处罚": "（六）",
           "行政强制": "（六）", "行政事业性收费": "（八）"}


def _grid() -> dict[str, list[tuple[str, list[str]]]]:
    """Distinct values for every cell, so a value read into the wrong cell is seen."""
    two = []
    n = 1
    for r in T.ACTIVE_2021.rows:
        cols = T.ACTIVE_2021.columns_of(r)
        two.append((r.label, [str(n + i) for i in range(len(cols))]))
        n += len(cols)
    two[-1] = (two[-1][0], ["4.55"])  # fees, in 万元
    three = [(r.label, [str((k * 7 + j) % 9) for j in range(7)]) for k, r in enumerate(T.APPLICATIONS_2021.rows)]
    four = [(r.label, [str((k * 5 + j) % 4) for j in range(5)]) for k, r in enumerate(T.REVIEW_TABLE.rows)]
    return {A: two, P: three, R: four}


GRID = _grid()
EXPECTED = {(t, row, c.label): float(v) if "." in v else int(v)
            for t, table in ((A, T.ACTIVE_2021), (P, T.APPLICATIONS_2021))
            for row, vs in GRID[t] for c, v in zip(table.columns_of(table.row(row)), vs)}
EXPECTED.update({(R, row, c.label): int(v) for row, vs in GRID[R] for c, v in zip(T.REVIEW_COLUMNS, vs)})


def _rows() -> dict[str, list[list[str]]]:
    """Each table as rows of cells, headers included, as the template prints them."""
    two: list[list[str]] = []
    article = None
    for label, values in GRID[A]:
        if ARTICLE[label] != article:
            article = ARTICLE[label]
            cols = [c.label for c in T.ACTIVE_2021.columns_of(T.ACTIVE_2021.row(label))]
            two += [[f"第二十条第{article}项"], ["信息内容", *cols]]
        two.append([label, *values])
    three = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
             ["自然人", "法人或其他组织", "总计"],
             ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    for label, values in GRID[P]:
        cells = label.split(" ", 1)
        if label == "（一）予以公开":
            cells = ["三、本年度办理结果", *cells]
        three.append([*cells, *values])
    outcomes = [c.label for c in T.REVIEW_COLUMNS]
    four = [["行政复议", "行政诉讼"], [*outcomes, "未经复议直接起诉", "复议后起诉"], outcomes * 2,
            [v for _, vs in GRID[R] for v in vs]]
    return {A: two, P: three, R: four}


def _render(rows: list[list[str]], layout: str) -> list[str]:
    if layout == "tab":
        return ["\t".join(r) for r in rows]
    if layout == "spaces":
        return [" ".join(r) for r in rows]
    if layout == "markdown":
        width = max(len(r) for r in rows)
        return ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
    if layout == "web-pipes":
        return [" | ".join(r) + " |" for r in rows]
    if layout == "cell-pipes":
        return [f"{c} |" for r in rows for c in r]
    if layout == "bar-lines":
        return [x for r in rows for c in r for x in (c, "|")]
    if layout == "cell-lines":
        return [x for r in rows for c in r for x in (f"  {c}", "")]
    raise ValueError(layout)


def report_text(layout: str, tables: dict[str, list[str]] | None = None) -> str:
    rows = _rows()
    tables = tables if tables is not None else {k: _render(v, layout) for k, v in rows.items()}
    return "\n".join([
        "隆德县教育局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "本局依照条例做好信息公开，全年共收到政府信息公开申请 3 件。",
        "二、主动公开政府信息情况",
        *tables.get(A, []),
        "三、收到和处理政府信息公开申请情况",
        *tables.get(P, []),
        "四、政府信息公开行政复议、行政诉讼情况",
        *tables.get(R, []),
        "五、存在的主要问题及改进情况",
        "信息更新还不够及时，下一年将加强审核。",
    ])


LAYOUTS = ["tab", "spaces", "markdown", "web-pipes", "cell-pipes", "bar-lines", "cell-lines"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_reads_the_same_values(layout):
    r = parse_report(report_text(layout), f"layout-{layout}")
    got = {(v.table, v.row, v.column): v.value for v in r.tables}
    assert r.template == "2021"
    assert {v.status for v in r.tables} == {"ok"}
    assert got == EXPECTED
    for v in r.tables:
        assert r.quote(v.span) == v.raw
    assert not [f for f in r.findings if f.kind in ("unreadable", "missing")]


def test_markdown_rule_lines_are_not_values():
    text = report_text("markdown")
    assert "|---|---|---|---|" in text
    r = parse_report(text, "md")
    assert all(v.raw != "---" for v in r.tables)


def test_a_unit_printed_in_the_cell_is_read_with_the_number():
    lines = _render(_rows()[A], "web-pipes")
    lines[-1] = "行政事业性收费 | 976.81万元 |"
    r = parse_report(report_text("web-pipes", {**{k: _render(v, "web-pipes") for k, v in _rows().items()}, A: lines}), "unit")
    fee = next(v for v in r.tables if v.row == "行政事业性收费")
    assert (fee.status, fee.value, fee.raw, fee.unit) == ("ok", 976.81, "976.81万元", "万元")
    assert r.quote(fee.span) == "976.81万元"


# --- a short row placed by the table's own header ---------------------------------------------

HEADER = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t",
          "\t\t自然人\t法人或其他组织\t\t\t\t",
          "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]


def _short_table(header: list[str]) -> list[str]:
    """No 总计 column: rows print six values, and the rows with a sub-label put it where the
    自然人 cell would be, so they print five."""
    out = list(header)
    for label, values in GRID[P]:
        group, _, item = label.partition(" ")
        if item:
            out.append(f"\t{group}\t{item}\t" + "\t".join(values[1:6]))
        elif label.startswith("（"):
            out.append(f"\t{label}\t" + "\t".join(values[:6]))
        else:
            out.append(f"{label}\t\t" + "\t".join(values[:6]))
    return out


def test_a_short_row_is_read_by_the_columns_its_header_places():
    tables = {k: _render(v, "tab") for k, v in _rows().items()}
    r = parse_report(report_text("tab", {**tables, P: _short_table(HEADER)}), "short")
    cells = {(v.row, v.column): v for v in r.tables if v.table == P}
    for label, values in GRID[P]:
        item = " " in label
        for j, c in enumerate(T.APPLICANT_COLUMNS):
            v = cells[(label, c.label)]
            if c.label == "总计" or (item and c.label == "自然人"):
                assert (v.status, v.value, v.span) == ("missing", None, None), (label, c.label)
            else:
                assert (v.status, v.value) == ("ok", int(values[j])), (label, c.label)
                assert r.quote(v.span) == values[j]
    assert not [f for f in r.findings if f.kind == "unreadable"]
    [note] = [f for f in r.findings if f.kind == "missing"]
    assert "25 行" in note.message and "“总计” 25 行，“自然人” 19 行" in note.message
    # The values were never meant to add up: with 总计 gone, the column sums still checked fail.
    assert [f for f in r.findings if f.kind == "arithmetic"]


@pytest.mark.parametrize("header", [
    [HEADER[0], "\t\t自然人\t法人或其他组织\t\t\t\t", "\t\t\t自然人\t科研机构\t社会公益组织\t法律服务机构\t其他"],
    [HEADER[0], "\t\t自然人\t法人或其他组织", "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构"],
    [HEADER[0], "自然人 法人或其他组织", "商业企业 科研机构 社会公益组织 法律服务机构 其他"],
], ids=["a-column-named-twice", "values-under-no-header", "header-without-positions"])
def test_a_short_row_stays_unreadable_when_the_header_cannot_place_it(header):
    tables = {k: _render(v, "tab") for k, v in _rows().items()}
    r = parse_report(report_text("tab", {**tables, P: _short_table(header)}), "short")
    new = [v for v in r.tables if v.table == P and v.row == T.NEW]
    assert {v.status for v in new} == {"unreadable"} and {v.value for v in new} == {None}


# --- no readable table -------------------------------------------------------------------------

def test_a_report_whose_tables_are_images_is_a_normal_report():
    r = parse_report(report_text("tab", {}), "images")
    assert r.agency.name == "隆德县教育局" and r.year == 2023
    assert r.template is None and r.tables == ()
    [note] = r.findings
    assert note.kind == "missing" and "没有可读的表格数值" in note.message
    assert all(k in note.message for k in (A, P, R))


def test_a_page_cut_inside_a_table_keeps_what_was_read():
    tables = {k: _render(v, "tab") for k, v in _rows().items()}
    cut = tables[P][: tables[P].index(next(x for x in tables[P] if "属于国家秘密" in x))]
    r = parse_report(report_text("tab", {A: tables[A], P: [*cut, "（三）不予公开\t1.属于国家秘密\t0\t1"]}), "cut")
    cells = {(v.table, v.row, v.column): v for v in r.tables}
    assert cells[(A, "行政许可", "本年处理决定数量")].status == "ok"
    assert cells[(P, T.NEW, "总计")].value == int(GRID[P][0][1][6])
    assert cells[(P, "（三）不予公开 1.属于国家秘密", "总计")].status == "unreadable"
    assert cells[(P, T.CARRIED_FORWARD, "总计")].status == "missing"
    missing = [f for f in r.findings if f.kind == "missing"]
    assert len(missing) == 2  # the rows after the cut (one note), and no table 4 heading
    assert "未找到 20 行" in missing[0].message


def test_reports_without_tables_build_without_failures(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "images.txt").write_text(report_text("tab", {}), encoding="utf-8")
    (corpus / "prose-only.txt").write_text("泾源县教育体育局2022年政府信息公开工作年度报告\n本年度共收到申请 2 件。\n",
                                           encoding="utf-8")
    (corpus / "tab.txt").write_text(report_text("tab"), encoding="utf-8")
    summary = build(corpus, tmp_path / "data")
    assert summary.failed == [] and summary.reports == 3
    notes = [(w["report"], w["message"][:12]) for w in summary.warnings if w["kind"] == "missing"]
    assert notes == [("images", "“主动公开政府信息情况”"), ("prose-only", "未找到国家模板表格 (n")]


def test_an_opening_sentence_naming_the_tables_is_not_their_heading():
    # Many reports open by listing their parts; the tables are found under their own headings.
    opening = ("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议"
               "和行政诉讼情况、存在的主要问题及改进情况组成。")
    lines = report_text("tab").split("\n")
    r = parse_report("\n".join([lines[0], opening, *lines[1:]]), "opening")
    assert {(v.table, v.row, v.column): v.value for v in r.tables} == EXPECTED
    assert {v.status for v in r.tables} == {"ok"}


def test_a_table_whose_cells_lost_their_separators_is_read_where_the_digits_fill_the_row():
    # "行政许可707" under one column; "规章000" under three, one digit a cell; a row whose digits do
    # not fill its columns one each stays unread rather than guessed
    from index.normalize import normalize
    from index.tables import read_tables

    text = ("某县卫生健康委员会2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
            "信息内容本年制发件数本年废止件数现行有效件数\n规章000\n行政规范性文件130\n第二十条第(五)项\n"
            "信息内容本年处理决定数量\n行政许可512\n第二十条第(六)项\n信息内容本年处理决定数量\n行政处罚9\n行政强制0\n"
            "三、收到和处理政府信息公开申请情况\n自然人法人或其他组织总计\n商业企业科研机构社会公益组织法律服务机构其他\n"
            "一、本年新收政府信息公开申请数量3000003\n二、上年结转政府信息公开申请数量12000012\n")
    got = {(v.row, v.column): v.value for v in read_tables(normalize(text), "x", 2021).values}
    assert got[("行政许可", "本年处理决定数量")] == 512 and got[("行政处罚", "本年处理决定数量")] == 9
    assert [got[("行政规范性文件", c)] for c in ("本年制发件数", "本年废止件数", "现行有效件数")] == [1, 3, 0]
    new = "一、本年新收政府信息公开申请数量"
    assert got[(new, "自然人")] == 3 and got[(new, "总计")] == 3
    assert got[("二、上年结转政府信息公开申请数量", "自然人")] is None  # 8 digits, 7 cells
