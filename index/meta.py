"""Pure metadata from a report's own text: the issuing body (with aliases) and its place (title and
year: ``index.title``; kinds of body: ``index.bodies``; how much each spot of the page counts:
``index.weights``).

Real pages wrap the report in site clutter (navigation, breadcrumbs, 发布时间/来源/字体/打印),
split or shorten its title ("县教育局2023年…", the county named only in a contact line) and
mention other bodies on the way (县人民政府门户网站, 向省教育厅). So the body is never cut out
of the text by position: it is a real division's name (``index.places``) followed by a body of a
known kind (``data/body_kinds.csv``), and of all such readings the one the title supports,
then the most frequent, wins. A body that cannot be read is a warning, never a text fragment.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from index import places, selfname, towns, zones
from index.agency import agency_of
from index.townships import STREET_OFFICE, TOWN, TOWN_STOP, TOWNSHIP_KINDS, town_form, town_kind, town_office, township_name
from index.bodies import BodyKind, body_kinds, body_rx
from index.model import Agency, Place
from index.normalize import Normalized
from index.weights import COMPILER, cited, line_weights, weight_at

_HEAD = 6000  # characters of the text searched for the body: its name stands near the top
# 人民政府 followed by these is the site (县人民政府门户网站), not the issuing body.
# (华容县人民政府信息公开工作年度报告 is the government's own report, the 政府 of 政府信息公开 said once)
_SITE_AFTER = re.compile(r"[”’」』》\"]?(?:门户|网站|网|官网|信息公开(?!(?:工作)?(?:年度)?(?:报告|年报))|政务服务|政务公开(?:门户|网|平台|专栏)|公众号|平台|客户端)")
# …and a government's name quoted after a site (门户网站“莒南县人民政府”) is the site's name
_SITE_BEFORE = re.compile(r"(?:网站|门户|网)[“\"「『]$")
_GOV_OFFICE = re.compile(r"(?!办公室)[\u4e00-\u9fff]{2,6}?办公室")
# A place's own report, no body named (阿荣旗2018年政府信息公开工作年度报告, 2017年度南昌县政府信息
# 公开年度报告): the county's (or city's) people's government issues it.
_PLACE_REPORT = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?\s*)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)")


@dataclass(frozen=True)
class Reading:
    """The body and its place as read from one report, and what could not be told."""

    agency: Agency | None
    place: Place | None
    warnings: tuple[str, ...] = ()


@dataclass
class _Candidate:
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
_SUBJECT_BEFORE = re.compile(r"(?:^|\n|\d{4}年度?[,，]?\s*|我办|本办)$")
_SUBJECT_VERB = re.compile(r"认真|深入|坚持|严格|按照|围绕|始终|高度重视|紧紧|积极|全面|进一步")


def _ends_before(rx: re.Pattern[str], head: str, start: int) -> bool:
    """``rx`` (anchored with $) matches the few characters right before ``start``."""
    return rx.search(head, max(0, start - 8), start) is not None


def _subject(head: str, start: int, end: int) -> bool:
    """The name at head[start:end] is the overview's subject: after a line start, a year or 我办,
    before a verb of doing the work (2022年,城固县认真贯彻…)."""
    return _ends_before(_SUBJECT_BEFORE, head, start) and _SUBJECT_VERB.match(head, end) is not None


_BARE_TOWN = re.compile(r"(?:^|\n|\d{4}年度?[,，]?\s*)(?![全我本各该])([\u4e00-\u9fff]{2,5}?)(镇|乡|街道)(?:党委|党工委)?"
                        r"(?:[、,，和及]\s*(?:政府|办事处))?(?=" + _SUBJECT_VERB.pattern + ")")


_SHORT_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,5}?)分局")


def _short_branch(city: places.Mention, m: re.Match) -> places.Mention | None:
    """A city bureau's branch named by a county-level division's short name (盐都分局, 龙华分局):
    the division of that city whose name without its level word is that name."""
    cities = {d.name for d in city.divisions if d.level in ("city", "province")}  # 上海市公安局长宁分局: a municipality's
    found = [d for d in places.divisions() if d.city in cities and places.base_name(d.name) == m.group(1)]
    return places.Mention(m.start(1), m.end(1), m.group(1), tuple(found)) if len(found) == 1 else None


def _candidates(head: str, ms: list[places.Mention], lw: list[tuple[int, int, float]]) -> list[_Candidate]:
    rx, forms = body_rx()
    out: list[_Candidate] = []
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
        # a name with 局 in it (东局子街道) only where its office is written after it
        stop = t and TOWN_STOP.search(t.group(1).replace("局", "") if t.group(3) else t.group(1)) \
            and not _gazetteer_has(t, last.divisions)
        if t and not stop and (w >= 2 or t.group(3) or re.match(
                r"\d{4}年|政府信息公开|人民政府|办事处", head[t.end(): t.end() + 6])
                or _subject(head, chain[0].start, t.end())):  # 2025年,武山县城关镇全面贯彻…: the overview's subject
            # A township or subdistrict of the county (鼓楼区人民政府华侨路街道办事处), tried first
            # so that the district's 人民政府 before it is not taken for the body.
            out.append(_Candidate(last, near, town_form(t), town_kind(t.group(2), t.group(3) or ""), chain[0].start,
                                  t.end(), w))
            continue
        if _level(last) == 2 and _PLACE_REPORT.match(head, end):
            out.append(_Candidate(last, near, "人民政府", forms["人民政府"], chain[0].start, end, w))
            continue
        if _level(last) == 2 and w > 0 and _subject(head, chain[0].start, end):
            # 2022年,城固县认真贯彻…: the county itself the overview's subject — its government's report
            out.append(_Candidate(last, near, "人民政府", forms["人民政府"], chain[0].start, end, min(w, COMPILER)))
            continue
        m = rx.match(head, end)
        if m:
            kind = forms[m.group(0)]
            branch = next((b for b in ms if b.start == m.end() and _level(b) == 2
                           and head.startswith("分局", b.end)), None) if _level(last) < 2 else None
            if branch is None and _level(last) < 2 and (sb := _SHORT_BRANCH.match(head, m.end())):
                branch = _short_branch(last, sb)  # 盐城市公安局盐都分局: 盐都 is the city's 盐都区
            if branch is not None:
                # 昌吉州生态环境局吉木萨尔县分局: a city's bureau's branch in a county is the county's body
                out.append(_Candidate(branch, near + last.divisions, "分局", kind, chain[0].start, branch.end + 2, w,
                                      prefix=head[chain[0].start:m.end()]))
            elif kind.kind == "人民政府" and (o := _GOV_OFFICE.match(head, m.end())):
                # 大兴区人民政府法制办公室: an office of the government the data does not list is the body
                out.append(_Candidate(last, near, m.group(0) + o.group(0), _unlisted_kind(o.group(0)),
                                      chain[0].start, o.end(), w))
            elif not (kind.kind == "人民政府" and (_SITE_AFTER.match(head, m.end())
                                                  or _SITE_BEFORE.search(head, max(0, chain[0].start - 4), chain[0].start))):
                out.append(_Candidate(last, near, m.group(0), kind, chain[0].start, m.end(), w))
        elif (w >= 3 or _ends_before(_ANNOUNCED, head, chain[0].start)) \
                and (u := _UNLISTED.match(head, end)) and "人民政府" not in u.group(1):
            out.append(_Candidate(last, near, u.group(1), _unlisted_kind(u.group(1)), chain[0].start, u.end(), w))
    spans = [(m.start, m.end) for m in ms]
    for m in re.finditer(r"([县区市旗])(?=(" + rx.pattern + "))", head):
        if any(s <= m.start() < e for s, e in spans):
            continue  # 大竹县教科局: 县 belongs to a place already read
        kind = forms[m.group(2)]
        w = weight_at(m.start(), head, lw)
        subject = kind.kind == "政府办公室" and _subject(head, m.start(), m.end() + len(m.group(2)))
        if (kind.kind in ("人民政府", "政府办公室") and w < 6 and not subject) or head[m.start() - 1: m.start()] in ("省", "州") \
                or kind.kind in TOWNSHIP_KINDS:  # 东花市街道办事处: 市 inside a sub-district's name, no county's body
            continue  # 县政府 / 县政府办 name the county's government, not an unnamed body of it — but
            # opening the title (县人民政府办公室2021年…报告) it is the report's own body
        out.append(_Candidate(None, (), m.group(2), kind, m.start(), m.end() + len(m.group(2)), w))
    # A title opening on the body's kind alone (教育局2019年…报告, 文旅局2025年…): the place comes from
    # the rest of the text, as for 县教育局 titles.
    for s, e, w in lw:
        if w < 6:
            continue
        a = s + len(head[s:e]) - len(head[s:e].lstrip())
        b = rx.match(head, a)
        if b and forms[b.group(0)].kind not in ("人民政府", "政府办公室") and not any(x == a for x, _ in spans) \
                and re.match(r"\s*(?:19|20)\d{2}年", head[b.end():b.end() + 8]):
            out.append(_Candidate(None, (), b.group(0), forms[b.group(0)], a, b.end(), w))
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
                         or _subject(head, t.start(), t.end()))
        if (w >= COMPILER or own) and not any(s <= t.start() < e for s, e in spans) \
                and not any(m.end == t.start() for m in ms) and not (TOWN_STOP.search(t.group(1)) and not _gazetteer_has(t)):
            out.append(_Candidate(None, (), town_form(t), town_kind(t.group(2), t.group(3)), t.start(), t.end(), 6.0))
    # …or the overview's subject named bare, with its party committee (2025年,新开河街道党工委、办事处按照…)
    for t in _BARE_TOWN.finditer(head):
        # (市 inside a sub-district's own name, 东花市街道, never a city's: 北京市街道)
        if weight_at(t.start(1), head, lw) > 0 and not re.search(r"[的和与及在县区局委府]", t.group(1)) \
                and ("市" not in t.group(1) or (t.group(2) == "街道" and not places.lookup(t.group(1)))):
            out.append(_bare_town(t.group(1), t.group(2), t.start(1), t.end(2), 6.0))
    return out


def _bare_town(name: str, level: str, start: int, end: int, weight: float) -> _Candidate:
    """A township named without its government word (新开河街道, 参内乡): its government, in full."""
    office = town_office(level)
    return _Candidate(None, (), name + level + office, town_kind(level, office), start, end, weight)


def _gazetteer_has(t: re.Match[str], counties: tuple[places.Division, ...] = ()) -> bool:
    """A township the gazetteer lists (in one of ``counties`` where given): 恩和镇, 和平镇 hold a
    character that otherwise marks a phrase caught between a county and 镇 (县教育局和…镇)."""
    found = {d.name for d in towns.counties_of(t.group(1) + t.group(2))}
    return bool(found & {d.name for d in counties}) if counties else bool(found)


# the page's publisher field, with or without its colon (发文机关宋村镇人民政府, 发布机构：参内乡)
_PUBLISHER = re.compile(r"(?:发文机关|发布机构|发布单位)\s*[:：]?\s*$")
_TITLE_TOWN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=\d年)|(?<=\d年度)|(?<=由)|(?<=公布)|(?<=请与)|(?<=发文机关)|(?<=发布机构)|(?<=发布单位))(?![年度由]|请与)([\u4e00-\u9fff]{1,5}?)(镇|乡|街道|苏木)(人民政府|办事处|(?=" + _PLACE_REPORT.pattern + "))")


# A body of a kind the data does not list, read only where the title bounds it: between the
# place and the year (米脂县教育体育科技局2023年…报告). Its kind is told by a word in it.
# "现公布新郑市…管理委员会2017年政府信息公开工作年度报告": the report naming itself in its opening
_ANNOUNCED = re.compile(r"(?:现|特|现将|现予)(?:向社会)?公布\s*$")
_UNLISTED = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:局|委员会|管委会|办公室|中心))"
                       r"(?=\s*(?:(?:19|20)\d{2}|[一二][〇○零]|关于|政府信息公开|政务公开))")
_KIND_WORDS = (("教育", "教育局"), ("卫生", "卫生健康局"), ("健康", "卫生健康局"))


def _unlisted_kind(name: str) -> BodyKind:
    like = next((e for w, e in _KIND_WORDS if w in name), "")
    k = next((k for k in body_kinds() if k.ending == like), None)
    return BodyKind(name, k.kind if k else "政府部门", k.kind_en if k else "government body", ())


def _level(m: places.Mention) -> int:
    """2 county-level, 1 city, 0 province: the narrower reading is the report's own."""
    levels = {d.level for d in m.divisions}
    return 2 if "county" in levels else 1 if "city" in levels else 0


