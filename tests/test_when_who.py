"""Who compiled a report, when it was signed, since when it has done a thing, which phone line it names: answered
from its own words (invented pages, real places)."""

from __future__ import annotations

import pytest

from test_embed_stage import pipeline_over

# a report of another county beside each page: one report alone would be the answer to anything
FILLER = {"filler-2017": "平昌县民政局2017年政府信息公开工作年度报告\n一、概述\n全年公开信息20条。\n"}


def test_who_compiled_the_report_is_answered_from_its_own_words(tmp_path):
    # the maker the report names (an office of the body) after the body itself, quoted
    p = pipeline_over(tmp_path, {
        "longde-2016": "隆德县人民政府2016年政府信息公开工作年度报告\n本报告根据条例要求，由隆德县人民政府信息公开办编制。\n"
                       "一、概述\n全年公开信息300条。\n",
        "xiji-2016": "西吉县人民政府2016年政府信息公开工作年度报告\n一、概述\n全年公开信息20条。\n"})
    for q in ("隆德县2016年的年度报告是由哪个机构编制的？", "Who compiled Longde County's 2016 annual report?"):
        a = p.ask(q)
        assert "隆德县人民政府信息公开办" in a.text and not a.refused
        assert any("信息公开办编制" in c.quote for c in a.citations)


def test_the_date_a_report_is_signed_with_is_its_closing_date_line(tmp_path):
    p = pipeline_over(tmp_path, {
        "longde-2013": "隆德县文化局2013年政府信息公开工作年度报告\n一、概述\n全年公开信息30条。\n隆德县文化局\n2014年3月20日\n",
        "xiji-2013": "西吉县文化局2013年政府信息公开工作年度报告\n发布日期：2014-02-11\n一、概述\n全年公开信息20条。\n"})
    a = p.ask("隆德县文化局2013年年报的落款日期是哪天？")
    assert "2014年3月20日" in a.text.splitlines()[0] and a.citations[0].quote == "2014年3月20日"
    assert "2014-02-11" in p.ask("When was Xiji County's 2013 report published?").text




