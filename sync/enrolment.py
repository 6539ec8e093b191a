"""Setting a unit up for the exchange: the upper level issues a setup file, the unit
applies it.

``setup_unit`` (upper level) gives a unit its identity (UUID, name, abbreviation),
records it in the list of units, and writes its setup file with the current
catalogue. ``apply_setup_file`` (unit) stores the upper level's identity and its
two public keys, takes the unit identity from the file, and imports the catalogue,
in one transaction after a backup.

The unit identity rule. A register is born with a random unit UUID. Applying a
setup file that names another UUID:

- a register with no records of its own simply takes the new UUID;
- a register whose own records never left it (no setup file applied before and no
  package written) takes the new UUID and its records go with it, in the same
  transaction: nobody else holds them, so nothing can be orphaned;
- a register that already has an upper level or has written packages, and holds
  records of its own, refuses: its records may already sit at the upper level under
  the old UUID, and giving them a new owner would make two copies of each there.
  The clerk asks the upper level for the setup file issued to the right unit.
"""
from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path

from models import exchange_log, exchange_snapshot, exchange_units, import_plan
from models.backup import take_backup
from models.backup_names import REASON_IMPORT
from models.backup_thinning import thin_backups
from models.exchange_snapshot import CATALOGUE_TABLES
from models.i18n import _
from models.ids import DEFAULT_OWNER, new_uuid
from models.import_plan import ExchangeError, ImportPlan
from models.register import Register
from models.settings import get_settings, replace_unit_uuid, save_settings
from models.vntext import fold, show_int
from sync import attachments
from sync.envelope import DEFAULT_MAX_PACKAGE_BYTES, KIND_SETUP
from sync.import_export import office_keys
from sync.keys import fingerprint
from sync.setup_file import SetupFile, create_setup_file, read_setup_file
from sync.transfer import WrittenPackage, read_package_bytes, setup_file_name, write_package_to


@dataclass(frozen=True)
class IssuedSetup:
    """A setup file written for a unit (upper level)."""

    written: WrittenPackage
    unit_uuid: str
    unit_name: str
    unit_abbr: str
    reissued: bool
    signing_fingerprint: str
    counts: dict[str, int]

    def lines(self) -> list[str]:
        verb = _("Đã cấp lại") if self.reissued else _("Đã cấp")
        return [
            _(
                "{verb} tệp thiết lập cho {unit_name} (mã {unit_uuid})."
            ).format(verb=verb, unit_name=self.unit_name, unit_uuid=self.unit_uuid),
            _("Tệp: {target_path}").format(target_path=self.written.target_path),
            _(
                "Danh mục kèm theo: {values} bản ghi."
            ).format(values=show_int(sum(self.counts.values()))),
            _(
                "Dấu vân tay khóa ký của cấp trên (đọc cho đơn vị khi gọi điện): "
                "{signing_fingerprint}"
            ).format(signing_fingerprint=self.signing_fingerprint),
        ]


