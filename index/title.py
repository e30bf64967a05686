"""The report's title and the year it covers, read from its opening lines.

The year is the year the report *covers* (taken from its title or statistics period), never the
publication date: a 2023 report is dated 2024年1月. The title is the line that says 年度报告 as a
title would: not a breadcrumb, a site menu, a category field or a document quoted on the way.
"""

from __future__ import annotations

import re

from index.bodies import body_rx

_WS = re.compile(r"\s+")
TITLE_WORDS = re.compile(r"年度报告|年报|工作报告|的报告")
# the report's own noun after 政府信息公开, 工作 and 年度 in either order (工作年度报告, 年度工作报告)
REPORT_NOUN = r"(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)"
NOT_TITLE = re.compile(r"关于|通知|办法|规定|条例|格式|意见|制度|细则|方案|要点|规则")  # 《…关于…年度报告…的通知》 is another document
# Footer and header lines of government sites: they name the site's owner, not the report's.
_NAV = re.compile(r"位置|首页|当前|>|›|»")
# (主办单位 as a footer's field: prose may say 承办单位出具纸质答复, and a page may run all its text into one line)
CLUTTER = re.compile(r"(?:主办|承办|主管)单位\s*[:：\s]|语音朗读|版权所有|ICP|网站标识码|技术支持|网站地图"
                      r"|^\s*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|链接|阅读|推荐)|推荐阅读)")  # links to other pages
SOURCE = re.compile(r"来源|发布机构|发文机关|信息来源|发布单位|发布者")
# A site menu: short items between separators (信息公开指南 | 政府信息公开年报 | 依申请公开);
# a title followed by table rules (…年度报告 | |||) is no menu.
_SEP = re.compile(r"[|｜丨]")
# A metadata field whose value is a category: 体裁分类：政府信息公开年报 (a title field is kept).
_FIELD = re.compile(r"([\u4e00-\u9fff]{1,6})[：:]\s*([^：:\d]{0,12})$")
_TITLE_FIELD = ("标题", "题名", "名称", "题目")


def _is_field(before: str) -> bool:
    """True when the title words end a metadata field's short value (体裁分类：政府信息公开年报)."""
    f = _FIELD.search(before)
    return bool(f) and not f.group(1).endswith(_TITLE_FIELD)


def _in_menu(line: str, m: re.Match) -> bool:
    """True when the title words are one short item of a menu of several."""
    items = [x.strip() for x in _SEP.split(line)]
    if sum(1 for x in items if x) < 2:
        return False
    a = max((x.end() for x in _SEP.finditer(line, 0, m.start())), default=0)
    b = next((x.start() for x in _SEP.finditer(line, m.end())), len(line))
    return len(line[a:b].strip()) <= 12


def title_match(line: str) -> re.Match | None:
    """Where a stripped line says 年度报告 (or 年报 …) as a title would, within its first 60
    characters: not a breadcrumb (位置：首页 > … > 年度报告), a site menu, a category field, a
    site footer, nor another document quoted on the way (《…年度报告格式》, 《关于…年度报告…的通知》)."""
    if CLUTTER.search(line) or _NAV.search(line):
        return None
    for m in TITLE_WORDS.finditer(line, 0, 70):
        if m.start() > 60:
            break
        before = line[: m.start()]
        if _is_field(before) or _in_menu(line, m):
            return None
        if re.match(r"\s*\d+\s*[条篇份件个项期]", line[m.end():]):
            continue  # 2020年政府信息公开年报1条: a report counted among the items published, no title
        if before.endswith("本") or _PROSE_SELF.search(before) or (
                _NOTICE.search(before) and _NOTICE_END.match(line, m.end())):
            continue  # 本年度报告根据… / 根据…要求,某办编制了2017年…工作报告: the report speaking of itself in prose
        q = before.rfind("《")
        if q >= 0 and "》" not in before[q:]:
            quoted = line[q + 1:].split("》")[0]
            if NOT_TITLE.search(quoted):
                continue
        return m
    return None


