"""A typeset PDF of each seed report, with ruled tables whose header cells are merged, gives the
same table values as the seed's text.

The PDFs are made here with reportlab, in two layouts:
- ``template``: the national template's own tables (申请人情况 over 自然人 / 法人或其他组织 (five
  columns) / 总计, 三、本年度办理结果 and （三）…（六） spanning their rows, 行政复议 / 行政诉讼 over
  未经复议直接起诉 / 复议后起诉), filled with the values the parser reads from the seed's text — for
  the seeds whose text gives every cell;
- ``own``: the seed's own tab tables as printed, each cell that continues a label or a header to
  its right or below merged into it — for the seeds whose tables are tab tables (海原's table 3,
  with no 总计 column, stays as it is printed).
pdfplumber returns such tables padded with ``None`` under and beside every spanning cell.

Fonts: reportlab's built-in Adobe CID font STSong-Light (not embedded, as many government PDFs
are), and a TrueType font from Debian embedded as a subset (fonts-wqy-microhei; .ci/run installs
it, the test skips without it).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from conftest import CORPUS, seed
from index import template as T
from index.load import load
from index.parse import parse_report

TTF = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
NUM = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
LAYOUTS = [("lanxi-2024", "template"), ("quxian-2024", "template"), ("shenchi-2023", "template"),
           ("haiyuan-2024", "own"), ("quxian-2024", "own"), ("shenchi-2023", "own"), ("yanchi-2020", "own")]

# The template's article for each row of table 2 (its group heading), as the template prints it.
ARTICLE = {"规章": "（一）", "行政规范性文件": "（一）", "规范性文件": "（一）", "行政许可": "（五）",
           "其他对外管理服务事项": "（五）", "行政处罚": "（六）", "行政强制": "（六）",
           "行政事业性收费": "（八）", "政府集中采购": "（九）"}
COLUMN_HEAD = {"本年收费金额": "本年收费金额（单位：万元）"}
RESULTS = "三、本年度办理结果"
HEADINGS = {T.ACTIVE: r"主动公开政府信息情况", T.APPLICATIONS: r"收到和处理政府信息公开申请",
            T.REVIEW: r"行政复议"}

Grid = tuple[list[list[str]], list[tuple[tuple[int, int], tuple[int, int]]]]  # rows, SPAN commands


# --- the national template's tables ---------------------------------------------------------

def _cell_text(report, table: str, row: str, column: str) -> str:
    v = next(v for v in report.tables if (v.table, v.row, v.column) == (table, row, column))
    assert v.status in ("ok", "na", "blank"), (row, column, v.status)
    return v.raw


def _table_two(report) -> Grid:
    table = T.table(report.template, T.ACTIVE)
    rows: list[list[str]] = []
    spans = []
    article = None
    for r in table.rows:
        cols = table.columns_of(r)
        if ARTICLE[r.label] != article:
            article = ARTICLE[r.label]
            spans.append(((0, len(rows)), (3, len(rows))))
            rows.append([f"第二十条第{article}项", "", "", ""])
            heads = [COLUMN_HEAD.get(c.label, c.label) for c in cols]
            if len(cols) < 3:
                spans.append(((len(cols), len(rows)), (3, len(rows))))
            rows.append(["信息内容", *heads] + [""] * (3 - len(cols)))
        if len(cols) < 3:
            spans.append(((len(cols), len(rows)), (3, len(rows))))
        rows.append([r.label, *(_cell_text(report, T.ACTIVE, r.label, c.label) for c in cols)]
                    + [""] * (3 - len(cols)))
    return rows, spans


def _table_three(report) -> Grid:
    table = T.table(report.template, T.APPLICATIONS)
    rows = [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"] + [""] * 6,
        ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
        ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ]
    spans = [((0, 0), (2, 2)), ((3, 0), (9, 0)), ((3, 1), (3, 2)), ((4, 1), (8, 1)), ((9, 1), (9, 2))]
    results: list[int] = []
    groups: dict[str, list[int]] = {}
    for r in table.rows:
        values = [_cell_text(report, T.APPLICATIONS, r.label, c.label) for c in table.columns]
        i = len(rows)
        if not r.group:  # 一、 二、 四、: one label over the three label columns
            rows.append([r.label, "", "", *values])
            spans.append(((0, i), (2, i)))
            continue
        results.append(i)
        if r.group == RESULTS:  # （一） （二） （七）, and 2019's （六）其他处理
            rows.append(["", r.label, "", *values])
            spans.append(((1, i), (2, i)))
        else:  # （三）不予公开 1.属于国家秘密 …: the group label spans its items
            groups.setdefault(r.group, []).append(i)
            rows.append(["", "", r.label.split(" ", 1)[1], *values])
    rows[results[0]][0] = RESULTS
    spans.append(((0, results[0]), (0, results[-1])))
    for group, idx in groups.items():
        rows[idx[0]][1] = group
        spans.append(((1, idx[0]), (1, idx[-1])))
    return rows, spans


def _table_four(report) -> Grid:
    outcomes = [c.label for c in T.REVIEW_COLUMNS]
    rows = [
        ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
        [*outcomes, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        [""] * 5 + outcomes * 2,
        [_cell_text(report, T.REVIEW, r.label, c) for r in T.REVIEW_TABLE.rows for c in outcomes],
    ]
    spans = [((0, 0), (4, 0)), ((5, 0), (14, 0)), ((5, 1), (9, 1)), ((10, 1), (14, 1))]
    spans += [((k, 1), (k, 2)) for k in range(5)]
    return rows, spans


def _template_blocks(rid: str) -> list[tuple[str, object]]:
    """The seed's prose as paragraphs, each template table replaced by its typeset grid: the
    lines from the table's heading to its last value go, except prose sentences among them."""
    report = seed(rid)
    lines = report.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def line_of(offset: int) -> int:
        return next(i for i in range(len(lines)) if starts[i + 1] > offset)

    grids = {T.ACTIVE: _table_two(report), T.APPLICATIONS: _table_three(report), T.REVIEW: _table_four(report)}
    regions, at = [], 0
    for key in (T.ACTIVE, T.APPLICATIONS, T.REVIEW):
        head = next(i for i in range(at, len(lines)) if re.search(HEADINGS[key], lines[i]))
        last = max(line_of(v.span[0]) for v in report.tables if v.table == key and v.span)
        regions.append((head, last, key))
        at = last + 1
    out: list[tuple[str, object]] = []
    i = 0
    for head, last, key in regions:
        out += [("p", line) for line in lines[i: head + 1]]
        out += [("p", line) for line in lines[head + 1: last + 1] if "。" in line]
        out.append(("table", grids[key]))
        i = last + 1
    out += [("p", line) for line in lines[i:]]
    return out