def setup_unit(
    db: Register,
    out_dir: Path,
    *,
    name: str,
    abbr: str,
    unit_uuid: str | None = None,
    staging_dir: Path | None = None,
    moved_in: bool = False,
) -> IssuedSetup:
    """Create a unit (or, with ``unit_uuid``, re-issue one) and write its setup file.

    ``moved_in`` with ``unit_uuid``: a unit that reported to another upper level
    until now keeps its own code, so that its records (its whole history, which its
    first package here brings) stay its own."""
    settings = get_settings(db)
    if settings.role != "upper":
        raise ExchangeError(
            _(
                "Chỉ sổ ở vai trò cấp trên mới cấp tệp thiết lập cho đơn vị (lệnh init --role "
                "upper)."
            )
        )
    name, abbr = name.strip(), abbr.strip()
    if not name or not abbr:
        raise ExchangeError(_("Cần nhập tên và chữ viết tắt của đơn vị."))
    known = exchange_units.list_units(db, "unit")
    if unit_uuid is None:
        same = [u for u in known if fold(u.name) == fold(name)]
        if same:
            raise ExchangeError(
                _(
                    "Đã có đơn vị “{name}” (mã {uuid}). Để cấp lại tệp thiết lập cho đơn vị "
                    "đó, hãy chọn đúng đơn vị (--unit MÃ) thay vì tạo đơn vị mới."
                ).format(name=same[0].name, uuid=same[0].uuid)
            )
        uuid, reissued = new_uuid(), False
    elif moved_in and unit_uuid not in {u.uuid for u in known}:
        try:
            uuid = str(uuid_module.UUID(unit_uuid))
        except ValueError:
            raise ExchangeError(
                _(
                    "“{unit_uuid}” không phải mã đơn vị. Hãy hỏi đơn vị mã của mình (trang Cài "
                    "đặt hoặc lệnh keys của sổ đơn vị) và nhập đúng."
                ).format(unit_uuid=unit_uuid)
            ) from None
        if uuid == settings.unit_uuid or exchange_units.get_unit(db, uuid) is not None:
            raise ExchangeError(_(
                "Mã “{uuid}” đã có trong sổ này, không phải đơn vị chuyển đến."
            ).format(uuid=uuid))
        reissued = False
    else:
        if unit_uuid not in {u.uuid for u in known}:
            raise ExchangeError(_(
                "Không có đơn vị mã “{unit_uuid}” trong danh sách đơn vị."
            ).format(unit_uuid=unit_uuid))
        uuid, reissued = unit_uuid, True
    catalogue = exchange_snapshot.catalogue_snapshot(db)
    gathered = attachments.gather(db.path, catalogue.get("attachments", []))
    keys = office_keys(db.path)
    data = create_setup_file(
        unit_id=uuid,
        unit_name=name,
        unit_abbreviation=abbr,
        upper_unit_id=settings.unit_uuid,
        upper_name=settings.unit_name,
        upper_abbreviation=settings.unit_abbr,
        upper_keys=keys,
        catalogue=catalogue,
        catalogue_files=gathered.files,
        confirmed=exchange_log.imported_from(db, uuid) if reissued else (),
    )
    counts = {t: len(rows) for t, rows in catalogue.items()}
    # The unit is listed only if its file was written: a failed copy leaves no unit
    # behind that nobody holds a setup file for.
    with db.atomic():
        exchange_units.save_unit(db, uuid, name, abbr, "unit")
        written = write_package_to(
            Path(out_dir), data, setup_file_name(abbr),
            staging_dir=Path(staging_dir) if staging_dir else db.packages_dir,
        )
        exchange_log.log_export(
            db, kind=KIND_SETUP, recipient_unit=uuid, package_id=_package_id(data),
            file_name=written.target_path.name, file_sha256=written.sha256, size=written.size,
            counts=counts,
        )
    return IssuedSetup(written, uuid, name, abbr, reissued, keys.signing_fingerprint, counts)


def _package_id(data: bytes) -> str:
    return read_setup_file(data).package_id


@dataclass
class SetupReport:
    """What applying a setup file found and (unless a preview) did."""

    setup: SetupFile
    plan: ImportPlan
    old_unit_uuid: str
    records_reowned: int
    pinning: str | None  # "first", "replaced" or None (same upper level, same key)
    missing_files: list[str] = field(default_factory=list)
    applied: bool = False
    backup_path: Path | None = None

    def lines(self) -> list[str]:
        s = self.setup
        result = [
            _(
                "Tệp thiết lập của {upper_name} cấp cho {unit_name} (mã {unit_id})."
            ).format(upper_name=s.upper_name, unit_name=s.unit_name, unit_id=s.unit_id),
            _(
                "Dấu vân tay khóa ký của cấp trên: {upper_signing_fingerprint} — hãy gọi điện "
                "đối chiếu với cấp trên."
            ).format(upper_signing_fingerprint=s.upper_signing_fingerprint),
        ]
        if self.pinning == "replaced":
            result.append(_("Khóa của cấp trên đã thay đổi và được chấp nhận."))
        if self.old_unit_uuid != s.unit_id:
            result.append(_(
                "Mã đơn vị của sổ đổi từ {old_unit_uuid} sang {unit_id}."
            ).format(old_unit_uuid=self.old_unit_uuid, unit_id=s.unit_id))
        if self.records_reowned:
            result.append(
                _(
                    "{records_reowned} bản ghi đã có trong sổ được chuyển sang mã đơn vị mới."
                ).format(records_reowned=show_int(self.records_reowned))
            )
        result.extend(self.plan.lines())
        if self.missing_files:
            result.append(_("Tệp đính kèm chưa có: ") + ", ".join(self.missing_files) + ".")
        if self.applied:
            result.append(_("Đã nhận tệp thiết lập; từ nay có thể gửi gói cho cấp trên."))
        return result


