"""`python -m salesmap_studio`: the same as the `salesmap-studio` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
