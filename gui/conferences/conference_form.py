"""Between the editor's fields and the record: filled from a ``ConferenceDetail``, read back
into one (with the problems of what was typed), and compared to tell whether anything changed.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

from models.conferences import BridgePoint, ConferenceDetail, Guest, Presenter, Speech
from models.rules.records import votes_problem
from models.store import can_edit
from models.vntext import format_int, parse_int


class ConferenceForm:
    """Between the editor's fields and the record: part of the conference editor.

    Methods of ``ConferenceEditor`` (``self`` is the editor: the tabs share its fields
    and its save). Their strings are in this class's translation context, which
    PySide finds by going up from the editor's class.
    """

    def _fill(self, detail: ConferenceDetail) -> None:
        conf = detail.conference
        self.title.setText(conf.title)
        self.kind.setCurrentIndex(max(self.kind.findData(conf.kind), 0))
        self.format.setCurrentIndex(max(self.format.findData(conf.format), 0))
        self.host_level.setCurrentText(conf.host_level)
        self.starts.setDateTime(_qdatetime(conf.starts_at))
        self.ends.setDateTime(_qdatetime(conf.ends_at or conf.starts_at))
        self.place.setText(conf.place)
        self.chair.setText(conf.chair_name)
        self.chair_position.setText(conf.chair_position)
        self.secretary.setText(conf.secretary_name)
        self.secretary_position.setText(conf.secretary_position)
        self.content.setPlainText(conf.content)
        self.reg_number.setValue(conf.reg_number or 0)
        self.term.setText(conf.term)
        self.copies.setValue(max(conf.copies, 1))
        for field in (
            self.title, self.place, self.chair, self.chair_position, self.secretary,
            self.secretary_position, self.term, self.host_level.lineEdit(),
        ):
            field.setCursorPosition(0)  # long text shows its beginning, not its end
        self.conclusion.setPlainText(conf.conclusion)
        for edit, value in (
            (self.votes_for, conf.votes_for),
            (self.votes_against, conf.votes_against),
            (self.votes_other, conf.votes_other),
        ):
            edit.setText("" if value is None else format_int(value))

        self.doc_chosen.clear()
        for uuid in detail.document_uuids:
            self._append_chosen(uuid)
        self.presenters.clear()
        for p in detail.presenters:
            row = self.presenters.add_row(
                [p.name, self._levels.get(p.level, p.level), p.position_title, p.topic], p.uuid
            )
            self.presenters.set_code(row, 1, p.level, self._levels.get(p.level, p.level))
        self.bridges.clear()
        for b in detail.bridge_points:
            self.bridges.add_row([b.name, b.host_person, format_int(b.attendees)], b.uuid)
        self.guests.clear()
        for g in detail.guests:
            self.guests.add_row([g.name, g.position_title], g.uuid)
        self.speeches.clear()
        for s in detail.discussion:
            self.speeches.add_row([s.speaker, s.speaker_position, s.content], s.uuid)
        self._show_bridge_total()
        self._show_vote_rates()

    def _state(self) -> tuple:
        """Everything the clerk can change, to tell whether anything was."""
        return (
            self.title.text(),
            self.kind.currentData(),
            self.format.currentData(),
            self.host_level.currentText(),
            self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"),
            self.ends.dateTime().toString("yyyy-MM-ddTHH:mm"),
            self.place.text(),
            self.chair.text(),
            self.chair_position.text(),
            self.secretary.text(),
            self.secretary_position.text(),
            self.content.toPlainText(),
            self.reg_number.value(),
            self.term.text(),
            self.copies.value(),
            self.conclusion.toPlainText(),
            self.votes_for.text(),
            self.votes_against.text(),
            self.votes_other.text(),
            tuple(self._chosen_uuids()),
            self.presenters.state(),
            self.bridges.state(),
            self.guests.state(),
            self.speeches.state(),
            tuple(self.sheet.pending_marks()),
        )

    def has_changes(self) -> bool:
        for rows in (self.presenters, self.bridges, self.guests, self.speeches):
            rows.commit_edit()
        return self._state() != self._clean

    def _collect(self) -> tuple[list[str], ConferenceDetail | None]:
        problems: list[str] = []
        votes: list[int | None] = []
        for label, edit in (
            (self.tr("Số phiếu tán thành"), self.votes_for),
            (self.tr("Số phiếu không tán thành"), self.votes_against),
            (self.tr("Số phiếu ý kiến khác"), self.votes_other),
        ):
            try:
                votes.append(parse_int(edit.text()))
            except ValueError:
                problems.append(
                    self.tr("{label} “{text}” phải là một số.").format(
                        label=label, text=edit.text().strip()
                    )
                )
                votes.append(None)
        bridge_points = []
        for uuid, texts, _codes in self.bridges.rows():
            try:
                attendees = parse_int(texts[2]) or 0
            except ValueError:
                problems.append(
                    self.tr("Số người dự tại điểm cầu “{name}” phải là một số.").format(
                        name=texts[0]
                    )
                )
                attendees = 0
            bridge_points.append(
                BridgePoint(uuid=uuid, name=texts[0], host_person=texts[1], attendees=attendees)
            )
        problems += self._votes_beyond_attendance(votes, bridge_points)
        if problems:
            return problems, None
        base = self.detail.conference if self.detail else None
        assert base is not None
        status = "draft" if self._was_final else base.status
        conf = dataclasses.replace(
            base,
            title=self.title.text(),
            kind=self.kind.currentData(),
            format=self.format.currentData(),
            host_level=self.host_level.currentText(),
            starts_at=self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"),
            ends_at=self.ends.dateTime().toString("yyyy-MM-ddTHH:mm"),
            place=self.place.text(),
            chair_name=self.chair.text(),
            chair_position=self.chair_position.text(),
            secretary_name=self.secretary.text(),
            secretary_position=self.secretary_position.text(),
            content=self.content.toPlainText(),
            reg_number=self.reg_number.value() or None,
            term=self.term.text(),
            copies=self.copies.value(),
            conclusion=self.conclusion.toPlainText(),
            votes_for=votes[0],
            votes_against=votes[1],
            votes_other=votes[2],
            status=status,
        )
        detail = ConferenceDetail(
            conference=conf,
            document_uuids=self._chosen_uuids(),
            presenters=[
                Presenter(
                    uuid=uuid,
                    name=texts[0],
                    level=codes[1] or _code_for(self._levels, texts[1]),
                    position_title=texts[2],
                    topic=texts[3],
                )
                for uuid, texts, codes in self.presenters.rows()
            ],
            bridge_points=bridge_points,
            guests=[
                Guest(uuid=uuid, name=texts[0], position_title=texts[1])
                for uuid, texts, _codes in self.guests.rows()
            ],
            discussion=[
                Speech(uuid=uuid, speaker=texts[0], speaker_position=texts[1], content=texts[2])
                for uuid, texts, _codes in self.speeches.rows()
            ],
        )
        return [], detail

    def _votes_beyond_attendance(
        self, votes: list[int | None], bridge_points: list[BridgePoint]
    ) -> list[str]:
        """The record rule on votes (``models.rules.records.votes_problem``), said before
        saving with the marks and rows as they are on screen. Another office's conference
        keeps its own votes, counted against its own attendance, not this unit's."""
        if self.detail and not can_edit(self.db, self.detail.conference.owner_unit):
            return []
        problem = votes_problem(
            votes, self.sheet.totals().present, len(self.guests.rows()),
            sum(b.attendees for b in bridge_points),
        )
        return [problem] if problem else []


def _qdatetime(text: str) -> QDateTime:
    moment = dt.datetime.fromisoformat(text)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _code_for(choices: dict[str, str], label: str) -> str:
    for code, text in choices.items():
        if text == label:
            return code
    return label