@pytest.mark.parametrize("key, page, question, phrases", [
    # 北京 only says where 东城区 lies; 时候/是从 are the asking, not words to find
    ("dongcheng-2017", "北京市东城区交道口街道办事处2017年政府信息公开工作年度报告\n一、概述\n根据条例要求，自2009年3月1日起"
     "我街道开始开展政府信息公开工作。全年公开信息80条。\n",
     "北京东城区交道口街道是从什么时候开始开展政府信息公开工作的？", ("2009年3月1日",)),
    # two questions in one message, each answered
    ("guangshan-2015", "光山县人民政府2015年政府信息公开工作年度报告\n本报告由光山县人民政府办公室编制。如对本报告有疑问，请联系"
     "县政府办公室信息室，电话0376-8000001。\n一、概述\n全年公开信息300条。\n",
     "光山县2015年年度报告由哪个单位编制？对报告有疑问打什么电话？", ("光山县人民政府办公室", "0376-8000001")),
    # which day, in everyday words (几月几号, 那场) and as 哪一天
    ("haiyuan-2024", "海原县教育体育局2024年政府信息公开工作年度报告\n一、总体情况\n2024 年 9 月 20 日，我局组织开展了“政府开放日”"
     "活动，邀请家长代表走进校园。全年公开信息50条。\n", "海原县教育局2024年那场“政府开放日”是几月几号搞的？", ("9 月 20 日",)),
    ("yanchi-2020", "盐池县教育体育局2020年政府信息公开工作年度报告\n一、总体情况\n三是办理工单17件，11月6日邀请25名代表参加"
     "“走进盐池教育”“政府开放日”活动，保障群众知情权。\n全年公开信息42条，其中政府开放日1条。\n",
     "盐池县2020年的政府开放日是哪一天办的？", ("11月6日",)),
    # where a group's office sits is the body it is set up in, not the contact line's address
    ("liangqing-2020", "良庆区人民政府2020年政府信息公开工作年度报告\n一、总体情况\n区政务公开领导小组下设办公室，领导小组办公室设在区行政审批局，"
     "配备专职人员1名。\n如有疑问，请与区政务公开领导小组办公室联系（地址：南宁市玉洞大道1号）。\n",
     "良庆区2020年的政务公开领导小组办公室设在哪里？", ("区行政审批局",)),
    # what rules a place made, asked with the table row's English word (rules: 规章): their names in the text
    ("dongning-2019", "东宁市人民政府2019年政府信息公开工作年度报告\n一、总体情况\n全年公开信息500条。制定《东宁市政府信息依申请公开"
     "办法》等制度，规范公开工作。\n", "What rules on disclosure did Dongning City formulate according to its 2019 report?",
     ("东宁市政府信息依申请公开办法",)),
    # the number of the notice the report was written by, its issuer named (人民政府办公厅 one word, 文号 a number in 〔〕)
    ("dali-2015", "大理市人民政府2015年政府信息公开工作年度报告\n根据《云南省人民政府办公厅关于开展2015年全省政府信息公开落实情况"
     "检查工作的通知》（云政办函〔2016〕12号）和《大理白族自治州人民政府办公室关于开展2015年全州政府信息公开落实情况检查工作的"
     "通知》文件要求，现将我市政府信息公开工作情况报告如下。\n一、概述\n全年公开信息900条。\n",
     "大理市2015年的年度报告是根据云南省人民政府办公厅哪个文号的通知编写的？", ("云政办函〔2016〕12号",)),
    # the unit a piece of work is given to, by any verb of carrying it out (由局办公室具体推行落实)
    ("jiashan-2017", "嘉善县人力资源和社会保障局2017年政府信息公开工作年度报告\n一、概述\n政府信息公开工作由局综合科具体推行落实，"
     "各科室协同配合。全年公开信息90条。\n", "嘉善县人社局的政府信息公开工作具体由哪个部门推行落实？", ("局综合科",)),
    # where the office is, asked in English: the contact line's address
    ("naxi-2017", "纳溪区交通运输局2017年政府信息公开工作年度报告\n如有疑问请与纳溪区交通运输局办公室联系（地址：泸州市纳溪区"
     "安富街道88号，电话：0830-4280000）。\n一、概述\n全年公开信息70条。\n",
     "Where is the office of the Naxi District transport bureau, according to its 2017 report?", ("安富街道88号",)),
    # a platform named unquoted, no channel word in it: which platform is its name
    ("wuqiao-2021", "吴桥县教育局2021年政府信息公开工作年度报告\n一、总体情况\n我局及时修订政府信息公开指南，"
     "并通过吴桥县政务信息公开统一平台按时发布各类信息，方便群众查询。全年公开信息60条。\n",
     "吴桥县教育局2021年通过哪个平台发布信息？", ("吴桥县政务信息公开统一平台",)),
])
def test_what_the_text_states_is_answered_with_it(tmp_path, key, page, question, phrases):
    a = pipeline_over(tmp_path, {key: page, **FILLER}).ask(question)
    assert all(x in a.text for x in phrases) and not a.refused

def test_a_phone_asked_by_its_lines_name_is_that_lines_number(tmp_path):
    p = pipeline_over(tmp_path, {
        "hongta-2017": "红塔区教育局2017年政府信息公开工作年度报告\n如对本报告有疑问，请与红塔区教育局联系。地址：东风中路9号；"
                       "电话：0877-2000001。监督电话：0877-6000002。\n一、概述\n全年公开信息30条。\n",
        **FILLER})
    for q in ("红塔区教育局2017年报告的监督电话是多少？", "What supervision hotline number does the Hongta District education bureau's 2017 report give?"):
        a = p.ask(q)
        assert "6000002" in a.text.splitlines()[0] and "2000001" not in a.text
    assert "2000001" in p.ask("红塔区教育局2017年的联系电话是多少？").text.splitlines()[0]




def test_an_english_verb_in_any_form_reaches_its_concept():
    from rag.english import chinese_terms

    for q in ("How many did it repost?", "How many articles were reposted?", "How many reposts?"):
        assert "转发" in chinese_terms(q)


def test_the_person_to_contact_is_a_name_never_an_office():
    from index.contacts import contact_values

    people = lambda t: [v for k, v, _ in contact_values(t) if k == "contact.person"]  # noqa: E731
    assert people("如对本报告有任何疑问，请与罗春连联系，电话：0827-7286001。") == ["罗春连"]
    assert people("可与县教育局办公室联系，联系人：刘先生，电话：0951-5012345。") == ["刘先生"]
    assert people("请与办公室联系（电话：0951-5012345）。") == [] and people("请与县政府办公室联系。") == []


