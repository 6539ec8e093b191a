"""Pieces every page shares: fields and message boxes, the list page and its table model, the
editor frame, background tasks, F1 help, the window's language, font and numbers, Excel export.
Nothing here imports a page or the window.
"""
