"""Understanding a question: language, places, years, the template quantity asked, the shape.

Place names come from the corpus's own metadata (county, short name, pinyin made with pypinyin,
the body's name and aliases, city and province), never from a hand-written list, so a new
report's place is understood the moment it is indexed. English is mapped onto the template
through the template's own English labels, the concept table and a dictionary (rag/english.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from index import concepts
from index import template as T
from index.model import Report
from index.places import lookup
from rag.askedbodies import bodies_named, lacked_body, named_bodies
from rag.askkinds import ASKS_MONEY, ASPECT, BESIDES, MONEY_NAMED
from rag.counts import COUNTER
from rag.corpusplaces import Place, Places, body_names, corpus_places
from rag.filters import Threshold, body_kind_reports, division_kind_reports, threshold, year_span
from rag.named import ASKS_DOCUMENT, ASKS_PLATFORM, ASKS_ROLE, ASKS_SITES
from rag.unknownplaces import (PROVINCES_EN, covers, known_divisions, mentions, other_level, parent_namesakes, parents,
                               unknown_places, with_county_word, within)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A year that dates the document or names a template format is not a year the report covers; nor one "published
# in" after a document (the notice published in 2021) — after posts counted it is the report's year
_NOT_COVERED = re.compile(r"dated|issued|落款|印发|发布于|〔$", re.I)
_DOC_PUBLISHED = re.compile(r"\b(?:reports?|notices?|documents?|circulars?|plans?|opinions?|regulations?|measures?|"
                            r"rules|polic(?:y|ies)|decisions?|files?|announcements?)\b[^.?!]{0,40}?\bpublished\s+(?:in\s+|on\s+)?$", re.I)
# "carried over into 2023", "结转到2023年": the year the applications go on in; the report covers the year before.
_INTO = re.compile(r"(?:carr(?:y|ied|ies)|roll(?:ed)?) over (?:in)?to\s*$|结转(?:到|至)\s*$", re.I)
_FORMAT_AFTER = re.compile(r"\s*(?:年版|年格式|版|格式|〕|\s*(?:table )?format|\s*template)", re.I)


@dataclass(frozen=True)
class Target:
    """A template cell the question asks about (column None: the row's main figure)."""

    table: str
    row: str
    column: str | None = None


@dataclass
class Query:
    text: str
    language: str
    places: list[str] = field(default_factory=list)  # canonical place names in the corpus
    reports: list[str] | None = None  # report ids the place/year filters allow; None = all
    years: list[int] = field(default_factory=list)
    unknown_places: list[str] = field(default_factory=list)  # places named that the corpus lacks
    targets: list[Target] = field(default_factory=list)
    shape: str = "open"  # which | how_many | total | rank | compare | difference | list | yes_no | open
    topics: list[str] = field(default_factory=list)  # prose topics, e.g. 微信公众号
    expansion: list[str] = field(default_factory=list)  # Chinese terms an English question stands for
    threshold: Threshold | None = None  # "which … more than N": the bound on the figure
    fewest: bool = False  # a rank asked from the bottom (最少, 更少, fewest, lowest)
    # the reports of the places named before a kind of body or a year narrowed them: what a list
    # over those places read ("of the 4 reports from Liaoning and Hunan, 2 are townships'")
    in_places: list[str] | None = None
    missing_body: str | None = None  # a body the question names that its place has no report from

    @property
    def wants_all_places(self) -> bool:
        return self.shape in ("which", "total", "rank", "list", "compare") and len(self.places) != 1


def language_of(text: str) -> str:
    cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
    return "zh" if cjk and cjk * 3 >= latin else "en"


# ---- quantities -------------------------------------------------------------------------

# How questions name the template's rows and columns is the template's own vocabulary
# (index/template.py): (pattern, target), more specific first, every pattern tried.
_QUANTITIES: list[tuple[str, Target]] = [(pattern, Target(table, row)) for table, row, pattern in T.ASKED_ROWS]
_NOT_ROWS = T.NOT_ROWS
_COLUMNS: list[tuple[str, str]] = list(T.ASKED_COLUMNS)


_SHAPES: list[tuple[str, str]] = [
    # "how many bureaus received …": which bodies, counted
    ("which", r"几(?:个|家)(?:单位|部门|机关|县|地方)|多少(?:个|家)(?:单位|部门|机关|县|地方)|"
              r"how many (?:bureaus|bodies|agencies|departments|offices|places|counties)"),
    # "2025年比2020年多了多少", "how many more … than": the difference of two figures
    ("difference", r"(?<!占)比(?!例|率|重).{0,16}?(?:多|少|增加|减少|增长|下降)|多了多少|少了多少|增加了?多少|减少了?多少|"
                   r"(?<=[^多少])[多少]多少(?!少)|比[^，。？?]{0,40}?[多少]了?几|相?差了?(?:多少|几)|"  # …比神池县…的信息多多少条, 比…多几条: more by how many
                   r"how (?:many|much) (?:more|fewer|less)|\bby how (?:many|much)\b|difference|increase[sd]? by|decrease[sd]? by|"
                   r"(?:more|fewer|less) than (?:in )?(?:19|20)\d\d"),
    ("rank", r"最多|最少|最高|最低|最大|排名|排序|名列|(?<!at )\bmost\b|(?<!at )\bleast\b|highest|lowest|largest|biggest|greatest|"
             r"smallest|\bmaximum\b|\brank"),
    ("total", r"总共|合计|一共|共计|总计多少|总数|加起来|加在一起|合起来|in total|altogether|combined|\bsum\b|\btotal\b|"
              r"(?:taken|added|put) together"),
    ("compare", r"比较|相比|对比|compare|versus|\bvs\b|哪(?:一)?年|which year"),
    # (哪些方面, 哪些内容: what the text describes, never which places)
    ("which", r"哪个|哪些(?!方面|内容|领域|事项)|哪几|哪一|哪[边方家份篇]|谁(?=[^，。？?]{0,30}?(?:多|少))|which\b|"
              r"\bwho\b(?=[^?]{0,80}?\b(?:more|fewer|less|most|least)\b)|what (?:counties|places|reports|bodies|provinces)"),
    # (list as the asking, "List the reports", not as a word of the thing: "its list of powers", "items it listed")
    ("list", r"列出|列举|有哪些|(?:^|\b(?:please|can you|could you|would you)\s+)list\b|\blist (?:all|every|each)\b"),
    # (收不收费, 公不公开: a verb asked as itself or its negation)
    ("yes_no", r"是否|有没有|有无|有否|吗[？?]?$|([\u4e00-\u9fff])[不没]\1|^(?:did|does|do|was|were|is|are|has|have)\b"),
    ("how_many", r"多少|几" + COUNTER + r"|几个?部分|how many|how much|number of"),
]


# "哪个…更多", "which … more": of the reports named, the one ahead; "更少", "fewer": the one behind
_WHICH_MORE = re.compile(r"(?:哪一?(?:个|方|家|位|边|所)|谁)[^，。？?]{0,30}?(?:更多|更少|较多|较少|多一些|少一些|[多少](?=[？?。]|$))|"
                         r"\b(?:which|who)\b[^?]{0,80}?\b(?:more|fewer|less|higher|lower)\b(?! than)", re.I)
_FEWEST = re.compile(r"最少|最低|更少|较少|少一些|(?<!at )\b(?:least|lowest|fewest|fewer|less|lower)\b", re.I)



def understand(question: str, reports: list[Report], places: list[Place] | None = None) -> Query:
    q = Query(text=question, language=language_of(question))
    places = places if places is not None else corpus_places(reports)
    allowed: set[str] | None = None
    also = _division_names(question)
    low = question.lower()
    named = places.candidates(question) if isinstance(places, Places) else places
    longer = [(m.start(), m.end()) for m in known_divisions()[0].finditer(question)]
    for p in places if also else named:
        if p.name in also or any(mentions(question, a, low) and not _within_longer(question, a, longer)
                                 and not (a.isascii() and other_level(question, a, p.name)) for a in p.aliases):
            q.places.append(p.name)
            allowed = set(p.reports) if allowed is None else allowed | set(p.reports)
    # The narrowest place wins: 海原县 inside 宁夏 names one report, not two.
    # (遂宁市安居区 where the city's only reports are the district's: the district is the place asked)
    # (…unless the question names a body of the wider place too: 顺庆区的区政府办和西城街道 asks both)
    by_id = places.by_id if isinstance(places, Places) else None
    q.places = [p for p in q.places if not any(o != p and (set(_reports(places, o)) < set(_reports(places, p)) and not bodies_named(
        question, reports, set(_reports(places, p)) - set(_reports(places, o)), by_id) or (
        set(_reports(places, o)) == set(_reports(places, p)) and _above_county(p) and not _above_county(o))) for o in q.places)]
    if len(q.places) > 1:
        q.places = _level_spelled(q.places, places, question)
    if q.places:
        # a body named for one place (宽城县政府办) narrows that place's reports, not the other's (徐水区)
        allowed = set().union(*(named_bodies(question, reports, set(_reports(places, p)), by_id) for p in q.places))
        if len(q.places) == 1 and (lacked := lacked_body(question, places, q.places[0], by_id)) is not None:
            q.missing_body, allowed = lacked, set()  # 靖江市教育局 where the corpus has only its 住建局
    if q.places and allowed is not None:
        q.in_places = sorted(allowed)
    if not q.places or all(_above_county(p) for p in q.places) or _OF_THE_SET.search(question):
        # 卫生健康部门, township reports — of the provinces or cities named too (湖南省的乡镇), or of the
        # set the question's places make (…巴南区和河北省石家庄市的这几份报告中，几份是乡镇发布的)
        allowed = body_kind_reports(question, reports, allowed)
    allowed = division_kind_reports(question, reports, allowed)  # 县级市, banners
    years: set[int] = set()
    for m in _YEAR.finditer(question):
        if _NOT_COVERED.search(question[max(0, m.start() - 14): m.start()]) or _FORMAT_AFTER.match(question[m.end():]) \
                or _DOC_PUBLISHED.search(question[max(0, m.start() - 60): m.start()]):
            continue
        y = int(m.group(1)) - bool(_INTO.search(question[max(0, m.start() - 24): m.start()]))
        corpus_years = places.by_year if isinstance(places, Places) else (r.year for r in reports if r.year)
        span = year_span(question, y, m.start(), m.end(), corpus_years)
        years |= set(span) if span is not None else {y}
    q.years = sorted(years)
    q.threshold = threshold(question)
    if q.years and isinstance(places, Places):  # a place's reports kept by their year; else the years' reports
        allowed = {i for i in allowed if getattr(places.by_id.get(i), "year", None) in q.years} \
            if allowed is not None else \
            {i for y in q.years for i in places.by_year.get(y, ())}
    elif q.years:
        by_year = {r.id for r in reports if r.year in q.years}
        allowed = by_year if allowed is None else allowed & by_year
    q.reports = sorted(allowed) if allowed is not None else None
    # a short form (察右中旗, 喀左县) is unknown only when its full name is too
    covered = covers(places)
    q.unknown_places = [n for n in unknown_places(question, places)
                        if not ((full := also.get(n.split("（")[0])) and covered(full))]
    if q.places and q.unknown_places and \
            set(q.places) <= parents(q.unknown_places) | parent_namesakes(q.places, q.unknown_places, question):
        # 黑龙江省萝北县: the province only says where the county lies; the county is the one asked
        # about, and the corpus lacks it — never another county of the same province (nor the
        # corpus's 铁岭县 for "Kaiyuan City in Tieling", the city's name)
        q.unknown_places = [within(n, set(q.places)) for n in q.unknown_places]
        q.places, q.reports = [], []
    text = question.lower()
    q.targets = _targets(question)
    if any(t.row == T.HANDLED_TOTAL for t in q.targets) and any(T.is_outcome(t.row) for t in q.targets):
        # "of the requests handled, how many were refused": the outcome, never the handled total
        q.targets = [t for t in q.targets if t.row != T.HANDLED_TOTAL]
    cols = _exact_columns(question) + [c for pat, c in _COLUMNS if re.search(pat, text, re.I)]
    if cols and q.targets:
        q.targets = [Target(t.table, t.row, next((c for c in cols if _fits(t, c)), None)) for t in q.targets]
    if ASKS_MONEY.search(question):  # 收了多少费用: a sum of money, never a count of applications
        q.targets = [t for t in q.targets if T.counts_money(t.table, t.row)]
    if ASKS_DOCUMENT.search(question) or ASKS_PLATFORM.search(question) or ASKS_SITES.search(question):
        q.targets = []  # 哪个办法, 哪个平台: a document's title or a platform's name, never the count a table's row holds
    # (除了网站以外，还用什么平台: what is set aside is no topic)
    q.topics = concepts.topics(BESIDES.sub(" ", _without_bodies(question, q.reports, places)))
    q.shape = next((s for s, pat in _SHAPES if re.search(pat, text, re.I)), "open")
    if q.reports is not None and len(q.reports) == 1 and (
            q.shape == "which" and re.search(_SHAPES[0][1], text, re.I)
            # 阅读量最高的一篇推文阅读了多少次: one report's figure, not reports ranked
            or q.shape == "rank" and re.search(dict(_SHAPES)["how_many"], text, re.I)):
        q.shape = "how_many"  # 阿荣旗2018年把多少个部门的预决算公开: one report's figure, not bodies counted
    if q.shape == "yes_no" and MONEY_NAMED.search(question):
        # "did it charge fees for requests?": whether it charged, never a count of requests; fees for
        # requests are processing fees (the text's), not the administrative fees a table sums
        q.targets = [t for t in q.targets if T.counts_money(t.table, t.row) and not _APPLIED.search(text)]
    if q.shape == "yes_no" and q.threshold is None and re.search(dict(_SHAPES)["how_many"], text, re.I):
        q.shape = "how_many"  # 有没有人申请？收了几件？: the count answers both, none is 0
    # (which year had more: a compare of years; "which posted more, and by how many": the difference, naming both)
    if q.shape in ("which", "compare", "difference") and q.threshold is None and _WHICH_MORE.search(text) \
            and not re.search(r"哪一?年|which year", text, re.I) \
            and not (q.shape == "difference" and re.search(r"多多少|多几|by how (?:many|much)", text, re.I)):
        q.shape = "rank"  # 密云区和武侯区哪个受理的更多: the winner of the reports named
    q.fewest = q.shape == "rank" and bool(_FEWEST.search(text))
    if q.targets and (all(t.table == T.ACTIVE and t.row.endswith(("规章", T.DOCUMENTS)) for t in q.targets)
                      and (q.shape == "open" or q.shape in ("which", "list") and q.places) or ASKS_ROLE.search(question)) \
            and not re.search(r"多少|几|how many|how much|number|count|total", text, re.I):
        q.targets = []  # what rules a place made (制定了哪些规章制度), which section handled requests: the text names them
    if q.language == "en":
        from rag.english import chinese_terms

        q.expansion = list(dict.fromkeys(q.places + chinese_terms(question) + q.topics + [t.row for t in q.targets]))
    return q


@functools.cache
def _labels() -> tuple[list[tuple[str, Target]], list[tuple[str, str]]]:
    """Every row and column label of the template, Chinese and English, longest first."""
    rows: dict[str, Target] = {}
    cols: dict[str, str] = {}
    for version in T.TEMPLATES.values():
        for table in version:
            for row in table.rows:
                target = Target(table.key, row.label)
                for label in {row.label, row.label.split(" ", 1)[-1], row.en.lower()}:
                    if len(label) >= 4:
                        rows.setdefault(label, target)
                for c in table.columns_of(row):
                    for label in (c.label, c.en.lower()):
                        if len(label) >= 4:
                            cols.setdefault(label, c.label)
    by_len = lambda kv: -len(kv[0])  # noqa: E731
    return sorted(rows.items(), key=by_len), sorted(cols.items(), key=by_len)


def _exact_targets(question: str) -> list[tuple[Target, tuple[int, int]]]:
    """Rows the question names by the template's own words (“（七）总计”, "items last year" …),
    with where the question names them."""
    low = question.lower()
    out: list[tuple[Target, tuple[int, int]]] = []
    for label, target in _labels()[0]:
        cjk = bool(_CJK.search(label))
        m = re.search(re.escape(label) if cjk else rf"(?<![a-z]){re.escape(label)}(?![a-z])", question if cjk else low)
        if m and all(t != target for t, _ in out) and not any(label in o.row for o, _ in out):
            out.append((target, m.span()))
    return out


_APPLIED = re.compile(r"applica|request|申请")


# the places' reports asked about as a set, each of a kind or not (这几份报告中有几份是…, 哪些是…发布的)
_OF_THE_SET = re.compile(r"这(?:几|些)份?(?:报告|年报)|(?:几|多少)份是|哪(?:几|些)份|哪些是")


def _targets(question: str) -> list[Target]:
    """The template quantities a question names: its exact row labels first, then the quantity
    words. A match lying inside a longer one is a word of that one ("disclosed" inside "partially
    disclosed", "carried over" inside "carried over to the next year"), not a quantity of its own."""
    low = ASPECT.sub(r"\1", question.lower())  # 申请过信息公开: the same quantity
    found = _exact_targets(question)
    for pattern, target in _QUANTITIES:
        m = re.search(pattern, low, re.I)
        if m:
            found.append((target, m.span()))
    inside = lambda a, b: b[0] <= a[0] and a[1] <= b[1] and (b[1] - b[0]) > (a[1] - a[0])  # noqa: E731
    prose = [m.span() for m in re.finditer(_NOT_ROWS, low)]
    kept = [(t, sp) for t, sp in found if not any(inside(sp, o) for t2, o in found if t2 != t)
            and not any(o[0] <= sp[0] and sp[1] <= o[1] for o in prose)]
    if not _APPLIED.search(low):
        # "items disclosed on the government website": one bare English word names an application's
        # outcome (disclosed, withheld) only where the question speaks of applications; "disclosed in
        # full" (a follow-up's wording) always does
        kept = [(t, sp) for t, sp in kept if not (re.fullmatch(r"[a-z]+", low[sp[0]:sp[1]])
                                                  and any(w in t.row for w in T.OUTCOME_WORDS))]
    # a group (不予公开 as a whole) is asked of applications only, and never beside one of its own rows
    # (不予公开中属于国家秘密的: that row); asked, it is the count — the applications only say of what
    kept = [(t, sp) for t, sp in kept if t.row not in T.GROUPS or (_APPLIED.search(low) and not any(
        o.row in T.GROUPS[t.row] for o, _ in kept))]
    if any(t.row in T.GROUPS for t, _ in kept) and not _JOINED.search(low):
        kept = [(t, sp) for t, sp in kept if (t.table, t.row) != (T.APPLICATIONS, T.NEW)]
    if any(t.table == T.REVIEW for t, _ in kept) and not _JOINED.search(low):
        # "lawsuits arising from disclosure requests", 因申请引起的行政诉讼: the applications are the
        # review's cause (the review table's own subject), not a second count
        kept = [(t, sp) for t, sp in kept if (t.table, t.row) != (T.APPLICATIONS, T.NEW)]
    if re.search(T.OTHER_CASES, low) and not _APPLIED.search(low):
        # 办结了多少件12345热线工单, letters and complaints handled: no disclosure applications
        kept = [(t, sp) for t, sp in kept if t.table != T.APPLICATIONS]
    if (m := _COUNTED_FOR.search(low)) and m.group(1) not in _COUNTED_AS_APPLIED:
        # "how many dedicated points for accepting requests": points are counted, the requests only say of what
        kept = [(t, sp) for t, sp in kept if t.table != T.APPLICATIONS]
    if len(kept) > 1 and _COUNTING_IN.search(low):
        # "handled, counting those carried over", 含上年结转: the carried-over ones are inside the count asked
        kept = [(t, sp) for t, sp in kept if t.row != T.CARRIED_OVER]
    out: list[Target] = []
    for t, _ in kept:
        if t not in out:
            out.append(t)
    return out


_COUNTED_FOR = re.compile(r"how many (?:[a-z-]+ ){0,2}?([a-z]+s) (?:for|of|to|that|which|who|handling|accepting|receiving|dealing)\b"
                          r"[^?]{0,40}?\b(?:requests?|applications?)\b")
_COUNTED_AS_APPLIED = {"requests", "applications", "cases", "times", "items", "ones", "pieces", "submissions"}
_COUNTING_IN = re.compile(r"(?:含|包括|包含|连同|算上|加上)(?:了)?(?:上年|上一年|去年)?结转|"
                          r"(?:counting|including|incl\.?|with) (?:the (?:ones?|requests?|applications?) |those |any )?"
                          r"(?:\w+ )?carried over")


# two counts asked together: "applications and lawsuits", 申请和行政复议
_JOINED = re.compile(r"(?:applications?|requests?|申请(?:数|量)?)\s*(?:,|，)?\s*(?:and|as well as|和|及|与|、|以及)|"
                     r"(?:and|as well as|和|及|与|、|以及)\s*(?:(?:the|how many|多少|几)\s*)?(?:\w+\s+){0,2}?(?:applications?|requests?|申请)")


def _exact_columns(question: str) -> list[str]:
    """Columns the question names by the template's words; a short label (其他, 总计) only when the
    question quotes it (“其他”), since unquoted it is an everyday word."""
    low = question.lower()
    quoted = set(_QUOTED.findall(question))
    short = [c.label for c in T.APPLICANT_COLUMNS + T.REVIEW_COLUMNS if c.label in quoted]
    return list(dict.fromkeys([*short, *(c for label, c in _labels()[1]
                                         if label in (question if _CJK.search(label) else low))]))


_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{1,12})[”\"」』]")


