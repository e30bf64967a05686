"""The fresh phrase bank of the report generator: the clean ruler for metadata and text facts.

The held-out bank (``evals/synth_heldout.py``) has been partly tuned against: the fact
extractor's authors saw its failure counts. This third bank was written after both, by someone
who had not read the parser (``index/textfacts.py``, ``index/meta.py`` …), from the variety of
published county-level reports of many provinces, years 2019–2025 and kinds of body; none of
their sentences is reproduced, and no fact sentence here is one of the other two banks'.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank fresh``, WHILE TUNING THE PARSER, and do
not change it after seeing its scores (except to fix gold that disagrees with the text). Its
template language is the one described in ``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

FRESH = Bank(
    name="fresh",
    disclosed=(
        "{year}年，{we}通过{site}和“{acct}”微信公众号等渠道累计公开信息{total}条，其中网站{web}条、公众号{wechat}条。",
        "{ref}在{site}“法定主动公开内容”栏目发布信息{web}条。",
        "“{acct}”公众号全年推文{wechat}篇，基本做到工作日更新。",
        "截至{year}年12月31日，共主动公开政府信息{total}条，全文电子化率达100%。",
        "[x]全年主动公开各类信息{total}条，其中机构职能类{x}条，其余为工作动态和通知公告。",
        "全年通过“{acct}”推送微信图文{wechat}条，在政府门户网站更新栏目信息{web}条。",
        "[x]本年度共公开政府信息{total}条，较上一年度减少{x}条。",
        "坚持应公开尽公开，{year}年度主动向社会公开政府信息{total}篇。",
        "{we}在政府网站信息公开专栏累计上传各类信息{web}篇，微信公众号“{acct}”编发信息{wechat}篇。",
    ),
    newmedia=(
        "截至年末，“{acct}”微信公众号累计关注用户{fwx}人。",
        "“{acct}”政务微博全年发博{weibo}条，现有粉丝{fwb}人。",
        "开通微信视频号“{acct}”，本年度上传短视频{video}条。",
        "抖音政务号“{acct}”发布短视频{video}条，累计获得粉丝{fvid}人。",
        "新浪微博账号“{acct}”年内发布信息{weibo}条。",
        "公众号“{acct}”订阅人数增至{fwx}人，信息传播覆盖面持续扩大。",
    ),
    interp=(
        "围绕重点工作制作图解、短视频等多种形式的政策解读{interp}件。",
        "本年度召开新闻发布会{press}次，由主要负责同志出席介绍情况。",
        "全年发布政策解读稿件{interp}篇，召开新闻发布会{press}场。",
        "年内先后{press_cn}次召开新闻发布会，通报重点工作进展。",
        "对出台的政策文件同步开展解读，累计解读{interp}次。",
    ),
    applications=(
        "本年度共收到依申请公开事项{recv}件，均在法定期限内作出答复。",
        "全年登记受理依申请公开政府信息{recv}件，截至年底已答复{hand}件。",
        "通过当面、信函和网络渠道共接收政府信息公开申请{recv}件。",
        "本年度新接收公民、法人或其他组织提出的政府信息公开申请{recv}件。",
        "{we}本年度共收到政府信息公开申请{recv}件次，其中已办结{hand}件。",
        "{year}年共受理群众提交的政府信息公开申请{recv}件，答复{hand}件。",
    ),
    applications_zero=(
        "[recv=0]本年度{we}未收到当面、信函、网络等任何形式的政府信息公开申请。",
        "[recv=0]{year}年度没有受理政府信息依申请公开事项。",
        "[recv=0]全年无依申请公开政府信息。",
    ),
    review=(
        "{year}年，针对{we}政府信息公开工作的行政复议申请{recon}件、行政诉讼案件{litig}件。",
        "因政府信息公开进入行政复议程序{recon}件，进入行政诉讼程序{litig}件。",
        "政府信息公开工作被申请行政复议{recon}次、被提起行政诉讼{litig}次。",
    ),
    review_zero=(
        "[recon=0,litig=0]本年度没有因政府信息公开被申请行政复议或者提起行政诉讼的情况。",
        "[recon=0,litig=0]政府信息公开行政复议和行政诉讼均未发生。",
        "[recon=0,litig=0]未发生针对本机关政府信息公开的行政复议、行政诉讼。",
    ),
    distractors=(
        "[x]全年办结人大代表建议和政协委员提案{x}件，满意率100%。",
        "[x]对网站检测发现的{x}条失效链接和错别字进行了整改。",
        "[x]组织信息公开专题学习{x}次，参训人员覆盖全部股室。",
        "[x]召开政务公开领导小组会议{x}次，研究部署年度重点任务。",
        "[x]全年接待现场查阅政府信息的群众{x}人次。",
        "[x]指定{x}名工作人员兼任信息员，负责信息收集和报送。",
    ),
    contact=(
        "欢迎社会各界监督。对本报告内容有疑问的，可联系{agency}（办公地址：{addr}，邮政编码：{post}，电话：{phone}，传真：{fax}）。",
        "{agency}政务公开工作联系方式——地址：{addr}；电话：{phone}；电子信箱：{email}。",
        "公众可通过以下方式咨询：联系电话{phone}，公务邮箱{email}。",
        "若对本报告有意见建议，请致函{agency}办公室（{addr}，邮编{post}）或致电{phone}。",
        "受理机构：{agency}办公室　通讯地址：{addr}　联系电话：{phone}　传真号码：{fax}",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》和上级有关要求，{agency}编制了{year}年度政府信息公开工作年度报告，现予公布。"
        "报告中统计数据的时间范围为{year}年1月1日至12月31日。",
        "为保障公众知情权，{agency}对{year}年政府信息公开工作情况进行了梳理总结，形成本报告。"
        "文中数据截至{year}年12月31日，报告全文可在{site}“政府信息公开年报”栏目查阅。",
        "按照《中华人民共和国政府信息公开工作年度报告格式》要求，{agency}编制完成{year}年度报告，"
        "内容含总体情况、主动公开、依申请公开、复议诉讼、问题改进和其他事项六个部分。",
    ),
    filler=(
        "实行信息发布“三审三校”，由经办人初审、股室负责人复审、分管领导终审。",
        "对照年度政务公开工作要点，逐项分解任务，明确责任股室和完成时限。",
        "及时更新政府信息公开指南和主动公开目录，方便公众查找。",
        "定期对网站和政务新媒体开展自查，发现问题立行立改。",
        "建立信息公开工作台账，每季度汇总统计一次公开情况。",
        "将政府信息公开纳入年度目标考核，考核结果与评先评优挂钩。",
        "主动接受社会公众和新闻媒体监督，公布监督举报电话。",
        "按要求将主动公开的文件纸质版送交档案馆、图书馆备查。",
        "组织干部职工学习《中华人民共和国政府信息公开条例》，增强依法公开意识。",
        "聚焦义务教育招生划片、课后服务收费等热点，及时发布权威信息。",
        "指导各中小学校落实校务公开，在校门口公示栏公开收费项目和标准。",
        "配合{county}人民政府办公室做好政务公开第三方评估，对反馈问题逐条整改。",
    ),
    problems=(
        "工作中还存在一些短板：信息更新不够及时，解读形式不够丰富，工作人员多为兼职。"
        "下一步，{we}将健全更新机制、创新解读方式，并加强业务培训。",
        "主要问题：一是主动公开的深度和广度有待拓展；二是与公众的互动回应还不够。"
        "改进措施：加强统筹协调，完善回应机制，推动公开工作提质增效。",
    ),
    other=(
        "按照《政府信息公开信息处理费管理办法》，{year}年度{we}未发出收费通知。",
        "暂无。",
    ),
    sub_headings=(
        ("（一）主动公开政府信息方面", "（二）依申请公开政府信息方面", "（三）政府信息管理方面",
         "（四）政府信息公开平台建设方面", "（五）监督保障方面"),
        ("（一）坚持主动公开，扩大公开范围", "（二）规范依申请公开办理", "（三）加强政府信息管理",
         "（四）完善公开平台", "（五）强化监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年政府信息公开年度报告", "{agency}{year}年度政府信息公开工作报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作报告",),
        "level_only": ("{level_body}{year}年政府信息公开年度报告",),
        "year_first": ("{year}年{agency}政府信息公开年度报告", "{year}年度{agency}信息公开年度报告"),
        "prefixed": ("{prefix}{agency}{year}年政府信息公开年度报告",),
        "spaced": ("{agency} {year} 年度\n政府信息公开工作报告",),
        "about": ("{agency}{year}年度政府信息公开工作报告（文字版）", "{agency}政府信息公开工作{year}年度报告"),
        "none": (),
    },
    nav=(
        "中国政府网 | 省政府门户 | 市政府门户",
        "无障碍浏览  适老化模式  返回主站",
        "网站首页 | 走进{short} | 政务公开 | 政务服务 | 公众参与 | 数据发布",
        "部门街镇 > 部门 > {ref_full}",
        "信息公开指南 | 信息公开制度 | 法定主动公开内容 | 政府信息公开年报",
    ),
    crumbs=(
        "当前位置：首页 > 政府信息公开 > 公开年报 > {year}年度",
        "您所在的位置：网站首页 >> 部门信息公开 >> {ref_full} >> 年度报告",
    ),
    meta=(
        "信息来源：{src}  发布时间：{date}  浏览次数：  【打印内容】 【关闭窗口】",
        "体裁分类：政府信息公开年报  主题分类：综合政务  发布时间：{date}  发布机构：{src}  字体：[  ]",
        "索 引 号：{code}/{year1}-00012  发文机关：{src}  成文日期：{date}  效力状态：有效",
    ),
    footer=(
        "关于我们 | 联系我们 | 网站纠错\n主办：{county}人民政府办公室  {icp}  政府网站标识码：{code}",
        "版权所有：{county}人民政府  技术支持：{county}融媒体中心\n{icp}",
    ),
    table_missing=("", "（统计表以图片形式发布）"),
)
