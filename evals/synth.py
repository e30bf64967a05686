"""Generate realistic annual reports with a gold file: ``python -m evals synth --n N --out DIR``.

Each report is written from the national template (sections 一 … 六, the three tables of its
year's template version) for a real county-level division, with the variety real pages show:
site clutter, title forms, kinds of body, districts and banners, traditional script, figures
stated only in prose in many phrasings, table layouts, truncation. ``DIR/gold.jsonl`` holds one
line per report: its metadata, the variants it exercises and the facts its prose states (what
``Report.facts`` should hold, as kind + value). The same seed always gives the same files.

Sentences come from one of several phrase banks (``banks()`` in ``evals/synth_bank.py``), each
written before a change to the readers and scored once after it (``evals/README.md`` says which is
the current held-out ruler). ``python -m evals bench --synth DIR`` scores the parser against one.
"""

from __future__ import annotations

import json
import random
import zlib
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.synth_bank import ALIAS, Bank, banks
from evals.synth_places import BANNER_SHORT, ICP, POSTCODE, Division, divisions, short_of
from evals.synth_formats import to_docx, to_html, traditional
from evals.synth_tables import Cell, render, table_cells, table_rows
from index import template as T


# (body, its short form, how it calls itself, education body?); the tag names the variant in gold
BODIES: tuple[tuple[str, str, str, bool], ...] = (
    ("教育局", "教育局", "我局", True),
    ("教育体育局", "教体局", "我局", True),
    ("教育和体育局", "教体局", "我局", True),
    ("教育科技局", "教科局", "我局", True),
    ("教育和科学技术局", "教科局", "我局", True),
    ("教育委员会", "教委", "我委", True),
    ("卫生健康局", "卫健局", "我局", False),
    ("民政局", "民政局", "我局", False),
    ("人力资源和社会保障局", "人社局", "我局", False),
    ("文化和旅游局", "文旅局", "我局", False),
    ("市场监督管理局", "市场监管局", "我局", False),
)
BODY_TAG = {"教育局": "jiaoyuju", "教育体育局": "jiaoyutiyuju", "教育和体育局": "jiaoyuhetiyuju",
            "教育科技局": "jiaoyukejiju", "教育和科学技术局": "jiaoyuhekexuejishuju", "教育委员会": "jiaoyuweiyuanhui"}

ROADS = ("人民路", "建设路", "文化路", "新华路", "解放路", "育才路", "振兴大道", "迎宾大道", "学府路", "滨河路")
TOWNS = ("城关镇", "城东街道", "城西街道", "人民街道", "新城街道", "南关街道")
_EDU_WORDS = ("招生", "教育", "学校", "教师", "学籍", "学位", "中高考", "学生", "督导", "资助")
TITLE_FORMS = ("one_line", "two_lines", "level_only", "year_first", "prefixed", "spaced", "about", "none")
TABLE_LAYOUTS = ("tab", "pipe", "cell_per_line", "absent")


def cn_numeral(v: int) -> str:
    """A count below 100 in Chinese numerals as reports write them: 两, 十二, 二十三 (larger ones in digits)."""
    digits = "零一二三四五六七八九"
    if v <= 10:
        return "零一两三四五六七八九十"[v]
    if v < 100:
        tens, units = divmod(v, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
    return str(v)


# other ways a page writes a figure, by slot suffix ({interp_zh}, {web_fw}, {phone_dash}); the gold keeps the value
WRITTEN_AS = {
    "zh": lambda v: cn_numeral(v) if isinstance(v, int) else v,
    "fw": lambda v: str(v).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),  # full-width digits: １２３
    "dash": lambda v: str(v).replace("-", "—"),  # an area code set off by an em dash: 0436—3225852
    "plain": str,  # digits never written 余/多 or spaced, for a template that says 约 itself
    "paren": lambda v: re.sub(r"^(0\d{2,3})-", r"（\1）", str(v)),  # an area code in brackets: （0436）3225852
}


@dataclass
class Chunk:
    text: str
    part: str  # clutter | title | heading | prose | table | signature
    facts: dict[str, Any] = field(default_factory=dict)  # alias → value stated here
    cells: list[Cell] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # a table's cells, for a Word table


@dataclass
class Ctx:
    rng: random.Random
    bank: Bank
    values: dict[str, Any]  # alias → the report's one value (numbers and contact details)
    slots: dict[str, str]  # context slots for templates
    edu: bool
    styles: set[str]
    fillers: list[str] = field(default_factory=list)  # this report's filler sentences, each used once


