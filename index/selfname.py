"""A body that speaks of itself only as 我中心 / 本站 / 我局: its name is the one written elsewhere in
the text (a contact line, the site's name) that ends on the same word and follows a county.

Real pages of bodies the kinds data does not list (a land-reserve centre, a station, an institute)
often have no title at all; the report says 我中心 throughout and names itself once, in full, in
"请与某县某某中心办公室联系". That full name is the body; a name ending on another word is not.
"""

from __future__ import annotations

import re
from collections import Counter

from index import places, towns
from index.candidates import subject

# The words a body calls itself by, longest first so that 委员会 is not read as 委
_SELF_WORDS = ("管委会", "委员会", "办公室", "中心", "分局", "局", "署", "委", "办", "院", "站", "所", "队", "馆", "处")
_SELF = re.compile(r"(?:我|本)(" + "|".join(_SELF_WORDS) + r")(?![们在属有以])")
# Characters that end a name: a name holds none of them (的, 与 … join two things; 和 is in
# many names: 商务和投资促进局)
_NOT_IN_NAME = re.compile(r"[的与及在为向对由我本把将从]")
# A name in a contact line is the body's own; elsewhere (我局与某县某某局联合…) it may be a partner's
_CONTACT = re.compile(r"联系|电话|地址|邮箱|邮编|咨询")
_PAGE_FIELD = re.compile(r"(?:来源|责任编辑|编辑|发布机构|发布单位|信息来源)\s*[:：]\s*$")


def _quoted(text: str, a: int, b: int) -> bool:
    """The name alone in quotes: the site's column or account named after the body (我局负责管理
    “某县某某局”栏目), never a document's title (《…》)."""
    return text[a - 1: a] in "“\"「『" and text[b: b + 1] in "”\"」』" and a > 0


def _sentence(text: str, pos: int) -> str:
    a = max(text.rfind(c, 0, pos) for c in "。\n")
    ends = [i for i in (text.find(c, pos) for c in "。\n") if i >= 0]
    return text[a + 1: min(ends) if ends else len(text)]


def self_word(head: str) -> str | None:
    """The word the report calls itself by, if it does so at least twice (一次 may be a quote)."""
    counts = Counter(m.group(1) for m in _SELF.finditer(head))
    word, n = counts.most_common(1)[0] if counts else ("", 0)
    return word if n >= 2 else None


def self_named(head: str, ms: list[places.Mention]) -> tuple[places.Mention, str, int] | None:
    """(the county mention, the body part of the name, its end) of the first county-level name
    ending on the report's own word, written in a contact sentence, twice, or alone in quotes, e.g. 闽侯县 +
    土地储备发展中心 for a report saying 我中心."""
    word = self_word(head)
    if word is None:
        return None
    name = re.compile(r"[\u4e00-\u9fff]{1,12}?" + word)
    counties = [m for m in ms if any(d.level == "county" for d in m.divisions)]
    for m in counties:
        n = name.match(head, m.end)
        if n and not _NOT_IN_NAME.search(n.group(0)) and "人民政府" not in n.group(0) \
                and (_CONTACT.search(_sentence(head, m.start)) or head.count(head[m.start:n.end()]) >= 2
                     or _quoted(head, m.start, n.end())):
            return m, n.group(0), n.end()
    # …or by the county's short name in the contact line (请与铜鼓公路分局…联系, 铜鼓县 in the address)
    for m in counties:
        short = places.base_name(m.name)
        for at in (i.start() for i in re.finditer(re.escape(short), head) if len(short) >= 2):
            n = name.match(head, at + len(short))
            if n and not head.startswith(m.name, at) and not _NOT_IN_NAME.search(n.group(0)) \
                    and "政府" not in n.group(0) and _CONTACT.search(_sentence(head, at)):
                return places.Mention(at, at + len(short), short, m.divisions), n.group(0), n.end()
    return None


