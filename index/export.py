"""Every figure of the store as spreadsheet rows, straight from its tables (what ``sqlite3`` or
Datasette would show): ``python -m index facts --csv`` and the Reports tab's download."""

from __future__ import annotations

import csv
from typing import TextIO

FACTS_CSV = """
SELECT r.id, r.agency, r.province, r.city, r.county, r.year, 'table', v.tbl, v.row || ' / ' || v.col,
       v.value, v.unit, v.status, v.raw
  FROM table_values v JOIN reports r ON r.id = v.report_id
UNION ALL
SELECT r.id, r.agency, r.province, r.city, r.county, r.year, 'text', '', f.kind,
       coalesce(f.value, f.value_text), f.unit, 'ok', f.raw
  FROM text_facts f JOIN reports r ON r.id = f.report_id
ORDER BY 1
"""
FACTS_COLUMNS = ("report_id", "agency", "province", "city", "county", "year", "source", "table", "what", "value",
                 "unit", "status", "raw")


def cell(v):
    """A CSV cell a spreadsheet shows as text: one starting with = + - @ (or a tab or carriage
    return) would run as a formula."""
    return "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


def write_facts_csv(store, out: TextIO) -> int:
    """Every table value and text fact of ``store`` as CSV rows on ``out``; the number of rows."""
    w = csv.writer(out)
    w.writerow(FACTS_COLUMNS)
    n = 0
    for row in store.sql(FACTS_CSV):
        w.writerow([cell(v) for v in row])
        n += 1
    return n
