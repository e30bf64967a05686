"""Pure metadata from a report's own text: the issuing body (with aliases) and its place (title and
year: ``index.title``; kinds of body: ``index.bodies``; every "place, then body" reading in the
head: ``index.candidates``; how much each spot of the page counts: ``index.weights``).

Real pages wrap the report in site clutter (navigation, breadcrumbs, 发布时间/来源/字体/打印),
split or shorten its title ("县教育局2023年…", the county named only in a contact line) and
mention other bodies on the way (县人民政府门户网站, 向省教育厅). So the body is never cut out
of the text by position: it is a real division's name (``index.places``) followed by a body of a
known kind (``data/body_kinds.csv``), and of all such readings the one the title supports,
then the most frequent, wins. A body that cannot be read is a warning, never a text fragment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from index import places, selfname, towns, zones
from index.agency import agency_of
from index.candidates import Candidate, announced, bare_town, level_of, read_candidates, subject, unlisted_kind
from index.townships import TOWNSHIP_KINDS, township_name
from index.bodies import BodyKind, body_kinds, body_rx
from index.model import Agency, Place
from index.normalize import Normalized
from index.weights import COMPILER, cited, line_weights, weight_at

_HEAD = 6000  # characters of the text searched for the body: its name stands near the top


@dataclass(frozen=True)
class Reading:
    """The body and its place as read from one report, and what could not be told."""

    agency: Agency | None
    place: Place | None
    warnings: tuple[str, ...] = ()


def _county_named(ms: list[places.Mention], level_char: str) -> places.Mention | None:
    """The county the text names most (for 县教育局 titles), of the level the title says."""
    counts: dict[str, list[places.Mention]] = defaultdict(list)
    for m in ms:
        if level_of(m) == 2 and (m.name.endswith(level_char) or any(d.name.endswith(level_char) for d in m.divisions)):
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
    cands = [c for c in read_candidates(head, ms, lw) if c.weight > 0]
    # a cited notice's issuer only where nothing else is named (下发了《台安县人民政府办公室关于…》)
    if not any(not cited(head, c.start, c.end) for c in cands) and (zone := zones.zone_title(lines)) is not None:
        # 金塔工业集中区管理委员会2024年…报告: a zone's committee, its county from the zone's first words
        name, county = zone
        place = _place_of(county)
        return Reading(agency_of(name, place, zones.zone_kind(name)), place, ())
    cands = [c for c in cands if not cited(head, c.start, c.end)] or cands
    placed = [c for c in cands if c.place is not None]
    placeless = [c for c in cands if c.place is None]
    warnings: list[str] = []

    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in placed:
        groups[(c.place.divisions[0].name, c.kind.kind)].append(c)

    def score(g: list[Candidate]) -> tuple[float, int]:
        # (at equal weight, the body the report names itself by, 公布2019年度涵江区人社局政府信息公开工作年度报告,
        # over one named first as whose plans it followed: 根据…涵江区人民政府工作部署)
        titled = 0.25 * any(announced(head, c.start, c.end) for c in g)
        return (sum(c.weight for c in g) + 0.5 * level_of(g[0].place) + titled, -g[0].start)

    best = max(groups.values(), key=score) if groups else None
    title_less = max(placeless, key=lambda c: (c.weight, -c.start), default=None)
    chosen: Candidate | None = None
    place_mention: places.Mention | None = None
    # At equal weight a county's own body written first (2021年,县乡村振兴局…) beats a city's or
    # province's named later (…向四川省乡村振兴局等投稿): a county page speaks of others after itself
    # …and 大同市区自然资源局 (平城区 dropped by a mirror site) is a district's body of that city, not the city's
    # …and one speaking as the overview's subject (2019年,…,市应急管理局严格按照…) beats a government named
    # later as another's doing (参加了汝州市政府组织的培训)
    later_above = best is not None and title_less is not None \
        and (level_of(best[0].place) < 2 or best[0].kind.kind == "人民政府" and title_less.kind.kind != "人民政府"
             and subject(head, title_less.start, title_less.end)) \
        and max(c.weight for c in best) == title_less.weight and (
            title_less.start < min(c.start for c in best)
            or any(c.start < title_less.start and title_less.end <= c.end for c in best))
    if best and not later_above and (title_less is None or max(c.weight for c in best) >= title_less.weight):
        # (the full form over a short one; a city bureau's branch, 昌吉州生态环境局吉木萨尔县分局, is the
        # full name of what a line may call 吉木萨尔县生态环境局)
        chosen = max(best, key=lambda c: (c.form == c.kind.ending or bool(c.prefix), c.weight, -c.start))
        place_mention = chosen.place
    elif title_less is not None:
        # 县教育局2023年…报告: the county comes from elsewhere in the text.
        same = [g for g in groups.values() if g[0].kind.kind == title_less.kind.kind and level_of(g[0].place) == 2]
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
        chosen = Candidate(m, (), form, unlisted_kind(form), m.start, end, 1.0)
        place_mention = m
    if (chosen is None or cited(head, chosen.start, chosen.end) or (chosen.place is not None and level_of(chosen.place) < 2)) \
            and (owner := selfname.site_owner(head, ms)) is not None:
        # 我县 throughout, 中阳县人民政府门户网站 its only own name (吕梁市 named in a cited rule): the
        # county government's report
        site, voiced = owner
        chosen = Candidate(site, (), "人民政府", body_rx()[1]["人民政府"], site.start, site.end, 1.0)
        place_mention = site
        if not voiced:
            warnings.append(f"报告未写明发布机关，也不以“我县”自称，按其所写的{site.name}人民政府网站读作{site.name}人民政府"
                            " (no body named: read from the county government's site the report names)")
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
        chosen = Candidate(voice, (), "人民政府", body_rx()[1]["人民政府"], voice.start, voice.end, 1.0)
        place_mention = voice
        if head[voice.start:voice.end] != voice.name:
            warnings.append(f"报告未写明发布机关，按其网站或账号名“中国{head[voice.start:voice.end]}”和全县口吻读作"
                            f"{voice.name}人民政府 (the body is read from the site's name and the county's voice)")
    if (chosen is None or chosen.weight < 6 and chosen.kind.kind in ("人民政府", "政府办公室")) \
            and (town := selfname.self_town(head, ms)) is not None:
        # 我镇 throughout, 咸安区向阳湖镇 in its address or 发布机构:参内乡: the township's report
        return _township(bare_town(town.group(1), town.group(2), town.start(), town.end(), 1.0), head, ms)
    if chosen is None and (at := selfname.department_county(head, ms)) is not None:
        place, name, why = _place(at, (), ms, places.codes_in(head))
        return Reading(None, place, ("未能识别发布机关 (issuing body not recognised)",
                                     f"报告以“我局/我单位”自称，按正文唯一写到的县级地名{name}定位 "
                                     "(placed by the only county the text names)") + ((why,) if why else ()))
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
    # the report's own form of its name (重庆市…, 浦口区人民政府永宁街道办事处, 尤溪县科技局): its weightiest
    # (the title's), then longest writing of this body at this place
    shorts = {s for k in body_kinds() if k.ending == form for s in k.shorts}
    own = [c for c in placed if c.place.divisions[0].name == place_mention.divisions[0].name
           and (c.form.endswith(form) or c.form in shorts)
           and head.endswith(c.form, c.start, c.end)]  # (渭南市临渭区 alone names the place, not its government)
    printed = head[o.start:o.end] if (o := max(own, key=lambda c: (c.weight, c.end - c.start, -c.start), default=None)) else ""
    if chosen.place is None and kind.kind in TOWNSHIP_KINDS and len(name_place) >= 3 and form.startswith(name_place[:-1]) \
            and any(c.form == form[len(name_place) - 1:] for c in placed):
        form = form[len(name_place) - 1:]  # 张店公园街道 in the title, 张店区公园街道 elsewhere: the county's 公园街道
    if (kind.kind == "政府办公室" or form.endswith(selfname.RUNS_DISCLOSURE)) and (chosen.weight < 3 or chosen.weight == COMPILER) \
            and selfname.compiled_for_county(head, name_place + form):
        kind = next(k for k in body_kinds() if k.ending == "人民政府")  # the office compiled the county's report
        form, printed = kind.ending, ""
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
                        None) or unlisted_kind(other)
            return Reading(agency_of(name, place, kind, orig, other), place, tuple(warnings))
        warnings.append(f"标题写作“{name}”，正文称报告由“{other}”编制 (the title and the compiling body differ)")
    return Reading(agency_of(name, place, kind, orig, written + chosen.form, printed), place, tuple(warnings))


def _township(c: Candidate, head: str, ms: list[places.Mention]) -> Reading:
    """A township whose county the text never names (杨柳镇2021年…报告): the counties that have a
    township of that name (index.towns), told apart by the city, province, county, phone area
    code or postcode the text gives; said in a warning when they cannot be."""
    town = township_name(c.form)
    codes = places.codes_in(head)
    listed = towns.counties_of(town)
    res = places.choose(town, listed, ms, (), codes)
    d = res.division
    warnings: tuple[str, ...] = ()
    if d is None and not listed:
        # one the gazetteer (2015) lacks, written after its county somewhere (《宝山区友谊路街道…规划》)
        after = {m.name: m for m in ms if level_of(m) == 2 and head.startswith(town, m.end)}
        counties = {m.name for m in ms if level_of(m) == 2}
        if len(after) == 1:
            d = places.resolve(next(iter(after)), ms, (), codes).division
        elif len(counties) == 1:  # …or the one county the text names at all (全县共发布信息…, 项铺镇 its contact)
            d = places.resolve(counties.pop(), ms, (), codes).division
            warnings = (f"“{town}”不在乡镇名录中，按正文唯一写到的县级地名定位 (placed by the only county the text names)",)
    if d is not None and places.contradicted(d, ms, codes):
        d = None  # the gazetteer (2015) may lack a newer township of the same name: no guess
    if d is None:
        # the township is named (平西街道办事处), only its county is not: kept unplaced, so a question
        # naming it can still find it
        why = res.reason or "(the body's county is not named in the text)"
        return Reading(agency_of(c.form, None, c.kind, "", c.form), None,
                       (f"报告只写“{head[c.start:c.end]}”，未写明是哪个县（区） {why}",))
    place = _place_of(d)
    return Reading(agency_of(d.name + c.form, place, c.kind, "", c.form), place, warnings)


def _full_form(chosen: Candidate, cands: list[Candidate], county: str) -> tuple[str, BodyKind]:
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
    level = level_of(m)
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
