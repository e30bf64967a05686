"""Turn one corpus file (.txt/.md/.docx/.pdf/.html) into plain text for the pure parser.

Tables come out as one line per row, cells joined by "\\t"; a merged cell is written once and
followed by "" for each further grid column (or row) it covers, so column positions stay right
in every format. All later citations are offsets into ``Loaded.text``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".docx", ".pdf", ".html", ".htm"})
_MB = 1024 * 1024


class LoadError(Exception):
    """Raised with a one-line, human-readable reason (what was wrong, what to do)."""


@dataclass(frozen=True)
class Loaded:
    """A loaded report: ``text`` (citations are offsets into it), ``kind`` ("text" | "docx" |
    "pdf" | "html") and, for text files, the ``encoding`` that decoded it."""

    text: str
    kind: str
    encoding: str | None


def load(path: Path, max_bytes: int = 20 * _MB) -> Loaded:
    """Read ``path`` and return its text; raise :class:`LoadError` for anything unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"unsupported file type {suffix or '(no suffix)'!r} for {path.name}: "
                        f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}")
    try:
        # stat first: a huge file must be refused without reading it into memory.
        size = os.stat(path).st_size
        if size > max_bytes:
            raise LoadError(f"file is {size / _MB:.1f} MB, over the {max_bytes / _MB:.3g} MB "
                            f"limit (RAG_MAX_FILE_MB): {path.name}")
        if size == 0:
            raise LoadError(f"file is empty (0 bytes): {path.name}")
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(f"cannot read file: {e}") from e
    if not data.strip():
        raise LoadError(f"file is empty (only whitespace): {path.name}")
    if suffix in (".txt", ".md"):
        text, encoding = decode_text(data, path.name)
        result = Loaded(text, "text", encoding)
    elif suffix == ".docx":
        result = Loaded(_docx_text(data, path.name), "docx", None)
    elif suffix == ".pdf":
        result = Loaded(_pdf_text(data, path.name), "pdf", None)
    else:
        from index.html import decode_html, html_to_text, markup_within_bounds

        result = Loaded(html_to_text(markup_within_bounds(decode_html(data, path.name), path.name)), "html", None)
    if not result.text.strip():
        raise LoadError(f"file is empty (no text in the {result.kind.upper()}): {path.name}")
    return result


# --- text ---------------------------------------------------------------------------------

