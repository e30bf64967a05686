"""The ninth phrase bank: the ruler for the change to the prose-fact readers after the eighth bank.

DO NOT READ WHILE TUNING the readers (index/textfacts.py, index/factkinds.py, index/meta.py and
the rest of ``index/``), and do not look at what ``python -m evals synth --bank ninth`` writes or
at its failures: this bank is scored once, after that change, and is a tuning set only from then
on (``evals/README.md`` keeps the record).

It was written without reading the readers, the eighth bank or any earlier held-out bank
(seventh, last, final, ruler, fresh, heldout), and without running the benchmark on any bank.
The variety was learnt from about sixty published annual reports read through the search
tool's stored pages, from 27 provinces (Beijing, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin,
Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei, Hunan, Guangdong, Guangxi,
Hainan, Chongqing, Sichuan, Guizhou, Yunnan, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang),
2018–2025 (a few older), of education, health, civil affairs, transport, market regulation and
natural-resources bodies, township and county governments and a few others. Every sentence
below was written for this generator; none is a report's sentence.

What it leans on (what readers are likely to miss):
- figures placed before their noun (``{web}条信息经…发布``, ``{recon}起行政复议``), in Chinese
  numerals (``{recv_zh}``, ``{interp_zh}``) or full-width digits, counted in 宗/份/件次/起;
- channels named by their platform (视频号, 抖音号, 政务微博) with followers stated as 关注用户,
  订阅数, 粉丝总数, 关注者, or before the noun (``{fwx}名用户关注了…``);
- applications received phrased as 新接收/登记/办理/接到/受理量为, handled as 处理完毕/作出答复;
- noughts in words (没有收到, 未收悉, 受理数量为零, 数量均为0, 不存在因 …) and a press conference
  not held (未举行/没有举办/未召开新闻发布会);
- contact lines with 通讯地址 and the postcode in parentheses, 传真号码/传真电话, 电子信箱/邮箱,
  numbers after 电话 with no colon, an em dash in the area code;
- other numbers in the same sentence or paragraph: reading counts, 12345 工单, 县长信箱 留言,
  人大建议 and 政协提案, trainings, meetings, documents cleaned up, staff, petitions.
"""

from __future__ import annotations

from evals.synth_bank import Bank

