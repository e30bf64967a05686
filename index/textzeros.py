"""Pure: the noughts a report states in words (未收到…申请, 未发生…行政复议, 行政复议、行政诉讼均未发生,
依申请公开件数为零, 无公民…提出申请), and the pieces ``index.textfacts`` shares with this module
(the kinds that count, their cue regexes, the clause boundary, ``Mention``).

Split from ``index.textfacts``; the negation words are the kinds' ``zero``, ``zero_nouns`` and
``zero_after`` in ``index.factkinds``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.factkinds import KINDS, FactKind
from index.numbers import CN_DIGITS

COUNT_KINDS = tuple(k for k in KINDS if k.value_type == "int")
_COUNT_KINDS = COUNT_KINDS


def alt(words: tuple[str, ...]) -> str:
    """A regex alternation of the words, longest first (so 微信公众号 wins over 微信)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def terms(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alt(words))


_alt = alt
CUE_RE = {k.key: terms(k.cues) for k in COUNT_KINDS}
EXCLUDE_RE = {k.key: terms(k.excludes) for k in COUNT_KINDS if k.excludes}
_CUE_RE = CUE_RE
# What vetoes a nought: the kind's ``zero_excludes`` where it has them, else its ``excludes``.
_EXCLUDE_RE = {k.key: terms(k.excludes if k.zero_excludes is None else k.zero_excludes)
               for k in COUNT_KINDS if k.excludes}
# A colon right before a figure labels it ("行政复议：1件") and stays in the clause.
CLAUSE_END = re.compile(rf"[，；;！？!?]|[：:](?!\s*[\d{CN_DIGITS}])|,(?!\d{{3}}(?!\d))")
_CLAUSE_END = CLAUSE_END


@dataclass(frozen=True)
class Mention:
    """One statement of a figure of a kind: normalised span, value, text as printed."""

    kind: str
    value: int | float | str
    span: tuple[int, int]
    raw: str
    unit: str = ""  # the counter word as printed (篇, 条 …); "" = the kind's own unit


# Zeros, built from the kinds' ``zero`` words. Kinds with ``needs`` (applications): the negation,
# the verb right after it, the needed word within the clause — or the negation naming the thing.
# The others (reconsideration, litigation): the negation, then the cue within the clause.
# 未经复议 is "without reconsideration", 未被复议机关撤销 "not revoked by it": neither says "none".
_NEG = "(?:{})(?!经|被(?!申请|提起|起诉))"  # but 没有被申请行政复议 is a nought
_ZERO_VERB = [(k, re.compile(
    rf"{_NEG.format(_alt(k.zero))}(?:{_alt(k.cues)})(?:过|到)?(?P<mid>[^。；，,;]{{0,30}}?)(?:{_alt(k.needs)})"
    # (没有发生政府信息依申请情况: the thing happened not at all)
    + (rf"|(?:{_alt(k.zero)})(?:发生|出现)?(?:政府信息)?(?:{_alt(k.zero_nouns)})(?![的被而]?(?:引起|引发|提起)?(?:行政)?(?:复议|诉讼))"
       if k.zero_nouns else "")))
    for k in _COUNT_KINDS if k.zero and k.needs]
_SCOPE_KINDS = [k for k in _COUNT_KINDS if k.zero and not k.needs]
_ZERO_SCOPE = re.compile(
    rf"(?<!无论){_NEG.format(_alt(tuple(w for k in _SCOPE_KINDS for w in k.zero)))}[^。；，,;\d]{{0,40}}?"
    rf"(?:{_alt(tuple(c for k in _SCOPE_KINDS for c in k.cues))})")
# The nought may stand alone in the next clause, after only a time ("涉及…的行政复议、行政诉讼，本年度均未发生").
_WHEN = r"(?:本年度|本年|全年|年内|今年|当年|报告期内|同期|本期|(?:19|20)\d{2}\s*年度?(?:内|全年)?)"
# Nought stated after the cues, ending the clause: "行政复议和行政诉讼均未发生", "…情况：无".
_AFTER_KINDS = [k for k in _COUNT_KINDS if k.zero_after and not k.needs]
_NOUN_AFTER = [(k, re.compile(
    # "依申请公开工作：本年度受理数量为零": the noun may head its own phrase, a time after it
    rf"(?:{_alt(k.zero_nouns + k.needs)})(?:工作|方面|情况)?\s*[:：，,]?\s*(?:{_WHEN})?(?:政府信息)?(?:的)?(?:{_alt(k.cues)})?"
    rf"(?:事项|件数|数量|总数|总量|数|量)?\s*(?:{_alt(k.zero_after)}|[:：]\s*(?:无|零|0))"
    r"(?=$|[。；;，,！？!?）\s])"))
    for k in _COUNT_KINDS if k.zero_after and k.needs]
