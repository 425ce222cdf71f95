"""Entry point for the frozen app (PyInstaller needs a script, not a module)."""

import sys

from companion.app import main

sys.exit(main())
