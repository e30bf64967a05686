"""Two to five named reports compared, summed or ranked where no table cell or text fact serves them
all: each report's figure read apart, from the words of the question about it ("岳阳县民政局…在政府
网站主动公开的信息数，和船山区民政局…新增主动公开的政府信息数，哪个更多"), then combined — each figure
quoted from the sentence that states it, and a report that states none named as such."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from index.model import Answer, Report
from rag import counts as N
from rag import wording as W
from rag.check import count_fact
from rag.compare import difference
from rag.corpus import en_place, named_as_asked, place_name, title_cite
from rag.query import Query
from rag.view import CorpusView

_SHAPES = ("difference", "compare", "rank", "total")
_MOST = 5  # more named reports than this is a corpus question, not one read report by report


def each_apart(p: CorpusView, q: Query, scope: list[Report], one: Callable[[Query, Report], Answer | None]) -> Answer | None:
    """``one(q1, report)``: the answer to the question about one report (a figure in its facts)."""
    if q.shape not in _SHAPES or not 2 <= len(scope) <= _MOST or len(q.places) < 2:
        return None
    parts = _parts(p, q, scope)
    if parts is None:
        return None
    got: list[tuple[Report, float, Answer]] = []
    silent: list[Report] = []
    for r, words in parts:
        sub = dataclasses.replace(q, text=words, reports=[r.id], places=[_place_of(p, q, r)], shape="how_many",
                                  threshold=None)
        a = one(sub, r)
        value = next((f["value"] for f in (a.facts if a and not a.refused else [])
                      if isinstance(f.get("value"), (int, float)) and f.get("report_id", r.id) == r.id), None)
        if value is None:
            silent.append(r)
        else:
            got.append((r, float(value), a))
    if not got or (len(got) < 2 and q.shape not in ("rank", "total")):
        return None
    lang = q.language
    name = named_as_asked(q)
    unit = N.asked_unit(q.text, lang) if lang == "zh" else ""
    lines = [_line(r, v, a, lang) for r, v, a in got]
    cites = [c for _, _, a in got for c in a.citations[:1]]
    facts = [{"value": v, "report_id": r.id} for r, v, _ in got]
    if q.shape in ("difference", "compare") and len(got) == 2:
        lead, diff = difference([(r, v) for r, v, _ in got], unit, lang)
        facts.append(diff)
    elif q.shape == "total":
        total = sum(v for _, v, _ in got)
        lead = W.say("total", lang, total=_fmt(total), unit=unit, n=len(got))
        facts += [{"aggregate": "sum", "total": total}, count_fact([r.id for r, _, _ in got], counted=True)]
    else:
        best = (min if q.fewest else max)(v for _, v, _ in got)
        top = [r for r, v, _ in got if v == best]
        lead = W.rank_lead(lang, "、".join(map(name, top)) if lang == "zh" else ", ".join(map(name, top)),
                           _fmt(best), len(top), q.fewest, [r.year for r, _, _ in got if r.year])
    if silent:
        lines.append(W.say("total.unstated", lang, items=("、" if lang == "zh" else ", ").join(map(name, silent))))
        cites += [title_cite(r) for r in silent]  # read, and shown to have been
    return Answer(q.text, "\n".join([lead] + lines), cites, facts, language=lang)


def _parts(p: CorpusView, q: Query, scope: list[Report]) -> list[tuple[Report, str]] | None:
    """Each report with the words about it: what the question says before naming any place (the
    thing asked, in English) and from the first name of its place (天宫院街道 or 大兴区) to the
    first name of another report's."""
    low = q.text.lower()
    first: dict[str, int] = {}
    for r in scope:
        named = [(n, pl) for n in q.places if (pl := p.places.named(n)) and r.id in pl.reports]
        found = [i for n, pl in named for a in [n, *pl.aliases] if a and (i := low.find(a.lower())) >= 0]
        if not found:
            return None
        first[r.id] = min(found)
    cuts = sorted(set(first.values()))
    if len(cuts) < len(scope):
        return None  # two reports of one place: its words do not tell them apart
    head = q.text[:cuts[0]]
    own = {r.id: q.text[first[r.id]:next((c for c in cuts if c > first[r.id]), len(q.text))] for r in scope}
    # "A县卫健局和B县应急局2017年一共发布了多少条": the thing asked follows the last body, for each
    tail = _BODY_FIRST.sub("", own[next(i for i, c in first.items() if c == cuts[-1])])
    return [(r, head + own[r.id] + ("" if _ASKING.search(own[r.id]) else " " + tail)) for r in scope]


_ASKING = re.compile(r"多少|几|数|how many|how much|number|total|combined|sum|more|fewer|less|most|least", re.I)
# the last body's own name, up to its kind's word (应急管理局, Civil Affairs Bureau)
# (no 的 inside a body's name, and 政府 opening a word is none: 同心的政府开放日 names the event)
_BODY_FIRST = re.compile(r"^(?:(?!的)[\u4e00-\u9fff]){0,14}?(?:局|委员会|委|办公室|人民政府|政府(?!开放|信息|网|门户|公报|热线)"
                         r"|办事处|街道|镇|乡)|"
                         r"^.{0,60}?\b(?:bureau|office|government|commission|committee|town|township|county|district)\b",
                         re.I)


def _place_of(p: CorpusView, q: Query, r: Report) -> str:
    return next((n for n in q.places if (pl := p.places.named(n)) and r.id in pl.reports), "")


def _line(r: Report, v: float, a: Answer, lang: str) -> str:
    who = place_name(r) if lang == "zh" else en_place(r)
    quote = a.citations[0].quote.strip() if a.citations else ""
    quote = re.sub(r"\s+", " ", quote)[:160]
    return W.say("apart.line", lang, who=who, year=r.year, value=_fmt(v), quote=quote)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"
