"""cleaner: scraped Chinese news pages in, clean articles out.

>>> from cleaner import clean
>>> article = clean(open("page.html", "rb").read())  # doctest: +SKIP
>>> article.title, article.published, article.text  # doctest: +SKIP
"""

import logging

from .article import Article, Removal, Repair
from .config import CleanerConfig
from .errors import CleanerError
from .pipeline import clean

__all__ = ["clean", "Article", "CleanerConfig", "CleanerError", "Removal", "Repair"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