_ZERO_AFTER = re.compile(
    rf"(?:{_alt(tuple(c for k in _AFTER_KINDS for c in k.cues))})[^。；;，,！？!?\d]{{0,30}}?"
    # after a comma only who, when and what kind of case: "…方面，我局本年度政府信息公开案件均为零"
    rf"(?:[，,]\s*(?:我局|我委|本局|本机关|本单位)?\s*{_WHEN}?\s*(?:涉及)?(?:政府信息公开|信息公开)?(?:类)?(?:的)?(?:案件|事项|情况|数量|件数)?)?"
    rf"(?:{_alt(tuple(w for k in _AFTER_KINDS for w in k.zero_after))}|[:：]\s*(?:零|无|0))(?:起|件|宗|例|次)?[”’\"」]?(?=$|[。；;，,！？!?）\s])")
# Nobody applied: the negation names the applicant ("无公民、法人或其他组织向本机关提出…申请").
_NO_APPLICANT = re.compile(r"(?:无|没有|未有)(?:任何)?(?:公民|自然人|个人|群众|单位|申请人|人)[^。；;]{0,20}?"
                           r"(?:(?:提出|提交|递交)[^。；;，,]{0,12}?申请|向[^。；;，,]{1,12}?申请(?:公开)?(?:政府)?信息)")
# Kinds whose negations carry their own verb (未召开): the cue must follow at once.
_TIGHT = {k.key for k in _SCOPE_KINDS if all(len(w) >= 3 for w in k.zero)}


# Two counts of the applications named together, then one nought for both.
_APPLY_KIND = {c: k.key for k in _COUNT_KINDS if k.key.startswith("applications.") for c in k.cues}
_APPLY_CUES = _alt(tuple(_APPLY_KIND))
_JOINT_ZERO = re.compile(rf"(?:依申请公开|公开申请|信息公开申请)(?:的)?(?P<a>{_APPLY_CUES})(?:量|数|数量|件数)"
                         rf"(?:和|及|与|、)(?P<b>{_APPLY_CUES})(?:量|数|数量|件数)\s*(?:均为|都为|均是|都是)(?:零|0|〇)"
                         # …or the two verbs first, the noun after: 受理、办结政府信息公开申请均为零件
                         rf"|(?P<a2>{_APPLY_CUES})(?:和|及|与|、)(?P<b2>{_APPLY_CUES})(?:政府信息公开|信息公开|公开)?申请"
                         rf"(?:数|数量|量|件数)?\s*(?:均为|都为|均是|都是)(?:零|0|〇)")
_MODIFIER = re.compile(r"(?:任何|专题|专场|例行|相关|大型)?")
# "零申请", "零复议、零诉讼": 零 before the thing counted states its nought.
_ZERO_OF = {"申请": "applications.received", "复议": "review.reconsideration", "行政复议": "review.reconsideration",
            "诉讼": "review.litigation", "行政诉讼": "review.litigation"}
_ZERO_PREFIX = re.compile(r"(?<![\d一二三四五六七八九十百千万.])零(行政复议|行政诉讼|申请|复议|诉讼)(?![人书表])")


def _cue_follows(k: FactKind, clause: str) -> bool:
    """Does the kind's cue follow the negation opening ``clause`` at once (过/了 allowed)?"""
    p = max((len(w) for w in k.zero if clause.startswith(w)), default=0)
    p += clause[p:p + 1] in ("过", "了")
    p += len(_MODIFIER.match(clause, p).group())  # 没有举办专题新闻发布会
    return bool(_CUE_RE[k.key].match(clause, p))


_SCOPE_CUES = tuple({c for k in (*_SCOPE_KINDS, *_AFTER_KINDS) for c in k.cues})
_ZERO_WORDS = tuple({c for k in _COUNT_KINDS if k.zero for c in (*k.cues, *k.needs)} | {"零"})


