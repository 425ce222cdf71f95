"""A pytest plugin that makes PySide6 unimportable: `make test` runs tests/core with it
(-p tests.block_qt -p no:pytest-qt), so the core and its tests need no Qt at all."""

from __future__ import annotations

import sys

sys.modules["PySide6"] = None  # type: ignore[assignment]  # 'import PySide6...' now fails
sys.modules["shiboken6"] = None  # type: ignore[assignment]