# Bodies that run a county government's disclosure besides its office (the data bureaus took it over
# in many counties from 2024; a government's disclosure office before them): named only as maker or
# contact, they compiled the government's report
RUNS_DISCLOSURE = ("数据局", "数据管理局", "政务服务和数据管理局", "政务服务和数字化建设管理局", "政府信息公开办公室", "政务公开办公室")
# 由某县人民政府办公室编制 (or …要求,某县人民政府办公室编制了…报告), 由…数据局依据…编制: the office or the
# body running disclosure compiles the county government's own report (the national practice), unless
# it speaks of itself (我办 / 本办).
_COMPILED = re.compile(r"(?:由|(?:要求|规定)[,，]\s*)\s*([\u4e00-\u9fff]{2,20}?(?:人民政府办公室|" + "|".join(RUNS_DISCLOSURE) + r"))"
                       r"\s*(?:负责|组织|结合[^。，,]{0,20}|(?:依据|根据|按照)[^。]{0,80}?)?编制")


def compiled_for_county(head: str, office: str) -> bool:
    """Whether a report with no title, whose body was read as ``office`` (a government office),
    is the county government's report the office compiled: it says 由<office>编制 or gives the
    office as its contact, and speaks as the county (我县 / 全县) or as no body, never as the office."""
    m = _COMPILED.search(head)
    at = [o.start() for o in re.finditer(re.escape(office), head)]
    contact = {i for i in at if _CONTACT.search(_sentence(head, i))}
    # named as maker, as contact, or as the issuer of the notices the county put out (下发了《台安县
    # 人民政府办公室关于印发…的通知》: a report naming no other body)
    # …or only in the page's fields (来源：/责任编辑：太平区人民政府办公室): the office runs the site
    fields = {i for i in at if _PAGE_FIELD.search(head, max(0, i - 8), i)}
    named = bool(m and m.group(1).endswith(office[-7:])) or bool(contact) or any(head[i - 1: i] == "《" for i in at) \
        or bool(fields)
    if not named or re.search(r"我办|本办", head) or speaks_as(head, office) or _OWN_WORK.search(head) \
            or any(subject(head, i, i + len(office)) for i in at):
        return False  # 我局 in a data bureau's report, 结合区政府办公室信息公开工作…撰写, the office the
        # overview's subject (2021年，某县人民政府办公室自觉履行…) though it steers the county's work: its own
    if re.search(r"我县|全县|我区|全区|我市|全市|我旗|全旗", head):
        return True
    # …or speaks as no body at all (松江区人民政府网站…受理申请1416件), naming the office only as its
    # maker or contact: an office's own report says 我局 / 我中心, or makes the office its subject
    # (2025年,临夏市人民政府办公室深入贯彻…) or announces it (现公布…办公室2024年…报告)
    # (the maker may write its city first: 由沈阳市沈河区人民政府办公室编制)
    others = [i for i in at if i not in contact and i not in fields and not (m and m.start(1) <= i < m.end(1))]
    return not others and not _SELF.search(head)


# the office's own disclosure work as the report's matter (结合区政府办公室信息公开工作有关统计数据撰写)
_OWN_WORK = re.compile(r"政府办公室的?(?:政府)?(?:信息公开|政务公开)工作(?!领导)")
# the body a report says made it: 由深州市教育局编制, 由福州市晋安区人民政府信息公开办负责编写, or with the
# rules it followed between (由曹县人民政府办公室按照《条例》…的要求编制而成)
COMPILED_BY = re.compile(r"由\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|委|办公室|人民政府|中心|署|办))\s*"
                         r"(?:负责|组织|牵头|结合[^。，,]{0,20}|(?:按照|根据|依据|依照)[^。]{0,160}?)?(?:编制|编写|撰写)")


def compiler_differs(head: str, name: str, county: str) -> str | None:
    """The body the text says compiled the report (由深州市教育局编制) when it is another body of the
    same county than the one read from the title (深州市体育局): worth a warning, since either may
    be the issuer."""
    m = COMPILED_BY.search(head)
    if not m or not county or not m.group(1).startswith(county):
        return None
    other = m.group(1)
    if other == name or other.startswith(name) or name.startswith(other) or other.endswith("办公室"):
        return None  # the same body, or its office compiling (see compiled_for_county)
    return other


