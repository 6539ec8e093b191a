"""The schema, as numbered migrations.

Every table whose rows travel between offices carries the same five columns
(``TRAVEL_COLUMNS``): a random UUID, the unit that owns the row, a revision the
owner raises on every change, the owner's update time (informative only: office
clocks are often wrong, so nothing orders by it) and a tombstone flag.
References between travelling rows use UUIDs, so a row means the same thing in
every office's database and a package needs no id translation.
"""
from __future__ import annotations

from typing import Any

TRAVEL_COLUMNS = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    owner_unit TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

# Tables that travel in packages, parents before children (the order an import
# applies them in so that references always point at rows already present).
TRAVEL_TABLES: tuple[str, ...] = (
    "lookups",
    "documents",
    "attachments",
    "chi_bo",
    "members",
    "participant_groups",
    "conferences",
    "conference_documents",
    "presenters",
    "bridge_points",
    "guests",
    "discussion",
    "makeup_sessions",
    "attendance",
    "group_attendance",
    "reflections",
    "plans",
    "tasks",
    "task_progress",
    "outreach",
)


def _t(name: str, body: str) -> str:
    return f"CREATE TABLE {name} ({TRAVEL_COLUMNS}, {body})"


MIGRATION_1: tuple[str, ...] = (
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE units (
        uuid TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        abbr TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'unit' CHECK (role IN ('unit', 'upper')),
        signing_key TEXT,
        key_fingerprint TEXT,
        last_package_at TEXT,
        last_package_created TEXT
    )""",
    _t(
        "lookups",
        """list TEXT NOT NULL CHECK (list IN
               ('doc_type', 'level', 'channel', 'grade', 'absence_reason')),
           code TEXT NOT NULL DEFAULT '',
           name TEXT NOT NULL,
           extra TEXT NOT NULL DEFAULT '',
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "documents",
        """type_code TEXT NOT NULL,
           number INTEGER CHECK (number IS NULL OR number >= 0),
           symbol TEXT NOT NULL,
           level_code TEXT NOT NULL DEFAULT '',
           issuer TEXT NOT NULL DEFAULT '',
           issued_on TEXT,
           term TEXT NOT NULL DEFAULT '',
           title TEXT NOT NULL,
           summary TEXT NOT NULL DEFAULT '',
           search_text TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "attachments",
        """document_uuid TEXT NOT NULL REFERENCES documents(uuid),
           file_name TEXT NOT NULL,
           stored_name TEXT NOT NULL,
           sha256 TEXT NOT NULL,
           size INTEGER NOT NULL CHECK (size >= 0)""",
    ),
    _t(
        "chi_bo",
        """name TEXT NOT NULL,
           kind TEXT NOT NULL DEFAULT '',
           position INTEGER NOT NULL DEFAULT 0,
           search_text TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "members",
        """chi_bo_uuid TEXT NOT NULL REFERENCES chi_bo(uuid),
           full_name TEXT NOT NULL,
           gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'Nam', 'Nữ')),
           birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
           joined_on TEXT,
           official INTEGER NOT NULL DEFAULT 1 CHECK (official IN (0, 1)),
           excused INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1)),
           status TEXT NOT NULL DEFAULT 'active'
               CHECK (status IN ('active', 'moved', 'deceased')),
           position_title TEXT NOT NULL DEFAULT '',
           search_text TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "participant_groups",
        """name TEXT NOT NULL,
           headcount INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0)""",
    ),
    _t(
        "conferences",
        """kind TEXT NOT NULL CHECK (kind IN
               ('hoc_tap', 'quan_triet', 'trien_khai', 'so_ket', 'tong_ket')),
           format TEXT NOT NULL CHECK (format IN ('truc_tiep', 'truc_tuyen', 'ket_hop')),
           host_level TEXT NOT NULL DEFAULT '',
           title TEXT NOT NULL,
           starts_at TEXT NOT NULL,
           ends_at TEXT,
           place TEXT NOT NULL DEFAULT '',
           chair_name TEXT NOT NULL DEFAULT '',
           chair_position TEXT NOT NULL DEFAULT '',
           secretary_name TEXT NOT NULL DEFAULT '',
           secretary_position TEXT NOT NULL DEFAULT '',
           content TEXT NOT NULL DEFAULT '',
           conclusion TEXT NOT NULL DEFAULT '',
           votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
           votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
           votes_other INTEGER CHECK (votes_other IS NULL OR votes_other >= 0),
           status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
           reg_number INTEGER CHECK (reg_number IS NULL OR reg_number >= 1),
           term TEXT NOT NULL DEFAULT '',
           copies INTEGER NOT NULL DEFAULT 2 CHECK (copies >= 1),
           search_text TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "conference_documents",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           document_uuid TEXT NOT NULL REFERENCES documents(uuid),
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "presenters",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           name TEXT NOT NULL,
           level TEXT NOT NULL DEFAULT '',
           position_title TEXT NOT NULL DEFAULT '',
           topic TEXT NOT NULL DEFAULT '',
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "bridge_points",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           name TEXT NOT NULL,
           host_person TEXT NOT NULL DEFAULT '',
           attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0),
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "guests",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           name TEXT NOT NULL,
           position_title TEXT NOT NULL DEFAULT '',
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "discussion",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           speaker TEXT NOT NULL,
           speaker_position TEXT NOT NULL DEFAULT '',
           content TEXT NOT NULL DEFAULT '',
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "makeup_sessions",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           held_on TEXT NOT NULL,
           place TEXT NOT NULL DEFAULT '',
           note TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "attendance",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           member_uuid TEXT NOT NULL REFERENCES members(uuid),
           status TEXT NOT NULL DEFAULT 'present' CHECK (status IN
               ('present', 'absent_reason', 'absent_no_reason', 'excused')),
           reason TEXT NOT NULL DEFAULT '',
           makeup_uuid TEXT REFERENCES makeup_sessions(uuid)""",
    ),
    _t(
        "group_attendance",
        """conference_uuid TEXT NOT NULL REFERENCES conferences(uuid),
           group_uuid TEXT NOT NULL REFERENCES participant_groups(uuid),
           present INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0)""",
    ),
    _t(
        "reflections",
        """member_uuid TEXT NOT NULL REFERENCES members(uuid),
           document_uuid TEXT NOT NULL REFERENCES documents(uuid),
           submitted INTEGER NOT NULL DEFAULT 0 CHECK (submitted IN (0, 1)),
           submitted_on TEXT,
           grade TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "plans",
        """document_uuid TEXT REFERENCES documents(uuid),
           chi_bo_uuid TEXT REFERENCES chi_bo(uuid),
           kind TEXT NOT NULL DEFAULT 'KH' CHECK (kind IN ('CTr', 'KH')),
           number INTEGER CHECK (number IS NULL OR number >= 1),
           term TEXT NOT NULL DEFAULT '',
           title TEXT NOT NULL,
           issued_on TEXT,
           purpose TEXT NOT NULL DEFAULT '',
           search_text TEXT NOT NULL DEFAULT ''""",
    ),
    _t(
        "tasks",
        """plan_uuid TEXT NOT NULL REFERENCES plans(uuid),
           content TEXT NOT NULL,
           lead TEXT NOT NULL DEFAULT '',
           partners TEXT NOT NULL DEFAULT '',
           deadline TEXT,
           output TEXT NOT NULL DEFAULT '',
           status TEXT NOT NULL DEFAULT 'not_started'
               CHECK (status IN ('not_started', 'in_progress', 'done')),
           done_on TEXT,
           position INTEGER NOT NULL DEFAULT 0""",
    ),
    _t(
        "task_progress",
        """task_uuid TEXT NOT NULL REFERENCES tasks(uuid),
           noted_on TEXT NOT NULL,
           note TEXT NOT NULL""",
    ),
    _t(
        "outreach",
        """held_on TEXT NOT NULL,
           channel TEXT NOT NULL,
           document_uuid TEXT REFERENCES documents(uuid),
           description TEXT NOT NULL DEFAULT '',
           quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
           measure TEXT NOT NULL DEFAULT '',
           reach INTEGER NOT NULL DEFAULT 0 CHECK (reach >= 0)""",
    ),
    # Local bookkeeping of the USB exchange; these rows never travel.
    """CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        imported_at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        sender_unit TEXT NOT NULL,
        counts TEXT NOT NULL
    )""",
    """CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        uuid TEXT NOT NULL,
        incoming TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0
    )""",
    # Indexes: every reference, plus what the lists and indicators filter on.
    "CREATE INDEX ix_lookups_list ON lookups(list, position)",
    "CREATE INDEX ix_documents_issued ON documents(issued_on)",
    """CREATE UNIQUE INDEX ux_documents_symbol ON documents(owner_unit, symbol, term)
       WHERE deleted = 0""",
    "CREATE INDEX ix_attachments_doc ON attachments(document_uuid)",
    "CREATE INDEX ix_members_chi_bo ON members(chi_bo_uuid)",
    "CREATE INDEX ix_conferences_start ON conferences(starts_at)",
    """CREATE UNIQUE INDEX ux_conferences_number ON conferences(owner_unit, term, reg_number)
       WHERE deleted = 0 AND reg_number IS NOT NULL""",
    "CREATE INDEX ix_confdocs_conf ON conference_documents(conference_uuid)",
    "CREATE INDEX ix_confdocs_doc ON conference_documents(document_uuid)",
    "CREATE INDEX ix_presenters_conf ON presenters(conference_uuid)",
    "CREATE INDEX ix_bridge_conf ON bridge_points(conference_uuid)",
    "CREATE INDEX ix_guests_conf ON guests(conference_uuid)",
    "CREATE INDEX ix_discussion_conf ON discussion(conference_uuid)",
    "CREATE INDEX ix_makeup_conf ON makeup_sessions(conference_uuid)",
    """CREATE UNIQUE INDEX ux_attendance ON attendance(conference_uuid, member_uuid)
       WHERE deleted = 0""",
    "CREATE INDEX ix_attendance_member ON attendance(member_uuid)",
    # Covering indexes for the study-rate and reflection indicators, which read
    # every attendance row of a period: no table lookups.
    """CREATE INDEX ix_attendance_cover ON attendance(
           conference_uuid, member_uuid, status, makeup_uuid, owner_unit) WHERE deleted = 0""",
    "CREATE INDEX ix_group_att_conf ON group_attendance(conference_uuid)",
    """CREATE UNIQUE INDEX ux_reflections ON reflections(member_uuid, document_uuid)
       WHERE deleted = 0""",
    "CREATE INDEX ix_reflections_doc ON reflections(document_uuid)",
    """CREATE INDEX ix_reflections_cover ON reflections(member_uuid, document_uuid, submitted)
       WHERE deleted = 0""",
    "CREATE INDEX ix_plans_doc ON plans(document_uuid)",
    """CREATE UNIQUE INDEX ux_plans_number ON plans(owner_unit, term, kind, number)
       WHERE deleted = 0 AND number IS NOT NULL""",
    "CREATE INDEX ix_tasks_plan ON tasks(plan_uuid)",
    "CREATE INDEX ix_progress_task ON task_progress(task_uuid)",
    "CREATE INDEX ix_outreach_date ON outreach(held_on)",
)

