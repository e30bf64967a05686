"""A body the kinds data does not list, naming itself only as 我站 / 我中心 and once in full in a
contact line (invented pages, real places)."""

from __future__ import annotations

from index.meta import read_agency
from index.normalize import normalize


def _read(text: str):
    return read_agency(normalize(text), text)


STATION = (
    "按照条例要求，我站编写了本年度报告，统计时段为2022年1月1日至12月31日。如有疑问，请与隆德县"
    "农业技术推广服务站综合股联系（电话：0954-6012345）。\n一、总体情况\n我站全年主动公开政府信息"
    "12条，未收到政府信息公开申请。\n")


def test_the_contact_line_names_a_body_the_report_calls_wo_zhan() -> None:
    r = _read(STATION)
    assert r.agency is not None and r.agency.name == "隆德县农业技术推广服务站"
    assert (r.place.county, r.place.city, r.place.province) == ("隆德县", "固原市", "宁夏回族自治区")


def test_one_self_reference_is_not_enough() -> None:
    # 我站 once (it may quote another body); the contact line alone does not make it the issuer
    once = STATION.replace("我站全年", "全年")
    assert _read(once).agency is None


def test_a_name_ending_on_another_word_is_not_the_body() -> None:
    # the report says 我中心, the only county name nearby ends on 站: no body rather than a wrong one
    other = STATION.replace("我站", "我中心")
    r = _read(other)
    assert r.agency is None and any("未能识别" in w for w in r.warnings)
