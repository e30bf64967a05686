"""The value a what/who question asks for, taken out of the sentence that answers it: a name the
report puts in quotation marks (an account, a column), a web address, the person or post that
leads a group. Said first, before the quoted sentence, so the answer's first line answers."""

from __future__ import annotations

import re

# what the question asks for
_ACCOUNT = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:官方)?(微信公众号|微信公众平台|微信号|公众号|(?:新浪|腾讯)?微博|抖音账号|抖音号|视频号|快手号|头条号)")
# …or after the platform's word, before what it posted (新浪微博确山县政府办发布178条)
_ACCOUNT_AFTER = re.compile(r"((?:新浪|腾讯)?微博|微信公众号|公众号|抖音号?|视频号|快手号?|头条号?)(?:账号)?[“\"]?"
                            r"((?!发布|推送|平台|账号|等|共|累计)[\u4e00-\u9fff]{2,12}?)[”\"]?(?=发布|推送|更新|共|累计|\d|[，,。；;])")
_ACCOUNT_BRACKETED = re.compile(r"((?:新浪|腾讯)?微博|微信公众号|公众号|抖音号?|视频号|快手号?|头条号?)(?:账号)?\s*[（(]"
                                r"([\u4e00-\u9fff]{2,12})[）)]")
# the platform a question asks about, as its account's word names it
_PLATFORMS = (("抖音", "抖音"), ("微博", "微博"), ("视频号", "视频号"), ("快手", "快手"), ("头条", "头条"), ("微信", "微信|公众号"),
              ("公众号", "微信|公众号"))
_GENERIC_ACCOUNT = re.compile(r"(?:通过|利用|依托|在|及|和|与|其中|包括|以及|分别|主要)?(?:政务|官方|本单位|我局|该局|本局|各类|新媒体|政府|微信|新浪|腾讯)*")  # (微信 of 微信公众号)
# 哪些网站, which websites: the sites' names (徐闻县人民政府网、湛江市人民政府网; “信用红桥”网站)
ASKS_SITES = re.compile(r"(?:哪个|哪些|哪几个|哪几种|哪种|哪类|什么|哪一?家)(?:其他|其它|别的)?网站|"
                        r"\b(?:which|what) (?:other )?(?:web)?sites?\b", re.I)
# a site named in a list, after the verb that uses it (借助…、…平台公开): ending on the word for a site
# (…or a platform: 通过吴桥县政务信息公开统一平台按时发布, its word closing the name whatever follows)
# (及时更新平台内容: 及 of 及时, and a name holding a verb, 更新平台, name no platform)
SITE_NAMED = re.compile(r"(?:借助|通过|利用|依托|登录|(?<![存所现])在|、|和|及(?!时))\s*([\u4e00-\u9fff]{2,14}?(?:(?:门户网站|政府网|信息网|网站|网)"
                        r"(?=[、和及与]|平台|等|上|发布|公开|[，。,;；]|$)|(?<!网站)(?<!更新|发布|推送|上传|维护|建设|管理)平台))")
ASKS_PLATFORM = re.compile(r"(?:哪个|哪些|哪一?家|什么)平台|\b(?:which|what) platforms?\b", re.I)
_ASKS_NAME = re.compile(r"叫什么|名称|名字|什么名|叫做?什么|哪个(?:账号|公众号|专栏|栏目|平台|微信公众(?:号|平台)|微博|抖音号|头条号)|"
                        r"\bcalled\b|\bnamed?\b|\bname of\b|\btitle of\b|which (?:account|column|platform)|" + ASKS_SITES.pattern, re.I)
# (哪个网站 asks which site: its address where the sentence gives one)
_ASKS_ADDRESS = re.compile(r"网址|网站地址|链接|域名|哪个网站|哪一?家网站|什么网站|\bweb ?address|\burl\b|\blink\b|\bwebsite address|"
                           r"which (?:web)?site|what (?:web)?site|where online|"
                           # where the report itself can be read: its web address
                           r"where (?:online )?(?:can|could|may) [^?]{0,80}?\b(?:be )?(?:viewed|read|found|accessed|downloaded)\b[^?]{0,12}?\bonline\b", re.I)