def speaks_as(head: str, body: str) -> bool:
    """The text speaks as ``body`` (我局 for a 局, 我委 for a 委员会, 我中心 for a 中心)."""
    word = next((w for w in _SELF_WORDS if body.endswith(w) or (w == "委" and body.endswith("委员会"))), None)
    return word is not None and re.search(r"(?:我|本)" + word + r"(?![们在属有以])", head) is not None


_SPEAKS = re.compile(r"(?:我|全)([县区旗])")
# a body speaking of itself otherwise: 我单位, 我场 (a state farm), or a township its own subject (恩和镇人民政府坚持…)
_OWN_VOICE = re.compile(r"[我本](?:单位|机关|部门|场|厂|校|公司)|(?![各全本我])(?:(?!乡镇)[\u4e00-\u9fff]){1,5}?(?:镇|乡|街道)"
                        r"(?:人民政府|办事处|党委|党工委)")
_SITE = re.compile(r"(?:人民)?政府(?:门户)?网站")


def site_owner(head: str, ms: list[places.Mention]) -> tuple[places.Mention, bool] | None:
    """The county whose government's site the report names (中阳县人民政府门户网站) where it speaks as
    a county of that level (我县 / 全县) at least twice, or as no body at all (no 我局, no 我县 — its
    contact a service centre, the rest rules it follows): a county report naming itself only so."""
    counts = Counter(m.group(1) for m in _SPEAKS.finditer(head))
    level, n = counts.most_common(1)[0] if counts else ("", 0)
    if n < 2 and (n or _SELF.search(head) or _SPEAKS_TOWN.search(head) or _OWN_VOICE.search(head)):
        return None
    owners = [m for m in ms if _SITE.match(head, m.end) and any(
        d.level == "county" and d.name.endswith(level) for d in m.divisions)]
    if not owners or len({m.divisions[0].name for m in owners}) != 1:
        return None
    counties = {m.divisions[0].name for m in ms if any(d.level == "county" for d in m.divisions)}
    # (speaking as no body, it names no other county: nothing else could be its own)
    return (owners[0], n >= 2) if n >= 2 or len(counties) == 1 else None


# a county that is its overview's subject (2024年,秀洲区在省、市政府指导下…; 2024年,秀洲区受理…)
_SUBJECT_AFTER = re.compile(r"(?:^|[。\n；;])\s*(?:(?:19|20)\d{2}\s*年度?\s*[，,]?\s*)?$")
_NOT_SUBJECT_AFTER = re.compile(r"(?:人民)?政府|[\u4e00-\u9fff]{0,8}(?:局|委|办|中心|镇|乡|街道)")


def county_subject(head: str, ms: list[places.Mention]) -> places.Mention | None:
    """One county-level place written at least twice as a sentence's subject (no body after its
    name), never another: the county's report, speaking of itself by name."""
    seen: dict[str, list[places.Mention]] = {}
    for m in ms:
        if any(d.level == "county" for d in m.divisions) and _SUBJECT_AFTER.search(head, max(0, m.start - 12), m.start) \
                and not _NOT_SUBJECT_AFTER.match(head, m.end):
            seen.setdefault(m.divisions[0].name, []).append(m)
    if len(seen) != 1:
        return None
    (found,) = seen.values()
    return found[0] if len(found) >= 2 else None


# an office of its county's government as the overview's subject, by level only (2024年,县政府办公室根据…)
_LEVEL_OFFICE = re.compile(r"(?:^|[。\n])\s*(?:(?:19|20)\d{2}\s*年度?\s*[，,]\s*)?([县区旗市])(?:人民)?政府办(?:公室)?(?=[\u4e00-\u9fff])")


def level_office(head: str) -> tuple[str, re.Match[str]] | None:
    """(level, match) where the text's subject is 县政府办公室 with no place before it."""
    m = _LEVEL_OFFICE.search(head)
    return (m.group(1), m) if m else None


