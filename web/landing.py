"""What the chat page says before the first question: what the corpus holds (so nobody asks for a
trend the reports cannot give), the questions that work, and how answers are made. Read from the
reports' headers only: a corpus of ten thousand reports costs no body read at start."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from index.model import Report
from index.stored import counts
from web.render import esc

LISTED = 12  # a corpus this small is listed report by report, each with its data-quality notes


def examples(reports: Sequence[Report]) -> list[tuple[str, str]]:
    """A question of each kind that works, on places and a year this corpus holds."""
    placed = sorted((r for r in reports if r.year and r.place and r.place.county), key=lambda r: (-r.year, r.id))
    if not placed:
        return []
    first, year = placed[0], placed[0].year
    name = first.place.county
    other = next((r.place.county for r in placed if r.year == year and r.place.county != name), None)
    out = [("一个数字 / a figure", f"{name}{year}年收到多少政府信息公开申请？"),
           ("哪些、合计、排名 / which, total, rank", f"{year}年哪个县收到的政府信息公开申请最多？")]
    if other:
        out.append(("比较 / compare", f"{name}和{other}{year}年谁收到的政府信息公开申请多？"))
    out.append(("原文怎么说 / what a report says", f"{name}{year}年政府信息公开工作存在哪些问题？"))
    out.append(("英文提问 / in English", f"How many applications did {first.place.english or name} receive in {year}?"))
    return out


def _span(years: Sequence[int]) -> str:
    return "" if not years else str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def corpus_html(reports: Sequence[Report], llm: bool = False) -> str:
    if not reports:
        return ("<div id='corpus-summary' class='rag-landing'>语料库为空：把年报放进 corpus/ 后重启。/ The corpus is "
                "empty: put reports in corpus/ and restart.</div>")
    years = sorted({r.year for r in reports if r.year})
    bodies = {r.agency.name for r in reports if r.agency}
    places = {r.place.county for r in reports if r.place and r.place.county}
    provinces = {r.place.province for r in reports if r.place and r.place.province}
    noted = [r for r in reports if counts(r)["findings"]]
    per_year = " · ".join(f"{y} ({n})" for y, n in sorted(Counter(r.year for r in reports if r.year).items()))
    lines = [f"<b>语料库 / Corpus</b>：{len(reports)} 份年报 / reports · {len(bodies)} 个机构 / bodies · "
             f"{len(places)} 个县级地区 / places in {len(provinces)} 个省份 / provinces · {esc(_span(years))} 年 · "
             f"{'模型措辞 / LLM-worded' if llm else '摘录原文，非生成 / extracted, not generated'}",
             f"按年份 / by year：{esc(per_year)}" if per_year else "",
             f"{len(noted)} 份有数据质量提示（见“年报”页）/ {len(noted)} with data-quality notes (see Reports)"]
    if len(reports) <= LISTED:
        items = []
        for r in sorted(reports, key=lambda r: (r.year or 0, r.id)):
            n = counts(r)["findings"]
            note = f" · {n} 条数据质量提示 / notes" if n else ""
            items.append(f"<li>{esc(r.agency.name if r.agency else r.id)} · "
                         f"{esc(r.place.county if r.place and r.place.county else '?')} · {esc(r.year or '?')}{note}</li>")
        lines.append(f"<details><summary>每份年报 / Each report</summary><ul>{''.join(items)}</ul></details>")
    works = "".join(f"<li>{esc(kind)}：<i>{esc(q)}</i></li>" for kind, q in examples(reports))
    if works:
        lines.append(f"<details><summary>可以这样问 / Questions that work</summary><ul>{works}</ul></details>")
    lines.append("回答由语言模型组织措辞，其中每个数字都须由引用的原文核实。/ An LLM words the answers; every figure in "
                 "them is checked against the quoted text." if llm else
                 "回答摘自年报原文，不由模型生成；每个数字都注明出处。/ Answers are extracted from the reports, not "
                 "generated; every figure says where it comes from.")
    # folded to its first line, so that the chat stays in view (on a phone too); one click shows the rest
    head, rest = lines[0], "<br>".join(x for x in lines[1:] if x)
    return f"<details id='corpus-summary' class='rag-landing'><summary>{head}</summary>{rest}</details>"
