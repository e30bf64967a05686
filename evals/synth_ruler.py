"""The ruler phrase bank of the report generator: the last clean ruler, scored once at the end.

``dev`` is for development, ``heldout`` has been partly tuned on, and the extractors are about
to be tuned on ``fresh``. This fourth bank was written before that tuning, by someone who had
not read the parser (``index/textfacts.py``, ``index/meta.py`` …) nor run the bench on any bank,
from the variety of published reports of county-level bodies (education, health, civil affairs,
natural resources, market regulation, township and district governments; many provinces, years
2019–2025). None of their sentences is reproduced, and no fact sentence template here is one of
the other three banks'.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank ruler``, WHILE TUNING THE PARSER, do not run
the bench on it while tuning, and do not change it after seeing its scores (except to fix gold
that disagrees with the text). Its template language is the one described in
``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

RULER = Bank(
    name="ruler",
    disclosed=(
        "{year}年度{we}依托{site}、“{acct}”微信公众号和公开栏等载体，主动公开政府信息共{total}条；"
        "网站发布{web}条，公众号推送{wechat}条。",
        "在{site}的信息公开目录中登载信息{web}篇，做到信息形成后及时上网。",
        "{site}是{we}公开政府信息的第一平台，本年度在该平台发布各类信息{web}条。",
        "微信公众号“{acct}”坚持日常更新，{year}年共推送图文消息{wechat}条。",
        "[x]{year}年，{we}主动公开各类信息{total}条，另向上级报送政务信息{x}条。",
        "主动公开方面，全年共对外发布政府信息{total}条，覆盖机构职能、政策文件、财政资金、人事信息等类别。",
        "通过{site}和“{acct}”公众号两个渠道分别发布信息{web}条和{wechat}条。",
        "新媒体方面，“{acct}”微信公众号年内累计发稿{wechat}篇。",
        "{year}年，{we}共在{site}公开信息{web}条、在微信公众号公开信息{wechat}条，主动公开总数达{total}条。",
        "[x]按照“谁制作、谁公开”的原则，全年公开政府信息{total}条，同时办理网站“咨询投诉”栏目来信{x}件。",
    ),
    newmedia=(
        "“{acct}”微信公众号现有订阅用户{fwx}人。",
        "开设新浪政务微博“{acct}”，本年度推送博文{weibo}条，关注者达{fwb}人。",
        "借助微信视频号“{acct}”，以短视频形式发布工作动态{video}条。",
        "“{acct}”抖音号全年更新视频{video}条，粉丝总数{fvid}人。",
        "截至{year}年末，“{acct}”微信公众号关注人数{fwx}人、官方抖音号粉丝{fvid}人。",
        "在今日头条、新浪微博同步开设“{acct}”账号，其中微博年内发文{weibo}条。",
        "政务新媒体矩阵中，微博账号“{acct}”现有关注者{fwb}人。",
    ),
    interp=(
        "坚持政策文件与解读材料同步起草、同步审签、同步发布，全年发布解读材料{interp}篇。",
        "全年举行新闻发布会{press}场，发布会实录同步上网。",
        "以文字、图片、H5等形式解读政策{interp}条，让群众看得懂、用得上。",
        "本年度举行了{press_cn}场新闻发布会，并配套推出解读稿件{interp}篇。",
        "邀请业务股室负责人参与政策解读，年内在网站“政策解读”栏目上线解读{interp}篇。",
        "由{we}主办的新闻发布会全年共举行{press}次，主要负责人均以新闻发言人身份出席。",
    ),
    applications=(
        "申请人通过网上平台、信函等方式向{we}提出政府信息公开申请{recv}件，本年度办理完结{hand}件。",
        "全年共收到社会各界{recv}宗政府信息公开申请，申请内容多为信息查询。",
        "{year}年度，{ref}依申请公开受理量为{recv}件，依法作出答复{hand}件。",
        "依申请公开工作方面，全年受理申请{recv}件次，无上年结转申请。",
        "收到政府信息公开申请{recv}项，申请渠道为政府信息公开申请平台。",
        "{year}年，申请公开政府信息的共有{recv}件，{we}在法定期限内答复了其中{hand}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}收到政府信息公开申请0件，也无上年度结转的申请。",
        "[recv=0]全年{we}没有接到政府信息公开方面的申请。",
        "[recv=0]依申请公开方面，本年度无依申请公开事项发生。",
        "[recv=0]{year}年{we}未受理过政府信息公开申请。",
    ),
    review=(
        "{year}年涉及{we}政府信息公开的复议案件{recon}件、诉讼案件{litig}件。",
        "本年度发生政府信息公开类行政复议案件{recon}宗，行政诉讼案件{litig}宗。",
        "因政府信息公开申请答复引发行政复议{recon}起、行政诉讼{litig}起。",
    ),
    review_zero=(
        "[recon=0,litig=0]本年度因政府信息公开引起的行政复议0件、行政诉讼0件。",
        "[recon=0,litig=0]{year}年{we}没有因政府信息公开工作被申请行政复议或被提起行政诉讼。",
        "[recon=0,litig=0]全年未出现针对政府信息公开事项的行政复议和行政诉讼。",
    ),
    distractors=(
        "[x]全年办理行政许可事项{x}件，办理结果均在网上公示。",
        "[x]向上级部门报送政务信息{x}条，多篇被采用。",
        "[x]发放政务公开满意度调查问卷{x}份，群众总体评价较好。",
        "[x]全年开展网站内容自查{x}次，发现的问题均已整改销号。",
        "[x]征集社会公众意见{x}条，采纳情况同步反馈。",
        "[x]开展“政府开放日”活动{x}场，邀请群众代表走进机关。",
    ),
    contact=(
        "本报告如有未尽事宜，欢迎向{agency}办公室反映（通信地址：{addr}；邮政编码：{post}；电话：{phone}；电子邮箱：{email}）。",
        "{agency}政府信息公开受理点设在机关办公室，受理电话{phone}，传真{fax}。",
        "申请人可通过信函方式提交申请，邮寄地址为{addr}（邮编{post}），请在信封注明“政府信息公开申请”字样。",
        "对本报告内容如有疑问，可致电{phone}或发送邮件至{email}咨询。",
        "{agency}　办公地址：{addr}　办公电话：{phone}　传真：{fax}",
    ),
    preamble=(
        "依据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，{agency}编制并向社会公布本年度报告。"
        "数据统计时限为{year}年1月1日至12月31日。",
        "为全面反映{year}年度政府信息公开工作情况，{agency}对照《中华人民共和国政府信息公开工作年度报告格式》编写本报告，"
        "报告全文在{site}公开，欢迎社会公众查阅。",
        "{year}年，{agency}认真落实《中华人民共和国政府信息公开条例》和上级关于政务公开的各项部署，现将全年工作情况报告如下。",
        "本报告所列数据的统计时段为{year}年度。报告共分六部分，依次为总体情况、主动公开、依申请公开、复议诉讼、存在问题和其他事项。",
    ),
    filler=(
        "明确办公室为政府信息公开工作机构，确定一名分管负责同志和一名专职人员具体承办。",
        "严格落实公开前保密审查，凡拟公开信息一律填写审批单，经签批后再上网发布。",
        "对照权责清单和公共服务事项清单，及时维护办事指南，确保要素准确完整。",
        "在机关办公楼一楼设置政务公开专区，配备查阅设备，方便群众现场查询。",
        "规范依申请公开办理流程，做到登记、审核、答复、归档各环节留痕可查。",
        "加强对网站栏目内容的日常维护，对空白栏目和更新不及时的栏目进行清理。",
        "把政务公开纳入干部培训内容，提升工作人员依法公开的能力。",
        "持续做好财政预决算和“三公”经费信息公开，细化到功能分类项级科目。",
        "推进决策公开，对涉及群众切身利益的重要政策在出台前公开征求意见。",
        "及时公布义务教育学校招生范围、报名时间和入学条件，回应家长关切。",
        "推动各学校校务公开与机关政务公开同步推进，定期检查校务公开栏更新情况。",
        "建立政务舆情监测机制，对涉及本部门的网络舆情做到早发现、早回应。",
        "主动配合{county}政务公开办开展业务督导，对指出的问题限期整改。",
    ),
    problems=(
        "回顾全年，政府信息公开工作仍有不足：公开内容以工作动态为主，政策类信息比重偏低；"
        "新媒体运营力量不足。今后将优化公开结构，充实运营人员，提高政策信息的发布比重。",
        "存在问题：个别栏目更新滞后，依申请公开办理人员业务能力有待提高。"
        "改进措施：实行栏目责任人制度，定期开展业务交流，确保公开工作规范运行。",
        "{we}在政策解读的针对性和回应群众关切的及时性方面还有差距。"
        "下一步将围绕重点工作做好解读，健全舆情收集和回应机制。",
    ),
    other=(
        "本年度{we}未收取政府信息公开信息处理费。无其他需要报告的事项。",
        "{year}年度无其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）主动公开政府信息情况", "（二）收到和处理政府信息公开申请情况", "（三）政府信息管理工作",
         "（四）公开平台建设工作", "（五）监督保障工作情况"),
        ("（一）主动公开。", "（二）依申请公开。", "（三）政府信息管理。", "（四）平台建设。", "（五）监督保障。"),
        ("1.扎实做好主动公开", "2.依法办理依申请公开", "3.规范政府信息管理", "4.加强公开平台建设", "5.强化监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年政府信息公开工作报告", "{agency}{year}年度政府信息公开工作的报告"),
        "two_lines": ("{agency}{year}年度\n政府信息公开年度报告", "{agency}\n{year}年政府信息公开年报"),
        "level_only": ("{level_body}{year}年政府信息公开工作报告",),
        "year_first": ("{year}年{agency}信息公开年报", "{year}年度{agency}政府信息公开工作报告"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作报告", "{prefix}{agency}{year}年政府信息公开年报"),
        "spaced": ("{agency}　{year}年\n政府信息公开工作年度报告", "{agency} {year} 年度政府信息\n公开工作报告"),
        "about": ("{agency}关于{year}年政府信息公开工作情况的报告", "{agency}政府信息公开工作年度报告（{year}年）"),
        "none": (),
    },
    nav=(
        "登录 | 注册 | 无障碍浏览 | 长者专版",
        "{short}概况  要闻动态  信息公开  网上办事  政民互动",
        "繁体版 | English | 手机版 | 微信 | 微博",
        "扫一扫在手机打开当前页",
    ),
    crumbs=(
        "首页 / 政府信息公开 / 政府信息公开年报 / 部门 / {year}年 / 正文",
        "当前位置: 首页 > 政务 > 信息公开年报 > {year}年",
        "您当前所在位置：首页>政府信息公开>部门信息公开目录>{ref_full}>信息公开年度报告",
    ),
    meta=(
        "更新时间：{date}  浏览次数：  来源：{src}  字体[ 大 中 小 ]",
        "信息来源：{src}  作者：佚名  发布时间：{date}  【字体：大 中 小】",
        "索引号 | {code}/{year1}-00031 | 发布日期 | {date} |\n发布机构 | {src} | 时效性 | 有效 |",
    ),
    footer=(
        "主办单位：{county}人民政府  运维单位：{county}政务服务和大数据管理局\n{icp}  网站标识码{code}",
        "网站地图 | 免责声明 | 使用帮助\n{county}人民政府版权所有 未经许可不得复制  {icp}",
    ),
    table_missing=("", "（表格请见附件）", "[表格图片]"),
)
