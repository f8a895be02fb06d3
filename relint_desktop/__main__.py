"""`python -m relint_desktop` does what `relint` does."""

import sys

from relint_desktop.cli import main

sys.exit(main())
