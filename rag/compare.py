"""Two figures compared: "垫江县2025年比2020年多 6 件（27 件对 21 件）" — the difference the question
asks for ("多了多少", "how many more"), with both figures it comes from. Used for table values
and text facts alike; the difference is a computed fact, so the number check finds it backed."""

from __future__ import annotations

from index.model import Report
from rag import wording as W
from rag.corpus import en_place, place_name


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _label(r: Report, same_place: bool, lang: str) -> str:
    if same_place:
        return f"{r.year}年" if lang == "zh" else str(r.year)
    return f"{place_name(r)}{r.year}年" if lang == "zh" else f"{en_place(r)} {r.year}"


def difference(pairs: list[tuple[Report, float]], unit: str, lang: str,
               worded: dict[str, str] | None = None) -> tuple[str, dict]:
    """The first line of a comparison of two reports' figures (earlier year first), and the fact
    that backs the difference it states. ``worded``: a report's figure as its text words it where
    that is approximate ("40 余"): the difference is then "about" too."""
    (ra, a), (rb, b) = sorted(pairs, key=lambda x: (x[0].year or 0, place_name(x[0])))
    same = place_name(ra) == place_name(rb)
    who = place_name(ra) if same and lang == "zh" else (en_place(ra) + ": " if same else "")
    d = b - a
    key = "diff.more" if d > 0 else "diff.less" if d < 0 else "diff.same"
    worded = worded or {}
    shown = {r.id: worded.get(r.id) or _fmt(v) for r, v in ((ra, a), (rb, b))}
    approx = any(r.id in worded for r in (ra, rb))
    text = W.say(key, lang, who=who, later=_label(rb, same, lang), earlier=_label(ra, same, lang),
                 d=_fmt(abs(d)), about=("约" if lang == "zh" else "about ") if approx else "",
                 b=shown[rb.id], a=shown[ra.id], bu=W.with_unit(shown[rb.id], unit), au=W.with_unit(shown[ra.id], unit), unit=unit)
    return text, {"aggregate": "difference", "value": abs(d), "report_ids": [ra.id, rb.id]}
