"""Answers from the text facts the build read out of the prose (``index.textfacts``): a press
conference count, the followers of an account, a fax number … — the kinds the tables never hold.

The question names the kind (``rag.askkinds``); the report(s) in scope give the fact with the
sentence that states it, quoted. Across several reports the same rules as for table values hold:
which / total / rank over the reports that state the kind, saying which reports do not.
A report that does not state the kind gives no answer here: the prose path reads its text.
"""

from __future__ import annotations

import re

from index import concepts
from index.bodies import body_rx, contracted
from index.factkinds import BY_KEY
from index.model import Answer, Citation, Report, TextFact
from index.textchannels import account_names, channel, names_account
from index.validate import sentence_of
from rag import wording as W
from rag.askkinds import PART_ASKED, vocabulary
from rag.compare import difference
from rag.check import count_fact, left_out
from rag.corpus import body_name, en_place, named_as_asked, place_name, span_cite, title_cite
from rag.filters import KIND_WORDS
from rag.prose import clauses, figure_after, normalized, shared_phrases
from rag.query import Query

_NEGATIVE_WORDS = ("没有", "未", "没收", "没受", "没接", "no ", "not ", "none", " zero")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年?度?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# Words any report uses around a count, too plain to name a part of the items.
_PLAIN = ("政府", "各类", "各项", "相关", "有关", "工作", "情况")


_INCLUDED = re.compile(r"\(\s*(?:including|incl\.?|with)\b[^)]*\)|\bincluding\s+[\w' -]+|[（(]\s*(?:含|包括|包含)[^）)]*[）)]"
                       r"|(?:含|包括|包含)[\u4e00-\u9fff]{1,6}在内", re.I)


def narrower(q: Query, scope: list[Report], kinds: list[str], names: list[str]) -> list[str]:
    """The question's words that ask for something narrower than the kind ("原创" posts of an
    account, the "义务教育" items among all disclosed, the school websites beside the portal): a
    Chinese focus term that is no word (or part of a word) of the kind, that is no part of the body's or place's
    name, and that the report itself uses. Then the sentence, not the kind, answers."""
    from rag.english import focus_words
    from rag.focus import without_bodies_en
    from rag.prose import focus_terms

    if len(scope) > 3 or all(k.startswith("contact.") for k in kinds):
        return []  # a phone number has no part to ask for: 办公室电话 is the phone
    text = _INCLUDED.sub(" ", _YEAR.sub(" ", q.text))  # "(including reposts)", 含转发: all of them, no part
    if part := PART_ASKED.search(text):
        text = text[part.end():]  # (…的政府信息中，政策解读类有多少: the whole named first is no narrower thing)
    # a body named by its level and kind (区政府年报, 县教育局) names whose report, no part of it
    rx, _ = body_rx()
    text = re.sub(rf"[县区市旗镇乡](?:{rx.pattern})", " ", text)
    # English: every term it stands for, the narrow ones too (校园网站 beside 网站)
    terms = focus_words(without_bodies_en(text, names)) if q.language == "en" else focus_terms(text, q.language, names)
    if q.language == "en" and len(scope) == 1:
        # …and the report's own words the question writes in pinyin ("the Damei Renshou app": 大美仁寿)
        from rag.romanized import names_in

        terms += names_in(text, normalized(scope[0].text).text, tuple(names))
    words = vocabulary(kinds)
    # the report's city and province too: "沈阳市辽中区" names where, not a part of the items
    bodies = [n for r in scope if r.agency for n in (r.agency.name, contracted(r.agency.name))] + names + \
        [n for r in scope if r.place for n in (r.place.city, r.place.province) if n]
    # …nor a word made of those names only (西宁市城中区文体旅游科技局, 固原市隆德: city + body or place)
    own = sorted({*bodies, *(a for r in scope if r.agency for a in r.agency.aliases)} - {""}, key=len, reverse=True)

    def only_names(t: str) -> bool:
        for n in own:
            t = t.replace(n, "")
        return len(t) < 2
    texts = [normalized(r.text).text for r in scope]
    # The report's subject (政府信息公开) narrows nothing, nor does the site a count of something
    # else was posted on (政策解读 "on the portal"); a site does narrow the items posted (校园网站,
    # 政务新媒体 among all disclosed).
    channel_kind = any(BY_KEY[k].channel or k.startswith("disclosed.") for k in kinds if k in BY_KEY)
    # A thing named as the report names it, with its own figure there ("教育信息16条" among the
    # items): narrower, though a word of it (教育) is the body's; never the kind's words alone
    # (主动公开政府信息).
    parts = [t for t in (shared_phrases(text, texts[0], names) if len(scope) == 1 and q.language == "zh" else [])
             if len(re.sub("|".join(map(re.escape, sorted({*words, *_PLAIN}, key=len, reverse=True))), "", t)) >= 2
             and figure_after(texts[0], t) is not None]
    accounts = {n for x in texts for n in account_names(x)}  # “金塔司法”: the channel by its name, no part of it
    # a kind's cue that lists its parts (原创和转载: all posts) leaves each part (原创) narrower
    whole = [w for w in words if not re.search(r"[、和与及]", w)]
    # (an account's name, quoted or not, the report or the question writes before its channel's word:
    # whose followers, never a part of them — 中国绥宁微信公众号)
    return parts + [t for t in terms if _CJK.search(t) and not any(t in w for w in whole) and t not in accounts
            and not any(names_account(x, t) for x in (*texts, q.text))
            and not any(t in b for b in bodies) and not only_names(t)
            and not any(t in w for w in KIND_WORDS) and any(s in x for x in texts for s in concepts.same_as(t))
            and "section" not in concepts.kinds_of(t) and (channel_kind or "channel" not in concepts.kinds_of(t))
            and not any(k.endswith("." + (channel(t) or "-")) for k in kinds)]  # (官方微信 for the WeChat kind: the kind's own)


