"""The kinds of fact a report states in its prose, as data: the one place this vocabulary lives.

Each kind has a stable ``key`` (used by the store, the CLI, the generator's gold files and the
answers — never rename one), its Chinese name, an English label, the unit its value is counted in,
the value type, and the cue terms ``index.textfacts`` looks for:

- ``cues``: any one of these in a clause names the concept (收到/受理 … for applications received);
- ``needs``: any one of these must also stand in the clause (申请 for applications); empty = none;
- ``units``: the counter words a figure of this kind is written with (件, 条, 篇 …);
- ``channel``: for per-channel kinds, the terms naming the channel (微信公众号 …);
- ``excludes``: any of these between the kind's cue and the figure vetoes the kind (申请 is
  never a disclosed item; 原创 or 转发 names a part, not the whole);
- ``vetoes``: any of these anywhere in the clause before the figure vetoes the kind (依申请: a
  clause about applications never counts items proactively disclosed);
- ``head``: the cue names the counted thing itself (政策解读 N 篇), so it must head the figure: a
  list (、) between cue and figure means the cue was one item of a longer list, not the figure's;
- ``nouns``: the counted thing's own name, which alone makes a figure this kind's when no kind's cue
  stands in the clause before it (提出政府信息公开申请3件, 申请公开政府信息的共有2件), unless one of
  ``noun_vetoes`` does (申请延期 … is a part of the applications, not their count); the last noun
  must not be the first part of a longer word (申请人 is who applied);
- ``zero``: negations that state the figure is nought: before a cue and the needed word
  (未收到 … 申请) or, for kinds without ``needs``, before a cue in the same clause (未发生 … 复议);
- ``zero_nouns``: what a negation may name directly, without a verb (无依申请公开);
- ``zero_after``: what states nought after the cue, ending its clause (行政复议和行政诉讼均未发生;
  行政复议、行政诉讼情况：无); for kinds with ``needs``, after the needed word or a zero noun
  (依申请公开件数为零);
- ``counted_vetoes``: any of these naming the counted thing — between the cue and the figure,
  after the last list mark (等, 、) — vetoes the kind (举办…讲座47期 counts events, not items);
- ``table``: the template cell(s) the kind has as a table counterpart, (table, row, column); their
  sum is the table's figure. Kinds without one are prose-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from index import template as T

ValueType = Literal["int", "str"]


@dataclass(frozen=True)
class FactKind:
    key: str
    zh: str
    en: str
    unit: str
    value_type: ValueType = "int"
    cues: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    vetoes: tuple[str, ...] = ()
    head: bool = False
    nouns: tuple[str, ...] = ()
    noun_vetoes: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    zero_nouns: tuple[str, ...] = ()
    zero_after: tuple[str, ...] = ()
    zero_excludes: tuple[str, ...] | None = None  # ``excludes`` for noughts; None = the same
    counted_vetoes: tuple[str, ...] = ()
    table: tuple[tuple[str, str, str], ...] = ()


_APPLY = ("申请",)
_RECEIVED_CUES = ("受理", "收到", "收悉", "新收", "接到", "接收", "登记", "产生", "收件")
# 未发生/未引发/没有因…/无 … 行政复议: the negation, then up to a clause of words, then the cue.
_NONE_HAPPENED = ("未", "没有", "无", "不存在", "未曾")
_NONE_AFTER = ("未发生", "没有发生", "未曾发生", "均未发生", "未出现", "没有出现", "为零", "为0", "为〇", "为无", "无",
               "均无", "均为零", "均为0", "均为无", "都为零", "都为0", "都未发生", "皆无", "零发生", "为“0”", "为\"0\"", "是零",
               "都是零", "均是零", "都是0", "均是0", "没有", "均没有", "都没有", "未有", "均未有",
               "“零发生”", "“零”", "“双零”", "双零")
# A corrected, lost or revoked case, or a rate, is a part or a ratio of the cases, not their count;
# reviews of law enforcement (行政执法) are not reviews of disclosure.
_REVIEW_PARTS = ("纠错", "申请人", "败诉", "撤销", "率", "执法")
# A nought may name who would have applied ("未出现申请人…不服而申请行政复议的情形"): no review at all.
_REVIEW_ZERO_PARTS = tuple(w for w in _REVIEW_PARTS if w != "申请人")
_REVIEW_TOTAL = (T.REVIEW, "行政复议", "总计")
_LITIGATION_TOTAL = ((T.REVIEW, "行政诉讼：未经复议直接起诉", "总计"), (T.REVIEW, "行政诉讼：复议后起诉", "总计"))

# Channels of proactive disclosure and of followers. A clause naming two channels is ambiguous
# and yields no per-channel fact (see textfacts).
WEBSITE = ("政府网站", "门户网站", "政府信息公开网站", "信息公开网站", "信息公开平台", "政府信息公开平台",
           "政务公开平台", "政府网", "门户网", "政务网", "公开网", "网站", "官网", "网页",
           # the site's own disclosure section (a topical column, 义务教育专栏, is not: see OTHER_CHANNELS)
           "政府信息公开专栏", "政府信息公开栏目", "信息公开栏目", "信息公开专栏")
WEIBO = ("政务微博", "官方微博", "微博")
WECHAT = ("微信公众号", "微信公众平台", "微信订阅号", "微信服务号", "订阅号", "公众号", "微信")
VIDEO = ("视频号", "微信视频号", "抖音", "抖音号", "快手", "短视频", "视频账号", "视频平台", "哔哩哔哩", "B站", "西瓜视频")
# Umbrella words for channels: beside a named channel they add nothing ("微信公众号等新媒体");
# alone they name no channel this table can count.
NEUTRAL_CHANNELS = ("新媒体", "政务新媒体", "新媒体平台", "政务新媒体平台", "两微一端")
# Channels that are none of the above: a figure attached to one of them belongs to no kind, and a
# clause naming one next to a known channel is ambiguous. A column (专栏) of a website is not the
# website's whole output, and a school's site is not the body's own.
OTHER_CHANNELS = ("报纸", "报刊", "电视", "广播", "媒体", "宣传栏", "公示栏", "公开栏", "展板", "橱窗", "客户端",
                  "APP", "头条", "美篇", "简报", "短信", "热线", "信箱", "校园网", "校园网站", "电子屏", "学习强国",
                  "专栏", "栏目", "公开栏目", "政务公开栏目", "公开专栏", "小程序",
                  "其他方式", "其它方式", "其他渠道", "其它渠道", "其他平台")
_NOT_DISCLOSED = ("申请", "复议", "诉讼", "留言", "诉求", "回应", "建议", "提案", "咨询", "舆情", "阅读", "浏览", "点击",
                  "访问", "播放", "原创", "本级文件", T.DOCUMENTS, "来信", "来访", "工单",
                  *T.DECISION_ROWS)  # licences and penalties are decisions (table 2), not items
# The thing counted, named right before the figure: an event held (讲座N期, 培训N场) or a service
# guide or list of matters drawn up (办事指南N项, 事项清单N项) is no item of information disclosed.
# Inside a list summed up by 等 ("公开…清单、…公示等信息40条") it is one of the items' subjects.
# …nor are the entries of a catalogue or list of what is to be disclosed (基本目录事项N项)
_NOT_ITEMS = ("讲座", "培训", "会议", "座谈", "演练", "活动", "宣传周", "指南", "清单", "目录")

# (收到申请信息公开件7件: applications received, the words in another order)
_APPLICATIONS_CLAUSE = ("依申请", "申请的", *T.OUTCOME_WORDS, *(c + "申请" for c in _RECEIVED_CUES))
# Verbs that put an item on a named channel (a site, a video account): 上线, 投放视频, 播发. Not
# 报送/上报: items sent to other bodies ("向省厅、县门户网站报送信息N条") are submitted, not published.
_PUT_ONLINE = ("上线", "投放", "播发", "挂载", "登载", "发出", "挂出")
# Original and reposted posts named together are all the posts ("原创和转载信息合计N条").
_ALL_POSTS = ("原创和转载", "原创及转载", "原创与转载", "原创、转载")
_NOT_FOLLOWERS = ("阅读", "浏览", "点击", "播放", "访问", "点赞", "转发", "评论", "增长", "增加", "新增")

KINDS: tuple[FactKind, ...] = (
    FactKind("applications.received", "收到申请", "disclosure applications received", "件",
             cues=_RECEIVED_CUES, needs=_APPLY,
             units=("件", "个", "条", "份", "宗", "项", "例", "起"),
             excludes=("复议", "诉讼", "来信", "来访", "诉求", "投诉", "举报"),
             nouns=("申请",),
             # these name one outcome, stage or kind of applicant of the applications, or another year's
             noun_vetoes=("延期", "补正", "撤回", "不予", "驳回", "转送", "告知", "咨询", "其中", "结转", "上年",
                          "自然人", "法人", "组织", "企业", "机构", "涉及"),
             zero=("未", "没有", "暂无", "并未", "未曾", "未有", "无"), zero_nouns=("依申请公开", "公开申请", "依申请情况", "依申请事项"),
             zero_after=("为零", "为0", "为〇", "是零", "为无", "均为零", "均为0"),
             table=((T.APPLICATIONS, T.NEW, T.TOTAL_COLUMN),)),
    FactKind("applications.handled", "办结（答复）申请", "disclosure applications handled (answered)", "件",
             # 共办理申请N件: the applications dealt with in the year (受理 is received, 办理 handled)
             cues=("办结", "答复", "办理完毕", "办理完成", "办理完结", "处理完毕", "回复", "办理"), needs=_APPLY,
             units=("件", "个", "条", "份", "宗", "项", "例", "起"),
             # 延期答复 is an extension granted, not an answer given
             # (结转下年度继续办理1宗: carried into next year, not handled)
             excludes=("复议", "诉讼", "来信", "来访", "诉求", "留言", "延期", "结转", "继续办理"),
             # 接收…申请办理52件: received for handling, the count of those received
             vetoes=_RECEIVED_CUES,
             table=((T.APPLICATIONS, T.HANDLED_TOTAL, T.TOTAL_COLUMN),)),
    FactKind("review.reconsideration", "政府信息公开行政复议", "administrative reconsideration cases", "件",
             cues=("行政复议", "复议"), units=("件", "起", "次", "宗", "例"), excludes=_REVIEW_PARTS,
             zero=_NONE_HAPPENED, zero_after=_NONE_AFTER, zero_excludes=_REVIEW_ZERO_PARTS,
             head=True, table=(_REVIEW_TOTAL,)),
    FactKind("review.litigation", "政府信息公开行政诉讼", "administrative litigation cases", "件",
             cues=("行政诉讼", "诉讼", "起诉"), units=("件", "起", "次", "宗", "例"), excludes=_REVIEW_PARTS,
             zero=_NONE_HAPPENED, zero_after=_NONE_AFTER, zero_excludes=_REVIEW_ZERO_PARTS,
             head=True, table=_LITIGATION_TOTAL),
    FactKind("disclosed.total", "主动公开政府信息（总数）", "items proactively disclosed (all channels)", "条",
             cues=("主动公开", "公开", "发布", "更新", "推送", "上传", "公布", "刊发", "发送", "发表", "刊载", "刊登", "推出",
                   "挂网", "推介"),
             units=("条", "篇", "则", "期", "项", "件"),
             excludes=_NOT_DISCLOSED, vetoes=_APPLICATIONS_CLAUSE, counted_vetoes=_NOT_ITEMS),
    FactKind("disclosed.website", "政府网站发布信息", "items disclosed on the government website", "条",
             cues=("主动公开", "公开", "发布", "更新", "上传", "公布", "刊发", "发送", "发表", "刊载", "刊登", "挂网", "推介",
                   "新增", *_PUT_ONLINE),
             units=("条", "篇", "则", "项", "件"), channel=WEBSITE,
             excludes=_NOT_DISCLOSED, vetoes=_APPLICATIONS_CLAUSE, counted_vetoes=_NOT_ITEMS),
    FactKind("disclosed.weibo", "政务微博发布信息", "items posted on the government Weibo", "条",
             # 发博: the verb of the platform itself ("政务微博全年发博120条")
             cues=("公开", "发布", "更新", "推送", "公布", "发文", "发帖", "发博", "博文", "刊发", "发送", "发表", "推出",
                   "编发", "发出", "发稿", "推介", *_ALL_POSTS),
             units=("条", "篇", "则"),
             channel=WEIBO,
             excludes=_NOT_DISCLOSED, vetoes=_APPLICATIONS_CLAUSE, counted_vetoes=_NOT_ITEMS),
    FactKind("disclosed.wechat", "微信公众号发布信息", "items posted on the WeChat official account", "条",
             cues=("公开", "发布", "更新", "推送", "推文", "公布", "刊发", "发送", "发表", "发文", "推出", "编发", "发出",
                   "发稿", "推介", *_ALL_POSTS),
             units=("条", "篇", "则", "期", "件"),
             channel=WECHAT,
             excludes=_NOT_DISCLOSED, vetoes=_APPLICATIONS_CLAUSE, counted_vetoes=_NOT_ITEMS),
    FactKind("disclosed.video", "视频号/抖音发布作品", "videos posted (WeChat Channels, Douyin …)", "条",
             # 上线: a video put online ("视频号上线短视频12个")
             cues=("公开", "发布", "更新", "推送", "上传", "公布", "推出", *_PUT_ONLINE), units=("条", "个", "部", "期", "篇"), channel=VIDEO,
             excludes=_NOT_DISCLOSED, vetoes=_APPLICATIONS_CLAUSE, counted_vetoes=_NOT_ITEMS),
    FactKind("interpretations", "政策解读", "policy interpretations published", "篇",
             cues=("政策解读", "解读", "解读推文", "解读文章", "政策解读推文", "政策解读文章", "解读文件"), units=("篇", "次", "条", "期", "份", "项", "件", "个"), head=True),
    FactKind("press_conferences", "新闻发布会", "press conferences held", "场",
             # 新闻通气会, 政策吹风会: the briefings many bodies hold in place of a full press conference
             cues=("新闻发布会", "发布会", "新闻发布活动", "新闻发布", "新闻通气会", "通气会", "政策吹风会", "吹风会"),
             units=("场", "次", "期"), head=True,
             # only the verb of holding one negated (未召开新闻发布会): 未能用好发布会 states no count
             zero=("未召开", "未举办", "未举行", "没有召开", "没有举办", "没有举行", "未组织召开")),
    FactKind("followers.wechat", "微信公众号关注人数", "WeChat official account followers", "人",
             cues=("关注", "粉丝", "订阅", "用户"), units=("人", "名", "个", "户"), channel=WECHAT,
             excludes=_NOT_FOLLOWERS),
    FactKind("followers.weibo", "政务微博粉丝数", "Weibo followers", "人",
             cues=("关注", "粉丝", "订阅", "用户"), units=("人", "名", "个", "户"), channel=WEIBO,
             excludes=_NOT_FOLLOWERS),
    FactKind("followers.video", "视频号/抖音粉丝数", "video account followers", "人",
             cues=("关注", "粉丝", "订阅", "用户"), units=("人", "名", "个", "户"), channel=VIDEO,
             excludes=_NOT_FOLLOWERS),
    # Contact details: the cue stands right before the value (a colon between them or not).
    FactKind("contact.phone", "联系电话", "contact phone", "", "str",
             # 致电/拨打 offer the number as a verb ("可致电0123-4567890"); 联系方式 is followed by one.
             cues=("联系电话", "咨询电话", "办公电话", "电话号码", "电话", "Tel", "TEL", "tel", "致电", "拨打",
                   "联系方式", "热线")),
    # the person named to contact (联系人：张先生; 请与罗春连联系): a name, never an office (请与办公室联系)
    FactKind("contact.person", "联系人", "contact person", "", "str", cues=("联系人", "请与")),
    FactKind("contact.fax", "传真", "fax", "", "str", cues=("传真号码", "传真电话", "传真号", "传真", "Fax", "FAX", "fax")),
    FactKind("contact.address", "联系地址", "address", "", "str",
             cues=("联系地址", "通讯地址", "通信地址", "办公地址", "地址", "办公地点")),
    FactKind("contact.postcode", "邮政编码", "postcode", "", "str", cues=("邮政编码", "邮编")),
    FactKind("contact.email", "电子邮箱", "e-mail", "", "str",
             cues=("电子邮箱", "电子邮件", "电子信箱", "邮箱", "信箱", "邮件", "电邮", "邮箱地址", "邮件地址",
                   "E-mail", "e-mail", "E-MAIL", "Email", "email", "EMAIL", "Mail", "mail")),
)

BY_KEY: dict[str, FactKind] = {k.key: k for k in KINDS}
KEYS: tuple[str, ...] = tuple(BY_KEY)


def kind(key: str) -> FactKind:
    """The kind named ``key``; KeyError names the known keys."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown fact kind {key!r}; known: {', '.join(KEYS)}") from None
