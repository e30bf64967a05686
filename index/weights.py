"""How much a spot of a page's head speaks for the report's own body.

A body named in the title line weighs most (6), a title split over the two lines above it 3, the
report quoting its own title (现发布《…报告》) 5, the body said to compile it (由…编制) 2.5, plain
prose 1; a site's masthead, a menu of departments and a cited document's issuer next to nothing,
site clutter (版权所有, 主办单位) nothing. ``index.meta`` sums these over the candidates it reads.
"""

from __future__ import annotations

import re

from index.title import CLUTTER, NOT_TITLE, SOURCE, TITLE_WORDS, title_index, title_match

# A line that is nothing but a government's name, away from the title, is the site's masthead
# (隆子县人民政府 above the breadcrumb): it names the site's owner, seldom the report's.
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,15}?人民政府")
_MENU_SEP = re.compile(r"[|｜丨]")


def line_weights(lines: list[str], starts: list[int]) -> list[tuple[int, int, float]]:
    """(start, end, weight) of the lines that carry the title, a quoted title or a source."""
    out: list[tuple[int, int, float]] = []
    title_at = title_index(lines)
    before = [k for k in range(title_at or 0) if lines[k].strip()][-2:]  # the two lines above it
    for i, (ln, s) in enumerate(zip(lines, starts)):
        w, e = 1.0, s + len(ln)
        if title_at is not None and i == title_at:
            cut = s + len(ln) - len(ln.lstrip()) + title_match(ln.strip()).end()
            out.append((s, cut, 6.0))
            s = cut + 1  # the rest of the line (a run-on first paragraph) weighs as prose
        elif title_at is not None and i in before and len(ln.strip()) <= 40:
            w = 3.0  # a title split over lines: 洪洞县教育科技局 / 2023年政府信息公开工作年度报告
        elif SOURCE.search(ln[:12]):
            w = 2.0
        elif _MASTHEAD.fullmatch(ln.strip()):
            w = 0.5
        if CLUTTER.search(ln):
            w = 0.0
        elif len([x for x in _MENU_SEP.split(ln) if x.strip()]) >= 3:
            w = min(w, 0.2)  # a menu of the site's departments (A局 | B局 | C局) names many bodies
        out.append((s, e, w))
    return out


def weight_at(pos: int, text: str, lw: list[tuple[int, int, float]]) -> float:
    """The weight of a name written at ``pos``: its line's, raised where the report quotes its own
    title or names its maker there, lowered where it issued a document the report cites."""
    w = next((w for s, e, w in lw if s <= pos <= e), 1.0)
    if w == 0.0:
        return 0.0
    # 现发布《X县教育局2023年…报告》 / 由X县教育局编制: the report naming itself.
    quoted = text[pos: pos + 60].split("》")[0]
    if text[pos - 1: pos] == "《" and TITLE_WORDS.search(quoted) and not NOT_TITLE.search(quoted):
        w = max(w, 5.0)
    elif text[pos - 1: pos] == "由" and _COMPILED_BY.match(text, pos):
        w = max(w, COMPILER)  # 由成山镇人民政府编制: the report naming its maker
    elif cited(text, pos):
        w = min(w, 0.2)  # its place may still be the report's (县教育局 落实《武功县人民政府办公室关于…》)
    elif FIELD_BEFORE.search(text, max(0, pos - 8), pos):
        w = max(w, 2.0)  # …来源:泾县黄村镇 字体:[ ]: a source field in the middle of a line
    return w


FIELD_BEFORE = re.compile(r"(?:来源|发布机构|发文机关|发布单位|信息来源)\s*[:：]\s*$")


def cited(text: str, pos: int, end: int | None = None) -> bool:
    """《元谋县人民政府办公室关于印发…的通知》: the issuer of a document the report cites, never its body (nor
    one written before the document's quoted title, 略阳县人民政府办公室《关于做好…的通知》, where ``end`` is given)."""
    if end is not None and text[end: end + 1] == "《" and NOT_TITLE.search(text[end + 1: end + 61].split("》")[0]):
        return True
    return text[pos - 1: pos] == "《" and NOT_TITLE.search(text[pos: pos + 60].split("》")[0]) is not None


# The weight of the body a report says compiled it: above prose (1), below its title (6, a split
# one 3) and its quoted title (5); a county government's office compiling the county's report is
# told apart by it (selfname.compiled_for_county).
COMPILER = 2.5
# (…the rules it followed between: 由黄花乡人民政府办公室按照《…》要求,结合我乡实际进行编制)
_COMPILED_BY = re.compile(r"[\u4e00-\u9fff]{2,24}?\s*(?:(?:按照|根据|依据|依照)[^。]{0,300}?)?(?:进行|负责|组织)?编制")