def apply_setup_file(
    db: Register,
    file: Path,
    *,
    approve_new_key: bool = False,
    dry_run: bool = False,
) -> SetupReport:
    """Take the identity, the upper level's keys and the catalogue from a setup file.

    Refuses (changing nothing) a damaged or altered file, one signed by a key other
    than the upper level's already pinned one (unless ``approve_new_key``), a
    register in the upper-level role, and a change of unit identity that would
    orphan records already sent (see the module's docstring).
    """
    file = Path(file)
    data = read_package_bytes(file, max_bytes=DEFAULT_MAX_PACKAGE_BYTES)
    settings = get_settings(db)
    if settings.role == "upper":
        raise ExchangeError(
            _("Sổ này đang ở vai trò cấp trên; tệp thiết lập dành cho sổ của đơn vị cấp dưới.")
        )
    upper_uuid = settings.upper_unit_uuid
    upper = exchange_units.get_unit(db, upper_uuid) if upper_uuid else None
    pinned = bytes.fromhex(upper.signing_key) if upper and upper.signing_key else None
    if upper is not None:
        moving = read_setup_file(data, pinned_upper_signing_public=None)
        if moving.upper_unit_id != upper.uuid:
            if not approve_new_key:
                raise ExchangeError(
                    _(
                        "Tệp thiết lập này do “{upper_name}” cấp, không phải cấp trên hiện tại "
                        "của sổ (“{name}”). Nếu đơn vị đã chuyển sang cấp trên mới, hãy gọi "
                        "điện cho cấp trên mới đối chiếu dấu vân tay khóa ký "
                        "{upper_signing_fingerprint}, rồi nhận lại tệp và chấp nhận cấp trên "
                        "mới (lệnh apply-setup --approve-new-key). Sổ không thay đổi."
                    ).format(
                        upper_name=moving.upper_name,
                        name=upper.name,
                        upper_signing_fingerprint=moving.upper_signing_fingerprint,
                    )
                )
            pinned = None  # a new upper level: its key is pinned from this file
    setup = read_setup_file(data, pinned_upper_signing_public=None if approve_new_key else pinned)
    if setup.upper_unit_id == settings.unit_uuid:
        raise ExchangeError(_("Tệp thiết lập này do chính sổ này cấp ra."))
    pinning = None
    if pinned is None:
        pinning = "first"
    elif pinned != setup.upper_signing_key:
        pinning = "replaced"
    old = settings.unit_uuid
    reown = 0
    if setup.unit_id != old:
        own = exchange_units.own_record_count(db, old)
        if own and (settings.upper_unit_uuid or exchange_log.has_exported(db)):
            raise ExchangeError(
                _(
                    "Tệp thiết lập này dành cho “{unit_name}” (mã {unit_id}), nhưng sổ này đã "
                    "được thiết lập là “{unit_name2}” (mã {old}) và đã có {own} bản ghi, có "
                    "thể đã gửi lên cấp trên. Sổ không thay đổi. Nếu cấp trên cấp nhầm tệp, "
                    "hãy đề nghị cấp lại đúng tệp của đơn vị mình."
                ).format(
                    unit_name=setup.unit_name,
                    unit_id=setup.unit_id,
                    unit_name2=settings.unit_name,
                    old=old,
                    own=show_int(own),
                )
            )
        reown = own
    extra = sorted(set(setup.catalogue_tables) - set(CATALOGUE_TABLES))
    if extra:
        raise ExchangeError(
            _(
                "Tệp thiết lập mang dữ liệu không thuộc danh mục ({extra}); tệp bị từ chối, sổ "
                "không thay đổi."
            ).format(extra=', '.join(extra))
        )
    attachments.check(setup.catalogue_tables, setup.catalogue_files)
    allowed = {setup.upper_unit_id, DEFAULT_OWNER}
    plan = import_plan.plan_import(db, setup.catalogue_tables, setup.upper_unit_id, allowed)
    report = SetupReport(
        setup=setup,
        plan=plan,
        old_unit_uuid=old,
        records_reowned=reown,
        pinning=pinning,
        missing_files=attachments.missing_on_disk(
            db.path, setup.catalogue_tables.get("attachments", []), setup.catalogue_files
        ),
    )
    if dry_run:
        return report
    report.backup_path = take_backup(db.path, REASON_IMPORT)
    thin_backups(db.backups_dir, dt.datetime.now())
    attachments.store(db.path, setup.catalogue_files)
    with db.atomic():
        if setup.unit_id != old:
            replace_unit_uuid(db, setup.unit_id)
            if reown:
                exchange_units.reown_records(db, old, setup.unit_id)
        # The keys in the file replace any held before: this is where a unit learns them.
        signing_hex = setup.upper_signing_key.hex()
        exchange_units.save_unit(
            db, setup.upper_unit_id, setup.upper_name, setup.upper_abbreviation, "upper",
            signing_hex, fingerprint(setup.upper_signing_key), setup.upper_receiving_key.hex(),
        )
        current = get_settings(db)
        if not current.initialised:
            # A register set up before anyone named it takes its names from the file;
            # one the clerk already named keeps what prints on its documents.
            current.unit_name = setup.unit_name
            current.unit_abbr = setup.unit_abbreviation or current.unit_abbr
            current.upper_name = setup.upper_name
            current.upper_abbr = setup.upper_abbreviation or current.upper_abbr
        current.upper_unit_uuid = setup.upper_unit_id
        current.role = "unit"
        current.initialised = True
        save_settings(db, current)
        if plan.changes_register:
            import_plan.apply_import(db, plan)
        exchange_log.confirm_exports(db, setup.confirmed)
        exchange_log.log_import(
            db, file.name, setup.sha256, setup.upper_unit_id, plan.as_dict(),
            package_id=setup.package_id, package_created=setup.created, kind=KIND_SETUP,
        )
    report.applied = True
    return report
