"""The answers' words: every Chinese/English phrase the answering code says, in one catalogue,
and the layout rule that keeps an answer readable at any corpus size (the direct answer, at
most ``LINES`` lines, then "and N more").

Phrases are ``str.format`` templates; what fills them (names, figures) is decided elsewhere.
No Chinese numeral stands before a measure word here: the number check would read it as a claim.
"""

from __future__ import annotations

LINES = 10  # detail lines an answer shows before "and N more"
NAMES = 10  # names a one-line list shows before "and N more"

PHRASES: dict[str, tuple[str, str]] = {
    # refusals: what was asked for is not in the corpus
    "refuse.no_report": ("语料库中没有{what}的年报。", "There is no report for {what} in the corpus."),
    "refuse.alternatives": ("相近的报告：{items}。", "Close to it: {items}."),
    "refuse.filtered": ("已筛选：{what}。", "Filtered to {what}. "),
    "refuse.no_place": ("语料库中没有“{place}”这个地点的年报。", "The corpus has no report for a place called “{place}”."),
    "filter.year": ("{year} 年", "{year}"),
    "refuse.empty": ("报告中没有这方面的信息：问题是空的或没有可检索的文字。",
                     "The reports do not say: the question is empty or has no words to search for."),
    "refuse.content": ("报告中没有这方面的信息：年报只统计申请和案件的数量及办理结果，不载明其具体内容。",
                       "The reports do not say: annual reports count applications and cases and their outcomes; "
                       "they never give their content."),
    # refusals: the report was read and does not state it
    "refuse.no_row": ("已查阅{read}：表格中没有“{row}”这一项。", "Read {read}: its tables have no row for {row}."),
    "unplaced.read": ("（该报告只写“{body}”，未写明所在县区，按名称读取：{id}）",
                      "(The report names itself only as {body}, without its county; read by that name: {id}.)"),
    "refuse.unplaced": ("另有 {n} 份报告未能识别其所在地（{ids}），所问的报告可能在其中。",
                        "{n} report(s) could not be placed ({ids}); the one asked about may be among them."),
    "refuse.no_cell": ("已查阅{read}：表格没有给出“{row}”的数（该栏不在表中，或页面在此之前截断）。",
                       "Read {read}: its table gives no figure for {row} (the cell is not there, or the page is cut "
                       "before it)."),
    "refuse.unreadable": ("已查阅{read}：相关表格数值均无法读取。", "Read {read}: none of the table values can be read."),
    "refuse.no_sentence": ("已查阅{read}：报告没有说明这一点。", "Read {read}: it does not say this."),
    "refuse.no_person": ("已查阅{read}：报告没有写明这一职务的人员姓名：", "Read {read}: it names no one in that post:"),
    "refuse.fewer_items": ("已查阅{read}：报告只列出了 {n} 项，没有所问的那一项：",
                           "Read {read}: it lists only {n} items, not the one asked for:"),
    "refuse.no_figure": ("已查阅{read}：报告提到了相关内容，但没有给出具体数字：",
                         "Read {read}: the report mentions this but does not give this figure:"),
    "refuse.unchecked": ("报告中没有这方面的信息：无法由引用核实答案中的数字。",
                         "The reports do not say: no figure in the answer could be checked against its sources."),
    "read.one": ("{agency}{year}年的报告", "the report of {place}, {year}"),
    "read.many": ("所涉 {n} 份报告", "{n} reports"),
    "place_year": ("{place}（{years}年）", "{place} ({years})"),
    "place_year.en": ("{place}（{years}年）", "{en} ({place}, {years})"),
    "year_count": ("{year}年（{n} 份）", "{year} ({n} reports)"),
    # cross-report answers
    "count.head": ("共 {n} 份报告：{items}", "{n} reports: {items}"),
    "none": ("没有", "None"),
    "more": ("……另有 {n} 项未列出（完整列表见答案的结构化结果）。",
             "… and {n} more (the full list is in the answer's structured facts)."),
    "more.inline": ("等（另有 {n} 项）", " … and {n} more"),
    "mention.not": ("其余 {n} 份报告没有提到“{term}”：{items}。", "The other {n} reports do not mention “{term}”: {items}."),
    "mention.head": ("提到“{term}”的报告：{names}。", "Reports that mention “{term}”: {names}."),
    "prose.searched": ("（只查阅了与问题最相关的{n}份报告，语料库共{total}份；限定地区或年份可查得更全。）",
                       "(Only the {n} reports that best match the question were read, of {total} in the corpus; "
                       "naming a place or a year reads more of them.)"),
    "rank.top": ("{who}最多：{value}。", "{who} has the most: {value}."),
    "rank.tied": ("{who}等 {n} 份报告并列最多：{value}。", "{n} reports tie for the most, {value}, among them {who}."),
    "rank.bottom": ("{who}最少：{value}。", "{who} has the fewest: {value}."),
    "prose.says": ("{who}的报告写道：", "The report of {who} says:"),
    "yes_no.no": ("否：{who}的报告写明“{clause}”。", "No: the report of {who} says “{clause}”."),
    "yes_no.yes": ("是：{who}的报告写明“{clause}”。", "Yes: the report of {who} says “{clause}”."),
    "rank.years": ("所比的报告年份不同：{years}。", "The reports compared are of different years: {years}."),
    "approx.over": ("{v} 余", "over {v}"),
    "approx.about": ("约 {v}", "about {v}"),
    "approx.nearly": ("近 {v}", "nearly {v}"),
    "rank.bottom_tied": ("{who}等 {n} 份报告并列最少：{value}。", "{n} reports tie for the fewest, {value}, among them {who}."),
    "total": ("合计 {total} {unit}（{n} 份报告）。", "In total {total} (over {n} reports)."),
    "total.rows": ("{who}：{n} 项合计 {total} {unit}。", "{who}: {total} in total over {n} rows."),
    "apart.line": ("{who}（{year}年）：{value} —“{quote}”", "{who}, {year}: {value} — “{quote}”"),
    "corpus.compiled_by": ("报告写明由{who}编制。", "The report says it was compiled by {who}."),
    "corpus.dated": ("{who}{year}年的报告落款日期：{date}。", "{who}'s {year} report is dated {date}."),
    "corpus.undated": ("{who}的报告没有写明落款或发布日期。", "{who}'s report gives no date of signing or publication."),
    "contact.line": ("{who}：{line} {value}（据正文）。", "{who}: {line} (the line asked for) {value} (per the text)."),
    "accounts.named": ("{who}{year}年报告所写的账号：{names}。", "{who}'s {year} report names the account(s) {names}."),
    "total.missing": ("未计入（无法读取）：{items}", "Not counted (unreadable): {items}"),
    "diff.more": ("{who}{later}比{earlier}{about}多 {d} {unit}（{bu}对 {au}）。",
                  "{who}{later} has {about}{d} more than {earlier} ({b} vs {a})."),
    "diff.less": ("{who}{later}比{earlier}{about}少 {d} {unit}（{bu}对 {au}）。",
                  "{who}{later} has {about}{d} fewer than {earlier} ({b} vs {a})."),
    "diff.same": ("{who}{later}与{earlier}相同，相差 {d} {unit}（均为 {bu}）。",
                  "{who}{later} and {earlier} are the same, a difference of {d} ({b} each)."),
    "total.unstated": ("未说明此项（未计入）：{items}", "Not stated (not counted): {items}"),
    # a report's key points (总结/要点/summarize)
    "summary.head": ("{who}年报要点：", "Key points of the report of {who}:"),
    "summary.nothing": ("{who}年报：没有可提取的要点（报告可能不完整）。",
                        "The report of {who}: no key points to extract (the page may be incomplete)."),
    "summary.disclosed": ("主动公开：{text}。", "Proactive disclosure: {text}."),
    "summary.received": ("依申请公开，本年新收申请——{text}。", "Applications received this year — {text}."),
    "summary.other": ("其他数字：{text}。", "Other figures: {text}."),
    "summary.problems": ("存在的问题：{text}。", "Problems it states: “{text}”."),
    "summary.plans": ("改进措施：{text}。", "Improvements it plans: “{text}”."),
    "summary.narrow": ("范围内有 {n} 份报告（{names}），请限定地区或年份，一次总结一至三份报告。",
                       "{n} reports are in scope ({names}); name a place or year to summarise one to three of them."),
    # the problems each report states (its 存在的主要问题 section)
    "problems.head": ("{n} 份报告写明的主要问题（各报告“存在的主要问题及改进情况”部分）：",
                      "The main problems {n} reports state (their section on problems and improvements):"),
    "problems.silent": ("未写明存在的问题：{items}", "State no problems: {items}"),
    "problems.none": ("已查阅{read}：报告没有写明存在的问题。", "Read {read}: they state no problems."),
    # a rank of all items disclosed where the reports count them only per channel: no total to rank
    "rank.no_total": ("无法按主动公开信息总数排名：{stated}报告只按渠道给出数字，各渠道分别比较如下。",
                      "No ranking by total items disclosed: {stated}the reports count them per channel only; "
                      "each channel compared:"),
    "total.one_channel": ("{who}没有给出主动公开信息总数，只给出{channel} {figure}（据正文）。",
                          "{who} gives no total of items disclosed, only {channel}: {figure} (per the text)."),
    "rank.bound": ("{who}更多。\n仅{channel}就有 {value}，已多于{other}的总数 {total}。",
                   "{who} disclosed more.\nIts {channel} alone is {value}, more than {other}'s total of {total}."),
    "rank.one_total": ("只有{who}给出总数（{value}）；", "only {who} gives a total ({value}); "),
    "rank.channel": ("{channel}：{who}最多（{items}）", "{channel}: {who} has the most ({items})"),
    "rank.channel_bottom": ("{channel}：{who}最少（{items}）", "{channel}: {who} has the fewest ({items})"),
    # "were all applications completed?": the carried-forward row decides
    "handled.no": ("否。{who}有 {n} 件申请{row}（未在当年办结）。",
                   "No. {who}: {n} carried forward to the next year ({row}), not completed within the year."),
    "handled.yes": ("是。{who}的申请均已办结，{row} {n} 件。",
                    "Yes. {who}: all were completed; carried forward to the next year ({row}): {n}."),
    "note.disagree": ("注意：部分报告的正文与表格不一致，见下方引用。",
                      "Note: in some reports the text and the table disagree; see the sources."),
    "corpus.count": ("共 {n} 份年报。", "{n} annual reports."),
    # answers about the corpus itself: a lead, then "：A、B。"
    "names.tail": ("：{items}。", ": {items}."),
    "corpus.template": ("使用{template}年版表格格式的报告", "Reports using the {template} table format"),
    "corpus.provinces": ("所在省份", "Province(s)"),
    "corpus.cities": ("所属地级市", "Prefecture-level city"),
    "corpus.years": ("报告年度", "Year(s) covered"),
    "corpus.counties": ("报告所属县", "Counties"),
    "corpus.several": ("有不止一份报告的地方", "Places with more than one report"),
    "corpus.bodies": ("发布报告的机关", "Issued by"),
    "corpus.page_field": ("页面所写的{field}：{value}", "As the page's own field writes it ({field}): {value}"),
    "corpus.left_out": ("所问地方的 {n} 份报告中，其余不符合所问条件：{items}。",
                        "The other reports of the places asked about, which do not match: {items}."),
    "corpus.no_kind": ("语料库中没有这类机关的报告。", "The corpus has no report from a body of this kind."),
    "corpus.conflicts": ("正文与表格不一致（或表格自相矛盾）的报告",
                         "Reports whose text and tables disagree (or whose tables break their own arithmetic)"),
    "corpus.holds": ("语料库包含：{items}。", "The corpus holds the annual reports of: {items}."),
    # warnings (shown in both languages)
    "warn.dropped_lines": ("已删除 {n} 行无法由引用核实的数字", "dropped {n} line(s) with unbacked numbers"),
    "warn.llm_fallback": ("LLM 回答未通过核查（{why}），改为显示摘录式回答",
                          "the LLM answer failed a check — {why} — so the extractive answer is shown"),
}
_SEP = {"zh": "、", "en": "; "}
_END = {"zh": "。", "en": "."}


