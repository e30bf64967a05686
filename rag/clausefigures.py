"""Pure: the figures of a sentence's clauses — which figure a clause gives for the things asked
(the total a sentence opens with, not the part after 其中), in Arabic or Chinese numerals.

Split from ``rag.prose`` (which re-exports it): the sentences are found there, their figures read here.
"""

from __future__ import annotations

import re

from index import concepts
from rag.counts import CN_FIGURE, COUNTER, counts_other_kind

_NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(?:余|多)?\s*(万)?\s*(" + COUNTER + ")")
_BARE_FIGURE = re.compile(r"\s*(?:共|共计|计|合计)?\s*\d+(?:\.\d+)?\s*(?:万)?\s*(?:余|多)?\s*" + COUNTER + r"\s*")
_CLAUSE = re.compile(r"([，,；;。！？])")  # (the mark kept: clauses() rejoins a figure with the clause before it)
_DENIED = re.compile(r"(?:未|没有|无|从未|均未|尚未)[\u4e00-\u9fff]{0,4}$")


def covers(term: str, text: str) -> bool:
    if term.isdigit():  # a figure the question states: that number, never part of another (70 in 1170)
        return re.search(rf"(?<![\d.]){term}(?![\d.])", text) is not None
    return any(s in text for s in concepts.same_as(term))


def clauses(text: str) -> list[str]:
    """A sentence's clauses (split at ，；。 and the like), blank ones left out. A figure standing
    alone after a comma is the clause before it's (县长信箱收到信件,183条): pages put commas there."""
    out: list[str] = []
    pieces = _CLAUSE.split(text)  # clauses, each after the mark that ends the one before
    for i in range(0, len(pieces), 2):
        c = pieces[i]
        if out and i and _BARE_FIGURE.fullmatch(c):
            out[-1] += pieces[i - 1] + c  # the comma as the page wrote it
        elif c.strip():
            out.append(c)
    return out


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def names_itself(clause: str, term: str) -> bool:
    """Whether the clause speaks of the thing itself (未收取信息处理费), not of another thing the
    term qualifies (信息处理费收费通知: the term is followed by the noun it describes)."""
    i = clause.find(term)
    return i >= 0 and not _CJK_CHAR.match(clause[i + len(term):i + len(term) + 1])


# A count in Chinese numerals (八个部分, 两次, 三期): never an ordinal (第三次), a distributive (每一期)
# or a set phrase (一次性, 统一, 唯一, 一件事一次办)
_CN_COUNT = re.compile(r"(" + CN_FIGURE + r")\s*(?:个)?\s*(" + COUNTER + r"|部分)(?!性)")


