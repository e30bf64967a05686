"""The national template of the annual report (国办公开办函〔2019〕60号 and 〔2021〕30号) as data.

Every table, row and column has its Chinese label as the template prints it, an English label
(so English questions can be mapped onto the template without a translation model), and the
keys the parser uses to find the row in damaged text. Keys are searched in the row's own order
in whitespace-free text, so a short key ("其他") is only ever matched after the row before it.
"""

from __future__ import annotations

from dataclasses import dataclass

ACTIVE = "主动公开政府信息情况"
APPLICATIONS = "收到和处理政府信息公开申请情况"
REVIEW = "政府信息公开行政复议、行政诉讼情况"

TABLE_EN = {
    ACTIVE: "proactive disclosure (regulations, licences, penalties, fees)",
    APPLICATIONS: "disclosure applications received and handled",
    REVIEW: "administrative reconsideration and litigation over disclosure",
}


@dataclass(frozen=True)
class Column:
    label: str
    en: str
    unit: str = "件"


@dataclass(frozen=True)
class Row:
    label: str
    en: str
    keys: tuple[str, ...]  # any of these, whitespace removed, identifies the row
    columns: tuple[Column, ...] = ()  # table 2 rows carry their own columns
    group: str = ""  # the template's group label (（三）不予公开 …), for display
    leaf: bool = True  # False for totals (excluded when parts are summed)


@dataclass(frozen=True)
class Table:
    key: str
    en: str
    rows: tuple[Row, ...]
    columns: tuple[Column, ...] = ()  # shared columns (tables 3 and 4)

    def columns_of(self, row: Row) -> tuple[Column, ...]:
        return row.columns or self.columns

    def row(self, label: str) -> Row:
        for r in self.rows:
            if r.label == label:
                return r
        raise KeyError(label)


# ---- table 2: 主动公开政府信息情况 -------------------------------------------------------
_C21_DOCS = (
    Column("本年制发件数", "issued this year"),
    Column("本年废止件数", "repealed this year"),
    Column("现行有效件数", "currently in force"),
)
_C21_DECISIONS = (Column("本年处理决定数量", "decisions this year"),)
_C21_FEES = (Column("本年收费金额", "fees collected this year (10,000 yuan)", unit="万元"),)

ACTIVE_2021 = Table(
    ACTIVE,
    TABLE_EN[ACTIVE],
    (
        Row("规章", "rules (guizhang)", ("规章",), _C21_DOCS),
        Row("行政规范性文件", "normative documents", ("规范性文件",), _C21_DOCS),
        Row("行政许可", "administrative licensing", ("行政许可",), _C21_DECISIONS),
        Row("行政处罚", "administrative penalties", ("行政处罚",), _C21_DECISIONS),
        Row("行政强制", "administrative enforcement", ("行政强制",), _C21_DECISIONS),
        Row("行政事业性收费", "administrative fees", ("事业性收费",), _C21_FEES),
    ),
)

_C19_DOCS = (
    Column("本年新制作数量", "newly made this year"),
    Column("本年新公开数量", "newly disclosed this year"),
    Column("对外公开总数量", "total disclosed"),
)
_C19_ITEMS = (
    Column("上一年项目数量", "items last year", unit="项"),
    Column("本年增/减", "change this year", unit="项"),
    Column("处理决定数量", "decisions"),
)
_C19_FEES = _C19_ITEMS[:2]
_C19_PROCUREMENT = (
    Column("采购项目数量", "procurement projects", unit="项"),
    Column("采购总金额", "procurement total (10,000 yuan)", unit="万元"),
)

