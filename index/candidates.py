"""Every reading of "a place, then a body of a known kind" in a report's head, with how much the
spot it stands on counts (``index.weights``): the candidates ``index.meta`` chooses the issuing body
from. Pure: text and place mentions in, candidates out.

A county followed by a township (鼓楼区人民政府华侨路街道办事处), a county's own report with no body
named (阿荣旗2018年…报告), a city bureau's branch in a county (昌吉州生态环境局吉木萨尔县分局), a body
of a kind the data does not list bounded by the title, a title opening on the body's kind alone
(教育局2019年…报告) or on a township without its county: each is one candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index import places, towns, zones
from index.bodies import BodyKind, body_kinds, body_rx
from index.townships import STREET_OFFICE, TOWN, TOWN_STOP, TOWNSHIP_KINDS, town_form, town_kind, town_office
from index.title import REPORT_NOUN
from index.weights import COMPILER, FIELD_BEFORE, weight_at

# 人民政府 followed by these is the site (县人民政府门户网站), not the issuing body.
# (华容县人民政府信息公开工作年度报告 is the government's own report, the 政府 of 政府信息公开 said once)
_SITE_AFTER = re.compile(r"[”’」』》\"]?(?:门户|网站|网|官网|信息公开(?!" + REPORT_NOUN + r")|政务服务|政务公开(?:门户|网|平台|专栏)|公众号|平台|客户端)")
# …and a government's name quoted after a site (门户网站“莒南县人民政府”) is the site's name
_SITE_BEFORE = re.compile(r"(?:网站|门户|网)[“\"「『]$")
_GOV_OFFICE = re.compile(r"(?!办公室)[\u4e00-\u9fff]{2,6}?办公室")
# A place's own report, no body named (阿荣旗2018年政府信息公开工作年度报告, 2017年度南昌县政府信息
# 公开年度报告): the county's (or city's) people's government issues it.
_PLACE_REPORT = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府信息公开|政务公开)" + REPORT_NOUN)


@dataclass
class Candidate:
    place: places.Mention | None  # the body's own county (or city), None for 县教育局
    near: tuple[places.Division, ...]  # places written right before it (南京市 in 南京市鼓楼区)
    form: str  # the body part as written: 教育体育局, 教体局, 望疃镇 …
    kind: BodyKind
    start: int
    end: int
    weight: float
    prefix: str = ""  # a county branch's parent as written: 昌吉州生态环境局 in 昌吉州生态环境局吉木萨尔县分局



# A bare 市政府办公室 as the subject of the overview ("2021年，市政府办公室认真贯彻…"): the report's own
# office speaking of itself, its place named elsewhere (the site's name, a contact line).
# (2019年,作为新组建部门,市应急管理局严格…: an aside on what the body is, between the year and it)
_SUBJECT_BEFORE = re.compile(r"(?:^|\n|\d{4}年度?[,，]?\s*(?:作为[^，,。；]{1,12}[,，]\s*)?|我办|本办)$")
_SUBJECT_VERB = re.compile(r"自觉|主动|聚焦|立足|着眼|认真|深入|坚持|严格|按照|围绕|始终|高度重视|紧紧|积极|全面|进一步|继续|持续|切实|扎实|着力|不断|大力|"
                           r"在[^，,。；]{1,24}?(?:领导|指导|部署|关心|支持)下")  # (…镇人民政府在市人民政府的正确指导下,…)


def _ends_before(rx: re.Pattern[str], head: str, start: int) -> bool:
    """``rx`` (anchored with $) matches the few characters right before ``start``."""
    return rx.search(head, max(0, start - 16), start) is not None


def announced(head: str, start: int, end: int) -> bool:
    """The report names itself by the body at head[start:end] as it opens (特向社会公布2019年度涵江区人社局
    政府信息公开工作年度报告)."""
    return _ends_before(_ANNOUNCED, head, start) and _PLACE_REPORT.match(head, end) is not None


def subject(head: str, start: int, end: int) -> bool:
    """The name at head[start:end] is the overview's subject: after a line start, a year or 我办,
    before a verb of doing the work (2022年,城固县认真贯彻…)."""
    return _ends_before(_SUBJECT_BEFORE, head, start) and _SUBJECT_VERB.match(head, end) is not None


_BARE_TOWN = re.compile(r"(?:^|\n|\d{4}年度?[,，]?\s*)(?![全我本各该])([\u4e00-\u9fff]{2,5}?)(镇|乡|街道)(?:党委|党工委)?"
                        r"(?:[、,，和及]\s*(?:政府|办事处))?(?=" + _SUBJECT_VERB.pattern + r"|(?:政府)?信息公开工作|政务公开工作)")


# a township government's office issuing the report (吉村镇人民政府办公室2023年…报告): the township's, by the office's name
_OFFICE_AFTER = re.compile(r"(?:党政)?办公室(?=\s*(?:19|20)\d{2}\s*年|关于)")


def _town_candidate(t: re.Match[str], head: str, place: places.Mention | None, near: tuple, start: int,
                    weight: float) -> Candidate:
    """A township's government as written, with its office where the office issues the report."""
    office = _OFFICE_AFTER.match(head, t.end()) if t.group(3) == "人民政府" else None
    return Candidate(place, near, town_form(t) + (office.group(0) if office else ""), town_kind(t.group(2), t.group(3) or ""),
                     start, office.end() if office else t.end(), weight)