def _county_named(ms: list[places.Mention], level_char: str) -> places.Mention | None:
    """The county the text names most (for 县教育局 titles), of the level the title says."""
    counts: dict[str, list[places.Mention]] = defaultdict(list)
    for m in ms:
        if _level(m) == 2 and (m.name.endswith(level_char) or any(d.name.endswith(level_char) for d in m.divisions)):
            counts[m.divisions[0].name].append(m)
    if not counts:
        return None
    return max(counts.values(), key=lambda v: (len(v), -v[0].start))[0]


def read_agency(norm: Normalized, original: str = "") -> Reading:
    """The issuing body and its place, read from the (normalised) report text."""
    head = norm.text[:_HEAD]
    lines, starts = Normalized(head, norm.offsets[:_HEAD]).lines()
    lw = line_weights(lines, starts)
    try:
        ms = places.mentions(head)
    except FileNotFoundError as e:  # the division data is missing: say so, guess nothing
        return Reading(None, None, (f"未能读取行政区划数据 (division data missing): {e}",))
    cands = [c for c in _candidates(head, ms, lw) if c.weight > 0]
    # a cited notice's issuer only where nothing else is named (下发了《台安县人民政府办公室关于…》)
    if not any(not cited(head, c.start) for c in cands) and (zone := zones.zone_title(lines)) is not None:
        # 金塔工业集中区管理委员会2024年…报告: a zone's committee, its county from the zone's first words
        name, county = zone
        place = _place_of(county)
        return Reading(agency_of(name, place, zones.zone_kind(name)), place, ())
    cands = [c for c in cands if not cited(head, c.start)] or cands
    placed = [c for c in cands if c.place is not None]
    placeless = [c for c in cands if c.place is None]
    warnings: list[str] = []

    groups: dict[tuple[str, str], list[_Candidate]] = defaultdict(list)
    for c in placed:
        groups[(c.place.divisions[0].name, c.kind.kind)].append(c)

    def score(g: list[_Candidate]) -> tuple[float, int]:
        return (sum(c.weight for c in g) + 0.5 * _level(g[0].place), -g[0].start)

    best = max(groups.values(), key=score) if groups else None
    title_less = max(placeless, key=lambda c: (c.weight, -c.start), default=None)
    chosen: _Candidate | None = None
    place_mention: places.Mention | None = None
    # At equal weight a county's own body written first (2021年,县乡村振兴局…) beats a city's or
    # province's named later (…向四川省乡村振兴局等投稿): a county page speaks of others after itself
    later_above = best is not None and title_less is not None and _level(best[0].place) < 2 \
        and max(c.weight for c in best) == title_less.weight and title_less.start < min(c.start for c in best)
    if best and not later_above and (title_less is None or max(c.weight for c in best) >= title_less.weight):
        # (the full form over a short one; a city bureau's branch, 昌吉州生态环境局吉木萨尔县分局, is the
        # full name of what a line may call 吉木萨尔县生态环境局)
        chosen = max(best, key=lambda c: (c.form == c.kind.ending or bool(c.prefix), c.weight, -c.start))
        place_mention = chosen.place
    elif title_less is not None:
        # 县教育局2023年…报告: the county comes from elsewhere in the text.
        same = [g for g in groups.values() if g[0].kind.kind == title_less.kind.kind and _level(g[0].place) == 2]
        level = head[title_less.start] if head[title_less.start] in "县区市旗" else ""  # a township: any level
        place_mention = (max(same, key=score)[0].place if same
                         else _county_named([m for m in ms if weight_at(m.start, head, lw) > 0], level))
        chosen = title_less
        if place_mention is None and title_less.kind.kind in TOWNSHIP_KINDS:
            return _township(title_less, head, ms)
        if place_mention is None:
            warnings.append(f"报告只写“{head[title_less.start:title_less.end]}”，未写明是哪个县（区）"
                            "(the body's county is not named in the text)")
            return Reading(None, None, tuple(warnings))
    if chosen is None and (own := selfname.self_named(head, ms)) is not None:
        m, form, end = own  # 我中心 throughout, 闽侯县土地储备发展中心 in the contact line
        chosen = _Candidate(m, (), form, _unlisted_kind(form), m.start, end, 1.0)
        place_mention = m
    if (chosen is None or cited(head, chosen.start) or (chosen.place is not None and _level(chosen.place) < 2)) \
            and (site := selfname.site_owner(head, ms)) is not None:
        # 我县 throughout, 中阳县人民政府门户网站 its only own name (吕梁市 named in a cited rule): the
        # county government's report
        chosen = _Candidate(site, (), "人民政府", body_rx()[1]["人民政府"], site.start, site.end, 1.0)
        place_mention = site
    voice = selfname.county_voice(head, ms) if chosen is None else None
    if chosen is None and voice is None and (office := selfname.level_office(head)) is not None \
            and (at := _county_named(ms, office[0]) or selfname.portal_place(head, office[0])) is not None:
        # 2024年,县政府办公室根据…, the county only in its account's name (浙江岱山微信公众号): the office's report
        kind = next(k for k in body_kinds() if k.ending == "人民政府办公室")
        warnings.append(f"报告只以“{head[office[1].start(1):office[1].end()]}”自称，按所写地名读作{at.name}{kind.ending}"
                        " (the body names itself by its level only)")
        return Reading(agency_of(at.name + kind.ending, _place_of(at.divisions[0]), kind, "", ""), _place_of(at.divisions[0]),
                       tuple(warnings))
    if chosen is None and (voice := voice or selfname.county_subject(head, ms)) is not None:
        # 全县各级、各部门… with the county named only in an address: the county government's report
        chosen = _Candidate(voice, (), "人民政府", body_rx()[1]["人民政府"], voice.start, voice.end, 1.0)
        place_mention = voice
        if head[voice.start:voice.end] != voice.name:
            warnings.append(f"报告未写明发布机关，按其网站或账号名“中国{head[voice.start:voice.end]}”和全县口吻读作"
                            f"{voice.name}人民政府 (the body is read from the site's name and the county's voice)")
    if (chosen is None or chosen.weight < 6 and chosen.kind.kind in ("人民政府", "政府办公室")) \
            and (town := selfname.self_town(head, ms)) is not None:
        # 我镇 throughout, 咸安区向阳湖镇 in its address or 发布机构:参内乡: the township's report
        return _township(_bare_town(town.group(1), town.group(2), town.start(), town.end(), 1.0), head, ms)
    if chosen is None or place_mention is None:
        return Reading(None, None, ("未能识别发布机关 (issuing body not recognised)",))

    place, name_place, why = _place(place_mention, chosen.near, ms, places.codes_in(head))
    if why:
        warnings.append(why)
    if best and chosen.place is not None:
        # A title line naming two bodies (a joint report, or two titles run together): the first
        # is taken, and the reader is told, since the figures may belong to either.
        line = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] <= chosen.start), 0)
        a, b = starts[line], starts[line] + len(lines[line])
        if "报告" in lines[line] and len(lines[line]) <= 80:
            rivals = sorted({c.place.divisions[0].name + c.form for c in placed if a <= c.start < b
                             and c.place.divisions[0].name != chosen.place.divisions[0].name})
            if rivals:
                warnings.append(f"标题中不止一个发布机关（另有{'、'.join(rivals)}），按第一个读取"
                                " (the title names more than one body; the first is taken)")
    # The place as written (科右前旗, 大竹县 from the title), the body by its full name: 县教委
    # with 巫溪县教育委员会 further down → 巫溪县教育委员会; only 县教体局 ever written →
    # 紫阳县教育体育局, the short form kept as an alias.
    written = chosen.place.name if chosen.place is not None else name_place
    if len(written) == len(name_place) and written[:-1] != name_place[:-1]:
        written = name_place  # a variant character (澂江市 for 澄江市), not a short form — but a county
        # since made a city or district (旬阳县 → 旬阳市) keeps the name its body had then
    form, kind = _full_form(chosen, cands, name_place)
    if chosen.place is None and kind.kind in TOWNSHIP_KINDS and len(name_place) >= 3 and form.startswith(name_place[:-1]) \
            and any(c.form == form[len(name_place) - 1:] for c in placed):
        form = form[len(name_place) - 1:]  # 张店公园街道 in the title, 张店区公园街道 elsewhere: the county's 公园街道
    if (kind.kind == "政府办公室" or form.endswith(selfname.RUNS_DISCLOSURE)) and (chosen.weight < 3 or chosen.weight == COMPILER) \
            and selfname.compiled_for_county(head, name_place + form):
        kind = next(k for k in body_kinds() if k.ending == "人民政府")  # the office compiled the county's report
        form = kind.ending
    name = chosen.prefix + written + form
    orig = ""
    if original and chosen.place is not None:  # traditional script or glosses: keep it as printed
        a, b = norm.to_original(chosen.place.start, chosen.end)
        orig = original[a:b]
    if (other := selfname.compiler_differs(head, name, written)) is not None:
        if kind.kind == "人民政府" and chosen.weight < 6 and selfname.speaks_as(head, other):
            # 发布机构 | 汨罗市政府 (the site's publisher) on a report 由汨罗市档案局编制 that speaks as 我局
            name, orig = other, ""
            kind = next((k for k in sorted(body_kinds(), key=lambda k: -len(k.ending)) if other.endswith(k.ending)),
                        None) or _unlisted_kind(other)
            return Reading(agency_of(name, place, kind, orig, other), place, tuple(warnings))
        warnings.append(f"标题写作“{name}”，正文称报告由“{other}”编制 (the title and the compiling body differ)")
    return Reading(agency_of(name, place, kind, orig, written + chosen.form), place, tuple(warnings))


