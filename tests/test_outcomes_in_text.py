"""What became of the applications as the text writes it (invented pages, real places): an outcome
asked beside "handled" is the outcome, its figure written after its name in 宗; a carried-forward
count is none handled; "没有发生…依申请情况" is none received; a fee asked is no count of items; a
phone shown as printed; a cited rule's title (《…年度报告制度》) names no body."""

from __future__ import annotations

from evals.grade import numbers_in
from index.meta import read_agency
from index.normalize import normalize
from index.textfacts import mentions
from test_embed_stage import pages_fixture

PAGES = {
    "luoding-2023": "罗定市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年,全市新收政府信息公开申请120宗,"
                    "上年结转政府信息公开2宗,结转下年度继续办理3宗,共办理119宗。其中:予以公开及部分公开70宗;不予公开15宗;"
                    "无法提供30宗;其他处理4宗。如对本报告有疑问，请与罗定市人民政府办公室联系（电话：0766—3822100）。\n",
    "xinxing-2023": "新兴县财政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局在县政府门户网站主动公开信息35条。"
                    "本年度我局没有发生政府信息依申请情况,也未发生政府信息依申请行政复议案。\n",
    # what the one application asked for, as the text says it
    "shuangbai-2025": "双柏县妥甸镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年共受理政府信息公开申请1件,"
                      "申请内容涉及耕地面积、承包等信息,经核查后依法予以公开答复。\n",
    # the outcomes listed by their lines' own words, no table
    "yunfu-2024": "云浮市云城区住房和城乡建设局2024年政府信息公开工作年度报告\n一、总体情况\n2024年,全年受理政府信息公开申请19件。"
                  "答复类型为:予以公开5件,部分公开1件,本机关不掌握相关政府信息8件,其他5件。\n",
    # what the applications were about, asked as 哪些方面
    "haibin-2021": "海滨街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n2021年我街依申请公开4件，依申请公开的内容主要包括"
                   "拆迁补偿、社区服务等。\n",
    # the carried-forward line named in full, counted in 份
    "fogang-2024": "佛冈县住房和城乡建设局2024年政府信息公开工作年度报告\n一、总体情况\n（三）依申请公开方面\n2024年新收政府信息"
                   "公开申请9份,本年度办结6份,结转下年度继续办理3份。\n",
}

outcomes = pages_fixture(PAGES)


def test_the_carried_forward_line_in_full_counted_in_fen(outcomes):
    for q in ("佛冈县住建局2024年结转下年度继续办理的申请有几份？",
              "How many applications did the Fogang County housing and urban-rural development bureau carry over into 2025?"):
        a = outcomes.ask(q)
        assert not a.refused and 3 in numbers_in(a.text.splitlines()[0]) and 9 not in numbers_in(a.text.splitlines()[0])


def _kinds(text: str) -> list[tuple[str, float]]:
    return sorted((m.kind, m.value) for m in mentions(normalize(text)))


def test_a_carried_forward_count_is_none_handled_and_no_application_happened_is_none_received():
    got = _kinds("全市新收政府信息公开申请120宗,结转下年度继续办理3宗,共办理119宗。")
    assert ("applications.handled", 3) not in got and ("applications.handled", 119) in got
    assert ("applications.received", 0) in _kinds("本年度我局没有发生政府信息依申请情况。")
    assert ("applications.received", 0) not in _kinds("本年度我局未发生依申请公开行政诉讼。")


def test_an_outcome_asked_beside_handled_is_the_outcome(outcomes):
    for q in ("In 2023, how many of the requests handled in Luoding were refused (not disclosed)?", "罗定市2023年有多少件申请不予公开？"):
        assert numbers_in(outcomes.ask(q).text.splitlines()[0])[-1:] == [15], q


def test_an_application_asked_in_the_other_word_order_and_a_fee_asked(outcomes):
    a = outcomes.ask("新兴县财政局2023年有人申请公开政府信息吗？")
    assert a.text.startswith("否") and "没有发生政府信息依申请情况" in a.text
    fee = outcomes.ask("新兴县财政局2023年收了多少信息公开处理费？")
    assert fee.refused and "35" not in fee.text


def test_a_phone_is_shown_as_printed(outcomes):
    assert "0766—3822100" in outcomes.ask("罗定市2023年的年报有疑问打哪个电话？").text.splitlines()[0]


def test_a_cited_rules_title_names_no_body():
    text = ("本报告是根据《中华人民共和国政府信息公开条例》、《徐州市政府信息公开工作年度报告制度(试行)》的规定编制。"
            "如对本报告有任何疑问,请与沛县人民政府办公室联系。\n一、概述\n2015年,我县认真落实条例。\n")
    r = read_agency(normalize(text), text)
    assert r.place is not None and r.place.county == "沛县"


def test_an_outcome_line_asked_in_its_own_words_is_its_figure_in_the_text(outcomes):
    a = outcomes.ask("云城区住建局2024年的申请里,有几件是以“本机关不掌握相关政府信息”答复的?")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [8] and "本机关不掌握相关政府信息8件" in a.citations[0].quote


def test_what_an_application_asked_for_is_the_texts_where_it_says_so(outcomes):
    p = outcomes
    a = p.ask("双柏县妥甸镇2025年收到的那一件信息公开申请,问的是什么方面的信息?")
    assert not a.refused and "耕地面积" in a.text
    # a report that does not say: no report states what was asked
    assert p.ask("新兴县财政局2023年收到的申请问的是什么内容?").refused


def test_a_tables_line_naming_an_applications_content_says_nothing_of_it(pipeline):
    # (seeds) 海原's table has a line 补正后申请内容仍不明确 0 0 0: no word of what was asked
    assert pipeline.ask("海原县2024年收到的那件政府信息公开申请，申请的内容是什么？").refused


def test_an_outcome_in_brackets_before_its_count(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"taicang-2025": (
        "太仓市人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n2025年，共办理政府信息公开申请61件，"
        "办结的61件中予以公开的9件，无法提供(不掌握)的37件，不予处理的5件。\n")})
    first = p.ask("太仓市政府办公室2025年有多少件申请因为本机关不掌握相关政府信息而无法提供？").text.splitlines()[0]
    assert "37" in first, first


def test_what_the_applications_were_about_asked_as_aspects(outcomes):
    a = outcomes.ask("天津市滨海新区海滨街2021年依申请公开的内容主要涉及哪些方面？")
    assert not a.refused and "拆迁补偿" in a.text
