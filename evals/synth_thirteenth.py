"""The thirteenth phrase bank: the held-out ruler for the change to the prose-fact and metadata
readers made after the twelfth bank.

DO NOT READ THIS FILE, OR WHAT ``--bank thirteenth`` GENERATES, WHILE TUNING THE READERS. It is
scored once, after that change; reading it first makes it one more development set.

How it was written: without reading the readers (index/textfacts.py, textchannels.py, textzeros.py,
contacts.py, factkinds.py, meta.py, title.py, store.py) or any other bank's file but
``evals/synth_bank.py`` (the template language, ``DEV`` and ``Bank``), and without benchmarking any
bank. The variety was learnt from about thirty-five published report pages read through the
``search`` tool (18 provinces, 2017–2025: Shanghai, Chongqing, Sichuan, Zhejiang, Hubei, Jiangxi,
Shaanxi, Guangdong, Jiangsu, Fujian, Jilin, Liaoning, Henan, Anhui, Hebei, Shandong, Guangxi,
Gansu; county and city governments, townships, education, health, natural resources and
agriculture bodies). Every sentence is this bank's own; no report text is copied.

What it leans on: contact details in many orders and dresses (办公地址/通讯地址/联系地址 or an
address with no cue at all, 邮政编码/邮编 with or without a colon, 联系电话/咨询电话/电话, 传真 with
its area code dashed or bracketed, 电子邮箱/邮箱/E-mail), inside brackets after 如对本报告有疑问 or
有异议, in one run-on line, and as a footer-like block of lines; applications 接收/登记/受理/收到
with 件次, Chinese numerals and full-width digits; handled counts as 答复办结; review counts as 件,
起 and 宗 with a figure right after its noun; press events as 新闻发布会, 发布会 and 新闻通气会, with
Chinese-numeral counts; followers as 粉丝量 … 个 and 关注用户; noughts worded anew (未接收到任何渠道
提交的申请, 登记依申请公开0件, 受理量和办结量均为零, 没有收到一件, 复议诉讼都是零, “行政诉讼：无”,
没有召开专题新闻发布会); distractor figures (percentages, differences, counts of topics, of
working days, of petitions) inside fact sentences.
"""

from __future__ import annotations

from evals.synth_bank import Bank

