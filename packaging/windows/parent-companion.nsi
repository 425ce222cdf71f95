; Parent Companion installer for Windows (NSIS 3), a native 64-bit (amd64-unicode) program.
; `make windows` builds it on Debian (packaging/windows/build-installers.sh); on Windows:
;   makensis /DVERSION=0.1.0 /DSOURCE=<staged bundle> /DICON=<parent-companion.ico> /DOUTFILE=ParentCompanion-0.1.0-setup.exe packaging\windows\parent-companion.nsi
; SOURCE is the one-folder bundle with policy-templates\ (the ADMX/ADML) added.
; Per-machine install (all users), Start-menu entry, uninstaller. Silent install for IT:
;   ParentCompanion-0.1.0-setup.exe /S            (optionally /D=C:\Path\To\Install: last, unquoted)
; Silent uninstall:  "C:\Program Files\Parent Companion\uninstall.exe" /S
; The administrator's policy file goes in C:\ProgramData\parent-companion\policy.toml
; (see docs/libraries.md); this installer never creates or overwrites it.

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SOURCE
  !define SOURCE "..\..\dist\parent-companion"
!endif
!ifndef OUTFILE
  !define OUTFILE "ParentCompanion-${VERSION}-setup.exe"
!endif

!ifndef ICON
  !define ICON "..\..\build\icons\parent-companion.ico"
!endif

!define APPNAME "Parent Companion"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ParentCompanion"

Unicode true
; 64-bit stub: PySide6 is x64 only, and the Uninstall key lands in the 64-bit registry view
; that Intune and SCCM detection rules read.
Target amd64-unicode
Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails nevershow
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "CompanyName" "Parent Companion developers"
VIAddVersionKey "LegalCopyright" "MIT licence"
; make windows passes SIGN (sign.sh) when a certificate is supplied: both the installer and
; the uninstaller it carries are signed as they are written.
!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"

!include "MUI2.nsh"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetShellVarContext all
  SetRegView 64
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\parent-companion.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\parent-companion.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Parent Companion developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Users' own data (%LOCALAPPDATA%\parent-companion) and the policy file are left alone:
  ; removing another account's files from an uninstaller would surprise people.
SectionEnd
