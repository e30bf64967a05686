"""Questions about the corpus itself — which places, provinces, years, formats, how many reports,
which reports contradict themselves — answered from report metadata, citing each report's title.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from index.model import Answer, Citation, Report
from index.numbers import CN_DIGITS, EN_NUMBERS, number
from index.places import base_name
from index.selfname import COMPILED_BY
from rag import wording as W
from rag.askkinds import ISSUED, asked_kinds
from rag.check import count_fact
from rag.corpusplaces import abbreviates
from rag.named import ASKS_ROLE
from rag.query import Query

_ASK_PROVINCE = re.compile(r"哪个省|哪些省|什么省|省份|which provinces?|what provinces?|provinces? (?:is|are|do)", re.I)
_ASK_CITY = re.compile(r"地级市|哪个市|哪座城市|which city|what city|prefecture", re.I)
# what a body did or set up in some year: asked of the text, never of the corpus's years
_EVENT = re.compile(r"成立|设立|组建|挂牌|建成|开通|上线|启用|创建|开办|开设|改版|合并|撤销|停止|关停|"
                    r"\b(?:founded|established|set up|launched|opened|created|built|started|began|stopped|closed|merged)\b", re.I)
_ASK_YEARS = re.compile(r"哪些年|哪几年|哪一年|年份|最早|最新|最近|which years|what years|earliest|latest|oldest|newest|most recent",
                        re.I)
# what may stand before "reports" counted as annual reports: a place (Ningxia, written capitalised), a
# number, or words of the report's own name — never another sort of report (news, publicity, inspection)
_REPORTS_BY = r"(?:(?-i:[A-Z][a-z'-]+)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|annual|yearly|disclosure|" \
              r"information|government|county|work)"
# "多少份年报", "几份？": reports counted; "编发了多少份《服务指南》" counts the thing it names
_ASK_COUNT = re.compile(r"(?<![这那哪])(?:多少|几)份(?=[^，。？?《“]{0,12}?(?:年报|报告)|\s*(?:[？?。，,]|$)|是|为|属于|来自|出自)|(?:多少|几)(?:个|篇)(?:年报|报告)|"
                        r"how many (?:of (?:them|these|those|the (?:[a-z]+ )?reports) )?(?:cover|are (?:from|for|dated)|date from)\b|"
                        r"how many (?:of )?(?:the |these |those )?(?:" + _REPORTS_BY + r" ){0,2}?(?:annual )?reports\b"
                        r"(?! (?:mention|say|state|give|list|name))|"
                        r"number of reports|"
                        r"how many (?:of (?:them|these|those) )?(?:were|are|was) (?:issued|published|released|written|from|for)\b|"
                        r"how many (?:[a-z]+ ){0,4}(?:bureaus|bodies|agencies|departments|commissions|offices) "
                        r"(?:have|has|with|published|issued|wrote)\b", re.I)
_ASK_FORMAT = re.compile(r"格式|版式|模板|\bformat\b|\btemplate\b", re.I)
# a document's number (国办公开办函〔2021〕30号): its year is no template's
_DOC_NO = re.compile(r"[〔﹝\[［【(（]\s*(?:19|20)\d{2}\s*[〕﹞\]］】)）]\s*(?:第\s*)?\d+\s*号|(?:19|20)\d{2}\]?\s*No\.?\s*\d+", re.I)
# "吉林省的报告中，哪些是2012年的": which of the reports, named before the asking
_WHICH_OF_REPORTS = r"(?:年报|报告)(?:中|里|当中|之中)[，,]?\s*哪(?:些|几份|份|一份)(?=是|为|属于|来自|出自)"
_ASK_PLACES = re.compile(r"哪(?:些|几个|[一两二三四五六七八九十]个|个)(?:县|区|旗|地方)|哪些报告|哪份报告|哪一份|哪些地方|哪(?:些|个|家)单位|哪(?:些|个)部门|"
                         r"(?:which|what) (?:[a-z-]+ ){0,2}(?:count(?:y|ies)|places|districts|cities)|"
                         r"which (?:[a-z-]+ ){0,2}reports?|which ones?\b|list (?:the |all )?(?:[a-z-]+ ){0,2}reports|"
                         r"which (?:bureaus|bodies|agencies|departments)|"
                         r"what reports|有哪些.{0,6}(?:年报|报告)|(?:年报|报告).{0,4}有哪些|which of (?:them|the counties)|"
                         + _WHICH_OF_REPORTS, re.I)
# which reports, which bodies ("哪些单位", "which of the reports", "issued by"): answered with the
# bodies that issued them, not their counties
_ASK_BODIES = re.compile(r"哪(?:些|个|家|几个|几份|份)(?:单位|部门|机关|机构|报告|年报)|哪一份|(?:是|由)[^，。？?,]{0,12}?(?:发布|出具|编制|印发|发)的|"
                         r"\bwhich (?:ones?|(?:[a-z-]+ ){0,2}(?:reports?|bod(?:y|ies)|bureaus?|agenc(?:y|ies)|departments?|offices?|governments?))\b|"
                         r"哪(?:个|家|些)(?:县|区|市|旗)?(?:人民)?政府(?!网站|门户)|哪(?:个|些|几个)(?:乡镇|街道|镇|乡)|"
                         r"\bwhich (?:towns?|townships?|subdistricts?|sub-districts?)\b|"
                         r"\b(?:issued|published|released|written) by\b|" + _WHICH_OF_REPORTS, re.I)
_ASK_THEIR_PLACES = re.compile(r"所在(?:的)?(?:县|区|旗|地方)|哪(?:些|个|几个)(?:县|区|旗|地方)(?!(?:人民)?政府)|"
                               r"\b(?:which|what) (?:count(?:y|ies)|districts?|places?)\b(?!-)", re.I)
_ASK_CONFLICT = re.compile(r"不一致|矛盾|相互矛盾|inconsisten|disagree|contradict", re.I)
_MENTION = re.compile(r"提到|提及|说明|显示|举办|开通|开展|设立|mention|report(?:s|ed)? using|\buse[sd]?\b|\busing\b|held|"
                      r"\bhold(?:s|ing)?\b|set(?:ting)? up", re.I)
# …but what the collection holds (how many reports do you hold, does the set contain) is the corpus asked
_CORPUS_HOLDS = re.compile(r"\b(?:you|we|corpus|collection|set|database|archive|library)\s+(?:hold|have|contain)s?\b", re.I)
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]")
# "which places have reports for more than one year / several reports"
_ASK_SEVERAL = re.compile(r"more than one|several (?:reports|years)|multiple (?:reports|years)|多于一份|不止一份|多份|"
                          r"两份以上|多个年度|多个年份|不止一年", re.I)
# "which bureau issued the report from X": the body, from the metadata
_ASK_BODY = re.compile(r"(?:issued|published|released|wrote|compiled|authored|produced) (?:the |this |its |that |[\w' -]{2,40}?['’]s )?"
                       r"(?:(?:19|20)\d\d )?(?:annual )?report|report (?:was |is )?(?:issued|published|released|written) by|"
                       r"(?:which|what) (?:bureau|body|agency|department|office|authority) (?:is|was) (?:behind|responsible)|"
                       # "which body issued the one covering 2022": the issuer asked, whatever names the report
                       r"(?:which|what) (?:bureau|body|agency|department|office|authority|government) (?:issued|published|released|wrote|compiled)\b|"
                       r"发布机构|发布单位|编制单位|发布机关|发布者|(?:哪个|什么|哪家)(?:单位|部门|机关|机构)(?:来|负责)?(?:发布|编制|出具|印发|编写|撰写|编|写|出)"
                       r"|(?:是|由)谁(?:来|负责)?(?:发布|编制|编写|撰写|编|写)", re.I)


# "哪些(报告)是…发的", "issued by townships": who issued the reports is asked, the reports' bodies answer
_ASIDE = re.compile(r"[（(][^（）()]{1,30}[)）]")
_ISSUED_BY = re.compile(r"(?:是|由)[^，。？?,]{1,12}?(?:发布|出具|编制|印发|发)的|(?:issued|published|released|written) by\b|"
                        # "which issuing bodies are departments", 哪些发布机关是乡镇: the bodies' kind asked
                        r"\bwhich (?:issuing |reporting )?(?:bodies|agencies|issuers) (?:are|were)\b|哪些(?:发布)?(?:单位|机关)(?:是|属于)", re.I)


# which unit leads or carries out the work (哪个部门主要负责, 主管部门是哪个单位): the text says so
_IN_CHARGE = re.compile(r"负责|主管|牵头|承担|承办|统筹")


# …but items published by a body are its disclosures ("information items published by the X bureau")
_ITEMS_BY = re.compile(r"(?:items?|information|posts|articles|pieces|documents)\s+(?:\w+\s+){0,2}?(?:published|released|posted|issued) by",
                       re.I)
_ASK_COMPILER = re.compile(r"编制|编写|撰写|编的|谁编|(?:机构|部门|单位)编|\bcompiled\b|\bprepared\b|\bdrew up\b|\bdrafted\b", re.I)


def _compiled_by(a: Answer, r: Report) -> Answer:
    """Who compiled the report, as its own text says, before the body (cited)."""
    from rag.prose import sentences_of

    for lo, hi, t in sentences_of(r, 0, min(len(r.text), 4000)):
        if (m := COMPILED_BY.search(t)) is not None:  # (the maker may be an office of the body)
            # the maker asked leads; the body that issued the report follows
            a.text = W.say("corpus.compiled_by", a.language, who=m.group(1)) + "\n" + a.text
            a.citations.insert(0, span_cite(r, (lo, hi), r.title))
            break
    return a


# the page's own field naming who put it up (发布者:区教体局, 来源：某某局): a short form the reader may ask for
_ISSUER_FIELD = re.compile(r"(发布者|发布机构|发布单位|发文机关|信息来源|来源)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30})")


def _as_the_page_names_it(a: Answer, r: Report) -> Answer:
    """The issuer as the page's own field writes it, where that is not the body's name: said after the body, cited."""
    m = _ISSUER_FIELD.search(r.text, 0, 1500)
    if m is not None and r.agency and m.group(2) not in (r.agency.name, *r.agency.aliases):
        a.text += "\n" + W.say("corpus.page_field", a.language, field=m.group(1), value=m.group(2))
        a.citations.append(span_cite(r, m.span(), r.title))
    return a


# when a report was signed or published: its closing date line, else the page's date field
_ASK_DATED = re.compile(r"落款|(?:发布|成文|印发|公布)(?:的)?(?:日期|时间)|哪天(?:发布|印发|公布|发出)|什么时候(?:发布|公布|印发|发出)|"
                        r"when was [^?]{0,60}?(?:published|issued|released|dated|signed)|(?:publication|release) date",
                        re.I)
# (a month alone, 2024年1月, or in words, 二〇二四年一月十日, is a signing date too)
_DATE_LINE = re.compile(r"^\s*((?:(?:19|20)\d{2}|[二〇○零一三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                        r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)\s*$", re.M)
_DATE_FIELD = re.compile(r"(?:发布|成文|印发)(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))")


def _dated(q: Query, r: Report) -> Answer:
    """The date a report is signed with (its last line that is only a date), else its page's
    publication date field; said when it gives neither."""
    who = place_name(r) if q.language == "zh" else en_place(r)
    lines = list(_DATE_LINE.finditer(r.text))
    m = lines[-1] if lines else _DATE_FIELD.search(r.text)
    if m is None:
        return Answer(q.text, W.say("corpus.undated", q.language, who=who), [title_cite(r)], refused=True,
                      language=q.language)
    span = m.span(1)
    return Answer(q.text, W.say("corpus.dated", q.language, who=who, year=r.year, date=r.quote(span)),
                  [span_cite(r, span, r.title)],
                  [{"value": r.quote(span), "report_id": r.id}], language=q.language)


def place_name(r: Report) -> str:
    if r.place and r.place.county:
        return r.place.county
    return r.agency.name if r.agency else r.id


def body_name(r: Report) -> str:
    """The body's name as stored (海原县教育体育局), its place where the body was not read."""
    return r.agency.name if r.agency else place_name(r)


