"""The final phrase bank of the report generator: written after the other four had all been tuned on.

``dev``, ``heldout``, ``fresh`` and ``ruler`` have each been looked at while tuning the parser.
This fifth bank was written by someone who had read neither the parser (``index/textfacts.py``,
``index/meta.py`` …) nor any bench score, from published reports of county-level bodies other
than the usual education bureaus (district government offices, sub-district offices, townships,
natural resources, market regulation, transport, housing and health bureaus; many provinces,
years 2019–2025). None of their sentences is reproduced, and no fact sentence template here is
one of the other four banks'. It adds one phrasing the others lack: a press conference not held
(``[press=0]``).

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank final``, WHILE TUNING THE PARSER, do not run
the bench on it while tuning, and do not change it after seeing its scores (except to fix gold
that disagrees with the text). Its template language is the one described in
``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

FINAL = Bank(
    name="final",
    disclosed=(
        "{year}年，{we}累计主动公开政府信息{total}条，其中在{site}公开{web}条、经“{acct}”微信公众号发布{wechat}条。",
        "依托{site}政府信息公开专栏，全年上传各类政务信息{web}条。",
        "“{acct}”微信公众号作为对外发布的主渠道，本年度编发信息{wechat}条。",
        "本年度主动公开政府信息数为{total}条，法定主动公开内容做到应公开尽公开。",
        "[x]全年主动对外公开政府信息{total}条，另编印政务公开宣传折页{x}期。",
        "网站端发布信息{web}条、微信端推送信息{wechat}条，发布做到常态化。",
        "{ref}{year}年度在{site}更新政府信息{web}条，“{acct}”公众号全年推文{wechat}篇。",
        "{year}年度主动公开的政府信息总量为{total}条，较好满足了公众的查询需求。",
        "[x]全年在{site}主动公开信息{web}条，同期下线过期信息{x}条。",
        "政府信息主动公开总数{total}条，其中通过{site}发布{web}条。",
        "“{acct}”微信公众号全年原创和转载信息合计{wechat}条。",
    ),
    newmedia=(
        "“{acct}”微信公众号用户数已达{fwx}人。",
        "政务微博“{acct}”本年度更新博文{weibo}条，粉丝量{fwb}人。",
        "“{acct}”视频号全年上线短视频{video}个。",
        "在抖音平台开设“{acct}”账号，年内发布视频{video}条，粉丝{fvid}人。",
        "官方抖音号“{acct}”目前拥有粉丝{fvid}人。",
        "“{acct}”新浪微博全年发布微博{weibo}条。",
        "截至{year}年12月底，微信公众号“{acct}”关注用户总数为{fwx}人，微博粉丝数为{fwb}人。",
    ),
    interp=(
        "本年度共制发政策解读材料{interp}件，解读形式包括文字、图解和视频。",
        "{year}年，{we}组织召开新闻发布会{press}场，通报重点工作推进情况。",
        "围绕新出台的政策文件开展解读{interp}篇次，做到应解读尽解读。",
        "全年主办新闻发布会{press_cn}场、发布政策解读{interp}条。",
        "[press=0]{year}年{we}未召开新闻发布会，政策解读主要以图文形式在网站发布，共{interp}篇。",
        "新闻发布会方面，{we}全年共举办{press}次。",
        "政策解读由起草股室负责撰写，全年上网解读稿{interp}篇。",
    ),
    applications=(
        "{year}年，{we}共收到{recv}份政府信息公开申请，已答复{hand}份。",
        "依申请公开办件量为{recv}件，全部由办公室统一登记、转办。",
        "全年经网络平台、信函及现场提交的政府信息公开申请合计{recv}件。",
        "本年度{we}接收依申请公开事项{recv}件，截至12月31日办理完毕{hand}件。",
        "{year}年度共有{recv}件政府信息公开申请提交至{we}，内容多涉及项目审批和行政许可信息。",
        "申请办理方面，当年登记在册的政府信息公开申请{recv}件，已作出书面答复{hand}件。",
        "{we}全年收到的政府信息公开申请数为{recv}件，已办结{hand}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年度{we}收到的政府信息公开申请数为0。",
        "[recv=0]本年度{we}未接收到任何政府信息公开申请。",
        "[recv=0]全年无公民、法人或其他组织向{we}提出政府信息公开申请。",
        "[recv=0]{year}年，政府信息公开申请的受理数量为零。",
    ),
    review=(
        "全年因政府信息公开问题引起行政复议{recon}件，引起行政诉讼{litig}件。",
        "复议诉讼方面，申请人就{we}政府信息公开答复提起行政复议{recon}件、行政诉讼{litig}件。",
        "政府信息公开行政复议、行政诉讼数量分别为{recon}件和{litig}件。",
        "{year}年{we}作为被申请人的政府信息公开行政复议共{recon}件，作为被告的政府信息公开行政诉讼共{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年度，{we}未因政府信息公开被申请行政复议，也未被提起行政诉讼。",
        "[recon=0,litig=0]因政府信息公开引起的行政复议和行政诉讼数量均为0。",
        "[recon=0,litig=0]全年无因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "[recon=0,litig=0]政府信息公开工作未引发行政复议，也未引发行政诉讼。",
    ),
    distractors=(
        "[x]全年处理政府网站“留言咨询”栏目诉求{x}件，均按期回复。",
        "[x]梳理政务公开事项清单{x}项，逐项明确公开时限和责任股室。",
        "[x]举办政府信息公开知识讲座{x}期。",
        "[x]更新政务服务事项办事指南{x}项，实现办事要素统一。",
        "[x]在{x}个村（社区）公示栏同步张贴惠民政策。",
        "[x]全年回复“{acct}”公众号后台留言{x}条。",
        "[x]门户网站全年访问量达{x}万人次。",
    ),
    contact=(
        "本报告由{agency}负责解释。联系地址：{addr}；邮政编码：{post}；联系电话：{phone}。",
        "{agency}政府信息公开受理机构为办公室，电话{phone}，传真{fax}，电子邮箱{email}。",
        "公众对本报告有意见的，可来信寄至{addr}（邮政编码{post}）。",
        "工作日咨询热线：{phone}；网上来信：{email}。",
        "联系我们——单位：{agency}　地址：{addr}　电话：{phone}　邮箱：{email}",
        "如需纸质报告，请与{agency}综合股联系，电话{phone}，传真{fax}。",
    ),
    preamble=(
        "按照《中华人民共和国政府信息公开条例》有关规定和上级工作部署，{agency}结合本单位实际编制本年度报告。"
        "所列统计数据时段为{year}年1月1日—{year}年12月31日。",
        "本报告是{agency}依据《中华人民共和国政府信息公开条例》编写的{year}年度政府信息公开工作报告，"
        "电子文本可登录{site}浏览或下载。",
        "{year}年，{we}在{county}党委、政府领导下持续推进政务公开。"
        "根据《中华人民共和国政府信息公开条例》要求，现将本年度政府信息公开工作情况报告如下。",
        "现向社会发布{agency}{year}年度政府信息公开工作年度报告。报告包括总体情况、主动公开、依申请公开、"
        "复议诉讼、存在问题及改进情况和其他事项六部分，数据截至{year}年12月31日。",
    ),
    filler=(
        "办公室牵头负责政务公开日常工作，各股室确定一名联络员，按时报送应公开信息。",
        "信息发布实行“一事一审”，未经审签的信息一律不得上网。",
        "对规范性文件实行统一登记、统一编号、统一发布，在网站集中展示现行有效文件。",
        "按季度开展错敏信息排查，对历史栏目中的过期内容作归档处理。",
        "设立政府信息公开申请受理窗口，公布受理时间和办理流程。",
        "把公开要求嵌入公文办理流程，拟文时即明确公开属性。",
        "围绕优化营商环境、民生实事等重点，加大政策文件及配套措施的公开力度。",
        "借助政务服务大厅电子屏和村（社区）公示栏，把政策送到群众身边。",
        "每半年对政务公开工作通报一次，对进度滞后的股室进行提醒。",
        "落实个人信息保护要求，公示材料中的身份证号、手机号等内容一律去标识化处理。",
        "在招生录取、教师招聘等环节坚持结果公示，接受家长和社会监督。",
        "督促各学校在校园网站公开收费项目、资助政策和招生方案。",
        "及时转载{county}人民政府发布的重要政策，做到同步宣传、同步解读。",
    ),
    problems=(
        "问题主要有：信息发布偏重动态类内容，政策类、数据类信息偏少；基层公开栏更新不够及时。"
        "改进方向：扩充数据类信息的公开，建立公开栏定期巡查制度。",
        "{year}年工作中仍存在公开时效不够稳定、解读材料可读性不强等问题。"
        "{we}将细化发布时限要求，多用图表和案例讲解政策。",
        "对照上级考核要求，政务新媒体内容原创比例偏低，互动回应还不够及时。"
        "今后将充实编辑力量，建立留言限时回复机制。",
    ),
    other=(
        "{year}年度{we}没有发生收取政府信息公开信息处理费的情况，无其他需要说明的事项。",
        "本单位无其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）关于主动公开", "（二）关于依申请公开", "（三）关于政府信息管理", "（四）关于平台建设", "（五）关于监督保障"),
        ("一是主动公开全面及时。", "二是依申请公开依法规范。", "三是信息管理严格有序。", "四是公开平台持续完善。",
         "五是监督保障有力有效。"),
        ("（1）主动公开情况", "（2）依申请公开情况", "（3）政府信息管理情况", "（4）政府信息公开平台建设情况", "（5）监督保障情况"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开年度报告", "{agency}{year}年度信息公开工作年度报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告", "{agency}{year}年度\n政府信息公开工作年度报告"),
        "level_only": ("{level_body}{year}年度政府信息公开年度报告",),
        "year_first": ("{year}年{agency}政府信息公开工作报告", "{year}年度{agency}政府信息公开年报"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开年度报告", "{prefix}{agency}关于{year}年度政府信息公开情况的报告"),
        "spaced": ("{agency}　{year} 年度政府信息公开\n工作年度报告", "{agency}  {year}年度  政府信息公开工作报告"),
        "about": ("{agency}关于{year}年度政府信息公开情况的报告", "关于{agency}{year}年政府信息公开工作的报告"),
        "none": (),
    },
    nav=(
        "智能问答  个人中心  无障碍阅读  关怀版",
        "首页 | 今日{short} | 政务公开 | 办事服务 | 民生热点 | 专题专栏",
        "请输入关键词  搜索  高级检索",
        "用户登录 | 注册 | 收藏本站 | 简/繁",
    ),
    crumbs=(
        "当前位置：首页->政务公开->政府信息公开->政府信息公开年报->{ref_full}",
        "位置：网站首页 » 政府信息公开 » 年度报告 » {year}年度",
        "您的位置 : 首页 / 信息公开 / 法定主动公开内容 / 政府信息公开工作年度报告",
    ),
    meta=(
        "【信息时间：{date}  发布机构：{src}】",
        "发表日期：{date}  发布机构：{src}  访问量：  【打印】【关闭】",
        "信息索引号：{code}/{year1}-00208  公开方式：主动公开  成文日期：{date}  发布机构：{src}",
    ),
    footer=(
        "举报中心 | 网站统计 | 适老化服务\n主办：{county}人民政府　{icp}　网站识别码：{code}",
        "{county}人民政府办公室主办　{county}数据资源中心维护\n{icp}",
    ),
    table_missing=("", "（本部分统计表见原文附件）", "注：统计表格未能正常显示"),
)