# The USB exchange's own bookkeeping, none of which travels: the key other offices
# encrypt for (a unit learns its upper level's from the setup file, the upper level
# learns each unit's from its packages), which package an import came from (so the
# same package twice can be named as such), and what this office sent.
MIGRATION_2: tuple[str, ...] = (
    "ALTER TABLE units ADD COLUMN receiving_key TEXT",
    "ALTER TABLE import_log ADD COLUMN package_id TEXT",
    "ALTER TABLE import_log ADD COLUMN package_created TEXT",
    "ALTER TABLE import_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'unit'",
    "CREATE INDEX ix_import_log_package ON import_log(package_id)",
    """CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        exported_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        recipient_unit TEXT NOT NULL,
        package_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        counts TEXT NOT NULL
    )""",
)


# Indicators that scale (a province holds millions of attendance rows): per owner,
# per conference and per (owner, document) figures, kept up to date for every owner
# whose records changed (``stat_dirty``, marked by triggers on every write path, made
# fresh in the import's transaction or before the next read). None of it travels;
# ``models.indicator_store`` says what each column holds and when it may be used.
_STAT_SOURCES = ("attendance", "members", "makeup_sessions", "group_attendance", "reflections")


def _dirty_triggers() -> tuple[str, ...]:
    result = []
    for table in _STAT_SOURCES:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            # Not INSERT OR IGNORE: an outer statement's conflict clause overrides a
            # trigger's, and an upsert's would then fail on the second row of an owner.
            marks = "; ".join(
                f"INSERT INTO stat_dirty (owner_unit) SELECT {r}.owner_unit WHERE NOT EXISTS "
                f"(SELECT 1 FROM stat_dirty WHERE owner_unit = {r}.owner_unit)"
                for r in rows
            )
            result.append(
                f"CREATE TRIGGER tr_stat_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {marks}; END"
            )
    return tuple(result)


