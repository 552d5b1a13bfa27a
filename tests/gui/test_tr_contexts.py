"""Every tr() call sits in a class that is not subclassed: PySide6 looks translations up by runtime class."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "app" / "gui"


def test_no_self_tr_in_classes_that_others_extend() -> None:
    classes: dict[str, ast.ClassDef] = {}
    bases: set[str] = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
                bases.update(b.id for b in node.bases if isinstance(b, ast.Name))
    offenders = []
    for name in bases & set(classes):
        for node in ast.walk(classes[name]):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                offenders.append(f"{name} line {node.lineno}")
    assert offenders == []