def _filler(ctx: Ctx) -> Chunk | None:
    """The next unused filler sentence that suits the body (no school words for a health bureau)."""
    while ctx.fillers:
        t = ctx.fillers.pop()
        if ctx.edu or not any(w in t for w in _EDU_WORDS):
            return fill(t, ctx)
    return None


def _fmt_number(alias: str, v: int, ctx: Ctx) -> str:
    """How the figure is printed: plain, approximate (余/多), in 万, or spaced digits."""
    r = ctx.rng.random()
    if alias in ("fwx", "fwb", "fvid") and v >= 10000 and v % 1000 == 0 and r < 0.5:
        ctx.styles.add("approx")
        w = v / 10000
        return f"{w:g}万"
    if v >= 100 and v % 10 == 0 and r < 0.3 and alias not in ("recv", "hand", "recon", "litig"):
        ctx.styles.add("approx")
        return f"{v}{ctx.rng.choice('余多')}"
    if r > 0.92:
        ctx.styles.add("spaced")
        return f" {v} "
    return str(v)


def fill(template: str, ctx: Ctx) -> Chunk:
    """One template → one prose chunk and the facts it states."""
    facts: dict[str, Any] = {}
    m = re.match(r"\[([^\]]*)\]", template)
    if m:
        template = template[m.end():]
        for item in m.group(1).split(","):
            alias, _, zero = item.partition("=")
            if zero:
                facts[alias] = int(zero)
    subs = dict(ctx.slots)
    for _, name, _, _ in string.Formatter().parse(template):
        if name is None or name in subs:
            continue
        if name == "x":
            subs["x"] = str(ctx.rng.randint(2, 60))
        elif name.endswith("_cn") and name[:-3] in ALIAS:  # a small figure in Chinese: 两场
            v = ctx.values[name[:-3]]
            subs[name] = "零一两三四五六七八九十"[v] if v <= 10 else str(v)
            facts[name[:-3]] = v
        elif name.rpartition("_")[2] in WRITTEN_AS and name.rpartition("_")[0] in ALIAS:  # {interp_zh}, {web_fw} …
            alias, _, form = name.rpartition("_")
            v = ctx.values[alias]
            subs[name] = WRITTEN_AS[form](v)
            facts[alias] = v
        elif name in ALIAS:
            v = ctx.values[name]
            subs[name] = _fmt_number(name, v, ctx) if isinstance(v, int) else v
            facts[name] = v
    return Chunk(template.format(**subs), "prose", facts)


def _pick(options: tuple[str, ...], ctx: Ctx) -> str:
    if not ctx.edu:
        options = tuple(o for o in options if not any(w in o for w in _EDU_WORDS)) or options
    return ctx.rng.choice(options)


def _values(rng: random.Random, div: Division, short_py: str) -> dict[str, Any]:
    web, wechat = rng.randint(8, 900), rng.randint(15, 1500)
    received = rng.choice([0, 0, 0, rng.randint(1, 5), rng.randint(1, 40)])
    fans = rng.choice([rng.randint(800, 9999), rng.randint(1, 90) * 1000])
    ambiguous = div.ambiguous
    area = "" if ambiguous else f"0{rng.randint(310, 999)}"
    phone = f"{area}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}" if area else f"{rng.randint(2, 8)}{rng.randint(100000, 999999)}"
    fax = f"{area}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}" if area else f"{rng.randint(2, 8)}{rng.randint(100000, 999999)}"
    addr_head = (div.province + (div.city or "") if rng.random() < 0.3 or ambiguous else "") + div.name
    return {
        "web": web, "wechat": wechat, "total": web + wechat + rng.choice([0, 0, rng.randint(1, 200)]),
        "weibo": rng.randint(10, 600), "video": rng.randint(3, 200), "fwx": fans,
        "fwb": rng.randint(300, 50000), "fvid": rng.randint(1, 60) * 1000,
        "interp": rng.randint(1, 30), "press": rng.randint(1, 6),
        "recv": received, "hand": received if rng.random() < 0.8 else max(0, received - 1),
        "recon": rng.choice([0, 0, 1, 2]), "litig": rng.choice([0, 0, 0, 1]),
        "phone": phone, "fax": fax,
        "addr": f"{addr_head}{rng.choice(TOWNS)}{rng.choice(ROADS)}{rng.randint(1, 399)}号",
        "post": POSTCODE.get(div.adcode[:2], "10") + f"{rng.randint(0, 99):02d}00",
        "email": f"{short_py}{rng.choice(['jyj', 'bgs', 'zwgk', 'xxgk'])}@{rng.choice(['163.com', '126.com', 'sina.com'])}",
        # from the place, not the generator's stream: banks written before it keep their reports
        "person": "张王李赵刘陈杨黄周吴"[zlib.crc32(div.adcode.encode()) % 10] + ("先生", "女士")[zlib.crc32(div.name.encode()) % 2],
    }


