"""What a question asks for, said first: a name, a web address, a group's leader, a count in
words, the part of a total, fees — and a body its place has no report from refused as such
(invented pages, real places)."""

from __future__ import annotations

from index.contacts import contact_values
from test_embed_stage import pipeline_over

def _first_lines(p):
    """Asks ``p`` a question and gives the answer's first line: where the answer is said."""
    return lambda q: p.ask(q).text.splitlines()[0]


FILLER = {"filler-2022": "平昌县民政局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息20条。\n"}


def test_a_phone_number_run_into_its_area_code_is_read_as_printed():
    got = contact_values("如有疑问，请与大河镇党政办公室联系（地址:连州市大河镇人民路2号,邮编:513400,电话:07636381111）。")
    assert ("contact.phone", "07636381111") in [(k, v) for k, v, _ in got]


def test_a_name_an_address_and_a_leader_are_said_first(tmp_path):
    p = pipeline_over(tmp_path, {
        "longde-2022": "隆德县文化旅游局2022年政府信息公开工作年度报告\n一、总体情况\n成立了由县政府副县长马明礼为组长的政务公开领导小组。"
                       "同时借助“六盘山下”新媒体账号和新闻发布会拓宽公开渠道。本局依托县政府网站信息公开栏目（网址：http://www.nxld.gov.cn/xxgk/）公开信息80条。\n",
        **FILLER})
    first = _first_lines(p)
    assert "马明礼" in first("隆德县文化旅游局2022年政务公开领导小组的组长是哪位？")
    assert "六盘山下" in first("隆德县文化旅游局2022年用的新媒体账号叫什么？")
    assert "www.nxld.gov.cn/xxgk" in first("What is the web address of the disclosure column the Longde culture and tourism bureau used in 2022?")


def test_counts_in_words_parts_of_a_total_and_fees(tmp_path):
    p = pipeline_over(tmp_path, {
        "pengyang-2021": "彭阳县营商环境建设监督局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，累计公开政府信息4065条，其中网站信息公开2652条，"
                         "政务新媒体公开1201条。我局政务信息全部免费公开，未收取任何费用。\n二、存在的问题及改进\n下一步，我们将从以下三个方面改进。"
                         "一是规范内容。二是加强培训。三是强化监督。\n",
        **FILLER})
    first = _first_lines(p)
    assert "1201" in first("彭阳县营商环境建设监督局2021年通过政务新媒体发了多少条政府信息？")
    assert "3" in first("彭阳县营商环境建设监督局2021年年报说下一步打算从几个方面改进工作？")
    fee = p.ask("彭阳县营商环境建设监督局2021年公开政府信息收不收费？")
    lead = fee.text.splitlines()[0]  # never "yes" from the items published
    assert not fee.refused and "免费公开" in fee.text and "4065" not in lead and not lead.startswith("是"), fee.text
    assert "4065" not in p.ask("彭阳县营商环境建设监督局2021年收取了多少政府信息公开费用？").text


def test_a_body_its_place_has_no_report_from_is_refused_with_the_place_s_bodies(tmp_path):
    p = pipeline_over(tmp_path, {
        "jingjiang-2025": "靖江市住房和城乡建设局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我局共收到政府信息公开申请62件。\n",
        **FILLER})
    for q in ("靖江市教育局2025年收到了几件信息公开申请？", "How many applications did the Jingjiang education bureau receive in 2025?"):
        a = p.ask(q)
        assert a.refused and "62" not in a.text and "靖江市住房和城乡建设局" in a.text, a.text
    assert "62" in p.ask("靖江市住建局2025年收到了几件信息公开申请？").text.splitlines()[0]


def test_a_place_asked_by_its_listed_short_form_bare_or_romanised(tmp_path):
    p = pipeline_over(tmp_path, {
        "kazuo-2025": "喀喇沁左翼蒙古族自治县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年组织召开县政府新闻发布会9期。\n",
        "pingchang-2025": "平昌县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年组织召开县政府新闻发布会5期。\n"})
    for q in ("喀左2025年开了几期新闻发布会？", "How many press conferences did Kazuo hold in 2025?",
              "How many press conferences did Harqin Left Wing Mongol Autonomous County hold in 2025?"):
        a = p.ask(q)
        assert "9" in a.text.splitlines()[0] and "平昌" not in a.text and {c.report_id for c in a.citations} == {"kazuo-2025"}, (q, a.text)


