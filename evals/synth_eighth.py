"""The eighth phrase bank of the report generator: the held-out ruler for the change after issue 9.

Written before the next change to the readers, by someone who had read neither the readers
(``index/textfacts.py``, ``index/meta.py`` …) nor any bench score, after reading some forty
published reports of county-level and city bodies (education, health, civil affairs, agriculture
bureaus and county governments; Liaoning, Jiangsu, Zhejiang, Anhui, Hubei, Guangdong, Inner
Mongolia, Sichuan, Chongqing, Gansu, Hebei, Jiangxi, Guizhou, Xinjiang, Shaanxi, Yunnan,
Heilongjiang, Qinghai; 2017–2025). It leans on what the other seven banks write little: the figure
before its noun (收到4宗申请), counters 宗/起/份/期/个, "分别" pairs, lists with colons and
semicolons, figures in parentheses, full-width digits, Chinese numerals above ten (二十三篇),
follower counts with no unit (粉丝量为28793), 约 before a figure, phone numbers with an em dash,
and noughts stated as 0宗 / 为零 / 不存在. None of the real reports' sentences is reproduced, and no
fact sentence template here is one of the other seven banks'.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank eighth``, WHILE TUNING THE READERS, do not
run the bench on it while tuning, and do not change it after seeing its scores (except to fix
gold that disagrees with the text). Its template language is the one described in
``evals/synth_bank.py``.
"""

from __future__ import annotations

from evals.synth_bank import Bank

