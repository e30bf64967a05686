"""Counts as Chinese writes and asks them: the counter a question counts in (多少篇), the thing it
counts (有几名专职人员), a figure written before the thing (现有3名专职人员), and what stands between
a word and the figure after it (省级媒体发稿104篇: nothing else counted)."""

from __future__ import annotations

import re

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

# The counters Chinese counts things in (办理工单17件, 几张工单, 3批次, 12户): one list for the
# questions' 几/多少 and the figures the text writes
COUNTERS = "件条篇个项名份次场期家所位人起例张封台批宗套户则"
COUNTER = f"[{COUNTERS}]"


# Counters of people: a figure counted in any other (政府开放日2条) is no count of people, and the reverse;
# counters of occasions and of items published: 召开会议10余次 is no 条 of anything, 执法信息1条 no meeting
_PEOPLE = set("名位人户")
_OCCASIONS, _ITEMS_PUBLISHED = set("次场"), set("条篇")


def counts_other_kind(asked: str, clause: str) -> bool:
    """The figure ``clause`` ends with ("政府开放日2条") counts other things than the asked counter
    does: people (人, 名, 位) against items, posts or times; occasions (次, 场) against items (条, 篇)."""
    m = re.search(r"\d\s*(?:余|多)?\s*(" + COUNTER + ")[^\\d]*$", clause)
    if not (asked and m):
        return False
    said = m.group(1)
    return (asked in _PEOPLE) != (said in _PEOPLE) or {asked, said} <= _OCCASIONS | _ITEMS_PUBLISHED and \
        (asked in _OCCASIONS) != (said in _OCCASIONS)


# "有几名专职人员", "多少个重点领域": the count word, its counter and the thing counted after it
_ASKED_COUNT = re.compile(r"(?:几|多少)\s*(" + COUNTER + r")([\u4e00-\u9fff]{2,8})")


def counted_thing(question: str) -> tuple[str, str] | None:
    """(counter, thing) a Chinese question counts: ("名", "专职人员负责全县…") for 有几名专职人员负责…;
    the thing runs on (the report decides how much of it is the noun, see figure_before)."""
    m = _ASKED_COUNT.search(question)
    if m is None or re.match(r"参加|参与|出席|到场|参会|到会", m.group(2)):
        return None  # 多少人参加: taking part is what the people did, no thing counted
    if m.group(1) == "个" and m.group(2).startswith("人"):
        return None  # 几个人负责: people, whom the counter 人 asks for (asked_unit), no thing of their own
    return m.group(1), m.group(2)


# A count written in Chinese numerals (三个方面, 两次): never 一 ("a": 一个平台) nor an ordinal or a set
# phrase (第三, 每三, 统一, 单一)
CN_FIGURE = r"(?<![第每逐唯统初同之单一])[两三四五六七八九十]十?[一二三四五六七八九]?"


def figure_before(text: str, counter: str, thing: str) -> tuple[float, str] | None:
    """The figure written right before the counted thing, as Chinese counts things ("现有3名专职
    人员"): the longest start of ``thing`` (two characters at least) the text writes after a
    number and the same counter (any counter where ``counter`` is "")."""
    from index.numbers import chinese_number

    unit = re.escape(counter) if counter else COUNTER

    def start_of(k: int) -> tuple[float, str] | None:
        # (in words too: 从以下三个方面改进; never 一, which is "a": 一个平台)
        m = re.search(r"(\d[\d,]*(?:\.\d+)?|" + CN_FIGURE + r")\s*(?:余|多)?\s*" + unit + re.escape(thing[:k]), text)
        if m:
            raw = m.group(1)
            v = float(raw.replace(",", "")) if raw[0].isdigit() else chinese_number(raw)
            if v:
                return (int(v) if float(v).is_integer() else v), m.group(0)
        return None

    def qualified() -> tuple[float, str] | None:
        # …or a few words qualifying it between (43个政府组成部门 for 政府部门): its head noun, before a
        # bare two-character start of it would do (43个政府)
        # (its first word kept: 5名全职工作人员 is none of the 兼职人员 asked, 71名兼职工作人员 is)
        head = thing[:4][-2:]
        m = re.search(r"(\d[\d,]*)\s*(?:余|多)?\s*" + unit + re.escape(thing[:2]) + r"[\u4e00-\u9fff]{1,3}?"
                      + re.escape(head), text)
        v = float(m.group(1).replace(",", "")) if m else 0
        return ((int(v) if v.is_integer() else v), m.group(0)) if v else None

    for k in range(len(thing), 2, -1):
        if (got := start_of(k)) is not None:
            return got
    if len(thing) >= 3:
        return qualified() or start_of(2)
    return start_of(2) or qualified()


