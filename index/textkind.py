"""Pure: which fact kind a figure in a clause states (see ``index.textfacts`` for the rules): the
kind whose cue stands closest before it, with its counter word, its needed words, no vetoing word
and the right channel."""

from __future__ import annotations

import re

from index import template as T
from index.factkinds import FactKind
from index.textchannels import only_names_a_channel as _only_names_a_channel
from index.textzeros import COUNT_KINDS as _COUNT_KINDS, CUE_RE as _CUE_RE, EXCLUDE_RE as _EXCLUDE_RE, terms as _terms


# A count of followers may go without a counter word when it ends its clause right after the
# cue ("公众号粉丝量为28793。"): only there is a bare number surely a count of people. The same
# for a count of applications named as such ("依申请公开办件量为7").
UNITLESS = re.compile(r"(?:关注|粉丝|订阅|用户)(?:人数|用户数|总数|数量|量|数|者)?\s*(?:为|达到|达|是|有|[:：])?\s*$")
# …or the year's proactive disclosure as a whole ("全年累计主动公开政府信息200条" after each channel's figure)
_TOTAL = re.compile("总数|总量|总计|合计|共计|总共|(?:全年|年内|本年度)\\s*(?:共|累计|共计)?\\s*主动公开|(?:共|累计)\\s*主动公开")

_NEEDS_RE = {k.key: _terms(k.needs) for k in _COUNT_KINDS if k.needs}
_VETO_RE = {k.key: _terms(k.vetoes) for k in _COUNT_KINDS if k.vetoes}
_COUNTED_VETO_RE = {k.key: _terms(k.counted_vetoes) for k in _COUNT_KINDS if k.counted_vetoes}
ANY_DISCLOSED_CUE = _terms(tuple(c for k in _COUNT_KINDS if k.key.startswith("disclosed.") for c in k.cues))
_LISTED_UNITS = ("条", "篇", "则")


def _last_cue(kind: FactKind, seg: str) -> tuple[int, int] | None:
    """(end, length) of the kind's last cue in the segment, or None."""
    best = None
    for m in _CUE_RE[kind.key].finditer(seg):
        best = (m.end(), m.end() - m.start())
    return best



_LISTABLE = re.compile("|".join((*T.DECISION_ROWS, T.DOCUMENTS, "本级文件")))


# Words naming items of information: after an event's name they make the items the counted
# thing again ("发布会议信息12条", "培训通知3条").
_ITEM_NOUN = re.compile("信息|文件|稿|动态|资讯|通知|公告|简报|消息|新闻|图文|推文|文章|材料|报道")


def _counted_is_vetoed(k: FactKind, tail: str) -> bool:
    """Does one of the kind's ``counted_vetoes`` name what the figure counts: in ``tail`` (between
    the cue and the figure) after its last list mark (等, 、), with no item noun after it?"""
    rx = _COUNTED_VETO_RE.get(k.key)
    if rx is None:
        return False
    last = None
    for last in rx.finditer(tail, max(tail.rfind("等"), tail.rfind("、")) + 1):
        pass
    return last is not None and not _ITEM_NOUN.search(tail, last.end())


# 原创和转载: original and reposted posts named together are all of them, not a part.
_WHOLE = re.compile(r"原创[和及与、]转载|转载[和及与、]原创")


def _past_list(seg: str) -> str:
    """Kinds of document listed before 等 ("公开机构职能、规范性文件、行政许可…等信息300条") name
    what the items were about, so they veto no kind; any other word in the list still does."""
    seg = _WHOLE.sub("", seg)
    i = seg.rfind("等")
    if i <= 0 or "、" not in seg[:i]:
        return seg
    return _LISTABLE.sub("", seg[:i]) + seg[i:]


def classify(seg: str, m: re.Match[str], own: str | None, prev: str | None, before: str, after: str,
              qizhong: bool, seen: set[str]) -> str | None:
    """The kind of the figure ``m``: of the kinds its counter word allows, the one whose cue in
    ``seg`` (the clause since the last figure) stands closest before it, with its needed word in
    ``before``/``after``, unvetoed, and on the right channel: the one ``seg`` names (``own``), or
    the one an earlier clause named (``prev``) — for followers always, for items not inside a
    其中 breakdown (there a figure naming no channel is a category, not a channel's count)."""
    unit = m.group("unit") or ""
    best: tuple[int, int] | None = None
    best_key = None
    for k in _COUNT_KINDS:
        if unit:
            if unit not in k.units:
                continue
        elif not ((m.group("mul") or UNITLESS.search(seg)) and k.key.startswith("followers.")):
            continue  # a bare 万 figure counts only people (粉丝数达31万), as does one ending "粉丝量为…"
        cue = _last_cue(k, seg)
        if cue is None and k.channel and own == k.key.split(".")[1] and unit in _LISTED_UNITS \
                and ANY_DISCLOSED_CUE.search(before) and _only_names_a_channel(seg):
            cue = (-1, 0)  # "共发布信息500条，其中政府网站200条": the verb stood earlier in the sentence
        if cue is None:
            continue
        tail = seg[cue[0]:]  # between the cue and the figure
        # Vetoes count from just before the cue: 依申请公开 and 原创推文 put them there.
        ex = _EXCLUDE_RE.get(k.key)
        veto = _VETO_RE.get(k.key)
        if (ex and ex.search(_past_list(seg[max(0, cue[0] - cue[1] - 3):]))) or (k.head and "、" in tail) or \
                (veto and veto.search(seg)):
            continue
        if _counted_is_vetoed(k, tail):
            continue  # the counted thing is an event or a guide (讲座N期, 办事指南N项), not an item
        nd = _NEEDS_RE.get(k.key)
        if nd and not (nd.search(before) or nd.search(after)):
            continue
        if k.channel:
            # an earlier clause's channel is not this one's where it says 共/累计主动公开: a total
            inherited = prev if (k.key.startswith("followers.") or not (qizhong or _TOTAL.search(seg))) else None
            if (own if own is not None else inherited) != k.key.split(".")[1]:
                continue
        elif k.key == "disclosed.total":
            # 网站、公众号分别发布500条: each channel's figure, not their total
            # 主动公开总数达275条 after the channels' own figures: the total, whatever channel went before
            # 其中 breaks a total down — but "共制作信息30条，其中主动公开信息24条" breaks down what was made,
            # and the part named 主动公开 is the proactive total itself
            if own not in (None, "multi") or (own is None and prev not in (None, "multi") and not _TOTAL.search(seg)) \
                    or (qizhong and ("主动公开" not in seg or "disclosed.total" in seen)) \
                    or "分别" in seg:
                continue
        elif qizhong and k.key in seen:
            continue  # a part of a figure the sentence already gave
        if best is None or cue > best:
            best, best_key = cue, k.key
    return best_key
