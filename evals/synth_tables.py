"""The national template's three tables for a generated report: values drawn to agree with the
prose figures, and rendered in the layouts real pages show (tab rows, "|" rows, one cell per line,
HTML). Labels come from ``index.template`` so the tables are the template's own."""

from __future__ import annotations

import random
from dataclasses import dataclass

from index import template as T


@dataclass(frozen=True)
class Cell:
    table: str
    row: str
    column: str
    value: int | float


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` spread over ``parts`` non-negative ints, most of it on the first."""
    out = [0] * parts
    for _ in range(total):
        out[0 if rng.random() < 0.7 else rng.randrange(parts)] += 1
    return out


def table_cells(version: str, received: int, handled: int, recon: int, litig: int,
                rng: random.Random) -> list[Cell]:
    """Every cell of the three tables, arithmetic intact (handled + carried forward = received)."""
    cells: list[Cell] = []
    active = T.table(version, T.ACTIVE)
    for row in active.rows:
        for col in active.columns_of(row):
            if col.unit == "万元":
                value: int | float = round(rng.choice([0, 0, rng.uniform(0.5, 80)]), 2)
            elif "废止" in col.label or "增/减" in col.label:
                value = rng.choice([0, 0, 1])
            else:
                value = rng.choice([0, 0, rng.randint(1, 60)])
            cells.append(Cell(T.ACTIVE, row.label, col.label, value))

    apps = T.table(version, T.APPLICATIONS)
    cols = [c.label for c in apps.columns]
    data_cols = cols[:-1]
    new = _split(received, len(data_cols), rng)
    # handled results: most disclosed, some "cannot provide: not held"
    leaves = [r for r in apps.rows if r.leaf and r.label not in (T.NEW, T.CARRIED_OVER, T.CARRIED_FORWARD)]
    results: dict[str, list[int]] = {r.label: [0] * len(data_cols) for r in leaves}
    remaining, handled_cols = handled, []
    for n in new:
        handled_cols.append(min(n, remaining))
        remaining -= handled_cols[-1]
    for ci, h in enumerate(handled_cols):
        for _ in range(h):
            label = leaves[0].label if rng.random() < 0.6 else rng.choice(leaves).label
            results[label][ci] += 1
    forward = [new[ci] - handled_cols[ci] for ci in range(len(data_cols))]
    for row in apps.rows:
        if row.label == T.NEW:
            vals = new
        elif row.label == T.CARRIED_OVER:
            vals = [0] * len(data_cols)
        elif row.label == T.HANDLED_TOTAL:
            vals = handled_cols
        elif row.label == T.CARRIED_FORWARD:
            vals = forward
        else:
            vals = results[row.label]
        for col, v in zip(cols, [*vals, sum(vals)]):
            cells.append(Cell(T.APPLICATIONS, row.label, col, v))

    review = T.table(version, T.REVIEW)
    split = {review.rows[0].label: recon, review.rows[1].label: litig, review.rows[2].label: 0}
    for row in review.rows:
        total = split[row.label]
        upheld = rng.randint(0, total)
        vals = [upheld, 0, 0, total - upheld]
        for col, v in zip([c.label for c in review.columns], [*vals, total]):
            cells.append(Cell(T.REVIEW, row.label, col, v))
    return cells


def _num(v: int | float) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


# which item of article 20 of the regulation each row of table 2 reports
_ITEMS = ((("规章", "规范性文件"), "一"), (("行政许可", "其他对外管理"), "五"), (("行政处罚", "行政强制"), "六"),
          (("事业性收费",), "八"), (("集中采购",), "九"))


def table_rows(version: str, key: str, cells: list[Cell]) -> list[list[str]]:
    """Header and body rows of one table as cells of text (the template's layout, simplified)."""
    t = T.table(version, key)
    by = {(c.row, c.column): c.value for c in cells if c.table == key}
    rows: list[list[str]] = []
    if key == T.ACTIVE:
        last = ""
        for row in t.rows:
            item = next(n for keys, n in _ITEMS if any(k in row.label for k in keys))
            if item != last:
                rows.append([f"第二十条第（{item}）项"])
                rows.append(["信息内容", *(c.label for c in t.columns_of(row))])
                last = item
            rows.append([row.label, *(_num(by[(row.label, c.label)]) for c in t.columns_of(row))])
        return rows
    cols = [c.label for c in t.columns]
    if key == T.APPLICATIONS:
        rows.append(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"])
        rows.append(["", "自然人", "法人或其他组织", "", "", "", "", "总计"])
        rows.append(["", "", *cols[1:6]])
    else:  # the template prints this table as one row of 15 figures under a 3-level header
        rows.append(["行政复议", "", "", "", "", "行政诉讼"])
        rows.append(["", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉"])
        rows.append(cols * 3)
        rows.append([_num(by[(r.label, c)]) for r in t.rows for c in cols])
        return rows
    group = ""
    for row in t.rows:
        label = row.label
        cell_labels = [label]
        if row.group and label.startswith(row.group + " "):
            sub = label[len(row.group) + 1:]
            cell_labels = [row.group if row.group != group else "", sub]
        group = row.group
        rows.append([*cell_labels, *(_num(by[(row.label, c)]) for c in cols)])
    return rows


def render(rows: list[list[str]], layout: str) -> str:
    if layout == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if layout == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if layout == "cell_per_line":
        return "\n".join(c for r in rows for c in r if c)
    if layout == "html":
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table border=\"1\">{body}</table>"
    raise ValueError(f"unknown table layout {layout!r}")
