"""The second judgement of a stuffed page (the twentieth round) takes the plain occurrences'
``junc`` and ``bind`` from the first rather than reading their sides again: on random stuffed
pages (pieces of the headline at marks, inside clauses and inside words) it must judge as the
plain computation does, every occurrence's ``junc``, ``bind`` and score included."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleaner import injection
from cleaner import occsearch as occurrences

HEADLINE = "城市更新行动推动老旧小区改造提速"
#: An invented article, written for this test.
ARTICLE = ("今年以来，我市持续推进老旧小区改造工作，已完成改造项目四十余个，惠及居民近两万户。",
           "记者在现场看到，施工人员正在更换管网、粉刷外墙，小区环境发展明显改善。",
           "市住建局负责人介绍，下一步将加快推进项目建设，确保年底前全面完成任务。")


def _places(text: str) -> list[int]:
    return list(range(1, len(text)))


@st.composite
def _stuffed(draw: st.DrawFn) -> tuple[str, ...]:
    model = injection._model((HEADLINE,))
    pieces = sorted(model.pieces)
    out = []
    for text in ARTICLE:
        spots = sorted(draw(st.lists(st.sampled_from(_places(text)), min_size=2, max_size=6, unique=True)), reverse=True)
        for at in spots:
            text = text[:at] + draw(st.sampled_from(pieces)) + text[at:]
        out.append(text)
    return tuple(out)


def _state(found: list) -> list[tuple]:
    return [(o.paragraph, o.start, o.piece, o.ext, o.junc, o.bind, o.score) for o in found]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_stuffed())
def test_the_second_judgement_reads_as_the_plain_computation(paragraphs: tuple[str, ...]) -> None:
    model = injection._model((HEADLINE,))
    first = occurrences._occurrences(paragraphs, model, stretches=False)
    assume(injection._judge(paragraphs, first, model, set, None, stuffed_only=True) is None)
    known = {(o.paragraph, o.start, o.piece): (o.junc, o.bind) for o in first}
    plain, reused = occurrences._occurrences(paragraphs, model), occurrences._occurrences(paragraphs, model)
    want = injection._judge(paragraphs, plain, model, set, None)
    got = injection._judge(paragraphs, reused, model, set, None, known=known)
    assert [(o.paragraph, o.start, o.piece, why) for o, why in got or ()] == [
        (o.paragraph, o.start, o.piece, why) for o, why in want or ()]
    assert _state(reused) == _state(plain)

