"""Pure: a table's lines as one stream of label text and value cells (see ``index.tables``), the
cells of a line split on tabs, "|" or spaces, and the applicant columns a header row places.

Split from ``index.tables``, which reads the template's rows from the stream.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from index import template as T


# A count may carry its unit (web copies print "976.81万元" in the cell); the value is the number.
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?(?:万元|件|项|条|个|次)?$")
_UNIT = re.compile(r"[^\d.]+$")
_PIPE = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_TAB = re.compile(r"\t")
_SPACES = re.compile(r" +")
_RULE = re.compile(r"^:?-{3,}:?$")  # a markdown rule cell: |---|:---:|
_NA = re.compile(r"^[/／—–-]+$")
WHITESPACE = re.compile(r"\s+")
# a short label ending on a character (or a closing bracket) with digits right after it
_GLUED = re.compile(r"^(\s*\S.{0,40}?[\u4e00-\u9fff）)”])(\d{1,12})\s*$")


@dataclass
class Value:
    raw: str
    start: int  # normalised offsets
    end: int
    at: int  # position in the label stream
    line: int
    kind: str = "ok"  # ok | na | blank
    col: int = -1  # the cell's position in a tab or "|" line (-1: split on spaces, no position)
    glued: bool = False  # digits written onto the label with no separator ("行政许可707", "规章000")


@dataclass
class Stream:
    labels: str = ""
    # One entry per label cell (not per character: 1,000 reports must parse in seconds): where
    # its text starts in ``labels``, its normalised offset and its line.
    seg_at: list[int] = field(default_factory=list)
    seg_pos: list[int] = field(default_factory=list)
    seg_line: list[int] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)

    def pos(self, i: int) -> int:
        """Normalised offset of the label cell holding label character ``i``."""
        return self.seg_pos[bisect_right(self.seg_at, i) - 1]

    def line(self, i: int) -> int:
        return self.seg_line[bisect_right(self.seg_at, i) - 1]


def split_cells(line: str, base: int) -> tuple[list[tuple[str, int, int]], bool]:
    """Split a line into (text, start, end) cells, and say whether cell positions mean columns:
    "|" cells (outer bars dropped) or tab cells do; space-separated words do not."""
    piped = "|" in line or "｜" in line
    sep = _PIPE if piped else _TAB if "\t" in line else _SPACES
    out, pos = [], 0
    for m in sep.finditer(line):
        out.append((line[pos : m.start()], base + pos, base + m.start()))
        pos = m.end()
    out.append((line[pos:], base + pos, base + len(line)))
    if piped:
        if out and not out[-1][0].strip():
            out.pop()  # "… | 0 |": the bar closes the row
        if out and not out[0][0].strip() and _PIPE.match(line):
            out.pop(0)  # "| 0 | …": the bar opens it
        if out and all(_RULE.match(t.strip()) for t, _, _ in out if t.strip()) and any(t.strip() for t, _, _ in out):
            return [], True  # |---|---|: a rule, not cells
    return out, piped or "\t" in line


def stream_of(lines: list[str], starts: list[int], first: int, last: int) -> Stream:
    s = Stream()
    labels: list[str] = []
    n = 0  # len("".join(labels))
    for li in range(first, last):
        cells, is_tab = split_cells(lines[li], starts[li])
        kinds = []
        for text, a, b in cells:
            t = text.strip()
            kinds.append("ok" if _NUMBER.match(t) else "na" if _NA.match(t) else "" if not t else "text")
        value_idx = [i for i, k in enumerate(kinds) if k in ("ok", "na")]
        lo, hi = (value_idx[0], value_idx[-1]) if value_idx else (-1, -2)
        if len(cells) == 1 and kinds == ["text"] and (g := _GLUED.match(cells[0][0])):
            # a table whose cells lost their separators: the label, then its digits
            text, a, _ = cells[0]
            cells = [(g.group(1), a, a + g.end(1)), (g.group(2), a + g.start(2), a + g.end(2))]
            kinds = ["text", "glued"]
        for i, ((text, a, b), k) in enumerate(zip(cells, kinds)):
            if k == "glued":
                s.values.append(Value(text, a, b, n, li, "ok", -1, glued=True))
                continue
            if k == "text":
                compact = WHITESPACE.sub("", text)
                s.seg_at.append(n)
                s.seg_pos.append(a + (len(text) - len(text.lstrip())))
                s.seg_line.append(li)
                labels.append(compact)
                n += len(compact)
            elif k in ("ok", "na"):
                lead = len(text) - len(text.lstrip())
                s.values.append(Value(text.strip(), a + lead, a + lead + len(text.strip()), n, li, k,
                                       i if is_tab else -1))
            elif is_tab and lo < i < hi:
                # An empty cell between two values of a tab row is a real, blank cell.
                s.values.append(Value("", a, a, n, li, "blank", i))
    s.labels = "".join(labels)
    return s


def to_number(raw: str) -> float | int:
    num = _UNIT.sub("", raw).replace(",", "")
    v = float(num)
    return int(v) if v.is_integer() and "." not in num else v


def header_label(cell: str) -> str | None:
    for label, keys in T.APPLICANT_HEADER_KEYS.items():
        if any(cell.startswith(k) and len(cell) <= len(k) + 4 for k in keys):
            return label
    return None


def header_columns(lines: list[str], first: int, last: int) -> dict[int, str] | None:
    """The applicant column each cell position of a tab or "|" table stands under, from the
    header lines above its first number; None when the header names no column or names one
    twice or two at one position (then positions say nothing)."""
    found: dict[int, str] = {}
    for li in range(first, last):
        cells, positional = split_cells(lines[li], 0)
        texts = [WHITESPACE.sub("", t) for t, _, _ in cells]
        if any(_NUMBER.match(t) for t in texts):
            break  # the body has begun
        if not positional:
            continue
        for i, t in enumerate(texts):
            label = header_label(t)
            if label is None:
                continue
            if found.get(i, label) != label or (label in found.values() and found.get(i) != label):
                return None
            found[i] = label
    return found or None


def placed_by_header(mine: list[Value], header: dict[int, str] | None) -> dict[str, Value] | None:
    """A short row's cells by the columns its header places above them, or None unless every
    cell is on one line at a position the header names."""
    if not header or not mine or len({v.line for v in mine}) != 1:
        return None
    if any(v.col not in header for v in mine):
        return None
    return {header[v.col]: v for v in mine}
