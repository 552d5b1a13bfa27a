"""dumpsys package PKG parsing, on MVT's captured dumps, a constructed Android 14 dump, and fuzz."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.inventory import PackageDetails, PackageUserState
from app.core.parsers.dumpsys_package import parse_dumpsys_package
from tests.samples import read

FILTER = "com.samsung.android.provider.filterprovider"
DATACREATE = "com.sec.android.app.DataCreate"
INSTAGRAM = "com.instagram.android"
TIKTOK = "com.zhiliaoapp.musically"


def test_bugreport_system_app() -> None:
    details = parse_dumpsys_package(read("dumpsys_package__mvt_bugreport_excerpt.txt"), FILTER)
    assert details == PackageDetails(
        package=FILTER,
        version_name="5.0.07",
        version_code=500700000,
        installer=None,
        system=True,
        user_states=(PackageUserState(user=0, installed=True, enabled_state=0, hidden=False),),
    )
    state = details.state_for(0) if details is not None else None
    assert state is not None and state.enabled


def test_bugreport_play_app_disabled_until_used() -> None:
    details = parse_dumpsys_package(read("dumpsys_package__mvt_bugreport_excerpt.txt"), INSTAGRAM)
    assert details == PackageDetails(
        package=INSTAGRAM,
        version_name="241.1.0.18.114",
        version_code=364105349,
        installer="com.android.vending",
        system=False,
        user_states=(PackageUserState(user=0, installed=True, enabled_state=4, hidden=False),),
    )
    state = details.state_for(0)
    assert state is not None and not state.enabled  # 4 = COMPONENT_ENABLED_STATE_DISABLED_UNTIL_USED


def test_android_data_dump_with_resolver_tables() -> None:
    text = read("dumpsys_package__mvt_android_data.txt")
    # The resolver tables name com.samsung.android.messaging and others, but only under "Packages:" counts.
    assert parse_dumpsys_package(text, "com.samsung.android.messaging") is None
    assert parse_dumpsys_package(text, "com.google.android.gms") is None
    assert parse_dumpsys_package(text, FILTER) == PackageDetails(
        FILTER, "5.0.07", 500700000, None, True, (PackageUserState(0, True, 0, False),)
    )
    assert parse_dumpsys_package(text, DATACREATE) == PackageDetails(
        DATACREATE, "1.0", 1, None, True, (PackageUserState(0, True, 0, False),)
    )


def test_androidqf_excerpt_without_user_lines() -> None:
    text = read("dumpsys_package__mvt_androidqf_excerpt.txt")
    assert parse_dumpsys_package(text, FILTER) == PackageDetails(FILTER, "5.0.07", 500700000, None, True, ())
    # Truncated after lastUpdateTime: no flags, no user lines, block ends at "  APEX session state:".
    assert parse_dumpsys_package(text, DATACREATE) == PackageDetails(DATACREATE, "1.0", 1, None, True, ())


def test_android14_multiuser_updated_system_app() -> None:
    details = parse_dumpsys_package(read("dumpsys_package__CONSTRUCTED_a14_multiuser_updated_system_app.txt"), TIKTOK)
    assert details == PackageDetails(
        package=TIKTOK,
        version_name="34.5.3",
        version_code=2023405030,  # not the factory copy's 100 under "Hidden system packages:"
        installer="com.android.vending",
        system=True,
        user_states=(
            PackageUserState(user=0, installed=True, enabled_state=3, hidden=False),
            PackageUserState(user=10, installed=False, enabled_state=0, hidden=False),
            PackageUserState(user=150, installed=True, enabled_state=1, hidden=True),
        ),
    )


def test_unable_to_find_package() -> None:
    text = "Unable to find package: com.zhiliaoapp.musically\n"
    assert parse_dumpsys_package(text, TIKTOK) is None
    assert parse_dumpsys_package("", TIKTOK) is None
    assert parse_dumpsys_package("Can't find service: package\n", TIKTOK) is None


def test_hidden_system_package_alone_is_not_installed_package() -> None:
    text = (
        "Packages:\n"
        "  Package [com.other] (1):\n"
        "    versionCode=1\n"
        "\n"
        "Hidden system packages:\n"
        f"  Package [{TIKTOK}] (2):\n"
        "    versionCode=100\n"
    )
    assert parse_dumpsys_package(text, TIKTOK) is None


def test_old_user_line_and_flags_forms() -> None:
    text = (
        "Packages:\r\n"
        f"  Package [{TIKTOK}] (abc):\r\n"
        "    versionCode=12 targetSdk=23\r\n"
        "    versionName=null\r\n"
        "    installerPackageName=null\r\n"
        "    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ]\r\n"
        "    privateFlags=[ SYSTEM ]\r\n"
        "    User 0: installed=true hidden=false stopped=false notLaunched=false enabled=2\r\n"
        "    User 0: installed=false hidden=true stopped=false notLaunched=false enabled=0\r\n"
        "    User 11: ceDataInode=5 hidden=false enabled=0\r\n"
        "    User 12: ceDataInode=5 installed=maybe enabled=0\r\n"
        "    User 13: installed=true\r\n"
    )
    details = parse_dumpsys_package(text, TIKTOK)
    assert details == PackageDetails(
        package=TIKTOK,
        version_name=None,
        version_code=12,
        installer=None,
        system=False,  # SYSTEM in privateFlags does not count
        user_states=(PackageUserState(0, True, 2, False), PackageUserState(13, True, 0, False)),
    )


@pytest.mark.parametrize(
    ("line", "system"),
    [
        ("    pkgFlags=[ SYSTEM HAS_CODE ]", True),
        ("    flags=[ SYSTEM ]", True),
        ("    flags=[ SYSTEMX HAS_CODE ]", False),
        ("    pkgFlags=[ UPDATED_SYSTEM_APP ]", False),
        ("    privateFlags=[ SYSTEM ]", False),
        ("    pkgFlags=[]", False),
    ],
)
def test_system_flag(line: str, system: bool) -> None:
    text = f"Packages:\n  Package [{TIKTOK}] (1):\n{line}\n"
    details = parse_dumpsys_package(text, TIKTOK)
    assert details is not None and details.system is system


def test_package_name_is_matched_exactly() -> None:
    text = "Packages:\n  Package [com.zhiliaoapp.musically.go] (1):\n    versionCode=1\n"
    assert parse_dumpsys_package(text, TIKTOK) is None
    assert parse_dumpsys_package(text, "com.zhiliaoapp.musically.go") is not None
    assert parse_dumpsys_package(text, "com.zhiliaoapp.musically.g.") is None  # no regex on the name


def test_odd_values() -> None:
    text = (
        "Packages:\n"
        f"  Package [{TIKTOK}] (1):\n"
        "    versionCode=" + "9" * 5000 + " minSdk=1\n"
        "    versionName=" + "v" * 10_000 + "\n"
        "    User 0: installed=true enabled=" + "1" * 5000 + "\n"
    )
    details = parse_dumpsys_package(text, TIKTOK)
    assert details is not None
    assert details.version_code is None
    assert details.version_name is not None and len(details.version_name) == 300
    assert details.user_states == (PackageUserState(0, True, 0, False),)


# --- fuzzing ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2**31 - 1), st.booleans(), st.booleans(), st.integers(0, 4), st.booleans()),
        max_size=6,
        unique_by=lambda t: t[0],
    )
)
def test_user_lines_roundtrip(states: list[tuple[int, bool, bool, int, bool]]) -> None:
    lines = [f"Packages:\n  Package [{TIKTOK}] (f00):\n    versionCode=7 minSdk=21\n"]
    for user, installed, hidden, enabled, with_inode in states:
        inode = "ceDataInode=-42 " if with_inode else ""
        lines.append(
            f"    User {user}: {inode}installed={str(installed).lower()} hidden={str(hidden).lower()}"
            f" suspended=false stopped=false notLaunched=false enabled={enabled} instant=false\n"
            "      gids=[3003]\n"
        )
    details = parse_dumpsys_package("".join(lines), TIKTOK)
    assert details is not None
    assert details.user_states == tuple(PackageUserState(u, i, e, h) for u, i, h, e, _ in states)


@settings(max_examples=500, deadline=None)
@given(st.text(), st.sampled_from([TIKTOK, "", "x", "]"]))
def test_never_raises(text: str, package: str) -> None:
    details = parse_dumpsys_package(text, package)
    assert details is None or details.package == package


_pieces = st.sampled_from(
    [
        "Packages:",
        "Hidden system packages:",
        "\n",
        "\r\n",
        "  ",
        "    ",
        f"Package [{TIKTOK}] (1):",
        "versionCode=",
        "1",
        "versionName=",
        "installerPackageName=",
        "pkgFlags=[ SYSTEM ]",
        "flags=[",
        "User 0: ",
        "installed=true",
        "enabled=",
        " ",
        "=",
        "\ufffd",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_pieces))
def test_never_raises_on_near_misses(parts: list[str]) -> None:
    details = parse_dumpsys_package("".join(parts), TIKTOK)
    assert details is None or details.package == TIKTOK
