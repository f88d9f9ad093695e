"""The values ``clean()`` returns: :class:`Article`, with :class:`Removal` and :class:`Repair`.

All three are frozen dataclasses built from plain data, so they pickle, compare and hash
(``published`` aside) and can be shipped between processes by the batch runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Article", "Removal", "Repair", "REASONS"]

#: The reasons a block can be removed for, one word each, so callers can filter on them.
REASONS = (
    "chrome",          # navigation, breadcrumbs, share bars, login boxes, footers, sidebars
    "recommendation",  # 相关推荐 / 热门文章 lists, blurbs of other articles
    "boilerplate",     # 原标题, 责任编辑, 来源 and disclaimer lines next to the article
    "metadata",        # the headline and meta line (date, 来源, author) above the body
    "hidden",          # text a browser would not show (display:none, [hidden], font-size:0 ...)
    "off-topic",       # prose that shares no vocabulary with the headline and the body
    "duplicate",       # a block repeated elsewhere on the page
    "comment",         # reader comments
    "no-article",      # the page holds no article at all (list page, error page, login wall)
)


@dataclass(frozen=True, slots=True, repr=False)
class Removal:
    """A block of the page left out of the article, and why.

    ``reason`` is one of :data:`REASONS`; ``detail`` says which rule fired. ``position`` is the
    block's index in page order (-1 when the removal is not about one block, e.g. ``no-article``);
    ``score`` is the block's content score where one was computed.
    """

    text: str
    reason: str
    detail: str = ""
    position: int = -1
    score: float | None = None

    @classmethod
    def of(cls, text: str, reason: str, detail: str, position: int,
           score: float | None) -> Removal:
        """A removal with every field given. Body selection records one for each block left
        out, thousands on a large page: setting the fields by plain stores on a blank of the
        same slots (:class:`_Blank`) and giving it the class is several times faster than the
        frozen dataclass's ``__init__``, which passes each through ``object.__setattr__``.
        The removal is as frozen, and compares and pickles as, any other."""
        made = _Blank()
        made.text, made.reason, made.detail = text, reason, detail
        made.position, made.score = position, score
        made.__class__ = cls  # type: ignore[assignment]
        return made  # type: ignore[return-value]

    def __repr__(self) -> str:
        """Every field, ``text`` and ``detail`` cut as an Article's are (a removed block can be
        a page's whole sidebar, thousands of characters)."""
        return (f"Removal(text={_short(self.text)}, reason={self.reason!r}, "
                f"detail={_short(self.detail)}, position={self.position!r}, score={self.score!r})")


class _Blank:
    """A :class:`Removal` before its fields, for the loops that make thousands a page: its slots are
    Removal's (a removal is one object, no dict of attributes: a tracked allocation less each, and
    no dict made when the class is given), stored by plain attribute stores, then given Removal's
    class; the class's call runs object's ``__init__`` as its C slot, no ``object.__new__`` wrapper."""

    __slots__ = ("text", "reason", "detail", "position", "score")
    __init__ = object.__init__


@dataclass(frozen=True)
class Repair:
    """One injected headline fragment taken out of the text.

    ``paragraph`` indexes :attr:`Article.paragraphs`; ``offset`` is where the fragment started in
    that paragraph *as found*, before any repair in it.
    """

    fragment: str
    paragraph: int
    offset: int
    reason: str