MIGRATION_3: tuple[str, ...] = (
    "CREATE TABLE stat_dirty (owner_unit TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TABLE stat_unit (
        owner_unit TEXT NOT NULL,
        period TEXT NOT NULL,
        foreign_rows INTEGER NOT NULL,
        present_conferences TEXT NOT NULL,
        present_members INTEGER NOT NULL,
        PRIMARY KEY (owner_unit, period)
    ) WITHOUT ROWID""",
    """CREATE TABLE stat_unit_conf (
        owner_unit TEXT NOT NULL,
        conference_uuid TEXT NOT NULL,
        attendance_rows INTEGER NOT NULL,
        present INTEGER NOT NULL,
        group_present INTEGER NOT NULL,
        missing_makeup INTEGER NOT NULL,
        PRIMARY KEY (owner_unit, conference_uuid)
    ) WITHOUT ROWID""",
    "CREATE INDEX ix_stat_unit_conf_conf ON stat_unit_conf(conference_uuid)",
    """CREATE TABLE stat_unit_doc (
        owner_unit TEXT NOT NULL,
        document_uuid TEXT NOT NULL,
        period TEXT NOT NULL,
        conferences TEXT NOT NULL,
        member_rows INTEGER NOT NULL,
        eligible INTEGER NOT NULL,
        studied INTEGER NOT NULL,
        excused INTEGER NOT NULL,
        expected INTEGER NOT NULL,
        submitted INTEGER NOT NULL,
        grades TEXT NOT NULL,
        last_makeup TEXT,
        present_members INTEGER NOT NULL,
        PRIMARY KEY (owner_unit, document_uuid, period)
    ) WITHOUT ROWID""",
    # One owner's attendance and members, read whole when its figures are made fresh.
    "CREATE INDEX ix_members_owner ON members(owner_unit)",
    """CREATE INDEX ix_attendance_owner ON attendance(
           owner_unit, conference_uuid, member_uuid, status, makeup_uuid) WHERE deleted = 0""",
    *_dirty_triggers(),
    # Change-only packages: what each package a unit wrote held (every row's revision,
    # compressed), whether its upper level has confirmed importing it, and what it was.
    "ALTER TABLE export_log ADD COLUMN snapshot TEXT NOT NULL DEFAULT 'full'",
    "ALTER TABLE export_log ADD COLUMN base_package TEXT",
    "ALTER TABLE export_log ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX ix_export_log_package ON export_log(package_id)",
    "CREATE TABLE export_state (package_id TEXT PRIMARY KEY, state BLOB NOT NULL)",
    # A unit that moved to another upper level: its past records stay, marked moved.
    "ALTER TABLE units ADD COLUMN moved_on TEXT",
    "ALTER TABLE units ADD COLUMN moved_to TEXT",
    """INSERT OR IGNORE INTO stat_dirty (owner_unit)
       SELECT owner_unit FROM attendance UNION SELECT owner_unit FROM group_attendance
       UNION SELECT owner_unit FROM reflections""",
)

# A change counter every connection reads the same (``total_changes`` and ``PRAGMA
# data_version`` are each connection's own): one row, raised by a trigger on every
# write to a table an import plans against or writes, so that an import previewed on
# one connection and taken on another can tell that the register changed in between
# (``models.import_plan.register_stamp``). The figures kept for the indicators
# (``stat_*``) are caches made again from those tables and carry no trigger; nor do
# ``export_log``/``export_state``, which no import plan reads. None of it travels.
CHANGE_COUNTED: tuple[str, ...] = (*TRAVEL_TABLES, "settings", "units", "import_log",
                                   "conflicts")


# Settings an import never reads: the texts a clerk edits in a report, and a setting
# saved again unchanged (the Settings page saves every key). Counting them would refuse
# an import previewed while the clerk edits a report, for nothing.
_SETTINGS_COUNTED = {
    "INSERT": "WHEN NEW.key NOT LIKE 'report_text:%' ",
    "UPDATE": "WHEN NEW.key NOT LIKE 'report_text:%' AND NEW.value IS NOT OLD.value ",
    "DELETE": "WHEN OLD.key NOT LIKE 'report_text:%' ",
}


def _change_triggers() -> tuple[str, ...]:
    return tuple(
        f"CREATE TRIGGER tr_changes_{table}_{event.lower()} AFTER {event} ON {table} "
        + (_SETTINGS_COUNTED[event] if table == "settings" else "")
        + "BEGIN UPDATE register_changes SET n = n + 1 WHERE id = 1; END"
        for table in CHANGE_COUNTED
        for event in ("INSERT", "UPDATE", "DELETE")
    )


MIGRATION_4: tuple[str, ...] = (
    """CREATE TABLE register_changes (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL CHECK (n >= 0)
    )""",
    "INSERT INTO register_changes (id, n) VALUES (1, 0)",
    *_change_triggers(),
)


# The kept indicator figures made again per conference instead of per owner: an edit,
# or a package that brings one conference, makes again that conference's figures, the
# documents studied at it and the owner's year totals (``models.indicator_store``),
# not the owner's whole register. ``stat_dirty_conf`` holds the (owner, conference)
# pairs to make again, ``stat_dirty_doc`` the (owner, document) pairs (a reflection
# changed); ``stat_dirty`` still means "the owner's every figure". The triggers mark
# only on a change of a column the figures read, so that a member's new title or an
# import's unchanged upsert marks nothing.
def _mark_conferences(owner: str, conf: str, source: str = "", where: str = "") -> str:
    """Mark (``owner``, ``conf``), for every row of ``source`` meeting ``where`` when
    given. Not INSERT OR IGNORE: see ``_dirty_triggers``."""
    rows = f" FROM {source} WHERE {where} AND" if source else " WHERE"
    return (
        f"INSERT INTO stat_dirty_conf (owner_unit, conference_uuid) SELECT DISTINCT {owner}, "
        f"{conf}{rows} NOT EXISTS (SELECT 1 FROM stat_dirty_conf d "
        f"WHERE d.owner_unit = {owner} AND d.conference_uuid = {conf})"
    )


def _mark_pair(row: str) -> str:
    """An attendance or group row (``row`` is OLD or NEW): its owner and conference."""
    return _mark_conferences(f"{row}.owner_unit", f"{row}.conference_uuid")


def _mark_attendance_of(column: str, value: str) -> str:
    """The owner and conference of every live attendance row whose ``column`` is
    ``value`` (a member's, a make-up session's)."""
    return _mark_conferences("a.owner_unit", "a.conference_uuid", "attendance a",
                             f"a.{column} = {value} AND a.deleted = 0")


def _mark_conference(value: str) -> str:
    """Every owner that has figures kept for the conference ``value``."""
    return _mark_conferences("s.owner_unit", "s.conference_uuid", "stat_unit_conf s",
                             f"s.conference_uuid = {value}")


def _mark_reflection(row: str) -> str:
    """A reflection counts in the figures of its member's owner (an owner whose
    attendance names another owner's member is worked out from the rows anyway)."""
    return (
        "INSERT INTO stat_dirty_doc (owner_unit, document_uuid) SELECT m.owner_unit, "
        f"{row}.document_uuid FROM members m WHERE m.uuid = {row}.member_uuid "
        "AND NOT EXISTS (SELECT 1 FROM stat_dirty_doc d WHERE d.owner_unit = m.owner_unit "
        f"AND d.document_uuid = {row}.document_uuid)"
    )