def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode a text file strictly as UTF-8 (BOM stripped), else GB18030 (a superset of GBK
    and GB2312, which is what Chinese Windows tools write). Line breaks become "\\n"."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise LoadError(f"not a text file we read: {name} is UTF-16; save it as UTF-8")
    if b"\x00" in data:
        raise LoadError(f"not a text file: {name} contains NUL bytes (binary data?)")
    for encoding in ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # gb18030 decodes much binary junk without error, so also look for control characters.
        controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f\v")
        if controls > max(2, len(text) // 100):
            break
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise LoadError(f"not a text file: {name} is neither UTF-8 nor GB18030/GBK text")


# --- docx ---------------------------------------------------------------------------------

def _docx_text(data: bytes, name: str) -> str:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises zip, XML and KeyError alike for broken files
        raise LoadError(f"cannot open DOCX: {name} is not a valid .docx file ({e}); "
                        "an old .doc must be saved as .docx first") from e
    lines: list[str] = []
    for el in _docx_blocks(document.element.body, qn):
        if el.tag == qn("w:p"):
            lines.append(Paragraph(el, document).text)
        else:
            lines.extend("\t".join(_docx_row(row, qn)) for row in Table(el, document).rows)
    return "\n".join(lines)


def _docx_blocks(parent: Any, qn: Any) -> Iterator[Any]:
    """w:p and w:tbl children in document order; content controls (w:sdt) are looked into
    because templates often wrap whole sections in them."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _docx_blocks(content, qn)


def _docx_row(row: Any, qn: Any) -> list[str]:
    from docx.text.paragraph import Paragraph

    cells = [""] * row.grid_cols_before
    for tc in row._tr.tc_lst:
        span = tc.grid_span
        if tc.vMerge == "continue":
            # Vertically merged: the text belongs to the row above (pdfplumber also gives None).
            cells.extend([""] * span)
        else:
            # Not row.cells: it repeats a horizontally merged cell once per grid column.
            text = "".join(Paragraph(p, None).text for p in tc.iterchildren(qn("w:p")))
            cells.extend([clean_cell(text)] + [""] * (span - 1))
    return cells + [""] * row.grid_cols_after


def clean_cell(text: str | None) -> str:
    """One table cell as a single line: wrapped Chinese text is rejoined with "" and tabs
    (our column separator) become spaces."""
    return "".join((text or "").splitlines()).replace("\t", " ").strip()


# --- pdf ----------------------------------------------------------------------------------

def _pdf_text(data: bytes, name: str) -> str:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer raises syntax, password and EOF errors of its own
        raise LoadError(f"cannot open PDF: {name} ({type(e).__name__}: {e})") from e
    with pdf:
        try:
            pages = [_pdf_page_items(page) for page in pdf.pages]
        except Exception as e:
            raise LoadError(f"cannot open PDF: {name} is damaged ({type(e).__name__}: {e})") from e
    _share_columns(pages)
    text = "\n".join("\n".join(item.text() for item in items) for items in pages)
    if not text.strip():
        raise LoadError(f"PDF has no text layer (scanned images?): {name}; run OCR first")
    return text


@dataclass
class _PdfTable:
    """One ruled table of one page: its box, its cells' left edges, and its rows of cell texts
    aligned to those edges (None under and beside a merged cell, as pdfplumber gives them)."""

    bbox: tuple[float, float, float, float]
    xs: list[float]
    rows: list[list[str | None]]
    columns: list[float] | None = None  # the grid shared with the table's other pages

    def text(self) -> str:
        cols = self.columns or self.xs
        out = []
        for row in self.rows:
            cells = [""] * len(cols)
            for x, cell in zip(self.xs, row):
                cells[_nearest(cols, x)] = clean_cell(cell)
            out.append("\t".join(cells))
        return "\n".join(out)


@dataclass
class _PdfProse:
    top: float
    line: str

    def text(self) -> str:
        return self.line


_SAME_X = 5.0  # points: pdfplumber snaps ruling lines 3 pt apart into one, so edges wander that much
_PAGE_NUMBER = re.compile(r"^[\s\-—–·第页共/\d]*$")  # "- 3 -", "第 3 页 共 9 页": not content


def _continues(a: _PdfTable, b: _PdfTable) -> bool:
    """Same width, and one part's column edges are all edges of the other (a header row may hide
    some); two unrelated tables that only happen to meet at a page break differ in their grids."""
    def within(xs: list[float], ys: list[float]) -> bool:
        return all(any(abs(x - y) < _SAME_X for y in ys) for x in xs)

    return (abs(a.bbox[0] - b.bbox[0]) < _SAME_X and abs(a.bbox[2] - b.bbox[2]) < _SAME_X
            and (within(a.xs, b.xs) or within(b.xs, a.xs)))


def _nearest(xs: list[float], x: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - x))


def _pdf_page_items(page: Any) -> list[_PdfTable | _PdfProse]:
    """Prose lines and ruled tables of one page, top to bottom."""
    page = page.dedupe_chars()  # some generators draw each glyph twice to fake bold
    tables = []
    for t in page.find_tables():
        rows = t.extract()
        # A one-column "table" is a ruled box around prose (a frame, a note): keep it as prose.
        if max(map(len, rows), default=0) > 1:
            tables.append(_PdfTable(t.bbox, sorted({c[0] for c in t.cells}), rows))
    boxes = [t.bbox for t in tables]
    # A char belongs to a table if its centre lies in the table's box; the rest is prose.
    prose = page.filter(lambda o: o.get("object_type") != "char" or not _in_any(o, boxes))
    items: list[tuple[float, _PdfTable | _PdfProse]] = [
        (ln["top"], _PdfProse(ln["top"], ln["text"])) for ln in prose.extract_text_lines(return_chars=False)]
    items += [(t.bbox[1], t) for t in tables]
    items.sort(key=lambda item: item[0])  # stable: equal tops keep extraction order
    return [item for _, item in items]


def _share_columns(pages: list[list[_PdfTable | _PdfProse]]) -> None:
    """A table that runs on over a page break is cut into one table per page, and a part may lack
    a column another part has (a merged header cell spans it, no row below starts there). Parts
    that end one page and open the next with the same width are one table: they share one grid,
    so every row keeps its cells' positions."""
    groups: list[list[_PdfTable]] = []
    previous: _PdfTable | _PdfProse | None = None
    for items in pages:
        body = [item for item in items if not (isinstance(item, _PdfProse) and _PAGE_NUMBER.match(item.line))]
        first = body[0] if body else None
        if isinstance(previous, _PdfTable) and isinstance(first, _PdfTable) and _continues(previous, first):
            groups[-1].append(first)
        elif isinstance(first, _PdfTable):
            groups.append([first])
        groups += [[item] for item in body[1:] if isinstance(item, _PdfTable)]
        previous = body[-1] if body else previous
    for group in groups:
        if len(group) < 2:
            continue
        columns: list[float] = []
        for x in sorted(x for t in group for x in t.xs):
            if not columns or x - columns[-1] >= _SAME_X:
                columns.append(x)
        for t in group:
            t.columns = columns


def _in_any(obj: dict[str, Any], boxes: Iterable[tuple[float, float, float, float]]) -> bool:
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)
