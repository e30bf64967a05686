"""Refusals that help: a place or year the corpus lacks is said in one sentence with at most five
close alternatives (never the corpus list); a report that lacks the asked figure is named as read."""

from __future__ import annotations

from index.model import Answer, Report
from rag import wording as W
from rag.alternatives import close_places, close_years, other_years
from rag.corpus import bodies_of, body_name, en_place, place_name
from rag.query import Query
from rag.view import CorpusView


def refusal(question: str, lang: str, text: str) -> Answer:
    return Answer(question, text, refused=True, language=lang)


def no_report(p: CorpusView, q: Query, question: str, place: str | None = None, year: int | None = None) -> Answer:
    """A place or year the corpus lacks: one sentence saying so, then at most five close
    alternatives (the place's other years, places near or named alike, the nearest years)."""
    lang, years = q.language, q.years or ([year] if year else [])
    places = q.places or ([place] if place else [])
    if q.unknown_places and not q.places:
        places = q.unknown_places
    places = sorted(places, key=lambda n: q.text.find(n) % (len(q.text) + 1))  # as the question names them
    what = ("" if lang == "zh" else ", ").join(places + [f"{y}年" if lang == "zh" else str(y) for y in years])
    if q.missing_body:  # the place is in, the body named is not: say so, with the place's bodies
        what = q.missing_body + ("" if lang == "zh" or not years else ", ") + \
            ("" if lang == "zh" else ", ").join(f"{y}年" if lang == "zh" else str(y) for y in years)
    text = filtered(p, lang, place, year) + W.say("refuse.no_report", lang, what=what or "—")
    if q.unknown_places and not q.places:
        near = _place_years(close_places(p.reports, q.unknown_places, years), lang)
    elif places:
        ids = [i for pl in p.places if pl.name in places for i in pl.reports]
        near = _place_years(other_years(p.reports, ids, years), lang) if not q.missing_body else \
            bodies_of([p.by_id[i] for i in ids if i in p.by_id][:5], lang)
    else:
        near = [W.say("year_count", lang, year=y, n=n) for y, n in close_years(p.reports, years)]
    if near:
        text += "\n" + W.say("refuse.alternatives", lang, items=W.sep(lang).join(near))
    # a report whose place could not be read may be the one asked about: say so, never "none"
    unplaced = [r.id for r in p.reports if (r.place is None or not (r.place.county or r.place.city))
                and (not years or r.year in years)]
    if unplaced and (places or q.unknown_places):
        ids = W.sep(lang).join(unplaced[:3]) + ("…" if len(unplaced) > 3 else "")
        text += "\n" + W.say("refuse.unplaced", lang, n=len(unplaced), ids=ids)
    return refusal(question, lang, text)


def filtered(p: CorpusView, lang: str, place: str | None, year: int | None) -> str:
    """"已筛选：海原县、2020 年。" when the asker's filters (not the question) narrowed the corpus:
    a refusal must not read as if the corpus lacked what the filter left out."""
    known = p.places.named(place) if place else None
    r = p.by_id.get(known.reports[0]) if known and known.reports else None
    if lang != "zh" and r is not None and place_name(r) == place:
        place = en_place(r)  # Haiyuan (海原县)
    parts = [x for x in (place, W.say("filter.year", lang, year=year) if year else None) if x]
    return W.say("refuse.filtered", lang, what=("、" if lang == "zh" else ", ").join(parts)) if parts else ""


def no_place(p: CorpusView, q: Query, question: str, place: str, year: int | None = None) -> Answer:
    """A place filter the corpus has no place for, said with the filter, then places named alike."""
    lang = q.language
    text = filtered(p, lang, place, year) + W.say("refuse.no_place", lang, place=place)
    near = _place_years(close_places(p.reports, [place], [year] if year else []), lang)
    if near:
        text += "\n" + W.say("refuse.alternatives", lang, items=W.sep(lang).join(near))
    return refusal(question, lang, text)


def _place_years(near: list[tuple[Report, list[int]]], lang: str) -> list[str]:
    """"海原县（2023、2024年）" per alternative; a place name that stands twice gets its city."""
    names = [place_name(r) for r, _ in near]
    out = []
    for (r, years), name in zip(near, names):
        if names.count(name) > 1 and r.place and r.place.city:
            name = r.place.city + name
        ys = "、".join(map(str, years)) if lang == "zh" else ", ".join(map(str, years))
        if lang == "en" and r.place and r.place.english:
            out.append(W.say("place_year.en", lang, en=r.place.english, place=name, years=ys))
        else:
            out.append(W.say("place_year", lang, place=name, years=ys))
    return out


def reports_read(scope: list[Report], lang: str) -> str:
    """Which report(s) were read, for an answer saying they do not state something."""
    if len(scope) > 3:
        return W.say("read.many", lang, n=len(scope))
    return W.sep(lang).join(W.say("read.one", lang, agency=body_name(r),
                                  place=en_place(r), year=r.year) for r in scope)
