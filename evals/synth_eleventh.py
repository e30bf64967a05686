"""The eleventh phrase bank: the held-out ruler for the change to the prose-fact and metadata
readers made while tuning on the tenth bank.

DO NOT READ THIS FILE, OR THE REPORTS IT GENERATES, WHILE TUNING THE READERS. It is scored once,
after that change; reading it first makes the score worthless.

Written without reading the readers (index/textfacts.py, textchannels.py, textzeros.py,
contacts.py, factkinds.py, meta.py, title.py) or any other bank but the DEV bank in
``evals/synth_bank.py``, and without scoring anything on it. The variety was learnt by reading
about eighty published annual reports (2017–2025; Zhejiang, Shandong, Gansu, Anhui, Hunan,
Sichuan, Hainan, Fujian, Chongqing, Guangdong, Yunnan, Hubei, Xinjiang, Shaanxi, Heilongjiang,
Inner Mongolia, Shanxi, Hebei, Jiangsu, Shanghai, Jiangxi; public security, justice, finance,
taxation, water resources, forestry, veterans affairs, culture and tourism, education,
sub-district offices, township governments, county government offices). Every sentence was
written for this generator; none is copied.

What it leans on (common in real pages, easy to miss):
- the year's total stated after the channels' own figures, or as a sum (合计, 总量, 总数), or
  approximately (约 N 条, N 余条), or with its figure before the noun;
- application counts with 登记 / 接收 / 收悉 / 新收并办理 and other counter words (起, 份, 宗),
  the figure sometimes before the noun;
- noughts written many ways: 零申请, 申请量为零, 本年度无…申请, 依申请公开：无, 0 宗 with 办结 0 宗;
  reviews joined (行政复议和行政诉讼各0起, 均为0, 零复议、零诉讼, 未被申请…也未被提起…);
- the year covered said as 统计区间 / 统计时段 / 截至年底 / 年度, beside a publication date, an
  index number and a next-year plan in a later year (the reader must not take those).
"""

from __future__ import annotations

from evals.synth_bank import Bank

