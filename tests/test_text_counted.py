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
    # An account named once with its channel stands for it by its name alone; the body's name is no account.
    ("通过“某某教育”官方微信公众号发布通知。截至年底，某某教育粉丝量为12345，全年共发布文章250篇。",
     {"followers.wechat": 12345, "disclosed.wechat": 250}),
    ("“某某教育”公众号运营良好。某某教育局全年主动公开信息80条。", {"disclosed.total": 80}),
    # …or a bare count right after 收到…申请, the next list item glued on where the page lost its line break.
    ("二是依申请公开方面。本年度共收到依申请公开事项0三是政府信息管理方面。", {"applications.received": 0}),
    ("本年度受理政府信息公开申请12。", {"applications.received": 12}),
    # 上线 puts a video online; original and reposted posts together are all of them, originals alone a part.
    ("“某某教育”抖音号全年上线作品26部。", {"disclosed.video": 26}),
    ("“某某教育”公众号全年原创及转载推文合计640篇，其中原创推文200篇。", {"disclosed.wechat": 640}),
    ("“某某教育”公众号全年发布原创推文200篇。", {}),
    # A clause that opens on the counted thing names the topic of a bare count in the next one.
    ("新闻发布会方面，本局年内召开2场。", {"press_conferences": 2}),
    ("政策解读以图解和问答形式为主，共计14篇。", {"interpretations": 14}),
    ("政策解读工作稳步推进，组织培训3次。", {}),
    ("政策解读方面，全年共发布11篇。", {"interpretations": 11}),
    # A counted thing named as the subject of the publishing verb is what the figure counts.
    ("本局政策解读类信息全年共发布17篇，均在门户网站公开。", {"interpretations": 17}),
    # 推介 is one more verb of publishing on a channel.
    ("依托“某某教育”微信公众号，年内推介政务动态148条。", {"disclosed.wechat": 148}),
    ("政策解读方面，全年共发布信息11篇。", {"disclosed.total": 11}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counted_thing_and_listed_kinds(text, expected):
    assert facts(text) == expected


# Broadened mechanisms (each caught by its structure, not one phrasing). Our own sentences.
BROADENED = [
    # An address known by its shape beside another contact detail, with no cue word of its own.
    ("某县文体局（某县东城街道光明大道96号）  联系电话：0311-5550123",
     {"contact.address": "某县东城街道光明大道96号", "contact.phone": "0311-5550123"}),
    ("咨询电话：0311-5550123，某县南门巷12号3楼。",
     {"contact.phone": "0311-5550123", "contact.address": "某县南门巷12号3楼"}),
    # …but a street address far from any contact detail is a school's or a project's, not the body's.
    ("新建校舍位于某县光明大道96号，年内竣工。" + "工作稳步推进。" * 10 + "联系电话：0311-5550123",
     {"contact.phone": "0311-5550123"}),
    # A fax after the verb it names, or its Latin cue.
    ("材料可传真至0311-5550124，或致电0311-5550123。", {"contact.fax": "0311-5550124", "contact.phone": "0311-5550123"}),
    ("Fax: 0311-5550124", {"contact.fax": "0311-5550124"}),
    # A review nought: the negation may name who would have applied, or stand alone in the next clause.
    ("本年度未出现申请人对本机关答复不服而申请行政复议或提起行政诉讼的情形。",
     {"review.reconsideration": 0, "review.litigation": 0}),
    ("因政府信息公开引起的行政复议和行政诉讼，全年均未发生。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("涉及行政执法的行政复议，全年均未发生。", {}),
    # …or after the cue's own verb (在/位于), and an address cut at the next cue leaves no bracket open.
    ("办公地址位于某县新华路8号。", {"contact.address": "某县新华路8号"}),
    ("通讯地址：某县新华路8号（邮编：050000）", {"contact.address": "某县新华路8号", "contact.postcode": "050000"}),
    ("地址在某县新华路8号，联系电话：0311-5550123。", {"contact.address": "某县新华路8号", "contact.phone": "0311-5550123"}),
    # A bare 没有 ending the clause that names the reviews is a nought.
    ("关于行政复议和行政诉讼：本年度没有。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("对行政复议决定没有异议。", {}),
    # …and so is a quoted nought closing it (“零发生”, “双零”), not a nought of something else (“零”差错).
    ("全年实现政府信息公开行政复议、行政诉讼“零发生”。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("行政复议、行政诉讼案件数量实现“双零”。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("行政复议工作实现“零”差错。", {}),
    # A cue spaced out to align a contact block is still its cue.
    ("地　　址：某县新华路8号  邮　　编：050000  电　　话：0311-5550123  传 真：0311-5550124",
     {"contact.address": "某县新华路8号", "contact.postcode": "050000", "contact.phone": "0311-5550123",
      "contact.fax": "0311-5550124"}),
    # Video channels by any of their names; applications nought said as a quantity (申请量).
    ("“某某教育”B站账号发布视频9条。", {"disclosed.video": 9}),
    ("在哔哩哔哩平台上传视频14个。", {"disclosed.video": 14}),
    ("全年信息公开申请量为零。", {"applications.received": 0}),
    # Channel verbs that put items online: 上线 on a site, 投放 on a video account.
    ("全年向某县人民政府网报送并上线各类信息77条。", {"disclosed.website": 77}),
    ("“某某体育”抖音账号年内投放视频19条。", {"disclosed.video": 19}),
    # …not 报送 alone: items sent to other bodies are submitted, not published.
    ("向市教育局、县门户网站报送并被采用信息30条。", {}),
    # All who may apply, named together, are no breakdown by applicant.
    ("全年公民、法人或者其他组织向本局申请公开政府信息共8件。", {"applications.received": 8}),
    ("其中法人申请政府信息公开3件。", {}),
    # The site's owner is part of the channel's name in a breakdown after 其中.
    ("主动公开信息共900条（其中某县人民政府网400条、“某某教育”公众号500条）。",
     {"disclosed.total": 900, "disclosed.website": 400, "disclosed.wechat": 500}),
    # 新增 on a channel named in the clause before; 推出 on a video account; 收悉 an application.
    ("在某县政府门户网站教育专栏，本局年内新增信息75条。", {"disclosed.website": 75}),
    ("“某某教育”抖音号全年推出短视频18个。", {"disclosed.video": 18}),
    ("本年度共收悉政府信息公开申请6件。", {"applications.received": 6}),
    ("本局年内未收悉任何政府信息公开申请。", {"applications.received": 0}),
    # A nought after the cues, past a comma and a year.
    ("与本局信息公开有关的行政复议、行政诉讼，2022年度均为零。", {"review.reconsideration": 0, "review.litigation": 0}),
    # A clause that ends on the counted thing gives a bare count its kind; a manner is bare.
    ("对本年出台的规范性文件同步配发解读，共9篇。", {"interpretations": 9}),
    ("新闻发布会方面，通过线上直播形式举办3场。", {"press_conferences": 3}),
    # 分别 hands the later figures the first one's cue too.
    ("两个微信公众号和政务微博年末关注人数分别为5100人和800人。", {"followers.wechat": 5100, "followers.weibo": 800}),
    # A count of followers ending its clause needs no counter word; a year or a change is no count.
    ("截至年底，“某某教育”公众号关注量为31250。", {"followers.wechat": 31250}),
    ("“某某教育”公众号粉丝量为2019年的两倍。", {}),
    # A channel listed with an umbrella word adds channels: a total; "公众号等新媒体" is the account.
    ("年内依托政府网站和各类政务新媒体发布信息640条。", {"disclosed.total": 640}),
    ("年内依托“某某发布”公众号等新媒体发布信息640条。", {"disclosed.wechat": 640}),
    # The figure first, the channel and the verb after it; followers counted before their account.
    ("共有212条信息经县政府信息公开平台发布，97篇文章经“某某教育”公众号推送。",
     {"disclosed.website": 212, "disclosed.wechat": 97}),
    ("目前已有3021名群众关注了“某某教育”微信公众号。", {"followers.wechat": 3021}),
    ("5条信息在网站首页被置顶。", {}),
    # The noun heading its own phrase, a time after it, then the nought.
    ("依申请公开方面：2024年受理件数为零。", {"applications.received": 0}),
    # An application count ending its clause needs no counter word either.
    ("全年依申请公开办件量为7。", {"applications.received": 7}),
    ("信息公开申请受理数量为0，与上年持平。", {"applications.received": 0}),
    # Nobody applied, with 申请 as the verb; a nought followed by its counter word.
    ("本年度没有公民、法人或者其他组织向本局申请公开政府信息。", {"applications.received": 0}),
    ("涉及本机关的行政复议和行政诉讼案件均为零件。", {"review.reconsideration": 0, "review.litigation": 0}),
    # 零 before the thing counted; "：无" after it; 起 counts applications too.
    ("本局全年零申请。", {"applications.received": 0}),
    ("全年实现零复议、零诉讼。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("依申请公开政府信息的件数：无。", {"applications.received": 0}),
    ("本年度共收到政府信息公开申请3起。", {"applications.received": 3}),
    # A modifier between the negated verb and its thing.
    ("全年未召开专题新闻发布会。", {"press_conferences": 0}),
    # The figure first: the year's total with the verb of proactive disclosure and no channel; a
    # part of the applications its verb follows.
    ("共有640条政府信息于2023年由本局主动向社会公开。", {"disclosed.total": 640}),
    ("本局全年收悉政府信息公开申请9件，其中8件已按期办结。", {"applications.received": 9, "applications.handled": 8}),
    # Briefings held in place of a press conference count as press conferences; 未产生 a nought.
    ("全年举行政策吹风会两次，均由分管负责人出席。", {"press_conferences": 2}),
    ("本年度未产生政府信息公开申请。", {"applications.received": 0}),
    # After a topic clause, who, when and the kind of case may stand before the nought.
    ("行政复议和行政诉讼方面，本局本年度信息公开类案件均为零。", {"review.reconsideration": 0, "review.litigation": 0}),
    # A counter before a span of time counts days, not things; a catalogue's entries are no items.
    ("本局登记信息公开申请6件，平均答复用时9个工作日。", {"applications.received": 6}),
    ("年内更新主动公开基本目录事项27项。", {}),
    # Proactive disclosure as the topic of a bare total; one nought for two counts named together.
    ("主动公开方面：全年合计410条。", {"disclosed.total": 410}),
    ("全年依申请公开的受理量和办结量均为零。", {"applications.received": 0, "applications.handled": 0}),
    # Two verbs listed before their noun share one nought; 新闻发布 counted in 场 is a press event.
    ("本局全年受理、办结信息公开申请均为零。", {"applications.received": 0, "applications.handled": 0}),
    ("年内组织新闻发布3场。", {"press_conferences": 3}),
    # A nought after a colon, and after 件数 past a comma.
    ("信息公开行政复议和行政诉讼案件数：零。", {"review.reconsideration": 0, "review.litigation": 0}),
    ("涉及本局的行政复议、行政诉讼，本年件数都为零。", {"review.reconsideration": 0, "review.litigation": 0}),
    # The level a change reached is the thing's own figure.
    ("同上年比，本年度主动公开数量增加40条，达到510条。", {"disclosed.total": 510}),
    # A list with the new media in it sums the body's channels.
    ("本局通过政府网站、政务新媒体和信息公开栏主动公开信息720条。", {"disclosed.total": 720}),
    # The year's proactive disclosure as a whole after each channel's own figure is the total.
    ("本局在政府网站发布信息90条，在“某某发布”公众号推送60篇，全年共主动公开政府信息150条。",
     {"disclosed.website": 90, "disclosed.wechat": 60, "disclosed.total": 150}),
]


@pytest.mark.parametrize("text,expected", BROADENED)
def test_broadened_mechanisms(text, expected):
    assert facts(text) == expected


def test_a_running_total_since_a_year_is_the_texts_not_the_years(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"ninghua-2020": (
        "宁化县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，全县主动公开政府信息1320条。"
        "全县2008年以来累计主动公开共计21480条。\n")})
    for q in ("According to Ninghua County's 2020 report, how many items had the county proactively disclosed in total since 2008?",
              "宁化县2020年的报告说，2008年以来全县累计主动公开了多少条政府信息？"):
        first = p.ask(q).text.splitlines()[0]
        assert "21480" in first, (q, first)
    # the year's own figure is still the year's
    assert "1320" in p.ask("宁化县2020年主动公开了多少条政府信息？").text.splitlines()[0]


@pytest.mark.parametrize("text, received", [
    # another thing's name between 申请 and the figure counts that thing, never applications
    ("2023年，规范政府信息公开申请处理文书格式模板19个，完善了依申请公开工作流程。", None),
    ("现将主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面的情况报告如下。", None),
    ("本年度依申请公开转主动公开文件1件。", None),
    # …while the counted thing named right before it, or with only its own words between, is counted
    ("2023年，今年共处理依申请公开案件5件。", 5),
    ("2023年，依申请公开政务信息数3件。", 3),
    ("2023年，网上申请、信件邮寄等形式的依申请公开件共12件。", 12),
])
def test_the_applications_noun_counts_only_what_it_heads(text, received):
    assert facts(text).get("applications.received") == received