# (高新区（新北）分局: a development zone's branch, the district it lies in given in brackets)
_SHORT_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:\s*[（(]([\u4e00-\u9fff]{2,5})[）)])?分局")


def _short_branch(city: places.Mention, m: re.Match) -> places.Mention | None:
    """A city bureau's branch named by a county-level division's short name (盐都分局, 龙华分局):
    the division of that city whose name without its level word is that name."""
    cities = {d.name for d in city.divisions if d.level in ("city", "province")}  # 上海市公安局长宁分局: a municipality's
    for g in (1, 2):
        name = places.base_name(m.group(g) or "")
        found = [d for d in places.divisions() if d.city in cities and places.base_name(d.name) == name]
        if len(found) == 1:  # the branch's name as written, up to 分局
            return places.Mention(m.start(1), m.end() - 2, m.group(0)[:-2], tuple(found))
    return None


def read_candidates(head: str, ms: list[places.Mention], lw: list[tuple[int, int, float]]) -> list[Candidate]:
    rx, forms = body_rx()
    out: list[Candidate] = []
    i = 0
    while i < len(ms):
        chain = [ms[i]]
        while i + 1 < len(ms) and ms[i + 1].start == chain[-1].end:
            i += 1
            chain.append(ms[i])
        i += 1
        last, end = chain[-1], chain[-1].end
        near = tuple(d for m in chain[:-1] for d in m.divisions)
        w = weight_at(chain[0].start, head, lw)
        t = (TOWN.match(head, end) or STREET_OFFICE.match(head, end)) \
            if any(d.level == "county" for d in last.divisions) else None
        # a name with 局 in it (东局子街道), or a short one ending in 和 (太和街道), only where its office
        # is written after it
        stop = t and TOWN_STOP.search(_own_name(t.group(1)) if t.group(3) else t.group(1)) \
            and not _gazetteer_has(t, last.divisions)
        # 秦安县城乡规划局: a 乡 or 镇 inside a bureau's name, the name running on to its body word
        stop = stop or (t and not t.group(3) and _NAME_RUNS_ON.match(head, t.end()))
        if t and not stop and (w >= 2 or t.group(3) or re.match(
                r"\d{4}年|政府信息公开|人民政府|办事处", head[t.end(): t.end() + 6])
                or subject(head, chain[0].start, t.end())):  # 2025年,武山县城关镇全面贯彻…: the overview's subject
            # A township or subdistrict of the county (鼓楼区人民政府华侨路街道办事处), tried first
            # so that the district's 人民政府 before it is not taken for the body.
            out.append(_town_candidate(t, head, last, near, chain[0].start, w))
            continue
        if level_of(last) == 2 and _PLACE_REPORT.match(head, end):
            out.append(Candidate(last, near, "人民政府", forms["人民政府"], chain[0].start, end, w))
            continue
        if level_of(last) == 2 and w > 0 and subject(head, chain[0].start, end):
            # 2022年,城固县认真贯彻…: the county itself the overview's subject — its government's report
            out.append(Candidate(last, near, "人民政府", forms["人民政府"], chain[0].start, end, min(w, COMPILER)))
            continue
        m = rx.match(head, end)
        if m is None and level_of(last) == 2 and chain[0].start > 0 and head[end:end + 1] in (")", "）") \
                and head[chain[0].start - 1] in "(（":
            # 泰州医药高新区（高港区）卫生健康委员会: a zone and the district it is one with, the body the district's
            m = rx.match(head, end + 1)
        if m:
            kind = forms[m.group(0)]
            branch = next((b for b in ms if b.start == m.end() and level_of(b) == 2
                           and head.startswith("分局", b.end)), None) if level_of(last) < 2 else None
            if branch is None and level_of(last) < 2 and (sb := _SHORT_BRANCH.match(head, m.end())):
                branch = _short_branch(last, sb)  # 盐城市公安局盐都分局: 盐都 is the city's 盐都区
            if branch is not None:
                # 昌吉州生态环境局吉木萨尔县分局: a city's bureau's branch in a county is the county's body
                out.append(Candidate(branch, near + last.divisions, "分局", kind, chain[0].start, branch.end + 2, w,
                                      prefix=head[chain[0].start:m.end()]))
            elif kind.kind == "人民政府" and (o := _GOV_OFFICE.match(head, m.end())):
                # 大兴区人民政府法制办公室: an office of the government the data does not list is the body
                out.append(Candidate(last, near, m.group(0) + o.group(0), unlisted_kind(o.group(0)),
                                      chain[0].start, o.end(), w))
            elif not (kind.kind == "人民政府" and (_SITE_AFTER.match(head, m.end())
                                                  or _SITE_BEFORE.search(head, max(0, chain[0].start - 4), chain[0].start))):
                out.append(Candidate(last, near, m.group(0), kind, chain[0].start, m.end(), w))
        elif (w >= 3 or _ends_before(_ANNOUNCED, head, chain[0].start)) \
                and (u := _UNLISTED.match(head, end)) and "人民政府" not in u.group(1):
            out.append(Candidate(last, near, u.group(1), unlisted_kind(u.group(1)), chain[0].start, u.end(), w))
        elif _ends_before(FIELD_BEFORE, head, chain[0].start) and (u := _UNLISTED_FIELD.match(head, end)) \
                and "人民政府" not in u.group(1):
            # 来源：深圳市福田区集体经济发展服务署 — a page's source field naming a body the data does not list
            out.append(Candidate(last, near, u.group(1), unlisted_kind(u.group(1)), chain[0].start, u.end(), w))
        elif head[chain[0].start - 1: chain[0].start] == "由" and (u := _UNLISTED_COMPILER.match(head, end)) \
                and "人民政府" not in u.group(1):
            # 本年度报告是由长春市朝阳区政务服务和数字化建设管理局依据…编制而成的: the compiler names itself
            out.append(Candidate(last, near, u.group(1), unlisted_kind(u.group(1)), chain[0].start, u.end(), COMPILER))
        elif head[max(0, chain[0].start - 2): chain[0].start] == "请与" and (u := _UNLISTED_CONTACT.match(head, end)) \
                and "人民政府" not in u.group(1) and _own_throughout(head, u.group(1)):
            out.append(Candidate(last, near, u.group(1), unlisted_kind(u.group(1)), chain[0].start, u.end(), min(w, 1.0)))
        elif w > 0 and (u := _UNLISTED_SUBJECT.match(head, end)) and "人民政府" not in u.group(1) \
                and subject(head, chain[0].start, u.end()):
            # 2022年,相山区机关事务管理中心紧紧围绕…: a body the data does not list, the overview's subject
            out.append(Candidate(last, near, u.group(1), unlisted_kind(u.group(1)), chain[0].start, u.end(), min(w, COMPILER)))
    spans = [(m.start, m.end) for m in ms]
    for m in re.finditer(r"([县区市旗])(?=(" + rx.pattern + "))", head):
        if any(s <= m.start() < e for s, e in spans):
            continue  # 大竹县教科局: 县 belongs to a place already read
        kind = forms[m.group(2)]
        w = weight_at(m.start(), head, lw)
        speaks = kind.kind == "政府办公室" and subject(head, m.start(), m.end() + len(m.group(2)))
        if (kind.kind in ("人民政府", "政府办公室") and w < 6 and not speaks) or head[m.start() - 1: m.start()] in ("省", "州") \
                or kind.kind in TOWNSHIP_KINDS:  # 东花市街道办事处: 市 inside a sub-district's name, no county's body
            continue  # 县政府 / 县政府办 name the county's government, not an unnamed body of it — but
            # opening the title (县人民政府办公室2021年…报告) it is the report's own body
        out.append(Candidate(None, (), m.group(2), kind, m.start(), m.end() + len(m.group(2)), w))
    # A title opening on the body's kind alone (教育局2019年…报告, 文旅局2025年…): the place comes from
    # the rest of the text, as for 县教育局 titles.
    for s, e, w in lw:
        if w < 6:
            continue
        a = s + len(head[s:e]) - len(head[s:e].lstrip())
        b = rx.match(head, a)
        if b and forms[b.group(0)].kind not in ("人民政府", "政府办公室") and not any(x == a for x, _ in spans) \
                and re.match(r"\s*(?:19|20)\d{2}年", head[b.end():b.end() + 8]):
            out.append(Candidate(None, (), b.group(0), forms[b.group(0)], a, b.end(), w))
    # A township named in the title (or its first line, the title split, or as the report's compiler)
    # without its county (芦庙乡人民政府2021年…报告): the county comes from the rest of the text, as
    # for 县教育局 titles.
    for t in _TITLE_TOWN.finditer(head):
        w = weight_at(t.start(), head, lw)
        # …or announcing its report (现特向社会公布同田乡2018年度…报告), or the overview's subject
        # (2021年,贺胜桥镇人民政府坚持…): the township speaking of itself
        # …or the one asked about the report (如对本报告有疑问，请与堽城镇人民政府联系)
        own = w > 0 and (_ends_before(_ANNOUNCED, head, t.start()) or _ends_before(_PUBLISHER, head, t.start())
                         or (t.group(3) and head.startswith("请与", max(0, t.start() - 2)))
                         or subject(head, t.start(), t.end()))
        if (w >= COMPILER or own) and not any(s <= t.start() < e for s, e in spans) and t.group(1) not in _ALL_TOWNS \
                and not any(m.end == t.start() for m in ms) and not (TOWN_STOP.search(t.group(1)) and not _gazetteer_has(t)):
            if t.group(3) == "政府" or t.group(2) == "街":  # 请与环城乡政府联系: its government written short,
                # named in full (海滨街2021年…报告: a subdistrict written 街, its office 海滨街道办事处)
                out.append(bare_town(t.group(1), t.group(2).replace("街", "街道"), t.start(), t.end(), 6.0))
            else:
                out.append(_town_candidate(t, head, None, (), t.start(), 6.0))
    # …or the overview's subject named bare, with its party committee (2025年,新开河街道党工委、办事处按照…)
    for t in _BARE_TOWN.finditer(head):
        # (市 inside a sub-district's own name, 东花市街道, never a city's: 北京市街道)
        if weight_at(t.start(1), head, lw) > 0 and not re.search(r"[的和与及在县区局委府]", t.group(1)) \
                and ("市" not in t.group(1) or (t.group(2) == "街道" and not places.lookup(t.group(1)))):
            out.append(bare_town(t.group(1), t.group(2), t.start(1), t.end(2), 6.0))
    return out


