"""Page-level judgements that body selection makes besides its container score.

:mod:`cleaner.body` finds the container of the prose by summing block weights; these rules
correct that choice where the sum misleads, each with what the page shows:

- :func:`discount_disclaimers` — a disclaimer or copyright line is long and reads like prose, but
  it is template: its weight counts against its container (a short article above a long footer
  disclaimer is still the article).
- :func:`agree_with_headline` — the article is about its headline: a container that shares next
  to none of the headline's words while another region shares many is a notice or a footer, and
  the region that agrees with the headline is taken instead.

Matching runs on :func:`fold` text (traditional characters made simplified), so one pattern
serves Taiwan and Hong Kong pages too.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .blocks import Block, cjk_bigrams
from .patterns import (DISCLAIMER, SIMPLIFIED_BODY_CHARS, SIMPLIFIED_CHARS, TRADITIONAL_BODY_CHARS,
                       TRADITIONAL_CHARS)

__all__ = ["agree_with_headline", "discount_disclaimers", "fold", "headline_share"]

_SIMPLIFY = str.maketrans(TRADITIONAL_CHARS + TRADITIONAL_BODY_CHARS,
                          SIMPLIFIED_CHARS + SIMPLIFIED_BODY_CHARS)
#: A disclaimer weighs this much per character against its container.
DISCLAIMER_PENALTY = 1.0
#: The chosen container agrees with the headline when it holds this share of the headline's
#: bigrams; below it, another region is looked for.
HEADLINE_AGREEMENT = 0.2
#: Another region replaces the container when it holds this share of the headline's bigrams and
#: this many times the container's share.
HEADLINE_AGREEMENT_OTHER = 0.35
HEADLINE_AGREEMENT_RATIO = 2.0
#: A headline needs this many bigrams for agreement with it to mean anything.
MIN_HEADLINE_BIGRAMS = 4
#: The region that agrees must start within this many blocks after the headline on the page.
HEADLINE_NEAR_BLOCKS = 30
#: The region that agrees must hold this share of the container's prose: a few notices that
#: echo a wrong title (a site's tagline) do not replace a long article.
HEADLINE_REGION_PROSE = 0.2
#: Regions looked at, the best first, before the chosen container stays.
MAX_OTHER_REGIONS = 3
#: Weight left to the blocks of a region set aside while looking for another one.
SET_ASIDE_WEIGHT = -1.0


def fold(text: str) -> str:
    """``text`` with traditional characters made simplified, one for one (positions kept)."""
    return text.translate(_SIMPLIFY)


def discount_disclaimers(blocks: Sequence[Block], weights: list[float]) -> list[float]:
    """``weights`` with every disclaimer or copyright block made to count against its container.

    Disclaimers are sentences (本网站的内容概不构成任何投资意见……), so the prose weight gives them
    as much as article text; what they say marks them as template.
    """
    out = list(weights)
    for i, b in enumerate(blocks):
        if out[i] > 0 and len(b.text) < 600 and DISCLAIMER.search(fold(b.text)):
            out[i] = -DISCLAIMER_PENALTY * len(b.text)
    return out


def headline_share(blocks: Sequence[Block], title: str) -> float:
    """Share of the headline's CJK bigrams found in the text of ``blocks`` (0 without bigrams)."""
    wanted = cjk_bigrams(fold(title))
    if not wanted:
        return 0.0
    found: set[str] = set()
    for b in blocks:
        if b.cjk >= 2:
            found |= cjk_bigrams(fold(b.text)) & wanted
    return len(found) / len(wanted)


def agree_with_headline(blocks: tuple[Block, ...], weights: list[float], inside: list[Block],
                        title: str | None, is_headline: Callable[[str, str], bool],
                        container: Callable[[tuple[Block, ...], list[float]], list[Block]]
                        ) -> list[Block]:
    """The chosen container, or the region that agrees with the headline when it does not.

    The container is set aside (its blocks made to weigh against) and the container search run
    again, up to :data:`MAX_OTHER_REGIONS` times; the first region holding clearly more of the
    headline's bigrams than the container wins. Blocks that are the headline itself do not count
    for either side: a region is judged by its prose.
    """
    if not title or len(cjk_bigrams(fold(title))) < MIN_HEADLINE_BIGRAMS:
        return inside

    def share(region: list[Block]) -> float:
        return headline_share([b for b in region if not is_headline(b.text, title)], title)

    def prose(region: list[Block]) -> float:
        return sum(max(weights[b.position], 0.0) for b in region)

    own = share(inside)
    if own >= HEADLINE_AGREEMENT:
        return inside
    # The headline as the page prints it: without one, the title may be the site's name and
    # agreement with it means nothing.
    heads = [b.position for b in blocks if b.cjk and is_headline(b.text, title)]
    if not heads:
        return inside
    trial = list(weights)
    region = inside
    for _ in range(MAX_OTHER_REGIONS):
        for b in region:
            trial[b.position] = min(trial[b.position], SET_ASIDE_WEIGHT * len(b.text))
        region = container(blocks, trial)
        if not region or not any(trial[b.position] > 0 for b in region):
            break
        other = share(region)
        first = next((b.position for b in region if trial[b.position] > 0
                      and not is_headline(b.text, title)), -1)
        near = any(0 < first - head <= HEADLINE_NEAR_BLOCKS for head in heads)
        if near and prose(region) >= HEADLINE_REGION_PROSE * prose(inside) and other >= HEADLINE_AGREEMENT_OTHER and other >= HEADLINE_AGREEMENT_RATIO * own:
            return region
    return inside
