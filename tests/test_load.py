"""index.load on real files the tests write themselves (no mocks)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.load import SUPPORTED_SUFFIXES, LoadError, Loaded, load

GBK_TEXT = "兰西县教育体育局 2024 年\n一、总体情况\n"


# --- text files ---------------------------------------------------------------------------

def test_gbk_text_is_detected_and_decoded(tmp_path: Path) -> None:
    path = tmp_path / "lanxi.txt"
    path.write_bytes(GBK_TEXT.encode("gbk"))
    assert load(path) == Loaded(GBK_TEXT, "text", "gb18030")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + GBK_TEXT.encode("utf-8"))
    loaded = load(path)
    assert (loaded.text, loaded.kind, loaded.encoding) == (GBK_TEXT, "text", "utf-8-sig")


def test_plain_utf8_is_returned_as_is(tmp_path: Path) -> None:
    text = "  （一）主动公开\n\n\u3000\u3000本年制发 2 件。\t表\n"
    path = tmp_path / "plain.txt"
    path.write_bytes(text.encode("utf-8"))
    assert load(path) == Loaded(text, "text", "utf-8")


def test_crlf_becomes_lf(tmp_path: Path) -> None:
    path = tmp_path / "dos.txt"
    path.write_bytes("一、总体情况\r\n二、主动公开\r三\r\n".encode("gbk"))
    assert load(path).text == "一、总体情况\n二、主动公开\n三\n"


# --- docx ---------------------------------------------------------------------------------

def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("兰西县教育体育局2024年政府信息公开工作年度报告", level=1)
    doc.add_paragraph("一、总体情况")
    table = doc.add_table(rows=4, cols=4)
    rows = [
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "0"],
        ["行政规范性文件", "2", "1", "5"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(3, 0).text = "第十二条第（二）项\n信息内容"  # wrapped cell text is rejoined
    merged = table.cell(3, 1).merge(table.cell(3, 2))
    merged.text = "合并"
    table.cell(3, 3).text = "9"
    doc.add_paragraph("二、主动公开政府信息情况")
    path = tmp_path / "report.docx"
    doc.save(path)

    loaded = load(path)
    assert loaded.kind == "docx" and loaded.encoding is None
    assert loaded.text.split("\n") == [
        "兰西县教育体育局2024年政府信息公开工作年度报告",
        "一、总体情况",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t0",
        "行政规范性文件\t2\t1\t5",
        "第十二条第（二）项信息内容\t合并\t\t9",
        "二、主动公开政府信息情况",
    ]


def test_docx_vertical_merge_keeps_columns(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "行政复议"
    for r, values in enumerate([["维持", "1"], ["纠正", "0"]]):
        for c, value in enumerate(values, start=1):
            table.cell(r, c).text = value
    path = tmp_path / "vmerge.docx"
    doc.save(path)
    assert load(path).text == "行政复议\t维持\t1\n\t纠正\t0"


# --- pdf ----------------------------------------------------------------------------------

def _make_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=12, leading=18)
    table = Table(
        [["事项", "本年处理决定数量", "被复议数量"], ["行政处罚", "37", "2"], ["行政强制", "15", "0"]],
        colWidths=[120, 160, 100],
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ]))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("盐池县2020年政府信息公开工作年度报告", style),
        Paragraph("一、总体情况。本机关全年主动公开信息一百件。", style),
        table,
        Paragraph("五、存在的主要问题及改进情况", style),
    ])


def test_pdf_prose_and_table_in_order_without_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    _make_pdf(path)
    loaded = load(path)
    assert loaded.kind == "pdf" and loaded.encoding is None
    lines = loaded.text.split("\n")
    assert lines == [
        "盐池县2020年政府信息公开工作年度报告",
        "一、总体情况。本机关全年主动公开信息一百件。",
        "事项\t本年处理决定数量\t被复议数量",
        "行政处罚\t37\t2",
        "行政强制\t15\t0",
        "五、存在的主要问题及改进情况",
    ]
    assert loaded.text.count("行政处罚") == 1


def test_pdf_one_column_box_stays_prose(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    box = Table([["注：本报告数据统计期限"], ["自2024年1月1日起"]])
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "box.pdf"
    SimpleDocTemplate(str(path)).build([box])
    assert load(path).text == "注：本报告数据统计期限\n自2024年1月1日起"


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 300, fill=1)  # a "scanned image": shapes, no text
    c.showPage()
    c.save()
    with pytest.raises(LoadError, match="no text layer.*OCR"):
        load(path)


# --- html ---------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>海原县人民政府</title>
<style>.x {{ color: red }}</style><script>var tracker = "统计脚本";</script></head>
<body>
<header><div class="logo">海原县人民政府门户网站</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政府信息公开年报</div>
<div class="main">
  <div class="sidebar"><h3>栏目导航</h3><ul><li><a href="/a">领导信息</a></li>
  <li><a href="/b">机构职能</a></li><li><a href="/c">法定主动公开内容</a></li></ul></div>
  <div class="article">
    <h1>海原县教育体育局2024年政府信息公开工作年度报告</h1>
    <p>&nbsp;&nbsp;一、总体情况</p>
    <p>2024年，海原县教育体育局认真贯彻落实<b>《中华人民共和国政府信息公开条例》</b>。<br>
    全年主动公开信息<span>120</span>条。</p>
    <table border="1">
      <tr><th colspan="4">第二十条第（一）项</th></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td rowspan="2">规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>1</td><td>2</td><td>3</td></tr>
      <tr><td>行政规范性文件</td><td>2</td><td>1</td><td>5</td></tr>
    </table>
    <div>二、主动公开政府信息情况</div>
  </div>
</div>
<aside>扫一扫在手机打开当前页</aside>
<footer><p>版权所有：海原县人民政府办公室</p><p>网站标识码6405220001</p></footer>
</body></html>
"""