def fact_of(report: Report, kinds: list[str], stand_in: bool = False) -> TextFact | None:
    """The report's fact of the first asked kind it states (spans kept: it must be quotable); with
    ``stand_in``, a report's only channel figure where all items are asked for and it states no total."""
    for k in kinds:
        f = next((f for f in report.facts if f.kind == k and f.spans), None)
        if f is not None:
            return f
    if stand_in and kinds == ["disclosed.total"]:
        # No total, one channel ("通过县政府网发布各类信息85条", a township's only outlet): that figure,
        # labelled with its channel, is what the report says it disclosed
        chans = {f.kind: f for f in report.facts if f.kind.startswith("disclosed.") and f.spans}
        if len(chans) == 1:
            return next(iter(chans.values()))
    return None


def _channel_over(view, q: Query) -> TextFact | None:
    """For "which reports disclosed over N items" where a report gives no total but counts several
    channels: its largest channel figure when that alone is over N (the total is at least as large);
    below N it says nothing of the total, and the report stays among those that do not state it."""
    t = q.threshold
    if t is None or t.op not in (">", ">="):
        return None
    top = max(_channels(view), key=lambda f: float(f.value), default=None)
    return top if top is not None and t.holds(top.value) else None


def _channels(view) -> list[TextFact]:
    """A report's figures of items disclosed per channel (not its total), in the order stated."""
    return [f for f in view.facts if f.kind.startswith("disclosed.") and f.kind != "disclosed.total" and f.spans
            and isinstance(f.value, (int, float))]


def sentence_span(report: Report, fact: TextFact) -> tuple[int, int]:
    return sentence_of(normalized(report.text), fact.spans[0])


def fact_citation(report: Report, fact: TextFact) -> Citation:
    span = sentence_span(report, fact)
    sec = next((x for x in reversed(report.sections) if x.span[0] <= span[0] < x.span[1]), None)
    return span_cite(report, span, " > ".join(sec.path) if sec else "正文")


_APPROX = [(re.compile(r"^\s*[\d,.]+\s*(?:余|多)"), "approx.over"), (re.compile(r"^\s*(?:超过|逾)"), "approx.over"),
           (re.compile(r"^\s*(?:约|大约)"), "approx.about"), (re.compile(r"^\s*(?:近|将近)"), "approx.nearly")]


def _approx(f: TextFact) -> bool:
    return isinstance(f.value, (int, float)) and any(f.raw and pat.search(f.raw) for pat, _ in _APPROX)


def as_worded(f: TextFact, lang: str = "zh") -> str:
    """The figure as the report gives it: "400 余" for 400余条, not a bare 400; a phone number with the
    dash it is printed with (0516—68868896, stored as 0516-68868896)."""
    v = f.value
    if isinstance(v, str) and "-" in v and f.raw:
        printed = re.search("[-—–－]+".join(map(re.escape, v.split("-"))), f.raw)
        return printed.group(0) if printed else v
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    key = next((k for pat, k in _APPROX if f.raw and pat.search(f.raw)), None) if isinstance(v, (int, float)) else None
    return W.say(key, lang, v=v) if key else str(v)


def kind_label(f: TextFact, lang: str) -> str:
    kind = BY_KEY.get(f.kind)
    if kind is None:
        return f.kind
    return kind.zh if lang == "zh" else kind.en