# --- the seed's own tab tables --------------------------------------------------------------

def _merged(rows: list[list[str]]) -> Grid:
    """Spans for a tab table as printed: an empty cell right of or below a label or header cell
    (never among or after a row's values) belongs to it."""
    n, w = len(rows), len(rows[0])
    first_value = [next((j for j, t in enumerate(r) if NUM.match(t.strip())), w) for r in rows]

    def free(i: int, j: int) -> bool:
        return not rows[i][j].strip() and j < first_value[i] and (i, j) not in taken

    taken: set[tuple[int, int]] = set()
    spans = []
    for i in range(n):
        for j in range(w):
            if not rows[i][j].strip() or j >= first_value[i] or (i, j) in taken:
                continue
            j1 = j
            while j1 + 1 < w and free(i, j1 + 1):
                j1 += 1
            i1 = i
            while i1 + 1 < n and all(free(i1 + 1, k) for k in range(j, j1 + 1)):
                i1 += 1
            if (i1, j1) != (i, j):
                spans.append(((j, i), (j1, i1)))
                taken.update((a, b) for a in range(i, i1 + 1) for b in range(j, j1 + 1))
    return rows, spans


def _own_blocks(rid: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for line in (CORPUS / f"{rid}.txt").read_text(encoding="utf-8").split("\n"):
        if "\t" not in line:
            out.append(("p", line))
        elif out and out[-1][0] == "rows":
            out[-1][1].append(line.split("\t"))
        else:
            out.append(("rows", [line.split("\t")]))
    blocks = []
    for kind, body in out:
        if kind == "rows":
            width = max(len(r) for r in body)
            body = _merged([r + [""] * (width - len(r)) for r in body])
            kind = "table"
        blocks.append((kind, body))
    return blocks


# --- typesetting ------------------------------------------------------------------------------

def _font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if name == "cid":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"
    if not TTF.exists():
        pytest.skip(f"{TTF} missing: install the Debian package fonts-wqy-microhei (.ci/run does)")
    pdfmetrics.registerFont(TTFont("WQYMicroHei", str(TTF), subfontIndex=0))
    return "WQYMicroHei"


def _typeset(blocks: list[tuple[str, object]], path: Path, font: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    prose = ParagraphStyle("zh", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=prose, fontSize=6, leading=7)
    story = []
    for kind, body in blocks:
        if kind == "p":
            story.append(Paragraph(html.escape(body), prose))
            continue
        if kind == "break":
            story.append(PageBreak())
            continue
        rows, spans = body
        width = len(rows[0])
        label = 170 if width <= 4 else 60 if width <= 10 else 0
        widths = [label] + [(780 - label) / (width - 1)] * (width - 1) if label else [780 / width] * width
        # Space around each table, as a page has it: tables that touch are one ruled grid to pdfplumber.
        t = Table([[Paragraph(html.escape(c), cell) for c in r] for r in rows], colWidths=widths,
                  spaceBefore=6, spaceAfter=6)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                              + [("SPAN", a, b) for a, b in spans]))
        story.append(t)
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=20, rightMargin=20,
                      topMargin=20, bottomMargin=20).build(story)


