"""Pure: a development zone's committee as the issuing body (金塔工业集中区管理委员会, 乳山经济开发区).

Zones (经济开发区, 工业园区, 高新技术产业开发区, 工业集中区 …) publish their own annual reports.
Their names start with their county's short name (金塔 for 金塔县, 乳山 for 乳山市) and carry no
division the gazetteer knows, so the title names no place: the zone is read from the title line,
and its county from that short name where exactly one county-level division starts with it.
"""

from __future__ import annotations

import re

from index import places
from index.bodies import BodyKind

# the kinds of zone, as their names end (longest first); a committee or its office may follow
_ZONE = (r"高新技术产业开发区|经济技术开发区|经济开发区|高新技术开发区|工业集中区|工业开发区|产业开发区|工业园区|产业园区|"
         r"高新区|开发区|工业园|产业园|新区|示范区|试验区|保税区|综合保税区")
_TITLE = re.compile(r"^\s*([\u4e00-\u9fff]{2,4}?)((?:[\u4e00-\u9fff]{0,6}?)(?:" + _ZONE + r"))"
                    r"(管理委员会|管委会)?(?:[(（][\u4e00-\u9fff]{2,8}[)）])?\s*(?:(?:19|20)\d{2}|[二][〇○零]).{0,6}?年")


def zone_title(lines: list[str]) -> tuple[str, places.Division] | None:
    """(the zone's name as the title writes it, its county) from the first title-like line naming
    a zone, or None. The county must be the only county-level division whose name starts with the
    zone's first characters (金塔 → 金塔县)."""
    for line in lines[:12]:
        m = _TITLE.match(line)
        if m is None or "报告" not in line:
            continue
        short = m.group(1)
        counties = [d for d in places.divisions(("county",)) if d.name.startswith(short) and len(d.name) <= len(short) + 2]
        if len(counties) != 1:
            continue
        name = line[m.start(1):m.end(3) if m.group(3) else m.end(2)]
        return name, counties[0]
    return None


def zone_kind(name: str) -> BodyKind:
    """A zone committee's kind of body, as answers and English questions name it."""
    return BodyKind(name, "开发区", "development zone administration|management committee|administrative committee", ())
