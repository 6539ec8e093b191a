"""Export and import of packages, end to end and headless (the Đồng bộ USB page and
the ``usb`` commands call these).

A unit exports everything it owns, sealed for its upper level; the upper level
exports its catalogue for one unit, sealed for that unit. Import follows
shared/SYNC.md step by step: the header, the sender and its key, the signature,
decryption and bounded decompression, the records checked and planned, and only
then one transaction, which also writes the undo record of the import
(``models.import_undo``). Every refusal happens before it, so the register is left
byte for byte as it was.

``prepare_import`` does everything that only reads (the preview), stamped with the
register's change counter; ``commit_import`` applies what was prepared,
or refuses with ``RegisterChangedError`` when the register changed since the preview
(the window prepares and commits on different connections, and someone may edit in
between): what is written is exactly what the clerk saw, or nothing.
``import_package`` is the two together.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models import exchange_log, exchange_snapshot, exchange_units, import_plan, import_undo
from models.errors import UserError
from models.exchange_log import LogEntry
from models.exchange_snapshot import CATALOGUE_TABLES
from models.exchange_units import UnitRecord
from models.i18n import _
from models.ids import DEFAULT_OWNER
from models.import_plan import ExchangeError, ImportPlan
from models.paths import keys_dir
from models.register import Register
from models.schema import TRAVEL_TABLES
from models.settings import UnitSettings, get_settings
from models.store import TABLE_LABELS
from models.vntext import show_datetime, show_int
from sync import attachments
from sync.envelope import (
    DEFAULT_MAX_PACKAGE_BYTES,
    KIND_CATALOGUE,
    KIND_UNIT,
    OpenedPackage,
    PackageHeader,
    open_package,
    peek_header,
    seal,
    verified_header,
    wrong_kind_error,
)
from sync.errors import RegisterChangedError, SignerChangedError, SyncError, UnknownSenderError
from sync.keys import OfficeKeys, fingerprint, load_or_create_keys
from sync.transfer import (
    PACKAGE_SUFFIX,
    WrittenPackage,
    package_file_name,
    read_package_bytes,
    write_package_to,
)

# (what is being done, steps done, steps in all); returning False cancels.
Progress = Callable[[str, int, int], object]


class ExportCancelled(UserError):
    """The person cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ExportedPackage(WrittenPackage):
    """Where the package went (``target_path`` on the stick, ``local_path`` kept on
    the PC), and what it holds."""

    kind: str = KIND_UNIT
    package_id: str = ""
    recipient_unit: str = ""
    recipient_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    file_count: int = 0
    missing_files: tuple[str, ...] = ()
    base: str | None = None  # a change-only package: what changed since this package

    @property
    def changes_only(self) -> bool:
        return self.base is not None

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        if self.kind != KIND_UNIT:
            what = _("danh mục")
        elif self.changes_only:
            what = _("phần thay đổi kể từ gói cấp trên đã xác nhận nhận được")
        else:
            what = _("toàn bộ dữ liệu")
        result = [
            _(
                "Đã ghi gói gửi {recipient_name} ({what}): {record_count} bản ghi, "
                "{file_count} tệp đính kèm, {size} byte."
            ).format(
                recipient_name=self.recipient_name,
                what=what,
                record_count=show_int(self.record_count),
                file_count=show_int(self.file_count),
                size=show_int(self.size),
            ),
            _("Tệp trên USB: {target_path}").format(target_path=self.target_path),
            _("Bản lưu trên máy: {local_path}").format(local_path=self.local_path),
        ]
        if self.missing_files:
            result.append(
                _("Không tìm thấy (hoặc hỏng) trên máy, không gửi kèm được: ")
                + ", ".join(self.missing_files)
            )
        return result


def shown_time(text: str | None) -> str:
    """A time another office wrote (its clock, its format), shown as well as it can be."""
    if not text:
        return ""
    try:
        return show_datetime(dt.datetime.fromisoformat(text).replace(tzinfo=None))
    except ValueError:
        return text