def zero_mentions(text: str, start: int, end: int, out: list[Mention]) -> None:
    """The noughts the sentence text[start:end] states, appended to ``out``."""
    sentence = text[start:end]
    if not any(w in sentence for w in _ZERO_WORDS):
        return
    for k, rx in _ZERO_VERB:
        ex = _EXCLUDE_RE.get(k.key)
        for m in rx.finditer(sentence):
            if ex and ex.search(m.group("mid") or ""):
                continue  # 未收到…行政复议申请 is about reconsideration, not applications
            out.append(Mention(k.key, 0, (start + m.start(), start + m.end()), m.group()))
    for m in _NO_APPLICANT.finditer(sentence):  # 无公民、法人…提出…申请: nobody applied
        if not _EXCLUDE_RE["applications.received"].search(m.group()):
            out.append(Mention("applications.received", 0, (start + m.start(), start + m.end()), m.group()))
    for m in _JOINT_ZERO.finditer(sentence):  # 依申请公开的受理量和办结量均为零: both counts
        for cue in (m.group("a") or m.group("a2"), m.group("b") or m.group("b2")):
            out.append(Mention(_APPLY_KIND[cue], 0, (start + m.start(), start + m.end()), m.group()))
    if "零" in sentence:
        for m in _ZERO_PREFIX.finditer(sentence):
            key = _ZERO_OF[m.group(1)]
            if key != "applications.received" or not _EXCLUDE_RE[key].search(sentence, max(0, m.start() - 6), m.end()):
                out.append(Mention(key, 0, (start + m.start(), start + m.end()), m.group()))
    for k, rx in _NOUN_AFTER:  # 依申请公开件数为零: the negation after the thing it counts
        ex = _EXCLUDE_RE.get(k.key)
        for m in rx.finditer(sentence):
            opening = sentence[max(sentence.rfind(c, 0, m.start()) for c in "，,；;") + 1: m.end()]
            if not (ex and ex.search(opening)):
                out.append(Mention(k.key, 0, (start + m.start(), start + m.end()), m.group()))
    if not any(c in sentence for c in _SCOPE_CUES):
        return  # the zeros below all name one of these
    for m in _ZERO_SCOPE.finditer(sentence):
        # The clause from the negation on: the kinds whose cues it names, none of them vetoed.
        c_end = _CLAUSE_END.search(sentence, m.end())
        clause = sentence[m.start(): c_end.start() if c_end else len(sentence)]
        # Excluding words count from the clause's start ("行政执法工作均无被申请行政复议").
        opening = sentence[max(sentence.rfind(c, 0, m.start()) for c in "，,；;") + 1: m.start()]
        # Only kinds whose own negations open the match; a negation that carries its verb
        # (未召开) must stand right before the cue (未召开新闻发布会, not 未召开党组会议…发布会).
        kinds = [k for k in _SCOPE_KINDS if clause.startswith(k.zero)]
        named = [(k, e) for k, e in _named(kinds, clause, opening) if k.key not in _TIGHT or _cue_follows(k, clause)]
        if named:
            last = max(e for _, e in named)
            for k, _ in named:
                out.append(Mention(k.key, 0, (start + m.start(), start + m.start() + last), clause[:last]))
    for m in _ZERO_AFTER.finditer(sentence):
        # the cues before the negation, none vetoed, nor by the clause's opening (涉及行政执法的…)
        opening = sentence[max(sentence.rfind(c, 0, m.start()) for c in "，,；;") + 1: m.start()]
        for k, _ in _named(_AFTER_KINDS, m.group(), opening):
            out.append(Mention(k.key, 0, (start + m.start(), start + m.end()), m.group()))


def _named(kinds: list[FactKind], clause: str, opening: str = "") -> list[tuple[FactKind, int]]:
    """The kinds whose cues the clause names and whose excluding words neither it nor the
    ``opening`` before it holds, each with the end of its last cue."""
    named = []
    for k in kinds:
        ex = _EXCLUDE_RE.get(k.key)
        hits = list(_CUE_RE[k.key].finditer(clause))
        if hits and not (ex and (ex.search(clause) or ex.search(opening))):
            named.append((k, hits[-1].end()))
    return named