def _division_names(question: str) -> dict[str, str]:
    """Full division names the question names by a form the division data knows: 察右中旗 for
    察哈尔右翼中旗, 环江县 for 环江毛南族自治县, Inner Mongolia for 内蒙古自治区. Maps each full name
    to the form written, and each form written to its full name."""
    from index.places import mentions

    out: dict[str, str] = {}
    for m in mentions(question):
        for d in m.divisions:
            if d.name != m.name:
                out[d.name] = m.name
                out[m.name] = d.name
    low = question.lower()
    for en, zh in PROVINCES_EN.items():
        if re.search(rf"(?<![a-z]){en}(?![a-z])", low):
            out[zh] = en
    return out


def _without_bodies(question: str, ids: list[str] | None, places) -> str:
    """The question without the names of the bodies it picked: 营商环境建设监督局 names a body, it asks
    nothing about 监督."""
    names = body_names(places.by_id, ids) if isinstance(places, Places) else []
    for n in sorted(names, key=len, reverse=True):
        question = question.replace(n, " ")
    return question


def _above_county(name: str) -> bool:
    """A province or a prefecture-level city: a place that holds counties, not one."""
    found = lookup(name)
    return bool(found) and found[0].level in ("province", "city")


def _level_spelled(found: list[str], places: list[Place], question: str) -> list[str]:
    """One spelling for a county-level place and a city (Baoshan: 宝山区 and 保山市): written with a
    county's word (Baoshan District), the city is not meant."""
    by_name = {p.name: p for p in places if p.name in found}
    spelled = {a.lower() for n in found if n.endswith(("区", "县", "旗")) and n in by_name
               for a in by_name[n].aliases if a.isascii()}
    return [n for n in found if n.endswith(("区", "县", "旗")) or n not in by_name
            or not any(a.isascii() and a.lower() in spelled and with_county_word(question, a) for a in by_name[n].aliases)]


def _reports(places: list[Place], name: str) -> list[str]:
    if isinstance(places, Places):
        found = places.named(name)
        return found.reports if found else []
    return next((p.reports for p in places if p.name == name), [])


def _fits(target: Target, column: str) -> bool:
    if target.table == T.APPLICATIONS:
        return column in {c.label for c in T.APPLICANT_COLUMNS}
    if target.table == T.REVIEW:
        return column in {c.label for c in T.REVIEW_COLUMNS}
    return column not in {c.label for c in T.APPLICANT_COLUMNS + T.REVIEW_COLUMNS}


def _within_longer(question: str, alias: str, longer: list[tuple[int, int]]) -> bool:
    """Every mention of a Chinese alias starts inside a longer division's name or lies within it
    (城区 and 城区教育局 in 婺城区教育局): the question names that division, not the alias's place."""
    if alias.isascii():
        return False
    at = [m.start() for m in re.finditer(re.escape(alias), question)]
    return bool(at) and all(any(a < i < b or (a <= i and i + len(alias) <= b and b - a > len(alias))
                                for a, b in longer) for i in at)
