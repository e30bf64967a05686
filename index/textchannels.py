"""Pure: which channel of disclosure (政府网站, 微信公众号 …) a stretch of prose names.

Split from ``index.textfacts``: the channel words come from the kinds in ``index.factkinds``
(their ``channel`` terms, ``OTHER_CHANNELS`` and the umbrella ``NEUTRAL_CHANNELS``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from index.factkinds import KINDS, NEUTRAL_CHANNELS, OTHER_CHANNELS

_CHANNEL_OF: dict[str, str] = {}
for _k in KINDS:
    for _t in _k.channel:
        if _k.value_type == "int":
            _CHANNEL_OF.setdefault(_t, _k.key.split(".")[1])
for _t in OTHER_CHANNELS:
    _CHANNEL_OF.setdefault(_t, "other")
for _t in NEUTRAL_CHANNELS:
    _CHANNEL_OF.setdefault(_t, "neutral")
CHANNEL_RE = re.compile("|".join(map(re.escape, sorted(_CHANNEL_OF, key=len, reverse=True))))
_QUOTED = re.compile(r"“[^”]{0,30}”|\"[^\"]{0,30}\"")
_CONNECTIVES = re.compile(r"[\s、，,：:（）()的等和及与在]|其中|通过|依托|利用|累计|共计|共|全年|本年度")
_LIST_SEP = re.compile(r"[、和及与或，,]")
_COLUMN = re.compile(r".*(?:专栏|栏目)")
# "…等载体": a list of channels summed up as the body's means of disclosure
# …or the channel and the body's other channels ("门户网和其他不同渠道"): a total too
_CARRIERS = re.compile(r"(?:等|其他|其它)(?:不同|多种|各类|各种|多个)?(?:公开|发布|信息)?(?:载体|渠道|平台|途径|方式|阵地)")


_ACCOUNT_CHANNELS = ("wechat", "weibo", "video")  # the channels a body runs accounts on

# A channel word inside a body's name (文化广播电视和旅游局, 新闻出版局): the body, no channel
_IN_BODY_NAME = re.compile(r"[^\x00-\u4dff发布公开向在通过于对将把是为等的了及、，,。]{0,6}?(?:局|委员会|委|办公室|厅)"
                           r"(?!频道|栏目|专栏|版块|板块|页面|子站|网页)")  # (门户网站教育局频道: the body's column on the site)


def channels(seg: str) -> list[str]:
    """The channels the segment names, in order, one entry per channel named (website, wechat …,
    "other" for one no kind counts, "neutral" for an umbrella word such as 新媒体)."""
    found = [(m.start(), m.end(), _CHANNEL_OF[m.group()]) for m in CHANNEL_RE.finditer(seg)
             if not _IN_BODY_NAME.match(seg, m.end())]
    if not found:
        return []
    # "抖音公众号": two channel words written as one name are that one channel (the first word) —
    # but a site's name, or the umbrella word, before an account's word names the account
    # (某县人民政府网微信公众号, 政务新媒体“某镇”微信公众号).
    # "网站政务公开栏目": a column named right after its site is that site.
    merged = [found[0]]
    for f in found[1:]:
        gap = _QUOTED.sub("", seg[merged[-1][1]:f[0]]).strip("-—－ ")  # 网站“政府信息公开”-“某某”栏目
        if gap == "" and merged[-1][2] in ("website", "neutral") and f[2] in _ACCOUNT_CHANNELS:
            merged[-1] = (merged[-1][0], f[1], f[2])
        elif gap == "" or (f[2] == "other" and len(gap) <= 10 and not _LIST_SEP.search(gap)
                           and _COLUMN.fullmatch(seg[f[0]:f[1]])):
            merged[-1] = (merged[-1][0], f[1], merged[-1][2])
        else:
            merged.append(f)
    return [f[2] for f in merged]


def channel_words(seg: str) -> dict[str, str]:
    """Each channel word the segment writes, with its channel: {"门户网站": "website", "美篇": "other"}."""
    return {m.group(): _CHANNEL_OF[m.group()] for m in CHANNEL_RE.finditer(seg)
            if not _IN_BODY_NAME.match(seg, m.end())}


# what may follow a channel's name before its own figure: a verb of posting, the items, an adverb
_OWN_FIGURE_WORDS = re.compile(r"(?:[\s、，,：:的共计累]|发布|公开|推送|更新|刊发|发送|信息|政务信息|稿件|文章|图文|全年|累计)*")


def ends_on_channel(seg: str) -> bool:
    """"、政务微信1015条": the words before the figure end on a counted channel's own name — that
    channel's figure, never one category of a list (as "网站发布动态73条" is)."""
    last = None
    for last in CHANNEL_RE.finditer(seg):
        pass
    return last is not None and _CHANNEL_OF[last.group()] not in ("other", "neutral") \
        and _OWN_FIGURE_WORDS.fullmatch(seg, last.end()) is not None