def body_label(r: Report) -> str:
    """The body that issued a report, by its full name: as the report prints it where that says more
    (重庆市九龙坡区…, 浦口区人民政府永宁街道办事处), the report's short form beside it (尤溪县科学技术局（尤溪县科技局）),
    a district's body with its city (区 names repeat across cities: 鼓楼区), a name the reports did
    not read as its place."""
    name = body_name(r)
    printed = r.agency.printed if r.agency else ""
    if printed and printed.replace("人民", "") != name.replace("人民", ""):  # (镇宁自治县政府: 人民 left out, nothing said)
        name = printed if abbreviates(name, printed) else f"{name}（{printed}）"
    p = r.place
    if p and p.city and p.county and p.county.endswith("区") and not name.startswith((p.city, p.province or p.city)):
        name = p.city + name
    return name


def bodies_of(reports: list[Report], lang: str) -> list[str]:
    """Each body once, with the years of its reports: 南京市江宁区城市管理局（2023、2024年）."""
    years: dict[str, list[int]] = {}
    for r in sorted(reports, key=lambda r: r.year or 0):
        ys = years.setdefault(body_label(r), [])
        if r.year and r.year not in ys:
            ys.append(r.year)
    if lang == "zh":
        return [f"{b}（{'、'.join(map(str, ys))}年）" if ys else b for b, ys in years.items()]
    return [f"{b} ({', '.join(map(str, ys))})" if ys else b for b, ys in years.items()]