def _who(r: Report, lang: str) -> str:
    agency = body_name(r)
    return f"{agency}（{r.year}年）" if lang == "zh" else f"{en_place(r)}, {r.year}"


def unit_of(f: TextFact) -> str:
    return f.unit or (BY_KEY[f.kind].unit if f.kind in BY_KEY else "")


def figure_words(f: TextFact, lang: str) -> str:
    """The figure as an answer prints it: "400 余条" with its unit in Chinese, "over 400" in English."""
    return W.with_unit(as_worded(f), unit_of(f)) if lang == "zh" else as_worded(f, lang)


def line(r: Report, f: TextFact, lang: str) -> str:
    """One report's fact: "金阳县民政局（2024年）：新闻发布会 1 场。" / "…: press conferences held: 1."."""
    if lang == "zh":
        return f"{_who(r, lang)}：{kind_label(f, lang)} {figure_words(f, lang)}（据正文）。"
    return f"{_who(r, lang)} — {kind_label(f, lang)}: {as_worded(f, lang)} (per the text)."


def _fact_record(r: Report, f: TextFact) -> dict:
    return {"report_id": r.id, "agency": r.agency.name if r.agency else "", "place": place_name(r), "year": r.year,
            "kind": f.kind, "value": f.value, "unit": f.unit, "raw": f.raw, "source": "text"}


class _Facts:
    """A report's text facts of the asked kinds, read for many reports at once from the store."""

    def __init__(self, report: Report, facts: list[TextFact]):
        self.report, self.facts = report, facts


def _with_facts(scope: list[Report], kinds: list[str], store) -> list[tuple[Report, object]]:
    """Each report with what :func:`fact_of` reads of it: itself, or (many reports and a store)
    its facts of the asked kinds (and the channels', for stand-ins) from the store's rows."""
    from rag.facts import BATCH_FROM

    if store is None or len(scope) < BATCH_FROM:
        return [(r, r) for r in scope]
    wanted = list(dict.fromkeys([*kinds, *(k for k in BY_KEY if k.startswith("disclosed."))]))
    got = store.text_facts(wanted, {r.id for r in scope})
    return [(r, _Facts(r, got.get(r.id, []))) for r in scope]


def fact_answer(q: Query, scope: list[Report], kinds: list[str], store=None) -> Answer | None:
    """The answer from text facts, or None when no report in scope states the kind."""
    lang = q.language
    # Several reports held to a bound or ranked: a report's only channel figure stands in for its
    # total, said to be the channel's; one report asked gets it said to be no total (_one_channel).
    # Never where the total is asked by name (总数, total).
    by_name = bool(re.search(r"总数|总量|总计|\btotal\b", q.text, re.I))
    # (a sum over reports likewise: 加起来一共多少条 counts what each report says it disclosed)
    counted = (q.threshold is not None or q.shape in ("rank", "total")) and len(scope) > 1 and not by_name
    views = _with_facts(scope, kinds, store)
    if q.shape == "rank" and counted and kinds == ["disclosed.total"]:
        # totals, and the only channel of a report that counts one (its all): fewer than two such
        # figures rank nothing, and one channel's figure is no other report's total, so each
        # channel the reports count is ranked on its own
        ranked = [(r, f) for r, view in views if (f := fact_of(view, kinds, stand_in=True)) is not None]
        if len(ranked) < 2:
            by = _by_channel(q, views, [(r, f) for r, f in ranked if f.kind in kinds])
            if by is not None and len(views) == 2 and len(ranked) == 1 and ranked[0][1].kind in kinds:
                lead = _bound(q, views, ranked[0])  # one total below the other's one channel
                if lead:
                    by.text = lead + by.text
                    by.citations.append(fact_citation(*ranked[0]))
            if by is not None or not ranked:
                return by  # no channel either: the one total, then who gives none (below)
    rows = [(r, fact_of(view, kinds, stand_in=counted) or (_channel_over(view, q) if counted else None))
            for r, view in views]
    stated = [(r, f) for r, f in rows if f is not None]
    if not stated and len(scope) == 1 and kinds == ["disclosed.total"] and not by_name:
        return _one_channel(q, *views[0])
    if not stated:
        return None
    numeric = all(isinstance(f.value, (int, float)) for _, f in stated)
    if q.shape in ("difference", "compare") and len(stated) == 2 and numeric:
        unit = unit_of(stated[0][1])
        worded = {r.id: as_worded(f, lang) for r, f in stated if _approx(f)}  # 40 余: the difference is about
        lead, diff = difference([(r, float(f.value)) for r, f in stated], unit, lang, worded)
        return Answer(q.text, "\n".join([lead] + [line(r, f, lang) for r, f in stated]),
                      [fact_citation(r, f) for r, f in stated], [_fact_record(r, f) for r, f in stated] + [diff],
                      language=lang)
    many = q.shape in ("which", "list", "rank", "total") and len(scope) > 1 or (len(scope) > 1 and not q.places)
    if not many or not numeric:
        # One place (or one body): each report that states it, one line each.
        text = "\n".join(line(r, f, lang) for r, f in stated)
        quotes = "\n".join(f"“{c.quote.strip()}”" for c in (fact_citation(r, f) for r, f in stated[:3]))
        return Answer(q.text, text + "\n" + quotes, [fact_citation(r, f) for r, f in stated],
                      [_fact_record(r, f) for r, f in stated], language=lang)
    return _across(q, scope, stated, [r for r, f in rows if f is None], kinds)


