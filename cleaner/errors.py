"""The one exception type of the library.

::

    CleanerError            input that is not a page at all: empty, binary, over the size limit,
                            or not bytes/str

A page that parses but holds no article is not an error: ``clean()`` returns an ``Article`` with
empty ``text`` and a ``no-article`` entry in ``removed``.
"""

from __future__ import annotations

__all__ = ["CleanerError"]


class CleanerError(ValueError):
    """Raised for input ``clean()`` cannot treat as a page. ``str(err)`` says why."""
