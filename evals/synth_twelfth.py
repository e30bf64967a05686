"""The twelfth phrase bank: the held-out ruler for the change to the prose-fact and metadata readers
made after the eleventh bank (whoever tunes on ``eleventh`` is measured here, once).

DO NOT READ THIS FILE, OR THE REPORTS IT GENERATES, WHILE TUNING THE READERS. Reading it makes it
one more development set and leaves the change without a ruler.

How it was written: without reading the readers (index/textfacts.py, textchannels.py, textzeros.py,
contacts.py, factkinds.py, meta.py, title.py) and without reading any other bank but the template
language and DEV bank in ``evals/synth_bank.py``; nothing was benchmarked on it. The variety was learnt
from about forty published report pages found with the search tool (Beijing, Chongqing, Shanghai,
Hubei, Hunan, Fujian, Guangdong, Jilin, Heilongjiang, Sichuan, Guizhou, Yunnan, Jiangxi, Zhejiang,
Jiangsu, Shandong, Shaanxi, Qinghai, Gansu, Hainan, Inner Mongolia; 2017–2025; health, market
regulation, civil affairs, natural resources, housing, transport, water, education, townships and
county governments). Every sentence below was written for this file; none is a page's sentence.

What it leans on: the disclosed total stated first (总数为/总量/各类信息) or last, after its channels
(连同其他渠道…合计), approximate (约, 余, 多); applications received with handled counts worded
办理完毕/答复/办结, counts before the noun (收到N件申请) and 宗 as the counter, 按时答复率 beside them;
press events under several names (新闻发布会, 新闻通气会, 政策吹风会, 发布会) with the count before or
after; reconsideration and litigation counted in 起/宗/件/例; noughts as 受理量为零, 未产生…申请,
均为0起, 一起也没有, 未被申请; and distractors — counts of other things (proposals handled, media
reports, consultations, visits, percentages) in the very sentences that state facts.
"""

from __future__ import annotations

from evals.synth_bank import Bank

