"""Work-arounds for the Qt binding, applied once at start-up.

PySide6 6.12 on Python 3.11 gives back None one reference short from every method that
returns nothing (QLabel.setText, QTextCursor.setPosition, processEvents …): measured with
sys.getrefcount(None), a thousand calls take a thousand references away. Python aborts,
"deallocating None", once they run out, which a long session reaches (a busy wait in the
X11 session test did, in a few seconds). Python 3.12 made None immortal; on older
versions we do the same by giving it references it will never run out of.
"""

from __future__ import annotations

import ctypes
import sys

SPARE_REFERENCES = 1 << 40


def keep_none_alive() -> None:
    """Give None so many references that no number of lost ones can free it."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, a PyObject's first field
    if refcount.value < SPARE_REFERENCES:
        refcount.value += SPARE_REFERENCES