def title_index(lines: list[str]) -> int | None:
    """The line that carries the title (see ``title_match``); a page may run the title and its
    first paragraph into one line."""
    i = next((i for i, ln in enumerate(lines[:60]) if title_match(ln.strip())), None)
    if i is not None and _BARE_TITLE.fullmatch(lines[i].strip()):
        # "2021年年报" heading a page, the full title just below it: the full one names the body
        i = next((j for j in range(i + 1, min(i + 8, len(lines))) if len(lines[j].strip()) <= 60
                  and lines[j].strip().endswith(("报告", "年报")) and title_match(lines[j].strip())
                  and not _BARE_TITLE.fullmatch(lines[j].strip())), i)
    if i is not None and _COVER.search("".join(lines[max(0, i - 2): i + 1])):
        i = next((j for j in range(i + 1, min(i + 20, len(lines))) if len(lines[j].strip()) <= 60
                  and title_match(lines[j].strip()) and not _COVER.search(lines[j])
                  and not lines[j].strip().startswith("《")), i)
    return i


# A first sentence naming the report on its way (根据《条例》要求,某办公室编制了2017年政府信息公开工作报告):
# prose saying who made the report, never a title (现公布某办公室2012年…报告 is the report announcing itself).
_PROSE_SELF = re.compile(r"(?:编制|编写|撰写|制定|形成)了\s*(?:(?:19|20)\d{2}\s*年度?)?[^，。,；;]{0,12}$")
# …or a notice cited without its 《》 (仙游县人民政府办公室关于做好2016年…年度报告有关事项的通知)
_NOTICE = re.compile(r"关于[^，。,；;：:]*$")
_NOTICE_END = re.compile(r"[^，。,；;]{0,12}?(?:通知|意见|办法)")  # (某委关于2024年度…情况的报告 is a title)
# A covering letter (某办 关于上报《某县2017年政府信息公开工作年度报告》的报告): the report's own title
# follows it, standing alone.
_COVER = re.compile(r"关于(?:上报|报送|呈报|报备|印发|公布|发布)《")


# (信息公开工作年度报告 alone: the site's column the page sits in, its caption above the title)
_BARE_TITLE = re.compile(r"(?:(?:19|20)\d{2}\s*年度?)?\s*(?:政府)?(?:信息公开|政务公开)?(?:工作)?(?:年度报告|年报)")


_YEAR_LINE = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[）)]|(?:19|20)\d{2}\s*年度?")


def title_of(norm_text: str) -> str:
    """The report's title: the line that says 年度报告, joined to the line or two before it when
    those hold the body's name (a title split over lines) and to a year alone on the line after
    it (（2023年度）), else a short first line."""
    lines = [ln.strip() for ln in norm_text.split("\n")[:80] if ln.strip()]
    i = title_index(lines)
    if i is None:
        # no title line: the first line stands for it when it reads like one, never a paragraph
        # (a page opening on its preamble gets none, and its first section is （前言）)
        # …nor a page's metadata field (栏目分类：政府信息公开年报)
        field = re.match(r"([\u4e00-\u9fff]{1,6})[：:]", lines[0]) if lines else None
        if field and not field.group(1).endswith(_TITLE_FIELD):
            return ""
        return lines[0] if lines and len(lines[0]) <= 60 and "。" not in lines[0] else ""
    j = i
    while j > 0 and i - j < 2 and len(lines[j - 1]) <= 30 and body_rx()[0].search(lines[j - 1]) \
            and not (_NAV.search(lines[j - 1]) or CLUTTER.search(lines[j - 1]) or TITLE_WORDS.search(lines[j - 1])):
        j -= 1
    if i + 1 < len(lines) and _YEAR_LINE.fullmatch(lines[i + 1]):
        i += 1
    return "".join(lines[j: i + 1])