EIGHTH = Bank(
    name="eighth",
    disclosed=(
        "截至{year}年12月31日，{we}累计向社会主动公开政府信息{total}条。",
        "全年主动公开各类信息总计{total}条（其中{site}{web}条、“{acct}”微信公众号{wechat}条）。",
        "{site}本年度共刊载{we}报送的信息{web_fw}条。",
        "“{acct}”微信公众号是{we}发布信息的另一主渠道，{year}年推送图文{wechat}篇。",
        "[x]{we}全年主动公开{total}条政府信息，其中财政预决算及“三公”经费信息{x}条。",
        "本年度依托{site}、“{acct}”公众号等平台公开信息共计{total}条，其中网站发布{web}条，公众号发布{wechat}期。",
        "在{site}政务公开专栏，{we}全年新增信息{web}条；“{acct}”公众号全年编发稿件{wechat}篇。",
        "[x]{year}年，{ref}共计主动公开信息{total}条，另向{county}政务公开办报送政务信息{x}条。",
        "政府网站、“{acct}”微信公众号分别发布{web}条、{wechat}条信息。",
        "全年主动公开信息量达到{total}条，较好满足了公众的信息需求。",
        "“{acct}”微信公众号全年更新推文{wechat_fw}篇。",
        "{year}年经{we}审核后公开的政府信息合计{total_fw}条。",
        "“{acct}”公众号{year}年发布信息约{wechat_plain}条。",
    ),
    newmedia=(
        "截至{year}年底，“{acct}”公众号粉丝量为{fwx}。",
        "“{acct}”政务微博年内发博{weibo}条，关注者{fwb}人。",
        "“{acct}”抖音号{year}年上传短视频{video}条，年末粉丝{fvid}人。",
        "微信、微博两个账号年末关注人数分别为{fwx}人和{fwb}人。",
        "在新媒体方面，“{acct}”微博发布{weibo}条、视频号发布{video}个作品。",
        "“{acct}”微信公众号订阅用户已有{fwx}人。",
        "视频号“{acct}”全年推出作品{video_fw}个，关注量{fvid}人。",
        "本年度通过政务微博发布信息（{weibo}条），并及时转发上级部门的权威发布。",
        "“{acct}”公众号全年共发布{wechat}条，关注人数{fwx}人。",
    ),
    interp=(
        "{year}年{we}围绕新出台文件发布解读材料{interp}份，做到应解读尽解读。",
        "政策解读方面，全年以图解、问答等方式推出{interp_zh}篇。",
        "全年举办{press}场新闻发布会，发布政策解读{interp}篇。",
        "[press=0]本年度{we}没有举行新闻发布会，政策解读稿件（{interp}篇）均在{site}发布。",
        "{year}年，{ref}召开新闻发布会{press_cn}次，主要内容为招生入学和学生资助政策。",
        "新闻发布会：{press}场；政策解读：{interp}条。",
        "[press=0]全年新闻发布会0场，政策解读{interp}篇。",
        "由{we}主要负责人出席的新闻发布会全年共有{press_cn}场。",
        "对{year}年制发的文件逐件配发解读，共{interp_zh}件。",
    ),
    applications=(
        "{year}年共收到{recv}宗政府信息公开申请，均在法定期限内答复。",
        "本年度{we}受理依申请公开事项{recv}件，办结{hand}件，办理情况已录入台账。",
        "{year}年，公民、法人和其他组织向{we}提交政府信息公开申请共{recv}份。",
        "全年依申请公开办件量为{recv}件，答复完成{hand}件。",
        "政府信息公开申请：收到{recv}件，办理完毕{hand}件。",
        "{year}年度，{ref}经网上平台、信函和当面提交渠道接收申请合计{recv}件。",
        "本年度收到申请{recv_fw}件，主要涉及{county}学位安排、教师待遇等事项。",
        "对收到的{recv}件政府信息公开申请，{we}均已依法作出答复。",
    ),
    applications_zero=(
        "[recv=0]{year}年度，{we}收到的政府信息公开申请为零。",
        "[recv=0]本年度公民、法人或者其他组织向{we}提交的信息公开申请共0宗。",
        "[recv=0]{we}全年未收悉任何政府信息公开申请。",
        "[recv=0]{year}年，{ref}没有政府信息公开申请需要办理。",
        "[recv=0]依申请公开办件：0件。",
    ),
    review=(
        "{year}年因政府信息公开工作，{we}被申请行政复议{recon}起、被提起行政诉讼{litig}起。",
        "涉及{we}的政府信息公开行政复议、行政诉讼案件分别为{recon}件和{litig}件。",
        "{year}年，{we}收到有关政府信息公开的行政复议申请{recon}件，行政诉讼{litig}件。",
        "因政府信息公开引发的行政复议{recon}起、行政诉讼{litig}起，{we}均依法积极应对。",
        "本年度行政复议：{recon}件；行政诉讼：{litig}件（均涉及政府信息公开）。",
    ),
    review_zero=(
        "[recon=0,litig=0]涉及{we}政府信息公开的行政复议、行政诉讼案件，{year}年均为零。",
        "[recon=0,litig=0]{year}年{we}在信息公开方面零复议、零诉讼（行政复议0件，行政诉讼0件）。",
        "[recon=0,litig=0]本年度，{we}不存在因政府信息公开被申请行政复议、被提起行政诉讼的情况。",
        "[recon=0,litig=0]{year}年未有公民、法人或其他组织就{we}的政府信息公开行为申请行政复议或提起行政诉讼。",
    ),
    distractors=(
        "[x]{year}年{we}共答复网民留言{x}条，回复率100%。",
        "[x]组织信息员参加{county}政务公开业务培训{x}人次。",
        "[x]“{acct}”公众号文章累计阅读量{x}万次。",
        "[x]主动公开的信息中，涉及义务教育领域的有{x}条。",
        "[x]通过12345热线平台转来的群众诉求{x}件，均在时限内办结。",
        "[x]{we}现有在编在岗干部职工{x}人，其中兼职信息公开人员2名。",
        "[x]开展“政府开放日”活动{x}场次，邀请群众代表走进机关。",
        "[x]参加{county}政风行风热线直播节目{x}期，现场解答群众咨询。",
    ),
    contact=(
        "本报告如有疑问，可向{agency}办公室咨询（地址：{addr}；邮政编码：{post}；电话：{phone_dash}；传真：{fax_dash}）。",
        "联系方式：{agency}政务公开办公室，电话{phone}，电子信箱{email}。",
        "信函请寄{addr}，邮编{post}。",
        "咨询及投诉电话{phone}，传真{fax}，邮箱{email}。",
        "{agency}地址：{addr}　邮编：{post}　电话：{phone}",
        "公众可拨打{phone_dash}或发送邮件至{email}反映意见。",
        "申请人可通过传真（{fax}）或邮寄方式（{addr}，{post}）向{agency}提交申请。",
    ),
    preamble=(
        "本报告根据《中华人民共和国政府信息公开条例》第五十条的要求，由{agency}综合本机关{year}年度政府信息公开工作情况编制而成。"
        "统计时段为{year}年1月1日至{year}年12月31日。",
        "{agency}按照{county}政务公开办关于编报年度报告的通知，对{year}年度政府信息公开工作进行了梳理总结，现予公布。",
        "本年度报告共六个部分，所列数据截至{year}年12月31日。报告全文可在{site}浏览。",
        "现将{agency}{year}年度政府信息公开工作情况向社会通报如下。",
    ),
    filler=(
        "明确办公室为政务公开牵头股室，其余股室各确定一名联络员负责本股室信息的收集和报送。",
        "发布前逐条核对公开属性，凡属不予公开或依申请公开的内容一律不上网。",
        "年初制定政务公开工作要点，把任务分解到股室和责任人，年底对照要点逐项销号。",
        "部门预算和决算在批复后二十日内公开，“三公”经费一并说明。",
        "定期对已发布内容进行回头看，对过期信息和失效文件作出标注或撤下。",
        "依申请公开实行登记、拟办、审核、答复、归档全流程留痕管理。",
        "把政务公开纳入机关效能考评，考评结果与评先评优挂钩。",
        "在机关一楼大厅设置公开资料架，摆放办事指南和政策汇编供群众免费取阅。",
        "对标基层政务公开标准目录，对事项名称、公开时限和公开渠道逐一核对修订。",
        "加强对政务新媒体的内容审核，转载信息注明来源，杜绝错敏字词。",
        "“5·15政务公开日”期间开展政策宣讲，面对面回答群众提出的问题。",
        "义务教育招生范围、招生计划和录取结果通过网站和学校大门公告同步公开。",
        "教师招聘、职称评审等人事信息在规定时间内公示，接受社会监督。",
        "学生资助政策印制成明白纸，由各学校发放到学生家庭。",
    ),
    problems=(
        "回顾全年，{we}政务公开工作仍有短板：公开内容以工作动态居多，政策类、数据类信息偏少；"
        "信息员多为兼职，业务不够熟练。今后将优化公开结构，加大数据发布力度，并定期组织业务轮训。",
        "存在的不足：一是政策解读多为文字形式，群众阅读体验不佳；二是回应关切不够及时。"
        "改进措施：推出图解、短视频等解读产品，建立热点问题快速回应机制。",
        "{year}年部分栏目更新频次不均衡，个别信息发布时间滞后于文件印发时间。"
        "下一步将实行栏目责任清单管理，确保信息在规定时限内发布。",
    ),
    other=(
        "{year}年度{we}没有收取政府信息公开信息处理费。本年度无其他需要报告的事项。",
        "本机关无其他需要报告的事项。",
        "{we}按照国务院办公厅《政府信息公开信息处理费管理办法》执行，本年度未产生收费。",
    ),
    sub_headings=(
        ("（一）主动公开工作", "（二）依申请公开工作", "（三）政府信息管理工作", "（四）公开平台建设工作",
         "（五）监督保障工作"),
        ("1.主动公开。", "2.依申请公开。", "3.政府信息管理。", "4.政府信息公开平台建设。", "5.监督保障。"),
        ("㈠主动公开情况", "㈡依申请公开情况", "㈢政府信息管理情况", "㈣平台建设情况", "㈤监督保障情况"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开年报", "{agency}{year}年政府信息公开年度工作报告"),
        "two_lines": ("{agency}\n{year}年度政府信息公开年报", "{agency}{year}年\n政府信息公开工作年度报告"),
        "level_only": ("{level_body}{year}年度政府信息公开年报", "{level_body}{year}年政府信息公开工作年度报告（全文）"),
        "year_first": ("{year}年度{agency}政府信息公开年报", "{year}年度{agency}信息公开工作年度报告"),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开年报", "{prefix}{agency}{year}年政府信息公开年度工作报告"),
        "spaced": ("{agency}  {year} 年度政府信息公开年报", "{agency} {year}  年政府信息公开\n工作年度报告"),
        "about": ("{agency}关于公布{year}年政府信息公开工作年度报告的公告",
                  "关于{agency}{year}年度政府信息公开工作的报告"),
        "none": (),
    },
    nav=(
        "网站首页 | 机构职能 | 政务公开 | 办事服务 | 互动交流 | 专题专栏",
        "繁體 | 长者模式 | 无障碍浏览 | 手机版",
        "今天是：{date}  欢迎访问{county}人民政府网站",
        "设为首页  加入收藏  联系我们",
    ),
    crumbs=(
        "当前所在位置：首页 » 政务公开 » 政府信息公开年报 » {ref_full}",
        "首页 / 信息公开 / 年度报告 / {year}年度",
        "位置：网站首页＞法定主动公开内容＞年度报告",
    ),
    meta=(
        "来源：{src}　　发布日期：{date}　　阅读次数：　　【字号：大 中 小】",
        "信息索引号：{code}-{year1}-0015　　生成日期：{date}　　公开方式：主动公开",
        "{date}  来源：{src}  【打印本页】【关闭窗口】【我要纠错】",
    ),
    footer=(
        "主办：{county}人民政府办公室　技术支持：{county}融媒体中心\n{icp}　网站识别码：{code}",
        "网站地图 | 联系我们 | 使用帮助\n版权所有：{county}人民政府　{icp}",
    ),
    table_missing=("", "（统计表见附件）", "（此处为表格图片，略）"),
)
