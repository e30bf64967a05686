"""What the reports say their problems are: the template's 存在的主要问题及改进情况 section, read for
each report asked about ("这些报告里有什么问题？", "各县存在哪些不足？", "What problems do the reports
mention?"). Before, such a question listed every sentence that happens to hold the word 问题
("发现问题即刻启动整改" is no problem the report admits to).

The problems are the section's own words, in one of the ways reports write them: a sentence of its
opening paragraph that names a shortfall ("但与…还有差距", "还存在…等问题"), or the run of items
(一是…二是…) that such a sentence introduces ("存在的问题：", "但还有更多的不足："). The items that
follow a plain opening are the improvements, not the problems.
"""

from __future__ import annotations

import bisect
import re

from index import concepts
from index.lexical import DOMAIN_TERMS
from index.model import Answer, Citation, Report, Section
from rag import prose as P
from rag import wording as W
from rag.check import count_fact
from rag.corpus import en_place, place_name, span_cite
from rag.query import Query

TOPIC = "存在的主要问题"
# A sentence that admits a shortfall (the section's opening often praises the year's work first)
_SHORT = "问题|不足|差距|有待|欠佳|不够|不高|滞后|薄弱|短板"
_SHORTFALL = re.compile(f"{_SHORT}|不规范|不到位|不强")
_SENTENCE = re.compile(r"[^。！？：]+[。！？：]?")  # line breaks included: reports wrap mid-sentence
_WRAP = re.compile(r"[ \t\u3000]*\n\s*")
# the turn from the year's praise to its shortfall: 取得了一定成效，但还存在…
_BUT = re.compile(f"(?:但是|但|然而|不过)(?=[^，。]*?(?:{_SHORT}))")
_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")


def asks_problems(q: Query, names: list[str]) -> bool:
    """A question about the problems the reports state, and nothing narrower: every word it asks
    with is the problem concept's or no word of the domain (这些, 各县, mention); "政策解读质量不高的
    问题" or "网站存在什么问题" asks about one thing and is answered from the sentences that name it."""
    if TOPIC not in q.topics or q.shape not in ("open", "which", "list"):
        return False
    for t in P.focus_terms(q.text, q.language, names):
        kinds = concepts.kinds_of(t)
        if "problem" in kinds:
            continue
        if kinds or t in DOMAIN_TERMS:
            return False
    return True


def problem_section(report: Report) -> Section | None:
    """The template's 存在的主要问题及改进情况 section (its number varies: 四 in 2019-template reports)."""
    return next((s for s in report.sections if s.level == 1 and "问题" in s.heading), None)


def _heading_end(report: Report, sec: Section) -> int:
    """Where the section's heading ends in the original text (which may be in traditional
    characters, or hold markup, where the heading is clean simplified text)."""
    at = report.text.find(sec.heading, sec.span[0], sec.body_span[1])
    if at >= 0:
        return at + len(sec.heading)
    norm = P.normalized(report.text)
    at = norm.text.find(sec.heading, bisect.bisect_left(norm.offsets, sec.span[0]))
    end = at + len(sec.heading)
    return norm.offsets[end - 1] + 1 if at >= 0 and norm.offsets[end - 1] < sec.body_span[1] else sec.span[0]


def stated_problems(report: Report) -> list[tuple[str, tuple[int, int]]]:
    """The report's problems as (text, span in report.text): the items a shortfall sentence
    introduces, else the opening's shortfall sentences. [] where the report states none."""
    sec = problem_section(report)
    if sec is None:
        return []
    start = _heading_end(report, sec)
    found: list[tuple[str, tuple[int, int]]] = []
    for m in _SENTENCE.finditer(report.text, start, sec.body_span[1]):
        text = _reads(m.group())
        if len(text) < 4 or not _SHORTFALL.search(text):
            continue
        lead = len(m.group()) - len(m.group().lstrip())
        found.append((text, (m.start() + lead, m.start() + len(m.group().rstrip()))))
    if found and found[-1][0].endswith("："):  # "存在的问题：" — the items after it are the problems
        items = _first_run([s for s in report.sections if s.parent == sec.id])
        if items:
            spans = [_item_span(report, x) for x in items]  # the item's sentence: its heading may be cut at a wrap
            return [(_ITEM.sub("", _reads(report.text[a:b])).strip("*：:。；， "), (a, b)) for a, b in spans]
        found = found[:-1] or found
    if not found:  # （一）存在的问题 / （二）改进情况: the problems are the first sub-section's items or sentences
        sub = next((x for x in report.sections if x.parent == sec.id and re.search(r"问题|不足", x.heading)), None)
        if sub is not None:
            items = _first_run([x for x in report.sections if x.parent == sub.id])
            if items:
                spans = [_item_span(report, x) for x in items]
                return [(_ITEM.sub("", _reads(report.text[a:b])).strip("*：:。；， "), (a, b)) for a, b in spans]
            for m in _SENTENCE.finditer(report.text, _heading_end(report, sub), sub.body_span[1]):
                text = _reads(m.group())
                if len(text) >= 4 and _SHORTFALL.search(text):
                    lead = len(m.group()) - len(m.group().lstrip())
                    found.append((text, (m.start() + lead, m.start() + len(m.group().rstrip()))))
    return found