def _asks_bodies(text: str) -> bool:
    return bool(_ASK_BODIES.search(text)) and not _ASK_THEIR_PLACES.search(text)


def named_as_asked(q: Query):
    """How an answer names a report: by its body when the question asks which body (哪个单位,
    which bureau), else by its place (Chinese) or romanised place (English)."""
    if _asks_bodies(q.text):
        return body_label if q.language == "zh" else (lambda r: f"{body_label(r)} ({en_place(r)})")
    return place_name if q.language == "zh" else en_place


def _listed(q: Query, reports: list[Report], everyone: list[Report] | None = None) -> Answer:
    """Which reports: their bodies when the question asks which reports or bodies, else their places."""
    if _asks_bodies(q.text):
        a = _names_answer(q, "corpus.bodies", bodies_of(reports, q.language), reports)
    else:
        a = _names_answer(q, "corpus.counties", [place_name(r) for r in reports], reports)
    return _read_too(q, a, reports, everyone)


def _read_too(q: Query, a: Answer, kept: list[Report], everyone: list[Report] | None) -> Answer:
    """After a list or count over the places named, the reports of those places it left out (a
    kind of body or a year the question set), named and cited: the reader sees what was read."""
    if not q.in_places or everyone is None:
        return a
    ids, kept_ids = set(q.in_places), {r.id for r in kept}
    rest = [r for r in everyone if r.id in ids and r.id not in kept_ids]
    if not rest or len(rest) > W.NAMES:
        return a
    a.text += "\n" + W.say("corpus.left_out", q.language, n=len(ids), items=W.sep(q.language).join(bodies_of(rest, q.language)))
    a.citations += [title_cite(r) for r in rest]
    a.facts.append(count_fact(sorted(ids)))  # backs the number of reports read
    return a


