"""The same report as DOCX, PDF and HTML parses to the same table values as its text version.

The files are made here from 渠县's report: prose lines become paragraphs and its tab-separated
blocks become real tables (Word tables, ruled PDF tables, HTML tables with site navigation
around the article).
"""

from __future__ import annotations

import html

import pytest

from conftest import CORPUS, seed
from index.load import load
from index.normalize import normalize
from index.parse import parse_report

RID = "quxian-2024"


def _blocks() -> list[tuple[str, object]]:
    """("p", line) or ("table", [[cell, ...], ...]) in document order."""
    lines = normalize((CORPUS / f"{RID}.txt").read_text(encoding="utf-8")).text.split("\n")
    out: list[tuple[str, object]] = []
    for line in lines:
        if "\t" in line:
            row = line.split("\t")
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            out.append(("p", line))
    for kind, rows in out:
        if kind == "table":
            width = max(len(r) for r in rows)
            for r in rows:
                r.extend([""] * (width - len(r)))
    return out


def _same_values(report):
    expected = {(v.table, v.row, v.column): (v.status, v.value) for v in seed(RID).tables}
    got = {(v.table, v.row, v.column): (v.status, v.value) for v in report.tables}
    assert got == expected
    assert {f.kind for f in report.findings} == {f.kind for f in seed(RID).findings}
    for v in report.tables:
        if v.status == "ok":
            assert report.quote(v.span) == v.raw


def test_docx(tmp_path):
    import docx

    doc = docx.Document()
    for kind, body in _blocks():
        if kind == "p":
            doc.add_paragraph(body)
        else:
            t = doc.add_table(rows=len(body), cols=len(body[0]))
            for i, row in enumerate(body):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    path = tmp_path / "quxian.docx"
    doc.save(path)
    report = parse_report(load(path).text, RID)
    _same_values(report)
    assert report.agency.name == "渠县教育局" and report.year == 2024


def test_html_with_site_navigation(tmp_path):
    parts = []
    for kind, body in _blocks():
        if kind == "p":
            parts.append(f"<p>{html.escape(body)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in body)
            parts.append(f"<table border=1>{rows}</table>")
    page = (
        "<html><head><meta charset='utf-8'><title>渠县人民政府</title></head><body>"
        "<div class='header'><a href='/'>首页</a><a href='/zwgk'>政务公开</a><a href='/bsfw'>办事服务</a></div>"
        "<nav><ul><li>机构概况</li><li>政策文件</li><li>互动交流</li></ul></nav>"
        "<div id='main'><div class='sidebar'><ul><li><a href='#'>通知公告</a></li><li><a href='#'>人事信息</a></li></ul></div>"
        f"<div class='article'>{''.join(parts)}</div></div>"
        "<footer>版权所有：渠县人民政府办公室 网站标识码 5117250001</footer></body></html>"
    )
    path = tmp_path / "quxian.html"
    path.write_text(page, encoding="utf-8")
    text = load(path).text
    assert "版权所有" not in text and "办事服务" not in text and "人事信息" not in text
    _same_values(parse_report(text, RID))


def test_pdf_with_ruled_tables(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=style, fontSize=6, leading=7)
    story = []
    for kind, body in _blocks():
        if kind == "p":
            story.append(Paragraph(html.escape(body), style))
        else:
            data = [[Paragraph(html.escape(c), cell) for c in r] for r in body]
            widths = [150] + [(760 - 150) / (len(body[0]) - 1)] * (len(body[0]) - 1)
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
    path = tmp_path / "quxian.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30).build(story)
    report = parse_report(load(path).text, RID)
    _same_values(report)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_text_encodings_parse_the_same(tmp_path, encoding):
    path = tmp_path / "quxian.txt"
    path.write_bytes((CORPUS / f"{RID}.txt").read_text(encoding="utf-8").encode(encoding))
    _same_values(parse_report(load(path).text, RID))
