"""Pure text clean-up with a map back to the original.

Extraction breaks reports in the same few ways: hard line breaks inside sentences (PDF text),
page-break debris (leading blanks, page numbers), full-width digits and ASCII brackets mixed
with Chinese ones, and stray markdown. ``normalize`` repairs those and returns, for every
character it outputs, the index of the original character it came from, so any span of the
clean text can be quoted exactly as the report prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Full-width digits, Latin letters and a few symbols → ASCII; ASCII brackets → Chinese ones,
# so headings like "(三) 平台建设" and "（三）平台建设" read the same. One character in, one out.
_CHARMAP = {chr(0xFF10 + i): str(i) for i in range(10)}
_CHARMAP.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_CHARMAP.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_CHARMAP.update({"\u3000": " ", "\u00a0": " ", "．": ".", "％": "%", "(": "（", ")": "）",
                 "／": "/", "－": "-", "\u2014": "—"})

_PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$")
_MD_RULE = re.compile(r"^(?:[-=*_]{3,}\s*)+$|^(?:---\t?)+-*$")
_MD_HEADING = re.compile(r"^#{1,6}\s*")
_END_PUNCT = "。！？；：…”」）》!?;:"
_ENDS_WITH_VALUE = re.compile(r"(?:^|\s)(?:[-+]?\d[\d,]*(?:\.\d+)?|[/—-])$")
# A line that starts a heading or an enumerated item must never be glued to the line before.
_STARTS_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\d+[.、]\D|[一二三四五六七八九十]是|#)")
_VALUE_LINE = re.compile(r"^(?:[-+]?\d[\d,]*(?:\.\d+)?|[/／—–-])(?:\s+(?:[-+]?\d[\d,]*(?:\.\d+)?|[/／—–-]))*$")


@dataclass(frozen=True)
class Normalized:
    """Clean text, one paragraph (or table row) per line, and ``offsets[i]`` = index in the
    original text of clean character ``i`` (inserted characters map to their neighbour)."""

    text: str
    offsets: tuple[int, ...]

    def lines(self) -> tuple[list[str], list[int]]:
        """The clean text's lines and the offset where each starts."""
        lines = self.text.split("\n")
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        return lines, starts

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the clean span [start, end)."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return (o, o)
        return (self.offsets[start], self.offsets[end - 1] + 1)


def _clean_line(raw: str, base: int) -> list[tuple[str, int]]:
    """One original line → list of (char, original index), markdown and debris removed."""
    chars = [(_CHARMAP.get(c, c), base + i) for i, c in enumerate(raw)]
    s = "".join(c for c, _ in chars)
    # Strip markdown heading marks and bold markers, keeping the map in step.
    keep = [True] * len(chars)
    m = _MD_HEADING.match(s)
    if m and not s.startswith("#\t"):
        for i in range(m.end()):
            keep[i] = False
    for m in re.finditer(r"\*\*|__", s):
        for i in range(m.start(), m.end()):
            keep[i] = False
    out = [ch for ch, k in zip(chars, keep) if k]
    # Leading/trailing spaces are page-break debris; tabs are table structure and stay.
    while out and out[0][0] in " \r":
        out.pop(0)
    while out and out[-1][0] in " \r\t":
        out.pop()
    return out


def _is_tab_row(line: list[tuple[str, int]]) -> bool:
    return any(c == "\t" for c, _ in line)


def _joinable(prev: list[tuple[str, int]], cur: list[tuple[str, int]]) -> bool:
    """Does ``cur`` continue the sentence that ``prev`` broke off?"""
    if not prev or not cur or _is_tab_row(prev) or _is_tab_row(cur):
        return False
    p = "".join(c for c, _ in prev)
    c = "".join(ch for ch, _ in cur)
    if p[-1] in _END_PUNCT or _ENDS_WITH_VALUE.search(p):
        return False
    if _STARTS_BLOCK.match(p) and "。" not in p and len(p) <= 40:
        return False  # a heading, not a broken sentence
    if not (any(x in p for x in "，。；") or ("、" in p and len(p) >= 20)):
        return False  # titles and table labels carry no sentence punctuation
    if _STARTS_BLOCK.match(c) or _VALUE_LINE.match(c):
        return False
    return True


def normalize(text: str) -> Normalized:
    """Repair extraction damage; see the module docstring."""
    lines: list[list[tuple[str, int]]] = []
    pos = 0
    for raw in text.split("\n"):
        line = _clean_line(raw, pos)
        pos += len(raw) + 1
        s = "".join(c for c, _ in line)
        if not s.strip() or _PAGE_NUMBER.match(s) or _MD_RULE.match(s.replace("\t", "")):
            continue
        if lines and _joinable(lines[-1], line):
            prev_last = lines[-1][-1][0]
            # Chinese needs no space where a line was broken; Latin words and numbers do.
            if prev_last.isascii() and prev_last.isalnum() and line[0][0].isascii() and line[0][0].isalnum():
                lines[-1].append((" ", lines[-1][-1][1] + 1))
            lines[-1].extend(line)
        else:
            lines.append(line)
    chars: list[str] = []
    offsets: list[int] = []
    for line in lines:
        if chars:
            chars.append("\n")
            offsets.append(offsets[-1])
        for c, o in line:
            chars.append(c)
            offsets.append(o)
    return Normalized("".join(chars), tuple(offsets))
