"""Chinese names an English question writes in pinyin ("Jiankang Taining" for the account 健康泰宁,
Meipian for 美篇): found in the report's own text by their toneless syllables, so that a name no
dictionary holds still reaches the sentence that states its figure."""

from __future__ import annotations

import functools
import re

# a quoted Latin phrase, or a run of capitalised words (the way English writes a Chinese name)
_QUOTED = re.compile(r"[\"“']([A-Za-z][A-Za-z' -]{2,40})[\"”']")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}\b")
_MAX_TEXT = 20_000  # the head of a long report: names are stated early, and the cost stays bounded


@functools.lru_cache(maxsize=256)
def _syllables(text: str) -> tuple[str, ...]:
    """One toneless syllable per character of ``text`` ("" for a character that has none)."""
    try:
        from pypinyin import lazy_pinyin
    except ModuleNotFoundError:
        return ("",) * len(text)
    out = lazy_pinyin(text, errors=lambda s: [""] * len(s))
    return tuple(out) if len(out) == len(text) else ("",) * len(text)


def _spans(text: str, target: str) -> list[str]:
    """The runs of two or more characters of ``text`` whose syllables spell ``target``."""
    syl = _syllables(text)
    found = []
    for i, s in enumerate(syl):
        if not s or not target.startswith(s):
            continue
        got, j = s, i + 1
        while len(got) < len(target) and j < len(syl) and syl[j] and target.startswith(got + syl[j]):
            got, j = got + syl[j], j + 1
        if got == target and j - i >= 2:
            found.append(text[i:j])
    return found


def names_in(question: str, text: str, skip: tuple[str, ...] = ()) -> list[str]:
    """The report's words an English question writes in pinyin, longest first; names in ``skip``
    (the report's own place and body, already matched) are left out."""
    text = text[:_MAX_TEXT]
    phrases = [m.group(1) for m in _QUOTED.finditer(question)] + _CAPITALISED.findall(question)
    out: list[str] = []
    for phrase in dict.fromkeys(phrases):
        target = re.sub(r"[^a-z]", "", phrase.lower())
        if len(target) < 4:
            continue
        for word in _spans(text, target):
            if word not in out and not any(word in s for s in skip if s):
                out.append(word)
    return sorted(out, key=len, reverse=True)
