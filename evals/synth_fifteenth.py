"""The fifteenth phrase bank: the held-out ruler for the prose-fact and metadata readers as they
stand after the tuning on ``fourteenth``. DO NOT READ THIS FILE, OR THE REPORTS IT GENERATES,
WHILE TUNING THE READERS: it is scored once, and a bank seen while tuning measures nothing.

How it was written: blind. Its author read neither the readers (``index/``) nor any other bank
file nor any score; only ``evals/synth_bank.py`` (the ``Bank`` type, its template language, the
dev bank) and ``evals/synth.py`` (how a bank is used, the gold format). The variety was learnt by
reading about sixty published annual-report pages (2015–2025; Guangdong, Guizhou, Zhejiang,
Shaanxi, Jiangxi, Jilin, Liaoning, Hubei, Gansu, Shandong, Sichuan, Jiangsu, Fujian, Anhui,
Yunnan, Inner Mongolia, Ningxia, Xinjiang, Henan, Chongqing, Beijing and Shanxi): statistics,
commerce, transport, emergency management, culture and tourism, market regulation, agriculture,
natural resources, housing, health and development-and-reform bureaus, development-zone
committees, sub-districts, townships and county and district governments. Every sentence below
was written for this bank; none is taken from those pages.

What it leans on:
- applications counted with rarer counters and word orders: 例, 项, 宗, 份 (申请书), 条 and 件次, the
  figure before its noun (共计收到N条…申请), written in Chinese (两件), "收件" as the noun, and the
  handled count as 出具答复书 / 已按期答复 / 截至年底已办结;
- noughts written new ways: 尚未接到, 未接收到一例, 收件数为零, 无…申请公开政府信息, 申请数量为0, and for
  review 未涉及, 没有被申请…也没有被提起, “零发生”, 数量均为0; no press conference as 未召开 / 没有举行专题;
- channel figures with a look-alike beside them: a 头条号 or APP count, reading and play counts in 万,
  a year-on-year percentage, the total after its channels or in brackets, 约 before a figure;
- followers as 订阅用户, 关注用户数, 关注者, 关注人数 and 粉丝量, posts as 发博 and 作品;
- press conferences held or attended, with 通气会 beside them, and online interviews as a look-alike;
- contact details as a one-item-per-line block, with 通讯地址 / 邮政编码 / 受理电话 / 传真号码 / 图文传真
  style cues, area codes in brackets or set off by a dash, and E-mail written in Latin;
- full-width digits for website, WeChat, Weibo and total counts;
- titles as 年度…工作报告, …年报, (YYYY年度) after the name and split mid-phrase over two lines;
  page clutter with index numbers stamped with the publication year, 组配分类 and 成文日期 lines.
"""

from __future__ import annotations

from evals.synth_bank import Bank

