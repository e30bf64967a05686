"""Pure: the contact details a report gives (phone, fax, address, postcode, e-mail), from anywhere
in its text — they stand in the preamble ("如对本报告有疑问，请与…联系（地址：…）"), at the end, or
in the page's footer.

A value is read right after its cue (``index.factkinds``: 联系电话, 电子信箱, 通讯地址 …), with a
colon, 为/是, or nothing between. Two forms name no cue word and are read by their shape:

- an address written just before its postcode, "…办公室（某县人民路18号，邮编123456）", taken only
  when the report gives no address after a cue;
- a phone number after the verb that offers it (致电, 拨打), which the kinds table lists as cues.
"""

from __future__ import annotations

import re

from index.factkinds import BY_KEY, KINDS

# (area code) or area code + dash, then 7-8 digits and an extension; or a mobile number.
# (an area code run into the number, 07636382321, is kept as printed: where it splits is not written)
_PHONE = r"0\d{9,11}(?!\d)|(?:（0\d{2,3}）\s?[-—–]?\s?|0\d{2,3}\s?[-—–]+\s?|0\d{2,3}\s)?\d{7,8}(?:(?:-|转|分机)\d{1,5})?|1[3-9]\d{9}"
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
# 电话：…, 电话为…, 邮箱是…, 电话 …, and a gloss in brackets first: 电子邮箱（E-mail）：…; or the
# value itself in brackets: 通过传真（0123-4567890）
_SEP = r"\s*(?:（[^（）\d]{1,10}）)?\s*(?:[:：]|为|是)?\s*[（(]?\s*"


# Pages often space a cue's characters out to align a contact block ("电  话：", "地　址："):
# a cue of Chinese characters matches with a blank between any two of them.
_BLANK = "[ \u3000]{0,2}"


def _spaced(cue: str) -> str:
    return _BLANK.join(map(re.escape, cue)) if not cue.isascii() else re.escape(cue)


def _cue(key: str) -> str:
    cues = sorted(BY_KEY[key].cues, key=len, reverse=True)
    return "(?:" + "|".join(map(_spaced, cues)) + ")"


_CONTACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a fax also after the verb it names: 传真至/传真到/传真给 …
    ("contact.fax", re.compile(rf"{_cue('contact.fax')}{_SEP}(?:(?:发送|发)?(?:至|到|给)\s*)?(?P<v>{_PHONE})")),
    ("contact.fax", re.compile(rf"(?P<v>{_PHONE})\s*（{_cue('contact.fax')}）")),
    ("contact.phone", re.compile(rf"{_cue('contact.phone')}(?:/传真)?{_SEP}(?P<v>{_PHONE})(?!\s*（传真)(?!\d)")),
    # a surname and 先生/女士, or a name of two or three characters, up to what follows it (a lines-joined
    # page runs on: 联系人：周女士通讯地址…)
    ("contact.person", re.compile(rf"{_cue('contact.person')}{_SEP}(?P<v>[\u4e00-\u9fff](?:先生|女士|老师)|[\u4e00-\u9fff]{{2,3}}?)"
                                  r"(?=同志|联系|[，,；;。\s（(：:、）)]|电话|通讯|地址|邮|传真|电子|办公|手机|$)")),
    ("contact.postcode", re.compile(rf"{_cue('contact.postcode')}{_SEP}(?P<v>\d{{6}})(?!\d)")),
    ("contact.email", re.compile(rf"{_cue('contact.email')}{_SEP}(?:(?:发送|发)?(?:至|到)\s*)?(?P<v>{_EMAIL})")),
    # Not "网站地址" (a URL) nor "邮件地址"/"邮箱地址" (an e-mail address).
    # (the cue first, the lookbehinds after it: a pattern opening on a literal is searched fast)
    ("contact.address", re.compile(
        rf"{_cue('contact.address')}(?<!网站地址)(?<!网页地址)(?<!邮件地址)(?<!邮箱地址)"
        r"\s*(?:（[^（）\d]{1,10}）)?\s*(?:[:：]|为|是|在|位于|设在|设于)\s*(?P<v>[^，,；;。）\n:：]{4,60})")),
)
# The address standing just before its postcode, opened by a bracket or a clause mark: read
# backwards from each postcode cue, over the window before it.
_POSTCODE_CUE = re.compile(_cue("contact.postcode"))
# A verb of sending (寄至) also opens it; a bracket may hold the postcode ("…18号（邮编123456）").
_ADDRESS_BEFORE = re.compile(r"(?:^|(?<=[（：:，,；;\s])|(?<=寄至|寄往|寄到|寄送|请寄|函寄|位于|设在))"
                             r"(?P<v>[^（）,，；;。\n:：]{6,60}?[号室楼层院段])\s*[，,；;、（(]?\s*$")
