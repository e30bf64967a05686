"""Follow-up questions ("那2023年呢？", "and Yanchi?", "邀请了多少名代表参加？") resolved against the
conversation so far: what the new turn does not say, the earlier turns supply.

Two kinds: an *elliptical* turn only swaps the place or year ("那渠县呢？") — the previous question
is asked again with the swap; a turn with *its own content* ("And the postal code?") keeps its
words and takes the place and year from before.
"""

from __future__ import annotations

import re

from rag.query import Query, Target, _COLUMNS
from rag.view import CorpusView

_MARKER = re.compile(r"^(?:那么?|还有|另外|那个|and\b|what about|how about|also\b|then\b)|呢[？?]?\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:it|its|there|they|them|those|that year|the same|this county|that county)\b|"
                      r"该|其|这些|那些|他们|同年|当年|那一行", re.I)
_FILLER = re.compile(r"^(?:那么?|还有|另外|and|what about|how about|also)\s*|[呢吗？?。.!！\s]+$", re.I)


def _is_short(text: str) -> bool:
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return cjk <= 14 if cjk else len(text.split()) <= 6


def _bare(p: CorpusView, q: Query) -> bool:
    """True when the turn says nothing beyond a place and/or year ("那渠县呢？", "And Haiyuan?")."""
    rest = re.sub(r"(?:19|20)\d{2}\s*年?度?", " ", _without_places(p, q))
    rest = _FILLER.sub("", rest.strip()).strip()
    rest = _FILLER.sub("", rest).strip()
    return not re.search(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{3,}", rest)


def _swap(p: CorpusView, prev: Query, q: Query) -> str:
    """The previous question with this turn's place and year put in."""
    text = prev.text
    if q.places:
        new = q.places[0]
        olds = sorted((a for pl in p.places if pl.name in prev.places for a in pl.aliases), key=len, reverse=True)
        replaced = False
        for a in olds:
            if re.search(re.escape(a), text, flags=re.I):
                text = re.sub(re.escape(a), new, text, flags=re.I)
                replaced = True
        if not replaced:
            text = f"{new} {text}"
    if q.years:
        if prev.years:
            for y in prev.years:
                text = text.replace(str(y), str(q.years[0]))
        else:
            text = f"{q.years[0]}年 {text}"
    return text


def resolve(p: CorpusView, question: str, history: list[dict[str, str]]) -> Query:
    q = p.understand(question)
    users = [i for i, h in enumerate(history) if h.get("role") == "user" and h.get("content")]
    if not users:
        return q
    last = users[-1]
    prev = resolve(p, history[last]["content"], history[:last])
    if q.unknown_places and not q.places:
        return q  # "What about Beijing?": a place we do not have, refused downstream
    marked = bool(_MARKER.search(question) or _PRONOUN.search(question))
    if q.places and not _bare(p, q) and not marked:
        return q  # a complete question of its own
    if not q.places and not marked and not _is_short(question):
        return q
    if q.shape in ("rank", "compare", "difference") and not (q.places or q.targets or q.topics) \
            and (prev.targets or prev.topics) and _is_short(question):
        # "哪个更多？", "Which is more?": the last turn's figure, compared among its places; after
        # one place ("海原县…多少？" "哪个县最多？"), among every place (in the same year)
        base = prev.text if len(prev.places) > 1 else _without_places(p, prev)
        merged = p.understand(f"{base} {question}")
        merged.language = q.language
        return merged
    if q.shape in ("which", "list", "rank", "total") and not q.places and not marked:
        return q  # asks across the corpus, not about the last place
    cols = [c for pat, c in _COLUMNS if re.search(pat, question, re.I)]
    if _bare(p, q) or (not q.targets and not q.topics and cols and prev.targets):
        merged = p.understand(_swap(p, prev, q) if _bare(p, q) else prev.text)
        if cols and not _bare(p, q):
            merged.targets = [Target(t.table, t.row, cols[0]) for t in prev.targets]
        merged.text = _swap(p, prev, q) if _bare(p, q) else f"{question}（{prev.text}）"
        merged.language = q.language  # answer in the language of this turn
        return merged
    # Its own content: keep its words, add the place and year it leaves out.
    extra = [n for n in prev.places if not q.places] + [f"{y}年" for y in prev.years if not q.years]
    merged = p.understand(f"{_antecedent(question, prev.text)} {' '.join(extra)}".strip())
    merged.text = question if not extra else f"{question} {' '.join(extra)}"
    if not merged.targets and not merged.topics and prev.targets and not _has_words(question):
        merged.targets = prev.targets
    if merged.shape == "open":  # "And on its WeChat account?" asks what the last turn asked
        merged.shape = prev.shape
    merged.language = q.language
    return merged


def _without_places(p: CorpusView, q: Query) -> str:
    """The turn's text with its places' names (every alias, longest first) taken out."""
    text = q.text
    for a in sorted((a for pl in p.places if pl.name in q.places for a in pl.aliases), key=len, reverse=True):
        text = re.sub(re.escape(a), " ", text, flags=re.I)
    return text


def _has_words(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]{3,}|[A-Za-z]{4,}", _FILLER.sub("", text)))


# "How many disclosure requests did it receive?" → "And how many of them did it finish handling?":
# them/they stand for what the last turn counted (the words between "how many" and its verb).
_COUNTED = re.compile(r"\bhow many\s+((?:[\w'-]+\s+){0,6}?[\w'-]+?)\s+(?:did|does|do|were|was|has|have|had|are|is|in)\b", re.I)
_THEM = re.compile(r"\b(?:them|they|those)\b", re.I)


def _antecedent(question: str, before: str) -> str:
    """An English turn counting ``them`` with the last turn's counted thing put in for the pronoun."""
    m = _COUNTED.search(before)
    if m is None or not _THEM.search(question):
        return question
    return _THEM.sub(m.group(1), question, count=1)
