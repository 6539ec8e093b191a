; The Windows installer of Sổ Nghị quyết (NSIS 3, made by scripts/build-windows.sh).
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE=<dist\SoNghiQuyet>
;            -DOUTFILE=<setup.exe> -DICON=<app.ico> -DFILES=<uninstall list> -DSIZE_KB=<n>
;
; Per user, no administrator: the program goes to the user's Programs folder
; (%LOCALAPPDATA%\Programs\SoNghiQuyet), its uninstaller into the user's Apps list
; (HKCU). The register, its backups and keys live in %LOCALAPPDATA%\SoNghiQuyet (or
; where SNQ_DATA_DIR says), a different folder that neither the installer nor the
; uninstaller ever touches. The uninstaller deletes exactly the files the installer put
; there (FILES, listed at build time), never the folder as a whole: a register someone
; saved inside the program folder survives too. Installing over an older version runs the
; older uninstaller first (so no file of the old version lingers), which keeps the data
; for the same reason. /S installs or uninstalls silently.

Unicode true
Target amd64-unicode          ; a 32-bit installer does not run on 64-bit-only Wine
ManifestDPIAware true
; The compressor is pack.sh's (solid LZMA; zlib for the test's quick "older version").
RequestExecutionLevel user

!define APP_NAME "Sổ Nghị quyết"
!define APP_ID "SoNghiQuyet"
!define PUBLISHER "Sổ Nghị quyết"
!define EXE "SoNghiQuyet.exe"
!define UNINSTALLER "Uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_FOLDER "$LOCALAPPDATA\SoNghiQuyet"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình sẽ được cài cho tài khoản này, không cần quyền quản trị máy.$\r$\n$\r$\nSổ đăng ký, bản sao lưu và khóa của đơn vị nằm ở thư mục riêng ($LOCALAPPDATA\SoNghiQuyet). Cài phiên bản mới đè lên phiên bản cũ vẫn giữ nguyên dữ liệu đó.$\r$\n$\r$\nBấm Tiến để tiếp tục."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME} ngay"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Chương trình ${APP_NAME} sẽ được gỡ khỏi máy. Dữ liệu KHÔNG bị xóa: sổ đăng ký, các bản sao lưu và khóa của đơn vị vẫn nằm nguyên ở thư mục $LOCALAPPDATA\SoNghiQuyet. Cài lại chương trình sẽ mở lại được sổ đó."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Đã gỡ ${APP_NAME}"
!define MUI_FINISHPAGE_TEXT "Chương trình đã được gỡ.$\r$\n$\r$\nDữ liệu vẫn còn ở thư mục $LOCALAPPDATA\SoNghiQuyet (sổ đăng ký, bản sao lưu, khóa của đơn vị). Khi không cần nữa, hãy chép ra USB để lưu trữ trước khi tự xóa thư mục đó."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Vietnamese"

Function .onInit
    SetShellVarContext current
FunctionEnd

Function un.onInit
    SetShellVarContext current
FunctionEnd

; The data folder is not a place for the program: its uninstaller would run there.
Function .onVerifyInstDir
    ${If} ${FileExists} "$INSTDIR\so-nghi-quyet.db"
        Abort
    ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecProgram
    SectionIn RO
    ; An older version: its own uninstaller removes exactly its files (never the data),
    ; waiting for it (_?= runs it in place instead of from a temporary copy).
    ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
    ${If} $0 != ""
    ${AndIf} ${FileExists} "$0\${UNINSTALLER}"
        DetailPrint "Gỡ phiên bản cũ ở $0 (dữ liệu được giữ nguyên)"
        ExecWait '"$0\${UNINSTALLER}" /S _?=$0' $1
        Delete "$0\${UNINSTALLER}"
        RMDir "$0"
    ${EndIf}

    SetOutPath "$INSTDIR"
    File /r "${SOURCE}\*"
    WriteUninstaller "$INSTDIR\${UNINSTALLER}"

    CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
    CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
    DetailPrint "Dữ liệu được giữ nguyên ở ${DATA_FOLDER}"
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
    Delete "$DESKTOP\${APP_NAME}.lnk"
    ; Exactly the files the installer wrote, then the folders they leave empty.
    !include "${FILES}"
    Delete "$INSTDIR\${UNINSTALLER}"
    RMDir "$INSTDIR"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
