"""Reading the captured phone outputs in tests/fixtures (copied from ../shared/samples)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def read(name: str) -> str:
    """A fixture as the reader would see it: bytes decoded with errors replaced, as from a phone."""
    return (FIXTURES / name).read_bytes().decode("utf-8", errors="replace")


def section_lines(text: str, comment_prefix: str) -> list[str]:
    """The output lines under the '# ...' comment that starts with ``comment_prefix``."""
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        if line.startswith("#"):
            if line.startswith("# ") and not line.startswith("#  "):
                inside = line.startswith(comment_prefix)
            continue
        if inside:
            out.append(line)
    return out


def section(text: str, comment_prefix: str) -> str:
    return "\n".join(section_lines(text, comment_prefix))
