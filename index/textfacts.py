"""Pure: the figures and contact details a report states in its prose → ``TextFact``s.

Which concept a figure belongs to is read off the clause it stands in (the text between commas,
semicolons and full stops), using the kinds' cue terms in ``index.factkinds`` (the choice of kind for
one figure: ``index.textkind``):

- a figure is a number with a counter word (``42 条``, ``1万余人``, ``两次``); its kind is the one whose
  cue stands closest before it in the same clause (since the last figure), with the counter word
  allowed for that kind, any required term (申请) in the sentence, and no vetoing term;
- a channel (政府网站, 微信公众号 …) named before the figure in its clause, or failing that in an
  earlier clause of the same sentence, makes the figure that channel's; two channels in a list
  make it the total (分别 hands the figures to them in order); any other channel (报纸, 专栏 …)
  makes it nobody's, unless a list sums it up with counted ones (…和公开栏等载体: a total);
- with no verb of its kind in the clause, the counted thing's name (提出…申请3件) gives the kind;
- after 其中 a sentence breaks a figure down: parts of a kind already stated are not facts;
- a figure after 较/同比/增长 is a change, and one in a clause dated another year than the report's
  is another year's: neither is a fact;
- 未收到…申请 and 未发生…行政复议/行政诉讼 state zeros.

When one kind is stated with two different values (a report that repeats a count wrongly, or a
breakdown this reader could not tell apart), the first stated wins — the overview (一、总体情况)
comes first and is where reports give their headline figures; the others are dropped, never
summed or guessed. (Counting votes was tried: small category counts such as "3条 … 3条" outvoted
the headline figure.) The same value stated twice is one fact with both spans.

Spans are original-text spans: ``report.text[span]`` quotes the figure (``89 条``) or the phrase
stating the zero (``未发生因信息公开引起的行政复议或行政诉讼``).
"""

from __future__ import annotations

import re

from index.contacts import contact_values
from index.textchannels import channel as _channel, channels as _channels
from index.textchannels import account_channel, account_names, accounts_each, ends_on_channel, listed_kinds, respectively
from index.factkinds import BY_KEY, KINDS
from index.model import Span, TextFact
from index.normalize import Normalized
from index.numbers import CN_DIGITS, number
from index.textzeros import CLAUSE_END as _CLAUSE_END, COUNT_KINDS as _COUNT_KINDS
from index.textkind import ANY_DISCLOSED_CUE as _ANY_DISCLOSED_CUE, UNITLESS as _UNITLESS, classify as _classify
from index.textorder import FIRST_HANDLED, by_noun, figure_first
from index.textparts import drop_breakdown, keep_summed_total
from index.textzeros import EXCLUDE_RE as _EXCLUDE_RE, Mention, alt as _alt, terms as _terms, zero_mentions


_UNITS = sorted({u for k in _COUNT_KINDS for u in k.units}, key=len, reverse=True)
_CN_NUM = CN_DIGITS
_FIGURE = re.compile(
    r"(?P<pre>约|近|逾|超过|超)?"
    rf"(?P<num>(?<![0-9A-Za-z.\-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![0-9.])"
    # A Chinese numeral counts only with its counter word (一是, 十四五 are no figures).
    rf"|(?<![第{_CN_NUM}])[{_CN_NUM}]+(?=\s*万?\s*(?:余|多)?\s*(?:{'|'.join(map(re.escape, _UNITS))})))"
    r"\s*(?P<mul>万)?\s*(?P<suf>余|多)?\s*"
    # a counter before a span of time counts days or hours, not things (用时46个工作日, 3个月)
    rf"(?P<unit>{'|'.join(map(re.escape, _UNITS))})?(?!性|期间|年|工作日|自然日|小时|月|日|天|周|百分点)"
)
# Cheap test that a sentence holds any figure at all (most hold none): one with a counter word, or
# a bare one after a count's name (粉丝量为28793, 办件量为7: see below).
_HAS_FIGURE = re.compile(rf"[\d{_CN_NUM}]\s*万?\s*(?:余|多)?\s*(?:{'|'.join(map(re.escape, _UNITS))})|\d\s*万"
                         r"|(?:关注|粉丝|订阅|用户)[^，,。；;\d]{0,6}\d|(?:量|数量|件数|申请|事项)\s*(?:为|达|是|有|[:：])?\s*\d")
