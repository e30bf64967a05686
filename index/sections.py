"""Pure reading of a report's heading tree from normalised text.

Headings come in five kinds, outermost first: 一、 (top level), （一）, a nested 一、 sequence
(top-level numbering restarting inside a section), 1. and the inline 一是…二是… enumeration.
A numbered heading only counts when it continues its sequence (一 after nothing, 二 after 一 …),
which is what separates a real 四、 from a table row label such as 四、结转下年度继续办理.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.model import Section
from index.normalize import Normalized

_CN = "一二三四五六七八九十"
_H1 = re.compile(rf"^([{_CN}]+)[、.]\s*(\S.*)$")
_H2 = re.compile(rf"^（([{_CN}]+)）\s*(\S.*)$")
_NUM = re.compile(r"^(\d{1,2})[.、]\s*([^\d\s].*)$")
_SHI = re.compile(rf"(?:^|(?<=[。；：:]))([{_CN}])是(?=\S)")
_RANK = {"h1": 0, "h2": 1, "sub": 2, "num": 3, "shi": 4}
_MAX_TITLE = 40


def bare_heading(line: str) -> bool:
    """A numbered heading and nothing else (一、总体情况, （二）依申请公开): a line that names a topic
    and states nothing of it."""
    line = line.strip().replace("(", "（").replace(")", "）")
    m = _H1.match(line) or _H2.match(line) or _NUM.match(line)
    return m is not None and re.fullmatch(r"[\u4e00-\u9fff、和及与]{2,16}[。：:]?", m.group(2)) is not None


def cn_number(s: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (enough for heading numbers)."""
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN.index(a) + 1 if a else 1) * 10 + (_CN.index(b) + 1 if b else 0)
    return _CN.index(s) + 1 if len(s) == 1 else 0


@dataclass
class _Event:
    pos: int  # normalised offset where the heading starts
    kind: str
    number: int
    title: str


def _title(line: str) -> str | None:
    """A heading's own words: the whole line if short, else up to its first full stop."""
    cut = line.find("。")
    if 0 < cut <= _MAX_TITLE:
        return line[:cut].rstrip("：: ")
    if cut < 0 and len(line) <= _MAX_TITLE:
        return line.rstrip("：: ")
    return None


def _events(lines: list[str], starts: list[int], skip: set[int]) -> list[_Event]:
    events: list[_Event] = []
    last = {"h1": 0}
    counters: dict[str, int] = {}  # next expected number of the open h2/sub/num sequence

    def accept(kind: str, n: int) -> bool:
        # A sequence starts at 1 or continues; opening an outer kind resets inner sequences.
        if n == 1 or counters.get(kind, 0) + 1 == n:
            counters[kind] = n
            for inner, r in _RANK.items():
                if r > _RANK[kind]:
                    counters.pop(inner, None)
            return True
        return False

    shi_expected = 1  # 一是…二是… may run on over several paragraphs of one section
    for i, line in enumerate(lines):
        if i in skip or "\t" in line:
            continue
        before = len(events)
        m = _H1.match(line)
        if m and (title := _title(line)) and not re.search(r"\s\d+$", line):
            n = cn_number(m.group(1))
            if n == last["h1"] + 1:
                last["h1"] = n
                counters.clear()
                events.append(_Event(starts[i], "h1", n, title))
            elif accept("sub", n):
                events.append(_Event(starts[i], "sub", n, title))
        elif (m := _H2.match(line)) and (title := _title(line)) and not re.search(r"\s\d+$", line):
            n = cn_number(m.group(1))
            if accept("h2", n):
                events.append(_Event(starts[i], "h2", n, title))
        elif (m := _NUM.match(line)) and (title := _title(line)):
            n = int(m.group(1))
            if accept("num", n):
                events.append(_Event(starts[i], "num", n, title))
        if len(events) > before:
            shi_expected = 1
        for m in _SHI.finditer(line):
            n = cn_number(m.group(1))
            if n != 1 and n != shi_expected:
                continue
            rest = line[m.start():]
            end = min([j for j in (rest.find(c) for c in "。；，：") if j > 0] or [min(len(rest), _MAX_TITLE)])
            events.append(_Event(starts[i] + m.start(), "shi", n, rest[:end]))
            shi_expected = n + 1
    return events


def read_sections(norm: Normalized, report: str, skip_lines: set[int] = frozenset(), title: str = "") -> list[Section]:
    """The heading tree as a flat list in document order (parents before children).

    ``skip_lines`` are table-body lines (their row labels look like headings).
    """
    text = norm.text
    lines, starts = norm.lines()
    events = _events(lines, starts, set(skip_lines))
    # Build the tree with a stack; an "shi" list restarts under whatever is open.
    nodes: list[dict] = []
    stack: list[dict] = []
    for ev in events:
        while stack and _RANK[stack[-1]["kind"]] >= _RANK[ev.kind]:
            stack.pop()
        node = {"kind": ev.kind, "start": ev.pos, "title": ev.title, "parent": stack[-1] if stack else None,
                "children": []}
        (stack[-1]["children"] if stack else nodes).append(node)
        stack.append(node)
    out: list[Section] = []
    first = events[0].pos if events else len(text)
    if first > 0 or not events:
        span = norm.to_original(0, _rstrip(text, 0, first))
        out.append(Section(f"{report}#s0", 0, title or "（前言）", (title or "（前言）",), span, span))

    def walk(siblings: list[dict], end: int, parent: Section | None) -> None:
        for k, node in enumerate(siblings):
            stop = siblings[k + 1]["start"] if k + 1 < len(siblings) else end
            sid = f"{parent.id}.{k + 1}" if parent else f"{report}#s{k + 1}"
            body_end = node["children"][0]["start"] if node["children"] else stop
            sec = Section(
                sid,
                (parent.level + 1) if parent else 1,
                node["title"],
                (parent.path if parent else ()) + (node["title"],),
                norm.to_original(node["start"], _rstrip(text, node["start"], stop)),
                norm.to_original(node["start"], _rstrip(text, node["start"], body_end)),
                parent.id if parent else None,
            )
            out.append(sec)
            walk(node["children"], stop, sec)

    walk(nodes, len(text), None)
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    """End offset with trailing newlines and spaces left out of the span."""
    while end > start and text[end - 1] in "\n \t":
        end -= 1
    return end
