"""Let ``python -m factlint`` run the command line."""

import sys

from factlint.cli import main

sys.exit(main())