ACTIVE_2019 = Table(
    ACTIVE,
    TABLE_EN[ACTIVE],
    (
        Row("规章", "rules (guizhang)", ("规章",), _C19_DOCS),
        Row("规范性文件", "normative documents", ("规范性文件",), _C19_DOCS),
        Row("行政许可", "administrative licensing", ("行政许可",), _C19_ITEMS),
        Row("其他对外管理服务事项", "other external management services", ("其他对外管理",), _C19_ITEMS),
        Row("行政处罚", "administrative penalties", ("行政处罚",), _C19_ITEMS),
        Row("行政强制", "administrative enforcement", ("行政强制",), _C19_ITEMS),
        Row("行政事业性收费", "administrative fees", ("事业性收费",), _C19_FEES),
        Row("政府集中采购", "government centralised procurement", ("集中采购",), _C19_PROCUREMENT),
    ),
)

# ---- table 3: 收到和处理政府信息公开申请情况 ----------------------------------------------
APPLICANT_COLUMNS = (
    Column("自然人", "natural persons"),
    Column("商业企业", "commercial enterprises"),
    Column("科研机构", "research institutions"),
    Column("社会公益组织", "social welfare organisations"),
    Column("法律服务机构", "legal service organisations"),
    Column("其他", "other organisations"),
    Column("总计", "total"),
)
TOTAL_COLUMN = "总计"
# How a header cell of table 3 names each applicant column (whitespace removed): the text it
# starts with. Copies shorten or wrap them (商业机构, 社会公益 / 组织), so prefixes, not labels;
# 法人或其他组织 is the group above five of them and names no column.
APPLICANT_HEADER_KEYS: dict[str, tuple[str, ...]] = {
    "自然人": ("自然人",),
    "商业企业": ("商业",),
    "科研机构": ("科研",),
    "社会公益组织": ("社会公益",),
    "法律服务机构": ("法律服务",),
    "其他": ("其他",),
    "总计": ("总计",),
}

NEW = "一、本年新收政府信息公开申请数量"
CARRIED_OVER = "二、上年结转政府信息公开申请数量"
HANDLED_TOTAL = "（七）总计"
CARRIED_FORWARD = "四、结转下年度继续办理"

_W = "（三）不予公开"
_U = "（四）无法提供"
_N = "（五）不予处理"
_O = "（六）其他处理"
_HEAD = (
    Row(NEW, "newly received this year", ("本年新收",)),
    Row(CARRIED_OVER, "carried over from last year", ("上年结转",)),
    Row("（一）予以公开", "disclosed", ("予以公开",), group="三、本年度办理结果"),
    Row("（二）部分公开", "partly disclosed", ("部分公开",), group="三、本年度办理结果"),
    Row(f"{_W} 1.属于国家秘密", "withheld: state secret", ("国家秘密",), group=_W),
    Row(f"{_W} 2.其他法律行政法规禁止公开", "withheld: prohibited by other laws", ("禁止公开",), group=_W),
    Row(f"{_W} 3.危及“三安全一稳定”", "withheld: endangers security and stability", ("三安全", "一稳定"), group=_W),
    Row(f"{_W} 4.保护第三方合法权益", "withheld: third-party rights", ("第三方合法权益", "第三方"), group=_W),
    Row(f"{_W} 5.属于三类内部事务信息", "withheld: internal affairs", ("内部事务",), group=_W),
    Row(f"{_W} 6.属于四类过程性信息", "withheld: process information", ("过程性信息",), group=_W),
    Row(f"{_W} 7.属于行政执法案卷", "withheld: law-enforcement files", ("执法案卷",), group=_W),
    Row(f"{_W} 8.属于行政查询事项", "withheld: administrative query matters", ("行政查询",), group=_W),
    Row(f"{_U} 1.本机关不掌握相关政府信息", "cannot provide: not held by this body", ("不掌握",), group=_U),
    Row(f"{_U} 2.没有现成信息需要另行制作", "cannot provide: would have to be created", ("另行制作", "没有现成"), group=_U),
    Row(f"{_U} 3.补正后申请内容仍不明确", "cannot provide: still unclear after correction", ("仍不明确",), group=_U),
    Row(f"{_N} 1.信访举报投诉类申请", "not handled: petitions and complaints", ("举报投诉", "投诉类"), group=_N),
    Row(f"{_N} 2.重复申请", "not handled: repeated application", ("重复申请",), group=_N),
    Row(f"{_N} 3.要求提供公开出版物", "not handled: asks for publications", ("公开出版物", "出版物"), group=_N),
    Row(f"{_N} 4.无正当理由大量反复申请", "not handled: mass repeated applications", ("大量反复",), group=_N),
    Row(f"{_N} 5.要求行政机关确认或重新出具已获取信息", "not handled: asks to confirm or reissue", ("重新出具", "确认或"), group=_N),
)
_TAIL = (
    Row(HANDLED_TOTAL, "total handled", ("总计",), group="三、本年度办理结果", leaf=False),
    Row(CARRIED_FORWARD, "carried forward to next year", ("结转下年度", "下年度继续", "结转下一年", "结转到下一年", "结转至下一年")),
)