def _pinyin(name: str) -> str:
    try:
        from pypinyin import lazy_pinyin
    except ModuleNotFoundError:
        return "gov"
    return "".join(lazy_pinyin(name)) or "gov"


def _choose_division(rng: random.Random, provinces: tuple[str, ...] = ()) -> tuple[Division, list[str]]:
    """A division of a kind drawn with fixed weights (so banners and shared names are not as
    rare as in the list); ``provinces`` (adcode prefixes) narrows the list."""
    divs = [d for d in divisions() if not provinces or d.adcode.startswith(provinces)]
    level = rng.choices(["county", "city", "district", "banner", "autonomous", "ambiguous"],
                        [40, 14, 18, 10, 8, 10])[0]
    if level == "ambiguous":
        pool = [d for d in divs if d.ambiguous]
    elif level == "banner":
        pool = [d for d in divs if d.level == "banner" and not d.ambiguous]
        if rng.random() < 0.5:  # half the banners are written in short
            pool = [d for d in pool if d.name in BANNER_SHORT and BANNER_SHORT[d.name] != d.name] or pool
    else:
        pool = [d for d in divs if d.level == level and not d.ambiguous]
    div = rng.choice(pool or divs)
    tags = [f"place:{div.level}"] + (["place:ambiguous"] if div.ambiguous else [])
    return div, tags