def _bound(q: Query, views: list[tuple[Report, object]], total: tuple[Report, TextFact]) -> str:
    """Of two reports, one giving a total and the other channels only: the other disclosed more
    for certain when one of its channels alone exceeds that total (a lead line, else "")."""
    if q.fewest or not isinstance(total[1].value, (int, float)):
        return ""
    other = next((r, view) for r, view in views if r is not total[0])
    top = max(_channels(other[1]), key=lambda f: float(f.value), default=None)
    if top is None or float(top.value) <= float(total[1].value):
        return ""
    lang = q.language
    name = named_as_asked(q)
    return W.say("rank.bound", lang, who=name(other[0]), channel=kind_label(top, lang), value=figure_words(top, lang),
                 other=name(total[0]), total=figure_words(total[1], lang)) + "\n"


def _one_channel(q: Query, r: Report, view) -> Answer | None:
    """All items disclosed asked of one report that gives no total and counts one channel only:
    that channel's figure, said to be the only one it gives (not passed off as the total)."""
    f = fact_of(view, ["disclosed.total"], stand_in=True)
    if f is None:
        return None
    lang = q.language
    lead = W.say("total.one_channel", lang, who=_who(r, lang), channel=kind_label(f, lang), figure=figure_words(f, lang))
    c = fact_citation(r, f)
    return Answer(q.text, f"{lead}\n“{c.quote.strip()}”", [c], [_fact_record(r, f)], language=lang)


def _by_channel(q: Query, views: list[tuple[Report, object]], totals: list[tuple[Report, TextFact]]) -> Answer | None:
    """"Which report disclosed the most" where (almost) none gives a total: the winner of each
    channel the reports do count, never one channel's figure against another's."""
    lang = q.language
    name = named_as_asked(q)
    per: dict[str, list[tuple[Report, TextFact]]] = {}
    for r, view in views:
        for f in _channels(view):  # a report's first figure of each channel, as fact_of reads it
            if all(x is not r for x, _ in per.get(f.kind, [])):
                per.setdefault(f.kind, []).append((r, f))
    if not per:
        return None
    stated = W.say("rank.one_total", lang, who=name(totals[0][0]), value=as_worded(totals[0][1], lang)) if totals else ""
    text, cites, facts = [W.say("rank.no_total", lang, stated=stated)], [], []
    for kind, got in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        got.sort(key=lambda x: float(x[1].value) * (1 if q.fewest else -1))
        top = [r for r, f in got if f.value == got[0][1].value]
        items, hidden = W.names([f"{name(r)} {as_worded(f, lang)}" for r, f in got], lang, [r.id for r, _ in got])
        facts += [count_fact(hidden)] if hidden else []  # backs the "and N more" of a long list
        label = kind_label(got[0][1], lang)
        text.append(W.say("rank.channel_bottom" if q.fewest else "rank.channel", lang, channel=label[:1].upper() + label[1:],
                          who=("、" if lang == "zh" else " and ").join(map(name, top)), items=items))
        cites += [c for c in (fact_citation(r, f) for r, f in got[:1]) if (c.report_id, c.span) not in
                  {(x.report_id, x.span) for x in cites}]  # one sentence often gives several channels
        facts += [_fact_record(r, f) for r, f in got]
    facts += [_fact_record(r, f) for r, f in totals]
    years = sorted({r.year for rows in per.values() for r, _ in rows if r.year})
    if len(years) > 1:
        text.append(W.say("rank.years", lang, years="、".join(map(str, years)) + " 年" if lang == "zh"
                          else ", ".join(map(str, years))))
    return Answer(q.text, "\n".join(text), cites, facts, language=lang)