def _cn_count(text: str, unit: str, things: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """The first count the sentence writes in words, of the asked counter (and thing, where asked)."""
    from index.numbers import chinese_number

    for m in _CN_COUNT.finditer(text):
        if things and not any(m.group(2) == t or text.startswith(t, m.end()) for t in things):
            continue
        if unit and m.group(2) != unit and not (unit == "个" and m.group(2) == "部分") and counts_other_kind(unit, "1" + m.group(2)):
            continue
        v = chinese_number(m.group(1))
        if v:
            return v, m.group(0)
    return None


# A change or a share the text states as a percentage (同比下降39%, 提高了2个百分点)
_PERCENT = re.compile(r"(\d[\d,]*(?:\.\d+)?)()()\s*(%|％|个百分点)")


def figures_in(text: str) -> int:
    """How many counted figures (30 条, 5 名) a sentence gives."""
    return sum(1 for _ in _NUM.finditer(text))


def joint_count(text: str, terms: list[str]) -> tuple[float, str] | None:
    """"26个县直部门和10个乡镇" for 多少个部门和乡镇: two asked things counted side by side in one
    clause, each figure right before its own word — their sum, with the clause."""
    for c in clauses(text):
        found: list[tuple[str, int, int, int]] = []  # (term, figure, start, end of its word)
        for m in re.finditer(r"(\d+)\s*个?\s*((?:(?![和及与、，,])[\u4e00-\u9fff]){1,6})", c):
            at = [(m.group(2).find(f), f, t) for t in terms for f in concepts.same_as(t) if f in m.group(2)]
            if at:
                i, f, t = min(at)
                if t not in (x[0] for x in found):
                    found.append((t, int(m.group(1)), m.start(), m.start(2) + i + len(f)))
        for a, b in zip(found, found[1:]):
            if re.fullmatch(r"\s*[和及与、]\s*", c[a[3]:b[2]]):
                return float(a[1] + b[1]), c[a[2]:b[3]]
    return None


def number_in(text: str, terms: list[str], total: bool = False,
              weight=lambda t: float(len(t)), narrow: tuple[str, ...] = (), unit: str = "",
              things: tuple[str, ...] = (), percent: bool = False) -> tuple[float | None, str]:
    """The figure a sentence gives for the focus: from the clause that names the most (and the
    rarest) focus terms, or the sum of those clauses for "in total" questions. A clause naming
    one of ``narrow`` (the part asked for: 义务教育 among all items disclosed) comes first. Where
    the question counts in a ``unit`` (多少篇), a figure in that unit is the one, and only such are
    summed ("推送微信图文236期1114篇" is 1114 articles, never 236 issues plus 82 items). Where no
    clause names a focus term with a figure, the sentence's first figure — unless it names one of
    ``things``, the thing the question counts, which then has none."""
    parts = clauses(text)
    if unit and any(m.group(4) == unit for c in parts for m in _NUM.finditer(c)):
        parts = [c for c in parts if any(m.group(4) == unit for m in _NUM.finditer(c))]
    scored = []
    for c in parts:
        hits = [t for t in terms if covers(t, c)]
        m = next((m for m in _NUM.finditer(c) if m.group(4) == unit), None) if unit else None
        m = m or next((m for m in _NUM.finditer(c) if not counts_other_kind(unit, m.group(0))), None)
        if percent:  # a change or share asked (降了多少, what share): the percentage the clause states
            m = _PERCENT.search(c) or m
        elif hits and m:
            m = _figure_of(c, hits, unit) or m
        if hits and m:
            part = any(covers(t, c) for t in narrow)
            scored.append(((part, max(weight(t) for t in hits), sum(weight(t) for t in hits)), c, m))
    if not scored:
        # "未收取信息处理费", "没有召开新闻发布会": the thing asked for, denied, is a nought — not
        # a figure another clause gives for something else
        # Of several such clauses, the one where the thing itself is denied (未收取信息处理费), not
        # a thing it names (未发出信息处理费收费通知: the notice is denied), then the most terms
        denied = []
        for c in parts:
            hit = [t for t in terms if t in c and _DENIED.search(c[max(0, c.find(t) - 6): c.find(t)])]
            if hit:
                denied.append(((any(names_itself(c, t) for t in hit), sum(weight(t) for t in hit)), c))
        if denied:
            return 0, max(denied, key=lambda x: x[0])[1].strip()
        if not any(_NUM.finditer(text)) and (w := _cn_count(text, unit, things)) is not None:
            return w  # no figure in digits: one in words (八個部分, 召开新闻发布会两次)
        if any(t in text for t in things):
            return None, ""  # the thing counted is named, with no figure: never another thing's (70余名家长 for 问卷)
        m = next((m for m in _NUM.finditer(text) if not counts_other_kind(unit, m.group(0))), None)
        return (_value(m), m.group(0)) if m else (None, "")
    if total and len(scored) > 1:
        # 共接受咨询45次，其中电话咨询21次…: the total the sentence states, never it plus its parts
        stated = [x for x in scored if re.search(r"共|合计|总计|累计", x[1]) and "其中" in text[text.find(x[1]):]]
        if stated:
            best = max(stated, key=lambda x: x[0])
            return _value(best[2]), best[1].strip()
        return sum(_value(m) for _, _, m in scored), "＋".join(m.group(0) for _, _, m in scored)
    best = max(scored, key=lambda x: x[0])
    return _value(best[2]), best[1].strip()


def _figure_of(clause: str, terms: list[str], unit: str = "") -> re.Match[str] | None:
    """"召开了4次推进会、2次业务培训会和2次整改会": of several figures, the one counting the term asked,
    written right before it (a word or two qualifying it between) or right after it, or None."""
    figures = [m for m in _NUM.finditer(clause) if not unit or m.group(4) == unit]
    if len(figures) < 2:
        return None
    for t in sorted(terms, key=len, reverse=True):
        at = clause.find(t)
        if at < 0:
            continue
        before = [m for m in figures if m.end() <= at and re.fullmatch(r"\s*[\u4e00-\u9fff]{0,4}", clause[m.end():at])]
        if before:
            return before[-1]
        # …or right after it (推进会4次、培训会2次)
        after = _GAP.match(clause, at + len(t))
        if after is not None:
            return next((m for m in figures if m.start() == after.end()), None)
    return None


# Between a thing's name and its count: a few words, none joining another thing to it (、等和及).
# (…or a gloss in brackets: 专题专栏（供水、电、气）39条)
_GAP = re.compile(r"(?:[（(][^（）()\d]{1,20}[)）])?[^、等和及与\d]{0,8}?(?=\d)")


def figure_after(text: str, term: str) -> tuple[float, str] | None:
    """The counted figure a clause gives right after naming ``term`` ("行政许可信息公示1143条",
    "工作动态信息17篇"), not one a list the term is part of shares ("分析、信件办理等共104条")."""
    return next(figures_after(text, term), None)


def figures_after(text: str, term: str):
    """Every figure :func:`figure_after` finds, in order: a list may name ``term`` in several items
    (在机构专栏公开174条、在食品安全专栏公开72条), the question's other words telling which."""
    for c in clauses(text):
        i = c.find(term)
        while i >= 0:
            if concepts.inside_other(c, i, term):  # 新闻 asked, 新闻发布会9篇 written: another thing's figure
                i = c.find(term, i + 1)
                continue
            g = _GAP.match(c, i + len(term))
            m = _NUM.match(c, g.end()) if g else None
            if m:
                # one item of a list (其中部门文件7条、教育信息16条): that item, not the whole list
                a = max(c.rfind(x, 0, i) for x in "、:：") + 1
                yield _value(m), c[a:m.end()].strip()
            i = c.find(term, i + 1)


def clause_with(text: str, terms: list[str]) -> str | None:
    """The first clause of a sentence that names a focus term and carries digits (a phone number,
    a postcode, a date, a web address)."""
    stated = [t for t in terms if t.isdigit()]  # 12345热线: the question's own number names a thing, no answer
    for c in re.split(r"[，,；;。（）()]", text):
        # Digits beyond a bare year: 0955-4015469, 755200, 9 月 27 日, http://…/xxgk/
        rest = re.sub(r"(?:19|20)\d\d\s*年度?", "", c)
        for t in stated:
            rest = re.sub(rf"(?<!\d){t}(?!\d)", "", rest)
        if any(covers(t, c) for t in terms) and re.search(r"\d", rest):
            return c.strip()
    return None


_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(?:余|多)?\s*(万)?\s*元")


def money_in(text: str) -> tuple[float | None, str]:
    """The first sum of money a sentence states (投入3万余元: 30000) and its clause; (None, "") if none."""
    m = _MONEY.search(text)
    if m is None:
        return None, ""
    return _value(m), next((c for c in clauses(text) if m.group(0) in c), m.group(0))


def _value(m: re.Match) -> float:
    v = float(m.group(1).replace(",", ""))
    if m.group(2) == "万" or m.group(3) == "万":
        v *= 10_000
    return int(v) if v.is_integer() else v