def generate(i: int, seed: int, bank_name: str) -> tuple[str, str | bytes, dict[str, Any]]:
    """Report number ``i``: (suffix, text, HTML or .docx bytes, gold record). Pure given (i, seed, bank)."""
    bank = banks()[bank_name]
    rng = random.Random(f"{seed}:{bank_name}:{i}")
    body, body_short, we, edu = rng.choices(BODIES, [30, 16, 8, 6, 5, 8, 6, 4, 4, 3, 3])[0]
    # education commissions are Beijing's and Chongqing's districts and counties
    div, variants = _choose_division(rng, ("11", "50") if body == "教育委员会" else ())
    variants.append(f"body:{BODY_TAG.get(body, 'other')}")
    year = rng.randint(2019, 2025)
    version = "2019" if year <= 2020 else "2021"
    variants += [f"year:{year}", f"template:{version}"]
    county = div.name
    written_county = county
    if div.level == "banner" and county in BANNER_SHORT and BANNER_SHORT[county] != county and rng.random() < 0.7:
        written_county = BANNER_SHORT[county]
        variants.append("place:banner_short")
    agency = county + body
    written = written_county + body
    short = short_of(written_county)
    level_ref = county[-1] if not county.endswith("自治县") else "县"
    ref = rng.choice([level_ref + body_short, written_county + body_short, level_ref + body_short])  # 县教体局 twice as often
    slots = {"we": we, "ref": ref, "agency": written, "county": written_county, "year": str(year),
             "acct": short + ("教育" if edu else body_short.removesuffix("局")),
             "site": rng.choice([f"{written_county}人民政府门户网站", f"{written_county}人民政府网", "政府信息公开平台"]),
             "short": short, "ref_full": written, "src": rng.choice([written, ref, body_short]),
             "date": f"{year + 1}-01-{rng.randint(5, 31):02d}", "year1": str(year + 1),
             "icp": f"{ICP.get(div.adcode[:2], '京')}ICP备{rng.randint(10000000, 99999999)}号",
             "code": str(rng.randint(1000000000, 9999999999))}
    ctx = Ctx(rng, bank, _values(rng, div, _pinyin(short)), slots, edu, set(), rng.sample(bank.filler, len(bank.filler)))
    fmt = rng.choices(["txt", "html", "docx"], [80, 14, 6])[0]

    # title form: ambiguous names are placed by their city, in the title or an early address
    form = rng.choice(TITLE_FORMS)
    prefix = div.city or div.province
    if div.ambiguous and form != "prefixed" and rng.random() < 0.5:
        form = "prefixed"
    variants.append(f"title:{form}")
    title = "" if form == "none" else rng.choice(bank.titles[form]).format(agency=written, year=year, level_body=level_ref + body,
                                                  prefix=prefix)
    accept = {agency, written, prefix + written, prefix + agency}

    chunks: list[Chunk] = []
    clutter = fmt != "docx" and rng.random() < 0.6  # a Word file has no site around it
    if clutter:
        variants.append("clutter")
        for line in rng.sample(bank.nav, rng.randint(1, 2)):
            chunks.append(Chunk(line.format(**slots), "clutter"))
        if rng.random() < 0.5:  # the site's own name, often a government, above the page
            chunks.append(Chunk(rng.choice([f"{written_county}人民政府", written, f"{short}政务公开"]), "clutter"))
        chunks.append(Chunk(rng.choice(bank.crumbs).format(**slots), "clutter"))
    if title:  # "none": the page has no title; the preamble names the body and the year
        chunks.append(Chunk(title, "title"))
    if clutter:
        chunks.append(Chunk(rng.choice(bank.meta).format(**slots), "clutter"))
        if title and rng.random() < 0.3:
            chunks.append(Chunk(title.replace("\n", ""), "title"))

    contact_early = form == "level_only" or div.ambiguous or rng.random() < 0.3
    contacts = [c for c in bank.contact if "{agency}" in c or "{addr}" in c] if contact_early else list(bank.contact)
    if div.ambiguous:
        contacts = [c for c in contacts if "{addr}" in c]
    elif form == "level_only":
        contacts = [c for c in contacts if "{agency}" in c]
    contact = fill(rng.choice(contacts), ctx)
    if rng.random() < 0.6 or contact_early or not title:
        pre = fill(rng.choice([p for p in bank.preamble if title or "{agency}" in p]), ctx)
        if contact_early:
            pre.text += contact.text
            pre.facts.update(contact.facts)
        chunks.append(pre)

    chunks += _overview(ctx, variants)
    chunks += _tables(ctx, version, variants, fmt)
    chunks.append(Chunk("五、存在的主要问题及改进情况", "heading"))
    chunks.append(fill(_pick(bank.problems, ctx), ctx))
    chunks.append(Chunk("六、其他需要报告的事项", "heading"))
    chunks.append(fill(_pick(bank.other, ctx), ctx))
    if not contact_early and rng.random() < 0.7:
        chunks.append(contact)
    chunks.append(Chunk(f"{written}\n{year + 1}年1月{rng.randint(5, 31)}日", "signature"))
    if clutter and rng.random() < 0.8:
        chunks.append(Chunk(rng.choice(bank.footer).format(**slots), "clutter"))

    if fmt != "docx" and rng.random() < 0.12:
        chunks = _truncate(chunks, rng, variants)
    if ctx.styles:
        variants += [f"figures:{s}" for s in sorted(ctx.styles)]

    variants.append(f"format:{fmt}")
    if fmt == "docx":
        text: str | bytes = to_docx(chunks)
    else:
        text = to_html(chunks, title or slots["site"]) if fmt == "html" else "\n\n".join(c.text for c in chunks if c.text) + "\n"
    script = rng.random()
    if script < 0.1 and isinstance(text, str):
        text = traditional(text, rng, debris=script < 0.04)
        variants.append("script:traditional")
        if script < 0.04:
            variants.append("script:debris")

    facts: dict[str, Any] = {}
    for c in chunks:
        facts.update(c.facts)
    cells = [c for ch in chunks for c in ch.cells]
    gold = {
        "agency": agency, "agency_accept": sorted(accept), "agency_kind": body,
        "county": county, "city": div.city, "province": div.province, "adcode": div.adcode,
        "year": year, "template": version if cells else None, "bank": bank_name,
        "variants": sorted(set(variants)),
        "facts": [{"kind": ALIAS[a], "value": v} for a, v in sorted(facts.items()) if a in ALIAS],
        "table_values": [[c.table, c.row, c.column, c.value] for c in cells],  # (table, row, column, value)
    }
    return fmt, text, gold