def title_cite(r: Report) -> Citation:
    """A report's title where its text prints it as read (never the site's navigation above it), else its
    opening: for a report named as read."""
    from rag.prose import normalized

    norm = normalized(r.text)  # (the title as stored is repaired text: found in the repaired, quoted from the original)
    line = re.split(r"(?<=报告)", r.title.splitlines()[0])[0][:40] if r.title else ""  # (not the date a page joins to it)
    at = norm.text.find(line) if len(line) >= 6 else -1
    span = norm.to_original(at, at + len(line)) if at >= 0 else \
        r.sections[0].span if r.sections else (0, min(len(r.text), 40))
    return span_cite(r, span, r.title)


def span_cite(r: Report, span: tuple[int, int], section: str = "") -> Citation:
    """A span of a report's original text, quoted exactly."""
    return Citation(r.id, r.agency.name if r.agency else "", r.year, section, r.quote(span), span)


def en_place(r: Report) -> str:
    """A report's place for an English answer: its romanised name with the Chinese one."""
    name = place_name(r)
    py = r.place.english if r.place else None
    return f"{py} ({name})" if py else name


def coverage(reports: list[Report], lang: str) -> tuple[str, list[str]]:
    """What the corpus holds, as one bounded line; and the reports the line leaves out."""
    items = sorted(reports, key=lambda r: (r.year or 0, place_name(r)))
    if lang == "zh":
        shown = [f"{place_name(r)}（{r.agency.name if r.agency else ''}，{r.year}年）" for r in items]
    else:
        shown = [f"{r.place.english if r.place and r.place.english else place_name(r)} ({place_name(r)}, {r.year})"
                 for r in items]
    line, hidden = W.names(shown, lang, [r.id for r in items])
    return W.say("corpus.holds", lang, items=line), hidden


