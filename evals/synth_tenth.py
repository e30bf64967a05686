"""The tenth phrase bank: the held-out ruler for the change to the prose-fact readers that tunes
on the ninth bank.

DO NOT READ THIS FILE, OR THE REPORTS IT PRODUCES, WHILE TUNING THE READERS (index/textfacts.py,
index/textchannels.py, index/textzeros.py, index/contacts.py, index/factkinds.py, index/meta.py,
index/title.py). It is scored once, after that change; from then on it is a tuning set like the
others, and the next change needs a new bank.

It was written without reading the readers, any other bank but ``evals/synth_bank.py`` (the
template language and the dev bank) or any score. The variety was learnt from about sixty
published annual reports, 2018–2025, of 21 provinces and municipalities (Shanxi, Jiangxi, Sichuan,
Yunnan, Gansu, Fujian, Liaoning, Inner Mongolia, Zhejiang, Guizhou, Shaanxi, Hubei, Guangdong,
Chongqing, Anhui, Shanghai, Hunan, Jilin, Shandong, Jiangsu, Beijing) and of bodies well beyond
education: health commissions, civil affairs, housing and construction, agriculture, emergency
management, ecology and environment branches, human resources and social security, medical
insurance, statistics, sub-district offices, townships and county governments. Every sentence
was written for the generator; none is a report's sentence.

What it leans on: channels named with their owner (某县人民政府门户网站, 某县政府信息公开平台,
“某某发布”, a body's 视频号/抖音号); the total stated after the channels' own figures, or
breakdowns in brackets and after 其中; the figure before its noun (“N条信息经…公开”, “N起行政复议”);
full-width digits, Chinese numerals and 约; applications 收悉/登记/接收/办理 and noughts written
as 数量为零, 办件量为0, 未登记到, 没有…申请公开; review counts in 起, 宗 and 例, and 分别为 pairs;
followers as 关注用户, 订阅用户, 粉丝; contact lines in many orders (邮政编码 before the address,
联系人 with a phone, a fax with its area code in brackets, cue words without colons); and other
numbers in the same sentence as a fact (采访, 宣讲, 点击量, 浏览量, 信访件, 咨询电话, 建议提案).
"""

from __future__ import annotations

from evals.synth_bank import Bank

