"""The value a what/who question asks for, taken out of the sentence that answers it: a name the
report puts in quotation marks (an account, a column), a web address, the person or post that
leads a group. Said first, before the quoted sentence, so the answer's first line answers."""

from __future__ import annotations

import re

# what the question asks for
_ASKS_NAME = re.compile(r"叫什么|名称|名字|什么名|叫做?什么|哪个(?:账号|公众号|专栏|栏目|平台)|"
                        r"\bcalled\b|\bnamed?\b|\bname of\b|\btitle of\b|which (?:account|column|platform)", re.I)
# (哪个网站 asks which site: its address where the sentence gives one)
_ASKS_ADDRESS = re.compile(r"网址|网站地址|链接|域名|哪个网站|哪一?家网站|什么网站|\bweb ?address|\burl\b|\blink\b|\bwebsite address|"
                           r"which (?:web)?site|what (?:web)?site", re.I)
_ASKS_WHO = re.compile(r"谁|哪位|哪名|哪一位|什么人|什么领导|\bwho\b|\bwhom\b|which (?:official|leader|person)", re.I)

_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,24})[”\"」]")
_URL = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9_./?=&%#-]*)?")
# 由县政府副县长丹智才让为组长, 以局长为组长, 由市政府常务副市长任组长
_LEADS = re.compile(r"(?:由|以)\s*([\u4e00-\u9fff]{2,20}?)\s*(?:同志)?\s*(?:任|为|担任)\s*(?:组长|主任|第一责任人|总负责人|负责人)")


# the last of a review's steps (最后一关是谁签发, who signs off last) and the actor of a step
_ASKS_LAST = re.compile(r"最后|最终|终审|\bfinal(?:ly)?\b|\blast\b", re.I)
_SIGNS_OFF = re.compile(r"([\u4e00-\u9fff]{2,12}?)\s*(?:最终|最后)?\s*(?:核发|签发|终审|审定|把关|审签|签批)")


# a document's number (清府办发〔2013〕118号): asked as 文号, never a count
ASKS_DOC_NO = re.compile(r"文号|发文字号|发文号|document number|reference number|file number", re.I)
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*(?:第\s*)?\d+\s*号")


_NAMED_SITE = re.compile(r"[“\"「]([^”\"」]{2,30})[”\"」]\s*[（(]?\s*(?:网址\s*[:：]\s*)?$")


def asked_value(question: str, sentence: str, terms: list[str]) -> str | None:
    """The value ``question`` asks for as ``sentence`` states it, or None."""
    if ASKS_DOC_NO.search(question) and (numbers := list(_DOC_NO.finditer(sentence))):
        # the number right after the document the question names (《…考核办法》（清府办发〔2013〕118号）)
        def named(i: int) -> int:  # the question's words between the number before and this one
            window = sentence[numbers[i - 1].end() if i else 0: numbers[i].start()]
            return sum(len(t) for t in terms if t in window)

        return numbers[max(range(len(numbers)), key=lambda i: (named(i), -i))].group(0)
    if _ASKS_ADDRESS.search(question):
        urls = [u for u in _URL.findall(sentence) if "." in u and re.search(r"[A-Za-z]", u)]
        if urls:
            url = urls[0].rstrip(".")  # the address as written, its closing / kept
            # …after the site's quoted name (“南岸区政府公众信息网”（www.cqna.gov.cn）): both, as a reader asks for a site
            named = _NAMED_SITE.search(sentence[:sentence.find(url)])
            return f"{named.group(1)}（{url}）" if named else url
    if _ASKS_WHO.search(question) and _ASKS_LAST.search(question):
        steps = list(_SIGNS_OFF.finditer(sentence))  # 初审、审核、…局主要领导核发: the last step's actor
        if steps:
            return steps[-1].group(1)
    if _ASKS_WHO.search(question) and (m := _LEADS.search(sentence)):
        return m.group(1)
    if _ASKS_NAME.search(question):
        names = _QUOTED.findall(sentence)
        # the quoted name next to a word of the question (“宝坻文旅”新媒体账号), else the only one
        # (or a word that means the same: “浙江嵊泗”官方新浪微博账号 for the Weibo account asked)
        from index.concepts import same_as

        near = [n for n in names if any(w in sentence[sentence.find(n): sentence.find(n) + len(n) + 12]
                                        for t in terms for w in (t, *same_as(t)))]
        if near or len(names) == 1:
            return (near or names)[0]
    return None