def _names_answer(q: Query, lead: str, names: list[str], cite: list[Report], **fill: object) -> Answer:
    """"<lead>: A、B、C。" (at most ``W.NAMES`` names, then "and N more"), citing each report's title."""
    line, hidden = W.names(names, q.language)
    text = W.say(lead, q.language, **fill) + W.say("names.tail", q.language, items=line)
    facts: list[dict] = [{"names": names}] + ([count_fact(hidden)] if hidden else [])
    if "template" in fill:
        facts.append({"template": fill["template"]})
    return Answer(q.text, text, [title_cite(r) for r in cite], facts, language=q.language)


def corpus_answer(q: Query, scope: list[Report], by_id: Mapping[str, Report] | None = None) -> Answer | None:
    """An answer when the question is about the corpus's metadata; None otherwise. ``by_id``: the
    corpus's reports, for naming those of the asked places a list or count left out."""
    text = _ASIDE.sub("", q.text)  # "县级人民政府本级（县、区、县级市政府）": what the brackets explain is asked already
    text = re.sub(r"(?<=[a-z])['’](?:s\b)?", "", text)  # which issuing bodies' reports: the bodies' reports asked
    if ASKS_ROLE.search(text):
        return None  # 由哪个部门牵头: the unit a report gives the work to, in its text — not who issued it
    everyone = [by_id[i] for i in q.in_places or () if i in by_id] if by_id is not None else None
    if not q.in_places and by_id is not None and 1 < len(by_id) <= W.NAMES and _set_size(text) == len(by_id):
        # "how many of the five reports…": the five are the set read, the ones left out named too
        q = dataclasses.replace(q, in_places=sorted(by_id))
        everyone = list(by_id.values())
    if _ASK_CONFLICT.search(text):
        return _conflicts(q, scope)
    if _ASK_FORMAT.search(text) and re.search(r"2019|2021|旧|\bold(?:er)?\b|新|\bnew(?:er)?\b", _DOC_NO.sub(" ", text), re.I):
        want = "2019" if re.search(r"2019|旧|\bold(?:er)?\b|\bearlier\b", text, re.I) else "2021"
        hit = [r for r in scope if r.template == want]
        return _names_answer(q, "corpus.template", [place_name(r) for r in hit], hit, template=want)
    if _ASK_DATED.search(text) and q.places and len(scope) == 1:
        return _dated(q, scope[0])
    if _ASK_BODY.search(text) and q.places and len(scope) <= W.NAMES and q.shape != "how_many":  # (作为主发布单位参加了几场: a count)
        bodies = list(dict.fromkeys(body_label(r) for r in scope if r.agency))
        a = _names_answer(q, "corpus.bodies", bodies, scope) if bodies else None
        if a is not None and len(scope) == 1 and _ASK_COMPILER.search(text):
            a = _compiled_by(a, scope[0])
        elif a is not None and len(scope) == 1:
            a = _as_the_page_names_it(a, scope[0])
        # (of the places' reports, those another year or kind left out: named, so the reader sees what was read)
        return _read_too(q, a, scope, everyone) if a is not None else None
    if _ISSUED_BY.search(text) and q.reports is not None and not (q.targets or q.topics or _MENTION.search(text)
                                                                   or _ITEMS_BY.search(text)):
        # 哪些是乡镇或者街道发的, which reports were issued by townships: the reports the kind (or place)
        # named picks, listed (or counted) — not a search for the words 发布 or 或者
        if _ASK_COUNT.search(text):
            return _counted(q, scope, everyone)
        return _read_too(q, _names_answer(q, "corpus.bodies", bodies_of(scope, q.language), scope), scope, everyone)
    if q.targets or q.topics or _MENTION.search(_CORPUS_HOLDS.sub(" ", text)) or (asked_kinds(text) and q.shape != "open"):
        return None  # a figure or a passage is asked for, not the corpus's metadata
    kinded = _of_kind(text, scope)
    if not kinded and q.places:
        return None  # 阜康市文旅局 may be its 文化体育广播电视和旅游局: the place's reports answer
    scope = kinded
    if not scope:  # a kind of body the corpus has no report of
        return Answer(q.text, W.say("corpus.no_kind", q.language), [], [count_fact([])], language=q.language)
    if _ASK_SEVERAL.search(text) and re.search(r"哪|which|what|how many|几|多少", text, re.I):
        by_place: dict[str, list[Report]] = {}
        for r in scope:
            by_place.setdefault(place_name(r), []).append(r)
        per_year = re.search(r"年度|年份|\byears?\b", text, re.I)  # several years, not several bodies in one
        several = {n: reps for n, reps in by_place.items() if len({r.year for r in reps} if per_year else reps) > 1}
        return _names_answer(q, "corpus.several", list(several), [r for reps in several.values() for r in reps])
    if _ASK_PROVINCE.search(text) and not _ASK_PLACES.search(text.replace("which province", "")):
        provs = list(dict.fromkeys(r.place.province for r in scope if r.place and r.place.province))
        return _names_answer(q, "corpus.provinces", provs, scope) if provs else None
    if _ASK_CITY.search(text):
        cities = list(dict.fromkeys(r.place.city for r in scope if r.place and r.place.city))
        return _names_answer(q, "corpus.cities", cities, scope) if cities else None
    if _ASK_COUNT.search(text):
        return _counted(q, scope, everyone)
    if _ASK_YEARS.search(text) and (q.places or not _ASK_PLACES.search(text)) and not _EVENT.search(text):
        # a place named: its years — but the year something happened (哪一年成立) is the text's
        years = sorted({r.year for r in scope if r.year})
        if re.search(r"最早|earliest|oldest", text, re.I):
            years = years[:1]
        elif re.search(r"最新|最近|latest|newest|most recent", text, re.I):
            years = years[-1:]
        if years and _ASK_BODIES.search(text):  # 哪个单位的报告最早: the reports of that year, by body
            return _listed(q, [r for r in scope if r.year in years], everyone or scope)
        return _names_answer(q, "corpus.years", [str(y) for y in years], scope)
    if _ASK_PLACES.search(text):
        quoted = _QUOTED.findall(text)
        hit = scope
        if quoted:  # e.g. 名称是“教育体育局”: the body's own name decides
            hit = [r for r in scope if r.agency and any(t in r.agency.name for t in quoted)]
            if not hit:
                return None
        elif q.topics or len(re.sub(r"[^\u4e00-\u9fff]", "", ISSUED.sub("", _unplaced(q)))) > 24 or _IN_CHARGE.search(text):
            return None  # asks which reports *say* something, or which unit is in charge of the work: a question for the text
        return _listed(q, hit, everyone)
    return None


