"""The one error a spreadsheet file can raise at the user."""
from __future__ import annotations


class SheetError(Exception):
    """A file that cannot be read or written; ``str()`` is a Vietnamese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
