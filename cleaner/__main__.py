"""``python -m cleaner ...``: the ``cleaner`` console script, for when its entry point is not on
PATH (a virtualenv not activated, ``pip install --user``). Same arguments, output and exit codes."""

import sys

from .cli import main

if __name__ == "__main__":  # not when a worker process imports the main module again
    sys.exit(main())