def _own_name(name: str) -> str:
    """A township's name as TOWN_STOP checks it where its office word follows: 局 dropped (东局子), and
    和 after its first character in a short one (太和, 永和 — never 和乡 of 县和乡镇人民政府)."""
    name = name.replace("局", "")
    return name[0] + name[1:].replace("和", "") if len(name) <= 3 else name


def bare_town(name: str, level: str, start: int, end: int, weight: float) -> Candidate:
    """A township named without its government word (新开河街道, 参内乡): its government, in full."""
    office = town_office(level)
    return Candidate(None, (), name + level + office, town_kind(level, office), start, end, weight)


def _gazetteer_has(t: re.Match[str], counties: tuple[places.Division, ...] = ()) -> bool:
    """A township the gazetteer lists (in one of ``counties`` where given): 恩和镇, 和平镇 hold a
    character that otherwise marks a phrase caught between a county and 镇 (县教育局和…镇)."""
    return towns.listed(t.group(1) + t.group(2), {d.name for d in counties} if counties else None)


# a site's column of every township's reports (乡镇政府信息公开年度报告): no one township
_ALL_TOWNS = ("乡", "镇", "街", "各", "全", "各乡", "各镇", "全乡", "全镇")

# the page's publisher field, with or without its colon (发文机关宋村镇人民政府, 发布机构：参内乡)
_PUBLISHER = re.compile(r"(?:发文机关|发布机构|发布单位)\s*[:：]?\s*$")
_TITLE_TOWN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=\d年)|(?<=\d年度)|(?<=由)|(?<=公布)|(?<=现公开)|(?<=请与)|(?<=发文机关)|(?<=发布机构)|(?<=发布单位))(?![年度由]|请与)([\u4e00-\u9fff]{1,5}?)(镇|乡|街道|苏木|街(?=\s*(?:19|20)\d{2}))(人民政府|办事处|(?<=[镇乡])政府(?=联系)|(?=" + _PLACE_REPORT.pattern + "))")