NINTH = Bank(
    name="ninth",
    disclosed=(
        "{year}年度，{we}依托{site}对外公开各类政府信息{web}条，“{acct}”微信公众号编发推文{wechat}篇。",
        "[x]全年累计对外发布政府信息{total}条，相关页面访问量逾{x}万人次。",
        "政务网站方面，{ref}全年上传发布信息{web}条；政务新媒体方面，“{acct}”公众号推送{wechat}条、视频号发布短视频{video}条。",
        "主动公开政府信息共计{total}条，其中在{site}公开{web}条，通过微信公众号公开{wechat}条。",
        "一年来，通过门户网站、政务新媒体等渠道主动公开信息{total_plain}余条。",
        "{year}年，在{site}政府信息公开专栏更新信息{web_fw}条。",
        "[x]“{acct}”微信公众号全年编发原创及转载稿件{wechat}篇，单篇最高阅读量超过{x}千次。",
        "按照“应公开尽公开”的要求，{we}本年度公开政府信息{total}条。",
        "门户网站是主动公开的第一平台，全年经{site}发布的信息达{web}条。",
        "除网站外，{we}还通过“{acct}”微信公众号发布信息{wechat}条，通过抖音号发布作品{video}个。",
        "全年新公开政府信息{total}条（网站{web}条、公众号{wechat}条）。",
        "[x]{year}年主动向社会公开政府信息{total}条，另向上级部门报送政务信息{x}篇。",
        "政府信息主动公开数量为{total}条，公开范围和深度较上年有所拓展。",
        "通过{site}主动公开工作动态、通知公告、财政预决算等信息共{web}条，“{acct}”公众号发布{wechat_fw}条。",
        "{web}条信息经{site}对外发布，{wechat}篇推文经“{acct}”微信公众号推送。",
        "[x]在政府网站发布信息{web}条，比上年减少{x}条，主要是合并了重复栏目。",
    ),
    newmedia=(
        "“{acct}”微信公众号关注用户累计{fwx}人。",
        "截至{year}年12月31日，“{acct}”公众号订阅数为{fwx}。",
        "官方微博全年发博{weibo}条，粉丝总数{fwb}人。",
        "“{acct}”政务微博发布信息{weibo}条，微博关注者达{fwb}名。",
        "视频号“{acct}”全年上传视频作品{video}个，粉丝总数{fvid}人。",
        "[x]“{acct}”抖音号发布短视频{video}条，累计播放{x}万余次。",
        "微信公众号粉丝总数{fwx}人，较年初明显增长；政务微博推送信息{weibo}条。",
        "抖音政务号“{acct}”的关注人数已达{fvid}人。",
        "新浪微博账号“{acct}”年内发布微博{weibo}条。",
        "{fwx}名用户关注了“{acct}”微信公众号。",
        "“{acct}”微信公众号拥有粉丝{fwx}人，官方微博拥有粉丝{fwb}人。",
        "截至年末，政务微博订阅用户{fwb}人，视频号关注用户{fvid}人。",
    ),
    interp=(
        "对涉及群众切身利益的文件同步开展解读，全年推出解读稿件{interp}篇。",
        "采取图解、短视频、问答等形式解读政策{interp_zh}次。",
        "[press=0]{year}年{we}未举行新闻发布会，政策解读以网站发布为主，共发布解读信息{interp}条。",
        "组织新闻发布会{press_cn}场，由主要负责人介绍重点工作并回答记者提问。",
        "{year}年发布政策解读{interp}条，举办新闻发布会{press}次。",
        "[press=0]全年没有举办新闻发布会。",
        "{interp}篇政策解读材料随文件一并公开。",
        "围绕群众关心的民生事项，以新闻发布会形式发布权威信息{press}场次。",
        "[x]本年度共解读重要政策文件{interp}件，解读稿件累计阅读{x}万余次。",
        "[press=0]本年度未召开新闻发布会，{interp_zh}篇政策解读均通过网站和公众号发布。",
        "召开新闻发布会的场次为{press}场。",
        "结合工作实际，共举行新闻发布会{press_cn}次、发布解读材料{interp}份。",
        "就招生入学政策开展解读{interp}次，并召开新闻发布会{press}场。",
    ),
    applications=(
        "本年度新接收政府信息公开申请{recv}件，已办结{hand}件。",
        "{year}年共登记政府信息公开申请{recv}件，全部在规定时限内作出答复。",
        "依申请公开方面，全年受理公民、法人和其他组织提出的申请{recv}宗。",
        "全年收到依申请公开件{recv_zh}件，均已按程序处理。",
        "{we}全年办理政府信息公开申请{recv}件，其中办结{hand}件。",
        "通过网上平台、信函和当面提交等方式，共收到政府信息公开申请{recv}份。",
        "[x]全年接到政府信息公开申请{recv}件次，较上年减少{x}件次。",
        "本年度依申请公开受理量为{recv}件，处理完毕{hand}件。",
        "{recv}件政府信息公开申请均于法定期限内答复。",
        "收到申请人提交的政府信息公开申请共{recv}件，作出答复{hand}件。",
        "全年共受理政府信息依申请公开事项{recv}件。",
        "{year}年收到涉及学籍、招生等事项的信息公开申请{recv}件，办结{hand}件。",
        "接收政府信息公开申请{recv_fw}件。",
        "全年新收政府信息公开申请的数量为{recv}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年度，{we}没有收到公民、法人或其他组织提交的政府信息公开申请。",
        "[recv=0]依申请公开方面，全年未接到申请人提出的政府信息公开申请。",
        "[recv=0]本年度无公民、法人和其他组织提出政府信息公开申请。",
        "[recv=0]全年政府信息公开申请数为0件。",
        "[recv=0]{we}本年度收到依申请公开的申请0件。",
        "[recv=0]{year}年{we}未收悉任何政府信息公开申请。",
        "[recv=0]依申请公开工作：本年度受理数量为零。",
        "[recv=0]本年度政府信息公开申请为零，无需要办理的申请件。",
    ),
    review=(
        "因政府信息公开工作被申请行政复议{recon}起、被提起行政诉讼{litig}起。",
        "涉及{we}政府信息公开的行政复议案件{recon}宗，行政诉讼案件{litig}宗。",
        "政府信息公开行政复议、行政诉讼分别为{recon}件和{litig}件。",
        "行政复议：{recon}件；行政诉讼：{litig}件。",
        "全年收到政府信息公开类行政复议申请{recon}件，应诉行政诉讼案件{litig}件。",
        "本年度因信息公开被申请行政复议的有{recon}件，被起诉的行政诉讼{litig}件。",
        "全年发生{recon}起行政复议、{litig}起行政诉讼，均与政府信息公开有关。",
        "行政复议和行政诉讼数量分别是{recon}件、{litig}件。",
        "政府信息公开引起的行政复议共{recon}件、行政诉讼共{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]政府信息公开工作未引发行政复议和行政诉讼。",
        "[recon=0,litig=0]全年没有出现针对{we}政府信息公开行为的行政复议、行政诉讼。",
        "[recon=0,litig=0]因政府信息公开被申请行政复议、提起行政诉讼的数量均为0。",
        "[recon=0,litig=0]本年度不存在因政府信息公开产生的行政复议及行政诉讼案件。",
        "[recon=0,litig=0]涉及政府信息公开的行政复议、行政诉讼件数均为零。",
        "[recon=0,litig=0]{we}无因政府信息公开被申请行政复议或被提起诉讼的情况。",
        "[recon=0,litig=0]政府信息公开行政复议案件0件、行政诉讼案件0件。",
        "[recon=0,litig=0]未有申请人就政府信息公开事项申请行政复议或提起行政诉讼。",
    ),
    distractors=(
        "[x]受理12345政务服务便民热线转来的诉求工单{x}件，均按期回复。",
        "[x]答复县长信箱及网上咨询留言{x}条，回复率百分之百。",
        "[x]办理人大代表建议和政协委员提案{x}件，办理结果全部向社会公开。",
        "[x]对照清理要求，废止和宣布失效的文件共{x}件。",
        "[x]先后举办政务公开业务培训班{x}期，参训人员覆盖各股室。",
        "[x]召开政务公开专题会议{x}次，研究部署年度重点任务。",
        "[x]在行政执法公示平台公示行政许可决定{x}条。",
        "[x]在各乡镇（街道）便民服务中心设置政务公开专区{x}个。",
        "[x]接待来访群众{x}人次，现场提供政策咨询服务。",
        "[x]全年编印工作简报{x}期，报送上级部门参阅。",
        "[x]组织开展政府开放日活动{x}次，邀请群众代表走进机关。",
        "[x]确定兼职信息公开联络员{x}名，负责本股室信息的采集和报送。",
    ),
    contact=(
        "如对本报告有任何疑问，可与{agency}办公室联系（通讯地址：{addr}（{post}），联系电话：{phone}）。",
        "联系方式——办公地址：{addr}；邮政编码：{post}；咨询电话：{phone}；传真号码：{fax}。",
        "公众如需进一步了解相关信息，请与{agency}联系，电话{phone_dash}，传真电话{fax_dash}。",
        "对本报告的意见建议，可发送至电子信箱{email}。",
        "{agency}地址：{addr}，邮编{post}，联系电话{phone}，邮箱{email}。",
        "受理机构：{agency}办公室；联系地址：{addr}；邮政编码：{post}；传真电话：{fax}；电子邮箱：{email}。",
        "如对报告内容有疑义，请联系{agency}（电话：{phone}；地址：{addr}）。",
        "办公地址：{addr}。邮政编码：{post}。联系电话：{phone}。",
        "咨询电话{phone}（工作日），传真{fax}，电子邮件{email}。",
        "本年度报告电子版可在{site}下载，如有疑问请与{agency}联系（邮编：{post}；联系电话：{phone_dash}）。",
    ),
    preamble=(
        "依据《中华人民共和国政府信息公开条例》第五十条的规定，{agency}编制了{year}年度政府信息公开工作年度报告。"
        "全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
        "存在的主要问题及改进情况、其他需要报告的事项六部分构成，统计时段为{year}年1月1日至12月31日。",
        "本报告反映{agency}{year}年1月1日至{year}年12月31日期间的政府信息公开工作情况，电子版可在{site}查阅下载。",
        "{year}年，{we}按照上级关于年度报告编制发布的部署，结合工作实际形成本报告，现予公布。",
        "现将{agency}{year}年度政府信息公开工作情况报告如下。",
    ),
    filler=(
        "{we}把政府信息公开列入党组议事日程，主要负责同志定期听取工作汇报。",
        "建立拟公开信息源头认定机制，公文起草时即明确公开属性。",
        "信息发布前严格落实“三审三校”，确保内容准确、表述规范。",
        "定期梳理已公开的政策文件，对失效、废止的文件作出标注，并集中展示现行有效文件。",
        "安排专人每日巡查网站栏目，发现空白栏目、错链断链及时整改。",
        "在办公场所设置政府信息查阅点，为群众现场查阅提供便利。",
        "将政务公开工作纳入股室年度目标考核，对工作滞后的及时督促提醒。",
        "健全政务新媒体内容审核和值班制度，严防发布不当信息。",
        "对群众关注的热点问题加强舆情监测，做到早发现、早回应、早处置。",
        "及时公开义务教育招生范围、招生计划和录取结果，方便家长查询。",
        "督促各中小学校落实校务公开，在校园醒目位置设置公开栏。",
        "公开学生资助政策和申请流程，畅通家庭经济困难学生的咨询渠道。",
        "主动与上级政务公开主管部门沟通，按要求完成各项专项工作。",
        "依托政务服务中心窗口提供政策咨询和信息查询服务。",
    ),
    problems=(
        "{year}年，{we}政府信息公开工作虽有进步，但仍存在政策解读形式不够丰富、部分栏目更新不够及时等短板。"
        "今后将加大业务培训力度，完善信息审核流程，推动公开工作更加规范。",
        "主要问题：一是公开内容的深度有待拓展；二是工作人员多为兼职，业务水平参差不齐。"
        "改进措施：加强队伍建设，细化公开目录，强化日常监督。",
        "对照上级要求，{we}在回应社会关切的主动性方面还有差距。下一步将围绕群众关注的重点领域，及时发布权威信息，提升公开实效。",
    ),
    other=(
        "{year}年度{we}没有收取信息处理费，亦无其他需要报告的事项。",
        "本机关未依据《政府信息公开信息处理费管理办法》收取费用。其他事项无。",
        "无其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）主动公开方面", "（二）依申请公开方面", "（三）政府信息管理方面", "（四）政府信息公开平台建设方面",
         "（五）监督保障方面"),
        ("1.主动公开政府信息", "2.办理政府信息公开申请", "3.加强政府信息管理", "4.建设公开平台", "5.强化监督保障"),
        ("（一）政府信息主动公开情况", "（二）政府信息依申请公开情况", "（三）政府信息管理情况", "（四）政务公开平台建设情况",
         "（五）政务公开监督保障情况"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作年度报告", "{agency}{year}年政府信息公开年度报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告", "{agency}\n政府信息公开工作年度报告\n（{year}年度）"),
        "level_only": ("{level_body}{year}年度政府信息公开工作年度报告", "{level_body}\n{year}年政府信息公开工作年度报告"),
        "year_first": ("{year}年度{agency}政府信息公开工作年度报告", "{year}年{agency}政府信息公开年度报告"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告", "{prefix}{agency}\n{year}年政府信息公开工作年度报告"),
        "spaced": ("{agency}  {year} 年度政府信息公开工作年度报告", "{agency} {year}年 政府信息公开工作年度报告"),
        "about": ("{agency}关于{year}年度政府信息公开工作的年报", "{agency}关于{year}年政府信息公开工作年度报告"),
        "none": (),
    },
    nav=(
        "网站首页 | 机构设置 | 政务动态 | 信息公开 | 办事服务 | 公众参与",
        "设为首页  加入收藏  无障碍浏览  适老化模式",
        "简体版 | 繁体版 | 智能问答",
        "{short}政务服务网    {short}融媒体中心",
    ),
    crumbs=(
        "当前位置：首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报",
        "当前位置: 网站首页 >> 信息公开 >> {ref_full} >> 年度报告",
        "所在位置：首页 › 政府信息公开 › 年报专栏",
    ),
    meta=(
        "来源：{src}  发布时间：{date}  访问次数：  【字号：大 中 小】",
        "索 引 号：{code}/{year1}-0001  发布机构：{src}  公开日期：{date}",
        "日期：{date} 信息来源：{src} 【打印】【关闭】",
    ),
    footer=(
        "版权所有：{county}人民政府  {icp}  政府网站标识码：{code}",
        "主办：{county}人民政府办公室  技术支持：{county}融媒体中心\n{icp}",
        "扫一扫在手机上查看当前页面\n网站标识码{code}  {icp}",
    ),
    table_missing=("", "（本部分数据以表格形式附后）", "表格见附件。"),
)
