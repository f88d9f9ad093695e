"""CleanerConfig: every tunable of the cleaner in one frozen dataclass."""

from __future__ import annotations

import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo

__all__ = ["CleanerConfig"]


@dataclass(frozen=True)
class CleanerConfig:
    """Tunables and limits, with defaults that suit Chinese news pages.

    >>> from cleaner import CleanerConfig, clean
    >>> config = CleanerConfig(fallback=False, max_input_bytes=5_000_000)
    >>> clean(b"...", config=config)  # doctest: +SKIP

    Limits, which bound the time and memory one page can take (README, "Hostile and broken input"): input longer
    than ``max_input_bytes`` raises :class:`cleaner.CleanerError`; an HTML page is cut before its
    start tag number ``max_nodes + 1`` (the parsed tree stays bounded) and after its block number
    ``max_blocks`` (the work after parsing stays bounded), a text dump after its line
    ``max_blocks`` (the article of a news page comes early; each cut is recorded in
    ``Article.removed``). Elements nested deeper than ``max_depth`` are flattened: their text
    stays, in blocks of their own, but belongs to the ancestor at that depth. A block longer than
    ``max_block_chars`` is cut into pieces at sentence ends.
    """

    #: Time zone given to dates that name none.
    timezone: str = "Asia/Shanghai"
    #: Hand pages that do not look like a Chinese article page to trafilatura.
    fallback: bool = True
    #: Ask htmldate for the date when the page's own Chinese date lines give none.
    htmldate_fallback: bool = True
    #: Take injected headline fragments out of the text (see ``Article.repairs``).
    repair_injection: bool = True
    #: The word trigram model (KenLM binary) the repair reads as context: a path; ``None`` looks
    #: in the ``CLEANER_LM`` environment variable, then where Debian's
    #: ``libime-data-language-model`` puts it; ``""`` means none. A ``pathlib.Path`` is kept as
    #: its str. Needs ``cleaner[lm]`` (kenlm); without it, or when the file does not open (a
    #: warning is logged), the repair runs on its other evidence (README, "Headline-fragment
    #: injection").
    language_model: str | os.PathLike[str] | None = None
    #: Input larger than this raises CleanerError (a str counts its characters).
    max_input_bytes: int = 64 * 1024 * 1024
    #: Elements beyond this many are dropped before parsing (bounds the tree: ~100 MB at most).
    max_nodes: int = 500_000
    #: Blocks (paragraphs, lines of a dump) beyond this many are dropped before extraction. News
    #: pages hold a few hundred; at ~30-60 µs a block, this bounds a page to a few seconds.
    max_blocks: int = 100_000
    #: Elements nested deeper than this are flattened into their ancestor at this depth.
    max_depth: int = 256
    #: Blocks longer than this (a page of one endless line) are cut into pieces at sentence ends.
    max_block_chars: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_input_bytes", "max_nodes", "max_blocks",
                     "max_depth", "max_block_chars"):
            value = getattr(self, name)
            # (A bool is an int: max_nodes=True would be a limit of one element.)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"CleanerConfig.{name} must be a positive int, got {value!r}")
        # A switch given as a str ("no", "false") or None would be read for its truth: say so.
        for name in ("fallback", "htmldate_fallback", "repair_injection"):
            value = getattr(self, name)
            if not isinstance(value, bool):
                raise ValueError(f"CleanerConfig.{name} must be True or False, got {value!r}")
        # A path given as a pathlib.Path is kept as its str (kenlm takes a str only, and would
        # raise a TypeError inside clean()); anything else is no path.
        model = self.language_model
        if isinstance(model, os.PathLike):
            model = os.fspath(model)
            object.__setattr__(self, "language_model", model)
        if model is not None and not isinstance(model, str):
            raise ValueError(f"CleanerConfig.language_model must be a path (str or "
                             f"os.PathLike), '' or None, got {model!r}")
        # A zone that names none would otherwise raise from zoneinfo (a KeyError, an OSError)
        # inside clean(), and only on the pages that print a date: say so here, once.
        try:
            ZoneInfo(self.timezone)
        except (ValueError, LookupError, OSError, TypeError) as err:
            raise ValueError(f"CleanerConfig.timezone must name an IANA time zone "
                             f"(e.g. 'Asia/Shanghai'), got {self.timezone!r}") from err
