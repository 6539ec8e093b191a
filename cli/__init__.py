"""Headless commands: ``python main.py [--db FILE] COMMAND``. No command opens a window."""