_BODY_VOICE = re.compile(r"我局|本局|我委|本委|我办|本办|我中心|本中心|我站|我所|我院|我镇|我乡|我街道|本部门|我部门")
_COUNTY_VOICE = re.compile(r"(?:我|全|本)([县区旗])(?![级委])"
                           # 县政府 with no place before it (…,县政府网站发布信息; 年度县政府及31个部门)
                           r"|(?<=[\s\d，。、；：,.的及和与由在向按度年对为开将“\"（(])([县区旗])政府(?!办公室|办)")
# A county portal or account named 中国·<place> (“中国·蓝山”, “中国喀左”), by the place's short form
_PORTAL = re.compile(r"[“\"「]中国\s*[·•・.]?\s*([\u4e00-\u9fff]{2,5})[”\"」]")
# …or by its province's short name and its own (浙江岱山微信公众号, “云南嵩明”发布)
_PROVINCE_PORTAL = re.compile(r"(?:[“\"「])?(浙江|江苏|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|"
                              r"宁夏|新疆|西藏|内蒙古|辽宁|吉林|黑龙江|河北|山西)\s*[·•・.]?\s*([\u4e00-\u9fff]{2,3}?)"
                              r"(?:[”\"」]|(?=微信|公众号|政务|发布|网站|门户|客户端|微博))")


def portal_place(head: str, level: str) -> places.Mention | None:
    """The county-level place (of level 县/区/旗) a quoted 中国·X portal or account names."""
    found: dict[str, places.Mention] = {}
    named = [(m.start(1), m.end(1), m.group(1), "") for m in _PORTAL.finditer(head)] + \
        [(m.start(2), m.end(2), m.group(2), m.group(1)) for m in _PROVINCE_PORTAL.finditer(head)]
    for a, b, name, province in named:
        for d in places.lookup(name + level):
            if d.level == "county" and (not province or (d.province or "").startswith(province)):
                found[d.name] = places.Mention(a, b, d.name, (d,))  # never written in full
    return next(iter(found.values())) if len(found) == 1 else None


def county_voice(head: str, ms: list[places.Mention]) -> places.Mention | None:
    """A page naming no body (a mirror that replaced the site's and office's names) that speaks as a
    county (全县各级、各部门…, 本县, at least twice, never as a bureau or township) and names one
    county-level division of that level, outside any document it cites: that county's report."""
    counts = Counter(m.group(1) or m.group(2) for m in _COUNTY_VOICE.finditer(head))
    level, n = counts.most_common(1)[0] if counts else ("", 0)
    if n < 2 or _BODY_VOICE.search(head):
        return None
    own = [m for m in ms if head[max(0, m.start - 1): m.start] != "《" and any(
        d.level == "county" and d.name.endswith(level) for d in m.divisions)]
    if not own:  # named only by its portal's or account's name (“中国喀左”微信公众号)
        return portal_place(head, level) if not ms else None
    return own[0] if len({m.divisions[0].name for m in own}) == 1 else None


# A township speaks of itself as 我镇 / 我乡 / 我街道; it is named with its county in an address or
# contact line (咸安区向阳湖镇党政综合办公室) or alone in the page's publisher field (发布机构:参内乡)
# …or as a bare 街道 / 镇 opening a clause as the subject of its work (,街道主动公开…; ,街道收到…申请)
# …or leads by its own party committee and government (在镇党委、镇政府的正确领导下)
_SPEAKS_TOWN = re.compile(r"我(镇|乡|街道)(?![们])|(?<=[,，。；;\n])\s*(街道|镇|乡)(?=(?:全年|共|累计)?(?:主动公开|收到|受理|"
                          r"办理|办结|发布|认真|深入|坚持|严格|按照|围绕|积极|全面|进一步))|"
                          r"(?<=[在、,，。；;\n])(街道|镇|乡)(?=党委|党工委|政府(?!信息))")
