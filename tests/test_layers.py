"""The import-linter contracts (.importlinter) run with the suite: layers, a Qt-free and
SQLAlchemy-free core, no storage in the GUI."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists(), f"{lint} missing: install the dev extras"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "broken" in result.stdout and " 0 broken" in result.stdout
    kept = re.search(r"Contracts: (\d+) kept", result.stdout)
    assert kept and int(kept.group(1)) >= 8, "the layer contracts shrank"


SRC = ROOT / "src" / "ppt_desk"


def _foreign_imports(package: Path) -> list[str]:
    """Imports of a package's modules that are neither the standard library nor the package."""
    import ast

    found = []
    for path in sorted(package.rglob("*.py")):
        depth = len(path.relative_to(package).parts)  # 1 for a module at the package root
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.ImportFrom):
                if node.level > depth:  # climbs out of the package
                    found.append(f"{path.name}:{node.lineno} {'.' * node.level}{node.module}")
                continue
            else:
                continue
            found += [f"{path.name}:{node.lineno} {n}" for n in names
                      if n.split(".")[0] not in sys.stdlib_module_names]
    return found


def test_domain_imports_only_the_standard_library():
    """The forbidden contract lists the dependencies we have; this catches any new one too."""
    assert _foreign_imports(SRC / "domain") == []


def test_the_domain_check_sees_a_foreign_import(tmp_path):
    pkg = tmp_path / "domain"
    pkg.mkdir()
    (pkg / "ok.py").write_text("import json\nfrom .other import x\n", encoding="utf-8")
    (pkg / "bad.py").write_text("import numpy\nfrom ..paths import ROOT\n", encoding="utf-8")
    assert len(_foreign_imports(pkg)) == 2