def _township(c: _Candidate, head: str, ms: list[places.Mention]) -> Reading:
    """A township whose county the text never names (杨柳镇2021年…报告): the counties that have a
    township of that name (index.towns), told apart by the city, province, county, phone area
    code or postcode the text gives; said in a warning when they cannot be."""
    town = township_name(c.form)
    codes = places.codes_in(head)
    listed = towns.counties_of(town)
    res = places.choose(town, listed, ms, (), codes)
    d = res.division
    if d is None and not listed:
        # one the gazetteer (2015) lacks, written after its county somewhere (《宝山区友谊路街道…规划》)
        after = {m.name: m for m in ms if _level(m) == 2 and head.startswith(town, m.end)}
        if len(after) == 1:
            d = places.resolve(next(iter(after)), ms, (), codes).division
    if d is not None and places.contradicted(d, ms, codes):
        d = None  # the gazetteer (2015) may lack a newer township of the same name: no guess
    if d is None:
        why = res.reason or "(the body's county is not named in the text)"
        return Reading(None, None, (f"报告只写“{head[c.start:c.end]}”，未写明是哪个县（区） {why}",))
    place = _place_of(d)
    return Reading(agency_of(d.name + c.form, place, c.kind, "", c.form), place, ())


def _full_form(chosen: _Candidate, cands: list[_Candidate], county: str) -> tuple[str, BodyKind]:
    """The body part of the name in full: as written unless it is a short form of its kind
    (教委, 人社局); then the full form the text writes for the same county (or for an unnamed
    one: 县教育委员会), else the kind's own ending."""
    if chosen.form not in chosen.kind.shorts or chosen.form == chosen.kind.ending:
        return chosen.form, chosen.kind
    family = {k.ending for k in body_kinds() if chosen.form in k.shorts}
    full = [c for c in cands if c.form == c.kind.ending and c.kind.ending in family
            and (c.place is None or c.place.divisions[0].name == county)]
    if not full:
        return chosen.kind.ending, chosen.kind
    best = max(full, key=lambda c: (c.weight, -c.start))
    return best.form, best.kind


def _place(m: places.Mention, near: tuple[places.Division, ...], ms: list[places.Mention],
           codes: tuple[frozenset[str], frozenset[str]]) -> tuple[Place, str, str]:
    """Place of a body's county (or city) mention, its canonical name, and a warning if the name
    fits several divisions and the text does not say which."""
    level = _level(m)
    if level < 2:
        d = m.divisions[0]
        if level == 1:
            return Place(None, city=d.name, province=d.province, adcode=d.adcode, english=places.english(d.name)), d.name, ""
        return Place(None, province=d.name, adcode=d.adcode, english=places.english(d.name)), d.name, ""
    if len(m.divisions) == 1 and m.divisions[0].level == "county":
        return _place_of(m.divisions[0]), m.divisions[0].name, ""  # read already (a short branch name)
    res = places.resolve(m.name, ms, near, codes)
    d = res.division
    if d is None:
        full = res.candidates[0].name
        return Place(full, english=places.english(full)), full, res.reason
    return _place_of(d), d.name, ""


def _place_of(d: places.Division) -> Place:
    """The place of a county-level division, with its city, province and English name."""
    return Place(d.name, city=d.city, province=d.province, adcode=d.adcode, english=places.english(d.name))