@pytest.mark.parametrize("font", ["cid", "ttf"])
@pytest.mark.parametrize(("rid", "layout"), LAYOUTS)
def test_typeset_pdf_gives_the_seed_values(tmp_path, rid, layout, font):
    blocks = _template_blocks(rid) if layout == "template" else _own_blocks(rid)
    path = tmp_path / f"{rid}.pdf"
    _typeset(blocks, path, _font(font))
    text = load(path).text
    report = parse_report(text, rid)
    expected = {(v.table, v.row, v.column): (v.status, v.value) for v in seed(rid).tables}
    got = {(v.table, v.row, v.column): (v.status, v.value) for v in report.tables}
    assert got == expected
    for v in report.tables:
        if v.status == "ok":
            assert report.quote(v.span) == v.raw
    kinds = ("unreadable", "missing", "arithmetic")
    assert sorted(f.message for f in report.findings if f.kind in kinds) == sorted(
        f.message for f in seed(rid).findings if f.kind in kinds)


def test_merged_header_cells_come_back_padded_on_the_template_grid(tmp_path):
    # What the loader makes of a merged header: the spanning cell once, then "" for every grid
    # column it covers, so the columns below keep their positions.
    path = tmp_path / "lanxi.pdf"
    _typeset(_template_blocks("lanxi-2024"), path, _font("cid"))
    lines = load(path).text.split("\n")
    i = next(i for i, line in enumerate(lines) if line.startswith("（本列数据"))
    assert lines[i].split("\t")[3:] == ["申请人情况"] + [""] * 6
    assert lines[i + 1].split("\t") == ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]
    assert lines[i + 2].split("\t")[4:] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]
    assert lines[i + 3].split("\t") == ["一、本年新收政府信息公开申请数量", "", ""] + ["0"] * 7
    review = next(i for i, line in enumerate(lines) if line.startswith("行政复议\t"))
    assert lines[review].split("\t") == ["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9


def test_a_table_cut_by_a_page_break_keeps_its_columns(tmp_path):
    # 海原's table 3 cut after its first data row: the part on the first page has no cell that
    # starts at its second column, so on its own it would come back one cell short per row.
    blocks = _own_blocks("haiyuan-2024")
    k = next(i for i, (kind, body) in enumerate(blocks) if kind == "table" and body[0][0][0].startswith("(本列"))
    rows, spans = blocks[k][1]
    assert all(b[1] <= 3 for a, b in spans if a[1] <= 3)  # no span crosses the cut
    top = (rows[:4], [s for s in spans if s[0][1] <= 3])
    rest = (rows[4:], [((a[0], a[1] - 4), (b[0], b[1] - 4)) for a, b in spans if a[1] > 3])
    blocks[k: k + 1] = [("table", top), ("break", None), ("table", rest)]
    path = tmp_path / "haiyuan.pdf"
    _typeset(blocks, path, _font("cid"))
    lines = load(path).text.split("\n")
    assert next(line for line in lines if line.startswith("一、本年新收")).split("\t") == [
        "一、本年新收政府信息公开申请数量", "", "0", "0", "0", "0", "0", "1"]
    report = parse_report("\n".join(lines), "haiyuan-2024")
    assert {(v.row, v.column): (v.status, v.value) for v in report.tables} == {
        (v.row, v.column): (v.status, v.value) for v in seed("haiyuan-2024").tables}
