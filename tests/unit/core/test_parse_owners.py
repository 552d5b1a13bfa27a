"""dpm list-owners and dumpsys device_policy parsing: every format, absent commands, fuzz."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.inventory import Owner, OwnersInfo
from app.core.parsers.owners import parse_device_policy, parse_list_owners
from tests.samples import read, section

UNAVAILABLE = OwnersInfo((), available=False)
NONE = OwnersInfo((), available=True)


# --- dpm list-owners ---------------------------------------------------------------------------


def test_constructed_older_format() -> None:
    lines = section(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# dpm list-owners, older").split("\n")
    assert parse_list_owners(lines[0] + "\n", 0) == NONE  # "no owners"
    owners = parse_list_owners("\n".join(lines[1:]), 0)  # "1 owner:" + "User  0: ..."
    assert owners == OwnersInfo(
        (
            Owner(
                user=0,
                package="com.example.dpc",
                component="com.example.dpc/.Receiver",
                device_owner=True,
                affiliated=True,
            ),
        )
    )
    assert owners.device_owner is not None and owners.device_owner.package == "com.example.dpc"


def test_constructed_android15_format() -> None:
    text = section(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# dpm list-owners, newer")
    info = parse_list_owners(text, 0)
    assert info == OwnersInfo(
        (
            Owner(0, "com.example.dpc", "com.example.dpc/.Receiver", device_owner=True),
            Owner(
                10,
                "com.example.dpc",
                "com.example.dpc/.Receiver",
                profile_owner=True,
                organization_owned=True,
                affiliated=True,
            ),
        )
    )
    assert info.organization_owned


def test_android13_two_owners() -> None:
    info = parse_list_owners(read("dpm_list_owners__CONSTRUCTED_android13_two_owners.txt"), 0)
    assert info == OwnersInfo(
        (
            Owner(
                0,
                "com.example.dpc",
                "com.example.dpc/.DeviceAdminReceiver",
                device_owner=True,
                affiliated=True,
            ),
            Owner(
                10,
                "com.example.dpc",
                "com.example.dpc/.DeviceAdminReceiver",
                profile_owner=True,
                affiliated=True,
            ),
        )
    )


def test_android15_org_owned_work_profile_only() -> None:
    info = parse_list_owners(read("dpm_list_owners__CONSTRUCTED_android15_cope.txt"), 0)
    assert info.device_owner is None
    assert info.organization_owned
    (owner,) = info.owners
    assert owner.user == 10 and owner.profile_owner and owner.package == "com.google.android.apps.work.clouddpc"
    assert owner.component == "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver"


def test_android15_nothing_printed_means_no_owners() -> None:
    assert parse_list_owners("", 0) == NONE
    assert parse_list_owners("\r\n\n", 0) == NONE
    assert parse_list_owners("0 owners:\n", 0) == NONE


def test_android11_usage_text_is_unavailable() -> None:
    assert parse_list_owners(read("dpm_list_owners__CONSTRUCTED_android11_unknown_command.txt"), 0) == UNAVAILABLE
    # The qssi capture's `dpm` usage (same Android-11 build, no list-owners subcommand).
    usage = read("dumpsys_device_policy__android11_qssi.txt").split("qssi:/ $ dpm\n", 1)[1]
    assert parse_list_owners(usage, 0) == UNAVAILABLE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Unknown command: list-owners\n", 255),
        ("Unknown command: list-owners\n", 0),
        ("/system/bin/sh: dpm: not found\n", 127),
        ("cmd: Can't find service: device_policy\n", 0),
        ("Exception occurred while executing 'list-owners':\njava.lang.SecurityException: nope\n", 0),
        ("User 0: admin=com.x/.R,DeviceOwner\n", 1),  # non-zero exit: unavailable, whatever it printed
        ("", 255),
        ("garbage that is not an answer\n", 0),
        ("no owners\nsomething else\n", 0),
    ],
)
def test_absent_or_failed_command(text: str, code: int) -> None:
    assert parse_list_owners(text, code) == UNAVAILABLE


def test_owner_lines_win_over_junk() -> None:
    info = parse_list_owners("WARNING: something\r\nUser 0: admin=com.x/.R,DeviceOwner\r\n", 0)
    assert info == OwnersInfo((Owner(0, "com.x", "com.x/.R", device_owner=True),))


def test_hand_written_spacing_and_odd_flags() -> None:
    info = parse_list_owners("User 10: admin=com.sds.emm/.Rcv ManagedProfileOwner(parentUserId=0)\n", 0)
    assert info.owners == (Owner(10, "com.sds.emm", "com.sds.emm/.Rcv", profile_owner=True),)
    info = parse_list_owners("User 3: admin=noslash,SomethingNew\n", 0)
    assert info.owners == (Owner(3, "noslash", "noslash"),)
    assert parse_list_owners("User 99999999999: admin=com.x/.R,DeviceOwner\n", 0) == UNAVAILABLE


# --- dumpsys device_policy ---------------------------------------------------------------------


def test_android11_qssi_device_owner() -> None:
    info = parse_device_policy(read("dumpsys_device_policy__android11_qssi.txt"))
    assert info == OwnersInfo(
        (
            Owner(
                user=0,
                package="com.example.android.deviceowner",
                component="com.example.android.deviceowner/.DeviceOwnerReceiver",
                device_owner=True,
                organization_owned=True,
            ),
        )
    )


def test_org_owned_work_profile_block() -> None:
    info = parse_device_policy(read("dumpsys_device_policy__CONSTRUCTED_org_owned_work_profile.txt"))
    assert info == OwnersInfo(
        (
            Owner(
                user=10,
                package="com.google.android.apps.work.clouddpc",
                component="com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
                profile_owner=True,
                organization_owned=True,
            ),
        )
    )


def test_android10_device_and_profile_owner() -> None:
    info = parse_device_policy(read("dumpsys_device_policy__CONSTRUCTED_android10_do_and_po.txt"))
    assert info == OwnersInfo(
        (
            Owner(0, "com.example.dpc", "com.example.dpc/.AdminReceiver", device_owner=True),
            # Another package's class keeps its full name; canAccessDeviceIds=true is org-owned
            # (Android 11 migrated it to isOrganizationOwnedDevice).
            Owner(
                11,
                "com.other.mdm",
                "com.other.mdm/com.vendor.Receiver",
                profile_owner=True,
                organization_owned=True,
            ),
        )
    )


def test_dump_without_owners_is_available_and_empty() -> None:
    text = "Current Device Policy Manager state:\n  Immutable state:\n    mHasFeature=true\n"
    assert parse_device_policy(text) == NONE


@pytest.mark.parametrize(
    "text",
    ["", "Can't find service: device_policy\n", "Permission Denial: can't dump\n", "random\njunk\n"],
)
def test_not_a_dump_is_unavailable(text: str) -> None:
    assert parse_device_policy(text) == UNAVAILABLE


def test_block_edges() -> None:
    # A headless-system-user phone: the device owner lives on user 10. CRLF line ends.
    text = (
        "Current Device Policy Manager state:\r\n"
        "  Device Owner: \r\n"
        "    admin=ComponentInfo{com.x/com.x.R}\r\n"
        "    package=com.x\r\n"
        "    isOrganizationOwnedDevice=false\r\n"
        "    User ID: 10\r\n"
        "  Enabled Device Admins (User 10, provisioningState: 3):\r\n"
        "    package=com.not.an.owner\r\n"
    )
    assert parse_device_policy(text).owners == (Owner(10, "com.x", "com.x/.R", device_owner=True),)
    # Without package= the component names the package; without both there is no owner.
    assert parse_device_policy("  Profile Owner (User 12): \n    admin=ComponentInfo{a.b/.C}\n").owners == (
        Owner(12, "a.b", "a.b/.C", profile_owner=True),
    )
    assert parse_device_policy("Current Device Policy Manager state:\n  Device Owner: \n  \n").owners == ()
    assert parse_device_policy("  Profile Owner (User 99999999999): \n    package=a.b\n").owners == ()


# --- fuzzing ---------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(), st.integers())
def test_never_raises(text: str, code: int) -> None:
    for info in (parse_list_owners(text, code), parse_device_policy(text)):
        assert isinstance(info.available, bool)
        assert all(o.package and 0 <= o.user <= 2**31 - 1 for o in info.owners)


_pieces = st.sampled_from(
    [
        "User ",
        " 0",
        "10",
        ": ",
        "admin=",
        "com.x/.R",
        ",",
        "DeviceOwner",
        "ProfileOwner",
        "ManagedProfileOwner(parentUserId=0)",
        "OrganizationOwnedDevice",
        "Affiliated",
        "\n",
        "\r\n",
        "  Device Owner: ",
        "  Profile Owner (User 10): ",
        "    ",
        "admin=ComponentInfo{",
        "}",
        "package=",
        "isOrganizationOwnedDevice=true",
        "User ID: ",
        "no owners",
        "1 owner:",
        "\ufffd",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_pieces), st.integers(-1, 1))
def test_never_raises_on_near_misses(parts: list[str], code: int) -> None:
    text = "".join(parts)
    parse_list_owners(text, code)
    parse_device_policy(text)
