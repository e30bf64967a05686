"""Which account a report runs on a channel ("重点运营的是哪个微信公众号", "which WeChat account"):
the names it writes in quotes before the channel's word (“余杭教育发布”微信公众号), each quoted
where it first stands; and which phone line it names (监督电话 beside the contact line's 电话)."""

from __future__ import annotations

import re

from index.model import Answer, Report
from index.textchannels import account_names, channel
from rag import wording as W
from rag.corpus import en_place, place_name, span_cite
from rag.prose import normalized, sentences_of
from rag.query import Query

_ASKS_NAME = re.compile(
    r"哪(?:个|些|一个)[^，。？?]{0,6}?(?:公众号|微博|视频号|抖音号|头条号|账号)|"
    r"(?:公众号|微信号|微信|微博|视频号|抖音号|账号)[^，。？?]{0,4}?(?:叫什么|名称|名字|是什么)|"
    r"\bwhich (?:\w+ ){0,2}accounts?\b|\bname of (?:its|the|their) (?:\w+ ){0,2}accounts?\b|"
    r"\bwhat (?:is|are) (?:its|the) (?:\w+ ){0,2}accounts?(?: called| named)?\b", re.I)
# the channel words an English question names them by
_EN_CHANNEL = (("wechat", "微信公众号"), ("weibo", "微博"), ("douyin", "抖音"), ("video", "视频号"))


def account_answer(q: Query, r: Report) -> Answer | None:
    """The report's accounts of the channel asked for, or None when the question asks no name."""
    if not _ASKS_NAME.search(q.text):
        return None
    low = q.text.lower()
    words = q.text if q.language == "zh" else "".join(zh for en, zh in _EN_CHANNEL if en in low)
    asked = channel(words) if words else None
    text = normalized(r.text).text
    names = [n for n, c in account_names(text).items() if asked in (None, "multi", c)]
    if not names:
        return None
    sentences = sentences_of(r, 0, len(r.text))
    # where it stands quoted (the body's own name in the title may hold it: 某某街道办事处)
    cites = [span_cite(r, where) for n in names[:5]
             if (where := next(((lo, hi) for lo, hi, t in sentences if re.search(f"[“\"「]{re.escape(n)}", t)),
                               next(((lo, hi) for lo, hi, t in sentences if n in t), None)))]
    who = place_name(r) if q.language == "zh" else en_place(r)
    lead = W.say("accounts.named", q.language, who=who, year=r.year,
                 names=("、" if q.language == "zh" else ", ").join(f"“{n}”" for n in names[:5]))
    return Answer(q.text, lead + "".join(f"\n“{c.quote}”" for c in cites[:2]), cites,
                  [{"names": names, "report_id": r.id}], language=q.language)


_LINE_WORD = re.compile(r"([\u4e00-\u9fff]{2})(?=电话|热线)")


def other_line(q: Query, scope: list[Report], kinds: list[str], a: Answer) -> Answer | None:
    """A phone asked by its line's name (监督电话, "supervision hotline") that one report writes
    beside another number than the contact line's stored: that number, quoted where it stands."""
    if kinds != ["contact.phone"] or len(scope) != 1:
        return None
    from rag.english import chinese_terms

    rep = scope[0]
    words = _LINE_WORD.findall(q.text) if q.language == "zh" else [w for w in chinese_terms(q.text) if len(w) == 2]
    quoted = " ".join(c.quote for c in a.citations)
    norm = normalized(rep.text)
    for w in words:
        m = re.search(re.escape(w) + r"电话\s*(?:[:：]|为|是)?\s*([0-9（）()—–\-]{7,20}\d)", norm.text)
        if m is None or w in ("联系", "咨询") or m.group(0) in quoted:
            continue
        lo, hi = norm.to_original(*m.span())
        cite = span_cite(rep, (lo, hi))
        who = place_name(rep) if q.language == "zh" else en_place(rep)
        return Answer(q.text, W.say("contact.line", q.language, who=who, line=w + "电话", value=m.group(1)) +
                      f"\n“{cite.quote}”", [cite], [{"value": m.group(1), "report_id": rep.id}], language=q.language)
    return None