TWELFTH = Bank(
    name="twelfth",
    disclosed=(
        "{year}年度，{we}主动公开政府信息总数为{total}条，其中门户网站发布{web}条，“{acct}”公众号推送{wechat}条。",
        "{we}全年在{site}发布信息{web}条，通过“{acct}”微信号发送{wechat}条，连同其他渠道，主动公开总量合计{total}条。",
        "全年共主动公开各类信息{total}条，覆盖机构职能、财政资金、行政执法、公告公示等内容。",
        "截至{year}年12月31日，{ref}当年主动公开的政府信息约{total_plain}条。",
        "[x]本年度{we}主动公开政府信息共计{total}条，较上一年度增长{x}%。",
        "主动公开工作中，{we}依托{site}公开信息{web_fw}条。",
        "“{acct}”微信公众平台全年编发信息{wechat}篇，另在{site}发布{web}条。",
        "[x]{year}年主动公开信息总量达到{total}条，在各级主流媒体刊发稿件{x}篇。",
        "{year}年{we}通过网站、政务新媒体等渠道共公开政府信息{total}条，其中网站{web}条、微信{wechat}条。",
        "本年度主动公开的政府信息中，经{site}发布的有{web}条。",
    ),
    newmedia=(
        "“{acct}”微信公众号现有关注用户{fwx}人，全年推送{wechat}条。",
        "政务微博“{acct}”本年度发博{weibo}条，粉丝数量{fwb}人。",
        "抖音政务号全年发布短视频{video}条，粉丝量累计{fvid}人。",
        "截至{year}年末，公众号订阅人数{fwx}人，微博关注者{fwb}人。",
        "[x]{we}管理政务新媒体账号{x}个，其中“{acct}”微博全年更新{weibo}条。",
        "微信视频号“{acct}”年内上传视频{video}个。",
    ),
    interp=(
        "本年度发布政策解读稿件{interp}篇，举办新闻发布会{press}场。",
        "围绕重点工作召开新闻通气会{press_cn}次。",
        "全年组织{press}场政策吹风会，解读文件{interp}份。",
        "{we}采用图文、问答、短视频等形式解读政策{interp_zh}篇。",
        "[press=0]{we}本年度未召开过新闻发布会，以图解、问答等方式解读政策{interp}次。",
        "[press=0]全年没有举行新闻发布会，通过网站发布解读材料{interp}篇。",
        "[x]新闻发布会共召开{press}次，邀请媒体记者{x}人次参加。",
        "{year}年{ref}先后举行{press}次发布会，介绍重点工作进展。",
    ),
    applications=(
        "{year}年，{we}新收政府信息公开申请{recv}件，已办理完毕{hand}件。",
        "依申请公开方面，{we}全年收到申请{recv}件，依法答复{hand}件。",
        "全年收到的政府信息公开申请共{recv}宗，办理完毕{hand}宗。",
        "{we}{year}年共接到{recv}件政府信息公开申请，均在法定期限内答复，按时答复率100%。",
        "[x]本年度受理依申请公开{recv}件，办结{hand}件，另接待现场咨询{x}人次。",
        "本年度政府信息公开申请受理量为{recv_zh}件，按期办结{hand}件。",
        "依申请公开办件共{recv}件，答复{hand}件，未出现超期答复。",
        "[x]{year}年，{ref}收到公开申请{recv}件，同时办理人大代表建议和政协提案{x}件。",
    ),
    applications_zero=(
        "[recv=0]{year}年度{we}未接收到任何政府信息公开申请。",
        "[recv=0,hand=0]依申请公开方面，全年收到申请0件、办结0件。",
        "[recv=0]本年度无公民、法人或其他组织向{we}提出政府信息公开申请。",
        "[recv=0]{year}年，{we}依申请公开受理量为零。",
        "[recv=0]本年度未产生政府信息公开申请办理事项。",
        "[recv=0]全年没有人向{we}申请公开政府信息。",
    ),
    review=(
        "{year}年，{we}因政府信息公开被申请行政复议{recon}起，被提起行政诉讼{litig}起。",
        "政府信息公开引发的行政复议案件{recon}宗、行政诉讼案件{litig}宗。",
        "涉及政府信息公开的行政争议：行政复议{recon}件，行政诉讼{litig}件。",
        "全年涉及政府信息公开的争议中，发生{recon}件行政复议、{litig}件行政诉讼。",
        "[x]本年度收到行政复议{recon}例、行政诉讼{litig}例，另有信访咨询{x}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]因政府信息公开被申请行政复议、提起行政诉讼的案件均为0起。",
        "[recon=0,litig=0]本年度{we}未被申请过政府信息公开行政复议，也未被提起行政诉讼。",
        "[recon=0,litig=0]政府信息公开行政复议、行政诉讼一起也没有发生。",
        "[recon=0,litig=0]全年政府信息公开类行政复议0宗，行政诉讼0宗。",
        "[recon=0,litig=0]行政复议和行政诉讼方面，{we}本年度政府信息公开案件均为零。",
    ),
    distractors=(
        "[x]全年办理人大代表建议、政协委员提案{x}件，办复率100%。",
        "[x]在省市主流媒体刊发宣传报道{x}篇。",
        "[x]开展政务公开日活动{x}场，现场解答群众提问。",
        "[x]对{x}个政务公开栏目进行了调整优化。",
        "[x]政府信息公开专栏全年访问量约{x}万人次。",
        "[x]组织信息员参加业务培训{x}人次。",
        "[x]公开“双随机、一公开”抽查结果{x}批次。",
    ),
    contact=(
        "对本报告如有疑问，可致电{phone}或发送邮件至{email}，联系人：{person}。",
        "联系方式——地址：{addr}；邮政编码：{post}；电话：{phone_dash}；传真：{fax_paren}。",
        "通讯地址：{addr}（邮编{post}），联系电话{phone}，电子邮箱{email}。",
        "本报告由{agency}办公室负责解释，电话：{phone}，传真：{fax}。",
        "欢迎社会各界监督，意见建议请寄{agency}（{addr}，{post}）。",
    ),
    preamble=(
        "依照《中华人民共和国政府信息公开条例》第五十条，{agency}编制了本机关{year}年度政府信息公开工作年度报告。"
        "报告内容涵盖总体情况、主动公开、依申请公开、复议诉讼、问题改进及其他事项，数据时段为{year}年1月1日至12月31日。",
        "现将{agency}{year}年政府信息公开工作情况报告如下，文中数据的统计截止时间为{year}年12月31日。",
        "本年度报告按照国务院办公厅规定的年度报告格式编写，所列数据反映{year}年1月1日起至当年12月31日止的情况。",
    ),
    filler=(
        "{we}把政府信息公开作为转变作风、接受监督的重要抓手，主要负责人亲自过问。",
        "落实先审后发制度，所有拟公开信息均经保密审查和内容核校。",
        "按照公开目录动态更新栏目内容，及时清理过时信息和失效链接。",
        "对涉及个人隐私的内容作去标识化处理后再行公开。",
        "政务公开专区配备查阅终端，方便群众现场查询办事指南和政策文件。",
        "建立信息员队伍，各股室明确一名联络员负责本股室信息的收集报送。",
        "聚焦群众反映集中的热点问题，在政策出台时同步做好说明解释。",
        "认真对照上级通报的问题清单逐项整改，形成长效机制。",
        "围绕招生入学划片、学生资助发放等事项，及时向家长和社会公布办理结果。",
        "把政务公开纳入年度目标考核，定期通报各科室信息发布情况。",
    ),
    problems=(
        "回顾{year}年，{we}信息公开工作仍有短板：部分信息更新不够及时，政策解读的通俗性有待加强。"
        "下一步将细化公开目录，丰富图解、视频等解读方式，提高信息发布时效。",
        "主要问题：基层信息员多为兼职，业务水平参差不齐。改进办法：组织专题培训，完善考核通报，压实各科室责任。",
    ),
    other=(
        "{year}年度{we}没有收取信息处理费，也无其他需要说明的事项。",
        "本机关本年度未向申请人发出收费通知。其他事项无。",
    ),
    sub_headings=(
        ("（一）主动公开信息情况", "（二）依申请公开办理情况", "（三）信息管理情况", "（四）公开平台建设", "（五）监督与保障"),
        ("1.主动公开", "2.依申请公开", "3.政府信息管理", "4.平台建设", "5.监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作年度报告", "{agency}{year}年政府信息公开年报"),
        "two_lines": ("{agency}\n{year}年度政府信息公开工作报告",),
        "level_only": ("{level_body}{year}年度政府信息公开工作年度报告",),
        "year_first": ("{year}年度{agency}政府信息公开工作年度报告",),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告",),
        "spaced": ("{agency}  {year} 年度\n政府信息公开工作年度报告",),
        "about": ("{agency}关于{year}年政府信息公开工作情况的报告",),
        "none": (),
    },
    nav=(
        "首页 ｜ 信息公开 ｜ 政务服务 ｜ 互动交流 ｜ 专题专栏",
        "当前栏目：政府信息公开年报",
        "简体版  繁體版  无障碍阅读",
        "【返回首页】",
    ),
    crumbs=(
        "当前位置：首页 > 政务公开 > 政府信息公开 > 年度报告",
        "您当前的位置：首页 > 部门公开 > {ref_full} > 政府信息公开年报",
    ),
    meta=(
        "日期：{date}  来源：{src}  【字体：大 中 小】",
        "信息来源：{src}  发布时间：{date}  点击数：",
    ),
    footer=(
        "【关闭】【打印】\n版权所有：{county}人民政府  {icp}  网站标识码{code}",
        "主办：{county}人民政府办公室 ｜ {icp} ｜ 标识码：{code}",
    ),
    table_missing=("", "（本部分统计表以图片形式发布）"),
)