_TOWN_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4}?)(镇|乡|街道)")
_TOWN_SOURCE = re.compile(r"(?:发布机构|发布单位|信息来源|来源)\s*[:：]\s*([\u4e00-\u9fff]{1,5}?)(镇|乡|街道)"
                          r"(?:人民政府|办事处)?\s*$", re.M)
# …or alone as whom to contact (如对本报告有疑问,请联系:项铺镇,联系电话…)
_TOWN_CONTACT = re.compile(r"请联系\s*[:：]?\s*([\u4e00-\u9fff]{1,5}?)(镇|乡|街道)(?:人民政府|办事处)?(?=[,，;；。\s(（])")


def self_town(head: str, ms: list[places.Mention]) -> re.Match[str] | None:
    """The township a report speaking as 我镇 or 街道 (at least twice, more often than as 我县) names as
    itself: after a county (咸安区向阳湖镇) or in the publisher field, the one named most; or, speaking so
    once, the one the gazetteer lists in a county the text names."""
    counts = Counter(m.group(1) or m.group(2) or m.group(3) for m in _SPEAKS_TOWN.finditer(head))
    level, n = counts.most_common(1)[0] if counts else ("", 0)
    county_voice = [m.group(0) for m in _SPEAKS.finditer(head)]
    fielded = [t for rx in (_TOWN_SOURCE, _TOWN_CONTACT) for t in rx.finditer(head) if t.group(2) == level]
    # (全县 counted more often than the township speaks: the county's report — unless the township is
    # the page's publisher or contact, quoting the county's totals beside its own)
    if n < 1 or sum(1 for v in county_voice if v.startswith("我")) >= n or (len(county_voice) >= n and not fielded):
        return None
    found = []
    if n >= 2:
        found = [t for m in ms if any(d.level == "county" for d in m.divisions)
                 and (t := _TOWN_AFTER.match(head, m.end)) and t.group(2) == level] + fielded
    if not found:  # …or by its government's name anywhere, or by its name as a clause's subject, as a
        # township the gazetteer lists in a county the text names (将玉峰镇人民政府预算决算在大英县人民政府网站
        # 公开: 玉峰镇 of 大英县; 鼎山街道依据《条例》… beside 江津区) — then speaking as 我街道 once is enough
        counties = {d.name for m in ms for d in m.divisions if d.level == "county"}
        found = [t for rx in (_TOWN_GOVERNMENT, _TOWN_SUBJECT) for g in rx.finditer(head) if g.group(2) == level
                 and (t := _listed_town(head, g, counties)) is not None]
    if not found:
        return None
    named = Counter(t.group(1) for t in found)
    top = named.most_common(1)[0][0]
    return next(t for t in found if t.group(1) == top)


_TOWN_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{1,5}?)(镇|乡|街道)(?:人民政府|办事处)")
_TOWN_SUBJECT = re.compile(r"([\u4e00-\u9fff]{1,5}?)(镇|乡|街道)(?=依据|根据|按照|坚持|通过|认真|全面|积极|严格|深入|全年|共)")


def _listed_town(head: str, g: re.Match[str], counties: set[str]) -> re.Match[str] | None:
    """The township in ``g`` (将玉峰镇人民政府: a word may run into its name) the gazetteer lists in
    one of ``counties``: its name from the longest end of the words before 镇 that it lists."""
    for a in range(g.start(1), g.end(1) - 1):
        t = _TOWN_AFTER.match(head, a)
        if t and t.end() == g.end(2) and towns.listed(t.group(1) + t.group(2), counties):
            return t
    return None


def department_county(head: str, ms: list[places.Mention]) -> places.Mention | None:
    """The one county-level division a page names that speaks as a department (我局, 我单位, at least
    twice) and never names itself: its county (我单位…在衡阳县人民政府网站公开), the body unread."""
    n = len(re.findall(r"(?:我|本)(?:局|单位|委)(?![们在属有以])", head))
    if n < 2 or len(re.findall(r"我[县区旗]", head)) >= n:
        return None
    counties = [m for m in ms if any(d.level == "county" for d in m.divisions)]
    return counties[0] if counties and len({m.divisions[0].name for m in counties}) == 1 else None