# Words that may stand between a thing's name and its figure and still leave the figure its own:
# the publishing verb, "in total", the word for items ("行政执法类信息116条", "省级媒体发稿104篇").
_FILLER = re.compile(r"政府信息|政务信息|信息|文章|稿件|推文|作品|内容|类|共计|累计|合计|总计|共|达到|达|数量|总数|数|各类|发布|发稿|"
                     r"公开|更新|推送|刊发|发表|推出|上传|编发|刊登|刊载|转发|原创")


def between(item: str, term: str, asked: list[str]) -> str:
    """What ``item`` ("省级媒体发稿104篇") names between ``term`` and its figure besides the asked
    words and fillers: "" when the figure is the term's own, else the other thing counted."""
    i = item.find(term)
    m = re.search(r"\d", item[i + len(term):]) if i >= 0 else None
    gap = item[i + len(term): i + len(term) + m.start()] if m else ""
    for t in sorted(asked, key=len, reverse=True):
        gap = gap.replace(t, "")
    rest = "".join(_CJK_CHAR.findall(_FILLER.sub("", gap)))
    return rest if len(rest) >= 2 else ""


_ASKED_UNIT = re.compile(r"(?:多少|(?<![这那])几)\s*(" + COUNTER + ")"  # (这几个县: these, no count)
                         # 哪边请来的人更多: people compared, no 多少 to count them with
                         r"|的(人)(?:数|次)?(?:更|最|比较|较)?[多少](?!少)")
# "which had more people", "the most visitors": the thing compared is counted as "how many" would
_COMPARED = re.compile(r"\b(?:more|fewer|most|fewest|less|least)\s+([a-z]+)", re.I)


# The English count nouns that name one Chinese counter ("how many cases" counts 件, not 项)
_EN_UNITS = (("件", r"cases?|applications?|requests?"), ("篇", r"articles?|posts?"),
             ("次", r"times|sessions?|meetings?|events?|activities|trainings?|lectures?|campaigns?|inspections?"),
             ("人", r"people|persons|visitors"),
             ("家", r"units|organi[sz]ations|institutions|entities|enterprises|companies|firms"))
# the words after "how many" up to the question's verb: the thing counted is among them
_HOW_MANY = re.compile(r"how\s+many\s+((?:(?!did\b|does\b|do\b|were\b|was\b|has\b|have\b|had\b|is\b|are\b)"
                       r"[a-z'-]+\s*){1,6})", re.I)


# words after "how many" that count items rather than name a thing
_EN_ITEMS = r"items?|pieces?|pieces of|entries|units?|numbers?|total|in|of|the|its|their"


def counted_words(question: str) -> str:
    """The thing an English question counts when it is no counter noun ("how many parent
    representatives" → "parent representatives"; "how many cases" → ""): its Chinese figure
    is written right before it (25名代表)."""
    m = _HOW_MANY.search(question)
    words = m.group(1).lower().split() if m else []
    if not words or any(re.fullmatch(rx, w) for _, rx in _EN_UNITS for w in words):
        return ""
    return " ".join(w for w in words if not re.fullmatch(_EN_ITEMS, w))


def asked_unit(question: str, language: str = "zh") -> str:
    """The counter a question counts in (多少篇 → 篇; how many … cases → 件), "" when it names none."""
    if language == "en":
        m = _HOW_MANY.search(question) or _COMPARED.search(question)
        for word in (m.group(1).lower().split() if m else ()):
            if (u := next((u for u, rx in _EN_UNITS if re.fullmatch(rx, word.strip("'’"))), "")):  # units' …
                return u
        return ""
    m = _ASKED_UNIT.search(question)
    if m and m.group(1) == "个" and question.startswith(("人", "同志"), m.end()):
        return "人"  # 几个人: people, counted in 名 or 人 as the report writes them
    return (m.group(1) or m.group(2)) if m else ""
