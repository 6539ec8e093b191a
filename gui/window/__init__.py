"""The window itself: starting the application, the main window and its side bar, the first
start, recovery of a damaged register.
"""
