"""How a generated report is served: a traditional-script mirror (with its debris), an HTML
page, a Word file. Pure writers over the generator's chunks; the generator picks which."""

from __future__ import annotations

import functools
import html
import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.synth import Chunk


@functools.cache
def opencc_converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def traditional(text: str, rng: random.Random, debris: bool) -> str:
    """The page as a mirror site serves it: traditional characters, sometimes with pinyin debris
    after a few characters and "?" around figures."""
    out = opencc_converter("s2t").convert(text)
    if debris:
        from pypinyin import Style, pinyin

        glossed = {"報": "报", "動": "动", "開": "开", "據": "据"}  # traditional → simplified, for the reading
        out = re.sub("|".join(glossed), lambda m: m.group(0) + "(" + pinyin(glossed[m.group(0)], style=Style.TONE)[0][0] + ")"
                     if rng.random() < 0.5 else m.group(0), out)
        out = re.sub(r"(?<![\d.\-])(\d+)(?=[條篇件場份次人])", lambda m: f"?{m.group(1)}?" if rng.random() < 0.5 else m.group(1), out)
    return out


def to_html(chunks: list["Chunk"], title: str) -> str:
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title.replace(chr(10), ''))}</title></head><body>"]
    for c in chunks:
        if c.part == "table":
            parts.append(c.text if c.text.startswith("<table") else f"<pre>{html.escape(c.text)}</pre>")
        elif c.part == "clutter":
            parts.append(f"<div class=\"site\">{html.escape(c.text).replace(chr(10), '<br>')}</div>")
        elif c.part == "title":
            parts.append(f"<h1>{html.escape(c.text).replace(chr(10), '<br>')}</h1>")
        else:
            parts.append("".join(f"<p>{html.escape(line)}</p>" for line in c.text.split("\n")))
    parts.append("</body></html>")
    return "\n".join(parts)


def to_docx(chunks: list["Chunk"]) -> bytes:
    """A Word file: paragraphs and real tables. Zip entries get a fixed date so the bytes depend
    only on the content (python-docx stamps the time of writing)."""
    import io
    import zipfile

    from docx import Document

    doc = Document()
    for c in chunks:
        if c.part == "table":
            width = max(len(r) for r in c.rows)
            table = doc.add_table(rows=len(c.rows), cols=width)
            for row, texts in zip(table.rows, c.rows):
                for cell, text in zip(row.cells, texts):  # row.cells once: table.cell() rescans the grid
                    cell.text = text
        else:
            for line in c.text.split("\n"):
                if line:
                    doc.add_paragraph(line)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":  # created/modified stamps
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2020-01-01T00:00:00Z<", data)
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()
