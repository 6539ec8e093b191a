"""Two connections writing to one register: the second waits its turn, none is refused.

The window's overview works out its figures on a worker connection, and doing so
may write the stored figures; a save on the window's connection at that moment was
refused with "database is locked" (seen once in CI) because its transaction read
first and wrote after the worker's commit.
"""
from __future__ import annotations

import threading

from models.conferences import Conference, ConferenceDetail, save_conference
from models.db import open_database
from models.listing import conference_rows


def _conference(title: str) -> ConferenceDetail:
    return ConferenceDetail(conference=Conference(
        kind="hoc_tap", format="truc_tiep", title=title, starts_at="2025-02-10T08:00"))


def test_a_write_that_reads_first_is_not_refused_by_a_writer_in_between(db_path):
    window = open_database(db_path)
    worker = open_database(db_path)
    try:
        worker_wrote = threading.Event()
        worker_error: list[BaseException] = []

        def worker_writes() -> None:
            try:
                save_conference(worker, _conference("Hội nghị của luồng phụ"))
            except BaseException as exc:  # noqa: BLE001 — reported to the test below
                worker_error.append(exc)
            worker_wrote.set()

        with window.atomic():
            # The transaction reads first (as every save does: numbers, rules)...
            window.execute("SELECT COUNT(*) FROM conferences").fetchone()
            thread = threading.Thread(target=worker_writes)
            thread.start()
            # ...the other connection tries to write meanwhile and must wait...
            assert not worker_wrote.wait(0.5)
            # ...and this transaction's own write still goes through.
            save_conference(window, _conference("Hội nghị của cửa sổ"))
        thread.join(10)
        assert worker_error == []
        titles = sorted(row["title"] for row in conference_rows(window))
        assert titles == ["Hội nghị của cửa sổ", "Hội nghị của luồng phụ"]
    finally:
        window.conn.close()
        worker.conn.close()


def test_a_failed_transaction_leaves_nothing_and_frees_the_register(db_path):
    db = open_database(db_path)
    other = open_database(db_path)
    try:
        try:
            with db.atomic():
                save_conference(db, _conference("Bỏ dở"))
                raise RuntimeError("dừng giữa chừng")
        except RuntimeError:
            pass
        assert conference_rows(db) == []
        save_conference(other, _conference("Sau đó"))  # the lock was given back
        assert [row["title"] for row in conference_rows(db)] == ["Sau đó"]
    finally:
        db.conn.close()
        other.conn.close()