def _step(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress is not None and progress(what, done, total) is False:
        raise ExportCancelled(_("Đã hủy xuất gói; không có tệp nào được ghi."))


def office_keys(register_path: Path) -> OfficeKeys:
    """This office's key pairs (made on first use, kept beside the register file)."""
    return load_or_create_keys(keys_dir(register_path), register_path)


def _recipient_for_export(
    db: Register,
    settings: UnitSettings, unit: str | None
) -> tuple[UnitRecord, str]:
    """(recipient, package kind) for this register's role."""
    if settings.role == "upper":
        if not unit:
            raise ExchangeError(
                _("Sổ cấp trên gửi danh mục cho từng đơn vị: hãy chọn đơn vị nhận gói.")
            )
        record = exchange_units.get_unit(db, unit)
        if record is None or record.role != "unit":
            raise ExchangeError(_(
                "Không có đơn vị mã “{unit}” trong danh sách đơn vị."
            ).format(unit=unit))
        if not record.receiving_key:
            raise ExchangeError(
                _(
                    "Chưa nhận được gói nào của {name}, nên chưa có khóa để mã hóa danh mục "
                    "cho đơn vị này. Hãy cấp lại tệp thiết lập cho đơn vị (tệp thiết lập mang "
                    "theo danh mục)."
                ).format(name=record.name)
            )
        return record, KIND_CATALOGUE
    if unit:
        raise ExchangeError(_("Sổ của đơn vị chỉ gửi gói cho cấp trên của mình."))
    upper_uuid = settings.upper_unit_uuid
    record = exchange_units.get_unit(db, upper_uuid) if upper_uuid else None
    if record is None or not record.receiving_key:
        raise ExchangeError(
            _(
                "Chưa nhận tệp thiết lập của cấp trên nên chưa biết gửi gói cho ai. Hãy xin "
                "cấp trên tệp thiết lập (.snqs) và nhận nó trước (lệnh apply-setup)."
            )
        )
    return record, KIND_UNIT


def export_package(
    db: Register,
    target_dir: Path,
    *,
    staging_dir: Path | None = None,
    unit: str | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    full: bool = False,
) -> ExportedPackage:
    """Write this office's package into ``target_dir`` (the stick), keeping a copy
    in ``staging_dir`` (default: the register's ``packages`` folder).

    A unit sends what changed since the newest package its upper level confirmed
    importing (the confirmation comes back in the catalogue or the setup file), or
    everything it owns when ``full`` or when no package was ever confirmed; the upper
    level sends its catalogue to ``unit``, confirming the unit's packages it imported.
    Raises ``ExchangeError`` when the recipient is not known
    yet, ``TransferError`` when the stick cannot be written (nothing that looks
    like a package is left on it), ``ExportCancelled`` when ``progress`` said stop.
    """
    settings = get_settings(db)
    recipient, kind = _recipient_for_export(db, settings, unit)
    tables = TRAVEL_TABLES if kind == KIND_UNIT else CATALOGUE_TABLES
    total = len(tables) + 3
    _step(progress, _("Đang đọc dữ liệu"), 0, total)
    payload: dict[str, list[dict]] = {}
    if kind == KIND_CATALOGUE:
        payload = exchange_snapshot.catalogue_snapshot(db)
        _step(progress, _("Đang đọc danh mục"), len(tables), total)
    else:
        for done, table in enumerate(tables, start=1):
            rows = exchange_snapshot.snapshot(db, [settings.unit_uuid], (table,)).get(table)
            if rows:
                payload[table] = rows
            _step(progress, _("Đang đọc {value}").format(value=TABLE_LABELS[table]), done, total)
    if kind == KIND_UNIT:
        carried = exchange_snapshot.carried_catalogue(
            db, payload, {recipient.uuid, settings.unit_uuid, DEFAULT_OWNER})
        for table in TRAVEL_TABLES:  # parents first, as everywhere
            if table in carried:
                payload[table] = carried[table] + payload.get(table, [])
        payload = {t: payload[t] for t in TRAVEL_TABLES if t in payload}
    base = None if full or kind != KIND_UNIT else exchange_log.change_base(db, recipient.uuid)
    state = payload if kind == KIND_UNIT else None
    if base:
        payload = exchange_log.changes_since(db, payload, base)
    confirmed = exchange_log.imported_from(db, recipient.uuid) if kind == KIND_CATALOGUE else []
    gathered = attachments.gather(db.path, payload.get("attachments", []))
    _step(progress, _("Đang mã hóa và ký gói"), len(tables) + 1, total)
    keys = office_keys(db.path)
    data = seal(
        payload,
        sender_unit_id=settings.unit_uuid,
        sender_name=settings.unit_name,
        sender_abbreviation=settings.unit_abbr,
        sender_signing_key=keys.signing,
        sender_receiving_public=keys.receiving_public,
        recipient_x25519_public=bytes.fromhex(recipient.receiving_key or ""),
        kind=kind,
        files=gathered.files,
        created=now,
        base=base,
        confirmed=confirmed,
    )
    header = peek_header(data)
    label = settings.unit_abbr if kind == KIND_UNIT else f"{settings.unit_abbr} {recipient.abbr}"
    _step(progress, _("Đang ghi gói ra USB"), len(tables) + 2, total)
    written = write_package_to(
        Path(target_dir), data, package_file_name(label, now),
        staging_dir=Path(staging_dir) if staging_dir else db.packages_dir,
    )
    try:
        exchange_log.log_export(
            db, kind=kind, recipient_unit=recipient.uuid, package_id=header.package_id,
            file_name=written.target_path.name, file_sha256=written.sha256,
            size=written.size, counts=header.counts, base=base, state=state,
        )
    except BaseException:
        # A package the register did not note must not travel: its receiver's
        # confirmation would name a package this office never sent.
        for path in (written.target_path, written.local_path):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise
    _step(progress, _("Đã xong"), total, total)
    return ExportedPackage(
        local_path=written.local_path, target_path=written.target_path, sha256=written.sha256,
        size=written.size, kind=kind, package_id=header.package_id,
        recipient_unit=recipient.uuid, recipient_name=recipient.name, counts=header.counts,
        file_count=len(gathered.files), missing_files=tuple(gathered.missing), base=base,
    )


# --- import -------------------------------------------------------------------


@dataclass(frozen=True)
class PackageListing:
    """A package file found in a folder, as its (unverified) header describes it."""

    path: Path
    kind: str | None
    sender_name: str
    created: str
    record_count: int
    problem: str | None = None  # why it cannot be read, when it cannot


def list_packages(folder: Path) -> list[PackageListing]:
    """The packages in ``folder`` (a stick), newest name last, for a person to pick.

    Unfinished copies (``~….part``) are never listed. Nothing is verified here: the
    import checks everything again.
    """
    result = []
    for path in sorted(Path(folder).glob(f"*{PACKAGE_SUFFIX}")):
        if path.name.startswith("~") or not path.is_file():
            continue
        try:
            header = peek_header(read_package_bytes(path, max_bytes=DEFAULT_MAX_PACKAGE_BYTES))
        except SyncError as error:
            result.append(PackageListing(path, None, "", "", 0, str(error)))
            continue
        result.append(PackageListing(path, header.kind, header.sender_name, header.created,
                                     header.record_count))
    return result



@dataclass
class ImportReport:
    """What an import found, and (unless a preview) did."""

    file_name: str
    kind: str
    package_id: str
    created: str
    sha256: str
    sender_unit: str
    sender_name: str
    sender_fingerprint: str
    plan: ImportPlan
    file_count: int
    changes_only: bool = False
    # The sender's key is trusted from now on: its first package, or a person approved it.
    pinning: str | None = None  # None, "first" or "replaced"
    previous: LogEntry | None = None
    missing_files: list[str] = field(default_factory=list)
    applied: bool = False
    files_written: int = 0
    # The undo record the import wrote into (``models.import_undo``), once applied.
    receipt: int | None = None

    @property
    def counts(self) -> dict[str, dict[str, int]]:
        return self.plan.as_dict()

    @property
    def first_from_sender(self) -> bool:
        """The sender's key was pinned by this import: its fingerprint must be checked."""
        return self.pinning == "first"

    def lines(self) -> list[str]:
        """What a clerk reads before and after applying, in Vietnamese."""
        what = _("Gói dữ liệu của") if self.kind == KIND_UNIT else _("Gói danh mục của")
        result = [_(
            "{what} {sender_name}, lập lúc {created}."
        ).format(what=what, sender_name=self.sender_name, created=shown_time(self.created))]
        if self.changes_only:
            result.append(_("Gói chỉ mang phần thay đổi kể từ gói trước sổ này đã nhận."))
        if self.pinning == "first":
            result.append(
                _(
                    "Lần đầu nhận gói của đơn vị này. Dấu vân tay khóa ký: "
                    "{sender_fingerprint} — hãy gọi điện đối chiếu với nơi gửi."
                ).format(sender_fingerprint=self.sender_fingerprint)
            )
        elif self.pinning == "replaced":
            result.append(_(
                "Khóa ký mới được chấp nhận: {sender_fingerprint}."
            ).format(sender_fingerprint=self.sender_fingerprint))
        if self.previous is not None:
            result.append(
                _(
                    "Gói này đã được nhận lúc {imported_at}."
                ).format(imported_at=shown_time(self.previous.imported_at))
            )
        result.extend(self.plan.lines())
        total = self.plan.totals()
        if self.file_count:
            result.append(_(
                "Tệp đính kèm: {file_count}."
            ).format(file_count=show_int(self.file_count)))
        if self.missing_files:
            result.append(_("Tệp đính kèm chưa có: ") + ", ".join(self.missing_files) + ".")
        if total.older:
            # Counted "không đổi" above; said apart because it is the one sign that
            # the sender went back (an old stick, or a register restored from a backup).
            result.append(
                _(
                    "{older} bản ghi trong gói cũ hơn bản đã có trong sổ nên giữ bản trong sổ "
                    "(gói cũ, hoặc nơi gửi đã khôi phục sổ từ bản sao lưu cũ)."
                ).format(older=show_int(total.older))
            )
        if total.conflicts:
            result.append(
                _(
                    "{conflicts} bản ghi xung đột được giữ lại để người dùng chọn (lệnh "
                    "conflicts)."
                ).format(conflicts=show_int(total.conflicts))
            )
        if self.applied:
            result.append(
                _(
                    "Đã nhận: {new} mới, {updated} cập nhật, {deleted} xóa."
                ).format(
                    new=show_int(total.new),
                    updated=show_int(total.updated),
                    deleted=show_int(total.deleted),
                )
            )
        elif not total.changes and not total.conflicts:
            result.append(_("Gói không có gì mới so với sổ."))
        return result


@dataclass
class PreparedImport:
    """A package read, checked and planned; nothing written yet."""

    report: ImportReport
    opened: OpenedPackage
    allowed_owners: set[str]
    record: UnitRecord | None
    role: str
    # The register's change counter when planned (read in the plan's transaction): the
    # import is refused if the register changed since (``RegisterChangedError``).
    stamp: int


def _check_unchanged(db: Register, prepared: PreparedImport) -> None:
    """Refuse a plan the register has moved on from: what the clerk saw in the preview
    is exactly what is written, or nothing is."""
    if import_plan.register_stamp(db) != prepared.stamp:
        raise RegisterChangedError(
            _(
                "Sổ đã thay đổi kể từ lúc xem trước gói “{file}” (có người vừa sửa dữ liệu, "
                "hoặc một gói khác vừa được nhận). Gói chưa được nhận, sổ không bị ghi gì. "
                "Hãy xem trước gói lại để biết gói sẽ thay đổi những gì rồi mới nhận."
            ).format(file=prepared.report.file_name)
        )


def _expected_kind(settings: UnitSettings) -> str:
    return KIND_UNIT if settings.role == "upper" else KIND_CATALOGUE


def _check_sender(
    db: Register,
    settings: UnitSettings, header: PackageHeader, approve_new_key: bool
) -> tuple[UnitRecord | None, bytes | None, str | None]:
    """(known record, pinned key to require, pinning) or a refusal."""
    if header.sender_unit_id == settings.unit_uuid:
        raise ExchangeError(
            _("Gói này do chính sổ này lập ra (cùng mã đơn vị); không nhận gói của chính mình.")
        )
    record = exchange_units.get_unit(db, header.sender_unit_id)
    if header.kind == KIND_UNIT:
        if record is None or record.role != "unit":
            if not approve_new_key:
                raise UnknownSenderError(
                    _(
                        "Gói của “{sender_name}” (mã {sender_unit_id}) đến từ một đơn vị chưa "
                        "có trong danh sách đơn vị của sổ này (chưa được cấp tệp thiết lập từ "
                        "đây).\nDấu vân tay khóa ký: {sender_fingerprint}\nNếu đúng là đơn vị "
                        "cấp dưới, hãy gọi điện đối chiếu dấu vân tay rồi chấp nhận đơn vị "
                        "mới; nếu không, đừng nhập gói này."
                    ).format(
                        sender_name=header.sender_name,
                        sender_unit_id=header.sender_unit_id,
                        sender_fingerprint=header.sender_fingerprint,
                    ),
                    sender_unit_id=header.sender_unit_id,
                    sender_name=header.sender_name,
                    fingerprint=header.sender_fingerprint,
                )
            return None, None, "first"
    elif record is None or record.role != "upper" or record.uuid != settings.upper_unit_uuid:
        raise UnknownSenderError(
            _(
                "Gói danh mục của “{sender_name}” không phải từ cấp trên đã thiết lập cho sổ "
                "này. Cấp trên chỉ được ghi nhận qua tệp thiết lập (lệnh apply-setup)."
            ).format(sender_name=header.sender_name),
            sender_unit_id=header.sender_unit_id,
            sender_name=header.sender_name,
            fingerprint=header.sender_fingerprint,
        )
    if not record.signing_key:
        return record, None, "first"
    pinned = bytes.fromhex(record.signing_key)
    if pinned == header.sender_signing_key:
        return record, pinned, None
    if approve_new_key:
        return record, None, "replaced"
    return record, pinned, None  # open_package refuses it with SignerChangedError


def _carried_owners(
    db: Register,
    settings: UnitSettings, header: PackageHeader, tables: dict[str, list[dict]]
) -> set[str]:
    """Owners of the catalogue rows a unit package carries (its history under another
    upper level); refused when they claim to be this office, the shared lists or
    another unit of this register. Another owner's record in any other table is
    refused by the record checks, row by row."""
    owners: set[str] = set()
    for table in exchange_snapshot.CARRIED_TABLES:  # elsewhere, only the sender's own records
        rows = tables.get(table)
        if isinstance(rows, list):
            owners |= {r.get("owner_unit") for r in rows if isinstance(r, dict)
                       and isinstance(r.get("owner_unit"), str)} - {header.sender_unit_id}
    if not owners:
        return set()
    known = {u.uuid for u in exchange_units.list_units(db, "unit")}
    refused = owners & ({settings.unit_uuid, DEFAULT_OWNER} | known)
    if refused:
        raise ExchangeError(
            _(
                "Gói mang bản ghi danh mục của chính sổ này hoặc của đơn vị khác trong sổ; gói "
                "có thể bị giả mạo. Sổ không thay đổi."
            )
        )
    return owners


def prepare_import(
    db: Register,
    file: Path,
    *,
    approve_new_key: bool = False,
    max_package_bytes: int = DEFAULT_MAX_PACKAGE_BYTES,
) -> PreparedImport:
    """Steps 1–4 of an import: read, check, open and plan; writes nothing at all.

    Raises a ``sync.errors.PackageError`` (a damaged, foreign or unknown package),
    ``ExchangeError`` (records that do not fit this register) or ``TransferError``
    (the file cannot be read). ``approve_new_key`` accepts a sender whose key
    changed, or (at the upper level) a unit not set up from here, after a person
    compared the fingerprint in the refusal's message with the sender.
    """
    file = Path(file)
    data = read_package_bytes(file, max_bytes=max_package_bytes)
    header = verified_header(data, max_package_bytes=max_package_bytes)
    # Everything the plan rests on, and the change counter it is stamped with, read as
    # of one moment: a write by another connection lands wholly before or after it.
    with db.reading():
        return _prepare_read(db, file, data, header, approve_new_key, max_package_bytes)


def _prepare_read(
    db: Register,
    file: Path,
    data: bytes,
    header: PackageHeader,
    approve_new_key: bool,
    max_package_bytes: int,
) -> PreparedImport:
    settings = get_settings(db)
    expected = _expected_kind(settings)
    if header.kind != expected:
        raise wrong_kind_error(header.kind, (expected,))
    record, pinned, pinning = _check_sender(db, settings, header, approve_new_key)
    keys = office_keys(db.path)
    opened = open_package(
        data,
        recipient_x25519_private=keys.receiving,
        pinned_signer_public=pinned,
        expected_kind=expected,
        max_package_bytes=max_package_bytes,
    )
    header = opened.header
    tables = opened.tables
    if header.kind == KIND_CATALOGUE:
        allowed = {header.sender_unit_id, DEFAULT_OWNER}
        extra = sorted(set(tables) - set(CATALOGUE_TABLES))
        if extra:
            raise ExchangeError(
                _(
                    "Gói danh mục chỉ mang danh mục, văn bản và hội nghị của cấp trên, nhưng "
                    "gói này có cả {join}. Gói bị từ chối, sổ không thay đổi."
                ).format(join=', '.join(TABLE_LABELS.get(t, t) for t in extra))
            )
    else:
        allowed = {header.sender_unit_id} | _carried_owners(db, settings, header, tables)
        if header.changes_only and not exchange_log.has_imported(
            db, header.sender_unit_id, header.base or ""
        ):
            raise ExchangeError(
                _(
                    "Gói này của “{sender_name}” chỉ mang phần thay đổi kể từ một gói trước mà "
                    "sổ này chưa nhận (gói đó bị thất lạc, hoặc sổ đã được khôi phục từ bản "
                    "sao lưu cũ hơn). Sổ không thay đổi. Hãy nhận gói trước đó nếu còn, hoặc "
                    "đề nghị đơn vị gửi gói đầy đủ (Gửi toàn bộ dữ liệu, lệnh export --full)."
                ).format(sender_name=header.sender_name)
            )
    attachments.check(tables, opened.files)
    # In the same read transaction as every read above and below.
    stamp = import_plan.register_stamp(db)
    plan = import_plan.plan_import(db, tables, header.sender_unit_id, allowed)
    report = ImportReport(
        file_name=file.name,
        kind=header.kind,
        package_id=header.package_id,
        created=header.created,
        sha256=opened.sha256,
        sender_unit=header.sender_unit_id,
        sender_name=record.name if record else header.sender_name,
        sender_fingerprint=header.sender_fingerprint,
        plan=plan,
        file_count=len(opened.files),
        changes_only=header.changes_only,
        pinning=pinning,
        previous=exchange_log.find_import(db, header.package_id),
        missing_files=attachments.missing_on_disk(
            db.path, tables.get("attachments", []), opened.files
        ),
    )
    return PreparedImport(report, opened, allowed, record, settings.role, stamp)


def commit_import(
    db: Register, prepared: PreparedImport, *, receipt: int | None = None
) -> ImportReport:
    """Step 5 and 6: store the attached files, then apply and log in one transaction.
    A failure rolls the transaction back whole.

    No whole copy of the register is taken first: the transaction also writes an undo
    record (``models.import_undo``) from which the import can be undone: the stick's
    ``receipt`` when given, else this package's own, opened in this same transaction
    (so a refused import leaves the previous record as it was).
    Raises ``RegisterChangedError``, having written nothing to the register, when it was
    written since ``prepared`` was planned (by any connection): prepare again to see
    what the package would change now.
    """
    try:
        return _commit(db, prepared, receipt)
    finally:
        if receipt is None:
            import_undo.close_receipt(db)


def _commit(db: Register, prepared: PreparedImport, receipt: int | None) -> ImportReport:
    """``commit_import`` leaving the undo record's triggers in place (a stick takes its
    next package with them)."""
    report = prepared.report
    # Checked first without the lock (a register changed since the preview stores no
    # file), then again under it, where nothing can slip in.
    _check_unchanged(db, prepared)
    report.files_written = attachments.store(db.path, prepared.opened.files)
    with db.atomic():
        _check_unchanged(db, prepared)
        if receipt is None:
            receipt = import_undo.open_receipt(db)
        _apply(db, prepared, receipt)
    report.plan.forget_rows()
    report.applied = True
    report.receipt = receipt
    return report


def _apply(db: Register, prepared: PreparedImport, receipt: int) -> None:
    """The package's writes, inside the caller's transaction, between the two notes of
    the undo record."""
    report = prepared.report
    header = prepared.opened.header
    import_undo.package_begins(db, receipt)
    signing_hex = header.sender_signing_key.hex()
    receiving_hex = header.sender_receiving_key.hex() if header.sender_receiving_key else None
    if prepared.record is None:
        exchange_units.save_unit(
            db, header.sender_unit_id, header.sender_name, header.sender_abbreviation,
            "unit", signing_hex, fingerprint(header.sender_signing_key), receiving_hex,
        )
    else:
        if report.pinning:
            exchange_units.pin_key(
                db, header.sender_unit_id, signing_hex, fingerprint(header.sender_signing_key)
            )
        if receiving_hex and receiving_hex != prepared.record.receiving_key:
            exchange_units.set_receiving_key(db, header.sender_unit_id, receiving_hex)
    import_plan.apply_import(db, report.plan)
    # The catalogue says which of our packages the upper level has imported: the
    # next package holds only what changed since the newest of them.
    exchange_log.confirm_exports(db, header.confirmed)
    exchange_units.mark_received(db, header.sender_unit_id, header.created)
    exchange_log.log_import(
        db, report.file_name, report.sha256, header.sender_unit_id, report.plan.as_dict(),
        package_id=header.package_id, package_created=header.created, kind=header.kind,
    )
    import_undo.package_ends(db, receipt)


# A stick of packages is taken in few transactions, with this much page cache (KiB): at
# a province of 100 communes a month's packages write ~30,000 leaves of the attendance
# indexes, most of them several times; kept in memory they reach the disk once, at the
# COMMIT (measured: 128 MB took 15 % longer, 512 MB no less).
STICK_CACHE_KIB = 256 * 1024
# A transaction ends after the package that brings its records written past this: a
# month of 100 communes (~250,000) is one; a first stick of full packages (3.3 million)
# is several, so that its WAL stays near the cache's size and an error late in it
# keeps the parts before.
STICK_PART_RECORDS = 500_000


@dataclass
class BatchResult:
    """Several packages imported one after another (a stick full of them)."""

    reports: list[ImportReport] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    # The undo record of the stick (``models.import_undo``), once a package changed
    # something: the way back instead of a whole copy of the register.
    receipt: int | None = None

    def add(self, part: BatchResult) -> None:
        self.reports += part.reports
        self.refused += part.refused
        self.receipt = part.receipt


class _WritesRefused(Exception):
    """A package whose rows could not be written after its plan held (not expected): the
    part's transaction is rolled back and the part taken again without it."""

    def __init__(self, index: int, message: str):
        super().__init__(message)
        self.index = index
        self.message = message


def import_packages(
    db: Register,
    files: list[Path],
    *,
    progress: Progress | None = None,
) -> BatchResult:
    """Import many packages, a few hundred thousand records a transaction. A refused
    package is reported and skipped; the others still go in (merging by revision, order
    does not matter). Senders needing a person's approval are refused here: import
    those one by one with ``approve_new_key``. Stopped by ``progress``, the packages
    taken so far are kept.

    Not one transaction a package: each package of a month at a province rewrites a few
    thousand index pages, most of them those the package before rewrote, and a COMMIT a
    package wrote them all again each time (half of the month's time). Each package is
    planned inside the transaction, so it sees those before it; another window's writes
    wait for the end of the transaction (the clerk waits for the stick anyway). A
    package is refused at its plan, which writes nothing; one whose rows still fail to
    go in rolls its transaction back, which is taken again without it. An error of the
    disk or the register rolls its transaction back and is raised: the parts before it
    are kept (and in the undo record), nothing is half-written.

    No whole copy of the register is taken first (at a province it cost more than the
    packages): the stick keeps an undo record (``models.import_undo``) from which the
    whole stick can be undone."""
    result = BatchResult()
    if not files:
        return result
    failed: dict[int, str] = {}
    index, stopped = 0, False
    try:
        with db.bulk_writing(STICK_CACHE_KIB):
            while index < len(files) and not stopped:
                part = BatchResult(receipt=result.receipt)
                try:
                    with db.atomic():
                        index, stopped = _take_part(db, files, index, failed, part, progress)
                except _WritesRefused as refused:
                    failed[refused.index] = refused.message
                    continue  # the same part again, without that package
                result.add(part)
    finally:
        # Triggers made in a transaction rolled back are gone already.
        import_undo.close_receipt(db)
    if progress is not None:
        progress(_("Đã xong"), len(files), len(files))
    return result


def _take_part(
    db: Register, files: list[Path], start: int, failed: dict[int, str], part: BatchResult,
    progress: Progress | None,
) -> tuple[int, bool]:
    """Packages from ``start`` on, into the open transaction, until they wrote
    ``STICK_PART_RECORDS``: (the next package's index, whether ``progress`` said stop)."""
    written = 0
    for index in range(start, len(files)):
        if written >= STICK_PART_RECORDS:
            return index, False
        file = Path(files[index])
        step = _("Đang nhận {name}").format(name=file.name)
        if progress is not None and progress(step, index, len(files)) is False:
            return index, True
        if index in failed:
            part.refused.append((file, failed[index]))
            continue
        try:
            prepared = prepare_import(db, file)
        except UserError as error:
            part.refused.append((file, str(error)))
            continue
        part.reports.append(_take(db, prepared, part, index))
        written += prepared.report.plan.totals().changes
    return len(files), False


def _take(db: Register, prepared: PreparedImport, part: BatchResult, index: int
          ) -> ImportReport:
    """One planned package of a stick, written inside the open transaction; the undo
    record is opened with the stick's first."""
    report = prepared.report
    report.files_written = attachments.store(db.path, prepared.opened.files)
    if part.receipt is None:
        part.receipt = import_undo.open_receipt(db)
    try:
        _apply(db, prepared, part.receipt)
    except ExchangeError as error:
        raise _WritesRefused(index, str(error)) from error
    report.plan.forget_rows()
    report.applied = True
    report.receipt = part.receipt
    return report


def import_package(
    db: Register,
    file: Path,
    *,
    dry_run: bool = False,
    approve_new_key: bool = False,
) -> ImportReport:
    """Import one package file (a unit's at the upper level, the catalogue at a unit).

    ``dry_run`` stops after the plan: the report says what would change, and nothing
    is written anywhere. Otherwise the register is backed up and the plan applied in
    one transaction. The same package twice, or an older one after a newer, changes
    no record. A register written by another connection between the plan and the
    transaction is planned again (a preview a person saw is never redone silently:
    that is ``prepare_import`` and ``commit_import``'s ``RegisterChangedError``).
    """
    prepared = prepare_import(db, file, approve_new_key=approve_new_key)
    if dry_run:
        return prepared.report
    try:
        return commit_import(db, prepared)
    except RegisterChangedError:
        # No one saw this plan (the command line plans and applies in one go): a write
        # by another connection that slipped in between is planned again, once.
        return commit_import(db, prepare_import(db, file, approve_new_key=approve_new_key))


__all__ = [
    "BatchResult",
    "ExportCancelled",
    "ExportedPackage",
    "ImportReport",
    "PreparedImport",
    "RegisterChangedError",
    "SignerChangedError",
    "UnknownSenderError",
    "commit_import",
    "export_package",
    "import_package",
    "import_packages",
    "list_packages",
    "office_keys",
    "prepare_import",
]
