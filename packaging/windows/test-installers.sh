#!/usr/bin/env bash
# Install, check and uninstall both Windows installers under Wine, in a fresh prefix:
#   packaging/windows/test-installers.sh BUILD VERSION OUT
# Silent installs (/S, /S /D=..., msiexec /i ALLUSERS=1 /qn), the installed copy's
# --self-test, the Group Policy templates, the uninstall entry in the 64-bit registry view,
# the Start-menu link, the registry policy (reg add, --check-policy), public mode leaving
# nothing in the user's folders, and silent uninstalls leaving no file, folder or key.
#   VERIFY_CA=cert.pem: also check that everything is signed with that (throw-away) certificate.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
version="$2"
out="$(cd "$3" && pwd)"
. "$here/wine.sh"
step() { echo "== windows test: $* ($(date +%T))"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

setup="$out/ParentCompanion-$version-setup.exe"
msi="$out/ParentCompanion-$version-x64.msi"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ParentCompanion'
policy_key='HKLM\Software\Policies\ParentCompanion'

if [ -n "${VERIFY_CA:-}" ]; then
    step "signatures (throw-away certificate)"
    VERIFY_CA="$VERIFY_CA" sh "$here/verify-signature.sh" "Parent Companion test" \
        "$setup" "$msi" "$build/stage/parent-companion/parent-companion.exe"
fi

step "a fresh Wine prefix"
new_prefix "$build/prefix-test"
c="$WINEPREFIX/drive_c"
# Test-only: Wine lacks Windows' icuuc.dll and ships no font files (see wine.sh).
add_icu_stand_in "$build/dist/parent-companion/_internal/PySide6/Qt6Core.dll"
add_fonts

# reg_has KEY TEXT: the key exists in the 64-bit view and its values mention TEXT.
reg_has() {
    local listing
    listing="$(wine_run reg query "$1" /reg:64)" || fail "$1 is not in the 64-bit registry view"
    echo "$listing" | grep -q -- "$2" || { echo "$listing"; fail "$1 has no $2"; }
}
reg_gone() {
    if wine_run reg query "$1" /reg:64 >/dev/null; then fail "$1 is still there"; fi
}
installed_ok() {  # installed_ok FOLDER: the installed copy and what comes with it
    local folder="$1"
    test -f "$folder/parent-companion.exe" || fail "no parent-companion.exe in $folder"
    test -f "$folder/policy-templates/ParentCompanion.admx" || fail "no ADMX in $folder"
    test -f "$folder/policy-templates/en-US/ParentCompanion.adml" || fail "no ADML in $folder"
    if [ -n "${VERIFY_CA:-}" ] && [ -f "$folder/uninstall.exe" ]; then
        VERIFY_CA="$VERIFY_CA" sh "$here/verify-signature.sh" "Parent Companion test" \
            "$folder/parent-companion.exe" "$folder/uninstall.exe"
    fi
    wine_run "$folder/parent-companion.exe" --self-test | tee "$build/installed-self-test.log"
    grep -q "^self-test: OK" "$build/installed-self-test.log" || fail "installed self-test"
}
links() { find "$c/ProgramData/Microsoft/Windows/Start Menu" "$c/users" -name 'Parent Companion.lnk' 2>/dev/null; }

step "NSIS: silent install"
wine_run "$setup" /S
wineserver -w
program="$c/Program Files/Parent Companion"
installed_ok "$program"
reg_has "$uninstall_key" "QuietUninstallString.*uninstall.exe\" /S"
reg_has "$uninstall_key" "DisplayVersion.*$version"
test -f "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/Parent Companion.lnk" \
    || fail "no Start-menu link for all users"

step "registry policy: reg add, --check-policy"
exe="$program/parent-companion.exe"
wine_run reg add "$policy_key" /v public_mode /t REG_DWORD /d 1 /f /reg:64 >/dev/null
wine_run reg add "$policy_key" /v default_country /t REG_SZ /d nz /f /reg:64 >/dev/null
wine_run reg add "$policy_key" /v suppress_first_run /t REG_DWORD /d 1 /f /reg:64 >/dev/null
mkdir -p "$c/ProgramData/parent-companion"
printf 'default_country = "uk"\ncontact_line = "Ask at the front desk."\n' \
    >"$c/ProgramData/parent-companion/policy.toml"
wine_run "$exe" --check-policy | tee "$build/check-policy.log" || fail "--check-policy"
for line in "public_mode = True  (registry)" "default_country = 'nz'  (registry)" \
    "suppress_first_run = True  (registry)" "contact_line = 'Ask at the front desk.'  (file)" \
    "quick_exit_action = 'blank'  (default)"; do
    grep -qF "$line" "$build/check-policy.log" || fail "--check-policy does not say: $line"
done
wine_run reg add "$policy_key" /v quick_exit_action /t REG_SZ /d explode /f /reg:64 >/dev/null
if wine_run "$exe" --check-policy >"$build/check-policy-bad.log"; then fail "a bad value passed"; fi
grep -qF "ParentCompanion: quick_exit_action must be one of 'blank', 'close'" \
    "$build/check-policy-bad.log" || { cat "$build/check-policy-bad.log"; fail "bad value message"; }
wine_run reg delete "$policy_key" /v quick_exit_action /f /reg:64 >/dev/null

step "public mode (from the registry) leaves nothing in the user's folders or %TEMP%"
watched=("$c/users" "$c/windows/temp")
snapshot() { find "${watched[@]}" -mindepth 1 -printf '%p %s %T@\n' 2>/dev/null | sort; }
snapshot >"$build/before.txt"
wine_run "$exe" --screenshot "$(win_path "$build/public-mode.png")"
wineserver -w
snapshot >"$build/after.txt"
diff "$build/before.txt" "$build/after.txt" || fail "public mode left files behind"
test -s "$build/public-mode.png" || fail "no window was drawn in public mode"
wine_run reg delete "$policy_key" /f /reg:64 >/dev/null
rm -r "$c/ProgramData/parent-companion"

step "NSIS: silent uninstall"
wine_run "$program/uninstall.exe" /S
wineserver -w
test ! -e "$program" || fail "$program is still there"
reg_gone "$uninstall_key"
test -z "$(links)" || fail "a Start-menu link is still there"

step "NSIS: silent install to another folder (/D=, last and unquoted)"
wine_run cmd /c "$(win_path "$setup") /S /D=C:\\Apps\\Parent Companion"
wineserver -w
other="$c/Apps/Parent Companion"
test -f "$other/parent-companion.exe" || fail "/D= was not followed"
test ! -e "$program" || fail "installed to the default folder as well"
reg_has "$uninstall_key" 'C:\\Apps\\Parent Companion\\uninstall.exe'
wine_run "$other/uninstall.exe" /S
wineserver -w
test ! -e "$other" || fail "$other is still there"
reg_gone "$uninstall_key"

step "MSI: msiexec /i ALLUSERS=1 /qn"
product="$(msiinfo export "$msi" Property | awk '$1 == "ProductCode" {print $2}' | tr -d '\r')"
test -n "$product" || fail "no ProductCode in the MSI"
wine_run msiexec /i "$(win_path "$msi")" ALLUSERS=1 /qn
wineserver -w
installed_ok "$program"
msi_key="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$product"
reg_has "$msi_key" "DisplayName.*Parent Companion"
reg_has "$msi_key" "UninstallString.*MsiExec.exe /X$product"
# Real Windows Installer puts a per-machine shortcut in the all-users Start menu; Wine's
# msi uses the per-user one, so here either counts.
test -n "$(links)" || fail "no Start-menu link"

step "MSI: msiexec /x /qn"
wine_run msiexec /x "$(win_path "$msi")" /qn
wineserver -w
test ! -e "$program" || fail "$program is still there"
reg_gone "$msi_key"
reg_gone 'HKLM\Software\ParentCompanion'
test -z "$(links)" || fail "a Start-menu link is still there"
wineserver -k || true
echo "windows installers: all checks passed"