def citations(report: Report, spans: list[tuple[int, int]]) -> list[Citation]:
    """Quotes of the problems section (its problems, its improvements)."""
    sec = problem_section(report)
    return [span_cite(report, span, " > ".join(sec.path) if sec else "") for span in spans]


def improvements(report: Report, problems: list[tuple[str, tuple[int, int]]] | None = None
                 ) -> list[tuple[str, tuple[int, int]]]:
    """The improvements the section lists (its items that are not the problems), each as its
    heading or first sentence, with its span. ``problems``: :func:`stated_problems`, if read."""
    sec = problem_section(report)
    if sec is None:
        return []
    subs = [s for s in report.sections if s.parent == sec.id and _ITEM.match(s.heading)]
    problems = stated_problems(report) if problems is None else problems
    run = _first_run(subs)
    if problems and run and problems[0][1][0] == _item_span(report, run[0])[0]:
        subs = subs[len(run):]  # the problems were the first run of items
    out = []
    for x in subs:
        a, b = _item_span(report, x)
        at = report.text.find(x.heading, x.span[0], b)
        if at >= 0 and report.text[at + len(x.heading):at + len(x.heading) + 1] in ("\n", ""):
            b = at + len(x.heading)  # a heading on its own line: the body below is the plan's detail
        out.append((_ITEM.sub("", _reads(report.text[a:b])).strip("*：:。；， "), (a, b)))
    return [(t, sp) for t, sp in out if t]


def _reads(text: str) -> str:
    """The text as it reads: hard line breaks inside a sentence joined (the span keeps the original)."""
    return _WRAP.sub(lambda m: "" if m.start() and re.match(r"[\u2e80-\uffef]", text[m.start() - 1]) else " ",
                     text.strip())


def shortfall(text: str) -> str:
    """The sentence from its turn to the shortfall on: 但与…还有差距, not the praise before it."""
    m = _BUT.search(text)
    return text[m.end():].lstrip("，, ") if m else text


def _first_run(subs: list[Section]) -> list[Section]:
    """The sub-sections up to where their numbering starts again (the improvements' own 一是)."""
    run: list[Section] = []
    for x in subs:
        m = _ITEM.match(x.heading)
        if m is None or (run and m.group().strip().startswith(("一是", "（一）", "一、"))):
            break
        run.append(x)
    return run


def _item_span(report: Report, x: Section) -> tuple[int, int]:
    """The item's first sentence: its heading, or the heading and the words after it."""
    m = _SENTENCE.match(report.text, x.span[0], x.span[1])
    return (x.span[0], m.end()) if m and m.end() > x.span[0] else x.span


def problems_answer(q: Query, scope: list[Report], read: list[Report]) -> Answer:
    """Each report's stated problems, one line a report, quoted; those that state none named."""
    lang = q.language
    name = (lambda r: f"{place_name(r)}（{r.year}年）") if lang == "zh" else (lambda r: f"{en_place(r)}, {r.year}")
    lines, cites, facts, silent = [], [], [], []
    for r in read:
        got = stated_problems(r)
        if not got:
            silent.append(r)
            continue
        text = "；".join(shortfall(t).rstrip("。；：") for t, _ in got) + "。"
        lines.append(f"{name(r)}：{text}" if lang == "zh" else f"{name(r)}: “{text}”")
        cites += citations(r, [span for _, span in got])
        facts.append({"report_id": r.id, "place": place_name(r), "year": r.year, "problems": [t for t, _ in got]})
    if not lines:
        from rag.refuse import refusal, reports_read

        return refusal(q.text, lang, W.say("problems.none", lang, read=reports_read(read, lang)))
    ids = [f["report_id"] for f in facts]
    head = W.say("problems.head", lang, n=len(lines))
    detail, more = W.lines(lines, lang, ids)
    if len(scope) == 1 and len(lines) == 1:  # one report asked about: its problems are the answer's first line
        head, detail = detail[0], []
    facts.append(count_fact(ids, counted=True))
    out = [head, *detail]
    if silent:
        items, hidden = W.names([place_name(r) if lang == "zh" else en_place(r) for r in silent], lang,
                                [r.id for r in silent])
        out.append(W.say("problems.silent", lang, items=items))
        facts += [count_fact(hidden)] if hidden else []
    if len(read) < len(scope):
        out.append(W.say("prose.searched", lang, n=len(read), total=len(scope)))
        facts += [count_fact([r.id for r in read], read=True), count_fact([r.id for r in scope], corpus=True)]
    facts += [count_fact(more)] if more else []
    shown = {f["report_id"] for f in facts if "problems" in f} - set(more or [])
    return Answer(q.text, "\n".join(out), [c for c in cites if c.report_id in shown], facts, language=lang)
