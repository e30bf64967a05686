"""Which kind of text fact (``index.factkinds``) a question asks for, in Chinese or English.

A question names a fact kind by two things: an *aspect* (followers, items posted, press
conferences, a fax number …) and, for per-channel kinds, a *channel* (WeChat, Weibo, a video
account, the website). Both are vocabulary of the reports' domain, kept here as data — the
Chinese words the reports use and the English words people ask with — not one entry per question.
The aspect decides between kinds of the same channel: "微博粉丝" asks for followers, never for the
posts of the same account.
"""

from __future__ import annotations

import re

from index.concepts import same_as

# Channel → (pattern over the question, lower-cased). Checked all: a question naming two channels
# asks about neither alone.
CHANNELS: dict[str, str] = {
    "wechat": r"微信|公众号|订阅号|wechat|weixin|official account",
    "weibo": r"微博|weibo|microblog",
    "video": r"视频号|抖音|快手|短视频|douyin|tiktok|kuaishou|video|channels account",
    "website": r"网站|政府网|门户网|公开平台|政务网|网页|website|web site|web ?pages?|portal|government site|online platform",
}

# Aspects, in order of precedence (the first that matches decides). Each maps to the fact-kind key,
# "{channel}" standing for the channel found; None = the aspect needs a channel.
ASPECTS: list[tuple[str, str, str]] = [
    # contact details: the kind of line asked for
    ("contact.fax", r"传真|\bfax", ""),
    ("contact.email", r"电子邮箱|电子信箱|电子邮件|邮箱|e-?mail", ""),
    ("contact.postcode", r"邮政编码|邮编|postcode|postal code|post code|zip", ""),
    ("contact.person", r"联系人|contact person|person to contact|who (?:should|to|can) (?:\w+ ){0,3}contact|whom to contact", ""),
    ("contact.phone", r"电话|联系方式|phone|telephone|hotline number|hotline (?:is|was|did|does)|"
                      r"(?:number|whom?) (?:should|can|do|could|would) (?:i|we|you|one|people) (?:call|ring|dial)|\bdial\b", ""),
    ("contact.address", r"地址|办公地点|(?:设在|位于|在)(?:哪里|哪儿|哪个地方|什么地方|何处)|(?<!web )address|"
                        r"located(?! in (?:an? |the )?(?:banner|county|district|city|province|region|prefecture))|"
                        r"\bwhere (?:is|are) (?:the |its |their )?(?:office|bureau|department)s?\b", ""),
    # counted things that need no channel
    ("press_conferences", r"新闻发布会|发布会|press (?:conference|briefing)|news (?:conference|briefing)|"
                          r"media briefing", ""),
    ("interpretations", r"政策解读|解读|interpretation|interpret", ""),
    # per channel: followers before posts ("微博粉丝" is never the posts of that account)
    ("followers.{channel}", r"粉丝|关注|订阅(?!号)|用户数|用户总数|用户|followers?|fans?\b|subscribers?|"
                            r"following|\bfollow(?:s|ed)?\b|audience", "channel"),
    ("disclosed.{channel}", r"发布|公布|推送|推文|更新|发文|博文|上线|上传|公开|发出|发了|发的|发过|文章|几篇|多少篇|"
                            r"posts?|items?|articles?|pieces?|"
                            r"publish|pushed|push\b|released?|uploaded?|videos?|blog", "channel"),
    # all channels together
    # no channel named: all items published ("共发布政府信息多少条", "how many items did it publish")
    # (not "published by": who issued a report is metadata)
    ("disclosed.total", r"主动公开|proactive|\bdisclosed?\b|ma(?:de|ke|kes|king) (?:\w+ ){0,3}?public|发布(?!的(?:年度)?(?:报告|年报))|公开|"
                        r"发(?:了|过|出)(?:多少|几)|publish(?!ed by)|\breleased?\b(?! by)|\bposted\b|"
                        # …but items published by a body are its disclosures
                        r"(?:items?|information|posts|articles|pieces)\s+(?:\w+\s+){0,2}?(?:published|released) by", ""),
]

