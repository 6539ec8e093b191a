"""Tổ chức đảng: chi bộ, members and groups, their editors, importing a member list."""
