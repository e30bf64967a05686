"""Every table of every seed report, checked against values read off the reports by a person.

evals/gold/seed_tables.json states, per seed, every non-zero cell and every total as they stand
in the report text (corpus/*.txt); every other cell that the parser reads must be 0. Rows
whose cells cannot be assigned to columns are listed with the values the report shows, and must
come out as unreadable (never guessed, never 0); cells the report does not print at all (a column
its table lacks) are listed under "missing" and must come out so.
"""

from __future__ import annotations

import json

import pytest

from conftest import REPO, SEEDS, seed
from index import template as T

A, P, R = T.ACTIVE, T.APPLICATIONS, T.REVIEW
TOTAL = T.TOTAL_COLUMN
# The person-checked values live in evals/gold (the generated eval set is made from them too).
GOLD = json.loads((REPO / "evals" / "gold" / "seed_tables.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("rid", SEEDS)
def test_every_cell_matches_the_report(rid):
    exp = GOLD[rid]
    stated = {(v["table"], v["row"], v["column"]): v["value"] for v in exp["values"]}
    report = seed(rid)
    assert report.template == exp["template"]
    assert len(report.tables) == exp["cells"]
    assert len({(v.table, v.row, v.column) for v in report.tables}) == exp["cells"]
    absent = exp.get("missing", {})
    for v in report.tables:
        key = (v.table, v.row, v.column)
        if v.table == P and v.column in absent.get(v.row, ()):
            assert (v.status, v.value, v.span) == ("missing", None, None), key
            continue
        if v.table == P and v.row in exp["unreadable"]:
            assert v.status == "unreadable" and v.value is None, key
            assert v.raw == exp["unreadable"][v.row], key
            continue
        assert v.status == "ok", (key, v.status, v.raw)
        assert v.value == stated.get(key, 0), key
    cells = {(v.table, v.row, v.column): v for v in report.tables}
    for key, value in stated.items():
        assert (cells[key].status, cells[key].value) == ("ok", value), key
    unreadable_rows = {v.row for v in report.tables if v.status == "unreadable"}
    assert unreadable_rows == set(exp["unreadable"])


def test_table_two_rows_follow_each_template_version():
    rows_2021 = [r.label for r in T.ACTIVE_2021.rows]
    rows_2019 = [r.label for r in T.ACTIVE_2019.rows]
    assert rows_2021 == ["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"]
    assert "政府集中采购" in rows_2019 and "其他对外管理服务事项" in rows_2019
    yanchi = {(v.row, v.column): v for v in seed("yanchi-2020").tables if v.table == A}
    assert yanchi[("行政事业性收费", "本年增/减")].value == 0
    assert yanchi[("政府集中采购", "采购总金额")].unit == "万元"
    fee = next(v for v in seed("quxian-2024").tables if v.row == "行政事业性收费")
    assert (fee.column, fee.unit, fee.value) == ("本年收费金额", "万元", 0)


def test_applications_table_is_25_rows_by_7_columns_in_2021_and_23_in_2019():
    assert len(T.APPLICATIONS_2021.rows) == 25 and len(T.APPLICATIONS_2019.rows) == 23
    assert [c.label for c in T.APPLICANT_COLUMNS] == [
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    other = [r.label for r in T.APPLICATIONS_2021.rows if r.group == "（六）其他处理"]
    assert len(other) == 3
    rows = {v.row for v in seed("lanxi-2024").tables if v.table == P}
    assert len(rows) == 25


def test_ocr_damaged_labels_are_still_found_in_shenchi():
    # 无价提供 (for 无法提供), 住房举报投诉 (for 信访举报投诉) and labels split mid-word.
    cells = {(v.row, v.column): v for v in seed("shenchi-2023").tables if v.table == P}
    assert cells[("（五）不予处理 1.信访举报投诉类申请", TOTAL)].status == "ok"
    hit = cells[("（四）无法提供 1.本机关不掌握相关政府信息", "自然人")]
    assert seed("shenchi-2023").quote(hit.span) == "1"
    other = cells[("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", TOTAL)]
    assert (other.status, other.value) == ("ok", 0)


def test_every_label_has_english():
    for version in T.TEMPLATES.values():
        for table in version:
            assert T.english(table.key)
            for row in table.rows:
                assert T.english(row.label), row.label
                for col in table.columns_of(row):
                    assert T.english(col.label), col.label
    assert T.english("（一）予以公开") == "disclosed"
    assert T.english(T.NEW) == "newly received this year"