HTML_LINES = [
    "海原县教育体育局2024年政府信息公开工作年度报告",
    "一、总体情况",
    "2024年，海原县教育体育局认真贯彻落实《中华人民共和国政府信息公开条例》。",
    "全年主动公开信息120条。",
    "第二十条第（一）项\t\t\t",
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    "规章\t0\t0\t0",
    "\t1\t2\t3",
    "行政规范性文件\t2\t1\t5",
    "二、主动公开政府信息情况",
]
CHROME_WORDS = ["首页", "互动交流", "门户网站", "当前位置", "栏目导航", "领导信息", "版权所有",
                "网站标识码", "扫一扫", "统计脚本", "color"]


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf-8"), ("gb2312", "gbk")])
def test_html_report_without_site_chrome(tmp_path: Path, charset: str, codec: str) -> None:
    path = tmp_path / f"report-{charset}.html"
    path.write_bytes(HTML.format(charset=charset).encode(codec))
    loaded = load(path)
    assert loaded.kind == "html" and loaded.encoding is None
    assert loaded.text.split("\n") == HTML_LINES
    for word in CHROME_WORDS:
        assert word not in loaded.text, word


def test_html_old_cms_layout_tables_and_form_wrapper(tmp_path: Path) -> None:
    # Old government CMSs wrap the page in one <form> and lay it out with nested tables, and
    # some declare no charset at all (GBK bytes must still decode).
    prose = "本机关严格落实政府信息公开条例，" * 25
    page = f"""<html><body><form id="form1"><div id="menu"><a href="/">首页</a></div>
    <table width="100%"><tr><td><h2>盐池县2020年政府信息公开工作年度报告</h2></td></tr>
    <tr><td><p>一、总体情况</p><p>{prose}</p>
      <table border="1"><tr><td><p>行政处罚</p></td><td>37</td></tr>
      <tr><td>行政强制</td><td>15</td></tr></table>
    </td></tr></table>
    <header class="article-header"><h3>附：2020年度报告说明</h3></header>
    <div class="footer">版权所有</div></form></body></html>"""
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("gbk"))
    assert load(path).text.split("\n") == [
        "盐池县2020年政府信息公开工作年度报告",
        "一、总体情况",
        prose,
        "行政处罚\t37",
        "行政强制\t15",
        "附：2020年度报告说明",
    ]


