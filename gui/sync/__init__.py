"""Đồng bộ USB: sending and receiving packages, the units of the upper level, conflicts, the log."""
