"""pm list packages parsing: every flag combination, old and new Android, errors, size and fuzz."""

from __future__ import annotations

import gc
import inspect
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.inventory import PackageLine, PackageListing
from app.core.parsers.packages import parse_package_line, parse_package_list
from tests.samples import read, section

TIKTOK = "com.zhiliaoapp.musically"


def test_packageline_field_order_is_what_the_fast_path_assumes() -> None:
    """The parser builds PackageLine positionally (it is the hot path); pin the constructor's order."""
    assert list(inspect.signature(PackageLine).parameters) == ["name", "path", "version_code", "installer", "uids"]


def test_constructed_aosp_line_all_flags() -> None:
    text = section(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# pm list packages [-f]")
    assert parse_package_list(text) == PackageListing(
        packages=(
            PackageLine(
                name=TIKTOK,
                path=f"/data/app/~~AbC==/{TIKTOK}-XyZ==/base.apk",
                version_code=2023405030,
                installer="com.android.vending",
                uids=(10234,),
            ),
        )
    )


def test_constructed_empty_listing() -> None:
    text = section(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# pm list packages with nothing")
    assert parse_package_list(text) == PackageListing(packages=())
    assert parse_package_list("") == PackageListing(packages=())


def test_new_aosp_all_users_merged_uids_and_denied_user() -> None:
    listing = parse_package_list(read("pm_list_packages__CONSTRUCTED_new_aosp_all_users.txt"))
    assert listing.failed is None
    assert listing.denied_users == (150,)
    assert [p.name for p in listing.packages] == [
        TIKTOK,
        "com.android.settings",
        "com.example.work",
        "com.google.android.tethering",
    ]
    tiktok, settings_, work, apex = listing.packages
    assert tiktok.uids == (10234, 1010234)
    assert settings_ == PackageLine(
        "com.android.settings", "/system/priv-app/Settings/Settings.apk", 34, None, (1000, 1001000)
    )
    assert work.path == "/data/app/~~q1w2e3r4t5y6u7i8o9p0Aa==/com.example.work-Zz9_Yy8-Xx7==/base.apk"
    assert work.installer == "com.google.android.apps.work.clouddpc"
    assert apex.uids == ()  # no uid for an APEX


def test_android16_show_stopped() -> None:
    listing = parse_package_list(read("pm_list_packages__CONSTRUCTED_a16_show_stopped.txt"))
    assert listing.packages == (
        PackageLine(
            TIKTOK,
            f"/data/app/~~Zm9v==/{TIKTOK}-YmFy==/base.apk",
            2023405030,
            "com.android.vending",
            (10234,),
        ),
        PackageLine("com.android.settings", None, 34, None, (1000,)),
    )


def test_old_aosp_f_i_U() -> None:
    listing = parse_package_list(read("pm_list_packages__CONSTRUCTED_old_aosp_f_i_U.txt"))
    assert listing.packages == (
        PackageLine(TIKTOK, f"/data/app/{TIKTOK}-1/base.apk", None, "com.android.vending", (10123,)),
        PackageLine("com.android.bluetooth", "/system/app/Bluetooth/Bluetooth.apk", None, None, (1002,)),
        PackageLine("com.example.nover", "/data/app/com.example.nover-2/base.apk", None, None, (10150,)),
    )


def test_unknown_option_fails() -> None:
    listing = parse_package_list(read("pm_list_packages__CONSTRUCTED_unknown_option.txt"))
    assert listing == PackageListing(packages=(), failed="Error: Unknown option: --show-versioncode")


def test_real_errors_whole_command_failed() -> None:
    text = read("pm_list_packages_multiuser_errors.txt")
    a = section(text, "# (a)")
    assert parse_package_list(a) == PackageListing(
        packages=(), denied_users=(150,), failed="Exception occurred while executing 'list':"
    )
    b = section(text, "# (b)")  # with the stack trace under it
    assert parse_package_list(b) == PackageListing(
        packages=(), denied_users=(150,), failed="Exception occurred while executing 'list':"
    )


def test_real_errors_newer_build_keeps_listing() -> None:
    d = section(read("pm_list_packages_multiuser_errors.txt"), "# (d)")
    listing = parse_package_list(d)
    assert listing.failed is None
    assert listing.denied_users == (10,)
    # The issue truncated this line ("uid:8...   [truncated in the issue]"): the name still reads,
    # and the unreadable uid stays in the installer field, the last one before it.
    assert listing.packages == (
        PackageLine("com.qualcomm.qti.telephonyservice", None, None, "null uid:8...   [truncated in the issue]", ()),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # every flag combination's shape (-f -U -i --show-versioncode; -s -3 -d -e -u change no shape)
        ("package:com.x", PackageLine("com.x")),
        ("package:com.x versionCode:5", PackageLine("com.x", version_code=5)),
        (
            "package:com.x  installer=com.android.vending",
            PackageLine("com.x", installer="com.android.vending"),
        ),
        ("package:com.x  installer=null", PackageLine("com.x")),
        ("package:com.x uid:10001", PackageLine("com.x", uids=(10001,))),
        ("package:com.x uid:10001,1010001,1510001", PackageLine("com.x", uids=(10001, 1010001, 1510001))),
        ("package:/p/base.apk=com.x", PackageLine("com.x", path="/p/base.apk")),
        ("package:/p/base.apk=com.x versionCode:5 uid:1", PackageLine("com.x", "/p/base.apk", 5, None, (1,))),
        ("package:com.x versionCode:5  installer=i.j uid:7", PackageLine("com.x", None, 5, "i.j", (7,))),
        ("package:com.x versionCode:-3", PackageLine("com.x", version_code=-3)),
        ("package:com.x versionCode:9223372036854775807", PackageLine("com.x", version_code=2**63 - 1)),
        # paths with '=' (base64 in /data/app/~~X==/), names after the LAST '='
        (
            "package:/data/app/~~a=b==/c=d==/base.apk=com.x",
            PackageLine("com.x", path="/data/app/~~a=b==/c=d==/base.apk"),
        ),
        # a path with spaces (not AOSP, but an OEM could): read from the right
        (
            "package:/system/app/My App/My=App.apk=com.x uid:1",
            PackageLine("com.x", "/system/app/My App/My=App.apk", None, None, (1,)),
        ),
        ("package:/a b/c.apk=com.x versionCode:2  installer=null", PackageLine("com.x", "/a b/c.apk", 2)),
        # CRLF (also doubled, from old ptys) and leading whitespace
        ("package:com.x\r", PackageLine("com.x")),
        ("package:com.x uid:1\r\r", PackageLine("com.x", uids=(1,))),
        ("  package:com.x", PackageLine("com.x")),
        ("\tpackage:com.x versionCode:1", PackageLine("com.x", version_code=1)),
        # a field that does not parse is not a field: the text stays in the name, which then fails
        # the strict name check (a real Android never prints these)
        ("package:com.x versionCode:12a", PackageLine("com.x versionCode:12a")),
        ("package:com.x uid:1,,2", PackageLine("com.x uid:1,,2")),
        ("package:com.x versionCode:" + "9" * 5000, PackageLine("com.x versionCode:" + "9" * 5000)),
        ("package:com.x stopped=maybe", PackageLine("com.x stopped=maybe")),
        ("package:com.x uid:1 ", PackageLine("com.x uid:1 ")),
        # names are returned as printed, however odd; they are validated elsewhere
        ("package:com.x;reboot", PackageLine("com.x;reboot")),
        ("package:com.x$(id)", PackageLine("com.x$(id)")),
        ("package:\ufffd\ufffd", PackageLine("\ufffd\ufffd")),
        ("package:com.with space  installer=null", PackageLine("com.with space")),
        ("package:com.tab\tname versionCode:3", PackageLine("com.tab\tname", version_code=3)),
        ("package:com.tab\tname", PackageLine("com.tab\tname")),
        ("package:-f", PackageLine("-f")),
        ("package:=com.x", PackageLine("=com.x")),  # no '/': not a path
        ("package:null=com.x", PackageLine("com.x")),  # sourceDir null
        # hostile look-alikes (the simulator's "hostile" profile): never read as the real name
        (
            f"package:{TIKTOK}   installer=com.android.vending",
            PackageLine(f"{TIKTOK} ", installer="com.android.vending"),
        ),
        (f"package:{TIKTOK}  versionCode:1  installer=x", PackageLine(f"{TIKTOK} ", None, 1, "x")),
        (f"package:{TIKTOK} ", PackageLine(f"{TIKTOK} ")),
        (f"package:package:{TIKTOK}.fake  installer=x", PackageLine(f"package:{TIKTOK}.fake", installer="x")),
        (
            "package:com.decoy.fields versionCode:1  installer=com.android.vending uid:10234 versionCode:5"
            "  installer=com.android.vending",
            PackageLine(
                "com.decoy.fields versionCode:1  installer=com.android.vending uid:10234",
                None,
                5,
                "com.android.vending",
            ),
        ),
        (
            f"package:/data/app/~~x==/fake={TIKTOK}/base.apk=com.decoy.path  installer=com.android.vending",
            PackageLine("com.decoy.path", f"/data/app/~~x==/fake={TIKTOK}/base.apk", None, "com.android.vending"),
        ),
        (
            "package:com.decoy.installer  installer=" + TIKTOK,
            PackageLine("com.decoy.installer", installer=TIKTOK),
        ),
        # an installer value with spaces cannot hide the name in front of it
        (f"package:{TIKTOK} versionCode:7  installer=a b", PackageLine(TIKTOK, None, 7, "a b")),
        # not package lines / no name
        ("package:", None),
        ("package:   ", None),
        ("package:\t", None),
        ("package:null=", None),
        ("package:  installer=null", None),
        ("package:/data/app/x/base.apk=", None),
        ("package:/data/app/x/base.apk= versionCode:1", None),
        ("Package:com.x", None),
        ("xpackage:com.x", None),
        ("permission:android.permission.X", None),
    ],
)
def test_line_shapes(line: str, expected: PackageLine | None) -> None:
    assert parse_package_line(line) == expected
    assert parse_package_list(line) == PackageListing(packages=() if expected is None else (expected,))


@pytest.mark.parametrize(
    ("text", "failed", "denied"),
    [
        (
            "Error: java.lang.SecurityException: Shell does not have permission to access user 10\n",
            None,
            (10,),
        ),
        (
            "Error: java.lang.IllegalArgumentException: Bad user number: x\n",
            "Error: java.lang.IllegalArgumentException: Bad user number: x",
            (),
        ),
        ("cmd: Can't find service: package\n", "cmd: Can't find service: package", ()),
        ("/system/bin/sh: pm: not found\n", "/system/bin/sh: pm: not found", ()),
        ("java.lang.NullPointerException\n\tat x.y(Z.java:1)\n", "java.lang.NullPointerException", ()),
        ("WARNING: linker: libfoo.so has text relocations\n", None, ()),  # a warning is not a failure
        (
            "Exception occurred while executing 'list':\njava.lang.RuntimeException: boom\n",
            "Exception occurred while executing 'list':",
            (),
        ),
    ],
)
def test_errors_without_packages(text: str, failed: str | None, denied: tuple[int, ...]) -> None:
    assert parse_package_list(text) == PackageListing(packages=(), denied_users=denied, failed=failed)


def test_error_line_among_packages_marks_the_listing_failed() -> None:
    """A list interrupted by an error may miss the banned app: never take it as whole."""
    listing = parse_package_list("package:com.a\nError: something about one user\npackage:com.b\n")
    assert [p.name for p in listing.packages] == ["com.a", "com.b"]
    assert listing.failed == "Error: something about one user"


def test_a_listing_cut_by_a_dying_pm_is_not_complete() -> None:
    listing = parse_package_list("package:com.a.b\nFailure calling service package: Broken pipe (32)\n")
    assert listing.failed is not None


def test_exception_after_packages_marks_partial_listing() -> None:
    listing = parse_package_list("package:com.a\nException occurred while executing 'list':\njava.lang.X\n")
    assert [p.name for p in listing.packages] == ["com.a"]
    assert listing.failed == "Exception occurred while executing 'list':"


def test_denied_users_are_deduplicated_and_ordered() -> None:
    text = "\n".join(
        f"Error: java.lang.SecurityException: Shell does not have permission to access user {u}" for u in (150, 10, 150)
    )
    assert parse_package_list(text).denied_users == (150, 10)


def test_failed_is_clipped() -> None:
    listing = parse_package_list("Error: " + "x" * 100_000)
    assert listing.failed is not None and len(listing.failed) == 300


# --- size --------------------------------------------------------------------------------------


def _big(n: int) -> str:
    return "".join(
        f"package:/data/app/~~AbC{i}==/com.example.app{i}-XyZ==/base.apk=com.example.app{i}"
        f" versionCode:{i}  installer=com.android.vending uid:{10000 + i},{1010000 + i}\n"
        for i in range(n)
    )


def _best_of(runs: int, text: str) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            parse_package_list(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def test_twenty_thousand_lines_and_linear() -> None:
    """20,000 packages all read; four times as many take about four times as long, not sixteen."""
    small, large = _big(20_000), _big(80_000)
    listing = parse_package_list(small)
    assert len(listing.packages) == 20_000
    assert listing.packages[12_345] == PackageLine(
        "com.example.app12345",
        "/data/app/~~AbC12345==/com.example.app12345-XyZ==/base.apk",
        12345,
        "com.android.vending",
        (22345, 1022345),
    )
    # Not a timing budget: a generous ratio that only a quadratic parser (ratio ~16) would miss.
    assert _best_of(3, large) / _best_of(3, small) < 10


@pytest.mark.parametrize(
    "junk",
    [
        "package:" + " " * 1_000_000 + "x",
        "package:" + "=a" * 500_000 + " x",
        "package:com.x uid:" + "1," * 500_000 + "x",
        "package:" + "  installer=" * 100_000,
        "package:x" + " versionCode:1" * 100_000,
        "\n" * 1_000_000,
        "\ufffd" * 1_000_000,
    ],
    ids=["spaces", "equals", "uids", "installers", "versions", "newlines", "replacement-chars"],
)
def test_megabyte_junk_lines_finish(junk: str) -> None:
    listing = parse_package_list(junk)
    assert isinstance(listing, PackageListing)


# --- fuzzing ---------------------------------------------------------------------------------

_word = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", min_size=1, max_size=8)
_name = st.lists(_word, min_size=2, max_size=4).map(".".join)
# sourceDir is an absolute path; it may hold '=' and (on an odd OEM build) spaces.
_path = st.text(st.characters(exclude_characters="\n\r", exclude_categories=["Cs"]), max_size=40).map(lambda p: "/" + p)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            _name,
            st.one_of(st.none(), _path),
            st.one_of(st.none(), st.integers(0, 2**63 - 1)),
            st.sampled_from(["", " stopped=true", " stopped=false"]),
            st.one_of(st.none(), _name),
            st.lists(st.integers(0, 2**31 - 1), max_size=4),
        ),
        max_size=6,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_roundtrip(entries: list[tuple[str, str | None, int | None, str, str | None, list[int]]], eol: str) -> None:
    """Any line runListPackages can build (paths with '=' included) reads back to its fields."""
    out: list[str] = []
    expected: list[PackageLine] = []
    for name, path, version, stopped, installer_flag, uids in entries:
        line = "package:" + (f"{path}=" if path is not None else "") + name
        if version is not None:
            line += f" versionCode:{version}"
        line += stopped
        if installer_flag is not None:
            line += f"  installer={installer_flag}"
        if uids:
            line += " uid:" + ",".join(map(str, uids))
        out.append(line + eol)
        expected.append(PackageLine(name, path, version, installer_flag, tuple(uids)))
    assert parse_package_list("".join(out)).packages == tuple(expected)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    listing = parse_package_list(text)
    for p in listing.packages:
        assert p.name.strip() and "\n" not in p.name
        assert p.path is None or p.path.startswith("/")
    assert all(0 <= u <= 2**31 - 1 for u in listing.denied_users)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "package:",
                "=",
                " ",
                "  ",
                "versionCode:",
                "installer=",
                "uid:",
                ",",
                "1",
                "com.x",
                "/d",
                "null",
                "\n",
                "\r",
                "Error: ",
                "Exception occurred while",
                "stopped=true",
                "\ufffd",
            ]
        )
    )
)
def test_never_raises_on_near_misses(parts: list[str]) -> None:
    listing = parse_package_list("".join(parts))
    for p in listing.packages:
        assert p.name.strip()