# A body of a kind the data does not list, read only where the title bounds it: between the
# place and the year (米脂县教育体育科技局2023年…报告). Its kind is told by a word in it.
# "现公布新郑市…管理委员会2017年政府信息公开工作年度报告": the report naming itself in its opening
# (现将…办公室2023年…报告予以公开发布; 特向社会公布2015年度永顺县公路管理局…报告: the year may come first)
_ANNOUNCED = re.compile(r"(?:(?:现|特|现将|现予)(?:向社会)?公布|现将)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*$")
_NAME_CHAR = r"(?![的和与及在])[\u4e00-\u9fff]"  # a character of a body's own name (never a joining word)
_UNLISTED_END = "局|委员会|管委会|中心|署"  # (署: 集体经济发展服务署, 城市管理署)
_NAME_RUNS_ON = re.compile(rf"{_NAME_CHAR}{{1,8}}?(?:{_UNLISTED_END})")
_UNLISTED_COMPILER = re.compile(rf"((?:{_NAME_CHAR}|和){{2,16}}?(?:{_UNLISTED_END}|办公室))"
                                r"(?=(?:依据|根据|按照|依照)[^。]{0,80}?编制|编制的\s*(?:19|20)\d{2}\s*年度?(?:政府)?信息公开)")
# …or as whom to ask about the report (如对本年度报告有疑问，请与广元市昭化区商务和经济合作局联系)
_UNLISTED_CONTACT = re.compile(rf"((?:{_NAME_CHAR}|和){{2,16}}?(?:{_UNLISTED_END}))(?=(?:办公室)?联系)")
_UNLISTED_SUBJECT = re.compile(rf"((?:{_NAME_CHAR}){{2,12}}?(?:{_UNLISTED_END}))")
# …or in a page field, running to the field's end (来源：某区集体经济发展服务署 | 发布时间…)
_UNLISTED_FIELD = re.compile(rf"((?:{_NAME_CHAR}|和){{2,16}}?(?:{_UNLISTED_END}|办公室))(?=\s*(?:$|[|｜【]|\s{{2}}|发布|浏览|字号|时间|日期))", re.M)
_UNLISTED = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:" + _UNLISTED_END + r"|办公室)|管委会|管理委员会)"  # (苏州工业园区管委会: the zone's own)
                       r"(?=\s*(?:(?:19|20)\d{2}|[一二][〇○零]|关于|政府信息公开|政务公开))")