_UMBRELLA_LISTED = re.compile(rf"(?:{CHANNEL_RE.pattern})[^，,。；;]{{0,16}}?[、和及与]\s*(?:“[^”]{{0,20}}”|各类|各种|多个|其他|其它)?"
                              rf"(?:{'|'.join(map(re.escape, sorted(NEUTRAL_CHANNELS, key=len, reverse=True)))})")


def channel(seg: str) -> str | None:
    """The channel a segment names: one key (website, wechat …), "multi" for a list of channels
    two of which kinds count, or one beside others summed up as carriers ("网站、公众号和公开栏等载体"):
    the figure is their total;
    "other" for only channels no kind counts, None when it names none."""
    named = channels(seg)
    if not named:
        return None
    known = {n for n in named if n not in ("other", "neutral")}
    if not known:
        return "other"  # only an umbrella word (新媒体), or a channel no kind counts
    if len(known) == 1:
        # one counted channel beside an umbrella word ("微信公众号等新媒体") is that channel; listed
        # as another item with it ("门户网站、政务新媒体等渠道"), the umbrella adds channels: a total
        if "other" not in named:
            # "门户网站专栏等平台": the site and the other platforms like it, a total
            return "multi" if _UMBRELLA_LISTED.search(seg) or _CARRIERS.search(seg) else known.pop()
        # beside a channel no kind counts, the figure is a total only where the list sums up the
        # body's carriers ("网站、公众号和公开栏等载体") or names its new media among them ("网站、新媒体和
        # 公开栏"); "在门户网站及各校园网站" mixes in others' sites
        # …or where the channels are listed and summed up by 等 before a figure 共计 across them
        # ("镇村两级公示栏、县政府网某镇平台等公布…信息共计186条")
        return "multi" if _CARRIERS.search(seg) or _UMBRELLA_LISTED.search(seg) or _LISTED_SUM.search(seg) else "other"
    return "multi"

_LISTED_SUM = re.compile(rf"(?:{CHANNEL_RE.pattern})[^，,。；;、]{{0,10}}、[^，,。；;、]{{0,20}}?(?:{CHANNEL_RE.pattern})"
                         r"[^，,。；;、]{0,10}?等[^，,。；;]*?(?:共计|合计|总计)")


def respectively(named: list[str], figures: int) -> list[str]:
    """分别: the channels ``named`` in order (umbrella words dropped), one for each of the ``figures``
    that follow; none when the counts differ (which figure is whose, the text does not say)."""
    named = [c for c in named if c != "neutral"]
    return named if figures == len(named) >= 2 else []


def only_names_a_channel(seg: str) -> bool:
    """Is the segment just a channel's name ("其中通过“某某教育”微信公众号"), no other doing in it?"""
    rest = CHANNEL_RE.sub("", _OWNER.sub("", _QUOTED.sub("", seg)))
    return len(_CONNECTIVES.sub("", rest)) <= 4


# "某县人民政府门户网站": the site's owner is part of the channel's name.
_OWNER = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?(?:人民政府|政府|人民)(?=(?:{CHANNEL_RE.pattern}))")


# 分别 after a list of kinds ("行政复议、行政诉讼数量分别为1件和0件"): the kinds' cues, longest first.
_KIND_OF: dict[str, str] = {c: k.key for k in KINDS if k.value_type == "int" and not k.channel for c in k.cues}
_KIND_CUE = re.compile("|".join(map(re.escape, sorted(_KIND_OF, key=len, reverse=True))))
_LISTED = re.compile(r"[^、和及与以或，,]{0,6}[、和及与以或，,][^、和及与以或，,]{0,4}")


def listed_kinds(seg: str, figures: int) -> list[str]:
    """分别 after a list naming two or more kinds ("复议、诉讼数量分别为…"): the kinds in order, one
    for each of the ``figures`` that follow; when the counts differ, "" for each figure (which is
    whose, the text does not say); none when no such list stands there. The list is the run of cues
    joined by list marks (、和及与) that ends at most 8 characters before 分别."""
    head = seg[: seg.rfind("分别")]
    found = list(_KIND_CUE.finditer(head))
    if not found or len(head) - found[-1].end() > 8:
        return []
    chain = [found[-1]]
    for m in reversed(found[:-1]):
        if not _LISTED.fullmatch(head[m.end(): chain[0].start()]):
            break
        chain.insert(0, m)
    kinds = [_KIND_OF[m.group()] for m in chain]
    if len(kinds) < 2 or len(kinds) != len(set(kinds)):
        return []
    return kinds if figures == len(kinds) else [""] * figures


