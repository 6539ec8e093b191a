"""Errors a person can read. ``str(error)`` is always a Vietnamese sentence."""
from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


class ValidationError(UserError):
    """Input refused before anything was written.

    ``problems`` lists every problem found (one sentence each), so an editor can
    show them all at once instead of one per attempt.
    """

    def __init__(self, problems: list[str] | str, field: str | None = None):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.field = field
        super().__init__(" ".join(self.problems))


class NotFoundError(UserError):
    pass


class ReadOnlyError(UserError):
    """The row belongs to another office; only its owner may change it."""


class DatabaseFileError(UserError):
    """The database file cannot be used: newer program, damaged, not a register."""
