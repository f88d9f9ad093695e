"""The measuring scripts import the cleaner of their own checkout.

A second checkout (a branch's worktree, an older commit unpacked beside the installed one) whose
scripts imported the installed ``cleaner`` would measure the wrong code and say nothing. Each
script is copied into a made-up checkout whose ``cleaner`` package marks itself, loaded there as
``python scripts/X.py`` loads it, and asked which ``cleaner`` it then imports.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import importlib.util, sys
path = sys.argv[1]
sys.path[0] = str(__import__("pathlib").Path(path).parent)  # as `python scripts/X.py` sets it
spec = importlib.util.spec_from_file_location("probe_target", path)
module = importlib.util.module_from_spec(spec)
sys.modules["probe_target"] = module  # (its dataclasses look their module up)
spec.loader.exec_module(module)
import cleaner
print(getattr(cleaner, "MADE_UP_CHECKOUT", False))
"""


@pytest.mark.parametrize("script", ["evaluate.py", "bench.py", "bench_scaling.py"])
def test_a_script_imports_the_cleaner_of_its_own_checkout(tmp_path: Path, script: str) -> None:
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "scripts", checkout / "scripts")
    (checkout / "cleaner").mkdir()
    # The made-up package re-exports the real one, so that the script's own imports work.
    (checkout / "cleaner" / "__init__.py").write_text(
        "import importlib.util, sys\n"
        f"_spec = importlib.util.spec_from_file_location('cleaner', {str(ROOT / 'cleaner' / '__init__.py')!r},"
        f" submodule_search_locations=[{str(ROOT / 'cleaner')!r}])\n"
        "_real = importlib.util.module_from_spec(_spec)\n"
        "sys.modules['cleaner'] = _real\n"
        "_spec.loader.exec_module(_real)\n"
        "_real.MADE_UP_CHECKOUT = True\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, "-c", _PROBE, str(checkout / "scripts" / script)],
                          cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "True", f"{script} imported another checkout's cleaner"
