<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../gui/outreach_page.py" line="35" />
        <source>Hoạt động tuyên truyền mới</source>
        <translation>New propaganda activity</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="37" />
        <source>Sửa hoạt động tuyên truyền</source>
        <translation>Edit propaganda activity</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="46" />
        <source>— chọn hình thức —</source>
        <translation>— choose a channel —</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="50" />
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="54" />
        <source>ví dụ: buổi, tin bài, lượt phát, cái</source>
        <translation>e.g. sessions, articles, broadcasts, pieces</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="55" />
        <source>số người nghe, xem (nếu biết)</source>
        <translation>number of listeners or viewers (if known)</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="56" />
        <source>Ngày thực hiện:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="57" />
        <source>Hình thức:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="58" />
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="59" />
        <source>Văn bản tuyên truyền:</source>
        <translation>Document promoted:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="60" />
        <source>Số lượng:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="61" />
        <source>Đơn vị tính:</source>
        <translation>Unit of count:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="62" />
        <source>Số người được tuyên truyền:</source>
        <translation>People reached:</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="72" />
        <source>Hoạt động này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This activity belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="85" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="86" />
        <source>Số người được tuyên truyền</source>
        <translation>People reached</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="76" />
        <source>Sổ Nghị quyết</source>
        <translation>Sổ Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="99" />
        <source>Chi tiết được ghi trong tệp: {path}</source>
        <translation>Details were written to the file: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="104" />
        <source>Lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="127" />
        <source>Không mở được sổ dữ liệu</source>
        <translation>Could not open the register</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="100" />
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="101" />
        <source>Vắng có lý do</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="102" />
        <source>Vắng không lý do</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="103" />
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="106" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="107" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="108" />
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="109" />
        <source>Đảng viên</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="110" />
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="111" />
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="112" />
        <source>Học bù ngày</source>
        <translation>Made up on</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="116" />
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="117" />
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="426" />
        <source>Gõ vài chữ của tên, không cần dấu…</source>
        <translation>Type part of a name, accents optional…</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="432" />
        <source>Chỉ hiện người vắng</source>
        <translation>Show only the absent</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="440" />
        <source>&amp;Tìm tên:</source>
        <translation>&amp;Find name:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="444" />
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="474" />
        <source>Có mặt (P)</source>
        <translation>Present (P)</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="475" />
        <source>Vắng có lý do (L)…</source>
        <translation>Absent with reason (L)…</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="476" />
        <source>Vắng không lý do (K)</source>
        <translation>Absent without reason (K)</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="477" />
        <source>&amp;Cả chi bộ có mặt (Shift+P)</source>
        <translation>Whole &amp;Party cell present (Shift+P)</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="478" />
        <source>&amp;Học bù…</source>
        <translation>&amp;Make-up session…</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="505" />
        <source>Phím: P hoặc phím cách = có mặt · L = vắng có lý do · K = vắng không lý do · Shift+P = cả chi bộ có mặt · Enter = dòng sau (hoặc về ô tìm) · Esc = về ô tìm</source>
        <translation>Keys: P or Space = present · L = absent with reason · K = absent without reason · Shift+P = whole Party cell present · Enter = next row (or back to the search box) · Esc = back to the search box</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="538" />
        <source>Tất cả chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="564" />
        <source>{shown}/{total} người</source>
        <translation>{shown}/{total} people</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="614" />
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="616" />
        <source>Danh mục lý do vắng mặt đang trống. Hãy thêm lý do trong phần Danh mục.</source>
        <translation>The list of absence reasons is empty. Add reasons under the shared lists.</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="621" />
        <source>{n} đồng chí</source>
        <translation>{n} comrades</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="705" />
        <source>Tổng số {members} đảng viên (chính thức {official}, dự bị {probationary}) · Miễn sinh hoạt {excused} · Phải dự {eligible} · Có mặt {present} · Vắng có lý do {absent_reason} · Vắng không lý do {absent_no_reason} · Đã học bù {made_up}</source>
        <translation>{members} members in all (full {official}, probationary {probationary}) · Excused {excused} · Expected {eligible} · Present {present} · Absent with reason {absent_reason} · Absent without reason {absent_no_reason} · Made up {made_up}</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="731" />
        <location filename="../../gui/attendance_sheet.py" line="745" />
        <source>Học bù</source>
        <translation>Make-up sessions</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="733" />
        <source>Hãy chọn những đồng chí vắng mặt đã học bù (giữ Ctrl hoặc Shift để chọn nhiều người; đánh dấu “Chỉ hiện người vắng” cho dễ chọn), rồi bấm Học bù.</source>
        <translation>Select the absent comrades who attended a make-up session (hold Ctrl or Shift to select several; tick “Show only the absent” to make it easier), then press Make-up session.</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="746" />
        <source>Hãy lưu hội nghị và điểm danh trước khi ghi học bù.</source>
        <translation>Save the conference and its attendance before recording a make-up session.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="472" />
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="476" />
        <source>Chọn một bản sao lưu trong danh sách, hoặc bấm “Chọn tệp khác…” để lấy bản sao lưu trên USB. Bản được chọn sẽ được kiểm tra trước khi khôi phục.</source>
        <translation>Choose a backup in the list, or press “Choose another file…” to take a backup from a USB stick. The chosen backup is checked before it is restored.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="489" />
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="491" />
        <source>Khôi phục từ bản này</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="494" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="287" />
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="294" />
        <source>Chương trình tự sao lưu sổ mỗi giờ khi có thay đổi và mỗi khi đóng cửa sổ. Mỗi tuần nên sao lưu thêm ra USB và cất USB ở nơi khác, phòng khi máy hỏng hoặc mất.</source>
        <translation>The program backs up the register every hour when something changed, and whenever the window is closed. Once a week, also back up to a USB stick and keep the stick somewhere else, in case the PC breaks or is lost.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="304" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="306" />
        <source>Sao lưu ra USB / thư mục…</source>
        <translation>Back up to USB / folder…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="308" />
        <source>Mở thư mục sao lưu</source>
        <translation>Open the backups folder</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="322" />
        <source>Các bản sao lưu trên máy này</source>
        <translation>Backups on this PC</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="328" />
        <source>Chưa có bản sao lưu nào.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="331" />
        <source>Khôi phục từ bản này…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="333" />
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="334" />
        <source>Một bản sao lưu trên USB hoặc ở thư mục khác</source>
        <translation>A backup on a USB stick or in another folder</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="342" />
        <source>Khôi phục đưa sổ về đúng như lúc sao lưu. Sổ hiện tại được giữ lại thành một bản sao lưu “Trước khi khôi phục”, nên không mất gì.</source>
        <translation>Restoring takes the register back to exactly how it was when the backup was taken. The current register is kept as a “Before a restore” backup, so nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="355" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="368" />
        <source>Sổ này chưa được sao lưu lần nào.</source>
        <translation>This register has never been backed up.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="371" />
        <source>Sao lưu gần nhất: {when} ({reason})</source>
        <translation>Last backup: {when} ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="394" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="394" />
        <source>Đang sao lưu sổ dữ liệu…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="402" />
        <source>Đã sao lưu xong. Bản sao lưu mới nằm ở đầu danh sách.</source>
        <translation>Backed up. The new backup is at the top of the list.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="409" />
        <source>Chọn USB hoặc thư mục để chép bản sao lưu</source>
        <translation>Choose the USB stick or folder to copy the backup to</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="419" />
        <source>Sao lưu ra USB / thư mục</source>
        <translation>Back up to USB / folder</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="420" />
        <source>Đang chép bản sao lưu ra “{folder}”…</source>
        <translation>Copying the backup to “{folder}”…</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="429" />
        <source>Đã chép bản sao lưu ra “{path}” và kiểm tra lại: bản chép đọc được, đúng từng byte. Có thể rút USB.</source>
        <translation>The backup was copied to “{path}” and checked again: the copy reads back, byte for byte. The USB stick can be removed.</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="457" />
        <source>Đã khôi phục sổ từ bản sao lưu {what}.</source>
        <translation>The register was restored from the backup {what}.</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="210" />
        <source>Thời điểm sao lưu</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="210" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="210" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="47" />
        <source>Tự động</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="48" />
        <source>Sao lưu theo yêu cầu</source>
        <translation>Backed up on request</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="49" />
        <source>Trước khi nhận gói dữ liệu</source>
        <translation>Before receiving a package</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="50" />
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="51" />
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="52" />
        <source>Bản hỏng giữ lại trước khi khôi phục</source>
        <translation>Damaged register kept before a restore</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="87" />
        <source>{date} lúc {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="96" />
        <source>trong tệp “{name}”</source>
        <translation>in the file “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="99" />
        <source>ngày {when} ({reason})</source>
        <translation>of {when} ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="194" />
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="196" />
        <source>Bản sao lưu (*.db);;Mọi tệp (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="526" />
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../gui/backup_dialogs.py" line="527" />
        <source>Không khôi phục từ bản này vì: {problem}

Sổ dữ liệu được giữ nguyên, không có gì thay đổi. Hãy chọn một bản sao lưu khác.</source>
        <translation>This backup is not restored because: {problem}

The register is kept as it was; nothing has changed. Please choose another backup.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/overview.py" line="69" />
        <source>Chưa có số liệu trong năm này.</source>
        <translation>No figures for this year yet.</translation>
    </message>
</context>
<context>
    <name>ChiBoEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="48" />
        <source>Chi bộ mới</source>
        <translation>New Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="48" />
        <source>Sửa chi bộ</source>
        <translation>Edit Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="50" />
        <source>ví dụ: Chi bộ thôn Đông</source>
        <translation>e.g. Chi bộ thôn Đông</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="55" />
        <source>thứ tự trong danh sách</source>
        <translation>position in the list</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="57" />
        <source>Tên chi bộ:</source>
        <translation>Party cell name:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="58" />
        <source>Loại hình:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="59" />
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="66" />
        <source>Chi bộ này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This Party cell belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="72" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>ChiBoList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="23" />
        <source>Danh sách chi bộ</source>
        <translation>Party cells</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="26" />
        <source>chi bộ</source>
        <translation>Party cells</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="30" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="31" />
        <source>Tên chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="32" />
        <source>Loại hình</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="33" />
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="34" />
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="35" />
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="39" />
        <source>Mọi loại hình</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="51" />
        <source>chi bộ “{name}”</source>
        <translation>Party cell “{name}”</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <location filename="../../gui/conference_editor.py" line="274" />
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="278" />
        <source>Học tập</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="279" />
        <source>Quán triệt</source>
        <translation>Grasping</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="280" />
        <source>Triển khai</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="281" />
        <source>Sơ kết</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="282" />
        <source>Tổng kết</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="285" />
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="286" />
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="287" />
        <source>Kết hợp</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="290" />
        <source>Báo cáo viên Trung ương</source>
        <translation>Central presenter</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="291" />
        <source>Báo cáo viên cấp tỉnh</source>
        <translation>Provincial presenter</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="292" />
        <source>Báo cáo viên cấp huyện</source>
        <translation>District presenter</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="293" />
        <source>Tuyên truyền viên cơ sở</source>
        <translation>Grassroots propagandist</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="303" />
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="304" />
        <source>Văn bản, báo cáo viên</source>
        <translation>Documents, presenters</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="305" />
        <source>Điểm cầu</source>
        <translation>Bridge points</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="306" />
        <source>Khách mời</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="307" />
        <source>Thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="308" />
        <source>Kết luận, biểu quyết</source>
        <translation>Conclusion, votes</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="313" />
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="314" />
        <location filename="../../gui/conference_editor.py" line="876" />
        <source>Học bù</source>
        <translation>Make-up sessions</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="322" />
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="323" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="355" />
        <source>Ví dụ: Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW</source>
        <translation>E.g. Conference to study Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="378" />
        <source>Nội dung hội nghị (các văn bản được học tập, quán triệt, triển khai…)</source>
        <translation>What the conference covered (the documents studied, grasped, rolled out…)</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="382" />
        <source>chưa ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="383" />
        <source>Lấy số tiếp theo</source>
        <translation>Take the next number</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="398" />
        <source>&amp;Tên hội nghị:</source>
        <translation>Conference &amp;name:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="400" />
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="402" />
        <source>Hình thức:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="404" />
        <source>Cấp chủ trì:</source>
        <translation>Host level:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="406" />
        <source>Bắt đầu:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="408" />
        <source>Kết thúc:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="410" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="412" />
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="414" />
        <location filename="../../gui/conference_editor.py" line="418" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="416" />
        <source>Người ghi biên bản:</source>
        <translation>Minute-taker:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="420" />
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="426" />
        <source>Số biên bản:</source>
        <translation>Minutes number:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="428" />
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="430" />
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="448" />
        <source>Tìm văn bản theo số, tên (không cần dấu)…</source>
        <translation>Find a document by number or title (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="467" />
        <source>Chọn văn bản →</source>
        <translation>Choose document →</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="468" />
        <source>← Bỏ chọn</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="473" />
        <source>Sổ văn bản:</source>
        <translation>Document register:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="482" />
        <source>Văn bản học tập tại hội nghị:</source>
        <translation>Documents studied at the conference:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="484" />
        <source>Văn bản học tập, quán triệt</source>
        <translation>Documents studied</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="491" />
        <location filename="../../gui/conference_editor.py" line="535" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="491" />
        <source>Cấp báo cáo viên</source>
        <translation>Presenter level</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="491" />
        <location filename="../../gui/conference_editor.py" line="545" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="492" />
        <source>Nội dung trình bày</source>
        <translation>Topic presented</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="497" />
        <source>Báo cáo viên</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="513" />
        <source>Tên điểm cầu</source>
        <translation>Bridge point</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="513" />
        <source>Người chủ trì điểm cầu</source>
        <translation>Host at the bridge point</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="513" />
        <location filename="../../gui/conference_editor.py" line="519" />
        <source>Số người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="524" />
        <source>Ghi các điểm cầu trực tuyến của đơn vị: tên, người chủ trì và số người dự.</source>
        <translation>Record the unit's online bridge points: name, host and number of attendees.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="535" />
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="537" />
        <source>Đại biểu, khách mời dự hội nghị:</source>
        <translation>Delegates and guests at the conference:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="545" />
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="545" />
        <source>Nội dung phát biểu</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="554" />
        <source>Chọn một ý kiến ở bảng trên để ghi đầy đủ nội dung phát biểu tại đây.</source>
        <translation>Choose a contribution in the table above to write what was said in full here.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="564" />
        <source>Ý kiến thảo luận, theo thứ tự phát biểu:</source>
        <translation>Contributions to the discussion, in the order spoken:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="572" />
        <source>Kết luận của đồng chí chủ trì hội nghị</source>
        <translation>The chair's conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="578" />
        <source>Biểu quyết (nếu có)</source>
        <translation>Votes (if any)</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="582" />
        <source>Tán thành:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="583" />
        <source>Không tán thành:</source>
        <translation>Against:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="584" />
        <source>Ý kiến khác:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="587" />
        <source>số phiếu</source>
        <translation>votes</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="596" />
        <source>Kết luận hội nghị:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="606" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="606" />
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="606" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="606" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="607" />
        <source>Những đồng chí học bù</source>
        <translation>Comrades who made up</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="623" />
        <source>Để ghi học bù: sang tab Điểm danh, chọn những người vắng đã học bù, rồi bấm “Học bù…”.</source>
        <translation>To record a make-up session: go to the Attendance tab, select the absentees who made up, then press “Make-up session…”.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="628" />
        <source>Chọn người học bù…</source>
        <translation>Choose who made up…</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="644" />
        <source>(văn bản không còn trong sổ)</source>
        <translation>(document no longer in the register)</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="646" />
        <source> ngày {date}</source>
        <translation> of {date}</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="649" />
        <source>{kind} số {symbol}{when} — {title}</source>
        <translation>{kind} {symbol}{when} — {title}</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="670" />
        <source>Hội nghị mới</source>
        <translation>New conference</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="679" />
        <source>Hội nghị: {title}</source>
        <translation>Conference: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="695" />
        <source>Hội nghị này do cấp trên tổ chức. Ở đây chỉ ghi điểm cầu, điểm danh và học bù của đơn vị mình; các phần khác chỉ xem.</source>
        <translation>This conference is held by the upper level. Here you record only your unit's bridge points, attendance and make-up sessions; the rest can only be viewed.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="788" />
        <source>Tổng cộng: {count} điểm cầu, {people} người dự</source>
        <translation>In all: {count} bridge points, {people} attendees</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="792" />
        <source> (có số người dự chưa đúng dạng số)</source>
        <translation> (some attendee counts are not numbers)</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="807" />
        <source>Tổng số phiếu: {total}</source>
        <translation>Votes in all: {total}</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="858" />
        <source>{sessions} buổi học bù · {made_up}/{absent} đồng chí vắng mặt đã học bù · còn {left} đồng chí chưa học bù</source>
        <translation>{sessions} make-up sessions · {made_up}/{absent} absentees made up · {left} still to make up</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="877" />
        <source>Cần lưu hội nghị và điểm danh trước khi ghi học bù. Lưu ngay?</source>
        <translation>The conference and attendance must be saved before recording a make-up session. Save now?</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="879" />
        <location filename="../../gui/conference_editor.py" line="1070" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="880" />
        <location filename="../../gui/conference_editor.py" line="1072" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="927" />
        <source>Số phiếu tán thành</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="928" />
        <source>Số phiếu không tán thành</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="929" />
        <source>Số phiếu ý kiến khác</source>
        <translation>Other votes</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="935" />
        <source>{label} “{text}” phải là một số.</source>
        <translation>{label} “{text}” must be a number.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="946" />
        <source>Số người dự tại điểm cầu “{name}” phải là một số.</source>
        <translation>The number of attendees at bridge point “{name}” must be a number.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1010" />
        <source>Chưa lưu được:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1038" />
        <source>Đã lưu lúc {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1051" />
        <source>Biên bản đã in</source>
        <translation>Minutes printed</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1052" />
        <source>Biên bản đã in để ký. Bạn vẫn muốn sửa?</source>
        <translation>The minutes were printed for signing. Edit anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1054" />
        <source>Vẫn sửa</source>
        <translation>Edit anyway</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1055" />
        <source>Không sửa</source>
        <translation>Don't edit</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1058" />
        <source>Sau khi lưu, biên bản trở lại bản nháp và cần in lại để ký.</source>
        <translation>After saving, the minutes become a draft again and must be printed again for signing.</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1067" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1068" />
        <source>Hội nghị có thay đổi chưa lưu. Bạn có muốn lưu trước khi đóng?</source>
        <translation>The conference has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="1071" />
        <source>Không lưu</source>
        <translation>Don't save</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../gui/conferences_page.py" line="26" />
        <source>Hội nghị học tập, quán triệt</source>
        <translation>Study conferences</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="29" />
        <source>hội nghị</source>
        <translation>conferences</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="34" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="37" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="38" />
        <source>Tên hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="39" />
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="40" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="41" />
        <source>Đã học</source>
        <translation>Studied</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="42" />
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="44" />
        <source>Điểm cầu</source>
        <translation>Bridge points</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="47" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="52" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="53" />
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="54" />
        <source>Mọi hình thức</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="55" />
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="71" />
        <source>hội nghị “{title}” cùng danh sách điểm danh của hội nghị</source>
        <translation>conference “{title}” with its attendance list</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../gui/document_editor.py" line="53" />
        <source>Văn bản mới</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="53" />
        <source>Sửa văn bản</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="59" />
        <source>ví dụ: 57-NQ/TW</source>
        <translation>e.g. 57-NQ/TW</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="69" />
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="73" />
        <source>ví dụ: Bộ Chính trị, Ban Chấp hành Trung ương</source>
        <translation>e.g. Politburo, Central Committee</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="76" />
        <source>ví dụ: XIII, hoặc 2020-2025</source>
        <translation>e.g. XIII, or 2020-2025</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="78" />
        <source>trích yếu nội dung văn bản</source>
        <translation>title of the document</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="81" />
        <source>Số, ký hiệu:</source>
        <translation>Number and symbol:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="82" />
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="83" />
        <source>Cấp ban hành:</source>
        <translation>Issuing level:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="84" />
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="85" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="86" />
        <source>Khóa, nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="87" />
        <source>Trích yếu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="88" />
        <source>Tóm tắt nội dung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="97" />
        <source>Đính kèm tệp…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="99" />
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="101" />
        <source>Gỡ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="107" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="127" />
        <source>Văn bản này do cấp trên quản lý trong danh mục chung; ở đây chỉ xem.</source>
        <translation>This document is kept by the upper level in the shared catalogue; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="150" />
        <source>{name} (chưa lưu)</source>
        <translation>{name} (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="154" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="196" />
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="197" />
        <source>Không tìm thấy tệp “{name}” trong thư mục dữ liệu.</source>
        <translation>The file “{name}” was not found in the data folder.</translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="230" />
        <source>Không đính kèm được tệp: chưa biết thư mục dữ liệu.</source>
        <translation>Could not attach the file: the data folder is not known.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../gui/documents_page.py" line="19" />
        <source>Sổ văn bản</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="22" />
        <source>văn bản</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="26" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="27" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="28" />
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="29" />
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="30" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="31" />
        <source>Khóa</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="33" />
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="40" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="41" />
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="42" />
        <source>Mọi cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="55" />
        <source>văn bản {symbol} “{title}”</source>
        <translation>document {symbol} “{title}”</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../gui/editor.py" line="79" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="80" />
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="83" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="155" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../gui/first_start.py" line="51" />
        <source>Bắt đầu dùng Sổ Nghị quyết</source>
        <translation>Getting started with Sổ Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="63" />
        <source>Chào mừng bạn đến với Sổ Nghị quyết</source>
        <translation>Welcome to Sổ Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="71" />
        <source>Hãy cho biết tên đơn vị và cấp trên. Các tên này được in trên biên bản, báo cáo; có thể sửa lại bất cứ lúc nào trong mục Cài đặt.</source>
        <translation>Enter the names of your unit and its upper level. They are printed on minutes and reports and can be changed at any time under Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="79" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="82" />
        <source>ví dụ: Đảng ủy xã Cẩm Giàng</source>
        <translation>e.g. Đảng ủy xã Cẩm Giàng</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="86" />
        <source>ví dụ: ĐU</source>
        <translation>e.g. ĐU</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="90" />
        <source>tên địa danh ghi trước ngày tháng, ví dụ: Cẩm Giàng</source>
        <translation>place name written before the date, e.g. Cẩm Giàng</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="93" />
        <source>ví dụ: 2025-2030</source>
        <translation>e.g. 2025-2030</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="94" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="95" />
        <location filename="../../gui/first_start.py" line="108" />
        <source>Viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="96" />
        <source>Văn phòng:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="97" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="98" />
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="101" />
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="104" />
        <source>ví dụ: Đảng bộ tỉnh Hải Dương</source>
        <translation>e.g. Đảng bộ tỉnh Hải Dương</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="107" />
        <source>Tên cấp trên:</source>
        <translation>Upper level name:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="109" />
        <source>Cơ quan nhận báo cáo:</source>
        <translation>Office receiving reports:</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="112" />
        <source>Máy này dùng cho</source>
        <translation>This computer is used by</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="114" />
        <source>Văn phòng cấp cơ sở (xã, phường, cơ quan)</source>
        <translation>Grassroots office (commune, ward, agency)</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="115" />
        <source>Cấp trên tổng hợp</source>
        <translation>Upper-level office (consolidates units)</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="123" />
        <source>Dữ liệu ban đầu</source>
        <translation>Starting data</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="126" />
        <source>Sổ trống: tự nhập văn bản, chi bộ, đảng viên của đơn vị</source>
        <translation>Empty register: enter your unit's documents, Party cells and members yourself</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="130" />
        <source>Dữ liệu mẫu để làm quen (khoảng 1.200 đảng viên, 3 năm); chỉ nên chọn khi dùng thử</source>
        <translation>Demo data to get to know the program (about 1,200 members, 3 years); only for trying it out</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="142" />
        <source>Phiên bản này chưa có dữ liệu mẫu.</source>
        <translation>This version has no demo data.</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="152" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="155" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="188" />
        <source>Đã dừng tạo dữ liệu mẫu; sổ vẫn trống.</source>
        <translation>Demo data stopped; the register is still empty.</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="192" />
        <source>Không tạo được dữ liệu mẫu</source>
        <translation>Could not create the demo data</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="224" />
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="225" />
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating demo data…</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="174" />
        <source>Nhóm người tham dự mới</source>
        <translation>New participant group</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="174" />
        <source>Sửa nhóm người tham dự</source>
        <translation>Edit participant group</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="177" />
        <source>ví dụ: Cán bộ, công chức không là đảng viên</source>
        <translation>e.g. cadres and civil servants who are not Party members</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="179" />
        <source>Tên nhóm:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="180" />
        <source>Số người:</source>
        <translation>Number of people:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="186" />
        <source>Nhóm này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This group belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="192" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="109" />
        <source>Nhóm người tham dự không là đảng viên</source>
        <translation>Groups of non-member participants</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="112" />
        <source>nhóm</source>
        <translation>groups</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="116" />
        <source>Tên nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="117" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="130" />
        <source>nhóm “{name}”</source>
        <translation>group “{name}”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../gui/help.py" line="12" />
        <source>Hướng dẫn nhanh</source>
        <translation>Quick help</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="20" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="30" />
        <source>Cách dùng</source>
        <translation>How to use it</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="32" />
        <source>Chọn một mục ở cột bên trái: Văn bản, Hội nghị, Kế hoạch hành động, Tuyên truyền, Thu hoạch, Tổ chức đảng, Cài đặt.</source>
        <translation>Choose an area in the left column: Documents, Conferences, Action plans, Propaganda, Reflections, Party organisation, Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="34" />
        <source>Mỗi mục là một danh sách. Bấm đúp vào một dòng (hoặc Enter) để xem và sửa; bấm “Thêm mới” để nhập mục mới.</source>
        <translation>Each area is a list. Double-click a row (or press Enter) to view and edit it; press “New” to enter a new item.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="36" />
        <source>Ô tìm kiếm không cần gõ dấu: gõ “dang uy” cũng tìm thấy “Đảng ủy”. Các ô chọn bên cạnh lọc theo năm, loại, chi bộ…</source>
        <translation>The search box does not need accents: typing “dang uy” also finds “Đảng ủy”. The drop-downs beside it filter by year, type, Party cell…</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="38" />
        <source>Bấm vào tên cột để sắp xếp theo cột đó.</source>
        <translation>Click a column heading to sort by that column.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="42" />
        <source>Không mất dữ liệu</source>
        <translation>Nothing is lost</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="44" />
        <source>Bấm “Lưu” là dữ liệu được ghi ngay. Nếu nhập sai, dòng chữ đỏ cho biết cần sửa gì và chưa có gì bị ghi.</source>
        <translation>Pressing “Save” stores the data at once. If something is wrong, red text says what to fix and nothing is stored.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="46" />
        <source>Đóng cửa sổ khi còn thay đổi chưa lưu, chương trình sẽ hỏi có lưu hay không.</source>
        <translation>Closing a window with unsaved changes asks whether to save them.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="48" />
        <source>Xóa một mục luôn được hỏi lại. Mục đã xóa xem trong nút “Mục đã xóa” và bấm “Khôi phục” để lấy lại.</source>
        <translation>Deleting always asks first. Deleted items are shown under “Deleted items”; press “Restore” to bring one back.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="50" />
        <source>Thanh dưới cùng cho biết lần sao lưu gần nhất.</source>
        <translation>The bar at the bottom shows when the last backup was taken.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="54" />
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="56" />
        <source>Ctrl+N: thêm mới trong danh sách đang mở.</source>
        <translation>Ctrl+N: add a new item to the open list.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="57" />
        <source>Ctrl+S: lưu.</source>
        <translation>Ctrl+S: save.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="58" />
        <source>Ctrl+F: đến ô tìm kiếm; mũi tên xuống để vào danh sách.</source>
        <translation>Ctrl+F: go to the search box; Down arrow moves into the list.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="59" />
        <source>Delete: xóa dòng đang chọn (có hỏi lại).</source>
        <translation>Delete: delete the selected row (asks first).</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="60" />
        <source>Esc: đóng cửa sổ nhập liệu.</source>
        <translation>Esc: close the editor.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="61" />
        <source>F1: mở trang hướng dẫn này.</source>
        <translation>F1: open this help page.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="65" />
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="67" />
        <source>Vào Cài đặt, mục “Cỡ chữ giao diện”, chọn 115% hoặc lớn hơn rồi bấm “Lưu cài đặt”.</source>
        <translation>Go to Settings, “Text size”, choose 115% or more, then press “Save settings”.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../gui/listpage.py" line="72" />
        <source>Thêm mới (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="76" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="77" />
        <source>Xóa mục đang chọn (phím Delete)</source>
        <translation>Delete the selected item (Delete key)</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="79" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="80" />
        <source>Đưa mục đã xóa trở lại danh sách</source>
        <translation>Bring the deleted item back into the list</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="87" />
        <source>Mục đã xóa</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="89" />
        <source>Xem các mục đã xóa để khôi phục</source>
        <translation>Show deleted items to restore them</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="97" />
        <source>Tìm (gõ không dấu cũng được)… Ctrl+F</source>
        <translation>Search (accents optional)… Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="151" />
        <source>mục</source>
        <translation>items</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="154" />
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="157" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="296" />
        <source>{shown}/{total} {noun} đã xóa</source>
        <translation>{shown}/{total} deleted {noun}</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="300" />
        <source>{total} {noun}</source>
        <translation>{total} {noun}</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="301" />
        <source>Đang hiển thị {shown}/{total} {noun}</source>
        <translation>Showing {shown} of {total} {noun}</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="320" />
        <source>{heading} — mục đã xóa</source>
        <translation>{heading} — deleted items</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="372" />
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="383" />
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../gui/settings_page.py" line="69" />
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="70" />
        <source>Mã, viết tắt:</source>
        <translation>Code, abbreviation:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="72" />
        <source>Đơn vị tính thường dùng:</source>
        <translation>Usual unit of count:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="74" />
        <source>Điểm (để sắp xếp):</source>
        <translation>Points (for ordering):</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="78" />
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="87" />
        <source>Mục này thuộc danh mục chung do cấp trên quản lý; ở đây chỉ xem. Có thể thêm mục mới của đơn vị.</source>
        <translation>This item belongs to the shared list kept by the upper level; it can only be viewed here. You can add your unit's own items.</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="97" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <location filename="../../gui/settings_page.py" line="124" />
        <source>Danh mục:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="132" />
        <source>mục</source>
        <translation>items</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="136" />
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="137" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="138" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="139" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="141" />
        <source>Quản lý</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="142" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="142" />
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="156" />
        <source>“{name}” khỏi danh mục</source>
        <translation>“{name}” from the list</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="101" />
        <source>Sổ Nghị quyết</source>
        <translation>Sổ Nghị quyết</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="123" />
        <source>Sao lưu và khôi phục sổ dữ liệu</source>
        <translation>Back up and restore the register</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127" />
        <source>Trợ giúp (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134" />
        <location filename="../../gui/main_window.py" line="387" />
        <source>Đang mở sổ dữ liệu…</source>
        <translation>Opening the register…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195" />
        <source>Sổ Nghị quyết — {unit}</source>
        <translation>Sổ Nghị quyết — {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275" />
        <source>Sổ dữ liệu có thể đã bị hỏng: bấm “Sao lưu” để khôi phục</source>
        <translation>The register may be damaged: press “Backup” to restore it</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282" />
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283" />
        <source>Sao lưu gần nhất: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>Mục này không còn trong sổ dữ liệu.</source>
        <translation>This item is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="351" />
        <source>Học bù</source>
        <translation>Make-up session</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="356" />
        <source>Ghi học bù cho {count} đồng chí: {names}</source>
        <translation>Record a make-up session for {count} comrades: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="372" />
        <source>Ngày học bù:</source>
        <translation>Date of the make-up session:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="373" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="374" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="382" />
        <source>Ghi học bù</source>
        <translation>Record make-up session</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="384" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="99" />
        <source>Đảng viên mới</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="99" />
        <source>Sửa thông tin đảng viên</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="107" />
        <source>(chi bộ đã xóa)</source>
        <translation>(deleted Party cell)</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="108" />
        <source>— chọn chi bộ —</source>
        <translation>— choose a Party cell —</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="110" />
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="111" />
        <source>ví dụ: 1968</source>
        <translation>e.g. 1968</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="114" />
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="114" />
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="115" />
        <source>Được miễn công tác và sinh hoạt đảng</source>
        <translation>Excused from Party work and activities</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="119" />
        <source>ví dụ: Bí thư chi bộ</source>
        <translation>e.g. Party cell secretary</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="120" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="121" />
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="122" />
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="123" />
        <source>Năm sinh:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="124" />
        <source>Ngày vào Đảng:</source>
        <translation>Joined the Party on:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="125" />
        <source>Đảng viên:</source>
        <translation>Membership:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="127" />
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="128" />
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="140" />
        <source>Đảng viên này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This member belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="148" />
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="58" />
        <source>Danh sách đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="61" />
        <source>đảng viên</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="66" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="69" />
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="70" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="71" />
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="72" />
        <source>Đảng viên</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="73" />
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="74" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="75" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="80" />
        <source>Mọi chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="81" />
        <source>Chính thức và dự bị</source>
        <translation>Full and probationary</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="82" />
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="100" />
        <source>đảng viên {name} ({chi_bo})</source>
        <translation>member {name} ({chi_bo})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/widgets.py" line="45" />
        <source>Chưa lưu được, vì:</source>
        <translation>Not saved, because:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="66" />
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="130" />
        <source>“{label}” phải là một số nguyên (ví dụ 1.200).</source>
        <translation>“{label}” must be a whole number (e.g. 1.200).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="222" />
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="223" />
        <source>Bạn có muốn lưu các thay đổi?</source>
        <translation>Do you want to save your changes?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="227" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="228" />
        <source>Không lưu</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="229" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="250" />
        <location filename="../../gui/widgets.py" line="255" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="251" />
        <source>Xóa {what}?

Mục đã xóa vẫn xem được trong “Mục đã xóa” và khôi phục được.</source>
        <translation>Delete {what}?

Deleted items can still be seen under “Deleted items” and restored.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="256" />
        <source>Không xóa</source>
        <translation>Don't delete</translation>
    </message>
    <message>
        <location filename="../../gui/widgets.py" line="264" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="146" />
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="147" />
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="148" />
        <source>Người tham dự khác</source>
        <translation>Other participants</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../gui/outreach_page.py" line="109" />
        <source>Hoạt động tuyên truyền</source>
        <translation>Propaganda activities</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="112" />
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="116" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="117" />
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="118" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="119" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="121" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="124" />
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="129" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="130" />
        <source>Mọi hình thức</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="143" />
        <source>hoạt động “{channel}” ngày {day}</source>
        <translation>activity “{channel}” on {day}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/overview.py" line="238" />
        <location filename="../../gui/overview.py" line="275" />
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="239" />
        <source>Tỷ lệ học tập chưa đạt mục tiêu</source>
        <translation>Study rate below target</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="240" />
        <source>Đảng viên vắng chưa học bù</source>
        <translation>Absent members not yet made up</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="241" />
        <source>Bài thu hoạch chưa nộp</source>
        <translation>Reflections not handed in</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="245" />
        <source>Học tập</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="246" />
        <source>Quán triệt</source>
        <translation>Grasping</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="247" />
        <source>Triển khai</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="248" />
        <source>Sơ kết</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="249" />
        <source>Tổng kết</source>
        <translation>Final review</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="251" />
        <source>Tổng quan năm</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="260" />
        <source>Cập nhật số liệu</source>
        <translation>Update figures</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="265" />
        <source>Đang tính số liệu…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="272" />
        <source>Hội nghị học tập, quán triệt</source>
        <translation>Study conferences</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="273" />
        <source>Lượt người dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="274" />
        <source>Tỷ lệ học tập văn bản mới nhất</source>
        <translation>Study rate of the latest document</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="276" />
        <source>Bài thu hoạch đã nộp</source>
        <translation>Reflections handed in</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="300" />
        <source>Bấm đúp (hoặc Enter) vào một dòng để mở.</source>
        <translation>Double-click a row (or press Enter) to open it.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="304" />
        <source>Hội nghị theo hình thức</source>
        <translation>Conferences by format</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="305" />
        <source>Tỷ lệ học tập các văn bản mới nhất</source>
        <translation>Study rates of the latest documents</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="306" />
        <source>Nhiệm vụ trong chương trình, kế hoạch</source>
        <translation>Tasks in programmes and plans</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="307" />
        <source>Tuyên truyền theo hình thức</source>
        <translation>Propaganda by channel</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="308" />
        <source>Hội nghị theo loại</source>
        <translation>Conferences by type</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="309" />
        <source>Bài thu hoạch theo xếp loại</source>
        <translation>Reflections by grade</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="366" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="380" />
        <source>năm {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="409" />
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="417" />
        <source>Việc cần làm ({count})</source>
        <translation>To do ({count})</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="420" />
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="421" />
        <source>Không có việc nào quá hạn hay còn thiếu.</source>
        <translation>Nothing is overdue or missing.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="436" />
        <source>trực tiếp {a} · trực tuyến {b} · kết hợp {c}</source>
        <translation>in person {a} · online {b} · hybrid {c}</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="444" />
        <source>{people} đảng viên khác nhau · {points} điểm cầu</source>
        <translation>{people} different members · {points} bridge points</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="454" />
        <source>{doc}: {studied}/{eligible} đảng viên</source>
        <translation>{doc}: {studied}/{eligible} members</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="461" />
        <source>Chưa có văn bản nào được học tập.</source>
        <translation>No document has been studied yet.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="465" />
        <source>{plans} chương trình, kế hoạch · {done}/{tasks} nhiệm vụ hoàn thành</source>
        <translation>{plans} programmes and plans · {done}/{tasks} tasks done</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="477" />
        <source>đạt {rate}</source>
        <translation>reached {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="479" />
        <source>Chưa có bài nào phải nộp.</source>
        <translation>No reflection is due yet.</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="484" />
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="485" />
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="486" />
        <source>Kết hợp</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="496" />
        <source>{rate} ({studied}/{eligible})</source>
        <translation>{rate} ({studied}/{eligible})</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="510" />
        <source>- - - mục tiêu {rate}</source>
        <translation>- - - target {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="532" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="534" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="536" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="538" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="550" />
        <source>{count} lần · {reach} người</source>
        <translation>{count} times · {reach} people</translation>
    </message>
    <message>
        <location filename="../../gui/overview.py" line="555" />
        <source>{channel}: {count} hoạt động, số lượng {quantity}, {reach} người</source>
        <translation>{channel}: {count} activities, quantity {quantity}, {reach} people</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../gui/pages.py" line="44" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="48" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="51" />
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="54" />
        <source>Kế hoạch hành động</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="57" />
        <source>Tuyên truyền</source>
        <translation>Propaganda</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="60" />
        <source>Thu hoạch</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="63" />
        <source>Tổ chức đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="67" />
        <source>Đồng bộ USB</source>
        <translation>USB exchange</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="70" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../gui/plan_editor.py" line="194" />
        <source>Chương trình, kế hoạch mới</source>
        <translation>New programme or plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="194" />
        <location filename="../../gui/plan_editor.py" line="481" />
        <source>Sửa kế hoạch</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="201" />
        <source>số thứ tự trong nhiệm kỳ</source>
        <translation>number within the term</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="207" />
        <source>ví dụ: Kế hoạch thực hiện Nghị quyết số 57-NQ/TW</source>
        <translation>e.g. Plan to implement Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="210" />
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="215" />
        <source>(toàn Đảng bộ)</source>
        <translation>(whole Party organisation)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="223" />
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="224" />
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="225" />
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="226" />
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="227" />
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="228" />
        <source>Thực hiện văn bản:</source>
        <translation>Implements document:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="229" />
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="230" />
        <source>Mục đích, yêu cầu:</source>
        <translation>Purpose and requirements:</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="241" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="245" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="246" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="247" />
        <source>Phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="248" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="249" />
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="250" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="251" />
        <source>Ngày hoàn thành</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="275" />
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="277" />
        <source>Bỏ nhiệm vụ</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="279" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="281" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="291" />
        <source>Tiến độ của nhiệm vụ đang chọn</source>
        <translation>Progress of the selected task</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="304" />
        <source>đã làm được gì</source>
        <translation>what was done</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="308" />
        <source>(giữ tình trạng)</source>
        <translation>(keep status)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="310" />
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="346" />
        <source>Kế hoạch này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This plan belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="386" />
        <source>Chọn một nhiệm vụ để xem và ghi tiến độ.</source>
        <translation>Choose a task to see and record its progress.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="390" />
        <source>Nhiệm vụ mới: bấm Lưu trước, rồi ghi tiến độ cho nhiệm vụ này.</source>
        <translation>New task: press Save first, then record progress for it.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="447" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../gui/plans_page.py" line="20" />
        <source>Chương trình, kế hoạch hành động</source>
        <translation>Action programmes and plans</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="23" />
        <source>kế hoạch</source>
        <translation>plans</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="27" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="28" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="29" />
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="31" />
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="32" />
        <source>Toàn Đảng bộ</source>
        <translation>Whole Party organisation</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="34" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="36" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="40" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="47" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="48" />
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="49" />
        <source>Quá hạn hay không</source>
        <translation>Overdue or not</translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="62" />
        <source>kế hoạch “{title}” cùng các nhiệm vụ của nó</source>
        <translation>plan “{title}” with its tasks</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="298" />
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="300" />
        <source>Lý do vắng của {who}:</source>
        <translation>Reason for {who}'s absence:</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="309" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../gui/attendance_sheet.py" line="311" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../gui/recovery.py" line="53" />
        <source>Khôi phục sổ dữ liệu</source>
        <translation>Restore the register</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="193" />
        <source>Mở sổ dữ liệu</source>
        <translation>Opening the register</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="194" />
        <source>Đang kiểm tra sổ dữ liệu…</source>
        <translation>Checking the register…</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="205" />
        <location filename="../../gui/recovery.py" line="270" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="214" />
        <location filename="../../gui/recovery.py" line="285" />
        <source>Đang khôi phục sổ dữ liệu…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="220" />
        <source>Sổ đã được khôi phục từ bản sao lưu {what}.

Hãy xem lại và nhập lại những gì đã làm sau thời điểm đó.</source>
        <translation>The register was restored from the backup {what}.

Please look it over and enter again what was done after that time.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="226" />
        <source>Tệp hỏng được giữ lại tại: {path}</source>
        <translation>The damaged file is kept at: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="229" />
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="235" />
        <source>Không mở được sổ dữ liệu</source>
        <translation>Could not open the register</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="257" />
        <source>Khôi phục sổ từ bản sao lưu {what}?

Sổ sẽ trở lại đúng như lúc sao lưu; những gì nhập sau thời điểm đó sẽ không còn trong sổ. Sổ hiện tại được giữ lại thành một bản sao lưu “Trước khi khôi phục”, nên vẫn lấy lại được nếu cần.</source>
        <translation>Restore the register from the backup {what}?

The register will be exactly as it was when the backup was taken; what was entered after that will no longer be in it. The current register is kept as a “Before a restore” backup, so it can still be taken back if needed.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="264" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="265" />
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="298" />
        <source>{problem}

Chương trình sẽ đóng lại. Hãy mở lại chương trình: sổ sẽ được kiểm tra và có thể khôi phục từ một bản sao lưu khác.</source>
        <translation>{problem}

The program will close. Please start it again: the register will be checked and can be restored from another backup.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gui/recovery.py" line="74" />
        <source>Sổ dữ liệu bị hỏng</source>
        <translation>The register is damaged</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="86" />
        <source>Sổ dữ liệu bị hỏng nên chưa mở được.</source>
        <translation>The register is damaged, so it was not opened.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="89" />
        <source>Khi mở sổ, chương trình kiểm tra tệp sổ dữ liệu và thấy tệp bị hỏng. Việc này thường do mất điện hoặc tắt máy đột ngột khi đang ghi, hoặc do ổ đĩa bị lỗi.</source>
        <translation>When opening the register, the program checked its file and found it damaged. This usually comes from a power cut or the PC being switched off while it was writing, or from a faulty disk.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="97" />
        <source>Chưa có gì bị mất: chương trình không ghi gì vào tệp hỏng. Khi khôi phục, tệp hỏng vẫn được giữ lại nguyên vẹn trong thư mục sao lưu.</source>
        <translation>Nothing is lost yet: the program writes nothing to the damaged file. When restoring, the damaged file is kept untouched in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="105" />
        <source>Bản sao lưu còn tốt gần nhất là bản {what}. Khôi phục bản này thì sổ trở lại đúng như lúc đó; những gì nhập sau thời điểm đó cần nhập lại.</source>
        <translation>The newest sound backup is the one {what}. Restoring it takes the register back to exactly that moment; what was entered after it must be entered again.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="110" />
        <source>Trên máy này không có bản sao lưu nào còn tốt. Nếu có bản sao lưu trên USB, hãy bấm “Chọn bản sao lưu khác…”. Nếu không, hãy bấm “Thoát”, đừng xoá tệp sổ dữ liệu, và gọi người hỗ trợ: tệp hỏng vẫn có thể cứu được một phần.</source>
        <translation>There is no sound backup on this PC. If there is a backup on a USB stick, press “Choose another backup…”. If not, press “Quit”, do not delete the register file, and call for support: part of the damaged file may still be saved.</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="119" />
        <source>Tệp: {path}
Chi tiết kỹ thuật: {problem}</source>
        <translation>File: {path}
Technical detail: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="135" />
        <source>Khôi phục bản sao lưu ngày {when}</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="140" />
        <source>Chọn bản sao lưu khác…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <location filename="../../gui/recovery.py" line="144" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ReflectionSheet</name>
    <message>
        <location filename="../../gui/reflections_page.py" line="170" />
        <source>Bài thu hoạch — {symbol}</source>
        <translation>Reflections — {symbol}</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="178" />
        <source>Tìm tên (gõ không dấu cũng được)…</source>
        <translation>Search names (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="181" />
        <source>Chỉ người chưa nộp</source>
        <translation>Only those not handed in</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="190" />
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="191" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="192" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="193" />
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="194" />
        <source>Ngày nộp</source>
        <translation>Handed in on</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="195" />
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="197" />
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="213" />
        <source>(chưa xếp loại)</source>
        <translation>(not graded)</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="224" />
        <source>Đánh dấu đã nộp (phím cách)</source>
        <translation>Mark handed in (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="226" />
        <source>Đánh dấu các dòng đang chọn là đã nộp; bấm lại để bỏ dấu</source>
        <translation>Mark the selected rows as handed in; press again to unmark</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="230" />
        <source>Đánh dấu đã nộp cho mọi dòng đang hiện</source>
        <translation>Mark every shown row handed in</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="274" />
        <source>Mọi chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="281" />
        <source>Đã nộp {handed}/{total}, đã xếp loại {graded}</source>
        <translation>Handed in {handed}/{total}, graded {graded}</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../gui/reflections_page.py" line="345" />
        <source>Bài thu hoạch theo văn bản</source>
        <translation>Reflections by document</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="348" />
        <source>văn bản</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="351" />
        <source>Nhập bài thu hoạch</source>
        <translation>Enter reflections</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="355" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="356" />
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="357" />
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="358" />
        <source>Học tập</source>
        <translation>Studied</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="360" />
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="363" />
        <source>Tỷ lệ nộp</source>
        <translation>Handed-in rate</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="364" />
        <source>Đã xếp loại</source>
        <translation>Graded</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="369" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="370" />
        <source>Đã và chưa học tập</source>
        <translation>Studied or not</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="381" />
        <source>Bài thu hoạch</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="382" />
        <source>Hãy chọn một văn bản trong danh sách rồi bấm “Nhập bài thu hoạch”.</source>
        <translation>Choose a document in the list, then press “Enter reflections”.</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../gui/conference_editor.py" line="166" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="167" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="168" />
        <source>Lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../gui/conference_editor.py" line="169" />
        <source>Xuống dưới</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/settings_page.py" line="170" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="189" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="190" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="191" />
        <location filename="../../gui/settings_page.py" line="201" />
        <source>Viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="192" />
        <source>Văn phòng:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="193" />
        <source>Người ký (họ tên):</source>
        <translation>Signer (full name):</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="194" />
        <source>Chức vụ người ký:</source>
        <translation>Signer's position:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="197" />
        <source>Máy này dùng cho:</source>
        <translation>This computer is used by:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="199" />
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="200" />
        <source>Tên cấp trên:</source>
        <translation>Upper level name:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="202" />
        <source>Cơ quan nhận báo cáo:</source>
        <translation>Office receiving reports:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="204" />
        <source>Theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="209" />
        <source>Tỷ lệ học tập cần đạt:</source>
        <translation>Target study rate:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="212" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="213" />
        <source>Nhắc khi chưa gửi dữ liệu sau:</source>
        <translation>Remind when no data was sent for:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="215" />
        <source>Văn bản in</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="216" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="217" />
        <source>Nhiệm kỳ hiện tại:</source>
        <translation>Current term:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="220" />
        <source>Lề trên:</source>
        <translation>Top margin:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="221" />
        <source>Lề dưới:</source>
        <translation>Bottom margin:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="222" />
        <source>Lề trái:</source>
        <translation>Left margin:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="223" />
        <source>Lề phải:</source>
        <translation>Right margin:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="232" />
        <source>Giao diện</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="234" />
        <source>Cỡ chữ giao diện:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="236" />
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="240" />
        <source>Tệp sổ dữ liệu:</source>
        <translation>Register file:</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="241" />
        <source>Mở thư mục dữ liệu</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="244" />
        <source>Sao lưu và khôi phục…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="254" />
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="255" />
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="257" />
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="264" />
        <source>Danh mục dùng chung</source>
        <translation>Shared lists</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="362" />
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../gui/sync_page.py" line="24" />
        <source>Gói dữ liệu qua USB</source>
        <translation>Data packages by USB</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="31" />
        <source>Các gói dữ liệu đã nhận:</source>
        <translation>Data packages received:</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="32" />
        <source>Chưa nhận gói dữ liệu nào.</source>
        <translation>No data package has been received yet.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="35" />
        <source>Thời điểm nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="36" />
        <source>Đơn vị gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="37" />
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="47" />
        <source>Các đơn vị sổ này biết:</source>
        <translation>Units known to this register:</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="49" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="50" />
        <source>Viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="52" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="53" />
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="54" />
        <source>Cơ sở</source>
        <translation>Grassroots</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="58" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="59" />
        <source>Đơn vị này</source>
        <translation>This unit</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="61" />
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="78" />
        <source>{count} gói đã nhận</source>
        <translation>{count} packages received</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../gui/worker.py" line="97" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/worker.py" line="116" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../gui/tasks.py" line="149" />
        <source>Công việc “{title}” bị dừng vì gặp lỗi: {error}

Hãy thử lại. Nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.</source>
        <translation>The task “{title}” stopped because of an error: {error}

Please try again. If it still fails, tell your support person and include this message.</translation>
    </message>
    <message>
        <location filename="../../gui/tasks.py" line="168" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tasks.py" line="196" />
        <source>Đang dừng, xin chờ trong giây lát…</source>
        <translation>Stopping, please wait a moment…</translation>
    </message>
</context>
</TS>