def test_who_to_contact_is_answered_in_either_language(tmp_path):
    p = pipeline_over(tmp_path, {
        "dongshan-2017": "通江县东山乡人民政府2017年政府信息公开工作年度报告\n如对本报告有任何疑问，请与罗春连联系，电话："
                         "0827-7286001。\n一、概述\n全年公开信息185条。\n",
        **FILLER})
    for q in ("通江县东山乡2017年年报写明的联系人是谁？", "Who is the contact person in the 2017 report of Dongshan Township, Tongjiang County?"):
        assert "罗春连" in p.ask(q).text.splitlines()[0]


def test_how_often_and_the_most_read_post_of_one_report(tmp_path):
    # 多长时间…一次 asks, it is no word to find; 阅读量最高…多少次 is one report's figure, no rank of reports
    # and no count of posts
    p = pipeline_over(tmp_path, {
        "shenchi-2023": "神池县教育科技局2023年政府信息公开工作年度报告\n一、总体情况\n每季度对各校政务公开工作进行考核。"
                        "“神池教育”公众号全年发布信息300篇，单篇阅读量最高达3万次。\n",
        **FILLER})
    assert "每季度" in p.ask("神池县教科局多长时间对各校的政务公开工作考核一次？").text
    a = p.ask("“神池教育”公众号2023年阅读量最高的一篇推文，阅读了多少次？")
    from evals.grade import numbers_in

    assert "3万" in a.text.splitlines()[0] and 300 not in numbers_in(a.text.splitlines()[0])


def test_how_many_reports_cover_a_year_counts_the_corpus(tmp_path):
    p = pipeline_over(tmp_path, {
        "a-2024": "泾源县教育体育局2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息20条。\n",
        "b-2024": "隆德县教育体育局2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息30条。\n",
        "c-2023": "西吉县教育体育局2023年政府信息公开工作年度报告\n一、总体情况\n全年公开信息40条。\n"})
    from evals.grade import numbers_in

    assert numbers_in(p.ask("Of these reports, how many cover the year 2024?").text.splitlines()[0])[:1] == [2]


def test_a_three_character_noun_asked_takes_its_own_figure(tmp_path):
    # 访问量 (visits) is the thing asked, not the 648 items the sentence names first
    p = pipeline_over(tmp_path, {
        "shenchi-2023": "神池县教育科技局2023年政府信息公开工作年度报告\n一、总体情况\n截至2023年12月31日，在局门户网站及各校园网站"
                        "发布新闻、通知、公告等信息648条，访问量达10万余次。\n",
        **FILLER})
    a = p.ask("神池县教科局2023年在门户网站和各学校网站上发的那些新闻通知，累计访问量大概有多少？")
    assert "10万" in a.text.splitlines()[0]


def test_which_account_a_report_runs_is_named_from_its_quotes(tmp_path):
    p = pipeline_over(tmp_path, {
        "yuhang-2023": "杭州市余杭区教育局2023年政府信息公开工作年度报告\n一、总体情况\n做优做强“余杭教育发布”微信公众号，全年发布"
                       "信息416条；“余杭教育”微博发布信息50条。\n",
        **FILLER})
    for q in ("余杭区教育局2023年重点运营的是哪个微信公众号？", "Which WeChat account does the Yuhang District education bureau run (2023)?"):
        first = p.ask(q).text.splitlines()[0]
        assert "余杭教育发布" in first and "“余杭教育”" not in first


def test_an_account_named_after_its_channel_word_and_asked_as_its_wechat_id(tmp_path):
    p = pipeline_over(tmp_path, {
        "gaoping-2022": "南充市高坪区白塔街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我街道官方微信"
                        "“南充市高坪区白塔街道”全年共推送信息812条。\n",
        **FILLER})
    a = p.ask("高坪区白塔街道2022年年报里的官方微信号叫什么名字？")
    assert "南充市高坪区白塔街道”" in a.text.splitlines()[0] and not a.refused
    assert any("官方微信“南充市高坪区白塔街道”" in c.quote for c in a.citations)




def test_how_applications_were_handed_in_is_the_texts_part(tmp_path):
    # the table counts new applications; the text splits them by the way they came (在线申请35件)
    p = pipeline_over(tmp_path, {
        "changzheng-2025": "上海市普陀区长征镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年新收政府信息公开申请55件"
                           "（其中信函申请20件，在线申请35件）。\n", **FILLER})
    from evals.grade import numbers_in

    for q, n in (("Of the requests Changzheng Town (Putuo District) received in 2025, how many were submitted online?", 35),
                 ("长征镇2025年收到的申请中，网上申请有多少件？", 35), ("长征镇2025年新收了多少件政府信息公开申请？", 55)):
        assert numbers_in(p.ask(q).text.splitlines()[0])[-1:] == [n]


