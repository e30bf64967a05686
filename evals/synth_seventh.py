"""The seventh phrase bank of the report generator: written after all six others had been tuned on.

``dev``, ``heldout``, ``fresh``, ``ruler``, ``final`` and ``last`` have each been looked at while
tuning the parser. This seventh bank was written by someone who had read neither the parser
(``index/textfacts.py``, ``index/meta.py`` …) nor any bench score, from published reports of
county-level bodies of kinds the others drew on little (statistics, ecology and environment
branch, urban management, audit, forestry and justice bureaus, town and 乡 governments; many provinces,
years 2019–2025). None of their sentences is reproduced, and no fact sentence template here is
one of the other six banks'.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank seventh``, WHILE TUNING THE PARSER, do not
run the bench on it while tuning, and do not change it after seeing its scores (except to fix
gold that disagrees with the text). Its template language is the one described in
``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

SEVENTH = Bank(
    name="seventh",
    disclosed=(
        "经统计，{year}年{we}对外主动公开的政府信息数量为{total}条。",
        "全年累计编发各类公开信息{total}条（{site}刊载{web}条，“{acct}”微信公众号推送{wechat}条）。",
        "{we}在{site}本部门专栏挂网信息{web}条，内容以工作动态、通知公告和财政资金信息为主。",
        "借助“{acct}”微信公众号，{year}年共向公众推介政务信息{wechat}条。",
        "[x]{year}年{ref}主动公开政府信息{total}条，其中涉及行政执法公示的{x}条。",
        "{we}主动公开信息{total}条，分渠道看，政府网站{web}条、“{acct}”公众号{wechat}条。",
        "[x]一年中{we}公开政府信息总量{total}条，全年在村（社区）公示栏张贴纸质公告{x}份。",
        "在{site}更新维护信息{web}条，在“{acct}”公众号原创及转载信息共{wechat}篇。",
        "本年度{we}共主动公开各类政务信息{total}条，通过{site}对外发布的占{web}条。",
        "“{acct}”微信公众号{year}年全年推文数量为{wechat}篇。",
        "[x]按公开目录统计，{we}本年度新增公开信息{total}条，较上一年度减少{x}条。",
    ),
    newmedia=(
        "“{acct}”公众号用户数至{year}年12月底累计达到{fwx}人。",
        "“{acct}”政务微博本年度发布微博{weibo}条，粉丝数达{fwb}人。",
        "开设“{acct}”视频号，全年上传工作短视频{video}部。",
        "截至年末，“{acct}”抖音号共有关注用户{fvid}人，年内发布作品{video}部。",
        "“{acct}”抖音号累计吸引关注者{fvid}人。",
        "依托新浪微博“{acct}”账号发布动态信息{weibo}条。",
        "{year}年末，“{acct}”微信公众号订阅用户{fwx}人，“{acct}”微博粉丝{fwb}人。",
        "“{acct}”公众号本年度发稿量{wechat}篇，年末关注量{fwx}人。",
    ),
    interp=(
        "坚持“谁起草、谁解读”，{year}年随文件同步制发解读材料{interp}篇。",
        "{we}会同{county}政府新闻办召开新闻发布会{press}场，回应群众关注的热点问题。",
        "围绕出台的政策措施，全年以图文、问答等形式推出解读{interp}篇。",
        "年内组织召开新闻发布会{press_cn}场，同步发布政策解读稿件{interp}篇。",
        "[press=0]{year}年{we}未召开新闻发布会，全年在{site}刊发政策解读{interp}篇。",
        "{we}全年举办新闻发布会共计{press}场次。",
        "本年度{we}的政策解读类信息共发布{interp}条。",
    ),
    applications=(
        "{year}年{we}共接收政府信息公开申请{recv}件，按期答复{hand}件，无超期办理情况。",
        "全年受理政府信息依申请公开{recv}条，申请内容多与征收补偿和项目审批有关。",
        "{year}年，{we}收到公民、法人或其他组织提出的信息公开申请{recv}例。",
        "依申请公开工作中，全年通过信函、网络和当面提交等方式受理申请{recv}件，已全部办结答复。",
        "{year}年度，政府信息公开申请在{we}登记{recv}件，已作出书面答复{hand}件。",
        "本年度{ref}受理的政府信息公开申请数量为{recv}件。",
        "从依申请公开情况看，{year}年{we}接到各类申请{recv}件，依法办结{hand}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}未接到公民、法人和其他组织提出的政府信息公开申请。",
        "[recv=0]本年度{ref}政府信息公开申请数为0，无结转上年度的申请。",
        "[recv=0]依申请公开方面，{year}年{we}没有收到书面或网上提交的公开申请。",
        "[recv=0]{we}全年无依申请公开事项发生。",
    ),
    review=(
        "{year}年，针对{we}政府信息公开工作提出的行政复议{recon}件、行政诉讼{litig}件。",
        "因政府信息公开工作，{we}本年度被申请行政复议共{recon}件，被提起行政诉讼共{litig}件。",
        "{year}年涉及{we}信息公开事项的行政复议案件{recon}件，行政诉讼案件{litig}件。",
        "全年{we}在政府信息公开领域发生行政复议{recon}件，行政诉讼{litig}件，均依法应对。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年，{we}未发生因政府信息公开而被申请行政复议或被提起行政诉讼的情况。",
        "[recon=0,litig=0]全年没有出现就{we}政府信息公开工作申请行政复议、提起行政诉讼的情形。",
        "[recon=0,litig=0]本年度{we}无因政府信息公开引发的行政复议和行政诉讼。",
        "[recon=0,litig=0]就政府信息公开事项，{we}全年未发生行政复议，也未发生行政诉讼。",
    ),
    distractors=(
        "[x]全年承办{county}12345热线转办工单{x}件，按时办结。",
        "[x]配合上级完成“双随机、一公开”抽查{x}次，结果在网站公示。",
        "[x]全年办理人大代表建议和政协委员提案{x}件，均已书面答复。",
        "[x]结合普法宣传日活动，现场发放宣传资料{x}份。",
        "[x]{year}年新增、调整信息公开目录栏目{x}个。",
        "[x]组织机关干部参加政务公开专题培训{x}场。",
        "[x]在服务大厅和各村（社区）设置信息公开查阅点{x}个。",
    ),
    contact=(
        "如对本报告有疑问，请联系{agency}办公室（通讯地址：{addr}；邮政编码：{post}；联系电话：{phone}；传真：{fax}）。",
        "{agency}政府信息公开受理机构电话{phone}，电子邮箱{email}。",
        "书面申请可邮寄至{addr}（邮编{post}），信封注明“政府信息公开申请”。",
        "咨询电话：{phone}（工作日办公时间）；电子信箱：{email}。",
        "受理机构：{agency}办公室；地址：{addr}；电话：{phone}；邮箱：{email}",
        "{agency}信息公开传真号码{fax}，联系电话{phone}。",
    ),
    preamble=(
        "依据《中华人民共和国政府信息公开条例》和年度报告格式的规定，{agency}编制了本年度报告。"
        "报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
        "本报告由{agency}根据本机关{year}年政府信息公开工作情况和相关统计数据整理形成，"
        "全文分为总体情况、主动公开、收到和处理申请、复议诉讼、存在问题及改进、其他事项六个部分。",
        "根据{county}政务公开工作的统一部署，现向社会公布{agency}{year}年政府信息公开工作年度报告，"
        "报告电子版可在{site}查阅下载。",
        "{year}年，{agency}以公开为常态、不公开为例外，现将全年政府信息公开工作情况报告如下。",
    ),
    filler=(
        "调整政务公开工作领导小组，由主要负责人牵头，办公室具体承办，各股室明确一名信息联络员。",
        "拟公开信息实行股室初审、办公室复审、分管领导终审的三级审核，防止涉密和敏感信息外泄。",
        "对照主动公开基本目录逐项梳理，补齐机构职能、领导分工等栏目内容。",
        "按时公开部门预算、决算和“三公”经费，接受社会监督。",
        "行政处罚、行政许可结果按照“双公示”要求在规定时限内上网。",
        "完善依申请公开办理流程，细化登记、审核、答复、送达和归档各环节要求。",
        "将政务公开纳入年度目标考核，定期开展栏目自查，发现问题立即整改。",
        "规范性文件清理结果及时公布，废止和失效的文件在网站上作出标注。",
        "组织干部集中学习政府信息公开条例，提高依法公开的意识和能力。",
        "在服务窗口放置政府信息公开指南和申请表，方便群众现场取阅。",
        "对网站信息安全开展常态化巡检，及时清理错链、断链。",
        "招生入学、学生资助等政策在学校公告栏和家长群同步告知。",
        "督促各学校按规定公开收费项目和标准，接受家长监督。",
    ),
    problems=(
        "对照要求，仍存在公开内容深度不够、政策解读形式不够丰富、信息员业务水平有待提高等问题。"
        "下一步将加强业务培训，推行图解、视频等解读方式，提升公开质量。",
        "{year}年工作中，个别栏目更新滞后，主动回应群众关切的时效性不强。"
        "今后将建立栏目更新台账，实行专人维护、定期检查。",
        "公开工作与业务工作结合还不够紧密，部分信息仍停留在结果公开。"
        "改进措施是推进决策、执行、管理、服务、结果全过程公开。",
    ),
    other=(
        "{year}年{we}未向申请人收取信息处理费。无其他需要报告的事项。",
        "无其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）主动公开方面", "（二）依申请公开方面", "（三）政府信息管理方面", "（四）平台建设方面",
         "（五）监督保障方面"),
        ("（一）主动公开情况", "（二）依申请公开办理情况", "（三）信息管理情况", "（四）公开平台建设情况",
         "（五）监督保障情况"),
        ("一是主动公开。", "二是依申请公开。", "三是政府信息管理。", "四是平台建设。", "五是监督保障。"),
    ),
    titles={
        "one_line": ("{agency}{year}年度信息公开工作报告", "{agency}{year}年政府信息公开工作情况"),
        "two_lines": ("{agency}\n{year}年度信息公开工作年度报告", "{agency}{year}年度政府\n信息公开工作年度报告"),
        "level_only": ("{level_body}{year}年度信息公开工作报告",),
        "year_first": ("{year}年度{agency}政务公开工作年度报告", "{year}年{agency}政府信息公开工作情况"),
        "prefixed": ("{prefix}{agency}{year}年度信息公开工作报告", "{prefix}{agency}{year}年政府信息公开工作情况"),
        "spaced": ("{agency}   {year}年度\n信息公开工作报告", "{agency} {year}年 政府信息公开工作年度报告"),
        "about": ("{agency}关于{year}年度信息公开工作开展情况的报告", "关于{agency}{year}年度信息公开工作情况的报告"),
        "none": (),
    },
    nav=(
        "关怀版  无障碍  English  移动端",
        "首页 > 走进{short} > 政务公开 > 公共服务 > 政民互动 > 数据开放",
        "站群导航  部门网站  乡镇网站",
        "搜索  热门搜索：年报 | 指南 | 目录",
    ),
    crumbs=(
        "您所在的位置：首页 > 政务公开 > 部门 > {ref_full} > 年度报告",
        "当前位置：首页 - 信息公开 - 政府信息公开年报 - {year}年",
        "位置导航：首页 >> 法定主动公开内容 >> 政府信息公开工作年报",
    ),
    meta=(
        "文章来源：{src}  发布时间：{date}  点击率：  【打印】【关闭】",
        "索引号：{code}/{year1}-00042  发文机构：{src}  成文日期：{date}  时效性：有效",
        "作者：  来源：{src}  日期：{date}  字号：【大】【中】【小】",
    ),
    footer=(
        "{county}人民政府主办  {county}大数据中心承办\n{icp}  政府网站标识码：{code}",
        "Copyright © {county}人民政府 版权所有  {icp}\n关于我们 | 网站地图 | 隐私声明",
    ),
    table_missing=("", "（附表见图片）", "（表格略）"),
)