ELEVENTH = Bank(
    name="eleventh",
    disclosed=(
        "{year}年，{we}在{site}发布政府信息{web}条，经“{acct}”微信公众号推送信息{wechat}条，"
        "全年主动公开信息总量为{total}条。",
        "各渠道合计主动公开政府信息{total}条，其中{site}刊载{web}条，“{acct}”公众号编发{wechat}条。",
        "一年来，{we}通过网站、新媒体和公开栏主动公开的政府信息约{total_plain}条。",
        "全年借助各类公开平台向社会发布{total_plain}余条政府信息，内容以工作动态和通知公告为主。",
        "[x]本年度主动公开信息总数{total}条，其中工作动态类{x}条，其余为机构概况、预决算和公示公告。",
        "{total}条政府信息在{year}年内经{we}主动向社会公开，主要载体是{site}和“{acct}”微信公众号。",
        "“{acct}”微信公众号年内编辑推送图文{wechat}篇；{site}更新政务信息{web_fw}条。",
        "{ref}年内在{site}的部门信息公开专栏上传各类信息{web}条。",
        "按照“应公开尽公开”要求，{site}全年刊发{we}信息{web}条，“{acct}”公众号推送{wechat}条，"
        "连同公示栏等线下渠道，主动公开合计{total}条。",
        "[x]与上年相比，{year}年主动公开数量增加{x}条，达到{total}条。",
    ),
    newmedia=(
        "截至{year}年末，“{acct}”微信公众号累计订阅用户达{fwx}人。",
        "政务微博“{acct}”全年发博{weibo}条，粉丝数为{fwb}人。",
        "{ref}在抖音平台开设的“{acct}”账号年内上传短视频{video}条，关注人数{fvid}人。",
        "{fwb}名网友关注了{ref}的官方微博，该微博年内更新{weibo}条。",
        "微信视频号“{acct}”本年度更新作品{video}个，以政策宣讲和办事指引为主。",
        "[x]“{acct}”公众号现有关注用户{fwx}人，全年文章累计阅读{x}万余次。",
        "政务新媒体方面，“{acct}”微博发布信息{weibo}条，“{acct}”视频号发布短视频{video}条。",
    ),
    interp=(
        "{year}年围绕重点工作制作政策解读{interp}篇，采用图解、问答和短视频等形式。",
        "[press=0]全年未召开新闻发布会，政策解读主要通过网站发布，共{interp}篇。",
        "主要负责同志出席新闻发布会{press}次，介绍年度重点任务进展。",
        "{we}举行新闻发布会{press_cn}场，配套发布解读材料{interp_zh}篇。",
        "[press=0]本年度{we}没有举办专题新闻发布会，相关政策通过新闻稿件对外说明。",
        "{interp}篇政策解读稿件在{site}与文件同步刊发，方便群众对照理解。",
        "对新出台的规范性文件坚持“一文一解读”，全年形成解读材料{interp}份。",
    ),
    applications=(
        "{year}年共收到政府信息公开申请{recv}起，已按程序转交相关科室办理。",
        "本年度{we}登记政府信息公开申请{recv}件，办结{hand}件。",
        "全年接收依申请公开件{recv}件，已办结{hand}件，答复均经法制审核。",
        "{recv}件政府信息公开申请于{year}年内由{we}收悉，其中{hand}件已在法定时限内办结。",
        "依申请公开方面，{we}本年度共收悉申请{recv}份，均按“一案一档”归档。",
        "{year}年新收并办理政府信息公开申请{recv}件，申请人以自然人为主。",
        "通过网络平台、信函和当面提交等渠道，全年接收政府信息公开申请共计{recv}件。",
        "全年政府信息公开申请量为{recv}件，答复{hand}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年{we}零申请，依申请公开工作处于常备状态。",
        "[recv=0]依申请公开方面，本年度无政府信息公开申请。",
        "[recv=0]{year}年度政府信息公开申请量为零。",
        "[recv=0,hand=0]本年度受理政府信息公开申请0宗，办结0宗。",
        "[recv=0]全年收悉的政府信息公开申请数为零，未产生答复事项。",
        "[recv=0]依申请公开政府信息的数量：无。",
        "[recv=0]{we}本年度没有收到公民、法人或者其他组织提交的政府信息公开申请。",
    ),
    review=(
        "{year}年因政府信息公开被申请行政复议{recon}起，被提起行政诉讼{litig}起。",
        "涉及{we}政府信息公开工作的行政复议案件{recon}件、行政诉讼案件{litig}件。",
        "本年度有{recon}起行政复议、{litig}起行政诉讼与政府信息公开事项相关。",
        "因政府信息公开引发的行政复议、行政诉讼分别为{recon}件和{litig}件，均已依法应对。",
        "新发生政府信息公开类行政复议{recon}宗、行政诉讼{litig}宗。",
    ),
    review_zero=(
        "[recon=0,litig=0]涉及政府信息公开的行政复议和行政诉讼各0起。",
        "[recon=0,litig=0]{year}年，{we}因公开政府信息而被申请行政复议、被提起行政诉讼的件数均为0。",
        "[recon=0,litig=0]本年度政府信息公开工作保持零复议、零诉讼。",
        "[recon=0,litig=0]{we}未被申请政府信息公开行政复议，也未被提起相关行政诉讼。",
        "[recon=0,litig=0]政府信息公开行政复议案件和行政诉讼案件的数量为零。",
        "[recon=0,litig=0]全年没有出现因政府信息公开引起的行政复议或行政诉讼。",
    ),
    distractors=(
        "[x]办理局长信箱来信{x}封，回复率达到100%。",
        "[x]组织开展“政务公开日”等主题活动{x}场次。",
        "[x]结合机构调整，年内更新政府信息公开指南和公开目录{x}次。",
        "[x]通过留言板回复网民留言{x}条，做到件件有回音。",
        "[x]在办公楼一楼公示栏张贴各类公告{x}期。",
        "[x]选派信息员参加上级组织的业务培训{x}人次。",
        "[x]编印政务工作简报{x}期，报送县政府办公室。",
    ),
    contact=(
        "对本报告如有疑问，可向{agency}办公室咨询（地址：{addr}；邮政编码：{post}；电话：{phone_dash}）。",
        "联系方式——地址：{addr}，邮编{post}，联系电话{phone}，传真{fax_paren}，电子信箱{email}。",
        "{agency}政务公开工作联系人为{person}，联系电话：{phone_paren}，公务邮箱：{email}。",
        "公众如需进一步了解，请与{agency}联系，电话{phone}，传真{fax}，通讯地址{addr}。",
        "来信请寄{addr}（邮编{post}），咨询电话{phone}。",
        "监督电话：{phone}；电子邮件：{email}；传真号码：{fax_dash}。",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》第五十条，{agency}编制了本年度报告，于{year1}年1月在{site}公开发布。"
        "报告反映{year}年1月1日至12月31日期间本机关的政府信息公开工作，如无特别说明，所列数据均截至{year}年底。",
        "本报告由{agency}根据《条例》和上级关于年度报告格式的要求编写，分为六个部分。"
        "文中数据的统计区间为{year}年全年（1月1日—12月31日）。",
        "（{year1}年1月）本年度报告反映{agency}{year}年度政府信息公开工作情况，统计时段自{year}年1月1日起，"
        "至同年12月31日止；报告电子版可在{site}查阅下载。",
        "按照关于做好{year}年度政府信息公开工作年度报告编制发布工作的通知要求，现将{agency}{year}年度"
        "政府信息公开工作情况报告如下，所用数据截至{year}年12月31日。",
        "本报告所列各项数据的统计时限为{year}年度，即{year}年1月1日至{year}年12月31日；报告于{year1}年年初编制完成并对外发布。",
    ),
    filler=(
        "{we}把政府信息公开列入领导班子年度议事日程，主要负责同志亲自过问，分管负责同志具体抓落实。",
        "信息发布实行拟稿人初审、科室负责人复核、分管领导签批的流程，未经审核的信息一律不上网。",
        "对照上级下发的领域标准目录，逐项梳理本部门应公开事项，明确公开时限和责任科室。",
        "定期对网站专栏开展“回头看”，发现栏目空白、内容过期的，限期补充更新。",
        "充分利用办事大厅电子屏、村（社区）公开栏等线下载体，方便不常上网的群众获取信息。",
        "严格执行保密审查，对涉及个人信息的名单类公示做去标识化处理后再发布。",
        "在招生入学、学生资助等关键时段，提前发布政策说明，集中解答家长关心的问题。",
        "将政务公开纳入对学校和二级单位的年度考核，考核结果与评先评优挂钩。",
        "畅通电话、信函、网上留言等意见渠道，对群众反映的问题逐一登记、限时回复。",
        "按要求对已失效的文件加注“已废止”标识，避免误导查阅者。",
    ),
    problems=(
        "本年度工作仍有不足：信息更新的及时性不够，解读方式偏重文字。{year1}年，{we}将细化发布时限，"
        "增加图解和短视频解读，并加强对信息员的业务指导。",
        "存在的问题主要是专职人员少、公开内容与群众需求结合不够紧密。下一步将充实工作力量，"
        "围绕群众关注的事项做深做细主动公开，健全发布前审核和发布后检查机制。",
    ),
    other=(
        "本年度{we}未向政府信息公开申请人收取信息处理费，无其他需要报告的事项。",
        "按照国务院办公厅《政府信息公开信息处理费管理办法》，{we}本年度未发出收费通知。",
    ),
    sub_headings=(
        ("（一）主动公开政府信息情况", "（二）政府信息公开申请办理情况", "（三）政府信息管理工作", "（四）公开平台建设",
         "（五）监督保障工作"),
        ("1.主动公开", "2.依申请公开", "3.政府信息管理", "4.平台建设", "5.监督保障"),
        ("一是主动公开方面", "二是依申请公开方面", "三是政府信息管理方面", "四是平台建设方面", "五是监督保障方面"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作报告", "{agency}政府信息公开工作{year}年度报告",
                     "{agency}{year}年政府信息公开工作年度报告（文字版）"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告", "{agency}\n关于{year}年政府信息公开工作的报告"),
        "level_only": ("{level_body}{year}年度政府信息公开工作报告", "{level_body}政府信息公开{year}年度报告"),
        "year_first": ("{year}年度{agency}政府信息公开工作报告", "{year}年{agency}政府信息公开工作年度报告（图解版附后）"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作报告", "{prefix}{agency}政府信息公开工作{year}年度报告"),
        "spaced": ("{agency}  {year}  年度\n政府信息公开工作报告", "{agency} {year} 年\n政府信息公开年度报告"),
        "about": ("{agency}关于{year}年政府信息公开工作情况的报告", "{agency}关于{year}年度政府信息公开工作的报告"),
        "none": (),
    },
    nav=(
        "关怀版 | 无障碍 | 繁體 | 登录",
        "首页 政务公开 政务服务 互动交流 走进{short} 专题专栏",
        "设为首页 | 加入收藏 | 联系我们 | 网站地图",
        "TOP",
    ),
    crumbs=(
        "当前位置：首页 > 信息公开 > 法定主动公开内容 > 年度报告",
        "首页 / 政府信息公开 / 部门信息公开 / {ref_full} / 政府信息公开年报",
    ),
    meta=(
        "发布日期：{date}　　来源：{src}　　【字体：大 中 小】",
        "索引号：{code}/{year1}-00012 | 发布机构：{src} | 发布日期：{date} | 有效性：有效",
        "时间：{date} 09:16  作者：{src}  点击数：",
    ),
    footer=(
        "版权所有：{county}人民政府  {icp}  网站标识码：{code}",
        "主办：{county}人民政府办公室  技术支持：{county}融媒体中心\n{icp}",
    ),
    table_missing=("", "（统计表格以图片形式附后）", "（相关数据见下方图表）"),
)
