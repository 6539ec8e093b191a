"""Sổ Nghị quyết. No arguments opens the window; a subcommand works headless.

    python main.py                     # the window
    python main.py --db x.db demo      # headless commands, see --help
"""
import sys


def _window_only(argv: list[str]) -> dict | None:
    """``--db FILE`` / ``--lang vi|en`` and nothing else: the window, without
    importing every command module first (it opens noticeably sooner)."""
    options: dict = {}
    rest = list(argv)
    while rest:
        flag = rest.pop(0)
        if flag in ("--db", "--lang") and rest:
            options[flag[2:]] = rest.pop(0)
        else:
            return None
    if options.get("lang", "vi") not in ("vi", "en"):
        return None
    return options


if __name__ == "__main__":
    window = _window_only(sys.argv[1:])
    if window is not None:
        from pathlib import Path

        from gui.window.app import run_gui
        from models.paths import default_db_path

        db = Path(window["db"]) if "db" in window else default_db_path()
        sys.exit(run_gui(db, window.get("lang", "vi")))
    from cli.app import run

    sys.exit(run())
