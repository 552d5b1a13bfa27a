"""pm list users parsing, on captured output (Samsung, Xiaomi, MDM) and on fuzzed text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.inventory import PhoneUser
from app.core.parsers.users import parse_users
from tests.samples import read, section


def test_real_samples_every_block() -> None:
    text = read("pm_list_users__real.txt")
    samsung = section(text, "# Samsung, personal name")
    assert parse_users(samsung) == [PhoneUser(0, 0x4C13, True), PhoneUser(150, 0x10061030, True)]
    dual = section(text, "# Samsung with Dual Messenger")
    assert parse_users(dual) == [
        PhoneUser(0, 0x4C13, True),
        PhoneUser(95, 0x20001010, True),
        PhoneUser(150, 0x61010, True),
    ]
    work = section(text, "# Samsung, work profile 12")
    users = parse_users(work)
    assert [u.id for u in users] == [0, 12, 150]
    assert [u.is_work_profile for u in users] == [False, True, True]  # Secure Folder carries the flag too
    mdm = section(text, "# MDM managed profile")
    assert parse_users(mdm) == [PhoneUser(0, 0xC13, True), PhoneUser(10, 0x10101030, True)]
    xiaomi = section(text, "# Xiaomi")
    assert parse_users(xiaomi) == [
        PhoneUser(0, 0xC13, True),
        PhoneUser(10, 0x30, True),
        PhoneUser(999, 0x800010, True),
    ]
    # The whole file at once: every record, in order, duplicates kept.
    assert [u.id for u in parse_users(text)] == [0, 150, 0, 95, 150, 0, 12, 150, 0, 10, 0, 10, 999]


def test_names_are_never_returned() -> None:
    text = read("pm_list_users__real.txt")
    dumped = repr(parse_users(text))
    for name in ("Alina", "Barynina", "Secure Folder", "Scalefusion", "Owner", "XSpace", "Work"):
        assert name not in dumped


def test_constructed_aosp_format() -> None:
    text = section(read("formats_from_aosp_source__CONSTRUCTED.txt"), "# pm list users")
    assert parse_users(text) == [PhoneUser(0, 0xC13, True)]


def test_odd_names_running_flags_and_junk() -> None:
    users = parse_users(read("pm_list_users__CONSTRUCTED_odd_names.txt"))
    assert users == [
        PhoneUser(0, 0xC13, True),  # name holds ':' and '}'
        PhoneUser(10, 0x1030, False),  # not running
        PhoneUser(11, 0x30, True),  # name "x:1} running", then "running unlocked"
        PhoneUser(12, 0x1030, True),  # name with a newline: joined
        PhoneUser(13, 0x410, False),  # non-ASCII name
    ]  # bad id, bad flags, an id over 2**31-1 and the junk line are skipped


def test_crlf_spaces_tabs_no_header() -> None:
    text = "UserInfo{0:Owner:13} running\r\n    UserInfo{10:W:30} running\r\n\tUserInfo{11:W:30}\r\n"
    assert parse_users(text) == [
        PhoneUser(0, 0x13, True),
        PhoneUser(10, 0x30, True),
        PhoneUser(11, 0x30, False),
    ]


def test_not_user_lines() -> None:
    assert parse_users("") == []
    assert parse_users("Users:\n") == []
    assert parse_users("Error: couldn't get users\nException occurred while executing 'list':\n") == []
    # A record must start its line: text that merely mentions one is not a user.
    assert parse_users("note: UserInfo{0:Owner:c13} running\n") == []
    assert parse_users("UserInfo{0:Owner:c13 running\n") == []
    assert parse_users("UserInfo{0:Owner:c13} runningx\n") == [PhoneUser(0, 0xC13, False)]


def test_newline_join_stops_at_next_record() -> None:
    text = "UserInfo{5:broken\nUserInfo{0:Owner:c13} running\n"
    assert parse_users(text) == [PhoneUser(0, 0xC13, True)]


# --- fuzzing ---------------------------------------------------------------------------------

_name = st.text(st.characters(exclude_characters="\n", exclude_categories=["Cs"]))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2**31 - 1), _name, st.integers(0, 2**32 - 1), st.booleans()),
        max_size=8,
    ),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(["\t", "  ", ""]),
)
def test_roundtrip(records: list[tuple[int, str, int, bool]], eol: str, indent: str) -> None:
    """Whatever UserInfo.toString() prints for any name without a newline reads back."""
    text = (
        "Users:"
        + eol
        + "".join(
            f"{indent}UserInfo{{{uid}:{name}:{flags:x}}}{' running' if run else ''}{eol}"
            for uid, name, flags, run in records
        )
    )
    assert parse_users(text) == [PhoneUser(uid, flags, run) for uid, _, flags, run in records]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for user in parse_users(text):
        assert 0 <= user.id <= 2**31 - 1
        assert user.flags >= 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["UserInfo{", "}", ":", "0", "c13", " running", "\n", "\r", "\t", "é", "{"])))
def test_never_raises_on_near_misses(parts: list[str]) -> None:
    parse_users("".join(parts))
