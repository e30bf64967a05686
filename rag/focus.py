"""A question's focus terms: its content words without the place, the year, the body and the words
of asking — what a sentence must name to answer it (used by rag.prose to score sentences).

Chinese is cut by the lexical tokenizer, the domain's own words kept whole; English reaches the
Chinese text through the concept table and a dictionary (rag/english.py). Places, bodies and
provinces named, the report itself (信息公开年报), a verb asked as itself or its negation (收没收)
and glue the tokenizer guessed (上查) are no content.
"""

from __future__ import annotations

import functools
import re

from index import concepts
from index.lexical import DOMAIN_TERMS, tokenize
from index.textchannels import CHANNEL_RE
from rag.askkinds import ASPECT, BESIDES, NTH, RUNNING
from rag.counts import COUNTER
from rag.english import focus_words

_QUESTION_WORDS = set("多少 几 哪些 哪个 哪 什么 怎样 怎么 如何 是否 有没有 吗 呢 请问 报告 年报 年度 情况 一共 总共 共 "
                      "是 有 的 了 在 和 与 及 通过 进行 工作 相关 方面 主要 其中 哪天 哪一天 何时 什么时候 哪里 "
                      "在哪 在哪里 哪儿 是什么 叫什么 名字 叫做 事情 什么样 有哪些 哪几 "
                      "指出 提到 提及 说明 明确 显示 表示 举办 举行 存在 实行 采取 开展 怎样的 什么样的 具体 分别 "
                      "数量 最多 最少 最高 最低 给出 县里 发布量 排名 哪个县 哪份 时候 是从 从何 何年 哪年 哪一年 "
                      "自从 起 几月 几号 几日 哪月 一天 那场 这场 那次 这次 多长 多久 一次 "
                      "加在 一起 加在一起 加起来 合起来 相加 加上 总和 合计 总计 "
                      "借助 依靠 依托 除了 除去 以外 之外 可以 能否 可否 能不能 哪位 哪名 哪一位 哪边 哪方 哪一方 哪家 谁 担任 自己 自身 承认 坦言 一关 一道 前要 经过 最后 原来 以前 之前 当初 曾经 地方 哪些地方 什么地方 最早 最初 起来 当时 "
                      # what a report is made of, asked (分成几个部分, 自称由几部分组成): the parts are the thing asked
                      "分成 分为 组成 构成 自称 "
                      # the chat's question words and its own words around the asking (啥, 哪道; 举个例子就行, 想知道)
                      "啥 咋 干啥 为啥 这块 那块 这一块 哪道 哪种 哪类 哪项 哪条 哪步 举个 例子 举例 举个例子 比如 例如 就行 就好 即可 一下 "
                      "说说 讲讲 告诉 帮我 麻烦 想知道 知道".split())


# (…or were brought: 请来的人更多, 邀请了多少人 — the people counted, the verb no word of the thing)
_CAME = r"(?:参加|参与|出席|到场|参会|到会|邀请|请来|邀来|请了)"
_ATTENDED = re.compile(r"((?:多少|几)[名位个]?人次?)\s*" + _CAME + r"了?|"
                       + _CAME + r"(?:的|了)?(?=(?:人数|有)?(?:多少|几)[名位个]?人)|"
                       + _CAME + r"(?:的|了)?人(?:数|次)?(?:更|最|比较|较)?[多少](?!少)")