_SENT_TO = re.compile("寄至|寄往|寄到|寄送|请寄|函寄|位于|设在")
_WINDOW = 64
# the last character of a body's or office's name: no person's
_NOT_A_PERSON = set("室局办处科股站所部心会委院队馆司厅组府镇乡区县市")
# A site's own mailbox in the page footer (网站邮箱, 站长信箱) is not the body's.
_SITE_MAILBOX = ("网站", "站长", "管理员")
# An e-mail address with no cue of its own counts inside a contact line: another detail's cue
# stands within this many characters before it ("（地址：…，电话：…，abc@example.cn）").
_EMAIL_RE = re.compile(_EMAIL)
_NEAR = 40
_OTHER_CUES = re.compile("|".join(map(_spaced, sorted(
    (c for k in ("contact.phone", "contact.address", "contact.postcode", "contact.fax") for c in BY_KEY[k].cues
     if not c.isascii()), key=len, reverse=True))))
# A fax marked after its number ("0123-4567890（传真）") is looked for only where that mark stands.
_FAX_MARK = tuple(f"（{c}）" for c in BY_KEY["contact.fax"].cues)
# A contact pattern is run only when one of these is in the text (most pages lack most of them).
_GUARD = {k.key: k.cues + (("@",) if k.key == "contact.email" else ()) for k in KINDS if k.value_type == "str"}
# …or, spaced out, one of them with a blank inside.
_SPACED_GUARD = {k.key: re.compile("|".join(_BLANK.replace("{0,2}", "{1,2}").join(map(re.escape, c))
                                             for c in k.cues if not c.isascii() and len(c) > 1))
                 for k in KINDS if k.value_type == "str"}


def _has(text: str, key: str) -> bool:
    return any(w in text for w in _GUARD[key]) or bool(_SPACED_GUARD[key].search(text))

# An address ends where the next detail's cue begins ("…18号 邮编：…", "…18号电话…").
_NEXT_CUE = re.compile("|".join(map(_spaced, sorted(
    (c for k in ("contact.phone", "contact.fax", "contact.postcode", "contact.email") for c in BY_KEY[k].cues
     if not c.isascii()), key=len, reverse=True))))
_ADDRESS_WORD = re.compile(r"[路街号楼镇区县市道巷院村乡层室]")
# An address by its shape: a place, then a road (路/街/大道/巷 …) and a number with 号, opened by a
# bracket, a clause mark or a line start.
_STREET_NUMBER = (r"[\u4e00-\u9fff]{2,40}?(?:大道|大街|路|街|巷|道|胡同|弄)"
                  r"[\d一二三四五六七八九十]{1,5}号(?:[^（）()，,；;。\s]{0,12}?(?:楼|室|层|院))?")
_SHAPED = re.compile(rf"(?:^|(?<=[（(：:，,；;\s]))(?P<v>{_STREET_NUMBER})(?=[）)，,；;。\s]|$)", re.M)
_POSTCODE_AFTER = re.compile(r"\s*[，,、\s（(]\s*(?P<v>\d{6})(?![\d-])\s*(?:[）)；;。，,]|$)")
# "…人民路12号（051500）": the address ends at a bracket holding its postcode.
_BRACKETED_POSTCODE = re.compile(r"\s*[（(]\s*(?=\d{6}(?!\d))")
_SHAPED_POSTCODE = re.compile(rf"[（(](?P<v>{_STREET_NUMBER})\s*[，,]\s*\d{{6}}(?!\d)\s*[）)]")
_LEAD = re.compile(_cue("contact.address") + "|在|位于|设在|设于|寄至|寄往|寄到|寄送")
_STREET = re.compile(r"路|街|道|巷|村|镇|乡|园区|广场|大厦|中心")


_CONTACT_OFFER = re.compile(r"(?:联系|致电|拨打)[^，,。；;\n\d]{0,24}?[:：]\s*(?P<v>0\d{2,3}[-—–－]+\d{7,8})(?![\d-])")
# An area code in brackets or joined by a dash of any width: one way of writing it (0961-3906956)
_AREA = re.compile(r"^[（(]\s*(0\d{2,3})\s*[）)]\s*[-—–－]?\s*(\d{7,8}.*)$|^(0\d{2,3})\s*[-—–－]+\s*(\d{7,8}.*)$")


def _phone(v: str) -> str:
    """A phone or fax number written one way: （0961）3906956 and 0449—6502240 are 0961-3906956, 0449-6502240."""
    m = _AREA.match(v)
    return f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}" if m else v


def _is_address(v: str) -> bool:
    return bool(_ADDRESS_WORD.search(v)) and not any(w in v for w in ("http", "www", "@"))


# the site's own footer (主办单位…联系电话…网站标识码): the web team's details, not the report's
_SITE_FOOTER = re.compile(r"主办单位|承办单位|网站标识码|ICP备|版权所有|技术支持|网站地图|政府网站找错")


def _in_site_footer(text: str, i: int) -> bool:
    a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    return _SITE_FOOTER.search(text, a, b if b >= 0 else len(text)) is not None


_PHONE_SEP = r"\s*[、，,/或和及]\s*"  # between two numbers one phone field gives
_MORE_PHONES = re.compile(rf"{_PHONE_SEP}(?:{_PHONE})(?![\d-])")