# Where the text itself states the year covered, most certain first: the statistics period
# (统计期限为2023年1月1日…), the report naming itself (编制了2023年度政府信息公开工作年度报告,
# 2023年度报告), the year's work (2023年政府信息公开工作, 2023年，), the year's end (截至2023年12月31日).
_YEAR_CUES = tuple(re.compile(p) for p in (
    r"统计(?:期限|数据|时限|区间|范围)?[^。]{0,12}?((?:19|20)\d{2})年1月1日",
    r"((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|～|~)(?:(?:19|20)\d{2}年)?12月31日",
    # a period opening later in the year (a district set up in August): the year it ends
    r"统计(?:期限|数据|时限|区间|范围)?[^。]{0,12}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起?[,，]?(?:至|到)((?:19|20)\d{2})年12月31日",
    r"((?:19|20)\d{2})年度?(?:政府)?(?:信息公开)?" + REPORT_NOUN,
    # the data's cut-off (所列数据截至2022年12月31日) before a year opening a clause, which may be
    # the next year's plan ("2023年，我局将…")
    r"(?:数据|统计)[^。]{0,8}?截[至止](?:到)?((?:19|20)\d{2})年12月31日",
    r"((?:19|20)\d{2})年(?:度)?(?:政府信息公开|，|,)",
    # a title without a title word: 2021年某县教育局政府信息公开工作情况 (公布2015年度工业和信息化局信息
    # 公开年度报告: the body between, 政府 and 工作 left out)
    r"((?:19|20)\d{2})年度?[\u4e00-\u9fff]{2,30}?(?:政府)?信息公开(?:工作)?(?:情况|总结|(?:年度)?报告)",
    r"截[至止](?:到)?((?:19|20)\d{2})年(?:12月31日|底|末)",
    # the overview opening on the year's work, the body named between (2014年某县公安局信息公开工作，…)
    r"(?<!《)((?:19|20)\d{2})年度?[\u4e00-\u9fff]{2,20}?(?:政务公开|信息公开)工作(?![\u4e00-\u9fff]{0,2}(?:要点|方案|计划|报告|年报))",
    # …or the overview's first words, the year and its subject (一、总体情况\n2021年东花市街道深入贯彻…)
    # (blanks and line breaks are gone here; the year's 年 may be lost: 总体情况2025,吐鲁番市…)
    r"(?:(?<=总体情况)|(?<=基本情况)|(?<=概述))((?:19|20)\d{2})(?:年|(?=[,，]))",
    # …or a few words into it, after its first item's heading (总体情况1.主动公开情况。卫东区各单位2019年通过…)
    r"(?:总体情况|基本情况|概述)[^。《]{0,40}?。?[^。《]{0,30}?((?:19|20)\d{2})年(?!\d{1,2}月)",
))
# A date written with dashes or slashes (2015-1-1, 2015/12/31), read as 2015年1月1日
_DASH_DATE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})日?")


# A year in Chinese numerals (二〇二三年度): some titles write it so.
_CN_DIGIT = str.maketrans("〇○零Ｏ一二三四五六七八九", "0000123456789")
_CN_YEAR = re.compile(r"[一二][〇○零Ｏ0一二三四五六七八九]{3}(?=年)")


def _arabic_years(text: str) -> str:
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGIT), text)


def _item_ends(body: str, start: int, end: int) -> str:
    """The marks that bound the clause or list item from ``start`` on (the matched text, then up to its
    next mark): 、 on both sides makes it one item of a list."""
    a = max(body.rfind(c, 0, start) for c in "、，,。；;：:")
    if a > 0 and body[a] == "、" and body[a - 1] in "一二三四五六七八九十":
        a = -1  # a heading's number (一、总体情况), no list
    b = min((i for i in (body.find(c, end) for c in "、，,。；;：:") if i >= 0), default=len(body))
    inner = re.search(r"[、，,。；;：:]", body[start:end])
    return (body[a] if a >= 0 else "") + (inner.group(0) if inner else body[b: b + 1])


def year_of(title: str, norm_text: str) -> int | None:
    """The year the report covers: from its title (a date there, 2024年1月10日, is when it was
    published), else from the first cue in its opening text."""
    # a page with no title line falls back to its first line: a paragraph there is no title, and
    # its first year may be a document it cites (《2019年政务公开工作要点》)
    compact = _arabic_years(_WS.sub("", title)) if title_match(title.strip()) or len(title) <= 60 else ""
    m = compact and (re.search(r"((?:19|20)\d{2})年(?!\d{1,2}月)", compact)
         or re.search(r"[（(]((?:19|20)\d{2})[）)]", compact))
    if m:
        return int(m.group(1))
    body = _DASH_DATE.sub(r"\1年\2月\3日", _arabic_years(_WS.sub("", norm_text[:3000])))
    for rx in _YEAR_CUES:
        # an item of a list of documents (主动公开2024年度政府信息公开工作年度报告、2025年工作计划…)
        # is another year's report the text cites, not this one
        # (…the item's own words before the year: 、吐鲁番市某局2024年政府信息公开工作年度报告、)
        m = next((m for m in rx.finditer(body) if body[m.end():m.end() + 1] != "、"
                  and body[m.start(1) - 1:m.start(1)] != "、" and _item_ends(body, m.start(1), m.end()) != "、、"), None)
        if m:
            return int(m.group(1))
    return None
