"""PySide6 widgets only: pages, dialogs, item models, background tasks.

Importing any part of the window first protects the interpreter from a
reference-counting fault of PySide6 6.12 on Python 3.11 (see ``gui.refcounts``).
"""
from gui.refcounts import protect_singletons

protect_singletons()
