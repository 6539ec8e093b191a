"""Cài đặt: the unit's settings, backups and restore, the register's key."""
