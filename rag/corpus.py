"""Questions about the corpus itself — which places, provinces, years, formats, how many reports,
which reports contradict themselves — answered from report metadata, citing each report's title.
"""

from __future__ import annotations

import re

from index.model import Answer, Citation, Report
from rag.query import Query

_ASK_PROVINCE = re.compile(r"哪个省|哪些省|什么省|省份|which provinces?|what provinces?|provinces? (?:is|are|do)", re.I)
_ASK_CITY = re.compile(r"地级市|哪个市|哪座城市|which city|what city|prefecture", re.I)
_ASK_YEARS = re.compile(r"哪些年|哪几年|哪一年|年份|最早|最新|which years|what years|earliest|latest|oldest|newest", re.I)
_ASK_COUNT = re.compile(r"多少份|几份|how many (?:annual )?reports|number of reports", re.I)
_ASK_FORMAT = re.compile(r"格式|版式|模板|\bformat\b|\btemplate\b", re.I)
_ASK_PLACES = re.compile(r"哪些县|哪几个县|哪个县|哪些报告|哪份报告|哪些地方|which count(?:y|ies)|which reports?|what counties|"
                         r"what reports|有哪些.{0,6}(?:年报|报告)|(?:年报|报告).{0,4}有哪些|which of (?:them|the counties)", re.I)
_ASK_CONFLICT = re.compile(r"不一致|矛盾|相互矛盾|inconsisten|disagree|contradict", re.I)
_MENTION = re.compile(r"提到|提及|说明|显示|举办|开通|开展|设立|mention|report(?:s|ed)? using|\buse[sd]?\b|held|set up", re.I)
_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,12})[”\"」]")


def place_name(r: Report) -> str:
    if r.place and r.place.county:
        return r.place.county
    return r.agency.name if r.agency else r.id


def _title_cite(r: Report) -> Citation:
    span = r.sections[0].span if r.sections else (0, min(len(r.text), 40))
    return Citation(r.id, r.agency.name if r.agency else "", r.year, r.title, r.quote(span), span)


def coverage(p, lang: str) -> str:
    items = sorted(p.reports, key=lambda r: (r.year or 0, place_name(r)))
    if lang == "zh":
        return "语料库包含：" + "、".join(f"{place_name(r)}（{r.agency.name if r.agency else ''}，{r.year}年）"
                                     for r in items) + "的政府信息公开工作年度报告。"
    return "The corpus holds the annual reports of: " + "; ".join(
        f"{r.place.english if r.place and r.place.english else place_name(r)} ({place_name(r)}, {r.year})" for r in items) + "."


def _names_answer(q: Query, lead_zh: str, lead_en: str, names: list[str], cite: list[Report]) -> Answer:
    text = (f"{lead_zh}：{'、'.join(names)}。" if q.language == "zh" else f"{lead_en}: {', '.join(names)}.")
    return Answer(q.text, text, [_title_cite(r) for r in cite], language=q.language)


def corpus_answer(p, q: Query, scope: list[Report]) -> Answer | None:
    """An answer when the question is about the corpus's metadata; None otherwise."""
    text = q.text
    if _ASK_CONFLICT.search(text):
        return _conflicts(q, scope)
    if _ASK_FORMAT.search(text) and re.search(r"2019|2021|旧|\bold(?:er)?\b|新|\bnew(?:er)?\b", text, re.I):
        want = "2019" if re.search(r"2019|旧|\bold(?:er)?\b|\bearlier\b", text, re.I) else "2021"
        hit = [r for r in scope if r.template == want]
        return _names_answer(q, f"使用{want}年版表格格式的报告", f"Reports using the {want} table format",
                             [place_name(r) for r in hit], hit)
    if q.targets or q.topics or _MENTION.search(text):
        return None
    if _ASK_PROVINCE.search(text) and not _ASK_PLACES.search(text.replace("which province", "")):
        provs = list(dict.fromkeys(r.place.province for r in scope if r.place and r.place.province))
        return _names_answer(q, "所在省份", "Province(s)", provs, scope) if provs else None
    if _ASK_CITY.search(text):
        cities = list(dict.fromkeys(r.place.city for r in scope if r.place and r.place.city))
        return _names_answer(q, "所属地级市", "Prefecture-level city", cities, scope) if cities else None
    if _ASK_COUNT.search(text):
        n = len(scope)
        return Answer(q.text, (f"共 {n} 份年报。" if q.language == "zh" else f"{n} annual reports.") + "\n" + coverage(p, q.language),
                      [_title_cite(r) for r in scope], language=q.language)
    if _ASK_YEARS.search(text) and not _ASK_PLACES.search(text):
        years = sorted({r.year for r in scope if r.year})
        if re.search(r"最早|earliest|oldest", text, re.I):
            years = years[:1]
        elif re.search(r"最新|latest|newest", text, re.I):
            years = years[-1:]
        return _names_answer(q, "报告年度", "Year(s) covered", [str(y) for y in years], scope)
    if _ASK_PLACES.search(text):
        quoted = _QUOTED.findall(text)
        hit = scope
        if quoted:  # e.g. 名称是“教育体育局”: the body's own name decides
            hit = [r for r in scope if r.agency and any(t in r.agency.name for t in quoted)]
            if not hit:
                return None
        elif q.topics or len(re.sub(r"[^\u4e00-\u9fff]", "", text)) > 24:
            return None  # asks which reports *say* something: a question for the text
        return _names_answer(q, "报告所属县", "Counties", [place_name(r) for r in hit], hit)
    return None


def _conflicts(q: Query, scope: list[Report]) -> Answer | None:
    hit = [r for r in scope if any(f.kind in ("prose_table", "arithmetic") for f in r.findings)]
    if not hit:
        return None
    ans = _names_answer(q, "正文与表格不一致（或表格自相矛盾）的报告", "Reports whose text and tables disagree "
                        "(or whose tables break their own arithmetic)", [place_name(r) for r in hit], [])
    for r in hit:
        for f in r.findings:
            if f.kind in ("prose_table", "arithmetic"):
                ans.warnings.append(f"{place_name(r)}：{f.message}")
                ans.citations += [Citation(r.id, r.agency.name if r.agency else "", r.year, "", r.quote(s), s)
                                  for s in f.spans[:1]]
    return ans