# --- bad input ----------------------------------------------------------------------------

def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "words"), [
    ("empty.txt", b"", ["empty", "0 bytes"]),
    ("blank.txt", b"  \n\t\r\n  ", ["empty", "whitespace"]),
    ("blank.pdf", b"\n\n", ["empty", "whitespace"]),
    ("binary.txt", bytes(range(256)) * 4, ["not a text file", "NUL"]),
    ("junk.md", bytes([0x80, 0xFF, 0xFE, 0x81]) * 50, ["not a text file"]),
    ("garbage.pdf", os.urandom(2000).replace(b"%PDF", b"xxxx"), ["cannot open PDF"]),
    ("notzip.docx", "这不是一个 Word 文件".encode() * 20, ["cannot open DOCX", ".docx"]),
    ("report.xlsx", b"PK\x03\x04 spreadsheet", ["unsupported file type", ".xlsx", ".pdf"]),
    ("README", b"no suffix", ["unsupported file type", "no suffix"]),
])
def test_bad_input_is_refused_with_a_reason(
    tmp_path: Path, name: str, data: bytes, words: list[str]
) -> None:
    with pytest.raises(LoadError) as info:
        load(_write(tmp_path / name, data))
    message = str(info.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: instant, and load must not read it anyway
    with pytest.raises(LoadError, match=r"50\.0 MB, over the 20 MB limit \(RAG_MAX_FILE_MB\)"):
        load(path)
    with pytest.raises(LoadError, match=r"over the 0\.5 MB limit"):
        load(_write(tmp_path / "big.txt", b"x" * (600 * 1024)), max_bytes=512 * 1024)


def test_documents_without_text_are_refused(tmp_path: Path) -> None:
    import docx

    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(LoadError, match="empty.*no text in the DOCX"):
        load(tmp_path / "blank.docx")
    page = "<html><body><nav>首页</nav><script>x()</script></body></html>"
    with pytest.raises(LoadError, match="empty.*no text in the HTML"):
        load(_write(tmp_path / "blank.html", page.encode()))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read file"):
        load(tmp_path / "nowhere.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(LoadError, match="cannot read file"):
        load(tmp_path / "dir.txt")


def test_supported_suffixes_are_case_insensitive(tmp_path: Path) -> None:
    assert ".docx" in SUPPORTED_SUFFIXES
    path = _write(tmp_path / "REPORT.TXT", GBK_TEXT.encode("utf-8"))
    assert load(path).text == GBK_TEXT


def test_a_20_mb_page_fails_alone_with_its_reason(tmp_path: Path) -> None:
    """Tens of thousands of menu items: refused with the reason, not parsed for minutes."""
    menu = "<div class='nav'>" + "<li><a href='/x'>首页</a></li>" * 200 + "</div>\n"
    page = "<html><body>" + menu * (20_000_000 // len(menu.encode())) + "</body></html>"
    with pytest.raises(LoadError, match=r"MB of markup .* over the 3 MB a report page can be: big.html"):
        load(_write(tmp_path / "big.html", page.encode()))


def test_inline_images_and_scripts_do_not_count_against_the_page(tmp_path: Path) -> None:
    image = "A" * (6 * 1024 * 1024)
    page = (f"<html><body><script>{'var x=1;' * 200_000}</script><div class='content'>"
            f"<h1>某县教育局2023年政府信息公开工作年度报告</h1><img src=\"data:image/png;base64,{image}\">"
            "<p>一、总体情况</p><p>本年度共主动公开政府信息12条。</p></div></body></html>")
    loaded = load(_write(tmp_path / "inline.html", page.encode()))
    assert "主动公开政府信息12条" in loaded.text and "base64" not in loaded.text and "var x" not in loaded.text
