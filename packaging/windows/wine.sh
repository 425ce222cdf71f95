# Helpers for running Windows programs under Debian's Wine (sourced by the other scripts).
# Each prefix is made fresh from nothing; the Wine-only workarounds below go into a
# prefix's own C:\windows, never into the bundle or the installers.

export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko: nothing here needs .NET or HTML, and fetching them needs the internet.
export WINEDLLOVERRIDES="mscoree=;mshtml="

# wine_run PROGRAM ARGS...: run a Windows program, its output on our stdout, its exit code kept.
# A Windows program started with no console handles cannot set up stdin/stdout ("can't
# initialize sys standard streams"), so it reads /dev/null and writes into a pipe.
wine_run() {
    wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# win_path PATH: the Windows name (Z:\...) of a Linux path.
win_path() {
    winepath -w "$1" 2>/dev/null
}

# new_prefix FOLDER: a fresh 64-bit Wine prefix (only 64-bit Wine is installed).
new_prefix() {
    rm -rf "$1"
    mkdir -p "$1"
    export WINEPREFIX="$1" WINEARCH=win64
    wineboot -i </dev/null >/dev/null 2>&1
    wineserver -w
}

# add_icu_stand_in QT6CORE_DLL: Qt 6.12's Qt6Core.dll imports converters from Windows' own
# icuuc.dll (in Windows 10 1703 and later), which Wine 8 lacks. A stand-in whose
# converters never open makes Qt keep to its built-in UTF codecs. It goes into this
# prefix's system32 only.
add_icu_stand_in() {
    local here build
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    build="$WINEPREFIX/icu-stand-in"
    mkdir -p "$build"
    x86_64-w64-mingw32-objdump -p "$1" \
        | awk '/DLL Name: icuuc.dll/{f=1;next} f&&/DLL Name/{f=0} f&&$3~/^u/{print $3}' \
        | python3 "$here/wine-test/icu_stand_in.py" >"$build/icuuc.c"
    x86_64-w64-mingw32-gcc -shared -O2 -o "$build/icuuc.dll" "$build/icuuc.c"
    cp "$build/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
}

# add_fonts: a new prefix's C:\windows\Fonts is empty (every Windows has fonts there);
# Debian's DejaVu stands in, so the app's offscreen drawing has text.
add_fonts() {
    cp /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
}

# windows_platform_ready: let Qt's real `windows` platform start under Wine: Wine 8 has
# no mscms WcsCreateIccProfile, which qwindows.dll calls when a colour profile exists.
windows_platform_ready() {
    rm -f "$WINEPREFIX/drive_c/windows/system32/spool/drivers/color/"*.icm
    add_fonts
}
