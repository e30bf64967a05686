"""The fourteenth phrase bank: the held-out ruler for the prose-fact and metadata readers as they
stood after the tuning on the thirteenth bank.

DO NOT READ THIS FILE, OR THE REPORTS IT GENERATES, WHILE TUNING THE READERS. It is scored once,
after the next change to them; reading it first makes it one more bank tuned on.

How it was written: without reading the readers (index/textfacts.py, textchannels.py, textzeros.py,
contacts.py, factkinds.py, meta.py, title.py, store.py), any other bank's file but
``evals/synth_bank.py`` (template language, dev bank), or the history of index/, and without
benching. The variety was learnt by reading about forty published report pages (20 provinces,
2017–2025: veterans affairs, medical security, forestry, water, audit, justice, urban management,
sub-districts, townships and a few county governments); every sentence here is written anew, none
is copied.

What it leans on: bodies rarely covered (veterans, medical security, audit, forestry, urban
management, townships) in their own words; contact details as a semicolon list, a dash-set area
code, a bracketed one, an address with 办公地址 and a 邮政编码; counts of 件次/宗/起 and figures in
Chinese numerals or full-width digits; new noughts (受理、办结均为零件, 案件数：零, 无一起,
没有召开 … 新闻发布会); and distractors inside fact sentences (working days, cleaned-up files,
proposals, letters and visits, reading counts, meetings, lectures).
"""

from __future__ import annotations

from evals.synth_bank import Bank