def focus_terms(question: str, language: str, names: list[str], general: bool = True) -> list[str]:
    """Content words of the question, in Chinese (English mapped through rag.english); with
    ``general`` False a compound (工作信息) stays beside its part (工作)."""
    # a year filters; "2024年收了" is no 年收; 哪一年 and 哪天 ask for one ("哪天办的" is no 天办)
    text = re.sub(r"(?:19|20)\d{2}\s*年度?|哪一?年|哪个年份|哪一?天|几月几[号日]|什么时[候间]|何时|哪一?[方边家]|[那这]一年|第几|(?:哪(?:个|些|家|几个)|什么)(?:单位|部门|机构|机关)|"
                  r"\b(?:which|what) (?:units?|sections?|divisions?|teams?)\b", " ", question, flags=re.I)
    # "有多少人参加": taking part is what the people counted did; the thing they took part in is the term
    text = _ATTENDED.sub(lambda m: f" {m.group(1) or ''} ", text)
    text = BESIDES.sub(" ", text)  # 除了政府网站，还借助哪些平台: what is set aside is no word to look for
    text = re.sub(r"有没有|是不是|叫(?:做)?什么(?:名字)?", " ", text)  # the asking whole: the tokenizer would leave
    # 没有 of it, and 号叫 of 抖音号叫什么
    # the channel a thing is put on (在新浪微博上发布): the channel, never 微博上 (上线, 上传, 上报 are verbs)
    text = re.sub(rf"({CHANNEL_RE.pattern})上(?!线|传|报|级|架|网|墙)", r"\1 ", text)
    text = ASPECT.sub(r"\1", text)  # 征求过意见: 征求意见
    text = NTH.sub(" ", text)  # 第二个方面: which item, no word
    text = re.sub(r"(?:面)?向(?:社会|公众|群众)", " ", text)  # whom a body discloses to: every body, no word of the thing
    # 那个专栏, 往里面放了: pointing at the thing and where it went are no words the text writes
    text = _POINTING.sub(" ", text)
    # 收没收, 公不公开: the verb asked as itself or its negation is the verb (没收 is no word of it)
    text = re.sub(r"([\u4e00-\u9fff])[不没]\1", lambda m: m.group(0) if m.group(1) in "有是" else m.group(1), text)
    # the report asked about is named, not a topic: 信息公开年报 is no 信息 nor 公开; nor is the
    # government named by its level (区政府门户网站: the site is the word)
    text = _THE_REPORT.sub(" ", text)
    if language == "en":  # (…in its 2021 information disclosure report: the report asked about)
        text = _THE_REPORT_EN.sub(" ", text)
    text = re.sub(r"[县区市旗](?:人民)?政府(?!办|部门|工作部门)", " ", text)
    before_names = text
    if language == "en":  # "the Jinta Industrial Concentration Zone committee": a proper name, the place's body
        text = without_bodies_en(text, names)
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    if language == "zh":
        # …and any division written in full, the corpus's or not (潮州市湘桥区 before a township the data
        # could not place); two characters (城区, 东区) may be a word of the content
        from index.places import mentions

        for m in sorted(mentions(text), key=lambda m: -m.start):
            if len(m.name) >= 3 and m.name[-1] in "省市县区旗州盟":
                text = text[:m.start] + " " + text[m.end:]
    terms: list[str] = ["累计"] if RUNNING.search(question) else []  # since 2008: the running total's word
    if language == "en":
        # "the 2017 Sichuan provincial evaluation": a province says where, it is no word to look for
        text = _province_en().sub(" ", text)
        # "its 70-plus items", "more than 70 items": the figure the asker knows names the thing (70余条)
        stated = [a or b for a, b in _ABOUT.findall(text)]
        text = _ABOUT.sub(" ", text)
        terms += focus_words(text) + stated
        terms += re.findall(r"[\u4e00-\u9fff]{2,}|\d{3,}", text)  # Chinese or numbers quoted in English
        terms = list(dict.fromkeys(terms))
        return _general(terms) if general else terms
    # (“海原教育” with the place taken out is “ 教育”: the word, not its space — but a name taken from
    # the middle, “幸福东区APP” → “幸福 APP”, leaves no word: the quoted name whole)
    quoted = [t.strip() for t in quoted_terms(text) if t.strip()]
    quoted = [t if not re.search(r"\S\s+\S", t) else next(
        (w for w in quoted_terms(before_names) if len(w) > len(t) and all(x in w for x in t.split())), t) for t in quoted]
    for t in quoted + [d for d in (*DOMAIN_TERMS, *_unsplit_terms(), *_body_endings()) if d in text]:
        if t not in terms:
            terms.append(t)
    for tok in tokenize(text):
        if _glued(tok) or re.fullmatch(r"[\u4e00-\u9fff]为", tok):
            continue  # (定为, 列为, 作为: a relation between the words, the text splits it: 确定…为)
        # a verb run into the asking (分几, 有多少) is the verb alone: the asking is no content word
        tok = re.sub(r"几|多少", "", tok) if re.search(r"\w(?:几|多少)$", tok) else tok
        # (几名, 多少条 …: every counter the asking may take, rag.counts)
        if tok in _QUESTION_WORDS or re.fullmatch(r"(?:19|20)\d\d|(?:几|多少)" + COUNTER, tok) or len(tok) < 2 and not tok.isdigit():
            continue
        if _is_division(tok):
            continue  # 北京东城区…: the province or city only says where the place asked about lies
        if not any(tok in t for t in terms):
            terms.append(tok)
    return _general(terms)