# Kinds whose figure the template's tables also hold: the table answers them, the text fact
# stands in where a report has no table (see rag.facts).
TABLE_KINDS = ("applications.received", "applications.handled", "review.reconsideration", "review.litigation")


def channels_in(text: str) -> list[str]:
    low = text.lower()
    return [c for c, pat in CHANNELS.items() if re.search(pat, low)]


def broad(kinds: list[str]) -> bool:
    """All items published, named by words any description uses (发布, 公开): it answers only a
    question asking for a figure, never "怎样的审核流程"."""
    return kinds == ["disclosed.total"]


# The report's subject, not a thing counted: "因政府信息公开收取的费用", "政府信息公开申请", "信息公开工作"
# Issuing the report itself is metadata, not items published: "发布了2021年度报告", "报告是由区司法局发布的"
ISSUED = re.compile(r"(?:发布|编制|出具)了?(?:\d{4}年?)?度?的?(?:政府信息公开)?(?:工作)?(?:年度报告|年报|报告)|"
                    r"(?:报告|年报)是?由[^,，。;；?？]{1,24}?(?:发布|编制|出具)|"
                    r"\b(?:published|issued|released|put out)\s+(?:(?:its|their|the|a|an)\s+)?(?:(?:19|20)\d\d\s+)?"
                    r"(?:(?:government|information|disclosure|work|open)\s+){0,4}annual\s+reports?\b")
_SUBJECT = re.compile(r"因为?(?:政府)?信息公开|(?:政府)?信息公开(?=申请|工作|年报|年度报告|行政|方面|费用|收费|的(?:申请|费用|收费))|"
                      + ISSUED.pattern)


# what was withheld is no count of items published (不予公开信息数, "classified as not to be disclosed")
_NOT_DISCLOSED = re.compile(r"不予公开|不公开|免予公开|\bnot (?:to be |be |been )?disclos\w*|withh[oe]l\w*|non-?disclosure")
# 申请过, 征求过意见: the experiential 过 after a verb says nothing of what is asked (never 通过, 经过, 过程)
ASPECT = re.compile(r"(申请|收到|受理|提出|办理|答复|征求|召开|举办|开展|发布|公开|开通|注册|收取)过(?!程)")
# 第二个方面, 第四是: which item of a list is asked (not 第一信息发布平台, a thing's own name)
NTH = re.compile(r"第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:个|项|条|点|是|方面|部分)")
# "除了自己的网站，还靠哪些平台": what the question sets aside is not what it asks for
BESIDES = re.compile(r"(?:除了|除去|除)[^，,。？?还]{1,20}?(?:以外|之外|外)?[，,]?(?=\s*还)|\b(?:besides|apart from|other than) [^,?]{1,40},", re.I)


# reads, views, plays, visits of what was posted (阅读量, 浏览次数, page views): no count of items
_VIEWED = re.compile(r"阅读|浏览|点击|播放|访问量|访问次数|\bviews?\b|\bviewed\b|\breads?\b|\bplays?\b|\bclicks?\b|visits?")


# a sum of money asked for (收了多少费用, how much was charged) — not "fees" in a table's name
ASKS_MONEY = re.compile(r"(?:多少|几)(?:钱|元|万元)|收[了取]?[^，。？?]{0,8}?(?:多少|几)[^，。？?]{0,6}?费(?!率)|费用[是为]?多少|(?:金额|总额|经费|资金|预算|决算)[是为有]?多少|"
                    r"how much (?:money|in fees|did [\w' ]{1,80}? (?:charge|collect|spend|invest|pay|cost))|(?:fees?|charges?) (?:charged|collected)", re.I)
# money named at all (收取了多少费用, how much was charged): no count of items either
# (the words for charging are the concept table's: 收取, 收钱, 缴费 …)
MONEY_NAMED = re.compile("|".join(sorted(same_as("收费"), key=len, reverse=True))
                         + r"|处理费|多少钱|金额|\bfees?\b|\bcharged?\b|\bcharging\b|how much money")


