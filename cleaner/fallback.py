"""The fallback: pages that do not look like Chinese articles go to trafilatura."""

from __future__ import annotations

import logging

from .article import Article, Removal
from .config import CleanerConfig

__all__ = ["extract"]

log = logging.getLogger(__name__)


def extract(text: str, *, url: str | None, encoding: str, config: CleanerConfig, why: str) -> Article:
    """Run trafilatura on the page; an empty Article with the reason when it finds nothing."""
    import trafilatura  # imported here: most pages never need it, and it is slow to import

    try:
        doc = trafilatura.bare_extraction(text, url=url, with_metadata=False, include_comments=False)
    except Exception as err:  # trafilatura raises many types on odd input; none may escape
        log.debug("trafilatura failed: %s", err)
        doc = None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    paragraphs = tuple(p.strip() for p in body.split("\n") if p.strip())
    removed = () if paragraphs else (Removal("", "no-article", f"{why}; trafilatura found no text"),)
    return Article(paragraphs=paragraphs, title=getattr(doc, "title", None) if doc else None,
                   removed=removed, encoding=encoding, extractor="trafilatura",
                   provenance=(("extractor", f"trafilatura: {why}"),))
