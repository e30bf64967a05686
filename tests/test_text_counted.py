"""Facts stated in prose (index.textfacts): the rules for what a figure counts and whose it is —
events and guides are no items, 分别 after a list of kinds, noughts said as "nobody applied",
original and reposted posts together, a topic named by the clause before. Our own sentences."""

from __future__ import annotations

import pytest

from index.normalize import normalize
from index.textfacts import extract_facts


def facts(text: str, year: int | None = 2023) -> dict[str, object]:
    return {f.kind: f.value for f in extract_facts(normalize(text), "t", year)}


CASES = [
    # The counted thing is an event held or a guide drawn up, not an item disclosed.
    ("组织政务公开业务培训6期，更新办事指南31项，梳理公开事项清单12项。", {}),
    ("在县政府网站发布招生、资助等信息45条，举办信息公开讲座3期。", {"disclosed.website": 45}),
    # …but inside a list summed up by 等 a guide is one of the items' subjects.
    ("在门户网站公开办事指南、人事任免等各类信息88条。", {"disclosed.website": 88}),
    # …and an item noun after the event's name makes the items the counted thing again.
    ("在门户网站发布局务会议信息12条。", {"disclosed.website": 12}),
    # 分别 hands a list of kinds the figures that follow, in order; unequal counts give nothing.
    ("因信息公开引发的行政复议、行政诉讼案件分别为3件和0件。", {"review.reconsideration": 3, "review.litigation": 0}),
    ("政策解读和新闻发布会分别为9篇、1场。", {"interpretations": 9, "press_conferences": 1}),
    ("行政复议、行政诉讼分别有2件。", {}),
    # Nought applications: nobody applied; the count named after 申请 with its verb.
    ("本年度没有个人或单位向我委提交政府信息公开申请。", {"applications.received": 0}),
    ("全年信息公开申请受理数量为0。", {"applications.received": 0}),
    # 上线 puts a video online; original and reposted posts together are all of them, originals alone a part.
    ("“某某教育”抖音号全年上线作品26部。", {"disclosed.video": 26}),
    ("“某某教育”公众号全年原创及转载推文合计640篇，其中原创推文200篇。", {"disclosed.wechat": 640}),
    ("“某某教育”公众号全年发布原创推文200篇。", {}),
    # A clause that opens on the counted thing names the topic of a bare count in the next one.
    ("新闻发布会方面，本局年内召开2场。", {"press_conferences": 2}),
    ("政策解读以图解和问答形式为主，共计14篇。", {"interpretations": 14}),
    ("政策解读工作稳步推进，组织培训3次。", {}),
    ("政策解读方面，全年共发布11篇。", {"interpretations": 11}),
    ("政策解读方面，全年共发布信息11篇。", {"disclosed.total": 11}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counted_thing_and_listed_kinds(text, expected):
    assert facts(text) == expected