# counted in sessions, times or people (几期培训, 被起诉几次, 多少人次): never items published
_NOT_ITEMS = re.compile(r"(?:几|多少)(?:期|场|次|人次|名|位|人|家|所)|how many (?:times|sessions|people|persons|participants)")


# a running total since some year asked (2008年以来, since 2008, so far): no fact kind holds it, a year's figure
RUNNING = re.compile(r"(?:19|20)\d{2}\s*年(?:以来|至今)|迄今|至今为止|历年累计|历年来|累计至今|\bsince (?:19|20)\d{2}\b|\bso far\b|\bto date\b|\bcumulative(?:ly)?\b",
                     re.I)
_SUMMED_CHANNELS = re.compile(r"(?:这些|这几个|这几种|等|各类|各个|多个|多种)(?:渠道|平台|载体|途径)")


# A whole named first and the part of it asked after (…的信息中，…有多少; "Of the items it disclosed, how many …")
PART_ASKED = re.compile(r"(?:之中|当中|中|里)(?:[，,](?=[^，,。]*(?:多少|几))|(?=有?(?:多少|几)[^，,。]{0,3}是))|^\s*(?:of|among) (?:the|all|its)\b[^,?]{3,80},(?= how many)",
                         re.I)


def asked_kinds(text: str) -> list[str]:
    """The fact kinds the question asks for, most specific first; [] when it names none.

    For a channel kind without a channel ("多少粉丝") every channel's kind is returned: the
    report decides which it states."""
    if (part := PART_ASKED.search(text)) and (kinds := asked_kinds(text[part.end():])):
        return kinds  # 主动公开的政府信息中，政策解读类有多少条: the part asked, not the whole it lies in
    if RUNNING.search(text):
        return []  # the text's running total (累计…共计25579条) answers, not the year's fact
    low = _NOT_DISCLOSED.sub(" ", _SUBJECT.sub(" ", BESIDES.sub(" ", text.lower())))
    # channels named as examples of all (通过政府网、信息公开网这些渠道一共发布): the total over them
    chans = [] if _SUMMED_CHANNELS.search(low) else channels_in(low)
    viewed = any(p.search(low) for p in (_VIEWED, MONEY_NAMED, _NOT_ITEMS))
    for key, pat, needs in ASPECTS:
        if not re.search(pat, low) or (viewed and key.startswith("disclosed.")):
            continue  # how often a post was read, or what was charged, is no count of posts
        if needs == "channel":
            if len(chans) == 1:
                return [key.format(channel=chans[0])]
            if not chans and key.startswith("followers"):
                return [key.format(channel=c) for c in ("wechat", "weibo", "video")]
            continue  # items with no channel (or two): the total, or the table, decides
        if key == "disclosed.total" and chans:
            continue
        return [key]
    return []


# Words a question about a fact kind uses besides the kind's own cues: the counted thing in
# general, the asking, the period.
_GENERIC = ("信息", "政府信息", "政务信息", "稿件", "数量", "总数", "人数", "数", "条数", "篇数",
            "全年", "本年", "年度", "累计", "共",
            "多少", "账号", "平台", "官方", "政务", "号码", "内容", "作品", "联系", "单位", "本单位", "材料", "召开", "举办",
            "举行", "组织", "开展", "发布", "公开", "推送", "更新", "上传", "刊发", "发表", "推出", "通过", "截至", "年底",
            "年末")


def vocabulary(kinds: list[str]) -> set[str]:
    """The words that name these kinds (cues, channels, units, names) or any asked fact in general."""
    from index.factkinds import BY_KEY

    words = set(_GENERIC)
    for key in kinds:
        k = BY_KEY.get(key)
        if k is None:
            continue
        words.update((*k.cues, *k.channel, *k.units, *k.needs, k.zh))
        words.update(re.findall(r"[\u4e00-\u9fff]{2,}", k.zh))
    return words

