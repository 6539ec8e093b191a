"""Sổ Nghị quyết. No arguments opens the window; a subcommand works headless.

    python main.py                     # the window
    python main.py --db x.db demo      # headless commands, see --help
"""
import sys

from cli.app import run

if __name__ == "__main__":
    sys.exit(run())