def gives_address(question: str, sentence: str) -> bool:
    """A web address is asked for and the sentence writes one."""
    return bool(_ASKS_ADDRESS.search(question)) and any("." in u and re.search(r"[A-Za-z]", u) for u in _URL.findall(sentence))


# whom to contact, 联系谁: the body a contact line names (如有疑问，请与建湖县经济信息中心联系)
_ASKS_CONTACT = re.compile(r"联系谁|与谁联系|找谁|向谁咨询|联系哪个|\bwho(?:m)? (?:should|to|do|can|could|would)\b[^?]{0,40}?\bcontact\b|"
                           r"\bcontact whom\b|\bwho is the contact\b", re.I)
_CONTACT_BODY = re.compile(r"请(?:与|联系|致电|咨询)\s*([\u4e00-\u9fff]{2,30}?)(?=联系|咨询|[（(，,:：]|$)")
_ASKS_WHO = re.compile(r"谁|哪位|哪名|哪一位|什么人|什么领导|\bwho\b|\bwhom\b|which (?:official|leader|person)", re.I)

_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,24})[”\"」]")
_URL = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9_./?=&%#-]*)?")
# the posts that head a body or a place (局长, 主任, 县长 …): a leader is named by one, a person asked by one
POSTS = "局长|主任|书记|县长|区长|市长|旗长|镇长|乡长"
# 由县政府副县长丹智才让为组长, 以局长为组长, 由市政府常务副市长任组长
_LEADS = re.compile(r"(?:由|以)\s*([\u4e00-\u9fff]{2,20}?)\s*(?:同志)?\s*(?:任|为|担任)\s*(副?(?:组长|主任|第一责任人|总负责人|负责人))"
                    # …or named by the post the person holds (局长施伯新同志任组长, 副局长…任副组长 after it)
                    rf"|(?:^|[,，、;；:：])\s*(?:党组书记、|党委书记、)?(?:{POSTS}|部长|主席|馆长|院长|"
                    r"(?:常务|分管)?副(?:局长|主任|县长|区长|市长|镇长|乡长))\s*([\u4e00-\u9fff]{2,3}?)\s*(?:同志)?\s*(?:任|为|担任)\s*"
                    r"(副?(?:组长|主任|第一责任人|总负责人|负责人))"
                    # …or by name as a comrade, the group named before the post (胡某同志担任我局政务公开领导小组组长)
                    r"|(?:^|[,，、;；:：])\s*([\u4e00-\u9fff]{2,3}?)\s*同志\s*(?:任|为|担任)\s*(?:[\u4e00-\u9fff]{0,16}?(?:领导小组|工作小组))?"
                    r"(副?(?:组长|主任|第一责任人|总负责人|负责人))")
_DEPUTY = re.compile(r"副(?:组长|主任)|\bdeputy\b|\bvice\b", re.I)


# the last of a review's steps (最后一关是谁签发, who signs off last) and the actor of a step
_ASKS_LAST = re.compile(r"最后|最终|终审|\bfinal(?:ly)?\b|\blast\b", re.I)
_SIGNS_OFF = re.compile(r"([\u4e00-\u9fff]{2,12}?)\s*(?:最终|最后)?\s*(?:核发|签发|终审|审定|把关|审签|签批)")


# a document's number (清府办发〔2013〕118号): asked as 文号, never a count
# 哪个办法, which rule: a document's title (《政府采购信息发布管理办法》), never a count a table's row holds
ASKS_DOCUMENT = re.compile(r"哪(?:个|些|部|项|份|一个)(?:文件|办法|规定|条例|通知|意见|制度|规章|法规|方案|政策)|"
                           r"\b(?:which|what) (?:[\w-]+ ){0,4}?(?:rules?|regulations?|documents?|measures|notices?|policy|policies|laws?|provisions?)\b"
                           r"(?! (?:were|was) (?:issued|published|released|disclosed))",
                           re.I)
