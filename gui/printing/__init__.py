"""Printing from the window: print jobs drawn on a worker, the preview, the dialogs in front
of some forms.
"""
