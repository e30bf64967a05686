"""Pure: a figure's kind read from the words around it other than a kind's cue before it — the
channel and verb written after it ("816条信息经某县门户网站发布"), or the counted thing's own name
("提出政府信息公开申请3件"). Used by ``index.textfacts``."""

from __future__ import annotations

import re

from index.factkinds import BY_KEY
from index.textchannels import channel as _channel
from index.textzeros import COUNT_KINDS as _COUNT_KINDS, EXCLUDE_RE as _EXCLUDE_RE, terms as _terms


# A figure may come first, its channel and verb after it: the items a channel carried ("816条信息经
# 某县人民政府门户网站对外发布"), or the people who follow it ("5434名用户关注了…公众号").
_FIRST_ITEMS = re.compile(r"(?:的)?(?:政务|政府)?(?:信息|推文|稿件|文章|图文|动态|消息)?\s*(?:经|通过|在|由|借助|依托|于)"
                          r"(?P<mid>[^，,。；;！？]{1,30})(?:对外|向社会|上)?(?:发布|推送|公开|刊发|刊载|推出|上传|挂网|发出)")
_FIRST_FOLLOWERS = re.compile(r"(?:用户|粉丝|群众|网友|读者)?\s*(?:关注|订阅)了?(?P<mid>[^，,。；;！？]{1,24})")


# …or no channel, and the verb of proactive disclosure: the year's total ("1234条政府信息在2023年内经
# 我局主动向社会公开").
_FIRST_TOTAL = re.compile(r"(?:的)?(?:政务|政府)?(?:信息|文件)[^，,。；;！？]{0,16}?主动(?:向社会|对外)?(?:公开|发布)")
# A figure of a breakdown its verb follows ("…申请12件，其中11件已在法定时限内办结").
FIRST_HANDLED = re.compile(r"(?:已|均已|均)?[^，,。；;！？]{0,10}?(?:办结|答复完毕|办理完毕|予以答复)")


def figure_first(after: str) -> str | None:
    """The kind of a figure its channel and verb follow, or None."""
    for rx, family in ((_FIRST_ITEMS, "disclosed."), (_FIRST_FOLLOWERS, "followers.")):
        m = rx.match(after)
        chan = _channel(m.group("mid")) if m else None
        if chan is not None and family + chan in BY_KEY:
            return family + chan
    m = _FIRST_TOTAL.match(after)
    if m and _channel(m.group()) is None:
        return "disclosed.total"
    return None


_NOUN_KINDS = [(k, _terms(k.nouns), _terms(k.noun_vetoes) if k.noun_vetoes else None)
               for k in _COUNT_KINDS if k.nouns]
# the verbs of the kinds counting the same thing (办结 … 申请): one of them in the clause decides
_APPLY_CUE = _terms(tuple(c for k in _COUNT_KINDS if k.needs for c in k.cues))


def by_noun(seg: str, unit: str) -> str | None:
    """"提出政府信息公开申请3件": with no kind's cue in the clause, the counted thing's own name
    right in it (not 申请人, not a stage such as 申请延期) makes the figure its kind's."""
    if _APPLY_CUE.search(seg):
        return None
    for k, nouns, vetoes in _NOUN_KINDS:
        last = None
        for last in nouns.finditer(seg):
            pass
        if last is None or unit not in k.units or seg[last.end():last.end() + 1] == "人" \
                or not _NOUN_GAP.fullmatch(seg, last.end()):
            continue
        ex = _EXCLUDE_RE.get(k.key)
        whole = _ALL_APPLICANTS.sub("", seg)  # all who may apply, together, name no part of them
        if not ((ex and ex.search(seg)) or (vetoes and vetoes.search(whole))):
            return k.key
    return None


# what may stand between the counted thing's name and its figure (申请3件, 申请公开政府信息的共有2件, 依申请
# 公开案件5件, 依申请公开政务信息数3件, 依申请公开事项7项) — never another thing's name (申请处理文书格式模板19个 counts templates,
# 依申请公开等6个 the report's parts)
_NOUN_GAP = re.compile(r"\s*(?:公开)?(?:(?:本机关|本单位|本级|政府|政务)?信息)?(?:案件|事项|件)?(?:的)?(?:数量|总数|总量|数)?\s*(?:共|共计|合计|总计|累计)?"
                       r"\s*(?:有|为|达|计)?\s*")


# "公民、法人和其他组织" (in any of its joinings) is everyone who may apply, not a breakdown by applicant.
_ALL_APPLICANTS = re.compile(r"公民[、，,]?\s*法人(?:和|或者|或|及|以及|与|、)?(?:其他|其它)组织")
