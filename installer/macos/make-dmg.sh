#!/usr/bin/env bash
# Wrap "Phone Self-Check.app" in a compressed disk image with a link to /Applications (macOS, hdiutil).
#
#   installer/macos/make-dmg.sh "dist/Phone Self-Check.app" dist/phone-selfcheck-0.1.0-macos-arm64.dmg
#
# installer/build.py runs it after PyInstaller made the .app. With CODESIGN_IDENTITY set (a
# "Developer ID Application: ..." certificate in the keychain) the disk image is signed too; the
# .app itself is signed by PyInstaller (ad hoc, or with that identity: see docs/packaging.md).
# Not run yet: written and reviewed on Linux.
set -euo pipefail

app=${1:?usage: make-dmg.sh APP OUT.dmg}
out=${2:?usage: make-dmg.sh APP OUT.dmg}
volume="Phone Self-Check"

command -v hdiutil >/dev/null 2>&1 || { echo "make-dmg.sh: hdiutil exists on macOS only" >&2; exit 1; }
[ -d "$app/Contents/MacOS" ] || { echo "make-dmg.sh: $app is not an application bundle" >&2; exit 1; }

if ! codesign --verify --deep --strict "$app" 2>/dev/null; then
    echo "make-dmg.sh: warning: $app has no valid signature; macOS will refuse to open it" >&2
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto, not cp: it keeps the symbolic links, extended attributes and signatures inside the .app.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$out"
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$out"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$out"
fi
hdiutil verify "$out"
echo "disk image: $out"
