"""Phrase banks for the report generator (``evals/synth.py``): two disjoint sets of sentence,
title and page-clutter templates, ``dev`` and ``heldout``.

Whoever tunes the parser may read what the ``dev`` bank produces; ``heldout`` (in
``evals/synth_heldout.py``) is the ruler: do not read that file or its output while tuning. Every sentence here was written for this generator (the
variety was learnt by reading published reports; none of their sentences is reproduced).

Template language (plain ``str.format``):
- fact slots, named by alias (see ``ALIAS``): ``{recv}`` is the number of applications received,
  written with its digits only — the counter word stands in the template; ``{press_cn}`` writes
  a figure up to ten in Chinese (两场); ``{interp_zh}`` any figure below 100 in Chinese (二十三篇),
  ``{web_fw}`` full-width digits (１２３条), ``{phone_dash}`` a phone number with an em dash (0436—3225852), ``{fax_paren}`` its area code in brackets (（0436）3225852),
  ``{web_plain}`` digits never made approximate (for a template that writes 约 itself);
- a leading ``[recv=0]`` declares a fact stated without digits (未收到 … = 0), ``[x]`` a
  distractor whose ``{x}`` is a number of no fact kind;
- context slots: ``{we}`` (我局/我委 …), ``{ref}`` (县教体局 …), ``{acct}`` (an account name),
  ``{year}``, ``{agency}``, ``{county}``, ``{site}`` (the government website's name).
"""

from __future__ import annotations

from dataclasses import dataclass

# template alias → fact kind key (index/factkinds.py)
ALIAS: dict[str, str] = {
    "recv": "applications.received",
    "hand": "applications.handled",
    "recon": "review.reconsideration",
    "litig": "review.litigation",
    "total": "disclosed.total",
    "web": "disclosed.website",
    "weibo": "disclosed.weibo",
    "wechat": "disclosed.wechat",
    "video": "disclosed.video",
    "interp": "interpretations",
    "press": "press_conferences",
    "fwx": "followers.wechat",
    "fwb": "followers.weibo",
    "fvid": "followers.video",
    "phone": "contact.phone",
    "fax": "contact.fax",
    "addr": "contact.address",
    "post": "contact.postcode",
    "email": "contact.email",
    "person": "contact.person",
}


@dataclass(frozen=True)
class Bank:
    name: str
    # one group of templates per topic; the generator picks at most one template per group
    disclosed: tuple[str, ...]  # proactive disclosure: total and/or channels
    newmedia: tuple[str, ...]  # weibo / video / followers
    interp: tuple[str, ...]  # interpretations and press conferences
    applications: tuple[str, ...]  # received (and handled)
    applications_zero: tuple[str, ...]
    review: tuple[str, ...]
    review_zero: tuple[str, ...]
    distractors: tuple[str, ...]
    contact: tuple[str, ...]  # a contact sentence; every slot it has is a fact
    preamble: tuple[str, ...]  # the paragraph before 一、总体情况
    filler: tuple[str, ...]  # prose with no figures, for any section
    problems: tuple[str, ...]  # 五、存在的主要问题及改进情况
    other: tuple[str, ...]  # 六、其他需要报告的事项
    sub_headings: tuple[tuple[str, ...], ...]  # alternative (一)…(五) heading sets for section 一
    titles: dict[str, tuple[str, ...]]  # title variant → templates ({agency} {year} {level_body})
    nav: tuple[str, ...]  # site navigation lines
    crumbs: tuple[str, ...]  # breadcrumbs
    meta: tuple[str, ...]  # 发布时间/来源/字体 lines ({date} {src})
    footer: tuple[str, ...]  # footers ({county} {icp} {code})
    table_missing: tuple[str, ...]  # what stands where a table was (an image, nothing)


