"""“总结一下海原县2024年年报的要点” (issue 13, item 4: it was refused): a report's key points in
the template's order, each extracted from what the index read and cited — never written."""

from __future__ import annotations


def test_a_summary_gives_the_reports_key_points_each_cited(pipeline):
    a = pipeline.ask("总结一下海原县2024年年报的要点")
    assert not a.refused
    assert a.text.splitlines() == [
        "海原县教育体育局2024年年报要点：",
        "主动公开：政府网站发布信息 89 条；微信公众号发布信息 547 篇；视频号/抖音发布作品 48 条。",
        "依申请公开，本年新收申请——正文：1 件；表格中没有这一栏。",
        "其他数字：政府信息公开行政复议 0 件；政府信息公开行政诉讼 0 件；微信公众号关注人数 45503 人。",
        "存在的问题：与适应县域教育事业发展需要、满足公众需求还有差距。",
        "改进措施：强化信息整合工作；拓宽公众参与渠道与宣传引导；稳定工作队伍、提高专业素养。",
    ]
    assert {c.report_id for c in a.citations} == {"haiyuan-2024"}
    assert len({(c.report_id, c.span) for c in a.citations}) == len(a.citations)  # each sentence once
    assert all(pipeline.by_id[c.report_id].text[c.span[0]:c.span[1]] == c.quote for c in a.citations)
    assert a.warnings and all(w.report == "haiyuan-2024" for w in a.warnings)


def test_a_summary_in_english_keeps_the_reports_own_words_quoted(pipeline):
    lines = pipeline.ask("Summarize the Yanchi 2020 report").text.splitlines()
    assert lines[0] == "Key points of the report of Yanchi (盐池县), 2020:"
    assert "Proactive disclosure: items disclosed on the government website 42; items posted on the WeChat " \
           "official account 588." in lines
    assert any(x.startswith("Improvements it plans: “提升信息公开比例，加强媒体运维能力；") for x in lines)


def test_a_summary_of_more_reports_than_it_can_read_asks_to_narrow(pipeline):
    a = pipeline.ask("总结一下这些年报的要点")
    assert a.refused and a.text.startswith("范围内有 5 份报告（")
    assert pipeline.ask("总结一下2024年的年报").text.count("年报要点：") == 3  # three in scope: each summarised
