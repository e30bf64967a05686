"""The held-out phrase bank of the report generator: the ruler for metadata and text facts.

DO NOT READ THIS FILE, OR REPORTS MADE WITH ``--bank heldout``, WHILE TUNING THE PARSER. Tune on
``--bank dev`` output; score on this bank. Its templates were written at the same time as the dev
bank's, for the same variety, in different words (see ``evals/synth_bank.py`` for the language).
"""

from __future__ import annotations

from evals.synth_bank import Bank

HELDOUT = Bank(
    name="heldout",
    disclosed=(
        "{year}年度{we}在{site}公开各类信息{web}条，在“{acct}”公众号发布推文{wechat}篇。",
        "全年主动公开政府信息共计{total}条，涉及政策文件、人事招聘、项目建设等内容。",
        "截至{year}年12月底，{ref}通过门户网站更新信息{web}条。",
        "依托“{acct}”微信公众号推送各类教育信息{wechat}条，阅读量稳步上升。",
        "本年度主动公开信息{total}条，其中门户网站{web}条、微信公众号{wechat}条。",
        "[x]累计主动公开政府信息{total}条，其中人事信息{x}条。",
        "{we}通过多种渠道向社会主动公开信息{total}条，做到应公开尽公开。",
        "政府网站全年更新信息{web}条；“{acct}”微信公众号发文{wechat}篇。",
        "[x]本年度主动公开信息{total}条，同比增加{x}条。",
    ),
    newmedia=(
        "“{acct}”微信订阅号关注用户达{fwx}人。",
        "官方微博“{acct}”本年推送信息{weibo}条。",
        "在视频号“{acct}”发布视频作品{video}条。",
        "“{acct}”抖音号粉丝达{fvid}人，全年上传作品{video}部。",
        "政务微博全年推送{weibo}条，粉丝{fwb}人。",
    ),
    interp=(
        "本年度发布政策解读{interp}篇，以图解、问答等形式说明政策要点。",
        "举办新闻发布会{press}场，就秋季学期招生入学答记者问。",
        "对重要文件进行解读{interp}次，召开发布会{press}场。",
        "全年开展政策解读{interp}条，其中图文解读占多数。",
        "年内组织召开{press_cn}次新闻发布会。",
    ),
    applications=(
        "全年新收政府信息公开申请{recv}件，已全部按时答复。",
        "{year}年度{we}受理政府信息公开申请{recv}件，办理完毕{hand}件。",
        "本年共接到依申请公开{recv}件，涉及学位分配、教师编制等内容。",
        "{we}全年收到政府信息公开申请{recv}件，均依法依规作出答复。",
        "依申请公开方面，本年度新收申请{recv}件，上年无结转。",
    ),
    applications_zero=(
        "[recv=0]{year}年度，{we}没有收到公民、法人或其他组织提出的政府信息公开申请。",
        "[recv=0]全年未接到政府信息公开申请。",
    ),
    review=(
        "本年度{we}因政府信息公开被申请行政复议{recon}起，被提起行政诉讼{litig}起。",
        "涉及政府信息公开的行政复议{recon}件、行政诉讼{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]全年没有出现政府信息公开方面的行政复议或行政诉讼。",
        "[recon=0,litig=0]未因政府信息公开引发行政复议、行政诉讼。",
    ),
    distractors=(
        "[x]通过局长信箱回复群众来信{x}封。",
        "[x]全年开展教育督导检查{x}轮次。",
        "[x]组织业务骨干参加上级培训{x}人次。",
        "[x]“{acct}”公众号全年累计阅读{x}次。",
        "[x]受理群众咨询{x}人次，均当场答复。",
        "[x]回应网民留言{x}条，答复率100%。",
    ),
    contact=(
        "对本报告如有疑问，请与{agency}政务公开办公室联系。联系地址：{addr}，邮政编码：{post}，联系电话：{phone}，传真：{fax}。",
        "（联系方式：{agency}办公室，电话{phone}，邮箱{email}）",
        "通讯地址：{addr}  邮政编码：{post}  咨询电话：{phone}",
        "办公地址：{addr}，联系电话：{phone}。",
    ),
    preamble=(
        "本年度报告根据《中华人民共和国政府信息公开条例》要求及{agency}政府信息公开工作实际编制，"
        "数据统计期限为{year}年1月1日至{year}年12月31日。报告电子版可在{site}下载。",
        "依照《中华人民共和国政府信息公开条例》第五十条，{agency}编制了本报告，全文共六个部分，"
        "统计期限从{year}年1月1日到12月31日止。",
    ),
    filler=(
        "坚持先审后发，所有拟公开信息均经保密审查和内容审核，全年未发生泄密和错发事件。",
        "结合基层政务公开标准目录，逐项梳理公开事项，细化公开时限和公开主体。",
        "调整政务公开领导小组，形成主要负责人牵头、办公室统筹、各股室协同的工作格局。",
        "运用图表、问答等群众易于理解的方式说明政策，增强公开效果。",
        "畅通线上线下互动渠道，对群众反映的问题做到件件有回音。",
        "加强网站栏目管理，对长期未更新的栏目进行整合，提升平台可用性。",
        "把信息公开工作与业务工作同部署、同落实，定期通报公开情况。",
        "重点做好预决算、项目建设、招生考试等领域的信息公开。",
        "向省教育厅、市教育局报送政务信息，接受上级业务指导。",
        "报告电子版同时在{county}人民政府网站发布，供公众查阅下载。",
    ),
    problems=(
        "对照要求，仍有政策解读深度不够、新媒体互动不足等问题。来年将加强统筹，丰富解读形式，健全常态化监督机制。",
        "一是公开时效有待提高，二是人员力量相对薄弱。下一步将优化发布流程，充实工作力量，强化考核问效。",
    ),
    other=(
        "{year}年度{we}没有收取信息处理费，也无其他需报告事项。",
        "无。",
    ),
    sub_headings=(
        ("1.主动公开", "2.依申请公开", "3.政府信息管理", "4.平台建设", "5.监督保障"),
        ("（一）政府信息主动公开情况", "（二）依申请公开办理情况", "（三）信息管理情况", "（四）公开平台建设", "（五）监督保障工作"),
    ),
    titles={
        "one_line": ("{agency}{year}年度政府信息公开工作年度报告",),
        "two_lines": ("{agency}{year}年\n政府信息公开工作年度报告",),
        "level_only": ("{level_body}{year}年度政府信息公开工作年度报告",),
        "year_first": ("{year}年度{agency}政府信息公开工作年度报告",),
        "prefixed": ("{prefix}{agency}{year}年度政府信息公开工作年度报告",),
        "spaced": ("{agency}\n{year} 年度政府信息公开\n工作年度报告",),
        "about": ("{agency}{year}年政府信息公开年报",),
        "none": (),
    },
    nav=(
        "首页 > 信息公开 > 部门信息公开 > 公开年报",
        "{county}人民政府门户网站  今日{short}  政务服务  互动交流  数据开放",
        "设为首页 | 加入收藏 | 简体版 | 繁体版",
        "部门公开：{county}发展和改革局 | {county}财政局 | {ref_full} | {county}自然资源局",
        "政府信息公开",
    ),
    crumbs=(
        "当前位置：首页 >> 政务公开 >> 政府信息公开年报",
        "您当前的位置：首页 > {ref_full} > 政务公开 > 年度报告",
    ),
    meta=(
        "时间：{date}  来源：{src}  【字体：大 中 小】",
        "索引号：{code}/{year1}-0001  发布机构：{src}  成文日期：{date}  公开方式：主动公开",
    ),
    footer=(
        "联系我们 | 网站地图 | 隐私声明\n版权所有：{county}人民政府  {icp}",
        "网站标识码：{code}  {icp}\n建议使用1366*768分辨率浏览本站",
    ),
    table_missing=("", "（附表略）"),
)
