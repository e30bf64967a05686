"""Which account a report runs on a channel ("重点运营的是哪个微信公众号", "which WeChat account"):
the names it writes in quotes before the channel's word (“余杭教育发布”微信公众号), each quoted
where it first stands."""

from __future__ import annotations

import re

from index.model import Answer, Citation, Report
from index.textchannels import account_names, channel
from rag import wording as W
from rag.corpus import en_place, place_name
from rag.prose import normalized, sentences_of
from rag.query import Query

_ASKS_NAME = re.compile(
    r"哪(?:个|些|一个)[^，。？?]{0,6}?(?:公众号|微博|视频号|抖音号|头条号|账号)|"
    r"(?:公众号|微博|视频号|抖音号|账号)[^，。？?]{0,4}?(?:叫什么|名称|名字|是什么)|"
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
    cites = []
    for n in names[:5]:
        where = next(((lo, hi) for lo, hi, t in sentences_of(r, 0, len(r.text)) if n in t), None)
        if where:
            cites.append(Citation(r.id, r.agency.name if r.agency else "", r.year, "", r.quote(where), where))
    who = place_name(r) if q.language == "zh" else en_place(r)
    lead = W.say("accounts.named", q.language, who=who, year=r.year,
                 names=("、" if q.language == "zh" else ", ").join(f"“{n}”" for n in names[:5]))
    return Answer(q.text, lead + "".join(f"\n“{c.quote}”" for c in cites[:2]), cites,
                  [{"names": names, "report_id": r.id}], language=q.language)