_SET = re.compile(r"\b(?:of|among|in) (?:the|these|those|all) (\w+) (?:reports|annual reports)\b|"
                  r"这(\w)份(?:年报|报告)", re.I)


def _set_size(text: str) -> int | None:
    """How many reports the question says it asks over ("of the five reports", 这五份报告)."""
    m = _SET.search(text)
    word = (m.group(1) or m.group(2)).lower() if m else ""
    if not word:
        return None
    return EN_NUMBERS.get(word) or (number(word) if word[0].isdigit() or word[0] in CN_DIGITS else None)


def _counted(q: Query, scope: list[Report], everyone: list[Report] | None = None) -> Answer:
    holds, hidden = coverage(scope, q.language)
    a = Answer(q.text, W.say("corpus.count", q.language, n=len(scope)) + "\n" + holds,
               [title_cite(r) for r in scope], [count_fact([r.id for r in scope])]
               + ([count_fact(hidden)] if hidden else []), language=q.language)
    return _read_too(q, a, scope, everyone)


def _unplaced(q: Query) -> str:
    """The question without the places and years it names: what is left says what it asks."""
    text = re.sub(r"(?:19|20)\d{2}\s*年?度?", "", q.text)
    for p in q.places:
        text = text.replace(p, "").replace(base_name(p), "")
    return text


def _of_kind(text: str, scope: list[Report]) -> list[Report]:
    """The reports of the kind of body the question names (卫生健康局 / health bureaus, 文旅局 /
    culture and tourism bureaus), by the body kinds' own names and short forms; all when it names none."""
    from index.bodies import kind_rows

    endings = {k.ending for k in kind_rows() if k.named_in(text)}
    if not endings:
        return scope
    return [r for r in scope if r.agency and any(r.agency.name.endswith(e) for e in endings)]


def _conflicts(q: Query, scope: list[Report]) -> Answer | None:
    hit = [r for r in scope if any(f.kind in ("prose_table", "arithmetic") for f in r.findings)]
    if not hit:
        return None
    ans = _names_answer(q, "corpus.conflicts", [place_name(r) for r in hit], [])
    for r in hit:
        for f in r.findings:
            if f.kind in ("prose_table", "arithmetic"):
                ans.warnings.append(f)
                ans.citations += [span_cite(r, s) for s in f.spans[:1]]
    return ans