TENTH = Bank(
    name="tenth",
    disclosed=(
        "{year}年，{we}通过{county}人民政府门户网站发布信息{web}条，通过“{acct}”微信公众号推送信息{wechat}篇，"
        "全年累计主动公开政府信息{total}条。",
        "全年主动公开政府信息{total}条（其中：门户网站{web}条，微信公众号{wechat}条）。",
        "{ref}在{county}政府信息公开平台主动公开各类信息{web}条，内容覆盖机构职能、权责清单、财政预决算和工作动态。",
        "[x]本年度累计对外公开政府信息{total}条，其中通知公告{x}条。",
        "{web_fw}条信息经{county}人民政府网对外公开，“{acct}”公众号全年推文{wechat}篇。",
        "“{short}发布”微信公众号全年刊发{we}相关信息{wechat}条。",
        "[x]截至{year}年12月31日，{we}主动公开政府信息共计{total}条，网站累计浏览量{x}万人次。",
        "依托门户网站和政务新媒体，{we}全年对外发布政府信息约{total_plain}条。",
        "主动公开政府信息{total}条；分渠道看，政府门户网站部门子站发布{web}条，“{acct}”微信公众号发布{wechat}条。",
        "政务新媒体方面，“{acct}”视频号发布短视频{video}条，“{acct}”微信公众号推送图文{wechat}篇。",
        "全年信息公开数量为{total}条，{county}人民政府门户网站占{web}条。",
        "在“{acct}”政务微博发布信息{weibo}条，在门户网站发布{web}条，全年累计主动公开{total}条。",
        "[x]全年主动公开政府信息{total}条，同比增长{x}%。",
        "围绕招生入学、教师招聘等重点领域，在{site}公开信息{web}条。",
        "全年累计发布政府信息{total}条。其中，{county}政府信息公开平台{web}条，“{short}发布”公众号{wechat}条。",
        "通过“{acct}”抖音号发布短视频{video}条，通过官方网站发布信息{web}条。",
        "{we}主动公开政府信息{total}条，按渠道分为：政府网站{web}条、微信{wechat}条、微博{weibo}条。",
    ),
    newmedia=(
        "“{acct}”微信公众号关注用户已达{fwx}人。",
        "截至年末，微信公众号订阅用户{fwx}人，政务微博粉丝{fwb}人。",
        "政务微博“{acct}”本年度发博{weibo}条，粉丝总数{fwb}人。",
        "“{acct}”抖音号发布短视频{video}条，粉丝{fvid}人。",
        "{fvid}名用户关注了{ref}视频号，全年更新作品{video}个。",
        "[x]微信公众号累计拥有粉丝{fwx}人，单篇最高阅读量{x}万次。",
        "新浪微博账号“{acct}”全年发布信息{weibo_fw}条。",
        "“{acct}”微博、视频号分别发布信息{weibo}条、{video}条。",
        "[x]视频号“{acct}”全年播放量{x}万次，关注用户{fvid}人。",
        "“{short}发布”政务微博转发{we}信息，该账号粉丝数{fwb}人。",
    ),
    interp=(
        "全年围绕重要政策文件制发解读材料{interp}篇，采用图解、问答等形式帮助群众理解。",
        "[press=0]本年度{we}发布政策解读{interp}篇，没有召开新闻发布会。",
        "{we}主要负责同志出席新闻发布会{press}场，现场回答记者提问。",
        "政策解读方面，{interp_zh}篇解读稿件与文件同步上网。",
        "[x]召开新闻发布会{press_cn}场，接受媒体采访{x}次。",
        "[press=0]全年未举办新闻发布会，通过政府网站解读政策{interp}次。",
        "{year}年举行新闻发布会{press}次，发布政策解读信息{interp}条。",
        "[x]解读各类政策文件{interp}件，开展政策宣讲{x}场。",
        "围绕学前教育、义务教育招生政策，发布图文解读{interp}篇。",
    ),
    applications=(
        "{year}年，{we}共收悉政府信息公开申请{recv}件，已全部按期答复。",
        "本年度登记依申请公开事项{recv}件，办结{hand}件。",
        "{recv}件政府信息公开申请由{we}在本年度接收，其中按时办结{hand}件。",
        "全年办理政府信息公开申请{recv}件，申请内容多与本机关职责范围内的事项有关。",
        "[x]受理公民、法人和其他组织提出的政府信息公开申请{recv}件，另接听政策咨询电话{x}个。",
        "接收依申请公开{recv_cn}件，均在法定期限内作出答复。",
        "依申请公开方面，全年新收申请{recv}件，答复办结{hand}件。",
        "当年通过网络、信函等方式提交的政府信息公开申请共{recv}件。",
        "共有{recv}件政府信息公开申请于本年度提交至{we}，已办理完毕{hand}件。",
        "全年收到涉及学籍证明、教师招聘等事项的政府信息公开申请{recv}件。",
        "全年共接收政府信息公开申请{recv}宗，办结{hand}宗。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}未接到公民、法人或其他组织提交的政府信息公开申请。",
        "[recv=0]本年度依申请公开办件量为0。",
        "[recv=0]全年收到的政府信息公开申请数量为零。",
        "[recv=0]{we}全年未登记到依申请公开事项。",
        "[recv=0]{year}年度，没有公民、法人或者其他组织向{we}申请公开政府信息。",
        "[recv=0]{year}年，{we}收到依申请公开0件，无上年结转。",
    ),
    review=(
        "{we}因信息公开答复被申请行政复议{recon}起，被起诉至法院的行政诉讼{litig}起。",
        "{year}年涉及{we}政府信息公开的行政复议案件{recon}宗，行政诉讼案件{litig}宗。",
        "{recon}起行政复议、{litig}起行政诉讼因政府信息公开事项引发，均已依法应对。",
        "政府信息公开引起的行政复议和行政诉讼分别为{recon}例和{litig}例。",
        "[x]本年度政府信息公开行政复议{recon}件、行政诉讼{litig}件，另收到信访件{x}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]{year}年，{we}未出现因政府信息公开引发的行政复议或行政诉讼。",
        "[recon=0,litig=0]政府信息公开行政复议、行政诉讼案件数量均为0。",
        "[recon=0,litig=0]{year}年度无因政府信息公开事项被申请行政复议或被诉至法院的行政诉讼案件。",
        "[recon=0,litig=0]本机关被申请行政复议和被提起行政诉讼的政府信息公开案件均为零起。",
        "[recon=0,litig=0]涉及政府信息公开的行政复议0宗，行政诉讼0宗。",
    ),
    distractors=(
        "[x]全年办理人大代表建议和政协委员提案{x}件，办复率100%。",
        "[x]举办政务公开业务培训班{x}场次，参训人员覆盖各股室。",
        "[x]通过12345政务服务便民热线受理群众诉求{x}件。",
        "[x]发放政策宣传资料{x}00余份。",
        "[x]门户网站专栏全年点击量达{x}万余次。",
        "[x]组织召开政务公开专题会议{x}次，研究部署重点任务。",
        "[x]回复“领导信箱”留言{x}条，群众满意度较高。",
        "[x]指导辖区{x}所中小学开展校务公开自查。",
        "[x]在村（社区）公示栏张贴惠民政策公告{x}期。",
        "[x]全年开展“政府开放日”活动{x}次，邀请群众代表参与。",
    ),
    contact=(
        "邮政编码：{post}，通信地址：{addr}，联系电话：{phone}。",
        "如对本报告有疑问，可与{agency}办公室联系，联系人：{person}，电话：{phone}，传真：{fax_paren}。",
        "{agency}（地址：{addr}；邮政编码：{post}；传真：{fax_paren}；邮箱：{email}）。",
        "联系方式：{agency}办公室，{addr}，{post}；电话{phone_dash}。",
        "电子邮箱{email}，办公电话{phone}，办公地址{addr}。",
        "公众可通过电话（{phone}）、传真（{fax}）或电子邮件（{email}）向{agency}提出意见建议。",
        "本报告由{agency}负责解释，地址为{addr}，邮编为{post}。",
        "受理机构：{agency}办公室；联系电话：{phone_paren}；电子邮箱：{email}。",
        "联系人：{agency}办公室王女士　联系电话：{phone}　邮政编码：{post}",
        "通讯地址：{addr}（邮编{post}）。",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》第五十条，{agency}编制了{year}年度政府信息公开工作年度报告。"
        "报告中的统计数据时段为{year}年1月1日至{year}年12月31日，电子版可在{county}人民政府门户网站“政府信息公开年报”栏目查阅。",
        "本报告由{agency}根据《条例》和上级政务公开主管部门的通知要求编写，全文包括总体情况、主动公开、依申请公开、"
        "复议诉讼、问题与改进、其他事项共六个部分，所列数据截至{year}年12月31日。",
        "现将{year}年度本机关政府信息公开工作情况报告如下，报告所涉数据的统计口径与上级政务公开主管部门的要求一致。",
    ),
    filler=(
        "落实“三审三校”要求，信息发布前由经办人初审、股室负责人复核、分管领导签发。",
        "及时调整政务公开工作领导小组，由主要负责同志任组长，办公室具体承担日常工作。",
        "对门户网站专栏开展常态化自查，发现栏目空白、内容过时的第一时间补齐更新。",
        "依申请公开严格执行登记、审核、办理、答复、归档全流程管理，答复文书格式统一。",
        "健全政务新媒体管理制度，明确账号开设、内容审核、应急处置等要求。",
        "把政府信息公开纳入年度目标责任考核，对推进不力的股室进行提醒督促。",
        "利用公示栏、电子显示屏、便民服务大厅等线下载体，方便不上网的群众获取信息。",
        "坚持政策文件与解读材料同步起草、同步审签、同步发布。",
        "在网站公开监督电话和电子邮箱，主动接受社会监督，对群众意见建议及时反馈。",
        "动态更新机构职能、领导分工、内设机构和办公地址等基础信息。",
        "组织工作人员专题学习《条例》和政务公开业务知识，增强依法公开意识。",
        "严格落实保密审查，确保上网信息不涉密、涉密信息不上网。",
        "围绕义务教育入学、学生资助、教师招聘等群众关注事项，提前发布政策和办事指南。",
        "督促各学校落实校务公开制度，在校内公示栏公开收费项目和标准。",
    ),
    problems=(
        "对照上级要求，{we}仍存在信息发布不够及时、解读形式比较单一、新媒体互动不足等问题。"
        "下一步将加强人员培训，完善审核机制，推动公开内容更加全面规范。",
        "一是部分股室主动公开意识不强，二是政策解读的深度和针对性不够。{year1}年，我们将细化公开目录，"
        "压实股室责任，提高公开质量。",
        "工作中还存在专职人员不足、栏目更新不均衡的短板。改进措施：配齐配强信息员，建立定期巡查和通报制度。",
    ),
    other=(
        "本年度{we}未收取信息处理费。",
        "{year}年度无其他需要报告的事项。",
        "本机关未发出收费通知，信息处理费收取金额为零；暂无其他需要报告的事项。",
    ),
    sub_headings=(
        ("（一）政府信息主动公开情况", "（二）政府信息依申请公开情况", "（三）政府信息管理工作", "（四）政务公开平台建设",
         "（五）监督保障工作"),
        ("1.主动公开方面", "2.依申请公开方面", "3.信息管理方面", "4.平台建设方面", "5.监督保障方面"),
        ("（一）主动公开工作", "（二）依申请办理", "（三）规范信息管理", "（四）加强平台建设", "（五）强化监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作报告", "{agency}{year}年政府信息公开年报"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作年度报告",),
        "level_only": ("{level_body}{year}年度政府信息公开年报",),
        "year_first": ("{year}年度{agency}政府信息公开年度报告",),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告",),
        "spaced": ("{agency} {year} 年度\n政府信息公开工作年度报告",),
        "about": ("{agency}关于{year}年政府信息公开工作情况的年度报告",),
        "none": (),
    },
    nav=(
        "首页 | 机构设置 | 政务公开 | 公共服务 | 互动交流 | 专题专栏",
        "简体版 | 繁体版 | 无障碍浏览 | 关怀版",
        "网站地图  联系我们  设为首页",
        "{short}政务 微信 微博 移动端",
    ),
    crumbs=(
        "当前位置：首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报",
        "您当前的位置：首页 >> 信息公开 >> {ref_full} >> 年度报告",
        "所在位置: 首页 / 政府信息公开 / 部门信息公开 / 年报",
    ),
    meta=(
        "发布日期：{date}　信息来源：{src}　【字号：大 中 小】【打印】",
        "索引号：{code}/{year1}-00001  发布机构：{src}  公开日期：{date}",
        "时间：{date}  来源：{src}  阅读次数：  【关闭】",
    ),
    footer=(
        "主办：{county}人民政府办公室　承办：{county}融媒体中心\n{icp}　网站标识码：{code}",
        "版权所有：{county}人民政府　{icp}\n技术支持：{county}大数据服务中心",
        "关于我们 | 网站地图 | 联系我们\n网站标识码{code}  {icp}",
    ),
    table_missing=("", "（表格见附件）", "[图片]"),
)