def _phones(v: str) -> str:
    """One or several phone numbers written one way each, joined by 、."""
    return "、".join(_phone(x) for x in re.split(_PHONE_SEP, v) if x)


def contact_values(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, value, span in ``text``) of every contact detail, in pattern order; a span is read
    as one kind only (the first pattern that takes it: a fax cue before a phone cue)."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    taken: set[tuple[int, int]] = set()
    for key, rx in _CONTACTS:
        if not _has(text, key) or (rx is _CONTACTS[1][1] and not any(w in text for w in _FAX_MARK)):
            continue
        for m in rx.finditer(text):
            raw = m.group("v")
            if key == "contact.address":  # up to the next detail's cue, no bracket left open
                raw = _BRACKETED_POSTCODE.split(_NEXT_CUE.split(raw, 1)[0], 1)[0].rstrip("（( \u3000")
            v = raw.strip()
            a = m.start("v") + len(raw) - len(raw.lstrip())
            span = (a, a + len(v))
            if span in taken or (key == "contact.address" and not _is_address(v)) or _in_site_footer(text, m.start()):
                continue
            if key == "contact.person" and v[-1] in _NOT_A_PERSON:
                continue  # 请与办公室联系: an office, not a person
            if key == "contact.email" and any(w in text[max(0, m.start() - 5):m.start()] for w in _SITE_MAILBOX):
                continue
            if key == "contact.phone":  # 联系电话：0936-4421101、0936-4421302: every number the line gives
                more = _MORE_PHONES.match(text, span[1])
                while more:
                    v, span = text[span[0]:more.end()], (span[0], more.end())
                    more = _MORE_PHONES.match(text, span[1])
            taken.add(span)
            out.append((key, _phones(v) if key == "contact.phone" else _phone(v) if key == "contact.fax" else v, span))
    if "@" in text and not any(k == "contact.email" for k, _, _ in out):
        for m in _EMAIL_RE.finditer(text):
            if _OTHER_CUES.search(text, max(0, m.start() - _NEAR), m.start()) and \
                    not any(w in text[max(0, m.start() - 8):m.start()] for w in _SITE_MAILBOX):
                out.append(("contact.email", m.group(), m.span()))
                break
    if not any(k == "contact.phone" for k, _, _ in out) and ("联系" in text or "致电" in text or "拨打" in text):
        # "如有疑问，请联系：某局办公室：0736-1234567", "请致电某局综合股：0449—6502240": a number with its
        # area code, no cue of its own, offered by 联系 / 致电 a few words before it (a fax says so, and was read above)
        for m in _CONTACT_OFFER.finditer(text):
            if not any(a <= m.start("v") < b for _, _, (a, b) in out):
                out.append(("contact.phone", _phone(m.group("v")), m.span("v")))
                break
    if not any(k == "contact.address" for k, _, _ in out) and _has(text, "contact.postcode"):
        for c in _POSTCODE_CUE.finditer(text):
            w0 = max(0, c.start() - _WINDOW)
            m = _ADDRESS_BEFORE.search(text, w0, c.start())
            v = _SENT_TO.split(m.group("v").strip())[-1] if m else ""  # 可来信寄至…: from the place on
            if v and _is_address(v) and _STREET.search(v):
                out.append(("contact.address", v, (m.end("v") - len(v), m.end("v"))))
                break  # the first such address; later ones are a school's or a branch's
    if not any(k == "contact.address" for k, _, _ in out) and any(k != "contact.email" for k, _, _ in out):
        # An address known by its shape (…路/街/大道/巷 + 号) right before or after another detail
        # of the contact line: "某局（某县人民路18号）  联系电话：…", "电话：…，人民路18号".
        spans = [sp for k, _, sp in out]
        for m in _SHAPED.finditer(text):
            if any(0 <= a - m.end() <= _NEAR or 0 <= m.start() - b <= _NEAR for a, b in spans):
                v = _LEAD.split(m.group("v"))[-1]  # "地址在某县…": from the place on
                out.append(("contact.address", v, (m.end("v") - len(v), m.end("v"))))
                break
    if not any(k == "contact.address" for k, _, _ in out):
        # An address by its shape with its postcode beside it in one bracket, no cue and no other
        # detail near: "意见建议请寄某局（某县城关镇育才路12号，713200）".
        m = _SHAPED_POSTCODE.search(text)
        if m:
            v = _LEAD.split(m.group("v"))[-1]
            out.append(("contact.address", v, (m.end("v") - len(v), m.end("v"))))
    if not any(k == "contact.postcode" for k, _, _ in out):
        # A postcode with no cue, written right after the address in the same bracket or clause:
        # "邮寄方式（某县人民路18号，123456）".
        for k, _, (_, b) in list(out):
            if k == "contact.address" and (m := _POSTCODE_AFTER.match(text, b)):
                out.append(("contact.postcode", m.group("v"), m.span("v")))
    return out
