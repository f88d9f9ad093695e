"""cleaner.leads: a summary over the article that only repeats its start."""

from __future__ import annotations

from cleaner.blocks import Block
from cleaner.body import Selection
from cleaner.leads import without_repeated_lead

PARAGRAPHS = (
    "3月1日，梧溪县召开春季森林防火工作部署会，要求各乡镇严格落实野外用火管理，加强清明前后重点时段巡查。",
    "会议通报了去年全县森林防火工作情况，部署了护林员网格化巡护、林区入口检查站值守和扑火队伍集结演练等任务。",
)


def _selection(*texts: str) -> Selection:
    return Selection(tuple(Block(text=t, position=k) for k, t in enumerate(texts)), ())


def test_a_summary_repeating_the_articles_start_is_a_duplicate():
    first = PARAGRAPHS[0]
    for lead in (first[:30] + "...", "摘要：" + first[:40] + " …", "【内容提要】" + first, first[:35], first):
        out = without_repeated_lead(_selection(lead, *PARAGRAPHS))
        assert [b.text for b in out.kept] == list(PARAGRAPHS), lead
        assert [(r.reason, r.text) for r in out.removed] == [("duplicate", lead)]
    # A standfirst in other words, a short one, and a paragraph the next one only resembles stay.
    for lead in ("梧溪县部署春季森林防火工作，清明前后将加强巡查。", first[:12] + "…", first[:30] + "等。"):
        assert without_repeated_lead(_selection(lead, *PARAGRAPHS)).kept[0].text == lead
    # The paragraph two blocks down is repeated too; the scores follow the kept blocks.
    lead = PARAGRAPHS[0][:30] + "..."
    out = without_repeated_lead(Selection(tuple(Block(text=t, position=k) for k, t in enumerate(
        ("梧溪县部署春季森林防火工作", lead, "图为部署会现场。", *PARAGRAPHS))), (), scores=(1.0, 2.0, 3.0, 4.0, 5.0)))
    assert [b.position for b in out.kept] == [0, 2, 3, 4] and out.scores == (1.0, 3.0, 4.0, 5.0)