FIFTEENTH = Bank(
    name="fifteenth",
    disclosed=(
        "{year}年，{we}通过各类载体主动公开政府信息共计{total}条；其中{site}公开{web}条，“{acct}”微信公众号推送{wechat}条。",
        "[x]全年累计主动发布政务信息{total}条，同比增长{x}%，公开的及时性和完整性进一步提高。",
        "门户网站是信息公开的第一平台，{year}年{we}在{site}更新发布各类信息{web}条。",
        "主动公开方面，{ref}全年在{site}发布信息{web_fw}条，在“{acct}”微信公众号发布信息{wechat_fw}篇，合计主动公开{total_fw}条。",
        "本年度通过政府网站、政务新媒体等渠道向社会公开政府信息{total}条。",
        "[x]依托“{acct}”微信公众号推送图文信息{wechat}篇，另通过“{acct}”头条号同步发布{x}条。",
        "{year}年共公开政府信息{total}条（网站{web}条、微信公众号{wechat}条）。",
        "[x]主动公开信息总量为{total}条，其中涉及规范性文件的{x}件，其余为工作动态、通知公告等。",
        "截至{year}年12月31日，{ref}在{site}公开信息{web}条，“{acct}”公众号全年编发信息{wechat}条。",
        "[x]全年在{site}发布信息{web}条，较上一年度减少{x}条，主要是精简了重复转载的动态信息。",
        "{site}政务公开专栏全年维护更新信息{web}条；政务微信“{acct}”编发稿件{wechat}篇。",
        "{year}年度{we}主动公开政府信息约{total_plain}条，涵盖机构职能、财政资金、行政执法等方面。",
        "[x]通过“{acct}”微信公众号发布信息{wechat}条，通过“爱{county}”APP转发信息{x}条。",
    ),
    newmedia=(
        "官方微博“{acct}”全年发博{weibo}条，粉丝量达到{fwb}人。",
        "“{acct}”微信公众号累计订阅用户{fwx}人，全年推送信息{wechat}条。",
        "[x]“{acct}”抖音号全年发布短视频{video}条，单条最高播放量超过{x}万次。",
        "微信视频号“{acct}”发布作品{video}个，账号关注者{fvid}人。",
        "[x]在新浪微博开设“{acct}”账号，本年度发布微博{weibo_fw}条，转发、评论和点赞合计{x}万余次。",
        "截至{year}年底，“{acct}”公众号关注用户数{fwx}，抖音号“{acct}”粉丝{fvid}人。",
        "政务微博“{acct}”关注人数为{fwb}人，全年发布信息{weibo}条。",
        "[x]本年度通过视频号、抖音号发布政策宣传短视频共{video}条，另制作宣传海报{x}幅。",
        "“{acct}”微信公众号现有粉丝{fwx}人，较上年有所增长。",
    ),
    interp=(
        "{year}年围绕重要政策文件制发解读材料{interp}件，解读形式包括图解、问答和短视频等。",
        "[x]坚持政策文件与解读材料同步起草、同步审签、同步发布，全年发布政策解读{interp_zh}篇，回复网民留言{x}条。",
        "全年召开新闻发布会（通气会）{press}场，会后在{site}同步刊发文字实录。",
        "{we}负责同志全年举办或参加新闻发布会{press_cn}场，介绍重点工作进展。",
        "[press=0]本年度{we}未召开新闻发布会，{year}年共发布政策解读{interp}篇。",
        "[press=0]{year}年没有举行专题新闻发布会，通过图文、问答等形式解读政策{interp}次。",
        "政策解读方面，全年发布解读稿件{interp}篇，召开新闻发布会{press}次。",
        "[x]对{x}份规范性文件逐件开展合法性审查，并配套发布解读{interp}篇。",
        "召开新闻发布会{press_cn}场、发布政策解读{interp_zh}篇。",
    ),
    applications=(
        "{year}年度{we}共计收到{recv}条政府信息公开申请，申请内容多涉及项目审批和资金使用。",
        "全年受理依申请公开事项{recv}例，办结{hand}例。",
        "[x]{year}年新收到政府信息公开申请{recv}件，较上年减少{x}件；本年度办结{hand}件。",
        "依申请公开方面，{we}本年度接收申请书{recv}份，出具答复书{hand}份。",
        "全年共有{recv_zh}件政府信息公开申请提交至{we}，答复{hand}件。",
        "本年度通过网上平台、信函等渠道收到信息公开申请{recv}宗，{hand}宗已按期答复。",
        "{ref}{year}年受理政府信息公开申请{recv}项，申请内容主要涉及政策执行和补助发放情况。",
        "{year}年，公民、法人和其他组织向{we}提出政府信息公开申请共{recv}件，截至年底已办结{hand}件。",
        "{ref}全年依申请公开收件{recv}件，申请人均为自然人。",
        "全年登记依申请公开{recv}件次，申请方式以网上提交为主。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}尚未接到公民、法人或其他组织提出的政府信息公开申请。",
        "[recv=0]全年依申请公开收件数为零。",
        "[recv=0]本年度无公民、法人或其他组织向{we}申请公开政府信息。",
        "[recv=0]{year}年度{ref}收到政府信息公开申请0件。",
        "[recv=0]依申请公开方面，{year}年{we}未接收到一例政府信息公开申请。",
        "[recv=0]{year}年{we}受理政府信息公开申请数量为0。",
        "[recv=0]全年没有收到要求公开政府信息的申请。",
    ),
    review=(
        "{year}年因政府信息公开被申请行政复议{recon}宗，被提起行政诉讼{litig}宗。",
        "涉及本机关政府信息公开的行政复议案件{recon}起、行政诉讼案件{litig}起。",
        "全年收到政府信息公开类行政复议申请{recon}件，应诉政府信息公开行政诉讼{litig}件。",
        "本年度发生行政复议{recon}起、行政诉讼{litig}起，均与政府信息公开有关。",
        "{year}年，因政府信息公开申请而引发的行政复议、行政诉讼数量分别为{recon}件和{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年{we}未涉及政府信息公开方面的行政复议和行政诉讼。",
        "[recon=0,litig=0]本机关全年没有被申请政府信息公开行政复议，也没有被提起行政诉讼。",
        "[recon=0,litig=0]因政府信息公开引起的行政复议、行政诉讼案件，本年度均为零。",
        "[recon=0,litig=0]全年政府信息公开工作实现行政复议、行政诉讼“零发生”。",
        "[recon=0,litig=0]{year}年度政府信息公开行政复议、行政诉讼数量均为0件。",
        "[recon=0,litig=0]未出现申请人因不服答复而申请行政复议或提起行政诉讼的情况。",
    ),
    distractors=(
        "[x]全年办理人大代表建议和政协委员提案{x}件，办理结果已全部公开。",
        "[x]更新完善政府信息公开指南和主动公开目录{x}项。",
        "[x]组织开展政务公开专题培训{x}场次，参训人员覆盖各股室和二级单位。",
        "[x]通过“{acct}”微信公众号开展网上问卷调查{x}次，征集意见建议。",
        "[x]在各乡镇（街道）便民服务中心设立政务公开栏{x}块。",
        "[x]处理网站“领导信箱”来信{x}封，均在规定时间内回复。",
        "[x]本年度接待群众现场查阅政府信息{x}人次。",
        "[x]对{x}件涉及群众切身利益的重要决策事项进行了预公开，广泛征求社会意见。",
        "[x]{site}全年访问量约{x}万人次。",
    ),
    contact=(
        "公众如需进一步了解相关情况，可与{agency}政务公开办公室联系（办公地址：{addr}；邮政编码：{post}；咨询电话：{phone_paren}）。",
        "联系单位：{agency}办公室\n联系人：{person}\n通讯地址：{addr}\n邮政编码：{post}\n联系电话：{phone}\n传真号码：{fax}\n电子信箱：{email}",
        "如对本报告内容有疑问，请致电{agency}综合股：{phone_dash}，或发送电子邮件至{email}。",
        "{agency}地址：{addr}（邮编{post}），办公电话{phone}，图文传真{fax_paren}。",
        "本报告电子版可在{site}查阅下载。对报告有疑问的，请与{agency}联系，地址：{addr}，邮政编码：{post}，电话：{phone}，电子邮箱：{email}。",
        "信息公开受理机构：{agency}办公室；办公地址：{addr}；受理电话：{phone}；传真：{fax_dash}。",
        "来信地址：{addr}，邮编：{post}；E-mail：{email}。",
    ),
    preamble=(
        "本报告由{agency}根据2019年5月15日起施行的《中华人民共和国政府信息公开条例》第五十条编制，"
        "反映{year}年度本机关政府信息公开工作情况，所列数据的统计时段为{year}年1月1日至{year}年12月31日。",
        "按照上级政务公开主管部门关于做好年度报告编制发布工作的要求，{agency}对{year}年政府信息公开工作进行了梳理总结，"
        "现予公布。报告正文共六个部分，除特别说明外，数据截至{year}年12月31日。",
        "现将本机关{year}年度政府信息公开工作情况报告如下，本报告电子版同步在{site}发布。",
    ),
    filler=(
        "对拟公开的信息逐条开展保密审查和公开属性审查，全年未发生泄密或公开不当问题。",
        "聘请法律顾问参与依申请公开答复文书的审核，确保答复内容合法、规范。",
        "在办公楼大厅设置政务公开专区，配备自助查阅终端，方便群众现场查询。",
        "梳理完善本单位法定主动公开事项清单，逐项明确公开内容、公开时限和责任科室。",
        "落实信息发布“三审三校”要求，信息由经办人起草、科室负责人审核、分管领导签发后发布。",
        "对网站栏目进行优化调整，合并内容相近的栏目，关停长期不更新的栏目。",
        "围绕优化营商环境和惠企政策，及时发布办事指南和政策问答。",
        "畅通线上线下申请渠道，在{site}公布依申请公开的受理机构、通讯地址和办理流程。",
        "建立政务舆情监测和回应机制，对群众反映的问题做到及时核实、及时回应。",
        "把政务公开业务纳入干部学习内容，组织信息员参加上级举办的业务培训。",
        "对学生课后服务、校外培训监管等社会关注事项，及时发布政策说明和办理进展。",
        "按时公开义务教育阶段招生划片范围和入学流程，接受家长和社会监督。",
    ),
    problems=(
        "{year}年{we}政府信息公开工作仍有短板：一是政策解读的形式不够多样，二是部分栏目更新不够及时。"
        "下一步将加强人员培训，落实信息发布审核和栏目巡查制度。",
        "对照上级考核要求，本机关在主动公开的深度和时效上仍有差距，信息员多为兼职。"
        "今后将健全工作台账，定期开展自查，推动公开工作规范化。",
        "存在问题：公开内容与群众需求衔接不够紧密。改进措施：围绕群众关切调整公开重点，用好政务新媒体扩大信息覆盖面。",
    ),
    other=(
        "{year}年度{we}没有收取政府信息公开信息处理费，也没有其他需要报告的事项。",
        "[x]本年度办理人大代表建议{x}件，办理结果均已按规定公开；未收取信息处理费。",
        "本机关本年度未发出信息处理费缴费通知书。",
    ),
    sub_headings=(
        ("（一）主动公开方面", "（二）依申请公开方面", "（三）政府信息管理方面", "（四）平台建设方面", "（五）监督保障方面"),
        ("1.主动公开政府信息情况", "2.依申请公开政府信息情况", "3.政府信息管理情况", "4.政府信息公开平台建设情况",
         "5.监督保障情况"),
        ("（一）着力抓好主动公开", "（二）依法办理依申请公开", "（三）规范政府信息管理", "（四）加强公开平台建设",
         "（五）强化监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作报告", "{agency}{year}年政府信息公开年报",
                     "{agency}政府信息公开工作年度报告（{year}年度）"),
        "two_lines": ("{agency}{year}年政府信息\n公开工作年度报告", "{agency}\n{year}年度政府信息公开工作报告"),
        "level_only": ("{level_body}{year}年度政府信息公开工作报告", "{level_body}政府信息公开工作年度报告（{year}年）"),
        "year_first": ("{year}年度{agency}政府信息公开年度报告", "{year}年{agency}政府信息公开年报"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作报告", "{prefix}{agency}\n{year}年政府信息公开工作年度报告"),
        "spaced": ("{agency}\u3000{year}年度政府信息公开工作年度报告", "{agency} {year} 年度\n政府信息公开工作报告"),
        "about": ("{agency}关于{year}年政府信息公开工作情况的报告", "{agency}关于{year}年度政府信息公开工作的报告"),
        "none": (),
    },
    nav=(
        "关怀版 | 无障碍 | 繁體 | 登录",
        "设为首页  加入收藏  网站地图  手机版",
        "首页  要闻动态  政府信息公开  政务服务  政民互动  走进{short}",
        "政务微博 | 政务微信 | 移动客户端",
    ),
    crumbs=(
        "当前位置：首页 > 政务公开 > 部门信息公开 > {ref_full} > 政府信息公开年报",
        "您的位置：首页 >> 信息公开 >> 年度报告",
        "所在位置：{short}政府网 > 政府信息公开 > 法定主动公开内容 > 政府信息公开工作年度报告",
    ),
    meta=(
        "索引号：{code}/{year1}-00041  发布机构：{src}  成文日期：{date}  公开方式：主动公开",
        "信息来源：{src}  发布时间：{date}  【字号：大 中 小】  【打印】【关闭】",
        "作者：办公室  来源：{src}  点击数：  更新时间：{date}",
        "组配分类：{year}年度  发布日期：{date}  分享到：",
    ),
    footer=(
        "版权所有：{county}人民政府  {icp}  政府网站标识码：{code}\n建议使用1920×1080分辨率浏览本站",
        "网站地图 | 联系我们 | 隐私声明\n主办：{county}人民政府办公室  运维：{county}融媒体中心  {icp}",
        "扫一扫在手机上查看当前页面\n{icp}  网站标识码：{code}",
    ),
    table_missing=("", "（相关统计表以图片形式发布，详见附件）", "附表略。"),
)
