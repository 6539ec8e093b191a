<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../gui/outreach_page.py" line="26"/>
        <source>Hoạt động tuyên truyền mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="28"/>
        <source>Sửa hoạt động tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="37"/>
        <source>— chọn hình thức —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="41"/>
        <source>(không gắn văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="45"/>
        <source>ví dụ: buổi, tin bài, lượt phát, cái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="46"/>
        <source>số người nghe, xem (nếu biết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="47"/>
        <source>Ngày thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="48"/>
        <source>Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="49"/>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="50"/>
        <source>Văn bản tuyên truyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="51"/>
        <source>Số lượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="52"/>
        <source>Đơn vị tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="53"/>
        <source>Số người được tuyên truyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="63"/>
        <source>Hoạt động này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="76"/>
        <source>Số lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="77"/>
        <source>Số người được tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="76"/>
        <source>Sổ Nghị quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="99"/>
        <source>Chi tiết được ghi trong tệp: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="104"/>
        <source>Lỗi ngoài dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="127"/>
        <source>Không mở được sổ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChiBoEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="47"/>
        <source>Chi bộ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="47"/>
        <source>Sửa chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="49"/>
        <source>ví dụ: Chi bộ thôn Đông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="53"/>
        <source>thứ tự trong danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="54"/>
        <source>Tên chi bộ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="55"/>
        <source>Loại hình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="56"/>
        <source>Thứ tự:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="63"/>
        <source>Chi bộ này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="69"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChiBoList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="23"/>
        <source>Danh sách chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="26"/>
        <source>chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="30"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="31"/>
        <source>Tên chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="32"/>
        <source>Loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="33"/>
        <source>Đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="34"/>
        <source>Dự bị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="35"/>
        <source>Miễn sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="39"/>
        <source>Mọi loại hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="51"/>
        <source>chi bộ “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../gui/conferences_page.py" line="26"/>
        <source>Hội nghị học tập, quán triệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="29"/>
        <source>hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="34"/>
        <source>Số BB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="37"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="38"/>
        <source>Tên hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="39"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="40"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="41"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="43"/>
        <source>Đã học/phải học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="45"/>
        <source>Tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="46"/>
        <source>Điểm cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="48"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="53"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="54"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="55"/>
        <source>Mọi hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="56"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="67"/>
        <source>Hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="67"/>
        <source>Chưa có trình soạn hội nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/conferences_page.py" line="78"/>
        <source>hội nghị “{title}” cùng danh sách điểm danh của hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../gui/document_editor.py" line="53"/>
        <source>Văn bản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="53"/>
        <source>Sửa văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="59"/>
        <source>ví dụ: 57-NQ/TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="69"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="73"/>
        <source>ví dụ: Bộ Chính trị, Ban Chấp hành Trung ương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="76"/>
        <source>ví dụ: XIII, hoặc 2020-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="78"/>
        <source>trích yếu nội dung văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="81"/>
        <source>Số, ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="82"/>
        <source>Loại văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="83"/>
        <source>Cấp ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="84"/>
        <source>Cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="85"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="86"/>
        <source>Khóa, nhiệm kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="87"/>
        <source>Trích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="88"/>
        <source>Tóm tắt nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="97"/>
        <source>Đính kèm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="99"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="101"/>
        <source>Gỡ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="107"/>
        <source>Tệp đính kèm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="128"/>
        <source>Văn bản này do cấp trên quản lý trong danh mục chung; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="151"/>
        <source>{name} (chưa lưu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="155"/>
        <source>Chọn tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="197"/>
        <source>Không mở được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="198"/>
        <source>Không tìm thấy tệp “{name}” trong thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/document_editor.py" line="231"/>
        <source>Không đính kèm được tệp: chưa biết thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../gui/documents_page.py" line="19"/>
        <source>Sổ văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="22"/>
        <source>văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="26"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="27"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="28"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="29"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="30"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="31"/>
        <source>Khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="32"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="37"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="38"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="39"/>
        <source>Mọi cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/documents_page.py" line="52"/>
        <source>văn bản {symbol} “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../gui/editor.py" line="79"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="80"/>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="83"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="155"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../gui/first_start.py" line="49"/>
        <source>Bắt đầu dùng Sổ Nghị quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="54"/>
        <source>Chào mừng bạn đến với Sổ Nghị quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="62"/>
        <source>Hãy cho biết tên đơn vị và cấp trên. Các tên này được in trên biên bản, báo cáo; có thể sửa lại bất cứ lúc nào trong mục Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="70"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="73"/>
        <source>ví dụ: Đảng ủy xã Cẩm Giàng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="77"/>
        <source>ví dụ: ĐU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="81"/>
        <source>tên địa danh ghi trước ngày tháng, ví dụ: Cẩm Giàng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="84"/>
        <source>ví dụ: 2025-2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="85"/>
        <source>Tên đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="86"/>
        <location filename="../../gui/first_start.py" line="99"/>
        <source>Viết tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="87"/>
        <source>Văn phòng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="88"/>
        <source>Địa danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="89"/>
        <source>Nhiệm kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="92"/>
        <source>Cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="95"/>
        <source>ví dụ: Đảng bộ tỉnh Hải Dương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="98"/>
        <source>Tên cấp trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="100"/>
        <source>Cơ quan nhận báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="103"/>
        <source>Máy này dùng cho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="105"/>
        <source>Văn phòng cấp cơ sở (xã, phường, cơ quan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="106"/>
        <source>Cấp trên tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="114"/>
        <source>Dữ liệu ban đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="117"/>
        <source>Sổ trống: tự nhập văn bản, chi bộ, đảng viên của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="121"/>
        <source>Dữ liệu mẫu để làm quen (khoảng 1.200 đảng viên, 3 năm); chỉ nên chọn khi dùng thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="133"/>
        <source>Phiên bản này chưa có dữ liệu mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="140"/>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="143"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="176"/>
        <source>Đã dừng tạo dữ liệu mẫu; sổ vẫn trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="180"/>
        <source>Không tạo được dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="212"/>
        <source>Dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_start.py" line="213"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="171"/>
        <source>Nhóm người tham dự mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="171"/>
        <source>Sửa nhóm người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="174"/>
        <source>ví dụ: Cán bộ, công chức không là đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="176"/>
        <source>Tên nhóm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="177"/>
        <source>Số người:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="183"/>
        <source>Nhóm này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="189"/>
        <source>Số người</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="106"/>
        <source>Nhóm người tham dự không là đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="109"/>
        <source>nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="113"/>
        <source>Tên nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="114"/>
        <source>Số người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="127"/>
        <source>nhóm “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../gui/help.py" line="10"/>
        <source>Hướng dẫn nhanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="18"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="29"/>
        <source>Cách dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="31"/>
        <source>Chọn một mục ở cột bên trái: Văn bản, Hội nghị, Kế hoạch hành động, Tuyên truyền, Thu hoạch, Tổ chức đảng, Cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="33"/>
        <source>Mỗi mục là một danh sách. Bấm đúp vào một dòng (hoặc Enter) để xem và sửa; bấm “Thêm mới” để nhập mục mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="35"/>
        <source>Ô tìm kiếm không cần gõ dấu: gõ “dang uy” cũng tìm thấy “Đảng ủy”. Các ô chọn bên cạnh lọc theo năm, loại, chi bộ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="37"/>
        <source>Bấm vào tên cột để sắp xếp theo cột đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="41"/>
        <source>Không mất dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="43"/>
        <source>Bấm “Lưu” là dữ liệu được ghi ngay. Nếu nhập sai, dòng chữ đỏ cho biết cần sửa gì và chưa có gì bị ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="45"/>
        <source>Đóng cửa sổ khi còn thay đổi chưa lưu, chương trình sẽ hỏi có lưu hay không.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="47"/>
        <source>Xóa một mục luôn được hỏi lại. Mục đã xóa xem trong nút “Mục đã xóa” và bấm “Khôi phục” để lấy lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="49"/>
        <source>Thanh dưới cùng cho biết lần sao lưu gần nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="53"/>
        <source>Phím tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="55"/>
        <source>Ctrl+N: thêm mới trong danh sách đang mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="56"/>
        <source>Ctrl+S: lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="57"/>
        <source>Ctrl+F: đến ô tìm kiếm; mũi tên xuống để vào danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="58"/>
        <source>Delete: xóa dòng đang chọn (có hỏi lại).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="59"/>
        <source>Esc: đóng cửa sổ nhập liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="60"/>
        <source>F1: mở trang hướng dẫn này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="64"/>
        <source>Chữ to hơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="66"/>
        <source>Vào Cài đặt, mục “Cỡ chữ giao diện”, chọn 115% hoặc lớn hơn rồi bấm “Lưu cài đặt”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../gui/listpage.py" line="72"/>
        <source>Thêm mới (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="76"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="77"/>
        <source>Xóa mục đang chọn (phím Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="79"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="80"/>
        <source>Đưa mục đã xóa trở lại danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="87"/>
        <source>Mục đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="89"/>
        <source>Xem các mục đã xóa để khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="97"/>
        <source>Tìm (gõ không dấu cũng được)… Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="150"/>
        <source>mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="153"/>
        <source>Thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="156"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="267"/>
        <source>{shown}/{total} {noun} đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="271"/>
        <source>{total} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="272"/>
        <source>Đang hiển thị {shown}/{total} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="291"/>
        <source>{heading} — mục đã xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="343"/>
        <source>Không xóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/listpage.py" line="354"/>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../gui/settings_page.py" line="68"/>
        <source>Tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="69"/>
        <source>Mã, viết tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="71"/>
        <source>Đơn vị tính thường dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="73"/>
        <source>Điểm (để sắp xếp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="77"/>
        <source>Thứ tự:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="86"/>
        <source>Mục này thuộc danh mục chung do cấp trên quản lý; ở đây chỉ xem. Có thể thêm mục mới của đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="96"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupList</name>
    <message>
        <location filename="../../gui/settings_page.py" line="123"/>
        <source>Danh mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="131"/>
        <source>mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="135"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="136"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="137"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="138"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="140"/>
        <source>Quản lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="141"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="141"/>
        <source>Cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="155"/>
        <source>“{name}” khỏi danh mục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="100"/>
        <source>Trợ giúp (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>Sổ Nghị quyết — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214"/>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215"/>
        <source>Sao lưu gần nhất: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../gui/organisation_editors.py" line="96"/>
        <source>Đảng viên mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="96"/>
        <source>Sửa thông tin đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="104"/>
        <source>(chi bộ đã xóa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="105"/>
        <source>— chọn chi bộ —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="107"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="108"/>
        <source>ví dụ: 1968</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="111"/>
        <source>Chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="111"/>
        <source>Dự bị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="112"/>
        <source>Được miễn công tác và sinh hoạt đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="116"/>
        <source>ví dụ: Bí thư chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="117"/>
        <source>Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="118"/>
        <source>Chi bộ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="119"/>
        <source>Giới tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="120"/>
        <source>Năm sinh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="121"/>
        <source>Ngày vào Đảng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="122"/>
        <source>Đảng viên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="124"/>
        <source>Tình trạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="125"/>
        <source>Chức vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="137"/>
        <source>Đảng viên này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_editors.py" line="145"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="58"/>
        <source>Danh sách đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="61"/>
        <source>đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="65"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="66"/>
        <source>Chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="67"/>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="68"/>
        <source>Năm sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="69"/>
        <source>Đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="70"/>
        <source>Miễn sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="71"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="72"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="77"/>
        <source>Mọi chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="78"/>
        <source>Chính thức và dự bị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="79"/>
        <source>Mọi tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="97"/>
        <source>đảng viên {name} ({chi_bo})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../gui/organisation_page.py" line="143"/>
        <source>Đảng viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="144"/>
        <source>Chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/organisation_page.py" line="145"/>
        <source>Người tham dự khác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <location filename="../../gui/outreach_page.py" line="100"/>
        <source>Hoạt động tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="103"/>
        <source>hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="107"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="108"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="109"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="110"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="112"/>
        <source>Số lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="115"/>
        <source>Số người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="120"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="121"/>
        <source>Mọi hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/outreach_page.py" line="134"/>
        <source>hoạt động “{channel}” ngày {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../gui/pages.py" line="41"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="44"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="47"/>
        <source>Hội nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="50"/>
        <source>Kế hoạch hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="53"/>
        <source>Tuyên truyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="56"/>
        <source>Thu hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="59"/>
        <source>Tổ chức đảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="63"/>
        <source>Đồng bộ USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="66"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../gui/plan_editor.py" line="191"/>
        <source>Chương trình, kế hoạch mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="191"/>
        <location filename="../../gui/plan_editor.py" line="461"/>
        <source>Sửa kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="197"/>
        <source>số thứ tự trong nhiệm kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="202"/>
        <source>ví dụ: Kế hoạch thực hiện Nghị quyết số 57-NQ/TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="205"/>
        <source>(không gắn văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="210"/>
        <source>(toàn Đảng bộ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="213"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="214"/>
        <source>Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="215"/>
        <source>Nhiệm kỳ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="216"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="217"/>
        <source>Tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="218"/>
        <source>Thực hiện văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="219"/>
        <source>Chi bộ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="220"/>
        <source>Mục đích, yêu cầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="222"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="226"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="227"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="228"/>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="229"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="230"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="231"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="232"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="255"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="257"/>
        <source>Bỏ nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="259"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="261"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="271"/>
        <source>Tiến độ của nhiệm vụ đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="284"/>
        <source>đã làm được gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="288"/>
        <source>(giữ tình trạng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="290"/>
        <source>Ghi tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="326"/>
        <source>Kế hoạch này thuộc đơn vị khác; ở đây chỉ xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="366"/>
        <source>Chọn một nhiệm vụ để xem và ghi tiến độ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="370"/>
        <source>Nhiệm vụ mới: bấm Lưu trước, rồi ghi tiến độ cho nhiệm vụ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plan_editor.py" line="427"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../gui/plans_page.py" line="20"/>
        <source>Chương trình, kế hoạch hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="23"/>
        <source>kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="27"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="28"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="29"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="30"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="31"/>
        <source>Chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="32"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="34"/>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="38"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="45"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="46"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="47"/>
        <source>Quá hạn hay không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/plans_page.py" line="60"/>
        <source>kế hoạch “{title}” cùng các nhiệm vụ của nó</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionSheet</name>
    <message>
        <location filename="../../gui/reflections_page.py" line="170"/>
        <source>Bài thu hoạch — {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="178"/>
        <source>Tìm tên (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="181"/>
        <source>Chỉ người chưa nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="190"/>
        <source>Chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="191"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="192"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="193"/>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="194"/>
        <source>Ngày nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="195"/>
        <source>Xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="197"/>
        <source>Miễn sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="213"/>
        <source>(chưa xếp loại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="224"/>
        <source>Đánh dấu đã nộp (phím cách)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="226"/>
        <source>Đánh dấu các dòng đang chọn là đã nộp; bấm lại để bỏ dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="230"/>
        <source>Đánh dấu đã nộp cho mọi dòng đang hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="274"/>
        <source>Mọi chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="281"/>
        <source>Đã nộp {handed}/{total}, đã xếp loại {graded}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../gui/reflections_page.py" line="345"/>
        <source>Bài thu hoạch theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="348"/>
        <source>văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="351"/>
        <source>Nhập bài thu hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="355"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="356"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="357"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="358"/>
        <source>Học tập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="360"/>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="363"/>
        <source>Tỷ lệ nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="364"/>
        <source>Đã xếp loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="369"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="370"/>
        <source>Đã và chưa học tập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="381"/>
        <source>Bài thu hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/reflections_page.py" line="382"/>
        <source>Hãy chọn một văn bản trong danh sách rồi bấm “Nhập bài thu hoạch”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/settings_page.py" line="167"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="186"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="187"/>
        <source>Tên đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="188"/>
        <location filename="../../gui/settings_page.py" line="198"/>
        <source>Viết tắt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="189"/>
        <source>Văn phòng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="190"/>
        <source>Người ký (họ tên):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="191"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="194"/>
        <source>Máy này dùng cho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="196"/>
        <source>Cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="197"/>
        <source>Tên cấp trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="199"/>
        <source>Cơ quan nhận báo cáo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="201"/>
        <source>Theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="206"/>
        <source>Tỷ lệ học tập cần đạt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="209"/>
        <source> ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="210"/>
        <source>Nhắc khi chưa gửi dữ liệu sau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="212"/>
        <source>Văn bản in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="213"/>
        <source>Địa danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="214"/>
        <source>Nhiệm kỳ hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="217"/>
        <source>Lề trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="218"/>
        <source>Lề dưới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="219"/>
        <source>Lề trái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="220"/>
        <source>Lề phải:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="229"/>
        <source>Giao diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="231"/>
        <source>Cỡ chữ giao diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="233"/>
        <source>Dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="237"/>
        <source>Tệp sổ dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="238"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="248"/>
        <source>Lưu cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="249"/>
        <source>Lưu (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="251"/>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="258"/>
        <source>Danh mục dùng chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="356"/>
        <source>Đã lưu cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/summary_page.py" line="33"/>
        <source>Đảng viên đang sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="34"/>
        <source>Trong đó miễn sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="35"/>
        <source>Chi bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="36"/>
        <source>Văn bản trong sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="37"/>
        <source>Hội nghị trong năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="38"/>
        <source>Hoạt động tuyên truyền năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="39"/>
        <source>Chương trình, kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="40"/>
        <source>Nhiệm vụ quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/summary_page.py" line="41"/>
        <source>Lượt vắng chưa học bù</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../gui/sync_page.py" line="24"/>
        <source>Gói dữ liệu qua USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="31"/>
        <source>Các gói dữ liệu đã nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="32"/>
        <source>Chưa nhận gói dữ liệu nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="35"/>
        <source>Thời điểm nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="36"/>
        <source>Đơn vị gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="37"/>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="47"/>
        <source>Các đơn vị sổ này biết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="49"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="50"/>
        <source>Viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="52"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="53"/>
        <source>Cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="54"/>
        <source>Cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="58"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="59"/>
        <source>Đơn vị này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="61"/>
        <source>Gói gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/sync_page.py" line="78"/>
        <source>{count} gói đã nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../gui/worker.py" line="97"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/worker.py" line="116"/>
        <source>Đang dừng…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