_TITLE = re.compile(r"《([^》]{2,40})》")
ASKS_DOC_NO = re.compile(r"文号|发文字号|发文号|document number|reference number|file number", re.I)
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,10}[〔﹝\[［【(（]\s*(?:19|20)\d{2}\s*[〕﹞\]］】)）]\s*(?:第\s*)?\d+\s*号")


_NAMED_SITE = re.compile(r"[“\"「]([^”\"」]{2,30})[”\"」]\s*[（(]?\s*(?:网址\s*[:：]\s*)?$")


# 借助哪些重点宣传日: the things asked for by their kind; a sentence lists them before 等 and the kind
# (结合春季义务植树、爱鸟周、防治荒漠化日等重点宣传日)
_WHICH_KIND = re.compile(r"哪些([\u4e00-\u9fff]{2,8}?)(?=[做来用进行开展是有了呢吗？?，,。]|$)")
_LIST_VERB = re.compile(r"结合|利用|借助|依托|通过|围绕|包括|包含|涵盖|例如|开展|组织|举办|抓住")


def _asked(rx: re.Pattern[str], question: str) -> str:
    """The noun a "which …" pattern reads from the question, "" when it asks no such thing."""
    m = rx.search(question)
    return m.group(1) if m else ""


def _listed_kind(question: str, sentence: str) -> str | None:
    """The items a sentence lists before 等 and the kind the question asks which of."""
    kind = _asked(_WHICH_KIND, question)
    for k in range(len(kind), 1, -1):  # (哪些平台发布信息: the kind is 平台, never the 信息 after it)
        at = re.search(r"等(?:[\u4e00-\u9fff]{0,4}?)" + re.escape(kind[:k]), sentence)
        if at:
            start = max(sentence.rfind(x, 0, at.start()) for x in "，,；;。：:") + 1
            items = sentence[start:at.start()].strip()
            first = items.find("、")
            verbs = list(_LIST_VERB.finditer(items, 0, max(first, 0)))
            items = items[verbs[-1].end():] if verbs else items  # (我局结合…: who lists them and the verb, no item)
            return items if first > 0 else None
    return None


_ORDINAL_ASKED = re.compile(r"第几\s*([\u4e00-\u9fff])")


# 把哪个单位定为…主要工作机构: the body a sentence designates (确定市政府信息中心为…主要工作机构)
_ASKS_DESIGNATED = re.compile(r"哪(?:个|家)(?:单位|部门|机构|机关|科室)[^，。？?]{0,6}?(?:定为|确定为|作为|明确为|指定为|列为|担任)")
_DESIGNATED = re.compile(r"(?:确定|明确|指定|认定|设立|定)([\u4e00-\u9fff]{2,20}?)(?:为|作为)(?![了])")

# 领导小组办公室设在哪里: the body a group's office sits in (设在良庆区政务办), no address
_ASKS_SET_IN = re.compile(r"(?:办公室|领导小组|工作小组|工作专班)(?:设在|在)(?:哪里|哪儿|哪个(?:部门|单位)|什么(?:地方|部门|单位)|何处)")
_SET_IN = re.compile(r"设在([\u4e00-\u9fff]{2,16}?)(?=[，,。；;、]|$)")

# 由哪个部门牵头, 哪个科室具体负责: the unit a report gives a piece of work to (由综合部牵头), never
# the issuer (负责编制 the report)
_CHARGE = "牵头|负责|承担|主管|主抓|统筹|协调|承办|推行落实|推进落实|推行|推进|落实"  # the verbs of being put in charge
ASKS_ROLE = re.compile(rf"哪(?:个|些|家|一个)(?:部门|单位|机构|科室|股室|处室)(?:来|具体)?({_CHARGE})"
                       r"(?![^，。？?]{0,4}(?:发布|编制|编写|撰写|出具|印发))|"
                       r"\bwhich (?:unit|department|office|section|division|team)s?\b[^?]{0,80}?\b(?:in charge of|responsible for|"
                       r"leads?|led|handles?|handled|coordinates?)\b(?![^?]{0,12}\b(?:publish|compil|writ|issu))", re.I)
