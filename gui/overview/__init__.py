"""Tổng quan: what needs doing first, the first steps, the year's figures."""
