"""Pieces every page shares: fields and message boxes, the list page and its table model, the
editor frame, background tasks, numbers, Excel export.
"""