# table -> (the columns the figures read, what a row (OLD or NEW) marks). Where the
# key is the row's own uuid (never changed) an update marks through NEW only.
_STAT_MARKS: dict[str, tuple[tuple[str, ...], Any]] = {
    "attendance": (("conference_uuid", "member_uuid", "status", "makeup_uuid", "owner_unit",
                    "deleted"), _mark_pair),
    "group_attendance": (("conference_uuid", "present", "owner_unit", "deleted"), _mark_pair),
    "members": (("owner_unit", "deleted"),
                lambda row: _mark_attendance_of("member_uuid", f"{row}.uuid")),
    "makeup_sessions": (("held_on", "owner_unit", "deleted"),
                        lambda row: _mark_attendance_of("makeup_uuid", f"{row}.uuid")),
    "conferences": (("deleted", "substr(starts_at, 1, 4)"),
                    lambda row: _mark_conference(f"{row}.uuid")),
    "conference_documents": (("conference_uuid", "document_uuid", "deleted"),
                             lambda row: _mark_conference(f"{row}.conference_uuid")),
    "reflections": (("member_uuid", "document_uuid", "submitted", "grade", "owner_unit",
                     "deleted"), _mark_reflection),
}
_KEYED_BY_UUID = ("members", "makeup_sessions", "conferences")