@dataclass(frozen=True, repr=False)
class Article:
    """A cleaned article.

    >>> from cleaner import clean
    >>> a = clean("<html><body><h1>标题</h1><p>正文第一段，有标点。</p></body></html>")
    >>> a.paragraphs  # doctest: +SKIP
    ('正文第一段，有标点。',)

    ``text`` is ``"\\n".join(paragraphs)``; an empty ``text`` means no article was found, and
    ``removed`` then holds a ``no-article`` entry saying why. ``published`` is tz-aware
    (Asia/Shanghai when the page names no zone). ``extractor`` is ``"cleaner"``, or
    ``"trafilatura"`` when the page did not look like a Chinese article and was handed on
    (``"justext"`` for a plain-text dump of such a page that jusText found paragraphs in).
    ``provenance`` maps each metadata field found to where it was found.
    ``positions`` gives, for each paragraph, the index of the block it came from, and ``scores``
    its content score (see ``cleaner.body.weight``), for reports such as ``cleaner explain``.
    """

    paragraphs: tuple[str, ...] = ()
    title: str | None = None
    published: datetime | None = None
    source: str | None = None
    original_source: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    removed: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    encoding: str | None = None
    kind: str = "html"
    extractor: str = "cleaner"
    provenance: tuple[tuple[str, str], ...] = ()
    positions: tuple[int, ...] = field(default=(), repr=False)
    scores: tuple[float, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, *, paragraphs: tuple[str, ...], title: str | None, published: datetime | None,
           source: str | None, original_source: str | None, authors: tuple[str, ...],
           editor: str | None, removed: tuple[Removal, ...], repairs: tuple[Repair, ...],
           encoding: str | None, kind: str, provenance: tuple[tuple[str, str], ...],
           positions: tuple[int, ...], scores: tuple[float, ...]) -> Article:
        """The article ``clean()`` returns, every field given (``extractor`` is ``"cleaner"``):
        set at once, as :meth:`Removal.of` does, where the frozen ``__init__`` passes each of
        the fifteen fields through ``object.__setattr__`` (a fixed cost of every page, ~30 k
        instructions). The article is as frozen, and compares and pickles as, any other."""
        article = object.__new__(cls)
        object.__setattr__(article, "__dict__", {
            "paragraphs": paragraphs, "title": title, "published": published, "source": source,
            "original_source": original_source, "authors": authors, "editor": editor,
            "removed": removed, "repairs": repairs, "encoding": encoding, "kind": kind,
            "extractor": "cleaner", "provenance": provenance, "positions": positions,
            "scores": scores})
        return article

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def __repr__(self) -> str:
        """The metadata, the start of the text and its size, and how many removals and repairs:
        bounded (a page's text and its hundreds of removals would fill a screen many times over,
        and the ``repr`` is what a REPL, a log line or a failing test prints)."""
        fields = ", ".join(f"{name}={_short(getattr(self, name))}" for name in (
            "title", "published", "source", "original_source", "authors", "editor"))
        return (f"Article({fields}, text={_short(self.text)} ({len(self.paragraphs)} paragraphs, "
                f"{len(self.text)} characters), removed=<{len(self.removed)}>, "
                f"repairs=<{len(self.repairs)}>, encoding={self.encoding!r}, kind={self.kind!r}, "
                f"extractor={self.extractor!r})")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: dates as ISO 8601 strings, tuples as lists."""
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "original_source": self.original_source,
            "authors": list(self.authors),
            "editor": self.editor,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "encoding": self.encoding,
            "kind": self.kind,
            "extractor": self.extractor,
            "removed": [
                {"text": r.text, "reason": r.reason, "detail": r.detail,
                 "position": r.position, "score": r.score}
                for r in self.removed
            ],
            "repairs": [
                {"fragment": r.fragment, "paragraph": r.paragraph, "offset": r.offset,
                 "reason": r.reason}
                for r in self.repairs
            ],
            "provenance": dict(self.provenance),
            "positions": list(self.positions),
            "scores": list(self.scores),
        }


#: The characters of a str field an Article's ``repr`` shows.
REPR_CHARS = 60


def _short(value: object) -> str:
    """``repr(value)``, but a str cut to its first :data:`REPR_CHARS` characters (marked by
    ``…``), a tuple whose repr is longer than that shown by its first three items (each cut so),
    and a date as ISO 8601."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str) and len(value) > REPR_CHARS:
        return repr(value[:REPR_CHARS]) + "…"
    if isinstance(value, tuple) and len(value) > 1 and len(repr(value)) > REPR_CHARS:
        return "(" + ", ".join(map(_short, value[:3])) + (", …)" if len(value) > 3 else ")")
    return repr(value)
