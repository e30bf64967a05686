"""Which body of a place a question asks about: a name that picks one of the place's bodies
(宁武县教育体育局 among its education bodies), or a kind of body the place has no report from
(靖江市教育局 where only its 住建局 reports) — which the answer then says the corpus lacks.
"""

from __future__ import annotations

import re

from index.bodies import BEYOND_GOVERNMENT
from index.model import Report
from rag.corpusplaces import Places, abbreviates


def named_bodies(question: str, reports: list[Report], allowed: set[str],
                 by_id: dict[str, Report] | None = None) -> set[str]:
    """A place with several bodies (宁武县教育体育局, 宁武县教育和体育局): a question naming one of
    them by a name that includes the place asks about that body's reports only."""
    return bodies_named(question, reports, allowed, by_id) or allowed


def bodies_named(question: str, reports: list[Report], allowed: set[str],
                 by_id: dict[str, Report] | None = None) -> set[str]:
    """The reports of ``allowed`` whose body the question names (see named_bodies); empty when it names none."""
    named, by_kind = set(), set()
    for r in ([by_id[i] for i in allowed if i in by_id] if by_id is not None else reports):
        if r.id not in allowed or not r.agency or not r.place or not r.place.county:
            continue
        base = r.place.county[:-1] if len(r.place.county) > 2 else r.place.county
        names = (r.agency.name, *r.agency.aliases)
        if any(len(a) >= 5 and base in a and a in question for a in names):
            named.add(r.id)
        # 察右前旗教体局: the place by its short form, the body by its kind's short form
        # (区政府 before 部门, 门户网站 or 办公室 names those: 县区政府部门 is departments in general)
        # (…and 县区政府 names both levels' governments, not the districts' alone)
        if any(len(a) >= 3 and re.search("(?<![县区市旗])" + re.escape(a) + f"(?!{BEYOND_GOVERNMENT})", question)
               for a in names if base not in a):
            by_kind.add(r.id)
    return named or by_kind


# kinds a question may name a place's body by and the corpus check: never the government or its
# office (渠县政府网站 is the site; a county's report answers for its government)
_NOT_CHECKED = ("乡镇人民政府", "街道办事处")
_GOVERNMENT = ("人民政府", "政府办公室")  # the government and its office: one body's report either way


# a township or subdistrict named right after its county (鹿城区滨江街道), and one named in English
# (Binjiang Subdistrict in Lucheng District): never 乡镇, 各街道 or 的街道 in general
_TOWN_NAMED = re.compile(r"(?:的|人民政府)?((?:(?![的各所哪几全本该我等和与及或乡镇街])[\u4e00-\u9fff]){2,5})(街道|镇|乡|苏木)")
TOWN_NAMED_EN = re.compile(r"\b([A-ZÜ][a-zü]+(?:[ -][A-ZÜ][a-zü]+)?)\s+(?:[Ss]ubdistrict|[Ss]ub-district|[Ss]treet|[Tt]own(?:ship)?)\b")


def _lacked_township(question: str, alias: str, at: int, reps: list[Report]) -> str | None:
    """The township or subdistrict the question names in the place, where the place's townships
    report and none is that one (the corpus holds 七都街道's, 滨江街道 is asked): its name."""
    from index.townships import TOWNSHIP_KINDS, township_name

    held = [township_name(r.agency.name, r.place.county or "") for r in reps if r.agency.kind in TOWNSHIP_KINDS]
    if not held:
        return None  # no township of the place reports: the place's own body may speak for it (乳山口镇 in its zone's)
    stems = [re.sub(r"(?:街道|镇|乡|苏木)$", "", h) for h in held]
    if not alias.isascii():
        m = _TOWN_NAMED.match(question, at + len(alias))
        return alias + m.group(1) + m.group(2) if m and not any(m.group(1) in h for h in held) else None
    keys = {town_key(s) for s in stems}
    for m in TOWN_NAMED_EN.finditer(question):
        words = [w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in _ETHNIC_WORDS]
        if not words or m.group(1).lower() == alias.lower():
            continue
        # a loose match: the English may spell a character another way (勐戛: Mengga, Mengjia) or name
        # only part (Mulao Ethnic Township for 古砦仫佬族乡) — only a name sharing nothing is another's
        if not any(any(w in k for w in words if len(w) >= 3) or k[:3] == "".join(words)[:3] for k in keys):
            return f"{alias} {m.group(0)}"
    return None


_ETHNIC_WORDS = {"ethnic", "nationality", "nationalities", "autonomous", "minority"}


