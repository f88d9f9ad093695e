#!/usr/bin/env python3
"""Clean a directory of pages (or WARC files) into JSON Lines: ``cleaner batch`` under another name.

    python scripts/clean_dir.py pages/ -o out.jsonl [--jobs N] [--resume] ...

Every option of ``cleaner batch --help`` applies.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
    from cleaner.cli import main

    sys.exit(main(["batch", *sys.argv[1:]]))