def _overview(ctx: Ctx, variants: list[str]) -> list[Chunk]:
    """一、总体情况: the section that states the figures in prose."""
    rng, bank = ctx.rng, ctx.bank
    out = [Chunk("一、总体情况", "heading")]
    if rng.random() < 0.5:
        out.append(_filler(ctx) or Chunk("", "prose"))
    heads = rng.choice(bank.sub_headings) if rng.random() < 0.8 else None
    groups: list[list[Chunk]] = [[] for _ in range(5)]
    if rng.random() < 0.9:
        groups[0].append(fill(_pick(bank.disclosed, ctx), ctx))
    if rng.random() < 0.5:
        groups[0 if rng.random() < 0.5 else 3].append(fill(_pick(bank.newmedia, ctx), ctx))
    if rng.random() < 0.5:
        groups[0].append(fill(_pick(bank.interp, ctx), ctx))
    zero = ctx.values["recv"] == 0
    if rng.random() < 0.9:
        groups[1].append(fill(_pick(bank.applications_zero if zero else bank.applications, ctx), ctx))
    if rng.random() < 0.7:
        both_zero = ctx.values["recon"] == 0 and ctx.values["litig"] == 0
        groups[1].append(fill(_pick(bank.review_zero if both_zero else bank.review, ctx), ctx))
    for g in (2, 3, 4):
        for _ in range(rng.randint(1, 2)):
            groups[g].append(_filler(ctx) or Chunk("", "prose"))
    if rng.random() < 0.6:
        groups[rng.choice([0, 2, 4])].append(fill(_pick(bank.distractors, ctx), ctx))
    for g, chunks in enumerate(groups):
        chunks = [c for c in chunks if c.text]
        if heads:
            out.append(Chunk(heads[g], "heading"))
        if chunks:  # one paragraph per group, sentences run on
            out.append(Chunk("".join(c.text for c in chunks), "prose",
                             {k: v for c in chunks for k, v in c.facts.items()}))
    if not heads:
        variants.append("overview:no_subheadings")
    return out


def _tables(ctx: Ctx, version: str, variants: list[str], fmt: str) -> list[Chunk]:
    """Sections 二 … 四 with the template's tables in one layout (or none)."""
    rng = ctx.rng
    layout = rng.choices(TABLE_LAYOUTS, [35, 25, 15, 25])[0]
    if fmt in ("html", "docx") and layout != "absent":
        layout = fmt  # real tables in a page or a Word file
    variants.append(f"tables:{layout}")
    v = ctx.values
    cells = table_cells(version, v["recv"], v["hand"], v["recon"], v["litig"], rng)
    out: list[Chunk] = []
    for heading, key in (("二、主动公开政府信息情况", T.ACTIVE), ("三、收到和处理政府信息公开申请情况", T.APPLICATIONS),
                         ("四、政府信息公开行政复议、行政诉讼情况", T.REVIEW)):
        out.append(Chunk(heading, "heading"))
        if key == T.APPLICATIONS and rng.random() < 0.15:  # the figure restated above its table
            out.append(fill(_pick(ctx.bank.applications_zero if v["recv"] == 0 else ctx.bank.applications, ctx), ctx))
            variants.append("figures:restated")
        if layout == "absent":
            note = rng.choice(ctx.bank.table_missing)
            if note:
                out.append(Chunk(note, "prose"))
            continue
        mine = [c for c in cells if c.table == key]
        rows = table_rows(version, key, cells)
        out.append(Chunk("" if layout == "docx" else render(rows, layout), "table", cells=mine, rows=rows))
    if layout == "absent":
        variants.append("figures:prose_only")
    return out


def _truncate(chunks: list[Chunk], rng: random.Random, variants: list[str]) -> list[Chunk]:
    """The page cut off mid-sentence (sometimes mid-character) in a paragraph after 一、总体情况."""
    start = next((i for i, c in enumerate(chunks) if c.text.startswith("二、")), len(chunks))
    spots = [i for i, c in enumerate(chunks) if i > start and c.part == "prose" and len(c.text) > 12 and not c.facts]
    if not spots:
        return chunks
    i = rng.choice(spots)
    cut = chunks[i]
    keep = cut.text[: rng.randint(4, len(cut.text) - 4)]
    variants.append("damage:truncated")
    if rng.random() < 0.5:
        keep += "\ufffd"
        variants.append("damage:replacement_char")
    return chunks[:i] + [Chunk(keep, "prose")]


def synth(n: int, out: Path | str, seed: int = 0, bank: str = "dev") -> list[dict[str, Any]]:
    """Write ``n`` reports and ``gold.jsonl`` into ``out``; return the gold records."""
    if bank not in banks():
        raise ValueError(f"unknown bank {bank!r}; use one of {', '.join(banks())}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    golds = []
    for i in range(n):
        fmt, text, gold = generate(i, seed, bank)
        name = f"{bank}-{seed}-{i:05d}.{fmt}"
        if isinstance(text, bytes):
            (out / name).write_bytes(text)
        else:
            (out / name).write_text(text, encoding="utf-8")
        golds.append({"file": name, **gold})
    (out / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
    return golds
