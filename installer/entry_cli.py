"""The console executable ``phone-selfcheck-cli``: the whole command line, exactly as ``python -m app`` runs it."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
