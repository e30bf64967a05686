"""The issuing body as stored: its name, kind, and the short names people use for it (县教体局,
海原教育局 …; a township with or without its county and 人民政府)."""

from __future__ import annotations

import re

from index import places
from index.bodies import BodyKind, body_kinds
from index.model import Agency, Place
from index.townships import TOWNSHIP_KINDS, township_name


def agency_of(name: str | None, place: Place | None, kind: BodyKind | None = None, original: str = "",
              written: str = "", printed: str = "") -> Agency | None:
    """The body with its kind and the short names people use for it (县教体局, 海原教育局 …);
    ``written`` is the name as the report wrote it, kept among the aliases when it differs;
    ``printed`` the whole of the report's own form (with its city, 人民政府 …, or short: 住建局), kept
    when it says more than the start of the name (寿宁县 and 建邺区南苑街道 say less)."""
    printed = "" if name.startswith(printed) else printed
    if not name:
        return None
    if kind is None:
        kind = next((k for k in body_kinds() if name.endswith(k.ending)), None)
    if kind is None:
        kind = BodyKind("", "政府部门", "government body", ())
    if kind.kind in TOWNSHIP_KINDS:
        # a township: its own name with or without the county and 人民政府 (宣州区杨柳镇, 杨柳镇)
        county = place.county if place and place.county else ""
        bare = re.sub(r"^人民政府", "", name.removeprefix(county) if county else name)
        town = township_name(bare)
        seen = dict.fromkeys(a for a in (written, bare, town, county + town if county else "") if a and a != name)
        return Agency(name=name, kind=kind.kind, kind_en=kind.kind_en, aliases=tuple(seen),
                      original=original if original and original != name else "",
                  printed=printed)
    ending = kind.ending if name.endswith(kind.ending) else next((s for s in kind.shorts if name.endswith(s)), "")
    prefix = name[: len(name) - len(ending)] if ending else ""
    county = place.county if place and place.county else prefix
    short = places.base_name(county) if county else ""
    level = county[-1] if county and county[-1] in "县市区旗" else ""
    aliases: list[str] = [written] if written else []
    if county and prefix != county and kind.ending:
        aliases.append(county + kind.ending)  # 科右前旗教育局 → 科尔沁右翼前旗教育局
    for s in kind.shorts:
        for p in (county, short if short != county and len(short) >= 2 else "", level):
            if p:
                aliases.append(p + s)
        aliases.append(s)
    seen = dict.fromkeys(a for a in aliases if a != name)
    return Agency(name=name, kind=kind.kind, kind_en=kind.kind_en, aliases=tuple(seen),
                  original=original if original and original != name else "",
                  printed=printed)