DEV = Bank(
    name="dev",
    disclosed=(
        "{year}年，{we}全年主动公开政府信息{total}条，其中通过{site}发布{web}条，通过“{acct}”微信公众号推送{wechat}篇。",
        "全年通过政府信息公开网站主动发布信息共{web}条，“{acct}”微信公众号发布（转发）信息{wechat}篇。",
        "本年度{we}累计主动公开各类政府信息{total}条。",
        "{we}依托{site}发布工作动态、通知公告等信息{web}条。",
        "{year}年通过“{acct}”微信公众号发布教育资讯{wechat}条，及时传递政策和工作动态。",
        "一年来，{ref}共主动公开政府信息{total}条，内容涵盖机构职能、财政预决算、招生入学等方面。",
        "[x]{year}年共主动公开政府信息{total}条，其中财政预决算信息{x}条。",
        "全年在{site}发布各类信息{web}条，在“{acct}”微信公众号推送信息{wechat}条。",
        "[x]全年主动公开政府信息{total}条，比上年多{x}条。",
    ),
    newmedia=(
        "“{acct}”微信公众号关注人数达{fwx}人。",
        "政务微博“{acct}”全年发布信息{weibo}条。",
        "{ref}视频号全年发布短视频{video}条，累计播放量持续增长。",
        "截至年底，“{acct}”公众号粉丝{fwx}人，官方微博发布信息{weibo}条。",
        "抖音号“{acct}”发布作品{video}个，粉丝数达{fvid}人。",
    ),
    interp=(
        "围绕招生入学、学生资助等群众关切，发布政策解读{interp}篇。",
        "全年召开新闻发布会{press}场，对中高考和招生政策作了说明。",
        "制作政策解读材料{interp}份，组织新闻发布会{press}次。",
        "{we}坚持文件与解读同步，本年度共解读政策文件{interp}篇。",
        "全年共召开新闻发布会{press_cn}场。",
    ),
    applications=(
        "{year}年，{we}共收到政府信息公开申请{recv}件，均已在法定期限内答复。",
        "本年度{we}共受理依申请公开{recv}件，办结{hand}件。",
        "{year}年新收政府信息公开申请{recv}件，按期办结{hand}件，无逾期答复情况。",
        "全年受理政府信息公开申请{recv}件，主要涉及学籍、招生和教师招聘等事项。",
        "本年度共登记政府信息公开申请{recv}件，全部依法予以答复。",
    ),
    applications_zero=(
        "[recv=0]{year}年，{we}未收到政府信息公开申请。",
        "[recv=0]本年度{we}未受理依申请公开事项。",
    ),
    review=(
        "全年因政府信息公开被申请行政复议{recon}件、提起行政诉讼{litig}件。",
        "{year}年发生政府信息公开行政复议{recon}件，行政诉讼{litig}件。",
    ),
    review_zero=(
        "[recon=0,litig=0]未发生因政府信息公开引起的行政复议和行政诉讼。",
        "[recon=0,litig=0]本年度没有发生政府信息公开行政复议、行政诉讼案件。",
    ),
    distractors=(
        "[x]办理12345政务服务热线转办工单{x}件，办结率100%。",
        "[x]组织政务公开业务培训{x}次，提升信息员业务能力。",
        "[x]全县共有中小学校和幼儿园{x}所纳入校务公开范围。",
        "[x]在办公区设置信息公开查阅点{x}个。",
        "[x]配备兼职信息公开工作人员{x}名。",
        "[x]接受政府信息公开咨询{x}人次，均当场解答。",
    ),
    contact=(
        "如对本报告有疑问，请与{agency}办公室联系（地址：{addr}，邮编：{post}，电话：{phone}）。",
        "联系地址：{addr}；联系电话：{phone}；传真：{fax}；电子邮箱：{email}。",
        "如有疑问，请联系{agency}（电话：{phone}，邮编：{post}）。",
        "咨询电话：{phone}，电子邮箱：{email}。",
    ),
    preamble=(
        "根据《中华人民共和国政府信息公开条例》规定，现公布{agency}{year}年政府信息公开工作年度报告。"
        "报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
        "本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。"
        "所列数据统计期限为{year}年1月1日至12月31日。",
    ),
    filler=(
        "{we}坚持以公开为常态、不公开为例外，把政务公开纳入年度重点工作统筹安排。",
        "严格执行信息发布审核制度，拟公开信息须经科室初审、分管领导复审、主要领导终审后方可发布。",
        "进一步完善主动公开目录，按照谁制作谁公开的原则明确各科室责任。",
        "对已公开的规范性文件开展清理，及时标注失效文件，方便群众查阅。",
        "加强政府信息公开平台日常巡查，对错别字、链接失效等问题随查随改。",
        "将政务公开工作纳入科室年度考核，明确专人负责信息报送和更新维护。",
        "围绕义务教育招生、学生资助、教师招聘等群众关心的事项，及时回应社会关切。",
        "坚持涉密信息不上网、上网信息不涉密，落实保密审查要求。",
        "按时向市教育局和县人民政府门户网站报送工作信息，配合做好上级部门的政务公开检查。",
        "依托县政府门户网站开设政务公开专栏，按省人民政府办公厅的要求规范栏目设置。",
    ),
    problems=(
        "{year}年我局政府信息公开工作取得了一定成效，但仍存在公开内容不够丰富、解读形式较为单一等不足。"
        "下一步，我们将加强业务学习，拓宽公开渠道，提高信息发布的及时性和准确性。",
        "存在的问题主要是工作人员多为兼职、专业能力有待提升。改进措施：定期组织培训，健全审核机制，提升公开质量。",
    ),
    other=(
        "本年度未收取信息处理费。无其他需要报告的事项。",
        "{we}未发出收费通知，未收取信息处理费。",
    ),
    sub_headings=(
        ("（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）平台建设情况", "（五）监督保障情况"),
        ("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"),
    ),
    titles={
        "one_line": ("{agency}{year}年政府信息公开工作年度报告",),
        "two_lines": ("{agency}\n{year}年政府信息公开工作年度报告",),
        "level_only": ("{level_body}{year}年政府信息公开工作年度报告",),
        "year_first": ("{year}年{agency}政府信息公开工作年度报告",),
        "prefixed": ("{prefix}{agency}{year}年政府信息公开工作年度报告",),
        "spaced": ("{agency} {year} 年\n政府信息公开工作年度报告",),
        "about": ("{agency}关于{year}年度政府信息公开工作的年度报告",),
        "none": (),
    },
    nav=(
        "首页 | 政务公开 | 新闻中心 | 政民互动 | 办事服务 | 走进{short}",
        "网站首页  机构概况  政府信息公开  专题专栏  互动交流",
        "无障碍  长辈版  登录",
        "返回顶部",
    ),
    crumbs=(
        "您现在所在的位置：首页 > 政府信息公开 > 政府信息公开年报",
        "您现在所在的位置: 网站首页 > 政府信息公开 > {ref_full} > 年度报告",
    ),
    meta=(
        "发布时间：{date} 来源：{src} 字体：[大 中 小] 打印",
        "发布日期：{date}  浏览次数：  分享  打印本页",
    ),
    footer=(
        "返回顶部\n主办单位：{county}人民政府办公室  {icp}  网站标识码：{code}",
        "【打印本页】【关闭窗口】\n主办单位：{county}人民政府 承办单位：{county}大数据中心\n{icp}",
    ),
    table_missing=("", "（详见附表）"),
)




