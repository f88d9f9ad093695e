"""The regions below the article's container: the prefix of the class/id markers its blocks
share, and the reason (comment, recommendation, chrome) each distinct marker string below it
names (:func:`cleaner.body.select`'s walk reads one a block)."""

from __future__ import annotations

from .patterns import CHROME_MARKERS, COMMENT_MARKERS, RECOMMEND_MARKERS

__all__ = ["Regions", "common_prefix", "region_named"]


def common_prefix(strings: list[str]) -> str:
    """The longest prefix of all ``strings``: that of the least and the greatest, its length
    found by halving (a slice and a comparison in C each step, where a step a character in
    Python went along class/id strings of hundreds)."""
    if not strings:
        return ""
    low, high = min(strings), max(strings)
    short, long = 0, min(len(low), len(high))   # low[:short] is common, low[:long + 1] is not
    while short < long:
        middle = (short + long + 1) // 2
        if low[:middle] == high[:middle]:
            short = middle
        else:
            long = middle - 1
    return low[:short]


class Regions(dict[str, str]):
    """:func:`region_named` of each distinct ``markers`` below ``container_markers``, read as
    ``regions[markers]``: long class/id strings deep in a page make its regexes costly, and every
    block of one element has the same; a known one is a lookup in C, no Python call."""

    __slots__ = ("_container",)

    def __init__(self, container_markers: str) -> None:
        super().__init__()
        self._container = container_markers

    def __missing__(self, markers: str) -> str:
        region = self[markers] = region_named(markers, self._container)
        return region


def region_named(markers: str, container_markers: str) -> str:
    """The reason a block's own region (below the container) names, if any: called once per
    distinct ``markers`` (the blocks of one element share them)."""
    inner = markers[len(container_markers):] if markers.startswith(container_markers) \
        else markers
    if not inner.strip():
        return ""
    if COMMENT_MARKERS.search(inner):
        return "comment"
    if RECOMMEND_MARKERS.search(inner):
        return "recommendation"
    if CHROME_MARKERS.search(inner):
        return "chrome"
    return ""