def test_a_figure_from_the_next_sentence_and_the_reports_that_do_not_mention_it(tmp_path):
    p = pipeline_over(tmp_path, {
        "longde-2024": "隆德县教育局2024年政府信息公开工作年度报告\n一、总体情况\n维护“义务教育”公开专栏，主动公开招生信息等工作信息 30 条；"
                       "加强政府门户网站“义务教育”专栏管理，及时更新政府信息公开指南。举办政府开放日活动1次。\n",
        "xiji-2024": "西吉县教育局2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息50条。\n",
        "haiyuan-2024": "海原县教育局2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息40条。\n"})
    a = p.ask('How many items did the Longde education bureau post in the "compulsory education" column on the county portal in 2024?')
    assert "30" in a.text.splitlines()[0] and not a.refused, a.text
    a = p.ask("这些年报里，哪几个县的教育局办过“政府开放日”活动？")
    first, rest = a.text.splitlines()[0], a.text.splitlines()[-1]
    assert "隆德县" in first and "西吉县" in rest and "海原县" in rest, a.text
    # the table's items listed are counted in 项, not the decisions taken under them
    from index.template import ASKED_COLUMNS
    import re
    assert any(c == "上一年项目数量" and re.search(p_, "表里列的行政处罚事项有多少项") for p_, c in ASKED_COLUMNS)


def test_a_sum_of_money_asked_is_never_a_count_of_applications(tmp_path):
    p = pipeline_over(tmp_path, {
        "huadong-2024": "花都区花东镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，共收到政府信息公开申请13件，办结13件。"
                        "积极配合市、区办理依申请公开意见征询9件。\n",
        **FILLER})
    a = p.ask("花都区花东镇2024年办理信息公开申请收了多少费用？")
    first = a.text.splitlines()[0]
    assert a.refused and "13" not in first and "9" not in first, a.text


def test_key_areas_asked_in_english_and_a_reports_own_problems(tmp_path):
    p = pipeline_over(tmp_path, {
        "anding-2025": "平江县安定镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年累计公开信息189条，其中业务信息99条"
                       "（社会救助24条、乡村振兴32条、涉农补贴21条），新公开10个重大建设项目。\n"
                       "二、存在的主要问题及改进情况\n（一）存在的问题\n一是信息更新不够及时。二是解读形式单一，质量不高。\n",
        **FILLER})
    first = _first_lines(p)
    assert "24" in first("How many social-assistance items did Anding Town in Pingjiang County disclose in 2025?")
    assert "21" in first("How many items on agricultural subsidies did Anding Town in Pingjiang County publish in 2025?")
    assert "10" in first("How many major construction projects did Anding Town in Pingjiang County make public in 2025?")
    lead = first("平江县安定镇2025年在年报里自己承认有哪些不足？")
    assert "信息更新不够及时" in lead and "质量不高" in lead, lead


def test_a_stated_total_is_never_summed_with_its_parts(tmp_path):
    p = pipeline_over(tmp_path, {
        "yuecheng-2015": "越城区经济和信息化局2015年政府信息公开工作年度报告\n三、咨询处理情况\n本局2015年共接受群众咨询45次，其中电话咨询21次，"
                         "当面咨询24次，网上咨询0次。\n",
        **FILLER})
    first = _first_lines(p)
    for q in ("越城区经信局2015年一共接待了多少次群众咨询？", "How many consultations did the Yuecheng economy and IT bureau handle in 2015?"):
        lead = first(q)
        assert "45" in lead and "90" not in lead, (q, lead)


def test_who_takes_the_last_step_of_a_review(tmp_path):
    p = pipeline_over(tmp_path, {
        "pingchang-2024": "平昌县教育局2024年政府信息公开工作年度报告\n三、政府信息管理\n我局落实信息发布“三审”制度，按照股室负责人初审、"
                          "局分管领导审核、局主要领导核发的程序进行发布。\n",
        "longde-2024": "隆德县教育局2024年政府信息公开工作年度报告\n三、政府信息管理\n科室负责人进行二审；局办公室最终把关，核查信息无误后发布。\n"})
    first = _first_lines(p)
    assert "局主要领导" in first("平昌县教育局的信息发布要经过三审，最后一关是谁签发？")
    assert "局办公室" in first("隆德县教育局发信息前要层层审核，最后一道是谁把关？")
