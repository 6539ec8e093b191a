"""Hội nghị: the list of study conferences, the conference editor and its tabs, the
attendance sheet.
"""