def test_a_count_of_people_is_never_a_count_of_items_published_under_the_same_name(tmp_path):
    """"哪天办的，有多少人参加": the people the sentence invites, not the 2 items filed under the
    event's name in the list of what was published (条 is no count of people); the day in the answer."""
    p = pipeline_over(tmp_path, {
        "longde-2021": "隆德县卫生健康局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息60条，其中政策解读3条，"
                       "政府开放日2条，工作动态40条。\n组织开展“政府开放日”活动，9月12日邀请30名群众代表走进医院，听取意见建议。\n",
        **FILLER})
    for q in ("隆德县卫健局的政府开放日是哪天办的，有多少人参加", "How many people took part in Longde's government open day in 2021?"):
        a = p.ask(q)
        assert "30" in a.text.splitlines()[0] and "9月12日" in a.text and not a.refused, a.text


def test_a_part_of_a_message_that_asks_nothing_is_context_not_a_question():
    from rag.answer import asked_parts

    assert asked_parts("光山县2015年年度报告由哪个单位编制？对报告有疑问打什么电话？") == [
        "光山县2015年年度报告由哪个单位编制？", "对报告有疑问打什么电话？"]
    # an instruction or a remark after the question belongs to it: one question
    for q in ("这批年报里哪些是乡镇发的？列出它们所在的县区",
              "What's the phone number of the Xiji education bureau? I have a question about their 2024 report"):
        assert asked_parts(q) == [q]


def test_a_report_that_lacks_the_asked_contact_is_refused_whatever_remark_follows(tmp_path):
    p = pipeline_over(tmp_path, {
        "xiji-2024": "西吉县教育局2024年政府信息公开工作年度报告\n一、总体情况\n全年公开信息50条。\n",
        "longde-2024": "隆德县教育局2024年政府信息公开工作年度报告\n如对本报告有疑问，请联系隆德县教育局办公室，电话0954-6000001。\n"
                       "一、总体情况\n全年公开信息40条。\n"})
    a = p.ask("What's the phone number of the Xiji education bureau? I have a question about their 2024 disclosure report")
    assert a.refused and "6000001" not in a.text


def test_which_reports_a_kind_of_body_issued_lists_them(tmp_path):
    tail = "2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息30条，或者通过公开栏公开。\n"
    p = pipeline_over(tmp_path, {
        "a": "隆德县沙塘镇人民政府" + tail, "b": "西吉县吉强镇人民政府" + tail,
        "c": "您现在所在的位置：首页 > 年报\n泾源县民政局" + tail, "d": "彭阳县人民政府" + tail})
    for q in ("这批年报里哪些是乡镇或者街道发的？列出它们所在的县区", "哪些报告是由乡镇发布的？", "Which reports were issued by townships?"):
        a = p.ask(q)
        first = a.text.splitlines()[0]
        assert "隆德县" in first and "西吉县" in first and "泾源县" not in a.text and "彭阳县" not in a.text, (q, a.text)


def test_the_bodys_name_shortened_by_the_asker_narrows_nothing(tmp_path):
    """"…管委会办公室…通过门户网站公开了多少条信息": 管委会 is how people shorten the body's 管理委员会, no
    part of the items to look for (向管委会申请的政府信息12件 is another count)."""
    p = pipeline_over(tmp_path, {
        "longde-2023": "隆德县工业园区管理委员会办公室2023年政府信息公开工作年度报告\n一、总体情况\n2023年，通过县政府门户网站"
                       "主动公开信息500条。办公室牵头办理向管委会申请的政府信息12件，均按时答复。\n",
        **FILLER})
    a = p.ask("隆德县工业园区管委会办公室2023年通过门户网站主动公开了多少条信息")
    assert "500" in a.text.splitlines()[0] and "12" not in a.text.splitlines()[0], a.text


