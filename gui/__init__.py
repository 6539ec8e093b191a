"""PySide6 widgets only, one package per page (conferences, documents, organisation,
overview, plans, settings, sync), the window that opens them (window), printing, and
the widgets they share (widgets). tests/test_layering.py keeps the imports one way.

Importing any part of the window first protects the interpreter from the
reference-counting faults of PySide6 6.12.0 on Python 3.11 (see ``gui.refcounts``).
"""
from gui.refcounts import protect_singletons

protect_singletons()