FOURTEENTH = Bank(
    name="fourteenth",
    disclosed=(
        "{year}年，{we}通过各类渠道主动公开政府信息合计{total}条，其中政府网站{web}条、“{acct}”公众号{wechat}条。",
        "依托{site}和“{acct}”公众号两个阵地，分别发布信息{web}条、{wechat}条。",
        "本年度主动公开政府信息总量达到{total_fw}条，内容以工作动态和通知公告为主。",
        "[x]全年主动公开各类政府信息{total}条，同时清理过期失效信息{x}条。",
        "[x]{ref}在{site}更新各类信息{web}条，较上年增长{x}%。",
        "[x]公众号“{acct}”本年推文{wechat}篇，累计阅读量逾{x}万次。",
        "{we}官网全年更新各类信息{web}条，政务抖音号发布短视频{video}条。",
        "[x]全年公开政府信息{total}条，另公开人大代表建议和政协提案办理结果{x}件。",
        "{year}年度{ref}主动发布政府信息{total}条；此外在政务微博另发博文{weibo}条。",
    ),
    newmedia=(
        "官方微博“{acct}”全年发出博文{weibo}条，粉丝数{fwb}人。",
        "“{acct}”微信公众号订阅用户{fwx}人，配套视频号全年发布作品{video}条。",
        "[x]抖音号“{acct}”累计获得关注{fvid}人，全年发布视频{video}个，点赞超过{x}万次。",
        "截至{year}年末，微信公众号“{acct}”关注用户累计{fwx}人。",
        "{we}政务微博一年推送信息{weibo}条，累计粉丝{fwb}人。",
        "政务视频号“{acct}”全年上传视频{video_fw}条，关注者{fvid}人。",
        "[x]微信公众号“{acct}”现有订阅者{fwx}人，单篇最高阅读量{x}万次。",
        "[x]新浪微博“{acct}”拥有粉丝{fwb}人，全年互动转评赞约{x}万次；公众号关注{fwx}人。",
    ),
    interp=(
        "[press=0]{year}年围绕重点民生政策解读文件{interp}件，未举行新闻发布会。",
        "[press=0]全年以图解、问答等形式解读政策{interp_zh}次，本年度没有召开专题新闻发布会。",
        "{we}参与政府新闻发布会{press}场，配套发布解读材料{interp}篇。",
        "{we}主要负责同志出席新闻发布会{press_cn}次，解读重要政策{interp}项。",
        "[x]举办新闻发布会{press}场，邀请媒体记者{x}人次到场。",
        "对新出台的政策文件逐一解读，全年共形成解读稿件{interp}篇。",
        "[press=0]全年未举办新闻发布会，通过网站发布政策解读{interp}篇。",
        "[x]全年开展政策解读{interp}次、新闻发布{press}场，另组织政策宣讲进村入户{x}场次。",
    ),
    applications=(
        "[x]{year}年{we}登记政府信息公开申请{recv}件，平均答复时间{x}个工作日。",
        "政府信息公开申请受理量{recv}件，办结量{hand}件。",
        "{we}本年度新收信息公开申请{recv_zh}件，均依法作出答复。",
        "依申请公开方面，收到申请{recv}件（含网上申请），办理完毕{hand}件。",
        "[x]全年受理公民申请公开政府信息{recv}件次，涉及{x}个方面的内容。",
        "本年度政府信息公开申请办件共计{recv}件，已答复{hand}件。",
        "{year}年，{ref}接收依申请公开事项{recv}宗，按时办结{hand}宗。",
    ),
    applications_zero=(
        "[recv=0,hand=0]{year}年{we}受理、办结政府信息公开申请均为零件。",
        "[recv=0]依申请公开方面，{year}年{we}接收申请数为零，无上年结转。",
        "[recv=0]本年度{we}未收悉公民、法人或者其他组织的政府信息公开申请。",
        "[recv=0]{year}年，{we}未接到群众提出的政府信息公开申请（含网上申请和信函申请）。",
        "[recv=0]全年依申请公开办件：0件。",
    ),
    review=(
        "行政复议、行政诉讼数量分别是{recon}件、{litig}件，均涉及政府信息公开。",
        "因信息公开事项，{we}作为被申请人的行政复议案件{recon}宗，作为被告的行政诉讼案件{litig}宗。",
        "行政复议：{recon}件；行政诉讼：{litig}件（均与政府信息公开相关）。",
        "[x]涉及政府信息公开的行政复议{recon}起、行政诉讼{litig}起，另有{x}件信访事项转交相关科室办理。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年{we}没有因政府信息公开被申请行政复议，也没有被提起行政诉讼。",
        "[recon=0,litig=0]涉及政府信息公开的行政复议、行政诉讼，本年度件数都为零。",
        "[recon=0,litig=0]政府信息公开行政复议和行政诉讼案件数：零。",
        "[recon=0,litig=0]全年无一起因信息公开引起的行政复议或行政诉讼。",
        "[recon=0,litig=0]全年未被申请政府信息公开类行政复议，未被提起行政诉讼。",
    ),
    distractors=(
        "[x]全年清理失效规范性文件{x}件，并向社会公布清理结果。",
        "[x]办理人大代表建议和政协委员提案{x}件，全部按期答复。",
        "[x]全年{x}次在党组会上专题研究政务公开，逐项交办年度任务。",
        "[x]受理群众来信来访{x}件次，均已办结反馈。",
        "[x]信息从生成到公开平均用时不超过{x}个工作日。",
        "[x]网站互动栏目收到群众留言{x}条，回复率100%。",
        "[x]组织干部职工参加政务公开专题讲座{x}期。",
    ),
    contact=(
        "本报告的电子版可在{site}查阅。如有疑问，请联系{agency}办公室（联系人是{person}），电话{phone}，传真{fax}。",
        "联系方式——地址：{addr}；邮政编码：{post}；电话：{phone_dash}。",
        "如对报告内容有疑问，可致电{phone}或发送电子邮件至{email}与{agency}联系。",
        "{agency}（办公地址：{addr}，邮编{post}）受理有关本报告的咨询，咨询电话{phone}。",
        "读者可通过以下方式反馈意见：电子邮箱{email}，通信地址{addr}，邮编{post}。",
        "办公室电话：{phone}　传真：{fax_paren}　邮箱：{email}",
        "联系单位：{agency}办公室；地址：{addr}；电话：{phone}；邮编：{post}；电子信箱：{email}。",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》第五十条，{agency}编制了{year}年度政府信息公开工作年度报告，"
        "统计时段为{year}年1月1日至12月31日，现向社会发布。",
        "本年度报告分总体情况、主动公开、依申请公开、复议诉讼、问题与改进、其他事项六个部分，"
        "所涉数据截至{year}年12月31日。",
        "为保障公众的知情权和监督权，现将{agency}{year}年政府信息公开工作情况报告如下，"
        "数据统计起止时间为{year}年1月1日至{year}年12月31日。",
    ),
    filler=(
        "{we}把政务公开列入党组会议议题，主要负责同志定期听取工作汇报。",
        "坚持“先审查、后公开”和“一事一审”，由经办科室、办公室、分管领导三级把关。",
        "对照上级公布的标准目录，逐项梳理本部门公开事项，做到应公开尽公开。",
        "对网站栏目开展常态化巡检，发现空白栏目和更新不及时的问题当即整改。",
        "围绕群众办事的高频事项，编制办事指南并在服务窗口同步公示。",
        "认真落实意识形态工作责任制，对政务新媒体发布内容实行“三审三校”。",
        "结合基层政务公开标准化规范化工作，细化公开清单，明确公开时限和责任人。",
        "在服务大厅设置政府信息查阅点，为群众提供查询和咨询服务。",
        "对涉及个人隐私、商业秘密的内容严格审查，依法作去标识化处理后再公开。",
        "加强与融媒体中心的协作，借助广播电视和新媒体扩大信息传播面。",
        "及时调整信息公开工作领导小组成员，确保人员变动不影响工作衔接。",
        "对学校招生、学生资助等教育领域公开事项实行清单化管理。",
    ),
    problems=(
        "对照群众期待，公开内容的深度和解读的通俗性仍有差距，信息员多由业务人员兼任。"
        "今后将加强业务培训，完善发布审核流程，推动公开工作更加规范。",
        "主要不足是新媒体运营力量薄弱、原创内容偏少。改进方向：充实工作力量，丰富图解、短视频等解读形式，"
        "增强信息发布的时效性。",
        "一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目责任清单，定期开展自查，"
        "确保信息发布及时准确。",
    ),
    other=(
        "本年度{we}未收取政府信息公开信息处理费，无其他需要报告的事项。",
        "按照《政府信息公开信息处理费管理办法》，本年度没有发生收费情形。",
        "无需要报告的其他事项。",
    ),
    sub_headings=(
        ("（一）主动公开", "（二）依申请公开", "（三）信息管理", "（四）平台建设", "（五）监督保障"),
        ("（一）主动公开工作", "（二）依申请公开工作", "（三）政府信息管理工作", "（四）公开平台建设工作",
         "（五）监督保障工作"),
        ("1.主动公开情况", "2.依申请公开办理情况", "3.政府信息管理情况", "4.公开平台建设情况", "5.监督保障情况"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作年度报告", "{agency}{year}年政府信息公开年度报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告",),
        "level_only": ("{level_body}{year}年度政府信息公开工作年度报告",),
        "year_first": ("{year}年度{agency}政府信息公开工作年度报告",),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告",),
        "spaced": ("{agency}  {year}年度\n政府信息公开工作年度报告",),
        "about": ("{agency}关于{year}年政府信息公开工作情况的年度报告",),
        "none": (),
    },
    nav=(
        "首页 | 走进{short} | 政务公开 | 便民服务 | 互动交流",
        "长者版  无障碍阅读  English",
        "网站地图 | 联系我们 | 设为首页",
    ),
    crumbs=(
        "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报",
        "您的位置：首页 > 部门信息公开 > {ref_full} > 信息公开年报",
    ),
    meta=(
        "发布日期：{date}  信息来源：{src}  【字号：大 中 小】",
        "索引号：  发布机构：{src}  成文日期：{date}",
    ),
    footer=(
        "版权所有：{county}人民政府  {icp}  网站标识码：{code}",
        "【打印】【关闭】\n主办：{county}人民政府办公室  {icp}",
    ),
    table_missing=("", "（表格见附件）"),
)
