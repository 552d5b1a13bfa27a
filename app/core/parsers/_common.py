"""Small helpers the parsers share: splitting phone output into lines and reading bounded integers."""

from __future__ import annotations

# Python refuses to turn more than 4300 digits into an int (CVE-2020-10735 guard) and raises; a
# hostile phone could print that many. Nothing a parser reads is longer than a Java long (19 digits).
MAX_INT_DIGITS = 19

# Kept in an ActionOutcome or an error field: enough for `Failure [DELETE_FAILED_INTERNAL_ERROR]`,
# never a flood from a phone that prints megabytes on one line.
MAX_FIELD_CHARS = 300


def lines(text: str) -> list[str]:
    """The lines of ``text`` without their line ends, CRLF or LF alike.

    Only ``\\n`` splits: ``str.splitlines`` would also split on form feeds, U+0085 and U+2028,
    which a phone may carry inside a value (a path, a user name) without meaning a new line.
    """
    return [ln[:-1] if ln.endswith("\r") else ln for ln in text.split("\n")]


def to_int(digits: str, *, signed: bool = False) -> int | None:
    """``digits`` as an int when it is 1-19 ASCII digits (optionally after '-'), else None.

    ``int()`` alone would accept Unicode digits ('٣'), underscores and surrounding spaces, and
    raise on 4301 digits; a parser must neither misread nor raise.
    """
    body = digits[1:] if signed and digits.startswith("-") else digits
    if not body or len(body) > MAX_INT_DIGITS or not (body.isascii() and body.isdigit()):
        return None
    return int(digits)


# Android user ids are Java ints (UserHandle); anything bigger is not a user id.
MAX_USER_ID = 2**31 - 1


def to_user_id(digits: str) -> int | None:
    """``digits`` as an Android user id (0 to 2**31-1), else None."""
    value = to_int(digits)
    return value if value is not None and value <= MAX_USER_ID else None


def clip(text: str) -> str:
    """``text`` cut to ``MAX_FIELD_CHARS`` characters."""
    return text[:MAX_FIELD_CHARS]