def banks() -> dict[str, Bank]:
    """All banks; the held-out, fresh, ruler, final, last, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth and fifteenth ones are imported only here, so reading this file never shows them."""
    from evals.synth_eighth import EIGHTH
    from evals.synth_eleventh import ELEVENTH
    from evals.synth_fifteenth import FIFTEENTH
    from evals.synth_final import FINAL
    from evals.synth_fourteenth import FOURTEENTH
    from evals.synth_fresh import FRESH
    from evals.synth_heldout import HELDOUT
    from evals.synth_last import LAST
    from evals.synth_ninth import NINTH
    from evals.synth_ruler import RULER
    from evals.synth_seventh import SEVENTH
    from evals.synth_tenth import TENTH
    from evals.synth_thirteenth import THIRTEENTH
    from evals.synth_twelfth import TWELFTH

    return {"dev": DEV, "heldout": HELDOUT, "fresh": FRESH, "ruler": RULER, "final": FINAL, "last": LAST,
            "seventh": SEVENTH, "eighth": EIGHTH, "ninth": NINTH, "tenth": TENTH,
            "eleventh": ELEVENTH, "twelfth": TWELFTH, "thirteenth": THIRTEENTH,
            "fourteenth": FOURTEENTH, "fifteenth": FIFTEENTH}
