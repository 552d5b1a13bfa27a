"""`python -m app` runs the same front door as the `phone-selfcheck` console script."""

import sys

from app.cli import main

sys.exit(main())