_KIND_WORDS = (("教育", "教育局"), ("卫生", "卫生健康局"), ("健康", "卫生健康局"))


def _own_throughout(head: str, name: str) -> bool:
    """A body named as the contact is the report's own where the text speaks as it (我局, 我中心) or names
    it again and again (区商务和经济合作局严格按照…) — not a service centre a county's report sends readers to."""
    ending = next((e for e in ("委员会", "管委会", "中心", "局") if name.endswith(e)), "")
    own = {"委员会": "委", "管委会": "委", "中心": "中心", "局": "局"}.get(ending, "")
    return bool(own and re.search(rf"[我本]{own}", head)) or head.count(name) >= 3


def unlisted_kind(name: str) -> BodyKind:
    if name in ("管委会", "管理委员会"):
        return zones.zone_kind(name)  # a zone's own committee (苏州工业园区管委会)
    like = next((e for w, e in _KIND_WORDS if w in name), "")
    k = next((k for k in body_kinds() if k.ending == like), None)
    return BodyKind(name, k.kind if k else "政府部门", k.kind_en if k else "government body", ())


def level_of(m: places.Mention) -> int:
    """2 county-level, 1 city, 0 province: the narrower reading is the report's own."""
    levels = {d.level for d in m.divisions}
    return 2 if "county" in levels else 1 if "city" in levels else 0
