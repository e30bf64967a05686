"""English words of the questions → the Chinese terms the reports use for them.

A small, curated glossary of report vocabulary (platforms, contacts, activities, problems …)
rather than a translation model: the template's own rows and columns are mapped through their
English labels in index.template, everything else through this list.
"""

from __future__ import annotations

import re

# English → Chinese terms as the reports write them. Keys are regexes over the lower-cased question.
GLOSSARY: list[tuple[str, tuple[str, ...]]] = [
    (r"wechat|official account", ("微信公众号", "公众号")), (r"video (?:channel|account)|channels account", ("视频号",)),
    (r"\bvideos?\b", ("视频",)), (r"followers?|subscribers?|follow", ("关注",)),
    (r"letters? and visits|petitions?", ("来信来访",)), (r"online (?:public )?opinion", ("网络舆情",)),
    (r"phone|telephone", ("电话",)), (r"\bfax\b", ("传真",)), (r"(?<!web )address", ("地址",)), (r"postal code|postcode|zip", ("邮编",)),
    (r"web address|url|website address", ("网址",)), (r"(?<!government )(?:website|web site)", ("网站",)), (r"portal", ("门户网站", "网站")),
    (r"government website", ("政府网站",)), (r"hotline", ("热线",)), (r"work orders?|tickets?", ("工单",)),
    (r"county head'?s? mailbox|county magistrate'?s? mailbox", ("县长信箱",)), (r"secretary'?s? mailbox", ("书记信箱",)),
    (r"open day", ("开放日",)), (r"parents?'? representatives?|parents", ("家长代表", "家长")),
    (r"representatives?|deputies", ("代表",)), (r"proactive(?:ly)? disclos\w*|disclosed proactively", ("主动公开",)),
    (r"notices?", ("通知",)), (r"announcements?", ("公告",)), (r"\bnews\b", ("新闻",)),
    (r"school websites?", ("校园网站",)), (r"page views|visits|views", ("访问量",)), (r"reads?|readership", ("阅读量",)),
    (r"full-time staff|full-time (?:person|people|employee)|staff", ("专职人员", "专人")),
    (r"compulsory education", ("义务教育",)), (r"column|section of the (?:site|website)", ("专栏", "栏目")),
    (r"original", ("原创",)), (r"reposted|forwarded|shared", ("转发",)), (r"articles?|posts?|items?|pieces?", ()),
    (r"weibo|microblog", ("微博",)), (r"processing fees?", ("信息处理费",)), (r"problems?|shortcomings?|weakness", ("问题", "不足")),
    (r"improve\w*|plans?|next steps?", ("改进", "打算")), (r"review process|approval|three-level", ("审核", "三审", "联签")),
    (r"training", ("培训",)), (r"leading group|leadership group", ("领导小组",)), (r"statistic\w* period", ("统计期限", "统计数据")),
    (r"pre-?review|online pre-?registration|enrolment system|registration system", ("预审", "报名")),
    (r"kindergartens?", ("幼儿园",)), (r"students?", ("学生",)), (r"teachers?", ("教师",)), (r"budget", ("预算",)),
    (r"population", ("人口",)), (r"enrolled|enrol\w*", ("在校",)), (r"bureau chief|director|head of the bureau", ("局长",)),
    (r"procurement", ("采购",)), (r"spend|spent|spending", ("支出",)), (r"weather", ("天气",)),
    (r"hack\w*|attacks?", ("黑客攻击",)), (r"leaks?|leaked|leakage", ("泄露", "泄密")), (r"tamper\w*", ("篡改",)),
    (r"updat\w*", ("更新",)), (r"categor\w*|classif\w*|\bsort\w*", ("分类", "归类")), (r"delays?|late\b|timel\w*", ("及时", "滞后")),
    (r"download\w*|electronic (?:version|copy)", ("下载", "电子版")), (r"accountab\w*|held responsible", ("责任追究",)),
    (r"offline|in person|face.to.face", ("线下", "面对面")), (r"financial aid|subsid\w*|grants? for students", ("学生资助", "资助")),
    (r"\btheme\b", ("主题",)), (r"period|time span|from .* to", ("统计期限", "起至")),
    (r"seriously|attach importance|importance", ("重视",)), (r"\brisks?\b", ("风险",)),
    (r"policy interpretation|interpret\w* (?:of )?polic\w*", ("政策解读",)), (r"\baims?\b|\bgoals?\b|targets?", ("目标",)),
    (r"principles?", ("原则",)), (r"meipian", ("美篇",)), (r"database", ("数据库",)), (r"showcase|display", ("展示",)),
    (r"joint signature|countersign\w*|co-?sign\w*", ("联签",)), (r"involv\w*|participat\w*|engage\w*", ("参与",)),
    (r"secre(?:cy|t)|confidential\w*", ("保密", "泄密")), (r"supervis\w*|oversight", ("监督",)),
    (r"evaluat\w*|assess\w*|appraisal", ("考核", "评议")), (r"channels?", ("渠道",)), (r"platforms?", ("平台",)),
    (r"respond\w*|response", ("回应", "答复")), (r"security", ("安全",)), (r"responsib\w*", ("责任",)),
    (r"admission|enrol?ment", ("招生", "入学")), (r"recruit\w*|hiring", ("招聘",)), (r"budget\w*|final accounts", ("预算", "决算")),
    (r"school work|routine", ("常规工作",)), (r"publish\w*|\bpost(?:ed|s|ing)?\b(?! office)|put out", ("发布",)), (r"news items?|news", ("新闻",)), (r"monthly", ("月度",)),
]


def chinese_terms(text: str) -> list[str]:
    """The Chinese terms an English question's words stand for, in glossary order."""
    low = text.lower()
    out: list[str] = []
    for pattern, zh in GLOSSARY:
        if re.search(pattern, low):
            out += [z for z in zh if z not in out]
    return out