def _conference_triggers() -> tuple[str, ...]:
    result = []
    for table, (columns, mark) in _STAT_MARKS.items():
        changed = " OR ".join(
            f"OLD.{c} IS NOT NEW.{c}" if "(" not in c
            else f"{c.replace('(', '(OLD.', 1)} IS NOT {c.replace('(', '(NEW.', 1)}"
            for c in columns
        )
        updated = ("NEW",) if table in _KEYED_BY_UUID else ("OLD", "NEW")
        for event, rows, when in (("INSERT", ("NEW",), ""),
                                  ("UPDATE", updated, f" WHEN {changed}"),
                                  ("DELETE", ("OLD",), "")):
            if table == "conferences" and event == "INSERT":
                continue  # a new conference has no figures yet
            marks = "; ".join(mark(r) for r in rows)
            result.append(
                f"CREATE TRIGGER tr_stat_{table}_{event.lower()} AFTER {event} ON {table}"
                f"{when} BEGIN {marks}; END"
            )
    return tuple(result)


MIGRATION_5: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS tr_stat_{table}_{event}"
      for table in _STAT_SOURCES for event in ("insert", "update", "delete")),
    """CREATE TABLE stat_dirty_conf (
        owner_unit TEXT NOT NULL,
        conference_uuid TEXT NOT NULL,
        PRIMARY KEY (owner_unit, conference_uuid)
    ) WITHOUT ROWID""",
    """CREATE TABLE stat_dirty_doc (
        owner_unit TEXT NOT NULL,
        document_uuid TEXT NOT NULL,
        PRIMARY KEY (owner_unit, document_uuid)
    ) WITHOUT ROWID""",
    # Per conference: its rows naming another owner's member or make-up session, and the
    # ids (members.id, 4 bytes each) of the live members present, from which the year's
    # distinct members present are made again without reading the attendance.
    "ALTER TABLE stat_unit_conf ADD COLUMN foreign_rows INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE stat_unit_conf ADD COLUMN present_ids BLOB NOT NULL DEFAULT x''",
    # Per document: its reflections owned by another owner.
    "ALTER TABLE stat_unit_doc ADD COLUMN foreign_rows INTEGER NOT NULL DEFAULT 0",
    # A make-up session's changes mark the conferences of the rows that name it.
    """CREATE INDEX ix_attendance_makeup ON attendance(makeup_uuid)
       WHERE makeup_uuid IS NOT NULL""",
    *_conference_triggers(),
    # Every owner's figures made again with the new columns (at the next read).
    """INSERT OR IGNORE INTO stat_dirty (owner_unit)
       SELECT owner_unit FROM stat_unit UNION SELECT owner_unit FROM stat_unit_conf""",
)

