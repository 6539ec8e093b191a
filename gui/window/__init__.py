"""The window itself: starting the application, the main window and its side bar, the first
start, help, recovery.
"""
