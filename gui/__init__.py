"""PySide6 widgets only: pages, dialogs, item models, background tasks.

Importing any part of the window first protects the interpreter from the
reference-counting faults of PySide6 6.12.0 on Python 3.11 (see ``gui.refcounts``).
"""
from gui.refcounts import protect_singletons

protect_singletons()