def test_how_many_calls_is_a_count_never_the_contact_phone(tmp_path):
    p = pipeline_over(tmp_path, {
        "guyuan-2017": "隆德县档案局2017年政府信息公开工作年度报告\n如有疑问，请与隆德县档案局办公室联系，电话：0954-6012345。\n"
                       "一、概述\n我局全年受理公民电话咨询86次，均及时答复。\n",
        **FILLER})
    for q in ("How many telephone inquiries did the Longde archives bureau answer in 2017?", "隆德县档案局2017年接了多少个咨询电话"):
        first = p.ask(q).text.splitlines()[0]
        assert "86" in first and "6012345" not in first, (q, first)
    assert "6012345" in p.ask("隆德县档案局的联系电话是多少？").text.splitlines()[0]


def test_the_people_who_took_part_are_counted_where_the_event_is_named_clauses_later(tmp_path):
    """"请了多少人参加": the 30 people of the sentence naming the open day two clauses on, not the 17
    work orders that open it (件 counts no people), nor none because 参加 has no figure after it."""
    p = pipeline_over(tmp_path, {
        "longde-2021": "隆德县卫生健康局2021年政府信息公开工作年度报告\n一、总体情况\n三是办理12345工单17件，9月12日邀请30名代表参加"
                       "“走进医院，听取意见”“政府开放日”活动，保障群众知情权。\n全年主动公开信息60条，其中政府开放日2条。\n",
        **FILLER})
    first = p.ask("隆德县卫健局政府开放日是哪天搞的，请了多少人参加").text.splitlines()[0]
    assert "30" in first and "17" not in first and "（2）" not in first, first


def test_of_several_accounts_listed_unquoted_the_one_on_the_platform_asked(tmp_path):
    p = pipeline_over(tmp_path, {
        "jianyang-2021": "眉山市丹棱县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n通过政务新媒体公开信息900条（微丹棱微博400条,"
                         "幸福丹棱微信公众号300条,丹棱文旅抖音账号200条）。\n",
        **FILLER})
    assert p.ask("丹棱县2021年年报里提到的那个抖音账号叫什么名字？").text.splitlines()[0].endswith("丹棱文旅")
    assert p.ask("丹棱县2021年年报里提到的微博账号叫什么名字？").text.splitlines()[0].endswith("微丹棱")


def test_who_leads_a_group_is_the_sentence_naming_the_person(tmp_path):
    # the contact line names the group's office, and names more of the question; the person is further down
    p = pipeline_over(tmp_path, {**FILLER, "jiangnan-2015": (
        "南宁市江南区民政局2015年政府信息公开工作年度报告\n如对本报告有疑问，请与江南区民政局政府信息公开工作领导小组办公室联系"
        "（电话：0771-4800000）。\n一、基本情况\n2015年，我局信息公开工作领导小组由韦明局长任组长，覃芳副局长任副组长。\n")})
    for q in ("Who led the information disclosure leading group of the Jiangnan District civil affairs bureau in 2015?",
              "江南区民政局2015年信息公开工作领导小组是谁当组长？"):
        first = p.ask(q).text.splitlines()[0]
        assert "韦明" in first, first


def test_a_person_asked_by_a_post_the_report_names_no_one_in(tmp_path):
    p = pipeline_over(tmp_path, {**FILLER, "xinghai-2021": (
        "兴海县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息478条，“县长信箱”共受理有效信件3件。"
        "成立了由政府常务副县长为组长的政务公开工作领导小组。\n二、其他\n2021年，县政府投入2万余元对政府网站进行升级改造。\n")})
    for q in ("兴海县2021年的县长是谁？", "兴海县2021年担任领导小组组长的常务副县长叫什么名字？",
              "Who was the mayor of Xinghai County in 2021, according to its report?"):
        a = p.ask(q)
        assert a.refused, (q, a.text)
    # a sum of money spent is a figure in 元, no count of things
    first = p.ask("In 2021, roughly how much did the Xinghai County government spend upgrading its website?").text.splitlines()[0]
    assert "20000" in first or "2万" in first, first


def test_a_work_priorities_document_asked_is_no_summary(tmp_path):
    # 工作要点 names the year's priorities document the report made, no "key points" of the report
    p = pipeline_over(tmp_path, {"lizhou-2019": "利州区退役军人事务局2019年政府信息公开工作年度报告\n一、总体情况\n我局制定了《利州区"
                                                "退役军人事务局2019年政务公开工作要点》，定期研究公开工作。全年公开信息40条。\n", **FILLER})
    a = p.ask("利州区退役军人事务局2019年为推进信息公开制定了什么工作要点？")
    assert not a.refused and "政务公开工作要点" in a.text