# 由综合部牵头, or a unit opening a clause (…领导小组，综合协调部负责信息公开的各项工作)
_ROLE = re.compile(rf"由\s*([\u4e00-\u9fff]{{2,16}}?)\s*(?:具体)?({_CHARGE})|"
                   rf"(?:^|[，,；;。：:])\s*((?:(?!由)[\u4e00-\u9fff]){{2,12}}?(?:部|科|股|室|办|组|中心))\s*(?:具体)?({_CHARGE})")


# 哪个社区把…: the one the sentence names by its own name before the noun (东风社区还将…)
_WHICH_ONE = re.compile(r"哪(?:个|一个|所)(社区|村|学校|科室|股室|小区|景区|医院|站)")
_NAME_STOP = re.compile(r"[^\u4e00-\u9fff]|[的和与及在将把还也都各本该全每等了对向为从]")


def _named_one(question: str, sentence: str) -> str | None:
    noun = _asked(_WHICH_ONE, question)
    for at in (i.start() for i in re.finditer(noun, sentence)) if noun else ():
        before = sentence[max(0, at - 5):at]
        stops = list(_NAME_STOP.finditer(before))
        name = before[stops[-1].end():] if stops else before
        if len(name) >= 2:
            return name + noun
    return None


def asks_name(question: str) -> bool:
    """叫什么, 哪个微信公众平台, "what is the account called": a name is asked, never a count."""
    return _ASKS_NAME.search(question) is not None and not re.search(r"多少|几|how many", question, re.I)


def asks_set_in(question: str) -> bool:
    """领导小组办公室设在哪里: where a group's office is set up — the body the text says it sits in, if it
    says so, before the contact line's address."""
    return _ASKS_SET_IN.search(question) is not None


def asks_stated(question: str) -> bool:
    """第几年, 哪个社区, which body a report designated, who leads: the answer is what one sentence states,
    not the sentence that best names the rest (the contact line naming the group's office)."""
    return any(rx.search(question) for rx in (_ORDINAL_ASKED, _ASKS_DESIGNATED, _ASKS_SET_IN, _WHICH_ONE, ASKS_ROLE, _ASKS_WHO))


