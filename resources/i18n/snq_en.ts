<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Hoạt động tuyên truyền mới</source>
        <translation>New propaganda activity</translation>
    </message>
    <message>
        <source>Sửa hoạt động tuyên truyền</source>
        <translation>Edit propaganda activity</translation>
    </message>
    <message>
        <source>— chọn hình thức —</source>
        <translation>— choose a channel —</translation>
    </message>
    <message>
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <source>ví dụ: buổi, tin bài, lượt phát, cái</source>
        <translation>e.g. sessions, articles, broadcasts, pieces</translation>
    </message>
    <message>
        <source>số người nghe, xem (nếu biết)</source>
        <translation>number of listeners or viewers (if known)</translation>
    </message>
    <message>
        <source>Ngày thực hiện:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Văn bản tuyên truyền:</source>
        <translation>Document promoted:</translation>
    </message>
    <message>
        <source>Số lượng:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Đơn vị tính:</source>
        <translation>Unit of count:</translation>
    </message>
    <message>
        <source>Số người được tuyên truyền:</source>
        <translation>People reached:</translation>
    </message>
    <message>
        <source>Hoạt động này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This activity belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Số người được tuyên truyền</source>
        <translation>People reached</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Sổ Nghị quyết</source>
        <translation>Sổ Nghị quyết</translation>
    </message>
    <message>
        <source>Chi tiết được ghi trong tệp: {path}</source>
        <translation>Details were written to the file: {path}</translation>
    </message>
    <message>
        <source>Lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Không mở được sổ dữ liệu</source>
        <translation>Could not open the register</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Học bù ngày</source>
        <translation>Made up on</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Gõ vài chữ của tên, không cần dấu…</source>
        <translation>Type part of a name, accents optional…</translation>
    </message>
    <message>
        <source>Chỉ hiện người vắng</source>
        <translation>Show only the absent</translation>
    </message>
    <message>
        <source>&amp;Tìm tên:</source>
        <translation>&amp;Find name:</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <source>Có mặt (P)</source>
        <translation>Present (P)</translation>
    </message>
    <message>
        <source>Vắng có lý do (L)…</source>
        <translation>Absent with reason (L)…</translation>
    </message>
    <message>
        <source>Vắng không lý do (K)</source>
        <translation>Absent without reason (K)</translation>
    </message>
    <message>
        <source>&amp;Cả chi bộ có mặt (Shift+P)</source>
        <translation>Whole &amp;Party cell present (Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Học bù…</source>
        <translation>&amp;Make-up session…</translation>
    </message>
    <message>
        <source>Phím: P hoặc phím cách = có mặt · L = vắng có lý do · K = vắng không lý do · Shift+P = cả chi bộ có mặt · Enter = dòng sau (hoặc về ô tìm) · Esc = về ô tìm · Ô tìm nhận cả số thứ tự trên danh sách ký: gõ số rồi L, K hoặc P ngay tại đó</source>
        <translation>Keys: P or Space = present · L = absent with reason · K = absent without reason · Shift+P = the whole Party cell present · Enter = next row (or back to the search box) · Esc = back to the search box · The search box also takes the number on the sign-in sheet: type it, then L, K or P right there</translation>
    </message>
    <message>
        <source>Hội nghị mới: mọi đảng viên đang được ghi “Có mặt” (trừ người được miễn sinh hoạt). Chỉ cần đánh dấu những người vắng: gõ vài chữ của tên hoặc số thứ tự, rồi L (vắng có lý do) hoặc K (vắng không lý do).</source>
        <translation>New conference: every member is recorded as “Present” (except those excused). Mark only the absentees: type a few letters of the name or the number, then L (absent with reason) or K (absent without reason).</translation>
    </message>
    <message>
        <source>Tất cả chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <source>{shown}/{total} người</source>
        <translation>{shown}/{total} people</translation>
    </message>
    <message>
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Danh mục lý do vắng mặt đang trống. Hãy thêm lý do trong phần Danh mục.</source>
        <translation>The list of absence reasons is empty. Add reasons under the shared lists.</translation>
    </message>
    <message>
        <source>{n} đồng chí</source>
        <translation>{n} comrades</translation>
    </message>
    <message>
        <source>Có mặt {present}/{eligible}</source>
        <translation>Present {present}/{eligible}</translation>
    </message>
    <message>
        <source>Tổng số {members} đảng viên (chính thức {official}, dự bị {probationary}) · Miễn sinh hoạt {excused} · Phải dự {eligible} · Có mặt {present} · Vắng có lý do {absent_reason} · Vắng không lý do {absent_no_reason} · Đã học bù {made_up}</source>
        <translation>{members} members in all (full {official}, probationary {probationary}) · Excused {excused} · Expected {eligible} · Present {present} · Absent with reason {absent_reason} · Absent without reason {absent_no_reason} · Made up {made_up}</translation>
    </message>
    <message>
        <source>Học bù</source>
        <translation>Make-up sessions</translation>
    </message>
    <message>
        <source>Hãy chọn những đồng chí vắng mặt đã học bù (giữ Ctrl hoặc Shift để chọn nhiều người; đánh dấu “Chỉ hiện người vắng” cho dễ chọn), rồi bấm Học bù.</source>
        <translation>Select the absent comrades who attended a make-up session (hold Ctrl or Shift to select several; tick “Show only the absent” to make it easier), then press Make-up session.</translation>
    </message>
    <message>
        <source>Hãy lưu hội nghị và điểm danh trước khi ghi học bù.</source>
        <translation>Save the conference and its attendance before recording a make-up session.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Chọn một bản sao lưu trong danh sách, hoặc bấm “Chọn tệp khác…” để lấy bản sao lưu trên USB. Bản được chọn sẽ được kiểm tra trước khi khôi phục.</source>
        <translation>Choose a backup in the list, or press “Choose another file…” to take a backup from a USB stick. The chosen backup is checked before it is restored.</translation>
    </message>
    <message>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản này</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Chương trình tự sao lưu sổ mỗi giờ khi có thay đổi và mỗi khi đóng cửa sổ. Mỗi tuần nên sao lưu thêm ra USB và cất USB ở nơi khác, phòng khi máy hỏng hoặc mất.</source>
        <translation>The program backs up the register every hour when something changed, and whenever the window is closed. Once a week, also back up to a USB stick and keep the stick somewhere else, in case the PC breaks or is lost.</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Sao lưu ra USB / thư mục…</source>
        <translation>Back up to USB / folder…</translation>
    </message>
    <message>
        <source>Mở thư mục sao lưu</source>
        <translation>Open the backups folder</translation>
    </message>
    <message>
        <source>Các bản sao lưu trên máy này</source>
        <translation>Backups on this PC</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Khôi phục từ bản này…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <source>Một bản sao lưu trên USB hoặc ở thư mục khác</source>
        <translation>A backup on a USB stick or in another folder</translation>
    </message>
    <message>
        <source>Khôi phục đưa sổ về đúng như lúc sao lưu. Sổ hiện tại được giữ lại thành một bản sao lưu “Trước khi khôi phục”, nên không mất gì.</source>
        <translation>Restoring takes the register back to exactly how it was when the backup was taken. The current register is kept as a “Before a restore” backup, so nothing is lost.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sổ này chưa được sao lưu lần nào.</source>
        <translation>This register has never been backed up.</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when} ({reason})</source>
        <translation>Last backup: {when} ({reason})</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Đang sao lưu sổ dữ liệu…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <source>Đã sao lưu xong. Bản sao lưu mới nằm ở đầu danh sách.</source>
        <translation>Backed up. The new backup is at the top of the list.</translation>
    </message>
    <message>
        <source>Chọn USB hoặc thư mục để chép bản sao lưu</source>
        <translation>Choose the USB stick or folder to copy the backup to</translation>
    </message>
    <message>
        <source>Sao lưu ra USB / thư mục</source>
        <translation>Back up to USB / folder</translation>
    </message>
    <message>
        <source>Đang chép bản sao lưu ra “{folder}”…</source>
        <translation>Copying the backup to “{folder}”…</translation>
    </message>
    <message>
        <source>Đã chép bản sao lưu ra “{path}” và kiểm tra lại: bản chép đọc được, đúng từng byte. Có thể rút USB.</source>
        <translation>The backup was copied to “{path}” and checked again: the copy reads back, byte for byte. The USB stick can be removed.</translation>
    </message>
    <message>
        <source>Đã khôi phục sổ từ bản sao lưu {what}.</source>
        <translation>The register was restored from the backup {what}.</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Thời điểm sao lưu</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Tự động</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Sao lưu theo yêu cầu</source>
        <translation>Backed up on request</translation>
    </message>
    <message>
        <source>Trước khi nhận gói dữ liệu</source>
        <translation>Before receiving a package</translation>
    </message>
    <message>
        <source>Trước khi nhập danh sách đảng viên</source>
        <translation>Before importing a member list</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Trước khi hoàn tác lần nhận gói</source>
        <translation>Before undoing a stick of packages</translation>
    </message>
    <message>
        <source>Bản hỏng giữ lại trước khi khôi phục</source>
        <translation>Damaged register kept before a restore</translation>
    </message>
    <message>
        <source>{date} lúc {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>trong tệp “{name}”</source>
        <translation>in the file “{name}”</translation>
    </message>
    <message>
        <source>ngày {when} ({reason})</source>
        <translation>of {when} ({reason})</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.db);;Mọi tệp (*)</source>
        <translation>Backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Không khôi phục từ bản này vì: {problem}

Sổ dữ liệu được giữ nguyên, không có gì thay đổi. Hãy chọn một bản sao lưu khác.</source>
        <translation>This backup is not restored because: {problem}

The register is kept as it was; nothing has changed. Please choose another backup.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Chưa có số liệu trong năm này.</source>
        <translation>No figures for this year yet.</translation>
    </message>