THIRTEENTH = Bank(
    name="thirteenth",
    disclosed=(
        "{year}年度，{we}对外主动公开政府信息合计{total}条，其中{site}刊发{web}条，“{acct}”公众号推文{wechat}篇。",
        "[x]从公开载体看，{site}全年更新信息{web}条（含规范性文件{x}件），“{acct}”公众号编发推文{wechat}篇。",
        "截至{year}年12月31日，{ref}在各平台主动公开的信息总量为{total}条。",
        "[x]{we}全年新增主动公开信息{total}条，较上年增长{x}%，公开质量稳步提升。",
        "全年主动公开信息约{total_plain}条，主要集中在工作动态、通知公告和财政资金等栏目。",
        "“{acct}”视频号本年度上线短视频{video}条，{site}同步更新信息{web}条。",
        "主动公开方面：全年合计{total}条，其中门户网站{web}条、微信公众号{wechat}条。",
        "{we}本年度在{site}的信息公开专栏主动公开信息{web_fw}条。",
    ),
    newmedia=(
        "“{acct}”公众号截至年末粉丝量达{fwx}个，较年初有所增长。",
        "[x]官方微博“{acct}”全年编发博文{weibo}条，单条最高阅读量超过{x}万次。",
        "“{acct}”抖音号全年发布短视频{video}条，关注用户{fvid}人。",
        "政务微博现有粉丝{fwb}人，年内累计发布信息{weibo}条。",
        "微信公众号关注人数为{fwx}人，{year}年推送图文消息{wechat}篇。",
        "视频号“{acct}”的累计粉丝已有{fvid}人。",
    ),
    interp=(
        "[x]围绕{x}项重点工作，{we}全年制发政策解读{interp}篇。",
        "{we}本年度共举行新闻发布会{press}次，配套发布解读文章{interp}篇。",
        "[press=0]全年未举办新闻发布会，通过网站和公众号发布政策解读{interp_zh}篇。",
        "[press=0]{year}年{we}没有召开专题新闻发布会，政策解读以图文形式为主。",
        "[x]全年举办新闻发布会{press_cn}场，接受媒体采访{x}次。",
        "政策解读方面：{year}年解读文件{interp}件，召开新闻通气会{press}次。",
        "{ref}全年举办发布会{press}场，围绕重点工作答记者问。",
    ),
    applications=(
        "{year}年度{we}共接收政府信息公开申请{recv}件，已答复办结{hand}件。",
        "本年度受理依申请公开{recv}件次，均在规定时限内作出答复。",
        "[x]全年新收政府信息公开申请{recv}件，较上年减少{x}件。",
        "{year}年，{we}收到公民、法人和其他组织提出的信息公开申请{recv_zh}件，办结{hand_zh}件。",
        "依申请公开：本年新收申请{recv}件，上年结转0件，办结{hand}件。",
        "全年通过网上平台和信函渠道受理政府信息公开申请{recv_fw}件。",
        "[x]{ref}依法登记信息公开申请{recv}件，平均答复用时{x}个工作日。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}未接收到任何渠道提交的政府信息公开申请。",
        "[recv=0]本年度无公民、法人或其他组织提出政府信息公开申请，依申请公开栏目无相关数据。",
        "[recv=0]依申请公开方面，{year}年登记依申请公开0件。",
        "[recv=0,hand=0]全年依申请公开的受理量和办结量均为零。",
        "[recv=0]翻看全年登记台账，{we}没有收到一件政府信息公开申请。",
    ),
    review=(
        "全年涉及政府信息公开的行政复议{recon}件，行政诉讼{litig}件，均未被纠错。",
        "行政复议、行政诉讼情况：复议{recon}起，诉讼{litig}起。",
        "[x]针对{we}政府信息公开行为的行政复议案件{recon}宗、行政诉讼案件{litig}宗，另有信访件{x}件。",
        "{we}作为被申请人的信息公开类行政复议{recon}件，作为被告的行政诉讼{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年{we}未因政府信息公开工作被申请行政复议，也未被提起行政诉讼。",
        "[recon=0,litig=0]政府信息公开引发的行政复议、行政诉讼，本年度都是零。",
        "[recon=0,litig=0]涉及政府信息公开的行政复议和行政诉讼：无。",
        "[recon=0,litig=0]全年没有出现针对本机关信息公开行为的行政复议或行政诉讼。",
    ),
    distractors=(
        "[x]全年通过12345热线和领导信箱答复群众咨询{x}件。",
        "[x]组织政务公开专题培训{x}场次，参训人员覆盖各股室。",
        "[x]更新完善主动公开基本目录事项{x}项。",
        "[x]在便民服务大厅设置政务公开专区{x}处，配备自助查询终端。",
        "[x]开展政府开放日活动{x}次，邀请群众代表走进机关。",
        "[x]清理现行有效行政规范性文件{x}件，逐件标注效力状态。",
    ),
    contact=(
        "如对本报告有疑问，可与{agency}办公室联系（办公地址：{addr}；邮政编码：{post}；联系电话：{phone}；电子邮箱：{email}）。",
        "如需进一步了解相关信息，请联系{agency}，通讯地址：{addr}，邮编{post}，电话{phone_dash}。",
        "联系方式——地址：{addr}　邮编：{post}　联系人：{person}　咨询电话：{phone}　传真：{fax}",
        "{agency}政务公开工作联系电话：{phone_paren}，传真：{fax_paren}，E-mail：{email}。",
        "本报告如有异议，请致函{agency}（{addr}，{post}），或拨打{phone}、发送邮件至{email}。",
        "联系地址：{addr}\n邮政编码：{post}\n联系电话：{phone}\n传真：{fax}",
        "咨询电话：{phone}；邮箱：{email}；地址：{addr}。",
        "如对本报告有疑问，请与{agency}联系。联系电话：{phone_dash}；传真：{fax_dash}；电子邮箱：{email}。",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》第五十条的规定，{agency}编制了{year}年度政府信息公开工作年度报告。"
        "报告所涉数据的统计时段为{year}年1月1日至{year}年12月31日。",
        "本年报由总体情况等六个部分构成，统计期限自{year}年1月1日起至当年12月31日止，"
        "电子版可在{site}“政府信息公开年报”栏目查阅和下载。",
        "按照上级政务公开主管部门关于编报年度报告的要求，现向社会公布{agency}{year}年政府信息公开工作情况，"
        "所列数据截至{year}年12月31日。",
    ),
    filler=(
        "{we}把政务公开列入党组会议定期研究的事项，主要负责同志亲自过问，分管负责同志具体抓。",
        "落实“三审三校”要求，信息员起草、科室负责人审核、分管领导签发，一条信息三道关。",
        "按季度梳理主动公开基本目录，对栏目空白、更新滞后的情况逐项销号整改。",
        "对拟公开文件逐件确定公开属性，不公开的说明理由并报办公室备案。",
        "在办事大厅设置政务公开查阅点，提供纸质资料和电子查询两种方式。",
        "主动公开的政府信息按月向档案馆移交纸质和电子文本，方便群众查阅。",
        "围绕入学报名、学生资助和教师招聘等热点，提前发布办事指南和时间安排。",
        "将政务新媒体纳入统一管理，落实内容审核、值班值守和应急处置制度。",
        "对群众留言做到当日受理、限时回复，回复内容同步在网上公开。",
        "定期开展网站和新媒体自查，发现错链、断链和过期信息即时处理。",
        "按照上级要求报送政务公开季度统计，年内接受第三方评估并对照问题整改。",
    ),
    problems=(
        "回顾一年的工作，仍有信息更新不够及时、解读方式偏于文字等短板。下一步，{we}将把政务公开培训"
        "纳入年度学习计划，用图解、短视频等形式做好解读，确保信息发布准确及时。",
        "主要不足：兼职信息员变动较多，业务衔接不够顺畅。改进办法：建立岗位交接清单，每半年组织一次业务轮训。",
    ),
    other=(
        "本年度{we}未收取任何信息处理费，亦无其他需要报告的事项。",
        "依据《政府信息公开信息处理费管理办法》，{year}年未发生收费情形。其他事项：无。",
    ),
    sub_headings=(
        ("（一）主动公开政府信息", "（二）依申请公开政府信息", "（三）政府信息的管理", "（四）公开平台建设",
         "（五）监督和保障"),
        ("1.主动公开情况", "2.依申请公开情况", "3.政府信息管理情况", "4.政府信息公开平台建设情况", "5.监督保障情况"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作年度报告", "{agency}{year}年政府信息公开工作年度报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告",),
        "level_only": ("{level_body}{year}年度政府信息公开年度报告",),
        "year_first": ("{year}年度{agency}政府信息公开工作年度报告",),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告",),
        "spaced": ("{agency}　{year}年\n政府信息公开工作年度报告",),
        "about": ("{agency}关于{year}年政府信息公开工作情况的年度报告",),
        "none": (),
    },
    nav=(
        "首页 ｜ 走进{short} ｜ 政务公开 ｜ 政务服务 ｜ 互动交流",
        "简体 | 繁体 | 无障碍阅读 | 网站支持IPv6",
        "设为首页  加入收藏  联系我们",
        "点击接收年报语音朗读",
    ),
    crumbs=(
        "当前位置：首页 > 政务公开 > 政府信息公开年报",
        "当前位置：网站首页 >> 信息公开 >> {ref_full} >> 年度报告",
    ),
    meta=(
        "发布日期：{date}    点击数：    【字号：大 中 小】",
        "发文单位：{src}  时间：{date}  【打印】【关闭】",
    ),
    footer=(
        "网站主办：{county}人民政府办公室\n{icp}　网站标识码：{code}",
        "主办：{county}人民政府 ｜ {icp} ｜ 标识码：{code}\n技术支持：{county}融媒体中心",
    ),
    table_missing=("", "（统计表以图片形式附后）", "（本部分以表格形式报告，表格略）"),
)
