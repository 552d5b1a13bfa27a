"""lupdate only sees literal strings: no tr()/translate() call may hide inside an f-string."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def test_no_translation_call_inside_an_f_string() -> None:
    hidden = []
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call):
                        name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                        literal = inner.args[-1] if inner.args else None
                        if name in ("tr", "translate") and isinstance(literal, ast.Constant):
                            hidden.append(f"{path.relative_to(APP)}:{inner.lineno}")
    assert hidden == []