def town_key(stem: str) -> str:
    """A township's own name (迎宾路) as its English spelling is compared: pinyin letters only (yingbinlu)."""
    from index.places import pinyin

    return re.sub(r"[^a-z]", "", (pinyin(stem) or "").lower())

# a body of a kind the data does not list, named right after its place (长子县海事局)
_UNLISTED = re.compile(r"(?:(?![的和与及在年各])[\u4e00-\u9fff]){1,8}?(?:局|委员会|中心|署)")


def _lacked_unlisted(alias: str, after: str, reps: list[Report]) -> str | None:
    """The body named after the place when it is of no kind the data lists and no report of the
    place is that body (by its name, an alias or a short form): its name; else None."""
    m = _UNLISTED.match(after)
    if m is None:
        return None
    word = m.group(0)
    if any(r.agency.name.endswith(word) or any(a.endswith(word) for a in r.agency.aliases)
           or abbreviates(word, r.agency.name.removeprefix((r.place.county or "") if r.place else "")) for r in reps):
        return None
    return alias + word


def lacked_body(question: str, places, name: str, by_id: dict | None) -> str | None:
    """"靖江市教育局" where the corpus holds 靖江市's reports, none of them an education body's: the
    body named (place + kind), which the answer then says the corpus lacks."""
    from index.bodies import kind_rows

    place = places.named(name) if isinstance(places, Places) else next((p for p in places if p.name == name), None)
    if place is None or getattr(place, "township", False) or by_id is None:
        return None
    reps = [by_id[i] for i in place.reports if i in by_id and by_id[i].agency]
    if not reps:
        return None
    low = question.lower()
    for alias in sorted((a for a in place.aliases if len(a) >= 2), key=len, reverse=True):
        at = low.find(alias.lower()) if alias.isascii() else question.find(alias)
        if at < 0:
            continue
        if (town := _lacked_township(question, alias, at, reps)) is not None:
            return town
        if alias.isascii():  # the Jingjiang (County) education bureau
            after = re.sub(r"^(?:\s+(?:county|city|district|banner))?(?:'s)?\s+", "", low[at + len(alias):])
            names = lambda k: [e for e in (k.kind_en, *k.en_also) if e and not e.startswith("people")]  # noqa: E731
        else:
            after = question[at + len(alias):]
            # (教委, 交委: a two-character short form ending in its kind's character names the body too)
            names = lambda k: [x for x in (k.ending, *k.shorts) if len(x) >= 3 or x.endswith("委")]  # noqa: E731
        said = max(((x, k) for k in kind_rows() if k.kind not in _NOT_CHECKED
                    for x in names(k) if after.startswith(x) and not after[len(x):len(x) + 1].isalpha()),
                   key=lambda xk: len(xk[0]), default=None)
        if said is None and alias.isascii() and (of := re.search(r"(?:^|\s)([a-z ]+?)\s+of\s+(?:the\s+)?$", low[:at])):
            # "the Education Bureau of Xiqu District": the kind before the place
            said = max(((x, k) for k in kind_rows() if k.kind not in _NOT_CHECKED
                        for x in names(k) if of.group(1).endswith(x)), key=lambda xk: len(xk[0]), default=None)
        if said is None:
            return None if alias.isascii() else _lacked_unlisted(alias, after, reps)
        word, kind = said
        specific = kind.kind != "政府部门"  # 教育行政部门: any of its names is the same body
        if kind.kind in _GOVERNMENT:  # 安居区人民政府 where only its townships' reports are held
            return None if any(r.agency.kind in _GOVERNMENT for r in reps) else alias + word
        # every kind the word may name (文旅局: 文化和旅游局; culture and tourism bureau), and the
        # core of each ending (文化和旅游局 ~ 文化旅游局)
        endings = {k.ending.replace("和", "") for k in kind_rows() if word in names(k)}
        # …and the ending's first word with its kind's character (交通局 of 交通运输局): a combined body
        # ends so (the construction and transportation bureau, 建设与交通局)
        endings |= {e[:2] + e[-1] for e in endings if len(e) > 3}
        if any((r.agency.kind == kind.kind) if specific else
               (r.agency.name.replace("和", "").endswith(tuple(endings)) or any(a.endswith(word) for a in r.agency.aliases)
                or word in (r.agency.kind_en or "").lower().split("|") or abbreviates(word, r.agency.name)
                # (culture bureau, 文化局, of a 文化广播电视体育和旅游局: its first part)
                or any(abbreviates(e, r.agency.name.removeprefix((r.place.county or "") if r.place else "")) for e in endings))
               for r in reps):
            return None
        return f"{alias} {word}" if alias.isascii() else alias + word
    return None
