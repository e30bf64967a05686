"""Pure: numbers as reports write them — Arabic with thousands commas, Chinese numerals, 万."""

from __future__ import annotations

CN_DIGITS = "零〇一二两三四五六七八九十百千"
# small numbers as English questions spell them ("of the five reports", "more than three")
EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SCALE = {"十": 10, "百": 100, "千": 1000}


def chinese_number(s: str) -> int | None:
    """十二 → 12, 两 → 2, 一百零五 → 105; None for what is not a well-formed numeral."""
    total, digit, last_scale = 0, None, 10_000
    for c in s:
        if c in _CN_DIGIT:
            if digit is not None and digit != 0 and _CN_DIGIT[c] != 0:
                return None  # 二三: a range or a list, not one number
            digit = _CN_DIGIT[c]
        elif c in _CN_SCALE:
            scale = _CN_SCALE[c]
            if scale >= last_scale:
                return None
            total += (1 if digit is None else digit) * scale
            digit, last_scale = None, scale
        else:
            return None
    return total + (digit or 0)


def number(num: str, wan: str | None = None) -> int | float | None:
    """The value of a figure as printed: ``1,204`` → 1204, ``十二`` → 12, ``2.3`` with ``万`` →
    23000; an int whenever the value is whole. None for a malformed Chinese numeral."""
    if num[0].isdigit():
        v: float = float(num.replace(",", ""))
    else:
        n = chinese_number(num)
        if n is None:
            return None
        v = n
    if wan:
        v *= 10_000
    return int(v) if v == int(v) else v
