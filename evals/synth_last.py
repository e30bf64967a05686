"""The last phrase bank of the report generator: written after all five others had been tuned on.

``dev``, ``heldout``, ``fresh``, ``ruler`` and ``final`` have each been looked at while tuning the
parser. This sixth bank was written by someone who had read neither the parser
(``index/textfacts.py``, ``index/meta.py`` …) nor any bench score, from published reports of
county-level bodies of kinds the others drew on little (water resources, agriculture and rural
affairs, veterans affairs, medical insurance, emergency management, forestry and justice bureaus,
township governments; many provinces, years 2019–2025). None of their sentences is reproduced,
and no fact sentence template here is one of the other five banks'.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank last``, WHILE TUNING THE PARSER, do not run
the bench on it while tuning, and do not change it after seeing its scores (except to fix gold
that disagrees with the text). Its template language is the one described in
``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

LAST = Bank(
    name="last",
    disclosed=(
        "{year}年，{we}经{site}、“{acct}”微信公众号及公示栏等途径对外公开政府信息合计{total}条，"
        "网站部分{web}条，公众号部分{wechat}条。",
        "全年向{site}报送并上线各类信息{web}条，栏目更新保持常态。",
        "“{acct}”微信公众号年内编辑推送内容{wechat}条，涵盖政策宣传、办事提醒和工作动态。",
        "本年度{ref}对外主动发布政府信息{total}条，均按“先审后发”程序上网。",
        "[x]{year}年主动发布政府信息{total}条，涉及重点领域信息{x}条。",
        "在{site}部门信息公开栏目共上线信息{web}条；“{acct}”公众号年度发文{wechat}条。",
        "{we}本年度共主动向社会发布政府信息{total}条，其中经{site}发布的{web}条。",
        "[x]截至{year}年末，{we}全年主动公开信息总数为{total}条，同比多出{x}条。",
        "微信公众号“{acct}”本年度累计推送各类消息{wechat}条。",
        "通过{site}公开政务信息{web}条，通过“{acct}”公众号刊发信息{wechat}条，另有部分信息在公示栏张贴。",
        "[x]全年主动公开政府信息累计{total}条，在公示栏张贴公告{x}期。",
    ),
    newmedia=(
        "“{acct}”微信公众号的关注人数年底达到{fwx}人。",
        "官方微博“{acct}”年度发文{weibo}条，累计关注人数{fwb}人。",
        "以“{acct}”视频号为载体，全年制作发布短视频{video}个。",
        "“{acct}”抖音账号年内投放视频{video}条，积累粉丝{fvid}人。",
        "“{acct}”抖音号的粉丝量至年底为{fvid}人。",
        "同步运营“{acct}”微博，全年更新内容{weibo}条。",
        "至{year}年底，“{acct}”公众号关注者{fwx}人，政务微博“{acct}”关注者{fwb}人。",
    ),
    interp=(
        "对本部门出台的政策文件，全年配套推出解读{interp}篇，并以问答、长图等方式呈现。",
        "{year}年，{we}参与或主办新闻发布会{press}场，介绍重点工作进展和惠民政策。",
        "做好政策宣传解读，全年在{site}发布解读信息{interp}条。",
        "全年主办{press_cn}场新闻发布会，在网站同步刊发解读材料{interp}篇。",
        "[press=0]{year}年{we}没有举行新闻发布会，政策解读以网站文字稿为主，全年共{interp}篇。",
        "年内{we}以新闻发布会形式对外发布信息共{press}次。",
        "由业务股室起草、办公室把关，全年完成政策解读稿{interp}件。",
    ),
    applications=(
        "{year}年度，{we}新收到政府信息公开申请{recv}件，年内已作出答复{hand}件。",
        "{year}年依申请公开收件{recv}件，申请内容主要为项目资金和补助发放信息。",
        "当年通过信函、网上申请平台及现场递交方式向{we}提出的政府信息公开申请共{recv}件。",
        "依申请公开方面，{year}年新登记申请{recv}件，年底前办结{hand}件。",
        "{year}年，公民、法人和其他组织向{we}申请公开政府信息共{recv}件。",
        "{we}年内受理政府信息依申请公开{recv}件，均已逐件登记。",
        "全年收到申请人提交的政府信息公开申请{recv}件，截至年底已答复{hand}件。",
    ),
    applications_zero=(
        "[recv=0]本年度，线上线下渠道均没有接到向{we}提出的政府信息公开申请。",
        "[recv=0]{year}年度{we}新收政府信息公开申请0件，上年度也无结转。",
        "[recv=0]依申请公开方面，{year}年{we}未受理任何信息公开申请。",
        "[recv=0]{we}全年未接到群众来函、来电或网上提交的政府信息公开申请。",
    ),
    review=(
        "{year}年，申请人因不服{we}政府信息公开答复申请行政复议{recon}件，提起行政诉讼{litig}件。",
        "关于复议诉讼：全年涉及本机关政府信息公开的行政复议{recon}件、行政诉讼{litig}件。",
        "本年度{we}政府信息公开事项被申请行政复议的有{recon}件，被提起行政诉讼的有{litig}件。",
        "就政府信息公开事项，{we}全年应对行政复议{recon}件，应诉行政诉讼{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]涉及{we}政府信息公开的行政复议、行政诉讼，本年度均未发生。",
        "[recon=0,litig=0]未出现申请人对{we}政府信息公开答复不服而申请行政复议或提起行政诉讼的情形。",
        "[recon=0,litig=0]{year}年，{we}政府信息公开工作没有引发行政复议和行政诉讼。",
        "[recon=0,litig=0]全年无因政府信息公开工作而发生的行政复议、行政诉讼案件。",
    ),
    distractors=(
        "[x]全年向县档案馆、图书馆移送主动公开文件{x}份。",
        "[x]办理人大代表建议、政协委员提案共{x}件，按期答复。",
        "[x]接听群众政策咨询电话{x}个，做到有问必答。",
        "[x]发放政策明白卡和宣传手册{x}份。",
        "[x]对{x}个长期未更新的网站栏目进行了清理合并。",
        "[x]组织信息员参加线上业务培训{x}场次。",
        "[x]“{acct}”公众号单篇推文最高阅读量超过{x}千次。",
    ),
    contact=(
        "对本报告有疑问的，请与{agency}办公室联系（地址：{addr}；邮编：{post}；电话：{phone}；传真：{fax}）。",
        "{agency}政府信息公开工作联系电话：{phone}；公务邮箱：{email}。",
        "信函申请请寄：{addr}，邮政编码{post}，收件人为{agency}办公室。",
        "工作时间可拨打{phone}咨询，也可将意见发送至{email}。",
        "{agency}（{addr}）  联系电话：{phone}  电子邮箱：{email}",
        "申请表可传真至{fax}，或致电{phone}与{agency}办公室核实。",
    ),
    preamble=(
        "本报告由{agency}根据《中华人民共和国政府信息公开条例》第五十条及年度报告格式要求编写，"
        "反映{year}年1月1日至12月31日期间的政府信息公开工作。",
        "{agency}对{year}年度政府信息公开工作进行了全面回顾，形成本报告。"
        "报告依次说明总体情况、主动公开、依申请公开、复议诉讼、问题及改进、其他事项，电子版在{site}发布。",
        "{year}年，{agency}在{county}委、{county}政府领导下，落实《中华人民共和国政府信息公开条例》，"
        "现就本年度政府信息公开工作情况作如下报告。",
        "现发布{agency}{year}年度政府信息公开工作年度报告。本报告统计数据起止时间为{year}年1月1日至"
        "{year}年12月31日，如无特别说明，数据均来源于本单位统计台账。",
    ),
    filler=(
        "局主要负责同志对政务公开工作负总责，分管负责同志具体抓，办公室承办日常事务。",
        "信息上网前由经办股室、办公室、分管领导逐级审签，审签单留存备查。",
        "结合本部门职责修订政府信息公开指南，明确申请渠道、受理时间和答复期限。",
        "对网站历史信息开展全面核查，过期的通知公告及时归档，失效文件作显著标注。",
        "补助资金发放、项目建设等群众关心的事项，在村（社区）公开栏同步张贴。",
        "依申请公开实行收件、登记、拟办、审核、答复、归档全程留痕。",
        "汛期、灾害天气等时段，及时转发预警信息和安全提示，方便群众防范。",
        "把政府信息公开培训纳入干部学习计划，提高经办人员的业务水平。",
        "规范性文件起草时同步明确公开属性，出台后按规定登记备案并上网公开。",
        "主动接受{county}政务公开办督查，对指出的栏目缺项问题逐项补齐。",
        "通过政务服务窗口和便民服务站设置信息查阅点，方便群众就近查询。",
        "及时公开学生资助、校园安全和招生政策，方便家长查询。",
        "督促学校落实校务公开，定期检查公开内容的完整性。",
    ),
    problems=(
        "工作中还存在以下不足：一是政策解读形式较为单一；二是基层公开栏内容更新较慢；三是兼职人员变动频繁。"
        "下一步，将丰富解读载体，加强对公开栏的巡查，并保持工作人员相对稳定。",
        "{year}年{we}政府信息公开工作虽有进展，但主动回应社会关切还不够及时，信息分类仍不够细。"
        "今后将完善舆情回应流程，按主动公开目录细化信息分类。",
        "对照上级评估反馈，部分栏目存在更新不及时、内容重复发布的情况。"
        "整改措施是落实栏目维护责任人，建立每月自查通报制度。",
    ),
    other=(
        "{year}年度{we}未收取任何政府信息公开信息处理费。本年度无其他需要报告的事项。",
        "本年度没有其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）主动公开工作", "（二）依申请公开工作", "（三）政府信息管理工作", "（四）公开平台建设工作",
         "（五）监督保障工作"),
        ("（一）坚持应公开尽公开", "（二）依法办理公开申请", "（三）加强信息规范管理", "（四）用好公开平台载体",
         "（五）健全监督保障机制"),
        ("1.主动公开情况。", "2.依申请公开情况。", "3.政府信息管理情况。", "4.平台建设情况。", "5.监督保障情况。"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作情况报告", "{agency}{year}年政务信息公开工作年度报告"),
        "two_lines": ("{agency}{year}年\n政府信息公开年度报告", "{agency}\n{year}年度政府信息公开工作情况报告"),
        "level_only": ("{level_body}{year}年度政府信息公开工作情况报告",),
        "year_first": ("{year}年度{agency}政府信息公开工作情况报告", "{year}年{agency}政府信息公开年度报告"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作情况报告", "{prefix}{agency}{year}年信息公开年度报告"),
        "spaced": ("{agency}  {year}年\n政府信息公开年度报告", "{agency}　{year} 年度政府信息公开工作情况报告"),
        "about": ("{agency}关于{year}年度政府信息公开工作情况的报告", "{agency}关于{year}年政府信息公开工作的情况报告"),
        "none": (),
    },
    nav=(
        "首页  政务动态  政府信息公开  政务服务  互动交流  走进{short}",
        "网站支持IPv6  无障碍  长者模式  智能问答",
        "设为首页 | 收藏本站 | 网站地图 | 手机版",
        "请输入搜索内容  站内搜索",
    ),
    crumbs=(
        "当前所在位置：首页 > 政府信息公开 > 部门信息公开 > {ref_full} > 政府信息公开年报",
        "当前位置：网站首页 > 信息公开 > 年度报告 > {year}年度报告",
        "所在位置：首页 >> 政务公开 >> 年报公开 >> 正文",
    ),
    meta=(
        "发布日期：{date}  信息来源：{src}  阅读次数：  【大 中 小】  【打印】",
        "索引号：{code}/{year1}-00117  主题分类：政务公开  发布机构：{src}  发布日期：{date}",
        "来源：{src}  时间：{date}  分享到：",
    ),
    footer=(
        "主办：{county}人民政府办公室  承办：{county}信息中心\n{icp}  网站标识码：{code}  网站支持IPv6",
        "版权所有 © {county}人民政府  {icp}\n联系我们 | 网站声明 | 纠错",
    ),
    table_missing=("", "（统计表附后）", "（表格内容以原件为准）"),
)