# The undo record of the newest stick of packages (``models.import_undo``): what the
# stick overwrote, kept instead of a whole copy of the register taken before it. Only
# the newest stick is kept; ``watermarks`` holds each table's highest rowid before it,
# ``changes_after`` and ``exports_after`` the change counter and the export log's highest
# rowid after its last package (a package sent since is not counted, yet would be lost).
MIGRATION_6: tuple[str, ...] = (
    """CREATE TABLE undo_receipts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        watermarks TEXT NOT NULL,
        packages INTEGER NOT NULL DEFAULT 0 CHECK (packages >= 0),
        changes_after INTEGER,
        exports_after INTEGER,
        interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1))
    )""",
    """CREATE TABLE undo_rows (
        receipt INTEGER NOT NULL,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        old TEXT NOT NULL,
        PRIMARY KEY (receipt, table_name, row_id)
    ) WITHOUT ROWID""",
)

# An owner's live reflections on some documents, read in order: the figures of a
# document, made again after a unit's package, read its members' reflections; one probe
# of the (member, document) index a member read a page each (42 ms a package at a
# province of 100 communes, most of a month's figures).
MIGRATION_7: tuple[str, ...] = (
    """CREATE INDEX ix_reflections_owner ON reflections(
           owner_unit, document_uuid, member_uuid, submitted, grade) WHERE deleted = 0""",
)

# The covering index by conference of migration 1 answered the indicators from the rows;
# they are read from the kept figures now, and the rows of one owner through
# ix_attendance_owner. Every new attendance line still wrote it (a month at a province:
# 250,000 entries, a third of the month's writes) and it held 10 % of the register.
# Reads by conference go through ux_attendance and the table (a conference's lines lie
# together in it).
MIGRATION_8: tuple[str, ...] = (
    "DROP INDEX IF EXISTS ix_attendance_cover",
)

# Each entry brings the file from version N-1 to version N (N = index + 1).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4, MIGRATION_5, MIGRATION_6,
    MIGRATION_7, MIGRATION_8,
)
SCHEMA_VERSION = len(MIGRATIONS)
