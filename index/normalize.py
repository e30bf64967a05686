"""Pure text clean-up with a map back to the original.

Extraction breaks reports in the same few ways: hard line breaks inside sentences (PDF text),
page-break debris (leading blanks, page numbers), full-width digits and ASCII brackets mixed
with Chinese ones, and stray markdown. Pages copied from the web add their own: mirror sites
that print the report in traditional characters, pinyin glosses after characters ("報(bào)告"),
"?" where an encoding lost the space around a number ("申请?5?件"), and a lone "\ufffd" where a
page was cut in the middle of a character. ``normalize`` repairs those and returns, for every
character it outputs, the index of the original character it came from, so any span of the
clean text can be quoted exactly as the report prints it. Traditional text is converted to
simplified one character for one character (OpenCC's t2s never changes length; a converter
that did is caught and falls back), so the same map serves it.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass

# Full-width digits, Latin letters and a few symbols → ASCII; ASCII brackets → Chinese ones,
# so headings like "(三) 平台建设" and "（三）平台建设" read the same. One character in, one out.
_CHARMAP = {chr(0xFF10 + i): str(i) for i in range(10)}
_CHARMAP.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_CHARMAP.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_CHARMAP.update({"\u3000": " ", "\u00a0": " ", "．": ".", "％": "%", "(": "（", ")": "）",
                 "／": "/", "－": "-", "\u2014": "—",
                 # a typeset minus and a full-width plus (Word and PDF exports: 本年增/减 −3, ＋2)
                 "\u2212": "-", "\ufe63": "-", "＋": "+"})
# str.translate looks every character up in a dict; most lines hold none of these, or a few.
_MAPPED = re.compile("[" + re.escape("".join(_CHARMAP)) + "]")

_PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})$")
_MD_RULE = re.compile(r"^(?:[-=*_]{3,}\s*)+$|^(?:---\t?)+-*$")
_MD_HEADING = re.compile(r"^#{1,6}\s*")
_END_PUNCT = "。！？；：…”」）》!?;:"
_ENDS_WITH_VALUE = re.compile(r"(?:^|\s)(?:[-+]?\d[\d,]*(?:\.\d+)?|[/—-])$")
# A line that starts a heading or an enumerated item must never be glued to the line before.
_STARTS_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\d+[.、]\D|[一二三四五六七八九十]是|#)")
# Mirror-site pinyin glosses: a CJK character followed by one or more "(syllable)" (brackets are
# already Chinese ones here). Removed only when the syllable is a reading of that character, so a
# real bracket such as "（a）" or "（PDF）" stays.
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])(?:（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6}）)+")
_GLOSS_ONE = re.compile(r"（([^）]+)）")
# "?" standing for a lost space next to a number: "申请?5?件", "?12?条", "规章?0?0". A question
# mark after a question word ("是否?", "多少？") is a real one; the full-width "？" only counts
# in the paired form around a number, which prose never writes.
_QWORDS = "吗嗎呢么麼何哪几幾否谁誰啥"
_Q_PAIR = re.compile(r"([?？])[-+]?\d[\d,]*(?:\.\d+)?%?([?？])")
_Q_ONE = re.compile(r"(?<=[\u4e00-\u9fff\d])\?(?=\d)|(?<=\d)\?(?=[\u4e00-\u9fff])")
# a line of single characters set apart by spaces (a letterhead or a heading typeset wide)
_LETTER_SPACED = re.compile(r"\s*[\u4e00-\u9fff](?: {1,3}[\u4e00-\u9fff]){2,}\s*")
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


def _clean_line(raw: str, base: int) -> tuple[str, list[int]]:
    """One original line → its clean text and each clean character's original index, markdown
    and debris removed. Built from strings and ranges, not per-character tuples: 20 MB pages."""
    s = _MAPPED.sub(lambda m: _CHARMAP[m.group()], raw)
    drop: set[int] = set()
    # Strip markdown heading marks and bold markers, keeping the map in step.
    m = _MD_HEADING.match(s)
    if m and not s.startswith("#\t"):
        drop.update(range(m.end()))
    if "**" in s or "__" in s:
        for m in re.finditer(r"\*\*|__", s):
            drop.update(range(m.start(), m.end()))
    s = _repair_debris(s, drop)
    if _LETTER_SPACED.fullmatch(s):  # 蓝 山 县 人 民 政 府: a letterhead typeset with spaces
        drop.update(i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s.rstrip()) and s[:i].strip())
    idx = [i for i in range(len(s)) if i not in drop] if drop else None
    if idx is not None:
        s = "".join(s[i] for i in idx)
    # Leading/trailing spaces are page-break debris; tabs are table structure and stay.
    lo, hi = len(s) - len(s.lstrip(" \r")), len(s.rstrip(" \r\t"))
    if hi <= lo:
        return "", []
    return s[lo:hi], list(range(base + lo, base + hi)) if idx is None else [base + i for i in idx[lo:hi]]


def _repair_debris(s: str, drop: set[int]) -> str:
    """Mirror-site and transfer debris of one line: pinyin glosses and U+FFFD added to ``drop``,
    a "?" that stands for a lost space made a space again (one character for one)."""
    spaces: list[int] = []
    if "\ufffd" in s:
        for i, c in enumerate(s):
            if c == "\ufffd":
                if 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
                    spaces.append(i)  # "1\ufffd2" must not become the number 12
                else:
                    drop.add(i)
    if "（" in s:
        for m in _GLOSS.finditer(s):
            if all(_is_reading(s[m.start() - 1], g) for g in _GLOSS_ONE.findall(m.group())):
                drop.update(range(m.start(), m.end()))
    if "?" in s or "？" in s:
        spaces += [i for m in _Q_PAIR.finditer(s) if m.start() == 0 or s[m.start() - 1] not in _QWORDS
                   for i in (m.start(1), m.start(2))]
        spaces += [m.start() for m in _Q_ONE.finditer(s) if s[m.start() - 1] not in _QWORDS]
    if not spaces:
        return s
    chars = list(s)
    for i in spaces:
        chars[i] = " "
    return "".join(chars)


_TONED_V = str.maketrans("üǖǘǚǜ", "vvvvv")


@functools.lru_cache(maxsize=8192)
def _is_reading(char: str, syllable: str) -> bool:
    """Is ``syllable`` (tone marks or not) one of the readings of ``char``?"""
    from pypinyin import Style, pinyin

    plain = "".join(c for c in unicodedata.normalize("NFD", syllable.translate(_TONED_V))
                    if not unicodedata.combining(c))
    return plain in pinyin(char, style=Style.NORMAL, heteronym=True)[0]


class _Paragraph:
    """A clean line being assembled from original lines, with what ``_joinable`` asks of it kept
    up to date, so joining the ten-thousandth line costs what joining the first did."""

    __slots__ = ("parts", "offsets", "head", "tail", "length", "tab", "period", "sentence", "dun")

    def __init__(self, s: str, offsets: list[int]):
        self.parts, self.offsets = [s], offsets
        self.head, self.tail, self.length = s[:64], s[-64:], len(s)
        self.tab, self.period = "\t" in s, "。" in s
        self.sentence, self.dun = any(x in s for x in "，。；"), "、" in s

    def add(self, s: str, offsets: list[int]) -> None:
        self.parts.append(s)
        self.offsets.extend(offsets)
        if len(self.head) < 64:
            self.head = (self.head + s)[:64]
        self.tail = (self.tail + s)[-64:]
        self.length += len(s)
        self.tab, self.period = self.tab or "\t" in s, self.period or "。" in s
        self.sentence = self.sentence or any(x in s for x in "，。；")
        self.dun = self.dun or "、" in s


def _joinable(p: _Paragraph, c: str) -> bool:
    """Does line ``c`` continue the sentence that paragraph ``p`` broke off?"""
    if not c or p.tab or "\t" in c:
        return False
    if p.tail.endswith(("|", "｜")) or c.startswith(("|", "｜")):
        return False  # a "|" table row (markdown or a web copy) ends at its bar
    m = _ENDS_WITH_VALUE.search(p.tail)  # the last 64 characters are enough to end with a value
    if p.tail[-1] in _END_PUNCT or (m and (m.start() > 0 or p.length <= 64 or p.tail[0].isspace())):
        return False
    if _STARTS_BLOCK.match(p.head) and not p.period and p.length <= 40:
        return False  # a heading, not a broken sentence
    if not (p.sentence or (p.dun and p.length >= 20)):
        return False  # titles and table labels carry no sentence punctuation
    if _STARTS_BLOCK.match(c) or _VALUE_LINE.match(c):
        return False
    return True


def normalize(text: str) -> Normalized:
    """Repair extraction damage; see the module docstring."""
    paragraphs: list[_Paragraph] = []
    pos = 0
    for raw in text.split("\n"):
        s, offsets = _clean_line(raw, pos)
        pos += len(raw) + 1
        if not s.strip() or _PAGE_NUMBER.match(s) or _MD_RULE.match(s.replace("\t", "")):
            continue
        if paragraphs and _joinable(paragraphs[-1], s):
            p = paragraphs[-1]
            # Chinese needs no space where a line was broken; Latin words and numbers do.
            if p.tail[-1].isascii() and p.tail[-1].isalnum() and s[0].isascii() and s[0].isalnum():
                p.add(" ", [p.offsets[-1] + 1])
            p.add(s, offsets)
        else:
            paragraphs.append(_Paragraph(s, offsets))
    all_offsets: list[int] = []
    for p in paragraphs:
        if all_offsets:
            all_offsets.append(all_offsets[-1])  # the line break
        all_offsets.extend(p.offsets)
    # Converted last, on whole repaired sentences: phrases (乾縣 → 乾县, not 干县) need their
    # neighbours, and glosses or line breaks would split them.
    return Normalized(simplified("\n".join("".join(p.parts) for p in paragraphs)), tuple(all_offsets))


# --- Script ------------------------------------------------------------------------------------
# Which lines are traditional is decided by counting: t2s changes many characters of a traditional
# line and s2t almost none, and the reverse for a simplified one. Converting simplified text would
# damage it (t2s turns the real county 乾县 into 干县, 於/藉/瞭 in names …), so a line is converted
# only when it is the more traditional, and a short one only in a document that is traditional
# overall; a page with simplified navigation and a traditional body converts just the body.


# Characters that t2s may change but that simplified text writes too (於 and 乾 in names, 藉 in
# 狼藉, 么 …), from OpenCC's own dictionaries: TSCharacters entries that list the character itself
# among its simplified forms, and the simplified characters TSPhrases changes only in some words.
# They are no evidence of traditional script, so they are not counted.
_BOTH_SCRIPTS = re.compile("[谿扞昇釐麽陞薹脩蒐袷祕於氾剋劄徵夥吒乾么俱哩坏彷沈瞭藉覆]")


@functools.cache
def _converters():
    import opencc  # imported on first use: most reports never need it

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _convert(cc, text: str) -> str:
    """``cc.convert`` held to one character for one; where a conversion changes a line's length
    (no OpenCC t2s entry does today) that line is converted character by character instead."""
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(x if len(x := cc.convert(c)) == 1 else c for c in line)
        lines.append(conv)
    return "\n".join(lines)


def _changed(a: str, b: str) -> int:
    """Characters of ``a`` the conversion ``b`` changed, not counting those of both scripts."""
    if a == b:
        return 0
    n = sum(map(operator.ne, a, b))
    return n - sum(b[m.start()] != m.group() for m in _BOTH_SCRIPTS.finditer(a))


def simplified(text: str) -> str:
    """``text`` with its traditional-script lines in simplified characters, the same length
    (character ``i`` of the result stands for character ``i`` of ``text``); simplified lines
    and text without Chinese come back unchanged. Used for reports and for questions."""
    if text.isascii():
        return text
    t2s, s2t = _converters()
    simp = _convert(t2s, text)
    if simp == text:
        return text
    trad = _convert(s2t, text)
    lines, simp_lines, trad_lines = text.split("\n"), simp.split("\n"), trad.split("\n")
    counts = [(_changed(a, b), _changed(a, c)) for a, b, c in zip(lines, simp_lines, trad_lines)]
    doc_traditional = sum(t for t, _ in counts) > sum(s for _, s in counts)
    return "\n".join(b if t > s and (doc_traditional or (t >= 2 and s == 0)) else a
                      for a, b, (t, s) in zip(lines, simp_lines, counts))
