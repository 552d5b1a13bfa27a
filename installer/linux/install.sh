#!/bin/sh
# Install Phone Self-Check for the person running this script (desktop menu entry, icons, commands),
# and, only after asking, the udev rule that lets them open Android phones over USB (needs sudo).
#
#   ./install.sh                 install; asks about the udev rule when run in a terminal
#   ./install.sh --udev          install and the udev rule, without asking
#   ./install.sh --no-udev       install, never touch the udev rule
#   ./install.sh --uninstall     remove what install.sh installed (never your key or your register)
#   ./install.sh --prefix DIR    put the program in DIR instead of ~/.local/opt/phone-selfcheck
set -eu

HERE=$(CDPATH="" cd -- "$(dirname -- "$0")" && pwd)
NAME=phone-selfcheck
PREFIX="$HOME/.local/opt/$NAME"
BIN_DIR="$HOME/.local/bin"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS_DIR="$DATA_HOME/applications"
ICONS_DIR="$DATA_HOME/icons/hicolor"
# Not 51-android.rules: a file of that name in /etc would hide (or replace) the rule that Debian's
# android-sdk-platform-tools-common or the android-udev-rules package installs under the same name.
# PHONE_SELFCHECK_UDEV_RULES_DIR is for packagers and tests that must not touch /etc.
UDEV_RULE="${PHONE_SELFCHECK_UDEV_RULES_DIR:-/etc/udev/rules.d}/51-phone-selfcheck.rules"

udev=ask
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --udev) udev=yes ;;
        --no-udev) udev=no ;;
        --uninstall) action=uninstall ;;
        --prefix) shift; PREFIX="${1:?--prefix needs a folder}" ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 64 ;;
    esac
    shift
done

if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ]; then
    echo "Run ./install.sh as yourself, not with sudo: it installs for you and asks for sudo only for the USB rule." >&2
    exit 1
fi

run_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "sudo is not available; ask an administrator to run: $*" >&2; return 1
    fi
}

refresh_menus() {
    # Menus and icon themes watch these folders' times. No gtk-update-icon-cache: a cache made in the
    # user's own folder goes stale when another program adds an icon, and then hides that icon.
    touch -- "$APPS_DIR" "$ICONS_DIR" 2>/dev/null || true
}

ask() {  # ask "question" -> 0 for yes; no answer (not a terminal) is no
    [ -t 0 ] || return 1
    printf '%s [y/N] ' "$1"
    read -r answer || return 1
    case "$answer" in [yY]|[yY][eE][sS]|[jJ]|[jJ][aA]|[oO]|[oO][uU][iI]) return 0 ;; *) return 1 ;; esac
}

install_udev() {
    echo "Installing the USB rule for Android phones as $UDEV_RULE (sudo asks for your password)."
    run_root install -m 0644 "$HERE/udev/51-android.rules" "$UDEV_RULE" || return 1
    run_root udevadm control --reload-rules || true
    run_root udevadm trigger --subsystem-match=usb --action=add || true
    echo "Done. Unplug the phone and plug it in again."
}

uninstall() {
    rm -rf -- "$PREFIX"
    for exe in "$NAME" "$NAME-cli"; do
        link="$BIN_DIR/$exe"
        if [ -L "$link" ] && case "$(readlink -- "$link")" in "$PREFIX"/*) true ;; *) false ;; esac; then
            rm -f -- "$link"
        fi
    done
    rm -f -- "$APPS_DIR/$NAME.desktop" "$ICONS_DIR/scalable/apps/$NAME.svg" "$ICONS_DIR/256x256/apps/$NAME.png"
    refresh_menus
    echo "Phone Self-Check was removed. Your ADB key and register of checks are kept in $DATA_HOME/$NAME."
    if [ -e "$UDEV_RULE" ] && { [ "$udev" = yes ] || { [ "$udev" = ask ] && ask "Also remove the USB rule $UDEV_RULE (needs sudo)?"; }; }; then
        if run_root rm -f "$UDEV_RULE"; then run_root udevadm control --reload-rules || true; fi
    fi
}

if [ "$action" = uninstall ]; then
    uninstall
    exit 0
fi

[ -x "$HERE/$NAME/$NAME" ] || { echo "install.sh: $HERE/$NAME/$NAME is missing; unpack the whole archive first." >&2; exit 1; }

# The program: replaced whole, so files of an older version never linger.
mkdir -p -- "$(dirname -- "$PREFIX")"
rm -rf -- "$PREFIX.new"
cp -a -- "$HERE/$NAME" "$PREFIX.new"
rm -rf -- "$PREFIX"
mv -- "$PREFIX.new" "$PREFIX"

mkdir -p -- "$BIN_DIR" "$APPS_DIR" "$ICONS_DIR/scalable/apps" "$ICONS_DIR/256x256/apps"
ln -sf -- "$PREFIX/$NAME" "$BIN_DIR/$NAME"
ln -sf -- "$PREFIX/$NAME-cli" "$BIN_DIR/$NAME-cli"
install -m 0644 "$HERE/icons/$NAME.svg" "$ICONS_DIR/scalable/apps/$NAME.svg"
install -m 0644 "$HERE/icons/$NAME.png" "$ICONS_DIR/256x256/apps/$NAME.png"
# Absolute paths: a menu started at login may not have ~/.local/bin on its PATH.
sed -e "s|^Exec=.*|Exec=\"$PREFIX/$NAME\"|" -e "s|^TryExec=.*|TryExec=$PREFIX/$NAME|" \
    "$HERE/$NAME.desktop" > "$APPS_DIR/$NAME.desktop"
chmod 0644 "$APPS_DIR/$NAME.desktop"
refresh_menus
echo "Phone Self-Check is installed: find it in your applications menu, or run $NAME (window) or $NAME-cli."

case "$udev" in
    yes) install_udev ;;
    no) ;;
    ask)
        if [ -e "$UDEV_RULE" ] && cmp -s "$HERE/udev/51-android.rules" "$UDEV_RULE"; then
            echo "The USB rule for Android phones is already installed."
        elif ask "Install the USB rule that lets you open Android phones (copies it to $UDEV_RULE with sudo)?"; then
            install_udev
        else
            echo "The USB rule was not installed. Without it, only root can open the phone over USB."
            echo "Install it later with: sudo install -m 0644 $PREFIX/_internal/resources/udev/51-android.rules $UDEV_RULE"
        fi
        ;;
esac
