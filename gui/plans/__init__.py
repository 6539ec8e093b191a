"""Kế hoạch hành động and Tuyên truyền: programmes and plans, their editor, the propaganda log."""
