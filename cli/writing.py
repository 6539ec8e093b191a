"""One writer for every write, and a look at the register before any command uses it."""
from __future__ import annotations

import argparse
import functools
from collections.abc import Callable

from models.instance_lock import InstanceLock

Handler = Callable[[argparse.Namespace], int]


def _not_a_preview(args: argparse.Namespace) -> bool:
    return not getattr(args, "dry_run", False)


def one_writer(handler: Handler, *, writes: Callable[[argparse.Namespace], bool] = _not_a_preview):
    """Run ``handler`` holding the register's writer lock whenever ``writes(args)``.

    A second writer (a window, or another command: a restore during an import,
    two imports at once) is refused with who holds the register and since
    when, before anything is read or written. A preview only reads.
    """

    @functools.wraps(handler)
    def wrapped(args: argparse.Namespace) -> int:
        if not writes(args):
            return handler(args)
        args.db.parent.mkdir(parents=True, exist_ok=True)  # a register made by this command
        with InstanceLock(args.db, purpose=args.command):
            return handler(args)

    return wrapped