_POINTING = re.compile(r"[那这](?:个|些|几个|几份|份|一个)|[往向]?(?:里面|里边|里头|上面|上边)")
_ABOUT = re.compile(r"\b(\d{2,})(?:-plus|\+)|\b(?:more than|over|nearly|almost|about|around|roughly|some) (\d{2,})\b(?! (?:percent|per cent|%))")
_THE_REPORT_EN = re.compile(r"\b(?:its|the|their|this|that)\s+(?:(?:19|20)\d\d\s+)?(?:government\s+)?(?:information[- ])?"
                            r"disclosure\s+(?:work\s+)?(?:annual\s+)?report\b", re.I)
_THE_REPORT = re.compile(r"(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)")
_FUNCTION_CHAR = set("上下了在到的过着给被把从就也都还是")


@functools.cache
def _body_endings() -> tuple[str, ...]:
    """A government's offices as a question names the issuer of a rule it cites (云南省人民政府办公厅 →
    人民政府办公厅): one word, never 人民, 民政, 办公."""
    from index.bodies import body_kinds

    return tuple(k.ending for k in body_kinds() if k.ending.startswith("人民政府") and len(k.ending) >= 5)


@functools.cache
def _unsplit_terms() -> tuple[str, ...]:
    """The channels' words (the concept table's) the tokenizer does not know, which it would split (线上:
    线 + 上): a question writing one names it whole."""
    from index import concepts
    from index.lexical import word_frequency

    return tuple(t for c in concepts.concepts() if "channel" in c.kinds for t in c.terms
                 if len(t) >= 2 and not word_frequency(t) and "公开" not in t)


def _glued(tok: str) -> bool:
    """Two characters the tokenizer guessed into a word, one of them a function word (网站上查到 →
    上查, 收了几件 → 收了): no word of the question's content."""
    if len(tok) != 2 or not (_FUNCTION_CHAR & set(tok)):
        return False
    import jieba

    return not jieba.get_FREQ(tok)  # (0: a word the dictionary lists without ever having seen it: 上发)


def without_bodies_en(text: str, names: list[str]) -> str:
    """An English question less the bodies it names after their places (the Jinta Industrial
    Concentration Zone committee, the Haiyuan County education and sports bureau) and the townships
    it names in its own words (the Lirang Street subdistrict office: 礼让街街道)."""
    text = _BODY_OF_EN.sub(" ", text)  # (before the places are taken out: it ends where one begins)
    return _TOWN_BODY_EN.sub(" ", _proper_after(text, [n for n in names if n.isascii() and n[:1].isupper()]))


_TOWN_BODY_EN = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|Road|Subdistrict|Sub-district|Town|Township|Sumu)\b"
                           r"(?:\s+(?:sub-?district|street|town(?:ship)?)?\s*(?:office|government|committee))?")


def _proper_after(text: str, places: list[str]) -> str:
    """The capitalised words a place's name opens (Jinta Industrial Concentration Zone) taken out with
    it: the name of its body, no words to look for — a concept's word among them (WeChat) stays."""
    from index import concepts

    kept = concepts.english_spans(text)
    for place in sorted(places, key=len, reverse=True):
        # (a second spelling in brackets after it, "Jimusa'er (Jimsar) County", is the place's too)
        for m in reversed(list(re.finditer(rf"\b{re.escape(place)}((?:\s*\([^()]{{1,30}}\))?(?:\s+[A-Z][a-z]+)*)", text))):
            end = next((s for s, _ in sorted(kept) if m.start(1) <= s < m.end()), m.end())
            body = _BODY_NAMED.match(text, end) if end == m.end() else None
            if body is None and end == m.start(1):
                continue  # the place alone (Haiyuan's report): nothing of a name after it
            text = text[:m.start()] + " " + text[body.end() if body else end:]
    return text