_UNITLESS_APPLICATIONS = re.compile(r"(?:(?:依申请公开|公开申请|信息公开申请)(?:的)?(?:办件量|申请量|受理量|受理数量|办件数|件数|数量)|"
                                    r"(?:收到|受理|接到|接收)(?:政府信息公开|信息公开|依申请公开)(?:申请)?(?:事项|件)?)"
                                    r"\s*(?:为|达到|达|是|有|[:：])?\s*$")
# What may follow a bare count in its clause: nothing, or the next item of a list whose line break
# the page lost ("…申请事项0三是政府信息管理方面").
_NEXT_ITEM = re.compile(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十][)）]")


def _unitless_count(clause: str, seg_start: int, m: re.Match[str]) -> bool:
    return (not m.group("pre") and "." not in m.group("num")
            and (_UNITLESS.search(clause, seg_start, m.start()) or _UNITLESS_APPLICATIONS.search(clause, seg_start, m.start()))
            is not None and (not clause[m.end():].strip(" \u3000”’\"」）)。！？!?") or _NEXT_ITEM.match(clause, m.end())))


_SENTENCE_END = re.compile(r"[。！？!?]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ALL_YEARS = re.compile(r"历年|(?:建站|开通|上线|成立|创建|运行)以来|累计至今|至今累计")
_CHANGE = re.compile(r"较|同比|比上年|比去年|增长|增加|减少|下降|提高|提升了")
_QIZHONG = "其中"
_THIS_YEARS = re.compile(r"全年|本年|年内|当年|年度|(?:19|20)\d{2}\s*年|新增")


_OWN = re.compile(r"本单位|本机关|本部门|我(?:局|委|办|镇|乡|街道|单位)")
_COUNTY_WIDE = re.compile(r"全(?:县|区|市|旗)(?!政府|人民政府)")


def _lead_in(text: str, m: "Mention") -> str:
    """The words of the figure's sentence before it."""
    a = max(text.rfind(c, 0, m.span[0]) for c in "。；;\n") + 1
    return text[a:m.span[0]]


def _running(text: str, m: "Mention") -> bool:
    """A running total (累计…, with no word of the year before it)."""
    lead = _lead_in(text, m)
    return "累计" in lead and not _THIS_YEARS.search(lead)
_REACHED = re.compile(r"[\s，,]*(?:并|总量|总数)?\s*(?:达到|达|增至|升至|增加到|提高到|增长到|上升到|减少到|下降到|降至)了?\s*")
_LOOK = 200  # how far before and after a figure its sentence is read (real clauses are shorter)
# 一项工作, 一条龙: "one" before these counter words is an article far more often than a count.
_ONE_IS_A = ("项", "条", "个", "名", "期", "部")


_RECEIVED_UNITS = BY_KEY["applications.received"].units
_HEAD_OF = {c: k.key for k in _COUNT_KINDS if k.head for c in k.cues}
# The noun after a figure, or after a verb right after it ("先后3次召开新闻发布会"), names its kind.
_HEAD_AFTER = re.compile(rf"(?:的)?(?:(?:组织)?(?:召开|举办|举行|开展)了?)?({_alt(tuple(_HEAD_OF))})")
# A clause that opens on a counted thing and states no figure ("新闻发布会方面", "政策解读主要以图文
#形式发布") names the topic of a figure in the next clause that no cue claims ("…，共举办6次").
_WHEN_WHO = r"\s*(?:(?:19|20)\d{2}\s*年度?|全年|本年度|年内)?\s*(?:我局|我委|本局|本机关|本单位)?"
_TOPIC = re.compile(_WHEN_WHO + rf"({_alt(tuple(_HEAD_OF))})")
# …and the whole of proactive disclosure as a topic ("主动公开方面：…").
_TOPIC_DISCLOSED = re.compile(_WHEN_WHO + r"(?:政府信息)?主动公开(?:政府信息)?(?:方面|情况|工作)?\s*")
# …or ends on it, as the object of its verb ("对新出台的文件逐件配发解读，共12件").
_TOPIC_LAST = re.compile(rf"({_alt(tuple(_HEAD_OF))})\s*$")
# …when the figure's own clause has no word of its own before it but who, when and the verb of
# holding or issuing ("我局全年共举办", "共"): "组织培训3次" counts something else.
# A manner ("以图解、问答等方式") says how, not what: it is bare too.
_BARE = re.compile(r"(?:以|通过|采取|采用|利用)[^，,。；;：:]{0,16}?(?:方式|形式)|"
                   r"我局|我委|本局|本机关|本单位|全年|本年度|年内|共计|累计|合计|总计|共|举办|召开|举行|开展|组织|发布|"
                   r"推出|刊发|撰写|形成|了|为|达|有|\s")
# "政策解读类信息共发布17条": a counted thing's name as the subject of a verb of publishing counts that
# thing, not items at large; only a noun of items, an adverb and the verb may stand between.
_HEAD_SUBJECT = re.compile(
    rf"({_alt(tuple(_HEAD_OF))})(?:类|方面|相关)?的?(?:政务|政府)?(?:信息|文章|稿件|推文|内容|材料|产品|作品)?\s*"
    r"(?:全年|年内|本年度)?\s*(?:共计|累计|合计|总计|共)?\s*"
    rf"(?:{_alt(BY_KEY['disclosed.total'].cues)})了?\s*(?:数量)?\s*(?:为|达|达到)?\s*$")
_APPLICATIONS_AFTER = re.compile(r"(?:的)?(?:政府信息)?(?:依申请公开|公开申请|信息公开申请)")
# "行政复议或行政诉讼0件": one figure for both.
_BOTH_REVIEWS = re.compile(
    r"行政复议\s*(?:或|和|及|与|、|或者)\s*(?:提起)?\s*(?:行政)?诉讼\s*(?:案件|事件)?\s*[:：]?\s*(?:均为|均|各|共|为)?\s*$")


def _is_list_part(after: str) -> bool:
    """"新闻动态73条、教育资讯169条…": a figure followed by a list of more figures that no verb
    introduces is one category of a breakdown the report never totals."""
    if not after.startswith("、"):
        return False
    nxt = _FIGURE.search(after)
    return bool(nxt and (nxt.group("unit") or nxt.group("mul")) and _is_list_tail(after[: nxt.start()]))


_LIST_JOIN = re.compile(r"\s*(?:、|和|及|以及)\s*")


def _is_list_tail(seg: str) -> bool:
    """The words between a list's category and the next figure name the next category, not a
    channel ("网站80条、微信公众号120条": each its own figure), a verb opening another count
    (、主动公开…) or a total (、共发布信息120条); a cue word inside a name (政务公开机构职能,
    政府信息公开年报) is part of the name."""
    j = _LIST_JOIN.match(seg)
    return bool(j) and not _ANY_DISCLOSED_CUE.match(seg, j.end()) and not _OTHER_KIND_CUE.search(seg) \
        and not re.search(r"共|累计|合计|总计|总数|总量|全年|申请", seg) and _channel(seg) is None


# another kind's cue anywhere (、依申请公开政府信息4条): the list moves to another count
_OTHER_KIND_CUE = _terms(tuple(c for k in _COUNT_KINDS if not k.key.startswith("disclosed.") for c in k.cues))


_QIZHONG_LEAD = re.compile(r"^\s*其中\s*[，,：:]?")


def _count_mentions(text: str, start: int, end: int, year: int | None, out: list[Mention],
                    accounts: dict[str, str] | None = None) -> None:
    """Figures in the sentence text[start:end] (one sentence of the normalised text)."""
    sentence = text[start:end]
    if not _HAS_FIGURE.search(sentence):
        return
    seen: set[str] = set()
    prev_channel: str | None = None
    qizhong = False
    prev_list: list[str] = []  # the channels the last segment naming any named, in order
    pos = 0
    first = _CLAUSE_END.search(sentence)
    first_clause = sentence[: first.start()] if first else sentence
    topic: str | None = None  # the kind the clause before names as its topic
    changed = ""  # the words before the last figure of change, less the change word
    for cm in [*_CLAUSE_END.finditer(sentence), None]:
        c_end = cm.start() if cm else len(sentence)
        clause = sentence[pos:c_end]
        c_start, pos = pos, (cm.end() if cm else len(sentence))
        topic, t = None, (topic if c_start else None)
        if not _HAS_FIGURE.search(clause) and ((tm := _TOPIC.match(clause)) or (tm := _TOPIC_LAST.search(clause))):
            topic = _HEAD_OF[tm.group(1)]
        elif not _HAS_FIGURE.search(clause) and _TOPIC_DISCLOSED.fullmatch(clause):
            topic = "disclosed.total"  # "主动公开方面：全年合计560条"
        seg_start = 0
        resp: list[str] = []  # channels 分别 hands to this clause's figures, in order
        resp_seg = ""  # the words before 分别: the cue of every figure it hands out
        kresp: list[str] = []  # kinds 分别 hands to them ("复议、诉讼分别为1件和0件")
        listing = False  # the last figure was one category of a list that no figure totals
        each = accounts_each(clause)
        key = f"disclosed.{each.channel}" if each else ""
        if each and key in BY_KEY and each.unit in BY_KEY[key].units:
            a, b = start + c_start + each.span[0], start + c_start + each.span[1]
            out.append(Mention(key, each.total, (a, b), text[a:b], each.unit))
            seen.add(key)
        else:
            each = None  # no kind counts them together: each figure is read on its own
        for m in _FIGURE.finditer(clause):
            if not m.group("unit") and not m.group("mul") and not _unitless_count(clause, seg_start, m):
                continue
            if each and each.span[0] <= m.start() < each.span[1]:
                seg_start = m.end()
                continue  # one account's figure, summed above
            seg = clause[seg_start:m.start()]
            seg_start = m.end()
            # "…部门动态3条、政府信息公开年报1条": the list's last category is a part like the others
            tail = listing = listing and _is_list_tail(seg)
            if _QIZHONG in seg:
                qizhong = True
            # (a heading listing channels before a colon, （二）微信、微博：…政务微信发布352条: the channel
            # after it, where one is named, is the figure's)
            own = re.split(r"[:：]", seg)[-1]
            said = own if _channel(own) is not None else seg
            chan = _channel(said)
            if chan is None and accounts:
                chan = account_channel(seg, accounts)  # "武义教育粉丝量为…": the account by its name
            if chan is not None:
                prev_channel, prev_list = chan, _channels(said) or [chan]
            if "分别" in seg and (chan or prev_channel) == "multi":
                resp = respectively(prev_list, sum(1 for f in _FIGURE.finditer(clause, m.start()) if f.group("unit")))
                resp_seg = seg
            if "分别" in seg and not resp:
                kresp = listed_kinds(seg, sum(1 for f in _FIGURE.finditer(clause, m.start()) if f.group("unit")))
            forced = kresp.pop(0) if kresp and chan is None else None
            handed = bool(resp) and chan in (None, "multi")
            if handed:
                chan = prev_channel = resp.pop(0)  # "网站和公众号分别发布500条和300条": the n-th figure, the n-th channel
            elif chan is not None:
                resp = []
            if _CHANGE.search(seg):
                changed = _CHANGE.sub("", seg)  # "数量增加120条，达到980条": the level reached is the thing's own
                continue
            if changed and _REACHED.fullmatch(seg):
                seg = changed + seg
            # Windows, not whole prefixes: a page that is one endless "sentence" stays linear.
            before = sentence[max(0, c_start + m.start() - _LOOK): c_start + m.start()]
            # The clause's own date, else the date that opens the sentence ("2023年，…").
            years = _YEAR.findall(clause[max(0, m.start() - _LOOK): m.start()]) or _YEAR.findall(first_clause[:_LOOK])
            if year is not None and years and int(years[-1]) != year:
                continue
            value = number(m.group("num"), m.group("mul"))
            if value is None or (m.group("num") == "一" and m.group("unit") in _ONE_IS_A):
                continue
            after = clause[m.end(): m.end() + _LOOK]
            if not seg.strip() and out and out[-1].span[1] == start + c_start + m.start() - len(seg) \
                    and out[-1].kind.startswith("disclosed.") and m.group("unit") in BY_KEY[out[-1].kind].units:
                # "图文236期1114篇": the second figure counts the same posts in finer units.
                last = out.pop()
                out.append(Mention(last.kind, value, (last.span[0], start + c_start + m.end()),
                                   last.raw + m.group(), m.group("unit") or ""))
                continue
            # "两个账号关注人数分别为3200人和150人": the later figures share the first one's cue
            own_seg = resp_seg if handed and "分别" not in seg else seg
            kind = _classify(own_seg, m, chan, prev_channel, before, after, qizhong, seen)
            if forced is not None:  # the n-th figure, the n-th kind listed, if its counter word fits
                kind = forced if forced and m.group("unit") in BY_KEY[forced].units else None
            named = None if forced else _HEAD_AFTER.match(after)
            if named and m.group("unit") in BY_KEY[_HEAD_OF[named.group(1)]].units:
                kind = _HEAD_OF[named.group(1)]  # "召开3场新闻发布会", "收到1件行政复议申请": the noun after it
            if kind in (None, "disclosed.total") and not forced and (hs := _HEAD_SUBJECT.search(seg)) \
                    and m.group("unit") in BY_KEY[_HEAD_OF[hs.group(1)]].units:
                kind = _HEAD_OF[hs.group(1)]
            if not m.group("unit") and not m.group("mul") and _UNITLESS_APPLICATIONS.search(seg):
                kind = "applications.received"  # "依申请公开办件量为12": the count needs no counter word
            if kind is None and not forced and not qizhong and (ff := figure_first(after)) \
                    and m.group("unit") in BY_KEY[ff].units:
                kind = ff  # "816条信息经某县门户网站发布", "5434名用户关注了…公众号": the channel after it
            if kind is None and qizhong and "申请" in sentence and FIRST_HANDLED.match(after) \
                    and m.group("unit") in BY_KEY["applications.handled"].units \
                    and not _EXCLUDE_RE["applications.handled"].search(seg + after[:12]):
                kind = "applications.handled"  # "其中11件已在法定时限内办结": the verb after it
            if kind is None and _APPLICATIONS_AFTER.match(after) and m.group("unit") in _RECEIVED_UNITS:
                kind = "applications.received"  # 共有0例依申请公开: the noun after the figure
            if kind is None and not qizhong:
                kind = by_noun(seg, m.group("unit") or "")
            elif kind is None and "applications.received" not in seen and not any(x.kind == "applications.received" for x in out):
                # (收到来信、依申请公开等26件,其中依申请公开7件: the whole mixes letters in, the part is the count)
                kind = by_noun(_QIZHONG_LEAD.sub("", seg), m.group("unit") or "")
            # a bare 发布 names no thing of its own: "政策解读方面，共发布12篇" counts the topic
            if kind in (None, "disclosed.total") and t and not qizhong and m.group("unit") in BY_KEY[t].units and not _BARE.sub("", seg):
                kind = t  # "新闻发布会方面，全年共举办6次": the topic the clause before named
            if kind is not None and kind.startswith("disclosed.") and not handed and (tail or _is_list_part(after)) \
                    and not ends_on_channel(seg):
                listing = True
                continue
            if kind is None:
                # a category no kind counts, listed with others ("行政执法信息5条、疫情防控38条、…"): the
                # list's later items are parts too, a cue word inside one (政务公开日1条) notwithstanding
                listing = listing or _is_list_part(after)
                continue
            if kind.startswith("disclosed.") and _ALL_YEARS.search(clause[max(0, m.start() - 30): m.start()]):
                continue  # "历年以来主动公开信息453条": every year's, not the report's

            seen.add(kind)
            a = start + c_start + m.start()
            mention = Mention(kind, value, (a, start + c_start + m.end()), m.group(), m.group("unit") or "")
            out.append(mention)
            if kind.startswith("review.") and not forced and _BOTH_REVIEWS.search(seg):
                if value != 0:
                    out.pop()  # 行政复议或行政诉讼1件: which one, the sentence does not say
                else:
                    other = "review.reconsideration" if kind == "review.litigation" else "review.litigation"
                    out.append(Mention(other, 0, mention.span, mention.raw, mention.unit))
        if _QIZHONG in clause[seg_start:]:
            qizhong = True  # "…9726条。其中，" after the clause's last figure: the figures after it are parts
        rest = _channel(clause[seg_start:])
        if rest is not None:
            prev_channel, prev_list = rest, _channels(clause[seg_start:])



# "收到申请17宗，17宗已按期答复": the applications answered counted before the verb, in a sentence
# about applications that states no handled count the usual way
_HANDLED_AFTER = re.compile(r"[，,；;]\s*(?:其中)?\s*(\d+)\s*(件|宗|个|例|项)\s*(?:均|全部)?(?:已|均已)?\s*(?:全部)?(?:按期|按时|依法|及时)?"
                            r"(?:办结|答复|回复|办理完毕)")


def _handled_after(text: str, s: int, e: int, out: list[Mention]) -> None:
    if any(m.kind == "applications.handled" and s <= m.span[0] < e for m in out) or "申请" not in text[s:e]:
        return
    m = _HANDLED_AFTER.search(text, s, e)
    if m and "申请" in text[s:m.start()] and not re.search(r"复议|诉讼|来信|来访|留言|诉求", text[s:m.start()]):
        out.append(Mention("applications.handled", int(m.group(1)), (m.start(1), m.end(2)), text[m.start(1):m.end(2)],
                           m.group(2)))


def _prose_lines(norm: Normalized) -> list[tuple[int, int]]:
    """(start, end) of every line that is prose, not a table row."""
    lines, starts = norm.lines()
    return [(s, s + len(ln)) for ln, s in zip(lines, starts) if "\t" not in ln and ln.count("|") < 2]


def mentions(norm: Normalized, year: int | None = None) -> list[Mention]:
    """Every statement of a fact, in document order, before same-kind statements are merged."""
    text = norm.text
    out: list[Mention] = []
    accounts = account_names(text)
    for a, b in _prose_lines(norm):
        s = a
        # "…共42条。其中，政务微信24条": a sentence opening with 其中 breaks down the one before
        ends = [m.end() for m in _SENTENCE_END.finditer(text, a, b) if not text[m.end(): m.end() + 4].lstrip().startswith(_QIZHONG)]
        for e in [*ends, b]:
            if e > s:
                n0 = len(out)
                _count_mentions(text, s, e, year, out, accounts)
                drop_breakdown(text, s, out, n0)
                keep_summed_total(text, s, out, n0)
                zero_mentions(text, s, e, out)
                _handled_after(text, s, e, out)
            s = e
    out += [Mention(key, v, span, v) for key, v, span in contact_values(text)]
    out.sort(key=lambda m: m.span)
    return out


def extract_facts(norm: Normalized, report_id: str, year: int | None = None,
                  original: str | None = None) -> tuple[TextFact, ...]:
    """The report's text facts, one per kind (see the module docstring for the rule when a kind
    is stated with different values). ``year`` is the year the report covers (figures dated
    another year are left out); with the ``original`` text, ``raw`` is what the report prints at
    the first span (traditional characters included), else the repaired text. Never raises."""
    try:
        found = mentions(norm, year)
    except (ValueError, IndexError):  # a malformed figure must not sink the report
        return ()
    by_kind: dict[str, list[Mention]] = {}
    for m in found:
        by_kind.setdefault(m.kind, []).append(m)
    facts: list[TextFact] = []
    spans: list[Span]
    units = {k.key: k.unit for k in KINDS}
    for key, ms in by_kind.items():
        if key.startswith("disclosed.") and len({m.value for m in ms}) > 1 \
                and any(_THIS_YEARS.search(_lead_in(norm.text, m)) for m in ms):
            # "累计主动公开781条。2018年新增主动公开131条": the running total since the system began
            # gives way to the year's own figure
            ms = [m for m in ms if not _running(norm.text, m)] or ms
        if len({m.value for m in ms}) > 1 and any(_OWN.search(_lead_in(norm.text, m)) for m in ms):
            # "全县共发布信息11604条 … 本单位共发布信息266条": a township quoting its county's totals;
            # the body's own figure is the one it gives for itself
            ms = [m for m in ms if not _COUNTY_WIDE.search(_lead_in(norm.text, m))] or ms
        value = ms[0].value
        chosen = [m for m in ms if m.value == value]
        spans = list(dict.fromkeys(norm.to_original(*m.span) for m in chosen))  # ordered, no repeats
        raw = original[spans[0][0]:spans[0][1]] if original is not None else chosen[0].raw
        facts.append(TextFact(report_id, key, value, chosen[0].unit or units[key], tuple(spans), raw))
    order = {k.key: i for i, k in enumerate(KINDS)}
    facts.sort(key=lambda f: order[f.kind])
    return tuple(facts)
