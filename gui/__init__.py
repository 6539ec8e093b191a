"""PySide6 widgets only: pages, dialogs, item models, background tasks.

Importing any part of the window first corrects two reference-counting faults
of PySide6 6.12.0 on Python 3.11: ``qt_compat`` gives back the reference to
``True`` that each ``emit()`` takes, and ``refcounts`` gives ``None``, ``True``
and ``False`` a reserve against the reference each Qt-to-Python signal call
takes from ``None`` (which ``emit`` patching cannot reach).
"""
from gui import qt_compat
from gui.refcounts import protect_singletons

qt_compat.apply()
protect_singletons()
