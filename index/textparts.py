"""Pure: parts and wholes within one sentence of prose, after its figures were read (index.textfacts):
a breakdown that never states its total, and a total stated after its parts."""

from __future__ import annotations

import re

from index.textzeros import Mention

_BOUND = 200  # how far before a figure its clause is looked for (real clauses are shorter)

# a figure counting information as such (共公开政府信息164条, 发布信息2条) or marked as the whole
# (救灾领域公开信息2条 counts one field's: the verb opens the clause, after its date or body at most)
_WHOLE = re.compile(r"共|累计|合计|总计|总数|总量|全年|(?:^|年度?|主动|我[局委镇乡区县])\s*(?:公开|发布|公布|推送|更新|上传|刊发)了?"
                    r"(?:各类|各项|相关)?(?:政府|政务)?信息\s*$")


def drop_breakdown(text: str, s: int, out: list[Mention], n0: int) -> None:
    """"发布通知公告2条,专项资金项目公开10条,人事信息2条": a sentence counting two or more categories
    of items, none of them information as such nor marked as the whole, is a breakdown with no total."""
    parts = [m for m in out[n0:] if m.kind == "disclosed.total"
             and not _WHOLE.search(re.split(r"[，,；;：:]", text[max(s, m.span[0] - _BOUND): m.span[0]])[-1])]
    if len(parts) >= 2:
        out[n0:] = [m for m in out[n0:] if m not in parts]


# the whole named in its own clause: 共公开信息44条, 合计发布82篇
_SUM_LEAD = re.compile(r"(?:共计|合计|总计|共)[^，,；;：:。\d]{0,12}$")


def keep_summed_total(text: str, s: int, out: list[Mention], n0: int) -> None:
    """"主动公开工作信息20条,医疗卫生信息8条,财政管理信息6条,疫情防控信息10条,共公开信息44条": a figure
    marked as the whole that is the sum of the sentence's figures before it in the same counter is
    the total; an earlier figure read as the same kind was its first part."""
    for total in [m for m in out[n0:] if m.unit]:
        before = text[s: total.span[0]]
        if not _SUM_LEAD.search(re.split(r"[，,；;：:]", before[-_BOUND:])[-1]):
            continue
        parts = [int(x) for x in re.findall(r"(?<![\d.])(\d+)\s*(?:余|多)?\s*" + re.escape(total.unit), before)]
        if len(parts) >= 2 and sum(parts) == total.value:
            out[n0:] = [m for m in out[n0:] if m.kind != total.kind or m.span[0] >= total.span[0]]