</context>
<context>
    <name>ChiBoEditor</name>
    <message>
        <source>Chi bộ mới</source>
        <translation>New Party cell</translation>
    </message>
    <message>
        <source>Sửa chi bộ</source>
        <translation>Edit Party cell</translation>
    </message>
    <message>
        <source>ví dụ: Chi bộ thôn Đông</source>
        <translation>e.g. Chi bộ thôn Đông</translation>
    </message>
    <message>
        <source>thứ tự trong danh sách</source>
        <translation>position in the list</translation>
    </message>
    <message>
        <source>Tên chi bộ:</source>
        <translation>Party cell name:</translation>
    </message>
    <message>
        <source>Loại hình:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Chi bộ này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This Party cell belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>ChiBoList</name>
    <message>
        <source>Danh sách chi bộ</source>
        <translation>Party cells</translation>
    </message>
    <message>
        <source>chi bộ</source>
        <translation>Party cells</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Tên chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Mọi loại hình</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>chi bộ “{name}”</source>
        <translation>Party cell “{name}”</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <source>Hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Học tập</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Quán triệt</source>
        <translation>Grasping</translation>
    </message>
    <message>
        <source>Triển khai</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <source>Sơ kết</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <source>Tổng kết</source>
        <translation>Final review</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Báo cáo viên Trung ương</source>
        <translation>Central presenter</translation>
    </message>
    <message>
        <source>Báo cáo viên cấp tỉnh</source>
        <translation>Provincial presenter</translation>
    </message>
    <message>
        <source>Báo cáo viên cấp huyện</source>
        <translation>District presenter</translation>
    </message>
    <message>
        <source>Tuyên truyền viên cơ sở</source>
        <translation>Grassroots propagandist</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Văn bản, báo cáo viên</source>
        <translation>Documents, presenters</translation>
    </message>
    <message>
        <source>Điểm cầu</source>
        <translation>Bridge points</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Kết luận, biểu quyết</source>
        <translation>Conclusion, votes</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Học bù</source>
        <translation>Make-up sessions</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Hội nghị mới</source>
        <translation>New conference</translation>
    </message>
    <message>
        <source>Hội nghị: {title}</source>
        <translation>Conference: {title}</translation>
    </message>
    <message>
        <source>Hội nghị này do cấp trên tổ chức. Ở đây chỉ ghi điểm cầu, điểm danh và học bù của đơn vị mình; các phần khác chỉ xem.</source>
        <translation>This conference is held by the upper level. Here you record only your unit&apos;s bridge points, attendance and make-up sessions; the rest can only be viewed.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <source>Đã lưu lúc {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <source>Biên bản đã in</source>
        <translation>Minutes printed</translation>
    </message>
    <message>
        <source>Biên bản đã in để ký. Bạn vẫn muốn sửa?</source>
        <translation>The minutes were printed for signing. Edit anyway?</translation>
    </message>
    <message>
        <source>Vẫn sửa</source>
        <translation>Edit anyway</translation>
    </message>
    <message>
        <source>Không sửa</source>
        <translation>Don&apos;t edit</translation>
    </message>
    <message>
        <source>Sau khi lưu, biên bản trở lại bản nháp và cần in lại để ký.</source>
        <translation>After saving, the minutes become a draft again and must be printed again for signing.</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Hội nghị có thay đổi chưa lưu. Bạn có muốn lưu trước khi đóng?</source>
        <translation>The conference has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>ConferenceForm</name>
    <message>
        <source>Số phiếu tán thành</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Số phiếu không tán thành</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Số phiếu ý kiến khác</source>
        <translation>Other votes</translation>
    </message>
    <message>
        <source>{label} “{text}” phải là một số.</source>
        <translation>{label} “{text}” must be a number.</translation>
    </message>
    <message>
        <source>Số người dự tại điểm cầu “{name}” phải là một số.</source>
        <translation>The number of attendees at bridge point “{name}” must be a number.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <source>Hội nghị học tập, quán triệt</source>
        <translation>Study conferences</translation>
    </message>
    <message>
        <source>hội nghị</source>
        <translation>conferences</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tên hội nghị</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Đã học</source>
        <translation>Studied</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Điểm cầu</source>
        <translation>Bridge points</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All formats</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>hội nghị “{title}” cùng danh sách điểm danh của hội nghị</source>
        <translation>conference “{title}” with its attendance list</translation>
    </message>
    <message>
        <source>Xem trước biên bản</source>
        <translation>Preview minutes</translation>
    </message>
    <message>
        <source>Xem biên bản đúng như khi in</source>
        <translation>See the minutes exactly as they will print</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <source>In biên bản của hội nghị đang chọn (Ctrl+P); sau khi in, biên bản được đánh dấu đã in để ký</source>
        <translation>Print the minutes of the selected conference (Ctrl+P); once printed they are marked as printed for signing</translation>
    </message>
    <message>
        <source>In khác</source>
        <translation>More printing</translation>
    </message>
    <message>
        <source>Lưu biên bản ra tệp PDF…</source>
        <translation>Save the minutes as a PDF file…</translation>
    </message>
    <message>
        <source>Danh sách đảng viên ký dự hội nghị…</source>
        <translation>Conference sign-in sheet…</translation>
    </message>
    <message>
        <source>Báo cáo kết quả học tập, quán triệt…</source>
        <translation>Report on study results…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Xung đột cần chọn</source>
        <translation>Conflict to settle</translation>
    </message>
    <message>
        <source>Bản ghi này được sửa ở hai nơi khác nhau (phát hiện lúc {when}). Cột “Trong sổ” là bản đang có trong sổ này, cột “Trong gói” là bản trong gói vừa nhận. Chọn bản đúng để giữ lại; bản kia bị bỏ.</source>
        <translation>This record was changed in two different places (found at {when}). “In the register” is the copy this register holds, “In the package” is the copy in the package just received. Choose the right copy to keep; the other is discarded.</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trong sổ</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>Trong gói</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>Hai bản chỉ khác nhau ở phần sổ tự ghi (mã, lần sửa); giữ bản nào cũng được.</source>
        <translation>The two copies differ only in what the register records by itself (ids, revisions); either may be kept.</translation>
    </message>
    <message>
        <source>Giữ bản trong sổ</source>
        <translation>Keep the register&apos;s copy</translation>
    </message>
    <message>
        <source>Lấy bản trong gói</source>
        <translation>Take the package&apos;s copy</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Xung đột xảy ra khi cùng một bản ghi được sửa ở hai nơi, ví dụ đơn vị khôi phục bản sao lưu cũ rồi sửa tiếp. Sổ không tự chọn bản nào: hãy xem từng xung đột và chọn bản giữ lại.</source>
        <translation>A conflict happens when the same record was changed in two places, for example when a unit restored an old backup and went on editing. The register never chooses by itself: look at each conflict and choose the copy to keep.</translation>
    </message>
    <message>
        <source>Phát hiện lúc</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Của đơn vị</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Số mục khác nhau</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Xem và chọn bản giữ lại…</source>
        <translation>View and choose the copy to keep…</translation>
    </message>
    <message>
        <source>Không có xung đột nào chờ xử lý.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <source>Còn {count} xung đột chờ chọn.</source>
        <translation>{count} conflicts are waiting for a choice.</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Văn bản mới</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>Sửa văn bản</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>ví dụ: 57-NQ/TW</source>
        <translation>e.g. 57-NQ/TW</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ví dụ: Bộ Chính trị, Ban Chấp hành Trung ương</source>
        <translation>e.g. Politburo, Central Committee</translation>
    </message>
    <message>
        <source>ví dụ: XIII, hoặc 2020-2025</source>
        <translation>e.g. XIII, or 2020-2025</translation>
    </message>
    <message>
        <source>trích yếu nội dung văn bản</source>
        <translation>title of the document</translation>
    </message>
    <message>
        <source>Số, ký hiệu:</source>
        <translation>Number and symbol:</translation>
    </message>
    <message>
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <source>Cấp ban hành:</source>
        <translation>Issuing level:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Khóa, nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Tóm tắt nội dung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Gỡ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <source>Văn bản này do cấp trên quản lý trong danh mục chung; ở đây chỉ xem.</source>
        <translation>This document is kept by the upper level in the shared catalogue; it can only be viewed here.</translation>
    </message>
    <message>
        <source>{name} (chưa lưu)</source>
        <translation>{name} (not saved yet)</translation>
    </message>
    <message>
        <source>{name} (chỉ lưu bản sao)</source>
        <translation>{name} (saved copy only)</translation>
    </message>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <source>Không mở tệp này</source>
        <translation>This file is not opened</translation>
    </message>
    <message>
        <source>Tệp “{name}” là chương trình hoặc tập lệnh nên chương trình không mở nó (chỉ lưu bản sao): mở nó là chạy nó trên máy này.</source>
        <translation>The file “{name}” is a program or a script, so it is not opened (saved copy only): opening it would run it on this PC.</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{name}” trong thư mục dữ liệu.</source>
        <translation>The file “{name}” was not found in the data folder.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Báo cáo học tập…</source>
        <translation>Study report…</translation>
    </message>
    <message>
        <source>Báo cáo kết quả học tập, quán triệt văn bản đang chọn (hoặc mọi văn bản)</source>
        <translation>Report on the study of the selected document (or of every document)</translation>
    </message>
    <message>
        <source>Sổ văn bản</source>
        <translation>Document register</translation>
    </message>
    <message>
        <source>văn bản</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Khóa</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Mọi cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>văn bản {symbol} “{title}”</source>
        <translation>document {symbol} “{title}”</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Tìm văn bản theo số, tên (không cần dấu)…</source>
        <translation>Find a document by number or title (accents optional)…</translation>
    </message>
    <message>
        <source>Chọn văn bản →</source>
        <translation>Choose document →</translation>
    </message>
    <message>
        <source>← Bỏ chọn</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <source>Sổ văn bản:</source>
        <translation>Document register:</translation>
    </message>
    <message>
        <source>Văn bản học tập tại hội nghị:</source>
        <translation>Documents studied at the conference:</translation>
    </message>
    <message>
        <source>Văn bản học tập, quán triệt</source>
        <translation>Documents studied</translation>
    </message>
    <message>
        <source>Họ và tên (*)</source>
        <translation>Full name (*)</translation>
    </message>
    <message>
        <source>Cấp báo cáo viên</source>
        <translation>Presenter level</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nội dung trình bày (*)</source>
        <translation>What was presented (*)</translation>
    </message>
    <message>
        <source>(*) phải ghi: biên bản in họ tên báo cáo viên và nội dung đồng chí trình bày.</source>
        <translation>(*) required: the minutes print the presenter&apos;s name and what they presented.</translation>
    </message>
    <message>
        <source>Báo cáo viên</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>(văn bản không còn trong sổ)</source>
        <translation>(document no longer in the register)</translation>
    </message>
    <message>
        <source> ngày {date}</source>
        <translation> of {date}</translation>
    </message>
    <message>
        <source>{kind} số {symbol}{when} — {title}</source>
        <translation>{kind} {symbol}{when} — {title}</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel</source>
        <translation>Writing the Excel file</translation>
    </message>
    <message>
        <source>Đã ghi {count} dòng vào tệp:
{path}</source>
        <translation>Wrote {count} rows to the file:
{path}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Bắt đầu dùng Sổ Nghị quyết</source>
        <translation>Getting started with Sổ Nghị quyết</translation>
    </message>
    <message>
        <source>Chào mừng bạn đến với Sổ Nghị quyết</source>
        <translation>Welcome to Sổ Nghị quyết</translation>
    </message>
    <message>
        <source>Hãy cho biết tên đơn vị và cấp trên. Các tên này được in trên biên bản, báo cáo; có thể sửa lại bất cứ lúc nào trong mục Cài đặt.</source>
        <translation>Enter the names of your unit and its upper level. They are printed on minutes and reports and can be changed at any time under Settings.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>ví dụ: Đảng ủy xã Cẩm Giàng</source>
        <translation>e.g. Đảng ủy xã Cẩm Giàng</translation>
    </message>
    <message>
        <source>ví dụ: ĐU</source>
        <translation>e.g. ĐU</translation>
    </message>
    <message>
        <source>tên địa danh ghi trước ngày tháng, ví dụ: Cẩm Giàng</source>
        <translation>place name written before the date, e.g. Cẩm Giàng</translation>
    </message>
    <message>
        <source>ví dụ: 2025-2030</source>
        <translation>e.g. 2025-2030</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <source>Văn phòng:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <source>ví dụ: Đảng bộ tỉnh Hải Dương</source>
        <translation>e.g. Đảng bộ tỉnh Hải Dương</translation>
    </message>
    <message>
        <source>Tên cấp trên:</source>
        <translation>Upper level name:</translation>
    </message>
    <message>
        <source>Cơ quan nhận báo cáo:</source>
        <translation>Office receiving reports:</translation>
    </message>
    <message>
        <source>Người ký văn bản</source>
        <translation>Who signs documents</translation>
    </message>
    <message>
        <source>ví dụ: Nguyễn Văn Thắng</source>
        <translation>e.g. Nguyen Van Thang</translation>
    </message>
    <message>
        <source>ví dụ: Bí thư Đảng ủy</source>
        <translation>e.g. Secretary of the Party Committee</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Người ký kế hoạch, báo cáo; cũng là người chủ trì ghi sẵn trong hội nghị mới.</source>
        <translation>Signs plans and reports; also filled in as the chair of a new conference.</translation>
    </message>
    <message>
        <source>Máy này dùng cho</source>
        <translation>This computer is used by</translation>
    </message>
    <message>
        <source>Văn phòng cấp cơ sở (xã, phường, cơ quan)</source>
        <translation>Grassroots office (commune, ward, agency)</translation>
    </message>
    <message>
        <source>Cấp trên tổng hợp</source>
        <translation>Upper-level office (consolidates units)</translation>
    </message>
    <message>
        <source>Dữ liệu ban đầu</source>
        <translation>Starting data</translation>
    </message>
    <message>
        <source>Sổ trống: tự nhập văn bản, chi bộ, đảng viên của đơn vị</source>
        <translation>Empty register: enter your unit&apos;s documents, Party cells and members yourself</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu để làm quen (khoảng 1.200 đảng viên, 3 năm); chỉ nên chọn khi dùng thử</source>
        <translation>Demo data to get to know the program (about 1,200 members, 3 years); only for trying it out</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Chưa tạo dữ liệu mẫu; sổ vẫn trống.</source>
        <translation>No demo data was made; the register is still empty.</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu</source>
        <translation>Creating demo data</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <source>Bắt đầu: từ sổ trống đến biên bản đầu tiên</source>
        <translation>Getting started: from an empty register to the first minutes</translation>
    </message>
    <message>
        <source>Thêm chi bộ và đảng viên (Tổ chức đảng), hoặc nhập danh sách từ tệp Excel</source>
        <translation>Add Party cells and members (Party organisation), or import the list from an Excel file</translation>
    </message>
    <message>
        <source>Thêm văn bản cần học tập (Văn bản)</source>
        <translation>Add the document to be studied (Documents)</translation>
    </message>
    <message>
        <source>Tạo hội nghị học tập (Hội nghị, Thêm mới)</source>
        <translation>Create the study conference (Conferences, New)</translation>
    </message>
    <message>
        <source>Điểm danh trong hội nghị (tab Điểm danh), rồi Lưu</source>
        <translation>Take the attendance in the conference (Attendance tab), then Save</translation>
    </message>
    <message>
        <source>Xem trước và in biên bản (Hội nghị, Xem trước biên bản)</source>
        <translation>Preview and print the minutes (Conferences, Preview minutes)</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Tìm lại USB</source>
        <translation>Look for USB again</translation>
    </message>
    <message>
        <source>Tìm lại các ổ USB vừa cắm vào máy</source>
        <translation>Look again for USB drives just plugged in</translation>
    </message>
    <message>
        <source>Chọn thư mục khác…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Ổ USB {name} — {path}</source>
        <translation>USB drive {name} — {path}</translation>
    </message>
    <message>
        <source>Thư mục {path}</source>
        <translation>Folder {path}</translation>
    </message>
    <message>
        <source>Chưa thấy USB nào: cắm USB rồi bấm “Tìm lại USB”, hoặc chọn thư mục</source>
        <translation>No USB drive found: plug one in and press “Look for USB again”, or choose a folder</translation>
    </message>
    <message>
        <source>Chọn thư mục</source>
        <translation>Choose a folder</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Ví dụ: Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW</source>
        <translation>E.g. Conference to study Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <source>Nội dung hội nghị (các văn bản được học tập, quán triệt, triển khai…)</source>
        <translation>What the conference covered (the documents studied, grasped, rolled out…)</translation>
    </message>
    <message>
        <source>chưa ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Lấy số tiếp theo</source>
        <translation>Take the next number</translation>
    </message>
    <message>
        <source>&amp;Tên hội nghị (*):</source>
        <translation>&amp;Conference name (*):</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Cấp chủ trì:</source>
        <translation>Host level:</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Người ghi biên bản:</source>
        <translation>Minute-taker:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Minutes number:</translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Nhóm người tham dự mới</source>
        <translation>New participant group</translation>
    </message>
    <message>
        <source>Sửa nhóm người tham dự</source>
        <translation>Edit participant group</translation>
    </message>
    <message>
        <source>ví dụ: Cán bộ, công chức không là đảng viên</source>
        <translation>e.g. cadres and civil servants who are not Party members</translation>
    </message>
    <message>
        <source>Tên nhóm:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Số người:</source>
        <translation>Number of people:</translation>
    </message>
    <message>
        <source>Nhóm này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This group belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <source>Nhóm người tham dự không là đảng viên</source>
        <translation>Groups of non-member participants</translation>
    </message>
    <message>
        <source>nhóm</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>Tên nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>nhóm “{name}”</source>
        <translation>group “{name}”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Nhập mã khôi phục</source>
        <translation>Enter the recovery code</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” được mã hoá bằng khóa của máy khác. Hãy nhập mã khôi phục của sổ đó (14 nhóm 4 ký tự, in trên tờ mã khôi phục):</source>
        <translation>The backup “{name}” is encrypted with another PC&apos;s key. Enter that register&apos;s recovery code (14 groups of 4 characters, printed on the recovery code sheet):</translation>
    </message>
    <message>
        <source>Mã khôi phục không đúng</source>
        <translation>Wrong recovery code</translation>
    </message>
    <message>
        <source>Mật khẩu văn phòng</source>
        <translation>Office passphrase</translation>
    </message>
    <message>
        <source>Sổ được bảo vệ bằng mật khẩu văn phòng. Hãy nhập mật khẩu:</source>
        <translation>The register is protected by the office passphrase. Enter the passphrase:</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng</source>
        <translation>Wrong passphrase</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Dấu vân tay là dãy chữ số rút ra từ khóa bảo mật của mỗi nơi. Lần đầu nhận gói hay tệp thiết lập, hai bên gọi điện đọc cho nhau dấu vân tay để chắc chắn gói đúng là của nơi gửi. Khóa của đơn vị này nằm trong thư mục dữ liệu và được sao lưu cùng sổ; không bao giờ nằm trong gói.</source>
        <translation>A fingerprint is a string of letters and digits drawn from each office&apos;s security key. The first time a package or setup file is received, both sides read their fingerprints to each other over the phone to be sure the package really comes from the sender. This office&apos;s keys live in the data folder and are backed up with the register; they are never put in a package.</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa ký của đơn vị này (đọc cho nơi nhận gói):</source>
        <translation>Fingerprint of this office&apos;s signing key (read it to whoever receives the package):</translation>
    </message>
    <message>
        <source>Khóa của các nơi sổ này tin cậy</source>
        <translation>Keys of the offices this register trusts</translation>
    </message>
    <message>
        <source>Nơi gửi, nhận</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Là</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa ký</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>Khóa nhận (để nơi khác mã hóa gói gửi cho đơn vị này): {fingerprint}</source>
        <translation>Receiving key (others encrypt packages for this office with it): {fingerprint}</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>chưa nhận gói nào</source>
        <translation>no package received yet</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Thêm mới (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xóa mục đang chọn (phím Delete)</source>
        <translation>Delete the selected item (Delete key)</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Đưa mục đã xóa trở lại danh sách</source>
        <translation>Bring the deleted item back into the list</translation>
    </message>
    <message>
        <source>Mục đã xóa</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>Xem các mục đã xóa để khôi phục</source>
        <translation>Show deleted items to restore them</translation>
    </message>
    <message>
        <source>Tìm (gõ không dấu cũng được)… Ctrl+F</source>
        <translation>Search (accents optional)… Ctrl+F</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Ghi danh sách đang hiển thị (đã tìm, lọc, sắp xếp) ra tệp Excel</source>
        <translation>Write the list as shown (searched, filtered, sorted) to an Excel file</translation>
    </message>
    <message>
        <source>mục</source>
        <translation>items</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>{shown}/{total} {noun} đã xóa</source>
        <translation>{shown}/{total} deleted {noun}</translation>
    </message>
    <message>
        <source>{total} {noun}</source>
        <translation>{total} {noun}</translation>
    </message>
    <message>
        <source>Đang hiển thị {shown}/{total} {noun}</source>
        <translation>Showing {shown} of {total} {noun}</translation>
    </message>
    <message>
        <source>{heading} — mục đã xóa</source>
        <translation>{heading} — deleted items</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Mỗi lần gửi hay nhận gói, cấp hay nhận tệp thiết lập đều được ghi lại ở đây, mới nhất ở trên.</source>
        <translation>Every package sent or received and every setup file issued or taken in is recorded here, newest first.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Gửi cho / nhận từ</source>
        <translation>To / from</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Gửi gói dữ liệu</source>
        <translation>Package sent</translation>
    </message>
    <message>
        <source>Gửi danh mục</source>
        <translation>Catalogue sent</translation>
    </message>
    <message>
        <source>Cấp tệp thiết lập</source>
        <translation>Setup file issued</translation>
    </message>
    <message>
        <source>Nhận gói dữ liệu</source>
        <translation>Package received</translation>
    </message>
    <message>
        <source>Nhận gói danh mục</source>
        <translation>Catalogue received</translation>
    </message>
    <message>
        <source>Nhận tệp thiết lập</source>
        <translation>Setup file taken in</translation>
    </message>
    <message>
        <source>{new} mới, {updated} cập nhật, {deleted} xóa</source>
        <translation>{new} new, {updated} updated, {deleted} deleted</translation>
    </message>
    <message>
        <source>, {count} xung đột</source>
        <translation>, {count} conflicts</translation>
    </message>
    <message>
        <source>{count} bản ghi</source>
        <translation>{count} records</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mã, viết tắt:</source>
        <translation>Code, abbreviation:</translation>
    </message>
    <message>
        <source>Đơn vị tính thường dùng:</source>
        <translation>Usual unit of count:</translation>
    </message>
    <message>
        <source>Điểm (để sắp xếp):</source>
        <translation>Points (for ordering):</translation>
    </message>
    <message>
        <source>Thứ tự:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Mục này thuộc danh mục chung do cấp trên quản lý; ở đây chỉ xem. Có thể thêm mục mới của đơn vị.</source>
        <translation>This item belongs to the shared list kept by the upper level; it can only be viewed here. You can add your unit&apos;s own items.</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <source>Danh mục:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>mục</source>
        <translation>items</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quản lý</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <source>“{name}” khỏi danh mục</source>
        <translation>“{name}” from the list</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Cấp ban hành</source>
        <translation>Issuing level</translation>
    </message>
    <message>
        <source>Hình thức tuyên truyền</source>
        <translation>Propaganda channel</translation>
    </message>
    <message>
        <source>Xếp loại bài thu hoạch</source>
        <translation>Reflection grade</translation>
    </message>
    <message>
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục sổ dữ liệu</source>
        <translation>Back up and restore the register</translation>
    </message>
    <message>
        <source>Trợ giúp (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Đang mở sổ dữ liệu…</source>
        <translation>Opening the register…</translation>
    </message>
    <message>
        <source>Sổ dữ liệu có thể đã bị hỏng: bấm “Sao lưu” để khôi phục</source>
        <translation>The register may be damaged: press “Backup” to restore it</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: chưa có</source>
        <translation>Last backup: none yet</translation>
    </message>
    <message>
        <source>Sao lưu gần nhất: {when} · {count} bản sao lưu, {size}</source>
        <translation>Last backup: {when} · {count} backups, {size}</translation>
    </message>
    <message>
        <source>Các bản sao lưu dùng {size} trên đĩa; bản cũ được dọn bớt để tổng dung lượng không quá khoảng {copies} lần cỡ sổ.</source>
        <translation>The backups take {size} on disk; old ones are thinned so that together they stay within about {copies} times the register&apos;s size.</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Mục này không còn trong sổ dữ liệu.</source>
        <translation>This item is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <source>Học bù</source>
        <translation>Make-up session</translation>
    </message>
    <message>
        <source>Ghi học bù cho {count} đồng chí: {names}</source>
        <translation>Record a make-up session for {count} comrades: {names}</translation>
    </message>
    <message>
        <source>Ngày học bù:</source>
        <translation>Date of the make-up session:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Ghi học bù</source>
        <translation>Record make-up session</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MakeupTab</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Những đồng chí học bù</source>
        <translation>Comrades who made up</translation>
    </message>
    <message>
        <source>Để ghi học bù: sang tab Điểm danh, chọn những người vắng đã học bù, rồi bấm “Học bù…”.</source>
        <translation>To record a make-up session: go to the Attendance tab, select the absentees who made up, then press “Make-up session…”.</translation>
    </message>
    <message>
        <source>Chọn người học bù…</source>
        <translation>Choose who made up…</translation>
    </message>
    <message>
        <source>{names} và {more} đồng chí khác</source>
        <translation>{names} and {more} other comrades</translation>
    </message>
    <message>
        <source>Chọn một buổi học bù ở bảng trên để xem đủ danh sách người học bù.</source>
        <translation>Choose a make-up session in the table above to see everyone who attended it.</translation>
    </message>
    <message>
        <source>Chưa có buổi học bù nào.</source>
        <translation>No make-up sessions yet.</translation>
    </message>
    <message>
        <source>Những đồng chí học bù ngày {date} ({count} đồng chí):</source>
        <translation>Comrades who made up on {date} ({count} comrades):</translation>
    </message>
    <message>
        <source>{sessions} buổi học bù · {made_up}/{absent} đồng chí vắng mặt đã học bù · còn {left} đồng chí chưa học bù</source>
        <translation>{sessions} make-up sessions · {made_up}/{absent} absentees made up · {left} still to make up</translation>
    </message>
    <message>
        <source>Học bù</source>
        <translation>Make-up sessions</translation>
    </message>
    <message>
        <source>Cần lưu hội nghị và điểm danh trước khi ghi học bù. Lưu ngay?</source>
        <translation>The conference and attendance must be saved before recording a make-up session. Save now?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Đảng viên mới</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Sửa thông tin đảng viên</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>(chi bộ đã xóa)</source>
        <translation>(deleted Party cell)</translation>
    </message>
    <message>
        <source>— chọn chi bộ —</source>
        <translation>— choose a Party cell —</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ví dụ: 1968</source>
        <translation>e.g. 1968</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Được miễn công tác và sinh hoạt đảng</source>
        <translation>Excused from Party work and activities</translation>
    </message>
    <message>
        <source>ví dụ: Bí thư chi bộ</source>
        <translation>e.g. Party cell secretary</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Năm sinh:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>Ngày vào Đảng:</source>
        <translation>Joined the Party on:</translation>
    </message>
    <message>
        <source>Đảng viên:</source>
        <translation>Membership:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Đảng viên này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This member belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <source>Sổ chưa có chi bộ nào. Hãy thêm chi bộ trước: trang Tổ chức đảng, mục Chi bộ, nút “Thêm mới” (hoặc nhập cả danh sách đảng viên từ tệp Excel bằng nút “Nhập danh sách đảng viên…”).</source>
        <translation>The register has no Party cell yet. Add one first: Party organisation page, Party cells tab, “New” button (or import the whole member list from an Excel file with “Import member list…”).</translation>
    </message>
    <message>
        <source>Chưa chọn chi bộ.</source>
        <translation>No Party cell chosen.</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>Nhập danh sách đảng viên</source>
        <translation>Import a member list</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh / Năm sinh</source>
        <translation>Date or year of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Joined the Party</translation>
    </message>
    <message>
        <source>Chính thức / Dự bị</source>
        <translation>Full or probationary</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{file}, dòng tiêu đề số {row}, {count} dòng số liệu</source>
        <translation>{file}, header in row {row}, {count} data rows</translation>
    </message>
    <message>
        <source>{file}, trang “{sheet}”, dòng tiêu đề số {row}, {count} dòng số liệu</source>
        <translation>{file}, sheet “{sheet}”, header in row {row}, {count} data rows</translation>
    </message>
    <message>
        <source>Cột nào chứa gì (chương trình đã đoán, hãy sửa nếu sai)</source>
        <translation>Which column holds what (guessed by the program; correct it if wrong)</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Chi bộ cho các dòng không ghi chi bộ:</source>
        <translation>Party cell for rows that name none:</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Miễn SH</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Khi nhập</source>
        <translation>On import</translation>
    </message>
    <message>
        <source>Cần biết</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source> (mới)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Chỉ hiện các dòng có lỗi hoặc cần xem lại</source>
        <translation>Show only rows with errors or to check</translation>
    </message>
    <message>
        <source>Dòng đỏ có lỗi, sẽ bỏ qua. Dòng vàng nhập được nhưng nên xem lại.</source>
        <translation>Red rows have errors and are skipped. Amber rows are imported but worth a look.</translation>
    </message>
    <message>
        <source>Chi bộ chưa có trong sổ:</source>
        <translation>Party cells not in the register:</translation>
    </message>
    <message>
        <source>Tạo các chi bộ mới</source>
        <translation>Create the new party cells</translation>
    </message>
    <message>
        <source>Không đánh dấu: các dòng thuộc chi bộ chưa có sẽ bị bỏ qua</source>
        <translation>Unticked: rows of party cells not in the register are skipped</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{good} dòng nhập được ({added} thêm mới, {updated} cập nhật)</source>
        <translation>{good} rows can be imported ({added} new, {updated} updates)</translation>
    </message>
    <message>
        <source>; {count} dòng có lỗi sẽ bỏ qua</source>
        <translation>; {count} rows with errors will be skipped</translation>
    </message>
    <message>
        <source>; {count} dòng cần xem lại</source>
        <translation>; {count} rows to check</translation>
    </message>
    <message>
        <source>Đã thêm {added} đảng viên, cập nhật {updated}</source>
        <translation>Added {added} members, updated {updated}</translation>
    </message>
    <message>
        <source>, tạo {count} chi bộ mới</source>
        <translation>, created {count} new party cells</translation>
    </message>
    <message>
        <source>; bỏ qua {count} dòng có lỗi</source>
        <translation>; skipped {count} rows with errors</translation>
    </message>
    <message>
        <source>Dòng {row}: {problems}</source>
        <translation>Row {row}: {problems}</translation>
    </message>
    <message>
        <source>Nhập {count} dòng</source>
        <translation>Import {count} rows</translation>
    </message>
    <message>
        <source>Đang nhập danh sách đảng viên</source>
        <translation>Importing the member list</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách đảng viên</source>
        <translation>Choose the member list file</translation>
    </message>
    <message>
        <source>Danh sách đảng viên (*.xlsx *.xlsm *.csv *.txt);;Mọi tệp (*)</source>
        <translation>Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Đang đọc tệp danh sách</source>
        <translation>Reading the list file</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Nhập danh sách đảng viên…</source>
        <translation>Import member list…</translation>
    </message>
    <message>
        <source>Nhập đảng viên từ tệp Excel (.xlsx) hoặc .csv, xem trước từng dòng</source>
        <translation>Import members from an Excel (.xlsx) or .csv file, previewing every row</translation>
    </message>
    <message>
        <source>Danh sách đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>đảng viên</source>
        <translation>members</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mọi chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <source>Chính thức và dự bị</source>
        <translation>Full and probationary</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>đảng viên {name} ({chi_bo})</source>
        <translation>member {name} ({chi_bo})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Chưa lưu được, vì:</source>
        <translation>Not saved, because:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>“{label}” phải là một số nguyên (ví dụ 1.200).</source>
        <translation>“{label}” must be a whole number (e.g. 1.200).</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Bạn có muốn lưu các thay đổi?</source>
        <translation>Do you want to save your changes?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xóa {what}?

Mục đã xóa vẫn xem được trong “Mục đã xóa” và khôi phục được.</source>
        <translation>Delete {what}?

Deleted items can still be seen under “Deleted items” and restored.</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MinutesPrinting</name>
    <message>
        <source>Xem trước biên bản</source>
        <translation>Preview minutes</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <source>In biên bản (Ctrl+P)</source>
        <translation>Print the minutes (Ctrl+P)</translation>
    </message>
    <message>
        <source>Danh sách ký…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>In danh sách đảng viên ký dự hội nghị</source>
        <translation>Print the sheet members sign at the conference</translation>
    </message>
    <message>
        <source>Lưu trước khi in</source>
        <translation>Save before printing</translation>
    </message>
    <message>
        <source>Bản in lấy từ sổ dữ liệu, nên hội nghị cần được lưu trước. Lưu ngay?</source>
        <translation>The printout is taken from the register, so the conference must be saved first. Save now?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã in biên bản lúc {time}. Nếu sửa và lưu, biên bản trở lại bản nháp và cần in lại để ký.</source>
        <translation>Minutes printed at {time}. If you change and save them, they go back to draft and must be printed again for signing.</translation>
    </message>
</context>
<context>
    <name>NewUnitDialog</name>
    <message>
        <source>Cấp tệp thiết lập cho đơn vị mới</source>
        <translation>Issue a setup file for a new unit</translation>
    </message>
    <message>
        <source>Tệp thiết lập cho sổ của đơn vị biết đơn vị là ai và gửi gói cho ai. Ghi tệp ra USB rồi mang đến đơn vị (hoặc gửi kèm công văn).</source>
        <translation>The setup file tells the unit&apos;s register who the unit is and whom to send packages to. Write it to a USB stick and take it to the unit (or send it with an official letter).</translation>
    </message>
    <message>
        <source>ví dụ: Đảng ủy xã Cẩm Giàng</source>
        <translation>e.g. Đảng ủy xã Cẩm Giàng</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>ví dụ: ĐU Cẩm Giàng</source>
        <translation>e.g. ĐU Cẩm Giàng</translation>
    </message>
    <message>
        <source>Viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <source>Cấp tệp thiết lập</source>
        <translation>Issue the setup file</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị.</source>
        <translation>The unit name is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập chữ viết tắt.</source>
        <translation>The abbreviation is missing.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Người tham dự khác</source>
        <translation>Other participants</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Hoạt động tuyên truyền</source>
        <translation>Propaganda activities</translation>
    </message>
    <message>
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>hoạt động “{channel}” ngày {day}</source>
        <translation>activity “{channel}” on {day}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Tỷ lệ học tập chưa đạt mục tiêu</source>
        <translation>Study rate below target</translation>
    </message>
    <message>
        <source>Đảng viên vắng chưa học bù</source>
        <translation>Absent members not yet made up</translation>
    </message>
    <message>
        <source>Bài thu hoạch chưa nộp</source>
        <translation>Reflections not handed in</translation>
    </message>
    <message>
        <source>Gói dữ liệu chưa gửi lên cấp trên</source>
        <translation>Package not yet sent to the upper level</translation>
    </message>
    <message>
        <source>Học tập</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Quán triệt</source>
        <translation>Grasping</translation>
    </message>
    <message>
        <source>Triển khai</source>
        <translation>Roll-out</translation>
    </message>
    <message>
        <source>Sơ kết</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <source>Tổng kết</source>
        <translation>Final review</translation>
    </message>
    <message>
        <source>Tổng quan năm</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <source>Cập nhật số liệu</source>
        <translation>Update figures</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <source>Hội nghị học tập, quán triệt</source>
        <translation>Study conferences</translation>
    </message>
    <message>
        <source>Lượt người dự</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Tỷ lệ học tập văn bản mới nhất</source>
        <translation>Study rate of the latest document</translation>
    </message>
    <message>
        <source>Bài thu hoạch đã nộp</source>
        <translation>Reflections handed in</translation>
    </message>
    <message>
        <source>Bấm đúp (hoặc Enter) vào một dòng để mở.</source>
        <translation>Double-click a row (or press Enter) to open it.</translation>
    </message>
    <message>
        <source>Hội nghị theo hình thức</source>
        <translation>Conferences by format</translation>
    </message>
    <message>
        <source>Tỷ lệ học tập các văn bản mới nhất</source>
        <translation>Study rates of the latest documents</translation>
    </message>
    <message>
        <source>Nhiệm vụ trong chương trình, kế hoạch</source>
        <translation>Tasks in programmes and plans</translation>
    </message>
    <message>
        <source>Tuyên truyền theo hình thức</source>
        <translation>Propaganda by channel</translation>
    </message>
    <message>
        <source>Hội nghị theo loại</source>
        <translation>Conferences by type</translation>
    </message>
    <message>
        <source>Bài thu hoạch theo xếp loại</source>
        <translation>Reflections by grade</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>… và {count} nhiệm vụ quá hạn khác: xem trang Kế hoạch hành động</source>
        <translation>… and {count} more overdue tasks: see the Action plans page</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <source>Việc cần làm ({count})</source>
        <translation>To do ({count})</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Không có việc nào quá hạn hay còn thiếu.</source>
        <translation>Nothing is overdue or missing.</translation>
    </message>
    <message>
        <source>trực tiếp {a} · trực tuyến {b} · kết hợp {c}</source>
        <translation>in person {a} · online {b} · hybrid {c}</translation>
    </message>
    <message>
        <source>{people} đảng viên khác nhau · {points} điểm cầu</source>
        <translation>{people} different members · {points} bridge points</translation>
    </message>
    <message>
        <source>{doc}: {studied}/{eligible} đảng viên</source>
        <translation>{doc}: {studied}/{eligible} members</translation>
    </message>
    <message>
        <source>Chưa có văn bản nào được học tập.</source>
        <translation>No document has been studied yet.</translation>
    </message>
    <message>
        <source>tính đến {date} · kế hoạch trong năm: {plans}, {done}/{tasks} nhiệm vụ hoàn thành</source>
        <translation>as of {date} · plans this year: {plans}, {done}/{tasks} tasks done</translation>
    </message>
    <message>
        <source>đạt {rate}</source>
        <translation>reached {rate}</translation>
    </message>
    <message>
        <source>Chưa có bài nào phải nộp.</source>
        <translation>No reflection is due yet.</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>{rate} ({studied}/{eligible})</source>
        <translation>{rate} ({studied}/{eligible})</translation>
    </message>
    <message>
        <source>- - - mục tiêu {rate}</source>
        <translation>- - - target {rate}</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{count} lần · {reach} người</source>
        <translation>{count} times · {reach} people</translation>
    </message>
    <message>
        <source>{channel}: {count} hoạt động, số lượng {quantity}, {reach} người</source>
        <translation>{channel}: {count} activities, quantity {quantity}, {reach} people</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Hội nghị</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>Kế hoạch hành động</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Tuyên truyền</source>
        <translation>Propaganda</translation>
    </message>
    <message>
        <source>Thu hoạch</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>Tổ chức đảng</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Đồng bộ USB</source>
        <translation>USB exchange</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Chương trình, kế hoạch mới</source>
        <translation>New programme or plan</translation>
    </message>
    <message>
        <source>Sửa kế hoạch</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>số thứ tự trong nhiệm kỳ</source>
        <translation>number within the term</translation>
    </message>
    <message>
        <source>ví dụ: Kế hoạch thực hiện Nghị quyết số 57-NQ/TW</source>
        <translation>e.g. Plan to implement Resolution 57-NQ/TW</translation>
    </message>
    <message>
        <source>(không gắn văn bản)</source>
        <translation>(no document)</translation>
    </message>
    <message>
        <source>(toàn Đảng bộ)</source>
        <translation>(whole Party organisation)</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>Nhiệm kỳ:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Thực hiện văn bản:</source>
        <translation>Implements document:</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Party cell:</translation>
    </message>
    <message>
        <source>Mục đích, yêu cầu:</source>
        <translation>Purpose and requirements:</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Bỏ nhiệm vụ</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tiến độ của nhiệm vụ đang chọn</source>
        <translation>Progress of the selected task</translation>
    </message>
    <message>
        <source>đã làm được gì</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>(giữ tình trạng)</source>
        <translation>(keep status)</translation>
    </message>
    <message>
        <source>Ghi tiến độ</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Kế hoạch này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation>This plan belongs to another unit; it can only be viewed here.</translation>
    </message>
    <message>
        <source>Chọn một nhiệm vụ để xem và ghi tiến độ.</source>
        <translation>Choose a task to see and record its progress.</translation>
    </message>
    <message>
        <source>Nhiệm vụ mới: bấm Lưu trước, rồi ghi tiến độ cho nhiệm vụ này.</source>
        <translation>New task: press Save first, then record progress for it.</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Xem kế hoạch đúng như khi in</source>
        <translation>See the plan exactly as it will print</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In kế hoạch (Ctrl+P)</source>
        <translation>Print the plan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Lưu trước khi in</source>
        <translation>Save before printing</translation>
    </message>
    <message>
        <source>Bản in lấy từ sổ dữ liệu, nên kế hoạch cần được lưu trước. Lưu ngay?</source>
        <translation>The printout is taken from the register, so the plan must be saved first. Save now?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Chương trình, kế hoạch hành động</source>
        <translation>Action programmes and plans</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Toàn Đảng bộ</source>
        <translation>Whole Party organisation</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Quá hạn hay không</source>
        <translation>Overdue or not</translation>
    </message>
    <message>
        <source>kế hoạch “{title}” cùng các nhiệm vụ của nó</source>
        <translation>plan “{title}” with its tasks</translation>
    </message>
    <message>
        <source>Xem trước và in</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>Xem kế hoạch đúng như khi in, rồi In hoặc Lưu PDF (Ctrl+P: in ngay)</source>
        <translation>See the plan exactly as it will print, then Print or Save PDF (Ctrl+P prints at once)</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Xem trước {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>{name}: {pages} trang khổ A4, đúng như khi in</source>
        <translation>{name}: {pages} A4 pages, exactly as printed</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Vừa chiều ngang</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Chọn máy in rồi in</source>
        <translation>Choose a printer and print</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu bản in thành tệp PDF để gửi hoặc in sau</source>
        <translation>Save the printout as a PDF file to send or print later</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Tệp .docx để sửa tiếp bằng Word hoặc LibreOffice</source>
        <translation>A .docx file to go on editing in Word or LibreOffice</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã gửi tới máy in.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>biên bản</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Danh sách ký dự</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>danh sách đảng viên ký dự hội nghị</source>
        <translation>conference sign-in sheet</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>báo cáo kết quả học tập, quán triệt</source>
        <translation>study report</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Đang lấy số liệu cho {name}…</source>
        <translation>Gathering the figures for the {name}…</translation>
    </message>
    <message>
        <source>Đang dàn trang {name}…</source>
        <translation>Laying out the {name}…</translation>
    </message>
    <message>
        <source>Chuẩn bị bản in</source>
        <translation>Preparing the printout</translation>
    </message>
    <message>
        <source>Chưa in được</source>
        <translation>Cannot print yet</translation>
    </message>
    <message>
        <source>Không đọc lại được bản in vừa dàn trang. Hãy thử in lại.</source>
        <translation>The printout just laid out could not be read back. Please try printing again.</translation>
    </message>
    <message>
        <source>Không mở được máy in. Hãy kiểm tra máy in đã bật, có giấy và đã cài đặt, rồi in lại.</source>
        <translation>The printer could not be opened. Check that it is switched on, has paper and is installed, then print again.</translation>
    </message>
    <message>
        <source>Đang in trang {page}/{pages}…</source>
        <translation>Printing page {page}/{pages}…</translation>
    </message>
    <message>
        <source>Đã gửi xong tới máy in.</source>
        <translation>Everything has been sent to the printer.</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>Print the {name}</translation>
    </message>
    <message>
        <source>Đã in</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Lưu {name} ra tệp PDF</source>
        <translation>Save the {name} as a PDF file</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Lưu {name} ra tệp Word</source>
        <translation>Save the {name} as a Word file</translation>
    </message>
</context>
<context>
    <name>ProceedingsTabs</name>
    <message>
        <source>Tên điểm cầu</source>
        <translation>Bridge point</translation>
    </message>
    <message>
        <source>Người chủ trì điểm cầu</source>
        <translation>Host at the bridge point</translation>
    </message>
    <message>
        <source>Số người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Ghi các điểm cầu trực tuyến của đơn vị: tên, người chủ trì và số người dự.</source>
        <translation>Record the unit&apos;s online bridge points: name, host and number of attendees.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <source>Đại biểu, khách mời dự hội nghị:</source>
        <translation>Delegates and guests at the conference:</translation>
    </message>
    <message>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nội dung phát biểu</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Chọn một ý kiến ở bảng trên để ghi đầy đủ nội dung phát biểu tại đây.</source>
        <translation>Choose a contribution in the table above to write what was said in full here.</translation>
    </message>
    <message>
        <source>Ý kiến thảo luận, theo thứ tự phát biểu:</source>
        <translation>Contributions to the discussion, in the order spoken:</translation>
    </message>
    <message>
        <source>Kết luận của đồng chí chủ trì hội nghị</source>
        <translation>The chair&apos;s conclusion</translation>
    </message>
    <message>
        <source>Biểu quyết (nếu có)</source>
        <translation>Votes (if any)</translation>
    </message>
    <message>
        <source>Tán thành:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Không tán thành:</source>
        <translation>Against:</translation>
    </message>
    <message>
        <source>Ý kiến khác:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>số phiếu</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>Kết luận hội nghị:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Tổng cộng: {count} điểm cầu, {people} người dự</source>
        <translation>In all: {count} bridge points, {people} attendees</translation>
    </message>
    <message>
        <source> (có số người dự chưa đúng dạng số)</source>
        <translation> (some attendee counts are not numbers)</translation>
    </message>
    <message>
        <source>Tổng số phiếu: {total}</source>
        <translation>Votes in all: {total}</translation>
    </message>
</context>
<context>
    <name>ReasonPicker</name>
    <message>
        <source>Lý do vắng mặt</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Lý do vắng của {who}:</source>
        <translation>Reason for {who}&apos;s absence:</translation>
    </message>
    <message>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Tìm gói trong:</source>
        <translation>Look for packages in:</translation>
    </message>
    <message>
        <source>Mở một tệp gói…</source>
        <translation>Open a package file…</translation>
    </message>
    <message>
        <source>Chọn một tệp gói (.snq) ở bất kỳ đâu</source>
        <translation>Choose a package file (.snq) anywhere</translation>
    </message>
    <message>
        <source>Tệp gói</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>Loại gói</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nơi gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Lập lúc</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cắm USB rồi bấm “Tìm lại USB”, hoặc chọn thư mục, hoặc mở một tệp gói.</source>
        <translation>Plug in the USB stick and press “Look for USB again”, or choose a folder, or open a package file.</translation>
    </message>
    <message>
        <source>Xem trước gói đang chọn</source>
        <translation>Preview the selected package</translation>
    </message>
    <message>
        <source>Đọc và kiểm tra gói, cho biết sẽ thay đổi những gì; chưa ghi gì vào sổ</source>
        <translation>Read and check the package and show what would change; nothing is written yet</translation>
    </message>
    <message>
        <source>Nhận tất cả gói trên USB</source>
        <translation>Take in every package on the USB stick</translation>
    </message>
    <message>
        <source>Sao lưu sổ một lần rồi nhận lần lượt mọi gói của các đơn vị trong thư mục</source>
        <translation>Back up the register once, then take in every unit package in the folder, one after another</translation>
    </message>
    <message>
        <source>Xem trước: những gì sẽ thay đổi trong sổ</source>
        <translation>Preview: what would change in the register</translation>
    </message>
    <message>
        <source>Chấp nhận khóa mới…</source>
        <translation>Accept the new key…</translation>
    </message>
    <message>
        <source>Chỉ bấm sau khi đã gọi điện cho nơi gửi và đọc khớp dấu vân tay</source>
        <translation>Press only after calling the sender and reading matching fingerprints</translation>
    </message>
    <message>
        <source>Xem trước lại</source>
        <translation>Preview again</translation>
    </message>
    <message>
        <source>Đọc lại gói, xem bây giờ nhận sẽ thay đổi gì</source>
        <translation>Read the package again and see what taking it in would change now</translation>
    </message>
    <message>
        <source>Nhận gói này</source>
        <translation>Take in this package</translation>
    </message>
    <message>
        <source>Sao lưu sổ rồi ghi các thay đổi trên vào sổ, tất cả hoặc không gì cả</source>
        <translation>Back up the register, then write the changes above: all of them or none</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nhận gói dữ liệu các đơn vị gửi lên (tệp .snq). Cắm USB, chọn gói rồi bấm “Xem trước” để biết sẽ thay đổi gì; bấm “Nhận gói này” để ghi vào sổ. Sổ được sao lưu trước mỗi lần nhận.</source>
        <translation>Take in the packages units send up (.snq files). Plug in the USB stick, choose a package and press “Preview” to see what would change; press “Take in this package” to write it. The register is backed up before every import.</translation>
    </message>
    <message>
        <source>Nhận gói danh mục cấp trên gửi xuống (văn bản, danh mục, hội nghị của cấp trên). Cắm USB, chọn gói rồi bấm “Xem trước”; bấm “Nhận gói này” để ghi vào sổ. Sổ được sao lưu trước mỗi lần nhận.</source>
        <translation>Take in the catalogue the upper level sends down (its documents, lists and conferences). Plug in the USB stick, choose the package and press “Preview”; press “Take in this package” to write it. The register is backed up before every import.</translation>
    </message>
    <message>
        <source>Đang tìm gói dữ liệu</source>
        <translation>Looking for packages</translation>
    </message>
    <message>
        <source>Chưa chọn USB hay thư mục để tìm gói.</source>
        <translation>No USB stick or folder chosen to look in.</translation>
    </message>
    <message>
        <source>Không thấy gói dữ liệu nào (tệp .snq) trong {folder}.</source>
        <translation>No package (.snq file) found in {folder}.</translation>
    </message>
    <message>
        <source>Tìm thấy {count} gói trong {folder}.</source>
        <translation>{count} packages found in {folder}.</translation>
    </message>
    <message>
        <source>Dữ liệu đơn vị</source>
        <translation>Unit records</translation>
    </message>
    <message>
        <source>Danh mục cấp trên</source>
        <translation>Upper-level catalogue</translation>
    </message>
    <message>
        <source>Không đọc được: {reason}</source>
        <translation>Cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Gói gửi đơn vị, không nhận ở đây</source>
        <translation>Meant for a unit, not taken in here</translation>
    </message>
    <message>
        <source>Gói gửi cấp trên, không nhận ở đây</source>
        <translation>Meant for the upper level, not taken in here</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose a package</translation>
    </message>
    <message>
        <source>Gói dữ liệu (*.snq)</source>
        <translation>Packages (*.snq)</translation>
    </message>
    <message>
        <source>Chọn một gói trong danh sách rồi bấm “Xem trước gói đang chọn”.</source>
        <translation>Choose a package in the list, then press “Preview the selected package”.</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra gói</source>
        <translation>Reading and checking the package</translation>
    </message>
    <message>
        <source>Gói “{file}” không được nhận. Sổ không thay đổi gì.</source>
        <translation>Package “{file}” is refused. The register is unchanged.</translation>
    </message>
    <message>
        <source>Chấp nhận đơn vị mới…</source>
        <translation>Accept the new unit…</translation>
    </message>
    <message>
        <source>Gói có {count} lỗi trong các bản ghi (bảng bên cạnh). Báo nơi gửi sửa các bản ghi đó trong sổ của họ (lệnh check chỉ ra từng bản ghi) rồi gửi gói mới.</source>
        <translation>The package has {count} problems in its records (table alongside). Ask the sender to correct those records in their register (the check command names each one) and send a new package.</translation>
    </message>
    <message>
        <source>Bảng chỉ ghi {shown} lỗi đầu tiên.</source>
        <translation>The table lists the first {shown} problems only.</translation>
    </message>
    <message>
        <source>Gói dữ liệu của {sender}, lập lúc {created} (theo đồng hồ máy nơi gửi).</source>
        <translation>Package of {sender}, made at {created} (by the sender&apos;s clock).</translation>
    </message>
    <message>
        <source>Gói danh mục của {sender}, lập lúc {created} (theo đồng hồ máy nơi gửi).</source>
        <translation>Catalogue of {sender}, made at {created} (by the sender&apos;s clock).</translation>
    </message>
    <message>
        <source>Nếu nhận: {new} mới, {updated} cập nhật, {deleted} xóa, {unchanged} không đổi, {conflicts} xung đột.</source>
        <translation>If taken in: {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts.</translation>
    </message>
    <message>
        <source>Kèm {count} tệp văn bản.</source>
        <translation>With {count} document files.</translation>
    </message>
    <message>
        <source>Gói này đã được nhận lúc {when}.</source>
        <translation>This package was already taken in at {when}.</translation>
    </message>
    <message>
        <source>Bản ghi xung đột không bị ghi đè: sổ giữ lại để người dùng chọn trong thẻ “Xung đột”.</source>
        <translation>Conflicting records are not overwritten: they are held for you to choose in the “Conflicts” tab.</translation>
    </message>
    <message>
        <source>Gói không có gì mới so với sổ.</source>
        <translation>The package holds nothing new for this register.</translation>
    </message>
    <message>
        <source>Lần đầu nhận gói của {sender}. Trước khi nhận, hãy gọi điện cho đơn vị và cùng đọc dấu vân tay khóa ký:
{fingerprint}
Chỉ nhận khi hai bên đọc khớp nhau.</source>
        <translation>First package from {sender}. Before taking it in, call the unit and read the signing key fingerprint together:
{fingerprint}
Take it in only if both sides read the same.</translation>
    </message>
    <message>
        <source>Khóa mới của {sender} sẽ được ghi nhận khi nhận gói: {fingerprint}</source>
        <translation>The new key of {sender} will be recorded when the package is taken in: {fingerprint}</translation>
    </message>
    <message>
        <source>Nhận gói dữ liệu</source>
        <translation>Take in a package</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của {sender}:

{fingerprint}

đã được đọc khớp qua điện thoại chưa?</source>
        <translation>Has the key fingerprint of {sender}:

{fingerprint}

been read and matched over the phone?</translation>
    </message>
    <message>
        <source>Đã khớp, nhận gói</source>
        <translation>It matches, take it in</translation>
    </message>
    <message>
        <source>Chưa, để sau</source>
        <translation>Not yet, later</translation>
    </message>
    <message>
        <source>Đã nhận gói của {sender}: {new} mới, {updated} cập nhật, {deleted} xóa.</source>
        <translation>Package of {sender} taken in: {new} new, {updated} updated, {deleted} deleted.</translation>
    </message>
    <message>
        <source>{count} xung đột chờ chọn trong thẻ “Xung đột”.</source>
        <translation>{count} conflicts wait for a choice in the “Conflicts” tab.</translation>
    </message>
    <message>
        <source>Nếu nhận nhầm, có thể hoàn tác lần nhận này ở thẻ “Nhật ký gửi, nhận”.</source>
        <translation>If this was a mistake, this import can be undone on the “Sent and received” tab.</translation>
    </message>
    <message>
        <source>{sender}: đã nhận {new} mới, {updated} cập nhật, {deleted} xóa, {conflicts} xung đột</source>
        <translation>{sender}: taken in, {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts</translation>
    </message>
    <message>
        <source>; lần đầu nhận gói, dấu vân tay khóa ký: {fingerprint}</source>
        <translation>; first package from this unit, signing key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>KHÔNG NHẬN: {reason}</source>
        <translation>REFUSED: {reason}</translation>
    </message>
    <message>
        <source>Đã nhận {done} gói, {refused} gói không nhận.</source>
        <translation>{done} packages taken in, {refused} refused.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các gói nhận xong vẫn được giữ.</source>
        <translation>Stopped as asked; the packages already taken in are kept.</translation>
    </message>
    <message>
        <source>Nếu nhận nhầm, có thể hoàn tác cả lần nhận này ở thẻ “Nhật ký gửi, nhận”.</source>
        <translation>If this was a mistake, the whole stick can be undone on the “Sent and received” tab.</translation>
    </message>
    <message>
        <source>Gói không nhận (di chuột lên dòng để đọc đủ lý do): chọn gói đó rồi bấm “Xem trước” để biết cách xử lý.</source>
        <translation>Refused packages (hover over a line to read the whole reason): choose the package and press “Preview” to see what to do.</translation>
    </message>
    <message>
        <source>{count} đơn vị gửi gói lần đầu: khóa ký của họ đã được ghi nhận. Hãy gọi điện đọc dấu vân tay trong bảng với từng đơn vị. Nếu không khớp, gói đó không do đơn vị gửi: đừng dùng số liệu của đơn vị đó cho đến khi nhận được gói đúng (khi ấy chương trình sẽ hỏi trước khi đổi khóa).</source>
        <translation>{count} unit(s) sent their first package: their signing keys have been recorded. Phone each unit and read out the fingerprint in the table. If it does not match, the package did not come from that unit: do not use its figures until the right package arrives (the program will then ask before changing the key).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Khôi phục sổ dữ liệu</source>
        <translation>Restore the register</translation>
    </message>
    <message>
        <source>Mở sổ dữ liệu</source>
        <translation>Opening the register</translation>
    </message>
    <message>
        <source>Đang kiểm tra sổ dữ liệu…</source>
        <translation>Checking the register…</translation>
    </message>
    <message>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Đang khôi phục sổ dữ liệu…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <source>Sổ đã được khôi phục từ bản sao lưu {what}.

Hãy xem lại và nhập lại những gì đã làm sau thời điểm đó.</source>
        <translation>The register was restored from the backup {what}.

Please look it over and enter again what was done after that time.</translation>
    </message>
    <message>
        <source>Tệp hỏng được giữ lại tại: {path}</source>
        <translation>The damaged file is kept at: {path}</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Không mở được sổ dữ liệu</source>
        <translation>Could not open the register</translation>
    </message>
    <message>
        <source>Khôi phục sổ từ bản sao lưu {what}?

Sổ sẽ trở lại đúng như lúc sao lưu; những gì nhập sau thời điểm đó sẽ không còn trong sổ. Sổ hiện tại được giữ lại thành một bản sao lưu “Trước khi khôi phục”, nên vẫn lấy lại được nếu cần.</source>
        <translation>Restore the register from the backup {what}?

The register will be exactly as it was when the backup was taken; what was entered after that will no longer be in it. The current register is kept as a “Before a restore” backup, so it can still be taken back if needed.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>{problem}

Chương trình sẽ đóng lại. Hãy mở lại chương trình: sổ sẽ được kiểm tra và có thể khôi phục từ một bản sao lưu khác.</source>
        <translation>{problem}

The program will close. Please start it again: the register will be checked and can be restored from another backup.</translation>
    </message>
    <message>
        <source>Mã khôi phục vừa nhập không mở được bản sao lưu này: đây là mã của sổ khác, hoặc tệp đã bị hỏng. Sổ hiện tại được giữ nguyên.</source>
        <translation>The recovery code entered does not open this backup: it is the code of another register, or the file is damaged. The current register is kept as it was.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Mã khôi phục của sổ</source>
        <translation>The register&apos;s recovery code</translation>
    </message>
    <message>
        <source>Sổ trên máy này được mã hoá; máy tự giữ khóa nên hằng ngày không phải nhập gì. Dưới đây là mã khôi phục. Khi máy hỏng hoặc chuyển sang máy mới, chỉ có mã này mới mở được bản sao lưu. Mã chỉ hiện một lần này: hãy in tờ mã (hoặc chép ra giấy) và cất vào tủ hồ sơ mật.</source>
        <translation>The register on this PC is encrypted; the PC keeps the key, so there is nothing to type each day. Below is the recovery code. When the PC breaks or you move to a new PC, only this code opens the backups. It is shown this once only: print the sheet (or copy it on paper) and keep it in the office safe.</translation>
    </message>
    <message>
        <source>In tờ mã khôi phục (PDF)…</source>
        <translation>Print the recovery code sheet (PDF)…</translation>
    </message>
    <message>
        <source>Tôi đã in hoặc chép mã</source>
        <translation>I have printed or copied the code</translation>
    </message>
    <message>
        <source>Ghi tờ mã khôi phục</source>
        <translation>Save the recovery code sheet</translation>
    </message>
    <message>
        <source>Không ghi được tờ mã</source>
        <translation>The sheet could not be saved</translation>
    </message>
    <message>
        <source>Đã ghi tờ mã khôi phục</source>
        <translation>Recovery code sheet saved</translation>
    </message>
    <message>
        <source>Tờ mã đã ghi ra {path}. In xong hãy xoá tệp này: ai có tệp này và bản sao lưu thì đọc được sổ.</source>
        <translation>The sheet was saved to {path}. Delete the file once printed: whoever has it and a backup can read the register.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Sổ dữ liệu bị hỏng</source>
        <translation>The register is damaged</translation>
    </message>
    <message>
        <source>Sổ dữ liệu bị hỏng nên chưa mở được.</source>
        <translation>The register is damaged, so it was not opened.</translation>
    </message>
    <message>
        <source>Khi mở sổ, chương trình kiểm tra tệp sổ dữ liệu và thấy tệp bị hỏng. Việc này thường do mất điện hoặc tắt máy đột ngột khi đang ghi, hoặc do ổ đĩa bị lỗi.</source>
        <translation>When opening the register, the program checked its file and found it damaged. This usually comes from a power cut or the PC being switched off while it was writing, or from a faulty disk.</translation>
    </message>
    <message>
        <source>Chưa có gì bị mất: chương trình không ghi gì vào tệp hỏng. Khi khôi phục, tệp hỏng vẫn được giữ lại nguyên vẹn trong thư mục sao lưu.</source>
        <translation>Nothing is lost yet: the program writes nothing to the damaged file. When restoring, the damaged file is kept untouched in the backups folder.</translation>
    </message>
    <message>
        <source>Bản sao lưu còn tốt gần nhất là bản {what}. Khôi phục bản này thì sổ trở lại đúng như lúc đó; những gì nhập sau thời điểm đó cần nhập lại.</source>
        <translation>The newest sound backup is the one {what}. Restoring it takes the register back to exactly that moment; what was entered after it must be entered again.</translation>
    </message>
    <message>
        <source>Trên máy này không có bản sao lưu nào còn tốt. Nếu có bản sao lưu trên USB, hãy bấm “Chọn bản sao lưu khác…”. Nếu không, hãy bấm “Thoát”, đừng xoá tệp sổ dữ liệu, và gọi người hỗ trợ: tệp hỏng vẫn có thể cứu được một phần.</source>
        <translation>There is no sound backup on this PC. If there is a backup on a USB stick, press “Choose another backup…”. If not, press “Quit”, do not delete the register file, and call for support: part of the damaged file may still be saved.</translation>
    </message>
    <message>
        <source>Tệp: {path}
Chi tiết kỹ thuật: {problem}</source>
        <translation>File: {path}
Technical detail: {problem}</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu ngày {when}</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu khác…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ReflectionSheet</name>
    <message>
        <source>Bài thu hoạch — {symbol}</source>
        <translation>Reflections — {symbol}</translation>
    </message>
    <message>
        <source>Tìm tên (gõ không dấu cũng được)…</source>
        <translation>Search names (accents optional)…</translation>
    </message>
    <message>
        <source>Chỉ người chưa nộp</source>
        <translation>Only those not handed in</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Ngày nộp</source>
        <translation>Handed in on</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>(chưa xếp loại)</source>
        <translation>(not graded)</translation>
    </message>
    <message>
        <source>Đánh dấu đã nộp (phím cách)</source>
        <translation>Mark handed in (Space)</translation>
    </message>
    <message>
        <source>Đánh dấu các dòng đang chọn là đã nộp; bấm lại để bỏ dấu</source>
        <translation>Mark the selected rows as handed in; press again to unmark</translation>
    </message>
    <message>
        <source>Đánh dấu đã nộp cho mọi dòng đang hiện</source>
        <translation>Mark every shown row handed in</translation>
    </message>
    <message>
        <source>Mọi chi bộ</source>
        <translation>All Party cells</translation>
    </message>
    <message>
        <source>Đã nộp {handed}/{total} đảng viên đã học tập, đã xếp loại {graded}</source>
        <translation>Handed in: {handed}/{total} members who studied it; graded: {graded}</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>Bài thu hoạch theo văn bản</source>
        <translation>Reflections by document</translation>
    </message>
    <message>
        <source>văn bản</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Nhập bài thu hoạch</source>
        <translation>Enter reflections</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Học tập</source>
        <translation>Studied</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Tỷ lệ nộp</source>
        <translation>Handed-in rate</translation>
    </message>
    <message>
        <source>Đã xếp loại</source>
        <translation>Graded</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Đã và chưa học tập</source>
        <translation>Studied or not</translation>
    </message>
    <message>
        <source>Bài thu hoạch</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>Hãy chọn một văn bản trong danh sách rồi bấm “Nhập bài thu hoạch”.</source>
        <translation>Choose a document in the list, then press “Enter reflections”.</translation>
    </message>
</context>
<context>
    <name>ReportProseDialog</name>
    <message>
        <source>Sửa phần đánh giá của báo cáo</source>
        <translation>Edit the report’s assessment</translation>
    </message>
    <message>
        <source>Phần này đã được viết sẵn từ số liệu; hãy sửa cho đúng tình hình đơn vị. Mỗi dòng là một đoạn văn. Bấm “Lưu” để giữ lại cho báo cáo này.</source>
        <translation>This text was drafted from the figures; correct it to match the unit’s situation. Each line is a paragraph. Press “Save” to keep it with this report.</translation>
    </message>
    <message>
        <source>Ưu điểm</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Hạn chế, khuyết điểm</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Phương hướng</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Về bản viết sẵn</source>
        <translation>Back to the draft</translation>
    </message>
    <message>
        <source>Bỏ phần đã sửa, dùng lại đoạn viết từ số liệu</source>
        <translation>Drop the edits and use the text drafted from the figures again</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đang soạn phần đánh giá…</source>
        <translation>Drafting the assessment…</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Xuống dưới</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Gói dữ liệu chứa mọi số liệu đơn vị đã nhập (đảng viên, hội nghị, điểm danh, kế hoạch, tuyên truyền, thu hoạch…), được mã hóa để chỉ cấp trên mở được. Mỗi tháng gửi ít nhất một lần. Gói nào cũng chứa đủ mọi số liệu, nên một gói bị thất lạc thì gói sau bù lại.</source>
        <translation>The package holds everything this unit has recorded (members, conferences, attendance, plans, propaganda, reflections…), encrypted so that only the upper level can open it. Send at least once a month. Every package holds everything, so a lost package is made good by the next one.</translation>
    </message>
    <message>
        <source>Nhận tệp thiết lập từ cấp trên…</source>
        <translation>Take in the setup file from the upper level…</translation>
    </message>
    <message>
        <source>Ghi gói vào:</source>
        <translation>Write the package to:</translation>
    </message>
    <message>
        <source>Gửi dữ liệu lên cấp trên</source>
        <translation>Send the records to the upper level</translation>
    </message>
    <message>
        <source>Gửi toàn bộ dữ liệu (khi cấp trên đề nghị)</source>
        <translation>Send all the data (when the upper level asks for it)</translation>
    </message>
    <message>
        <source>Các lần gửi gần đây</source>
        <translation>Recent packages</translation>
    </message>
    <message>
        <source>Thời điểm ghi gói</source>
        <translation>Written at</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Số bản ghi</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>(khi cấp trên cấp lại tệp thiết lập, tệp .snqs)</source>
        <translation>(when the upper level issues the setup file again, a .snqs file)</translation>
    </message>
    <message>
        <source>Gửi cho: {upper}. Dấu vân tay khóa của cấp trên: {fingerprint}</source>
        <translation>Sent to: {upper}. Upper level&apos;s key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Sổ này chưa nhận tệp thiết lập của cấp trên, nên chưa biết gửi gói cho ai. Hãy xin cấp trên tệp thiết lập (tên dạng SNQ_THIETLAP_….snqs), cắm USB vào máy rồi bấm nút “Nhận tệp thiết lập từ cấp trên…” dưới đây.</source>
        <translation>This register has not taken in the upper level&apos;s setup file yet, so it does not know whom to send packages to. Ask the upper level for the setup file (named like SNQ_THIETLAP_….snqs), plug in the USB stick and press “Take in the setup file from the upper level…” below.</translation>
    </message>
    <message>
        <source>Tháng này chưa gửi gói dữ liệu. Lần gửi gần nhất: {when}.</source>
        <translation>No package sent this month yet. Last sent: {when}.</translation>
    </message>
    <message>
        <source>Chưa gửi gói dữ liệu nào lên cấp trên.</source>
        <translation>No package has been sent to the upper level yet.</translation>
    </message>
    <message>
        <source>Tháng này đã gửi. Lần gửi gần nhất: {when}.</source>
        <translation>Sent this month. Last sent: {when}.</translation>
    </message>
    <message>
        <source>Chưa chọn nơi ghi gói: hãy cắm USB rồi bấm “Tìm lại USB”, hoặc bấm “Chọn thư mục khác…”.</source>
        <translation>No place chosen for the package: plug in a USB stick and press “Look for USB again”, or press “Choose another folder…”.</translation>
    </message>
    <message>
        <source>Đã hủy; không có tệp nào được ghi ra USB.</source>
        <translation>Cancelled; no file was written to the USB stick.</translation>
    </message>
    <message>
        <source>phần thay đổi kể từ gói cấp trên đã xác nhận nhận được</source>
        <translation>changes since the package the upper level confirmed receiving</translation>
    </message>
    <message>
        <source>toàn bộ dữ liệu</source>
        <translation>all the data</translation>
    </message>
    <message>
        <source>Đã ghi gói dữ liệu gửi {upper} ({what}): {records} bản ghi, {files} tệp đính kèm.</source>
        <translation>Package for {upper} written ({what}): {records} records, {files} attached files.</translation>
    </message>
    <message>
        <source>Tệp trên USB: {path}</source>
        <translation>File on the USB stick: {path}</translation>
    </message>
    <message>
        <source>Gói đã được đọc lại từ USB và so khớp với bản gốc: đúng.</source>
        <translation>The package was read back from the USB stick and compared with the original: identical.</translation>
    </message>
    <message>
        <source>Bản lưu trên máy: {path}</source>
        <translation>Copy kept on this PC: {path}</translation>
    </message>
    <message>
        <source>Không gửi kèm được (không tìm thấy hoặc hỏng trên máy): {files}</source>
        <translation>Could not be attached (missing or damaged on this PC): {files}</translation>
    </message>
    <message>
        <source>Bây giờ có thể tháo USB ra (nên bấm “Tháo thiết bị an toàn” trước) và mang lên cấp trên.</source>
        <translation>You can now take the USB stick out (use “Safely Remove” first) and bring it to the upper level.</translation>
    </message>
    <message>
        <source>Chọn tệp thiết lập của cấp trên</source>
        <translation>Choose the upper level&apos;s setup file</translation>
    </message>
    <message>
        <source>Tệp thiết lập (*.snqs)</source>
        <translation>Setup files (*.snqs)</translation>
    </message>
    <message>
        <source>Nhận tệp thiết lập từ cấp trên</source>
        <translation>Take in the setup file from the upper level</translation>
    </message>
    <message>
        <source>Tệp thiết lập của {upper} cấp cho {unit}.

Hãy gọi điện cho cấp trên và cùng đọc dấu vân tay khóa của cấp trên:

{fingerprint}

Chỉ nhận tệp khi hai bên đọc khớp nhau. Số liệu đã nhập trong sổ được giữ nguyên.</source>
        <translation>Setup file from {upper} for {unit}.

Call the upper level and read the upper level&apos;s key fingerprint together:

{fingerprint}

Take the file in only if both sides read the same. The records already in the register are kept.</translation>
    </message>
    <message>
        <source>Đã khớp, nhận tệp</source>
        <translation>It matches, take it in</translation>
    </message>
    <message>
        <source>Không nhận</source>
        <translation>Do not take it in</translation>
    </message>
    <message>
        <source>Đã nhận tệp thiết lập của {upper}. Từ nay có thể gửi dữ liệu lên cấp trên.
Danh mục nhận kèm: {new} mục mới, {updated} mục cập nhật.</source>
        <translation>Setup file from {upper} taken in. Packages can now be sent to the upper level.
Catalogue received with it: {new} new entries, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Viết tắt:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <source>Văn phòng:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Người ký (họ tên):</source>
        <translation>Signer (full name):</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Máy này dùng cho:</source>
        <translation>This computer is used by:</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Upper level</translation>
    </message>
    <message>
        <source>Tên cấp trên:</source>
        <translation>Upper level name:</translation>
    </message>
    <message>
        <source>Cơ quan nhận báo cáo:</source>
        <translation>Office receiving reports:</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tỷ lệ học tập cần đạt:</source>
        <translation>Target study rate:</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Nhắc khi chưa gửi dữ liệu sau:</source>
        <translation>Remind when no data was sent for:</translation>
    </message>
    <message>
        <source>Văn bản in</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Nhiệm kỳ hiện tại:</source>
        <translation>Current term:</translation>
    </message>
    <message>
        <source>Lề trên:</source>
        <translation>Top margin:</translation>
    </message>
    <message>
        <source>Lề dưới:</source>
        <translation>Bottom margin:</translation>
    </message>
    <message>
        <source>Lề trái:</source>
        <translation>Left margin:</translation>
    </message>
    <message>
        <source>Lề phải:</source>
        <translation>Right margin:</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Cỡ chữ giao diện:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tệp sổ dữ liệu:</source>
        <translation>Register file:</translation>
    </message>
    <message>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Danh mục dùng chung</source>
        <translation>Shared lists</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Danh mục “{name}”: {count}</source>
        <translation>List “{name}”: {count}</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <source>Danh sách đảng viên ký dự hội nghị</source>
        <translation>Conference sign-in sheet</translation>
    </message>
    <message>
        <source>Hội nghị: {title}</source>
        <translation>Conference: {title}</translation>
    </message>
    <message>
        <source>Tất cả đảng viên, một danh sách liền</source>
        <translation>All members, in one continuous list</translation>
    </message>
    <message>
        <source>Tất cả đảng viên, mỗi chi bộ sang trang mới</source>
        <translation>All members, each party cell on a new page</translation>
    </message>
    <message>
        <source>Chỉ một chi bộ:</source>
        <translation>One party cell only:</translation>
    </message>
    <message>
        <source>Đảng viên miễn sinh hoạt không có tên trong danh sách ký.</source>
        <translation>Excused members are not on the sign-in sheet.</translation>
    </message>
    <message>
        <source>Hãy chọn chi bộ cần in.</source>
        <translation>Choose the party cell to print.</translation>
    </message>
</context>
<context>
    <name>StudyReportDialog</name>
    <message>
        <source>Báo cáo kết quả học tập, quán triệt</source>
        <translation>Report on study results</translation>
    </message>
    <message>
        <source>Tùy chọn ngày</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <source>Nhiệm kỳ bắt đầu năm</source>
        <translation>Term starting in</translation>
    </message>
    <message>
        <source>Tất cả văn bản học tập trong kỳ</source>
        <translation>Every document studied in the period</translation>
    </message>
    <message>
        <source>ví dụ 15</source>
        <translation>e.g. 15</translation>
    </message>
    <message>
        <source>Toàn bộ các đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>ngày ký:</source>
        <translation>signed on:</translation>
    </message>
    <message>
        <source>Số báo cáo:</source>
        <translation>Report number:</translation>
    </message>
    <message>
        <source>Để trống ngày đầu để tính từ đầu nhiệm kỳ. Người ký là người đứng đầu ghi trong phần Cài đặt.</source>
        <translation>Leave the first date empty to count from the start of the term. The signer is the leader set in Settings.</translation>
    </message>
    <message>
        <source>Sửa phần đánh giá…</source>
        <translation>Edit the assessment…</translation>
    </message>
    <message>
        <source>Đánh giá, nguyên nhân, phương hướng, kiến nghị: viết sẵn từ số liệu, sửa trước khi in</source>
        <translation>Assessment, causes, directions, proposals: drafted from the figures, to edit before printing</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Các bảng số liệu của báo cáo, để gửi lên cấp trên</source>
        <translation>The report&apos;s tables of figures, to send to the upper level</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>{label} “{text}” không phải là ngày (ví dụ 05/03/2025).</source>
        <translation>{label} “{text}” is not a date (for example 05/03/2025).</translation>
    </message>
    <message>
        <source>Số báo cáo</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Số liệu học tập, quán triệt</source>
        <translation>Study figures</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel</source>
        <translation>Writing the Excel file</translation>
    </message>
    <message>
        <source>Đã ghi các bảng số liệu vào tệp:
{path}</source>
        <translation>Wrote the tables of figures to the file:
{path}</translation>
    </message>
</context>
<context>
    <name>SyncApprove</name>
    <message>
        <source>nơi gửi</source>
        <translation>the sender</translation>
    </message>
    <message>
        <source>Chấp nhận khóa mới</source>
        <translation>Accept the new key</translation>
    </message>
    <message>
        <source>{sender} chưa có trong danh sách đơn vị của sổ này (chưa được cấp tệp thiết lập từ đây).

Hãy gọi điện cho {sender} và nhờ đọc dấu vân tay khóa của họ (trang Đồng bộ USB, thẻ “Khóa bảo mật”). Dấu vân tay trong gói là:

{fingerprint}

Hai bên đã đọc khớp nhau từng nhóm chữ số chưa?</source>
        <translation>{sender} is not in this register&apos;s list of units (no setup file was issued to it from here).

Call {sender} and ask them to read their key fingerprint (USB exchange page, “Security keys” tab). The fingerprint in the package is:

{fingerprint}

Did both sides read the same, group by group?</translation>
    </message>
    <message>
        <source>Từ nay sổ sẽ nhận {sender} là đơn vị cấp dưới và tin các gói ký bằng khóa này. Chắc chắn chấp nhận đơn vị mới?</source>
        <translation>From now on this register will treat {sender} as one of its units and trust packages signed with this key. Accept the new unit?</translation>
    </message>
    <message>
        <source>Chấp nhận đơn vị mới</source>
        <translation>Accept the new unit</translation>
    </message>
    <message>
        <source>Gói của {sender} được ký bằng một khóa khác với khóa sổ đã ghi nhận. Điều này xảy ra khi nơi gửi cài lại máy hoặc đổi máy, nhưng cũng có thể là gói giả mạo.

Hãy gọi điện cho {sender} và nhờ đọc dấu vân tay khóa của họ (trang Đồng bộ USB, thẻ “Khóa bảo mật”). Dấu vân tay trong gói là:

{fingerprint}

Hai bên đã đọc khớp nhau từng nhóm chữ số chưa?</source>
        <translation>The package of {sender} is signed with a key other than the one this register recorded. That happens when the sender reinstalled or replaced its PC, but the package may also be forged.

Call {sender} and ask them to read their key fingerprint (USB exchange page, “Security keys” tab). The fingerprint in the package is:

{fingerprint}

Did both sides read the same, group by group?</translation>
    </message>
    <message>
        <source>Từ nay sổ sẽ tin các gói của {sender} ký bằng khóa mới này và không tin khóa cũ nữa. Chắc chắn chấp nhận khóa mới?</source>
        <translation>From now on this register will trust packages of {sender} signed with this new key, and no longer the old one. Accept the new key?</translation>
    </message>
    <message>
        <source>Đã khớp</source>
        <translation>They match</translation>
    </message>
    <message>
        <source>Chưa, không nhận</source>
        <translation>No, do not take it in</translation>
    </message>
    <message>
        <source>Không chấp nhận</source>
        <translation>Do not accept</translation>
    </message>
</context>
<context>
    <name>SyncJobs</name>
    <message>
        <source>Không đọc được thư mục “{folder}”: {reason}.</source>
        <translation>Cannot read the folder “{folder}”: {reason}.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Đồng bộ USB</source>
        <translation>USB exchange</translation>
    </message>
    <message>
        <source>{name} — sổ cấp trên, tổng hợp các đơn vị</source>
        <translation>{name} — upper-level register, consolidating its units</translation>
    </message>
    <message>
        <source>{name} — sổ của đơn vị</source>
        <translation>{name} — unit register</translation>
    </message>
    <message>
        <source>Các đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Gửi lên cấp trên</source>
        <translation>Send up</translation>
    </message>
    <message>
        <source>Nhận gói của đơn vị</source>
        <translation>Receive unit packages</translation>
    </message>
    <message>
        <source>Nhận từ cấp trên</source>
        <translation>Receive from the upper level</translation>
    </message>
    <message>
        <source>Xung đột ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Nhật ký gửi, nhận</source>
        <translation>Exchange log</translation>
    </message>
    <message>
        <source>Khóa bảo mật</source>
        <translation>Security keys</translation>
    </message>
    <message>
        <source>{received} lần nhận, {sent} lần gửi hay cấp tệp</source>
        <translation>{received} received, {sent} sent or issued</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Hoàn tác lần nhận này…</source>
        <translation>Undo this stick…</translation>
    </message>
    <message>
        <source>Lần nhận gói gần nhất: {count} gói, lúc {at}.</source>
        <translation>Newest import: {count} packages, at {at}.</translation>
    </message>
    <message>
        <source>Nếu nhận nhầm, có thể hoàn tác cả lần nhận này: sổ trở lại như trước khi nhận.</source>
        <translation>If it was a mistake, the whole stick can be undone: the register goes back to how it was before.</translation>
    </message>
    <message>
        <source>Sổ đã thay đổi sau lần nhận này nên không hoàn tác được nữa; nếu cần quay lại, hãy khôi phục từ bản sao lưu (Cài đặt → Sao lưu).</source>
        <translation>The register has changed since this stick, so it can no longer be undone; to go back, restore a backup (Settings → Backups).</translation>
    </message>
    <message>
        <source>Hoàn tác lần nhận gói</source>
        <translation>Undo a stick of packages</translation>
    </message>
    <message>
        <source>Hoàn tác lần nhận {count} gói lúc {at}?

Mọi bản ghi các gói đó mang đến sẽ bị bỏ, bản ghi các gói đó sửa trở lại như trước, số liệu tính lại. Trước đó chương trình sao lưu nguyên sổ như hiện nay. Sau này có thể nhận lại các gói ấy.</source>
        <translation>Undo the stick of {count} packages taken at {at}?

Every record those packages brought is removed, every record they changed goes back to how it was, and the figures are worked out again. The whole register is backed up first, as it is now. The same packages can be taken in again later.</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Không hoàn tác</source>
        <translation>Do not undo</translation>
    </message>
    <message>
        <source>Đã hoàn tác lần nhận {count} gói: bỏ {removed} bản ghi mới, trả lại {restored} bản ghi như trước. Bản sao lưu trước khi hoàn tác: {backup}.</source>
        <translation>The stick of {count} packages was undone: {removed} new records removed, {restored} records put back as they were. Backup taken before the undo: {backup}.</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Cấp tệp thiết lập cho đơn vị mới…</source>
        <translation>Issue a setup file for a new unit…</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Hội nghị tự tổ chức</source>
        <translation>Conferences held</translation>
    </message>
    <message>
        <source>Hội nghị theo dõi trực tuyến</source>
        <translation>Conferences followed online</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Ghi tệp vào:</source>
        <translation>Write files to:</translation>
    </message>
    <message>
        <source>Cấp lại tệp thiết lập</source>
        <translation>Issue the setup file again</translation>
    </message>
    <message>
        <source>Cho đơn vị đang chọn, khi đơn vị cài lại máy hoặc làm mất tệp</source>
        <translation>For the selected unit, when it reinstalled its PC or lost the file</translation>
    </message>
    <message>
        <source>Gửi danh mục xuống đơn vị</source>
        <translation>Send the catalogue down</translation>
    </message>
    <message>
        <source>Ghi gói danh mục (văn bản, danh mục, hội nghị của cấp trên) cho các đơn vị đang chọn; giữ Ctrl để chọn nhiều, Ctrl+A để chọn tất cả</source>
        <translation>Write the catalogue (the upper level&apos;s documents, lists and conferences) for the selected units; hold Ctrl to select several, Ctrl+A to select all</translation>
    </message>
    <message>
        <source>Đánh dấu đã chuyển đi…</source>
        <translation>Mark as moved away…</translation>
    </message>
    <message>
        <source>Đơn vị đang chọn đã chuyển sang cấp trên khác; số liệu đã nhận vẫn giữ</source>
        <translation>The chosen unit now reports to another upper level; the figures received are kept</translation>
    </message>
    <message>
        <source>Chọn đơn vị trong bảng để cấp lại tệp hay gửi danh mục.</source>
        <translation>Select units in the table to issue their setup file again or send them the catalogue.</translation>
    </message>
    <message>
        <source>Các đơn vị cấp dưới gửi gói dữ liệu lên đây. Dòng tô vàng là đơn vị chưa gửi gói nào hoặc đã quá {days} ngày chưa gửi (đổi số ngày trong Cài đặt).</source>
        <translation>The units send their packages up here. A yellow line is a unit that has sent nothing yet, or nothing for more than {days} days (the number of days is in Settings).</translation>
    </message>
    <message>
        <source>{count} đơn vị; {silent} đơn vị cần nhắc gửi gói.</source>
        <translation>{count} units; {silent} to be reminded to send a package.</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào. Bấm “Cấp tệp thiết lập cho đơn vị mới…” để bắt đầu.</source>
        <translation>No units yet. Press “Issue a setup file for a new unit…” to begin.</translation>
    </message>
    <message>
        <source>Đã chuyển đi</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Chưa gửi gói nào</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <source>Lâu chưa gửi</source>
        <translation>Silent too long</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Chưa chọn nơi ghi tệp: hãy cắm USB rồi bấm “Tìm lại USB”, hoặc bấm “Chọn thư mục khác…”.</source>
        <translation>No place chosen for the file: plug in a USB stick and press “Look for USB again”, or press “Choose another folder…”.</translation>
    </message>
    <message>
        <source>Cấp lại tệp thiết lập cho {unit}? Dùng khi đơn vị cài lại máy hoặc làm mất tệp; số liệu đơn vị đã gửi lên vẫn giữ nguyên.</source>
        <translation>Issue the setup file again for {unit}? Use this when the unit reinstalled its PC or lost the file; the records it sent up are kept.</translation>
    </message>
    <message>
        <source>Cấp lại</source>
        <translation>Issue again</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cấp tệp thiết lập</source>
        <translation>Issue a setup file</translation>
    </message>
    <message>
        <source>Đã cấp tệp thiết lập cho {unit}.
Tệp: {path}
Danh mục kèm theo: {count} bản ghi.
Khi đơn vị nhận tệp, hãy đọc cho đơn vị dấu vân tay khóa của cấp trên: {fingerprint}</source>
        <translation>Setup file issued for {unit}.
File: {path}
Catalogue included: {count} records.
When the unit takes the file in, read them the upper level&apos;s key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Đơn vị chuyển đi</source>
        <translation>Unit moved away</translation>
    </message>
    <message>
        <source>{unit} chuyển sang cấp trên nào? (số liệu đã nhận vẫn giữ trong sổ)</source>
        <translation>Which upper level does {unit} move to? (the figures received stay in the register)</translation>
    </message>
    <message>
        <source>Đã đánh dấu {unit} chuyển sang {upper}; số liệu đã nhận vẫn giữ.</source>
        <translation>{unit} marked as moved to {upper}; the figures received are kept.</translation>
    </message>
    <message>
        <source>{unit}: đã ghi {file}</source>
        <translation>{unit}: {file} written</translation>
    </message>
    <message>
        <source>{unit}: không ghi được. {reason}</source>
        <translation>{unit}: not written. {reason}</translation>
    </message>
    <message>
        <source>Các tệp đã được đọc lại từ USB và so khớp với bản gốc: đúng.</source>
        <translation>The files were read back from the USB stick and compared with the originals: identical.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các tệp ghi xong vẫn còn trên USB.</source>
        <translation>Stopped as asked; the files already written stay on the USB stick.</translation>
    </message>
</context>
<context>
    <name>_PrintButtons</name>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Tệp .docx để sửa tiếp bằng Word hoặc LibreOffice</source>
        <translation>A .docx file to go on editing in Word or LibreOffice</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>_Problems</name>
    <message>
        <source>Chưa in được, vì:</source>
        <translation>Not printed yet, because:</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang dừng, xin chờ trong giây lát…</source>
        <translation>Stopping, please wait a moment…</translation>
    </message>
    <message>
        <source>Công việc “{title}” bị dừng vì gặp lỗi: {error}

Hãy thử lại. Nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.</source>
        <translation>The task “{title}” stopped because of an error: {error}

Please try again. If it still fails, tell your support person and include this message.</translation>
    </message>
</context>
</TS>
