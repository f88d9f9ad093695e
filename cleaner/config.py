"""CleanerConfig: every tunable of the cleaner in one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CleanerConfig"]


@dataclass(frozen=True)
class CleanerConfig:
    """Tunables and limits, with defaults that suit Chinese news pages.

    >>> from cleaner import CleanerConfig, clean
    >>> config = CleanerConfig(fallback=False, max_input_bytes=5_000_000)
    >>> clean(b"...", config=config)  # doctest: +SKIP

    Limits: input longer than ``max_input_bytes`` raises :class:`cleaner.CleanerError`; a parsed
    tree with more than ``max_nodes`` elements is cut to its first ``max_nodes`` elements in
    document order (the article of a news page comes early; what is cut is recorded in
    ``Article.removed``). Nesting deeper than ``max_depth`` is flattened at that depth.
    """

    #: Time zone given to dates that name none.
    timezone: str = "Asia/Shanghai"
    #: Hand pages that do not look like a Chinese article page to trafilatura.
    fallback: bool = True
    #: Ask htmldate for the date when the page's own Chinese date lines give none.
    htmldate_fallback: bool = True
    #: Take injected headline fragments out of the text (see ``Article.repairs``).
    repair_injection: bool = True
    #: A paragraph needs this many CJK characters or a closing punctuation mark to count as prose.
    min_paragraph_chars: int = 10
    #: Input larger than this raises CleanerError.
    max_input_bytes: int = 64 * 1024 * 1024
    #: Elements beyond this many are dropped before extraction.
    max_nodes: int = 500_000
    #: Elements nested deeper than this are flattened into their ancestor at this depth.
    max_depth: int = 256

    def __post_init__(self) -> None:
        for name in ("min_paragraph_chars", "max_input_bytes", "max_nodes", "max_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ValueError(f"CleanerConfig.{name} must be a positive int, got {value!r}")