def _across(q: Query, scope: list[Report], stated: list[tuple[Report, TextFact]],
            unstated: list[Report], kinds: list[str] = ()) -> Answer:
    lang = q.language
    facts: list[dict] = [_fact_record(r, f) for r, f in stated]
    cites: list[Citation] = []  # the reports the text shows, below
    # the end a rank asks for first: the fewest first where it asks for the fewest
    by_size = sorted(stated, key=lambda x: float(x[1].value) * (1 if q.shape == "rank" and q.fewest else -1))
    ids = [r.id for r, _ in by_size]
    detail, more = W.lines([line(r, f, lang) for r, f in by_size], lang, ids)
    name = named_as_asked(q)
    if q.shape in ("which", "list"):
        negative = any(w in q.text.lower() for w in _NEGATIVE_WORDS)
        chosen = [(r, f) for r, f in by_size if (q.threshold.holds(float(f.value)) if q.threshold is not None
                                                 else (float(f.value) == 0) == negative)]
        if chosen:
            # a channel's figure standing in for the asked total is named as the channel's
            what = lambda f: "" if not kinds or f.kind in kinds else kind_label(f, lang) + " "  # noqa: E731
            items, hidden = W.names([f"{name(r)}（{what(f)}{as_worded(f)}）" if lang == "zh"
                                     else f"{name(r)}: {what(f)}{as_worded(f, lang)}" for r, f in chosen],
                                    lang, [r.id for r, _ in chosen])
            head = W.say("count.head", lang, n=len(chosen), items=items) + W.end(lang)
            facts.append(count_fact([r.id for r, _ in chosen], chosen=True))
            facts += [count_fact(hidden)] if hidden else []
        else:
            head = W.say("none", lang) + W.end(lang)
    elif q.shape == "rank" and len(by_size) < 2:
        head = line(*by_size[0], lang)  # one figure ranks nothing: who states it, then who does not
        detail = []  # the head is its line
    elif q.shape == "rank":
        top = by_size[0]
        tied = [r.id for r, f in by_size if f.value == top[1].value]
        head = W.rank_lead(lang, name(top[0]), as_worded(top[1], lang), len(tied), q.fewest,
                           [r.year for r, _ in by_size if r.year])
        facts.append(count_fact(tied, tied=True))
    else:
        total = sum(float(f.value) for _, f in stated)
        total_s = str(int(total)) if total.is_integer() else f"{total:g}"
        unit = unit_of(stated[0][1])
        head = W.say("total", lang, total=total_s, unit=unit, n=len(stated))
        facts += [{"aggregate": "sum", "total": total}, count_fact([r.id for r, _ in stated], counted=True)]
    text = "\n".join([head, *detail])
    if unstated:
        items, hidden = W.names([name(r) for r in unstated], lang, [r.id for r in unstated])
        text += "\n" + W.say("total.unstated", lang, items=items)
        cites += [title_cite(r) for r in unstated if r.id not in hidden]  # read, and shown to have been
        facts += [count_fact(hidden)] if hidden else []
    facts += [count_fact(more)] if more else []
    # quoted: the figures the text shows (every report's stays in the facts; "and N more" counts the rest)
    hidden = left_out(facts)
    cites[:0] = [fact_citation(r, f) for r, f in stated if r.id not in hidden]
    return Answer(q.text, text, cites, facts, language=lang)


def other_kind(a: Answer, by_id, kinds: list[str]) -> bool:
    """Whether a figure read from a sentence is one the report's text facts know as another kind
    than the ones asked (收到…依申请公开件15件 is applications received, not items disclosed)."""
    if a.refused or not kinds:
        return False
    for f in a.facts:
        r = by_id.get(f.get("report_id")) if "from" in f else None
        if r is None:
            continue
        spans = [c.span for c in a.citations if c.report_id == r.id]
        known = {t.kind for t in r.facts if t.value == f.get("value") and t.spans
                 and any(a0 <= t.spans[0][0] < b0 for a0, b0 in spans)}
        if known and not known & set(kinds):
            return True
    return False


def speaks_of(a: Answer, kinds: list[str]) -> bool:
    """A figure read from prose is the asked kind's only when its clause names the kind (粉丝 for
    followers, 发布会 for press conferences); an answer with no figure is left as it is."""
    read = [str(f["from"]) for f in a.facts if "from" in f]
    if a.refused or not read:
        return True
    # a figure read before its noun ("185份政务信息"): the clause it stands in names the channel
    # ("在乡人民政府网站共主动公开185份政务信息")
    read += [c for f in read for q in a.citations for c in clauses(q.quote) if f in c]
    words = {w for k in kinds for w in (BY_KEY[k].cues if k in BY_KEY else ())}
    return any(w in c for c in read for w in words)