def say(key: str, lang: str, **fill: object) -> str:
    """The phrase ``key`` in ``lang`` ("zh" or "en"), filled in."""
    zh, en = PHRASES[key]
    return (zh if lang == "zh" else en).format(**fill)


def both(key: str, **fill: object) -> str:
    """A warning in both languages: "中文 (English)"."""
    return f"{say(key, 'zh', **fill)} ({say(key, 'en', **fill)})"


def sep(lang: str) -> str:
    return _SEP["zh" if lang == "zh" else "en"]


def end(lang: str) -> str:
    return _END["zh" if lang == "zh" else "en"]


def with_unit(figure: str, unit: str) -> str:
    """A figure and its unit as reports print them: "547 篇", "400 余条" (no space after 余)."""
    return figure + (("" if figure.endswith("余") else " ") + unit if unit else "")


def names(items: list[str], lang: str, keys: list[str] | None = None,
          limit: int = NAMES) -> tuple[str, list[str]]:
    """A one-line list: the first ``limit`` items, then "and N more"; and the keys (e.g. report
    ids, default the items) of those left out — the caller records them as the fact backing N."""
    shown = sep(lang).join(items[:limit])
    if len(items) > limit:
        shown += say("more.inline", lang, n=len(items) - limit)
    return shown, list(keys if keys is not None else items)[limit:]


def lines(items: list[str], lang: str, keys: list[str] | None = None,
          limit: int = LINES) -> tuple[list[str], list[str]]:
    """Detail lines: the first ``limit``, then one line saying how many more the facts hold;
    and the keys of the lines left out."""
    hidden = list(keys if keys is not None else items)[limit:]
    if len(items) <= limit:
        return list(items), hidden
    return items[:limit] + [say("more", lang, n=len(items) - limit)], hidden


def rank_lead(lang: str, who: str, value: str, tied: int, fewest: bool = False,
              years: list[int] | tuple[int, ...] = ()) -> str:
    """The first line of a rank: who has the most (or the fewest), or that several tie for it; and
    when the reports ranked are of different years, which (a 2020 figure beside a 2024 one)."""
    if tied == 1:
        lead = say("rank.bottom" if fewest else "rank.top", lang, who=who, value=value)
    else:
        lead = say("rank.bottom_tied" if fewest else "rank.tied", lang, who=who, n=tied, value=value)
    ys = sorted(set(years))
    if len(ys) > 1:
        lead += (" " if lang != "zh" else "") + say("rank.years", lang, years=(
            "、".join(map(str, ys)) + " 年" if lang == "zh" else ", ".join(map(str, ys))))
    return lead
