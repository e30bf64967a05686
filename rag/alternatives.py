"""Alternatives for a place or year the corpus lacks: the places near it (same city, province,
shared characters), the asked place's other years, the corpus's nearest years — five at most,
never the corpus's list."""

from __future__ import annotations

from index.model import Report
from index.places import base_name, lookup
from rag.corpus import place_name

def _chars(name: str) -> set[str]:
    return set(base_name(name)) - set("省市县区州旗盟")


def close_places(reports: list[Report], unknown: list[str], years: list[int],
                 limit: int = 5) -> list[tuple[Report, list[int]]]:
    """Corpus places near a place it lacks: same city, then same province, then names sharing
    characters (海淀区 ~ 海原县); each with the years the corpus has for it."""
    asked = [d for n in unknown for d in lookup(n)[:1]]
    by_place: dict[tuple[str, str | None], list[Report]] = {}
    for r in reports:  # by place and city: 城关区 of 兰州 is not 城关区 of 拉萨
        by_place.setdefault((place_name(r), r.place.city if r.place else None), []).append(r)
    scored = []
    for (name, _), reps in by_place.items():
        pl = reps[0].place
        score = 0
        for d in asked:
            city = d.name if d.level == "city" else d.city
            province = d.name if d.level == "province" else d.province
            score = max(score, 3 * bool(pl and city and pl.city == city) + 2 * bool(pl and province and
                                                                                  pl.province == province))
        score += max((len(_chars(n) & _chars(name)) for n in unknown), default=0)
        if score:
            near_year = any(r.year in years for r in reps)
            scored.append((-score, not near_year, name, reps))
    scored.sort(key=lambda x: x[:3])
    return [(reps[0], sorted({r.year for r in reps if r.year})) for *_, reps in scored[:limit]]


def other_years(reports: list[Report], ids: list[str], years: list[int],
                limit: int = 5) -> list[tuple[Report, list[int]]]:
    """The asked place's reports of other years (nearest year first), grouped by place."""
    by_place: dict[tuple[str, str | None], list[Report]] = {}
    near = lambda r: min((abs((r.year or 0) - y) for y in years), default=0)  # noqa: E731
    wanted = set(ids)
    for r in sorted((r for r in reports if r.id in wanted), key=lambda r: (near(r), place_name(r))):
        by_place.setdefault((place_name(r), r.place.city if r.place else None), []).append(r)
    return [(reps[0], sorted({r.year for r in reps if r.year})) for reps in list(by_place.values())[:limit]]


def close_years(reports: list[Report], years: list[int], limit: int = 5) -> list[tuple[int, int]]:
    """The corpus's years nearest to years it lacks, each with its number of reports."""
    counts: dict[int, int] = {}
    for r in reports:
        if r.year:
            counts[r.year] = counts.get(r.year, 0) + 1
    near = sorted(counts, key=lambda y: (min(abs(y - a) for a in years), -y))[:limit]
    return [(y, counts[y]) for y in sorted(near)]