# …and the body's kind after it in lower case, up to its noun ("Wencheng County comprehensive
# administrative law enforcement bureau"): the body asked about, no words of the content
_BODY_NAMED = re.compile(r"(?:\s+(?!in\b|on\b|of\b|for\b|to\b|during\b|post|publish|receiv|releas|disclos|handl)[a-z][\w'-]*){1,7}?"
                         r"\s+(?:bureau|office|commission|committee|cent(?:er|re)|administration|department|station|branch)(?:e?s)?\b")

# …or before them, "the education bureaus of Haiyuan, Shenchi and Yanchi": the bodies asked about
_BODY_OF_EN = re.compile(r"(?<=\bthe )(?:(?!the\b|by\b|on\b|in\b|of\b|for\b|to\b|from\b|at\b|with\b)[A-Za-z][\w'-]*\s+){1,6}?"
                         r"(?:bureau|office|commission|committee|administration|department)(?:e?s)?(?=\s+(?:of|in)\s+[A-Z])")


@functools.cache
def _province_en() -> re.Pattern[str]:
    from index.places import divisions, english
    from rag.unknownplaces import PROVINCES_EN

    names = {english(d.name) for d in divisions(("province",))} | set(PROVINCES_EN)
    return re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in names if n), key=len, reverse=True)) + r")\b", re.I)


def _is_division(tok: str) -> bool:
    """A province's or city's name as a question writes it (北京, 福州, 湖北省)."""
    from index.places import lookup

    return any(d.level in ("province", "city") for n in (tok, tok + "市", tok + "省") for d in lookup(n))


def shared_phrases(question: str, text: str, names: list[str], min_len: int = 4) -> list[str]:
    """The longest runs of the question's Chinese that the report writes verbatim ("生活必需品价格
    运行情况分析", "教育信息"), longest first: a thing the question names as the report does,
    where the tokenizer cuts it into words. Place and body names, and years, are left out."""
    q = re.sub(r"(?:19|20)\d{2}\s*年度?", " ", question)
    for n in sorted(names, key=len, reverse=True):
        q = q.replace(n, " ")
    out: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]{%d,}" % min_len, q):
        i = 0
        while i <= len(run) - min_len:
            j = i + min_len
            if run[i:j] not in text:
                i += 1
                continue
            while j < len(run) and run[i:j + 1] in text:
                j += 1
            phrase = run[i:j].strip("的了在和与及是有共")
            if len(phrase) >= min_len and not any(phrase in o for o in out):
                out.append(phrase)
            i = j
    return sorted(out, key=len, reverse=True)


def _general(terms: list[str]) -> list[str]:
    """Drop a term that contains another (微信公众号 beside 公众号): coverage is by substring, so
    the shorter one already covers it, and counting both would weigh one idea twice."""
    # …unless the longer is a word of the concept table for another thing (政务新媒体 beside 媒体, the
    # press): then it is the thing asked about
    # …and the pieces the tokenizer split a concept's word into (征求 + 意见 beside 征求意见): the word, which
    # its other words (意见征集) cover too, never its pieces apart
    kept = [t for t in terms if not any(o != t and o in t and (len(concepts.same_as(t)) == 1 or o in concepts.same_as(t))
                                        for o in terms)]
    # (a word that gave way to a shorter one of its own, 门户网站 to 网站, leaves its pieces be)
    pieces = {x for o in kept if len(concepts.same_as(o)) > 1 for a in terms for b in terms if a + b == o for x in (a, b)}
    return [t for t in kept if t not in pieces]


def quoted_terms(text: str) -> list[str]:
    """Words the asker set off: “政府开放日”; in an English question also (视频号) / （县长信箱）."""
    quoted = re.findall(r"[“\"「]([^”\"」]{2,20})[”\"」]", text)
    if not re.search(r"[\u4e00-\u9fff]{6,}", re.sub(r"[(（][^)）]*[)）]", "", text)):
        quoted += re.findall(r"[(（]([\u4e00-\u9fff]{2,12})[)）]", text)
    return quoted