# An account's own name, given once with its channel ("通过“武义教育”官方微信公众号发布"), stands for
# that channel where later sentences write the name alone ("武义教育粉丝量为28793").
_ACCOUNT = re.compile(r"[“\"「]([\u4e00-\u9fff]{2,10})[”\"」](?:官方|政务)?(?:微信公众号|公众号|微信|订阅号|服务号|"
                      r"微博|抖音号|抖音|视频号|快手号|头条号)")
# The name counts as the account only where an account's figure follows it, never inside the
# body's own name (武义教育局 is no account).
_AS_ACCOUNT = r"[”\"」]?(?:粉丝|关注|订阅|用户|发布|推送|推文|更新|累计|共|全年|今年|本年|阅读|[，,:：])"


# …or right after it ("官方微信“某市人民政府某某办事处”")
_ACCOUNT_AFTER = re.compile(r"(?:官方|政务)?(?:微信公众号|公众号|微信|订阅号|服务号|微博|抖音号|视频号|快手号|头条号)"
                            r"[“\"「]([\u4e00-\u9fff]{2,16})[”\"」]")


# a name written right before a channel's word, quoted or not, in a report or a question (中国绥宁微信公众号,
# “甘谷政务”公众号, "Zhongguo Suining" WeChat)
_CHANNEL_AFTER = (r"[”\"」]?\s*(?:官方|政务)?(?:微信公众号|公众号|微信|订阅号|服务号|微博|抖音号?|视频号|快手号?|头条号?|"
                  r"wechat|weibo|douyin|official account)")


def names_account(text: str, term: str) -> bool:
    """``text`` writes ``term`` (three characters at least: 视频 of 视频号 names no account) as an
    account's name: whose posts or followers, never the thing they count."""
    return len(term) >= 3 and re.search(re.escape(term) + _CHANNEL_AFTER, text, re.I) is not None


def account_names(text: str) -> dict[str, str]:
    """Account name → channel, for every account the text names with its channel."""
    found = [(m.start(), m.group(1), m.group(0)[len(m.group(1)) + 2:]) for m in _ACCOUNT.finditer(text)]
    found += [(m.start(), m.group(1), m.group(0)[: m.start(1) - m.start() - 1]) for m in _ACCOUNT_AFTER.finditer(text)]
    out: dict[str, str] = {}
    for _, name, words in sorted(found):
        chan = channel(words)
        if chan not in (None, "multi", "neutral", "other"):
            out.setdefault(name, chan)
    return out


def account_channel(seg: str, accounts: dict[str, str]) -> str | None:
    """The channel of the account ``seg`` names by its name alone, or None."""
    for name, chan in accounts.items():
        if re.search(re.escape(name) + f"(?={_AS_ACCOUNT})", seg):
            return chan
    return None


# "在“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇": two accounts of one channel, a
# figure each — together the channel's figure for the year (both stated, nothing guessed)
_ACCOUNTS_EACH = re.compile(
    r"(?P<names>(?:[“\"「][^”\"」]{1,20}[”\"」]\s*(?:[、和及与]\s*)?){2,})(?P<chan>[^，,。；;“”\d]{1,12}?)分别"
    r"(?P<verb>[^\d，,。；;]{0,12}?)(?P<figs>\d+\s*(?P<u>[条篇个次期])(?:\s*(?:[、和及与]|以及)\s*\d+\s*(?P=u))+)")


class AccountsEach(NamedTuple):
    channel: str  # the one channel the accounts belong to (wechat …)
    total: int  # the figures' sum
    span: tuple[int, int]  # the figures in the clause
    unit: str  # their counter word


def accounts_each(clause: str) -> AccountsEach | None:
    """Where a clause hands one figure to each of several accounts of the same channel, as many
    figures as accounts: the channel and the figures' sum; else None."""
    m = _ACCOUNTS_EACH.search(clause)
    if not m:
        return None
    chan = channel(m.group("chan"))
    figs = [int(x) for x in re.findall(r"\d+", m.group("figs"))]
    if chan in (None, "multi", "neutral", "other") or len(figs) != len(_QUOTED.findall(m.group("names"))):
        return None
    return AccountsEach(chan, sum(figs), m.span("figs"), m.group("u"))