APPLICATIONS_2021 = Table(
    APPLICATIONS,
    TABLE_EN[APPLICATIONS],
    _HEAD
    + (
        Row(f"{_O} 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "other: applicant did not supplement in time", ("理由逾期", "逾期不补正", "逾期不予补正"), group=_O),
        Row(f"{_O} 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "other: applicant did not pay the fee", ("收费通知", "缴纳费用"), group=_O),
        Row(f"{_O} 3.其他", "other: other", ("其他",), group=_O),
    )
    + _TAIL,
    APPLICANT_COLUMNS,
)

APPLICATIONS_2019 = Table(
    APPLICATIONS,
    TABLE_EN[APPLICATIONS],
    _HEAD + (Row(_O, "other handling", ("其他处理",), group="三、本年度办理结果"),) + _TAIL,
    APPLICANT_COLUMNS,
)

# ---- table 4: 行政复议、行政诉讼 -------------------------------------------------------------
REVIEW_COLUMNS = (
    Column("结果维持", "upheld"),
    Column("结果纠正", "corrected"),
    Column("其他结果", "other outcome"),
    Column("尚未审结", "pending"),
    Column("总计", "total"),
)
REVIEW_TABLE = Table(
    REVIEW,
    TABLE_EN[REVIEW],
    (
        Row("行政复议", "administrative reconsideration", ()),
        Row("行政诉讼：未经复议直接起诉", "litigation without prior reconsideration", ()),
        Row("行政诉讼：复议后起诉", "litigation after reconsideration", ()),
    ),
    REVIEW_COLUMNS,
)

TEMPLATES: dict[str, tuple[Table, ...]] = {
    "2021": (ACTIVE_2021, APPLICATIONS_2021, REVIEW_TABLE),
    "2019": (ACTIVE_2019, APPLICATIONS_2019, REVIEW_TABLE),
}

# The outcomes the template splits into numbered rows (（三）不予公开 1.… 8.): asked for whole ("how
# many were withheld"), the group is the sum of its rows, or the figure the text gives it (不予公开的22件).
GROUPS: dict[str, tuple[str, ...]] = {g: tuple(r.label for r in _HEAD if r.group == g) for g in (_W, _U, _N)}
GROUP_WORDS: dict[str, str] = {_W: "不予公开", _U: "无法提供", _N: "不予处理"}
_GROUP_EN = {_W: "withheld (all grounds)", _U: "cannot provide (all grounds)", _N: "not handled (all grounds)"}


def tables(version: str) -> tuple[Table, ...]:
    return TEMPLATES[version]


def table(version: str, key: str) -> Table:
    for t in TEMPLATES[version]:
        if t.key == key:
            return t
    raise KeyError(key)


def english(label: str) -> str | None:
    """English for any table, row or column label of either template version."""
    if label in TABLE_EN:
        return TABLE_EN[label]
    if label in _GROUP_EN:
        return _GROUP_EN[label]
    for version in TEMPLATES.values():
        for t in version:
            for r in t.rows:
                if r.label == label:
                    return r.en
                for c in t.columns_of(r):
                    if c.label == label:
                        return c.en
    return None


# The rows of 主动公开 counting decisions (licences, penalties, enforcement), not items of
# information, and the word its document rows share: prose naming them counts something else.
DECISION_ROWS: tuple[str, ...] = ("行政许可", "行政处罚", "行政强制")
# What an application's answer was (予以公开0件 after 收到申请0件): never items proactively disclosed.
OUTCOME_WORDS: tuple[str, ...] = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理")
DOCUMENTS = "规范性文件"

# Words of the template (parts of its labels, the terms its notes use) that the tokenizer must keep
# whole: 依申请公开 is one thing to search for, never 依 + 申请 + 公开.
WORDS: tuple[str, ...] = (
    "依申请公开", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "行政复议", "行政诉讼",
    "行政许可", "行政处罚", "行政强制", "行政事业性收费", "规范性文件", "行政规范性文件", "结转下年度", "上年结转",
    "本年新收", "国家秘密", "三安全一稳定", "内部事务", "过程性信息", "行政执法案卷", "行政查询", "信访举报",
    "重复申请", "公开出版物", "收费通知",
)

# ---- how questions name the template's rows and columns ---------------------------------
# The question vocabulary of the template lives here with the template: a regex (Chinese and
# English, matched on the question with re.I) for each row or column a question may ask about.
# Ordered, more specific first; every pattern is tried and all matches are kept.

_YEAR_RX = r"(?:19|20)\d\d"
ASKED_ROWS: tuple[tuple[str, str, str], ...] = (
    # Forward before over: "carried over to the next year" is 结转下年度, not 上年结转.
    (APPLICATIONS, CARRIED_FORWARD,
     rf"结转下年|下年度继续|结转(?:到|至)(?:{_YEAR_RX}|下一?年)|carried forward|carry.?forward|(?:carr(?:y|ied|ies)|roll(?:ed)?) over "
     rf"(?:to|into) (?:the )?(?:(?:next|following) year|{_YEAR_RX})|still (?:open|pending) at (?:the )?year.?end"),
    (APPLICATIONS, CARRIED_OVER, r"上年结转|结转.{0,4}上年|carried over|carry.?over|from last year|previous year'?s? applications"),
    (APPLICATIONS, "（一）予以公开", r"予以公开|全部公开|fully disclos\w*|disclosed in full|granted|grant(?:ed)? in full|released in full"),
    (APPLICATIONS, "（二）部分公开", r"部分公开|partly disclos\w*|partial(?:ly)? disclos\w*|disclos\w* in part|partly (?:released|granted)|"
                                   r"partial(?:ly)? (?:released|granted)|released in part"),
    (APPLICATIONS, f"{_U} 1.本机关不掌握相关政府信息", r"不掌握|not held|(?:does|did|do)(?:n'?t| not) hold|held no|not in (?:its|the office'?s|the body'?s) possession"),
    (APPLICATIONS, f"{_W} 1.属于国家秘密", r"国家秘密|state secret"),
    (APPLICATIONS, f"{_N} 2.重复申请", r"重复申请|repeated application"),
    (APPLICATIONS, HANDLED_TOTAL, r"办理结果.{0,4}总计|办结|handled in total|total handled|were handled|processed|"
                                   r"(?:requests?|applications?)(?:\s+\S+){0,8}?\s+(?:finish(?:ed)?\s+|complet(?:e|ed)\s+)?"
                                   r"(?:handl(?:e|ed|ing)|dealt with|deal with|finish(?:ed)?|complet(?:e|ed)|conclud(?:e|ed))\b|"
                                   r"(?:handl(?:e|ed|ing)|dealt with|finish(?:ed)?|complet(?:e|ed))\s+(?:\w+\s+){0,3}?(?:requests?|applications?)"),
    # a group asked whole (its rows' own words above win: 不掌握 is one row of 无法提供)
    (APPLICATIONS, _W, r"不予公开|non-?disclosure|withh[oe]ld|refus\w* (?:to disclose|disclosure)|not (?:to be |be |been )?disclosed|"
                       r"(?:were|was) denied|denials?"),
    (APPLICATIONS, _U, r"无法提供|could ?n[o']t (?:be )?provide\w*|cannot (?:be )?provide\w*|unable to (?:be )?provide\w*|"
                       r"could not be supplied"),
    (APPLICATIONS, _N, r"不予处理|not (?:be |been )?processed|declined to (?:handle|process)|left unprocessed"),
    (APPLICATIONS, NEW, r"依申请公开|政府信息公开申请|信息公开申请|申请(?:政府)?信息公开(?!工作)|申请公开(?:政府)?信息|(?:收到|受理|接到|新收).{0,8}申请|申请(?:(?!复议|诉讼).){0,4}(?:多少|几)件|"
                        r"\bapplications?\b|\brequests?\b"),
    (REVIEW, "行政诉讼：未经复议直接起诉", r"直接起诉|without (?:prior )?(?:administrative )?reconsideration|directly"),
    (REVIEW, "行政诉讼：复议后起诉", r"复议后起诉|after (?:administrative )?reconsideration"),
    (REVIEW, "行政复议", r"行政复议|reconsideration"),
    (REVIEW, "行政诉讼：未经复议直接起诉", r"行政诉讼|起诉|被告|告上法庭|打官司|litigation|lawsuits?|court cases?|\bsued\b"),
    (ACTIVE, "规章", r"规章|\brules\b|regulations \(guizhang\)"),
    (ACTIVE, "行政规范性文件", r"规范性文件|normative documents?"),
    (ACTIVE, "行政许可", r"行政许可|licen[cs]|permits?"),
    (ACTIVE, "其他对外管理服务事项", r"其他对外管理服务|other external management"),
    (ACTIVE, "行政处罚", r"行政处罚|penalt|fines?\b"),
    (ACTIVE, "行政强制", r"行政强制|(?<!law.)enforcement|coercive"),  # law enforcement is 行政执法, a wider topic
    (ACTIVE, "行政事业性收费", r"事业性收费|收费金额|administrative fees?|fees? collected|fee income|(?<!processing )\bfees?\b"),
    (ACTIVE, "政府集中采购", r"集中采购|procurement"),
)
# Words that look like a row's label but name a prose concept: a label inside them is no row
# ("disclosed", 予以公开's English label, inside "proactively disclosed", "disclosed the most
# information proactively": a few words may stand between).
# A request to a hotline or mailbox (12345, 县长信箱) is a citizen's call, not an application.
_CITIZEN_CASES = "留言|来信|来访|诉求|工单|信件|信访"  # what citizens send a body besides applications
NOT_ROWS = (r"主动公开|proactive(?:ly)?(?:\s+\w+){0,3}?\s+disclos\w*|disclos\w*(?=(?:\s+\w+){0,4}\s+proactive)|"
            r"(?:12345|hotline|mailbox)(?:\s+\w+){0,3}?\s+requests?|requests?(?:\s+\w+){0,4}?\s+(?:12345|hotline|mailbox)|"
            # messages, letters and hotline orders dealt with (办结网民留言325件) are no applications handled
            rf"办结[^，。？?]{{0,8}}?(?:{_CITIZEN_CASES})|(?:{_CITIZEN_CASES})[^，。？?]{{0,8}}?办结|"
            # "lawsuits arising from requests handled by the office": which requests, not how many handled
            # ("how many of the applications handled by the office came from individuals" counts them)
            r"\bfrom\s+(?:[\w-]+\s+){0,3}(?:requests?|applications?)\s+(?:handled|processed|dealt with)\s+by\b|"
            # the rules on disclosure (the regulations a body explains to its staff) are no 规章 published
            r"(?:disclosure|openness)\s+rules?|rules?\s+(?:on|for|of|about)\s+(?:\w+\s+){0,2}(?:disclos\w*|openness)|"
            # citizens' requests and complaints (群众诉求) are no disclosure applications
            r"requests?\s+(?:and|or|&)\s+(?:complaints?|suggestions?|petitions?|inquiries)|"
            r"(?:complaints?|suggestions?|petitions?)\s+(?:and|or|&)\s+requests?|"
            # "disclosed more government information": what a body publishes, not an application's outcome
            r"disclosed(?:\s+(?:the\s+)?(?:most|more|less|fewer|much|many|any|some|all|its|their))*\s+"
            r"(?:(?:government|public|official)\s+)?information|information\s+(?:it|they)\s+disclosed")
# A question about those cases (办结了多少件12345热线工单, complaints handled) that never names an
# application asks about none of the applications table's rows.
OTHER_CASES = (_CITIZEN_CASES + r"|热线|投诉|举报|咨询|"
               r"\bwork orders?\b|\bhotline\b|\bletters?\b|\bcomplaints?\b|\bpetitions?\b|\bmessages?\b|\binquir")
ASKED_COLUMNS: tuple[tuple[str, str], ...] = (
    (r"自然人|natural persons?|individuals?|citizens?", "自然人"),
    (r"商业企业|企业|compan|enterprise|business", "商业企业"),
    (r"科研机构|research", "科研机构"),
    (r"公益组织|welfare|ngo", "社会公益组织"),
    (r"法律服务|law firm|legal service", "法律服务机构"),
    (r"制发|issued|made this year", "本年制发件数"),
    (r"废止|repeal", "本年废止件数"),
    (r"现行有效|in force|currently valid", "现行有效件数"),
    (r"上一?年[^，。？?、]{0,6}?项目|last year'?s items|items last year|previous[- ]year|prior[- ]year|(?<!from )last year", "上一年项目数量"),
    # the items a row lists, counted in 项 (行政处罚事项有多少项), not the decisions taken under them
    (r"事项[^，。？?]{0,6}?(?:多少|几)\s*项|(?:多少|几)\s*项\s*(?:事项|行政)|how many (?:\w+ ){0,3}items (?:are |were )?listed", "上一年项目数量"),
    (r"增/减|增减|change", "本年增/减"),
    (r"总金额|采购金额|\bamount\b|\bspen[dt]\b|how much|\bvalue\b|(?:procurement|purchas\w*) (?:total|sum)",
     "采购总金额"),  # a row without it keeps its main column
    (r"维持|upheld|maintained", "结果维持"),
    (r"纠正|corrected|overturned", "结果纠正"),
    (r"尚未审结|pending|not yet (?:concluded|decided)", "尚未审结"),
)
# A row the 2019 template labels otherwise: the label asked for → the labels it may have.
OTHER_LABELS: dict[str, tuple[str, ...]] = {"行政规范性文件": ("规范性文件",)}
# What prose calls a row that no template labels so (发布政府采购信息30条): searched in the text only.
PROSE_NAMES: dict[str, tuple[str, ...]] = {"政府集中采购": ("政府采购",)}


def counts_money(table: str, row: str) -> bool:
    """Whether a row has a column in money (行政事业性收费: 本年收费金额, 万元), in any version."""
    return any(t.key == table and r.label == row and any(c.unit in ("万元", "元") for c in t.columns_of(r))
               for v in TEMPLATES.values() for t in v for r in t.rows)


def is_outcome(row: str) -> bool:
    """Whether a row is one outcome of the applications handled (予以公开, 不予公开 …), in any version."""
    return row != HANDLED_TOTAL and any(t.key == APPLICATIONS and (r.label == row and "办理结果" in r.group or r.group == row)
                                        for v in TEMPLATES.values() for t in v for r in t.rows)  # (（三）不予公开: a group)
