"""The windowed executable ``phone-selfcheck``: always opens the window, whatever a launcher adds to its arguments."""

import os
import sys

from app.cli import main


def _gui_argv(argv: list[str]) -> list[str]:
    """``gui`` plus the given options, without the ``-psn_...`` process serial number old macOS Finders pass."""
    return ["gui", *(a for a in argv if not a.startswith("-psn_"))]


if __name__ == "__main__":
    # A windowed program on Windows (and a .app on macOS) has no console: Python then sets sys.stdout
    # and sys.stderr to None, and the first message the program prints would raise instead.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    sys.exit(main(_gui_argv(sys.argv[1:])))
