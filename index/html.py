"""A government web page → the report's text: decode it, drop the site's chrome (navigation,
headers, footers, menus), pick the article block, and render it as lines (table rows as
tab-joined cells, like every other format; see ``index.load``)."""

from __future__ import annotations

import codecs
import re
from typing import Any

from index.load import _MB, LoadError, clean_cell

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_GB = {"gb2312", "gbk", "cp936", "x-gbk", "gb_2312-80", "euc-cn", "hz-gb-2312"}


def decode_html(data: bytes, name: str = "") -> str:
    """Decode by BOM, then the <meta> charset, then UTF-8, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise LoadError(f"not a text file: {name} contains NUL bytes (binary data?)")
    match = _META_CHARSET.search(data[:8192])
    declared = match.group(1).decode("ascii").lower() if match else "utf-8"
    # Pages declaring GB2312 routinely use GBK-only characters; GB18030 covers both.
    candidates = ["gb18030" if declared in _GB else declared, "utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    # A few bad bytes should not lose a whole report page: keep the best decoding, with U+FFFD.
    decoded = [data.decode(e, errors="replace") for e in candidates[1:]]
    return min(decoded, key=lambda text: text.count("\ufffd"))


_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg"]
_CHROME_TAGS = {"nav", "header", "footer", "aside"}
_CHROME_WORDS = re.compile(r"nav|menu|header|footer|crumb|sidebar|share|copyright", re.I)
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "dl",
          "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "hr", "body"}
_TITLE_PHRASES = ("年度报告", "政府信息公开")
_CONTENT_SHARE = 0.75
_CONTAINERS = ["div", "article", "section", "main", "td", "form", "center", "body"]


# Parsing markup into a tree costs ~10 s of CPU per MB on this machine (BeautifulSoup builds it in
# Python). Report pages are well under 1 MB once scripts, styles and inline images are gone; a page
# still past this is refused with its reason rather than tying up a build for minutes.
MAX_MARKUP_BYTES = 3 * _MB
_BULK = re.compile(r"<(script|style|noscript|svg|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->"
                   r"|(?<=[\"'(])data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+", re.I | re.S)


def markup_within_bounds(markup: str, name: str = "") -> str:
    """The markup without the bulk that never holds report text (scripts, styles, comments, inline
    base64 images); :class:`LoadError` when what is left is still over :data:`MAX_MARKUP_BYTES`."""
    markup = _BULK.sub(" ", markup)
    size = len(markup.encode("utf-8", errors="replace"))
    if size > MAX_MARKUP_BYTES:
        raise LoadError(f"page has {size / _MB:.1f} MB of markup after scripts and images are removed, over "
                        f"the {MAX_MARKUP_BYTES / _MB:.3g} MB a report page can be: {name} (save the report's "
                        f"text as .txt instead)")
    return markup


def html_to_text(markup: str) -> str:
    """The report part of a government web page as lines; table rows as tab-joined cells."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.body or soup
    total = _text_len(root)
    for tag in root.find_all(True):
        semantic = tag.name in _CHROME_TAGS  # the page says so itself: always chrome
        if tag.decomposed or not (semantic or tag.name == "form" or _CHROME_WORDS.search(
                " ".join([tag.get("id") or "", *(tag.get("class") or [])]))):
            continue
        # Guess by name only when small: ASP.NET pages put the whole page in one <form>, and
        # a "main-menu-layout" div may wrap everything. Never drop the report's title heading
        # (<header class="article-header"><h1>…年度报告</h1>).
        if (not semantic and _text_len(tag) * 2 >= total) or any(
                "年度报告" in h.get_text() for h in tag.find_all(["h1", "h2", "h3"])):
            continue
        tag.decompose()
    lines = _render(_content_block(root)).split("\n")
    return "\n".join(kept for line in lines if (kept := line.strip(" \u3000")).strip())


def _text_len(tag: Any) -> int:
    return len("".join(tag.get_text().split()))


def _content_block(root: Any) -> Any:
    """Readability-style choice of the article element: the smallest container that holds at
    least 75% of the page's non-link text (link text is mostly leftover menus and "related
    reports" lists), and, if the page mentions a title phrase, contains it too (so the title
    above the article body is kept). Falls back to ``root``."""
    from bs4.element import NavigableString, PreformattedString

    counts: dict[int, int] = {}
    with_title: set[int] = set()
    phrase = next((p for p in _TITLE_PHRASES if p in root.get_text()), None)
    for s in root.descendants:
        if not isinstance(s, NavigableString) or isinstance(s, PreformattedString):
            continue
        parents = list(s.parents)
        if phrase and phrase in s:
            with_title.update(id(p) for p in parents)
        n = 0 if any(p.name == "a" for p in parents) else len("".join(s.split()))
        for p in parents:
            counts[id(p)] = counts.get(id(p), 0) + n
    need = _CONTENT_SHARE * counts.get(id(root), 0)
    best = root
    for tag in root.find_all(_CONTAINERS):  # document order: children come after parents
        n = counts.get(id(tag), 0)
        if n >= need and n <= counts.get(id(best), 0) and (not phrase or id(tag) in with_title):
            best = tag
    return best


def _render(node: Any) -> str:
    """Text of ``node`` with a line break around every block element and <br>."""
    from bs4.element import NavigableString, PreformattedString

    out: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                out.append(re.sub(r"[ \t\n\r\f\xa0]+", " ", str(child)))
        elif child.name == "br":
            out.append("\n")
        elif child.name == "table" and not _is_layout(child):
            out.append("\n" + "\n".join("\t".join(row) for row in _table_rows(child)) + "\n")
        elif child.name in _BLOCK or child.name in ("td", "th"):
            out.append("\n" + _render(child) + "\n")
        else:
            out.append(_render(child))
    return "".join(out)


def _is_layout(table: Any) -> bool:
    # Old CMS pages lay the whole page out in tables: a table holding another table or a long
    # cell is page layout, whose cells are rendered as blocks rather than flattened into one row.
    return table.find("table") is not None or any(
        _text_len(cell) > 300 for cell in table.find_all(["td", "th"]))


def _table_rows(table: Any) -> list[list[str]]:
    """Cell texts on the table's grid: colspan and rowspan leave "" in the covered cells."""
    below: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    rows: list[list[str]] = []
    for tr in table.find_all("tr"):  # no nested tables here: _is_layout() sent those away
        row: list[str] = []
        cells = tr.find_all(["td", "th"], recursive=False)
        while cells or any(n > 0 and col >= len(row) for col, n in below.items()):
            if below.get(len(row), 0) > 0:
                below[len(row)] -= 1
                row.append("")
            elif not cells:
                row.append("")  # a gap before a column still covered further right
            else:
                cell = cells.pop(0)
                colspan = _span(cell.get("colspan"), 100)
                if (rowspan := _span(cell.get("rowspan"), 1000)) > 1:
                    below.update((len(row) + i, rowspan - 1) for i in range(colspan))
                row += [clean_cell(_render(cell))] + [""] * (colspan - 1)
        rows.append(row)
    return rows


def _span(value: Any, limit: int) -> int:
    try:
        return max(1, min(int(str(value).strip()), limit))
    except ValueError:
        return 1
