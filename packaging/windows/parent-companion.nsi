; Parent Companion installer for Windows (NSIS 3).
; Build on Windows after `pyinstaller packaging\pyinstaller\parent-companion.spec`:
;   makensis /DVERSION=0.1.0 /DSOURCE=dist\parent-companion /DOUTFILE=ParentCompanion-0.1.0-setup.exe packaging\windows\parent-companion.nsi
; Per-machine install (all users), Start-menu entry, uninstaller. Silent install for IT:
;   ParentCompanion-0.1.0-setup.exe /S            (optionally /D=C:\Path\To\Install, last)
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

!define APPNAME "Parent Companion"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ParentCompanion"

Unicode true
Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails nevershow

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
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\parent-companion.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Parent Companion developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Users' own data (%LOCALAPPDATA%\parent-companion) and the policy file are left alone:
  ; removing another account's files from an uninstaller would surprise people.
SectionEnd