def asked_value(question: str, sentence: str, terms: list[str]) -> str | None:
    """The value ``question`` asks for as ``sentence`` states it, or None."""
    if (o := _ORDINAL_ASKED.search(question)) and \
            (m := re.search(r"第\s*([一二三四五六七八九十百零〇两\d]+)\s*" + re.escape(o.group(1)), sentence)):
        return m.group(0)  # 第几年: 第七年, as the report counts it
    if _ASKS_DESIGNATED.search(question) and (m := _DESIGNATED.search(sentence)):
        return m.group(1)
    if _ASKS_SET_IN.search(question) and (m := _SET_IN.search(sentence)):
        return m.group(1)  # 领导小组办公室设在哪里: 设在良庆区政务办
    if (role := ASKS_ROLE.search(question)) is not None:
        # the verb asked, else any verb of charge (牵头 asked, 由综合部牵头负责 written)
        found = [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _ROLE.finditer(sentence)]
        found = [(unit, verb) for unit, verb in found if unit != "各"]
        best = next((f for f in found if f[1] == role.group(1)), found[0] if found else None)
        if best is not None:
            return best[0]
    if (one := _named_one(question, sentence)) is not None:
        return one
    if (listed := _listed_kind(question, sentence)) is not None:
        return listed
    if ASKS_DOCUMENT.search(question) and not ASKS_DOC_NO.search(question) and (titles := _TITLE.findall(sentence)):
        if len(titles) > 1 and re.search(r"哪些|\b(?:rules|regulations|documents|notices|policies|laws|provisions)\b|\bor\b", question):
            return "、".join(f"《{t}》" for t in dict.fromkeys(titles))  # several asked for: every one the sentence names
        # the title nearest a word of the question (落实财政部…《…办法》), else the first
        return next((t for t in titles if any(w in sentence[max(0, sentence.find(t) - 12): sentence.find(t)]
                                              for w in terms)), titles[0])
    if ASKS_DOC_NO.search(question) and (numbers := list(_DOC_NO.finditer(sentence))):
        # the number right after the document the question names (《…考核办法》（清府办发〔2013〕118号）)
        def words_before(i: int) -> int:  # the question's words between the number before and this one
            window = sentence[numbers[i - 1].end() if i else 0: numbers[i].start()]
            return sum(len(t) for t in terms if t in window)

        return numbers[max(range(len(numbers)), key=lambda i: (words_before(i), -i))].group(0)
    if _ASKS_ADDRESS.search(question):
        urls = [u for u in _URL.findall(sentence) if "." in u and re.search(r"[A-Za-z]", u)]
        if urls:
            url = urls[0].rstrip(".")  # the address as written, its closing / kept
            # …after the site's quoted name (“南岸区政府公众信息网”（www.cqna.gov.cn）): both, as a reader asks for a site
            site = _NAMED_SITE.search(sentence[:sentence.find(url)])
            return f"{site.group(1)}（{url}）" if site else url
    if _ASKS_CONTACT.search(question) and (c := _CONTACT_BODY.search(sentence)):
        return c.group(1)  # whom to ask about the report: the body its contact line names
    if _ASKS_WHO.search(question) and _ASKS_LAST.search(question):
        steps = list(_SIGNS_OFF.finditer(sentence))  # 初审、审核、…局主要领导核发: the last step's actor
        if steps:
            return steps[-1].group(1)
    if _ASKS_WHO.search(question):
        deputy = bool(_DEPUTY.search(question))  # 副组长 asked: the deputy, never the head before it
        for m in _LEADS.finditer(sentence):
            if (m.group(2) or m.group(4) or m.group(6)).startswith("副") == deputy:
                return m.group(1) or m.group(3) or m.group(5)
    if _ASKS_NAME.search(question):
        names = _QUOTED.findall(sentence)
        if ASKS_PLATFORM.search(question) and (platforms := [n for n in dict.fromkeys(SITE_NAMED.findall(sentence))
                                                            if n.endswith("平台")]):
            return "、".join(platforms)  # 通过宁夏行政执法监督平台: the platform asked, before a column's quoted name
        # the quoted name next to a word of the question (“宝坻文旅”新媒体账号), else the only one
        # (or a word that means the same: “浙江嵊泗”官方新浪微博账号 for the Weibo account asked)
        from index.concepts import same_as

        near = [n for n in names if any(w in sentence[sentence.find(n): sentence.find(n) + len(n) + 12]
                                        for t in terms for w in (t, *same_as(t)))]
        if near or len(names) == 1:
            return (near or names)[0]
        # (…or platforms: 在临西县政府信息公开统一平台及时公布, asked 在哪个平台公布)
        if (ASKS_SITES.search(question) or ASKS_PLATFORM.search(question)) \
                and (sites := list(dict.fromkeys(n for n in SITE_NAMED.findall(sentence)
                                                 if not n.endswith("平台") or ASKS_PLATFORM.search(question)))):
            return "、".join(sites)
        # …or written unquoted after the body, before the channel's word (…交通运输局清清卢氏微信公众平台)
        # (of several accounts, the one on the platform asked about: 彭山文旅抖音账号 for 抖音账号叫什么)
        platform = next((words for asked, words in _PLATFORMS if asked in question), "")
        for m in _ACCOUNT_BRACKETED.finditer(sentence):  # 微信公众号（秀美大五里）: the name in brackets after it
            if not platform or re.search(platform, m.group(1)):
                return m.group(2)
        for m in _ACCOUNT.finditer(sentence):
            own = re.split(r"[局委府办镇乡室心处]|街道", m.group(1))[-1]
            if len(own) >= 2 and not _GENERIC_ACCOUNT.fullmatch(own) and (not platform or re.search(platform, m.group(2))):
                return own
        for m in _ACCOUNT_AFTER.finditer(sentence):
            if (not platform or re.search(platform, m.group(1))) and not _GENERIC_ACCOUNT.fullmatch(m.group(2)):
                return m.group(2)
    return None
