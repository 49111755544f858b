import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_whole_core_never_loads_qt():
    script = (
        "import importlib, pkgutil, sys, skot_dossier\n"
        "names = [m.name for m in pkgutil.walk_packages(skot_dossier.__path__, 'skot_dossier.')]\n"
        "names = [n for n in names if n != 'skot_dossier.__main__']\n"
        "for n in names: importlib.import_module(n)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(len(names), qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 10  # it really walked the package
