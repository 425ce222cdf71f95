#!/bin/sh
# Wrap the frozen bundle (dist/parent-companion) into a .deb:
#   /opt/parent-companion/          the bundle
#   /usr/bin/parent-companion       a launcher
#   /usr/share/applications, metainfo, icons, man page, doc
# Usage: packaging/deb/build-deb.sh VERSION ICONS_DIR OUT_DIR
set -eu
version=$1 icons=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=io.github.parentcompanion.ParentCompanion
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg="$stage/parent-companion"

install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/metainfo" "$pkg/usr/share/icons/hicolor" "$pkg/usr/share/man/man1" \
    "$pkg/usr/share/doc/parent-companion" "$pkg/usr/share/lintian/overrides"
cp -a "$root/dist/parent-companion" "$pkg/opt/parent-companion"
cat > "$pkg/usr/bin/parent-companion" <<'LAUNCH'
#!/bin/sh
exec /opt/parent-companion/parent-companion "$@"
LAUNCH
chmod 755 "$pkg/usr/bin/parent-companion"
install -m 644 "$root/packaging/linux/$id.desktop" "$pkg/usr/share/applications/"
install -m 644 "$root/packaging/linux/$id.metainfo.xml" "$pkg/usr/share/metainfo/"
cp -a "$icons/." "$pkg/usr/share/icons/hicolor/"
gzip -9n -c "$root/packaging/linux/parent-companion.1" > "$pkg/usr/share/man/man1/parent-companion.1.gz"
install -m 644 "$here/copyright" "$pkg/usr/share/doc/parent-companion/copyright"
sed "s/@VERSION@/$version/" "$here/changelog" | gzip -9n > "$pkg/usr/share/doc/parent-companion/changelog.gz"
install -m 644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/parent-companion"

size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    "$here/control" > "$pkg/DEBIAN/control"
# Files readable by all, directories and programs executable; owned by root in the package.
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg" -type f ! -perm -u+x -exec chmod 644 {} +
find "$pkg" -type f -perm -u+x -exec chmod 755 {} +
# Shared libraries are loaded, not run.
find "$pkg" -type f -name "*.so*" -exec chmod 644 {} +
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$out/parent-companion_${version}_${arch}.deb"
