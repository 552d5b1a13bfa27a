"""Load and validate app-ban policies strictly, because a policy decides what may be removed from a phone."""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.resources import resource_path, resources_dir

__all__ = [
    "PACKAGE_PATTERN",
    "SCHEMA",
    "BannedApp",
    "Policy",
    "PolicyError",
    "Rule",
    "Source",
    "default_policy",
    "list_policies",
    "load_policy",
    "loads_policy",
    "pick_text",
]

SCHEMA = "phone-selfcheck/policy/1"
"""The format version this loader reads; a file written for another version is refused, not guessed at."""

PACKAGE_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$")
"""The contract's rule for a package name that may appear in a ``pm`` command (DESIGN.md section 4)."""

DEFAULT_POLICY_FILE = "be-federal-tiktok.toml"

# A policy is a few kilobytes; anything far larger is a mistake or hostile, and is refused before parsing.
_MAX_BYTES = 1_000_000

_ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANG_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")

TEXT_FIELDS = ("title", "authority", "scope", "advisory", "reasons")
"""The multilingual top-level fields that :meth:`Policy.text` serves."""

_TOP_KEYS = (
    "schema",
    "id",
    "version",
    "effective_from",
    "review_by",
    "work_profile_in_scope",
    "disabled_preinstalled_counts_as_removed",
    *TEXT_FIELDS,
    "timeline",
    "sources",
    "rules",
    "apps",
)
_TIMELINE_KEYS = ("date", "text")
_SOURCE_KEYS = ("title", "url", "date", "publisher", "note")
_RULE_KEYS = ("id", "text", "source", "note")
_APP_KEYS = ("package", "app", "rule", "note")


class PolicyError(Exception):
    """A policy file that cannot be used, with the place to fix it.

    ``str()`` is one plain line, ``"policies/x.toml, line 12, field apps[2].package: <sentence>"``, so the
    command line can print it as is (exit code 5) and the GUI can show it without a stack trace. Array
    indexes in ``field`` count from 0, as in ``apps[0]`` for the first ``[[apps]]`` block.
    """

    def __init__(self, path: str | Path | None, line: int | None, field: str | None, message: str) -> None:
        self.path = Path(path) if path is not None else None
        self.line = line
        self.field = field
        self.message = message
        # The four values as args keep the exception picklable (GUI workers may hand it across threads).
        super().__init__(path, line, field, message)

    def __str__(self) -> str:
        parts = [_display_path(self.path)]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field {self.field}")
        return f"{', '.join(parts)}: {self.message}"


@dataclass(frozen=True)
class BannedApp:
    """One package the policy bans; ``rule`` is the id of the :class:`Rule` that explains why."""

    package: str
    app: str
    rule: str
    note: str = ""


@dataclass(frozen=True)
class Rule:
    """The policy's own words for one ban, per language, and where those words come from.

    ``note`` holds the policy file author's reading of those words (for example why an app counts as
    covered), kept apart so that nobody mistakes an interpretation for the decision's text.
    """

    id: str
    text: dict[str, str]
    source: str
    note: dict[str, str] = field(default_factory=dict)

    def in_language(self, lang: str) -> str:
        """Return the rule's words in ``lang``, falling back to English."""
        return pick_text(self.text, lang)


@dataclass(frozen=True)
class Source:
    """A public document the policy relies on, so a receipt can point at it."""

    title: str
    url: str
    date: date
    publisher: str = ""
    note: str = ""


@dataclass(frozen=True)
class Policy:
    """A validated app-ban policy. Build it with :func:`load_policy`, never by hand."""

    id: str
    version: str
    path: Path | None
    title: dict[str, str]
    authority: dict[str, str]
    effective_from: date
    review_by: date | None
    timeline: tuple[tuple[date, dict[str, str]], ...]
    scope: dict[str, str]
    advisory: dict[str, str]
    reasons: dict[str, str]
    sources: tuple[Source, ...]
    rules: tuple[Rule, ...]
    apps: tuple[BannedApp, ...]
    work_profile_in_scope: bool
    disabled_preinstalled_counts_as_removed: bool
    _by_package: dict[str, BannedApp] = field(init=False, repr=False, compare=False)
    _by_rule: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A scan looks up every installed package (hundreds) against the ban list: keep that O(1).
        object.__setattr__(self, "_by_package", {a.package: a for a in self.apps})
        object.__setattr__(self, "_by_rule", {r.id: r for r in self.rules})

    @property
    def packages(self) -> frozenset[str]:
        """Every banned package name, for a quick membership test."""
        return frozenset(self._by_package)

    def text(self, field: str, lang: str) -> str:
        """Return a multilingual field (title, authority, scope, advisory, reasons) in ``lang``.

        Falls back to the base language (``nl`` for ``nl-BE``) and then to English, which every
        policy must have, so the GUI never shows an empty box in a language the author skipped.
        """
        if field not in TEXT_FIELDS:
            raise ValueError(f"unknown text field {field!r}; expected one of {', '.join(TEXT_FIELDS)}")
        texts: dict[str, str] = getattr(self, field)
        return pick_text(texts, lang)

    def review_overdue(self, today: date) -> bool:
        """True when the policy names a review date and ``today`` is past it.

        An overdue review does not lift the ban (only the authority can); it is shown so that nobody
        enforces a temporary measure for ever without noticing that it should have been re-decided.
        """
        return self.review_by is not None and today > self.review_by

    def app_for(self, package: str) -> BannedApp | None:
        """Return the banned app with exactly this package name, or None.

        Exact match only: prefixes or patterns would let a lookalike name ban an unrelated app.
        """
        return self._by_package.get(package)

    def rule(self, rule_id: str) -> Rule:
        """Return the rule with this id; the loader guarantees every app's rule exists."""
        try:
            return self._by_rule[rule_id]
        except KeyError:
            raise KeyError(f"policy {self.id!r} has no rule {rule_id!r}") from None


def pick_text(texts: Mapping[str, str], lang: str) -> str:
    """Return ``texts[lang]``, else the base language's text, else the English text."""
    if lang in texts:
        return texts[lang]
    base = lang.split("-", 1)[0].lower()
    if base in texts:
        return texts[base]
    return texts["en"]


def load_policy(path: str | Path) -> Policy:
    """Read and validate one policy file; raise :class:`PolicyError` for anything unusable."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise PolicyError(file, None, None, f"The policy file cannot be read ({reason}).") from None
    return loads_policy(data, file)


def loads_policy(data: bytes | str, path: str | Path | None = None) -> Policy:
    """Validate policy text already in memory; ``path`` is only used to name the file in errors."""
    if isinstance(data, bytes):
        if len(data) > _MAX_BYTES:
            raise PolicyError(path, None, None, f"The file is larger than {_MAX_BYTES} bytes.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise PolicyError(path, line, None, "The file is not valid UTF-8 text.") from None
    else:
        text = data
        if len(text) > _MAX_BYTES:
            raise PolicyError(path, None, None, f"The file is larger than {_MAX_BYTES} characters.")
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte order mark from a Windows editor is harmless; TOML itself forbids it
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from None
    except RecursionError:
        raise PolicyError(path, None, None, "The file nests arrays or tables too deeply.") from None
    return _Reader(path, text).policy(document)


def default_policy() -> Policy:
    """Return the Belgian federal TikTok policy shipped with the program."""
    return load_policy(resource_path("policies", DEFAULT_POLICY_FILE))


def list_policies() -> list[Path]:
    """Return the shipped policy files, sorted by name."""
    folder = resource_path("policies")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


# --------------------------------------------------------------------------------------------------
# Errors and file positions


def _display_path(path: Path | None) -> str:
    """Name a shipped policy as ``policies/x.toml`` (stable across machines), others as given."""
    if path is None:
        return "<policy>"
    try:
        return path.resolve().relative_to(resources_dir().resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)


def _syntax_error(path: str | Path | None, text: str, exc: tomllib.TOMLDecodeError) -> PolicyError:
    """Turn tomllib's message into a PolicyError that carries the line as a number."""
    message = str(exc)
    line: int | None = None
    column = ""
    match = _TOML_POSITION.search(message)
    if match:
        message = message[: match.start()]
        if match.group(1):
            line = int(match.group(1))
            column = f" at column {match.group(2)}"
        else:
            line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
            column = " at the end of the file"
    detail = message.rstrip(". ")
    return PolicyError(path, line, None, f"The file is not valid TOML: {detail}{column}.")


def _quote(value: object) -> str:
    """Show a user value inside a one-line message: escaped, and short."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "true or false"),
    (str, "text in quotes"),
    (int, "a whole number"),
    (float, "a number"),
    (datetime, "a date with a time"),
    (date, "a date"),
    (list, "a list"),
    (dict, "a table"),
)


def _kind(value: object) -> str:
    for cls, name in _TYPE_NAMES:
        if isinstance(value, cls):
            return name
    return type(value).__name__


_FIELD_PART = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]#]+?)\s*(\]\]?)\s*(?:#.*)?$")


@dataclass(frozen=True)
class _Header:
    index: int  # 0-based line index
    name: str  # dotted, unquoted, no spaces
    array: bool


class _Locator:
    """Best-effort map from a dotted field (``apps[2].package``) to a line of the raw file.

    tomllib returns plain dicts without positions, so the line of a semantic error is found by
    scanning the text for the ``[[apps]]`` header occurrences and the key inside them. It understands
    tables, arrays of tables and dotted keys; for inline tables it stops at the enclosing key's line.
    """

    def __init__(self, text: str) -> None:
        # Split on "\n" only, as TOML counts lines; splitlines() would also split on U+2028 and others.
        self.lines = [line.removesuffix("\r") for line in text.split("\n")]
        self.headers: list[_Header] = []
        self.in_string: list[bool] = []
        inside = False
        for index, line in enumerate(self.lines):
            self.in_string.append(inside)
            if not inside:
                match = _HEADER.match(line)
                if match and (match.group(1) == "[[") == (match.group(3) == "]]"):
                    name = ".".join(p.strip().strip("\"'") for p in match.group(2).split("."))
                    self.headers.append(_Header(index, name, match.group(1) == "[["))
            if (line.count('"""') + line.count("'''")) % 2 == 1:
                inside = not inside

    def _next_header(self, after: int, stop: int) -> int:
        for header in self.headers:
            if after < header.index < stop:
                return header.index
        return stop

    def _end_of_table(self, header: _Header, stop: int) -> int:
        """Index where the table opened by ``header`` ends, sub-tables included."""
        prefix = header.name + "."
        for other in self.headers:
            if header.index < other.index < stop:
                same_again = other.array and header.array and other.name == header.name
                if same_again or not other.name.startswith(prefix):
                    return other.index
        return stop

    def _key(self, dotted: list[str], start: int, stop: int) -> int | None:
        keys = r"\s*\.\s*".join(rf"(?:\"{re.escape(k)}\"|'{re.escape(k)}'|{re.escape(k)})" for k in dotted)
        pattern = re.compile(rf"^\s*{keys}\s*[=.]")
        for index in range(start, stop):
            if not self.in_string[index] and pattern.match(self.lines[index]):
                return index
        return None

    def find(self, field_path: str) -> int | None:
        """Return the 1-based line for ``field_path``, or the line of its nearest found container."""
        parts = [
            (m.group(1), None if m.group(2) is None else int(m.group(2))) for m in _FIELD_PART.finditer(field_path)
        ]
        table = ""
        end = len(self.lines)
        own_start = 0
        own_end = self.headers[0].index if self.headers else end
        best: int | None = None
        for position, (name, index) in enumerate(parts):
            full = f"{table}.{name}" if table else name
            last = position == len(parts) - 1
            matches = [h for h in self.headers if own_start <= h.index < end and h.name == full]
            if index is not None:
                blocks = [h for h in matches if h.array]
                if index < len(blocks):
                    header = blocks[index]
                else:
                    line = self._key([name], own_start, own_end)
                    return line + 1 if line is not None else best
            else:
                tables = [h for h in matches if not h.array]
                if not tables:
                    rest = [p for p, _ in parts[position:]]
                    for size in range(len(rest), 0, -1):
                        line = self._key(rest[:size], own_start, own_end)
                        if line is not None:
                            return line + 1
                    return best
                header = tables[0]
                if last:
                    return header.index + 1
            best = header.index + 1
            table = full
            own_start = header.index + 1
            end = self._end_of_table(header, end)
            own_end = self._next_header(header.index, end)
        return best


# --------------------------------------------------------------------------------------------------
# Validation


class _Reader:
    """Walks the parsed document, checking each value and raising the first problem with its place.

    Every key must be known (a typo such as ``reveiw_by`` must not silently drop a review date), every
    value typed, and every package name safe to put in a ``pm`` command, because the program uninstalls
    what the policy names.
    """

    def __init__(self, path: str | Path | None, text: str) -> None:
        self.path = path
        self.text = text

    @functools.cached_property
    def locator(self) -> _Locator:
        """Built only when an error needs a line: a valid policy never pays for the scan."""
        return _Locator(self.text)

    def fail(self, where: str, message: str) -> PolicyError:
        return PolicyError(self.path, self.locator.find(where) if where else None, where or None, message)

    # ---- generic checks

    def table(self, value: object, where: str) -> dict[str, object]:
        if not isinstance(value, dict):
            raise self.fail(where, f"Expected a table, found {_kind(value)}.")
        return value

    def known_keys(self, table: Mapping[str, object], allowed: tuple[str, ...], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                known = f"did you mean {hint[0]!r}?" if hint else f"the keys here are {', '.join(allowed)}."
                raise self.fail(f"{prefix}{key}", f"Unknown key {_quote(key)}; {known}")

    def required(self, table: Mapping[str, object], key: str, prefix: str, container: str) -> object:
        if key not in table:
            where = f"{prefix}{key}"
            line = self.locator.find(container) if container else None
            raise PolicyError(self.path, line, where, "This required field is missing.")
        return table[key]

    def string(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, f"Expected text in quotes, found {_kind(value)}.")
        if not value.strip():
            raise self.fail(where, "This text is empty.")
        return value

    def optional_string(self, table: Mapping[str, object], key: str, prefix: str) -> str:
        return self.string(table[key], f"{prefix}{key}") if key in table else ""

    def boolean(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, f"Expected true or false, found {_kind(value)}.")
        return value

    def day(self, value: object, where: str) -> date:
        if isinstance(value, datetime):
            raise self.fail(where, "Expected a date (YYYY-MM-DD) without a time of day.")
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            if _ISO_DATE.match(value):
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    raise self.fail(where, f"{_quote(value)} is not a real calendar date.") from None
            raise self.fail(where, f"{_quote(value)} is not a date in the form YYYY-MM-DD.")
        raise self.fail(where, f"Expected a date in the form YYYY-MM-DD, found {_kind(value)}.")

    def texts(self, value: object, where: str) -> dict[str, str]:
        """A language table such as ``[title]`` with ``en = "..."``; English is mandatory."""
        table = self.table(value, where)
        result: dict[str, str] = {}
        for lang, text in table.items():
            if not _LANG_PATTERN.match(lang):
                raise self.fail(f"{where}.{lang}", f"{_quote(lang)} is not a language code such as en, nl, fr.")
            result[lang] = self.string(text, f"{where}.{lang}")
        if "en" not in result:
            raise self.fail(where, "English text (en) is required; the other languages fall back to it.")
        return result

    def blocks(self, document: Mapping[str, object], key: str, minimum: int) -> Iterator[tuple[str, dict[str, object]]]:
        """Yield (``key[i].``, table) for an array of tables, checking it is one."""
        if key not in document:
            if minimum:
                raise PolicyError(self.path, None, key, f"At least {minimum} [[{key}]] block is required.")
            return
        value = document[key]
        if not isinstance(value, list):
            raise self.fail(key, f"Expected a list of [[{key}]] blocks, found {_kind(value)}.")
        if len(value) < minimum:
            raise self.fail(key, f"At least {minimum} [[{key}]] block is required.")
        for index, item in enumerate(value):
            where = f"{key}[{index}]"
            yield f"{where}.", self.table(item, where)

    # ---- the document

    def policy(self, document: dict[str, object]) -> Policy:
        if "schema" not in document:
            # Without a schema the keys cannot be trusted; a typo such as "shema" is the likely cause.
            self.known_keys(document, _TOP_KEYS, "")
        schema = self.required(document, "schema", "", "")
        if schema != SCHEMA:
            shown = _quote(schema) if isinstance(schema, str) else _kind(schema)
            raise self.fail(
                "schema",
                f"This program reads policy format {SCHEMA!r}, but the file declares {shown}; "
                "use a matching version of the program or convert the file.",
            )
        self.known_keys(document, _TOP_KEYS, "")

        policy_id = self.string(self.required(document, "id", "", ""), "id")
        if not _ID_PATTERN.match(policy_id):
            raise self.fail("id", f"{_quote(policy_id)} must be lower-case letters, digits and hyphens.")
        version = self.string(self.required(document, "version", "", ""), "version")
        effective_from = self.day(self.required(document, "effective_from", "", ""), "effective_from")
        review_by = self.day(document["review_by"], "review_by") if "review_by" in document else None
        if review_by is not None and review_by < effective_from:
            raise self.fail(
                "review_by",
                f"The review date {review_by.isoformat()} is before effective_from {effective_from.isoformat()}.",
            )
        work_profile = self.boolean(self.required(document, "work_profile_in_scope", "", ""), "work_profile_in_scope")
        disabled_ok = self.boolean(
            self.required(document, "disabled_preinstalled_counts_as_removed", "", ""),
            "disabled_preinstalled_counts_as_removed",
        )
        texts = {name: self.texts(self.required(document, name, "", ""), name) for name in TEXT_FIELDS}

        timeline: list[tuple[date, dict[str, str]]] = []
        for prefix, item in self.blocks(document, "timeline", 0):
            self.known_keys(item, _TIMELINE_KEYS, prefix)
            container = prefix[:-1]
            when = self.day(self.required(item, "date", prefix, container), f"{prefix}date")
            timeline.append((when, self.texts(self.required(item, "text", prefix, container), f"{prefix}text")))
        timeline.sort(key=lambda event: event[0])  # stable: same-day events keep the file's order

        sources: list[Source] = []
        for prefix, item in self.blocks(document, "sources", 1):
            self.known_keys(item, _SOURCE_KEYS, prefix)
            container = prefix[:-1]
            url = self.string(self.required(item, "url", prefix, container), f"{prefix}url")
            if not _URL_PATTERN.match(url):
                raise self.fail(f"{prefix}url", f"{_quote(url)} is not an http(s) address.")
            sources.append(
                Source(
                    title=self.string(self.required(item, "title", prefix, container), f"{prefix}title"),
                    url=url,
                    date=self.day(self.required(item, "date", prefix, container), f"{prefix}date"),
                    publisher=self.optional_string(item, "publisher", prefix),
                    note=self.optional_string(item, "note", prefix),
                )
            )

        rules: dict[str, Rule] = {}
        for prefix, item in self.blocks(document, "rules", 1):
            self.known_keys(item, _RULE_KEYS, prefix)
            container = prefix[:-1]
            rule_id = self.string(self.required(item, "id", prefix, container), f"{prefix}id")
            if not _ID_PATTERN.match(rule_id):
                raise self.fail(f"{prefix}id", f"{_quote(rule_id)} must be lower-case letters, digits and hyphens.")
            if rule_id in rules:
                raise self.fail(f"{prefix}id", f"The rule id {_quote(rule_id)} is used twice.")
            rules[rule_id] = Rule(
                id=rule_id,
                text=self.texts(self.required(item, "text", prefix, container), f"{prefix}text"),
                source=self.string(self.required(item, "source", prefix, container), f"{prefix}source"),
                note=self.texts(item["note"], f"{prefix}note") if "note" in item else {},
            )

        apps: list[BannedApp] = []
        first_seen: dict[str, str] = {}
        for prefix, item in self.blocks(document, "apps", 1):
            self.known_keys(item, _APP_KEYS, prefix)
            container = prefix[:-1]
            package = self.string(self.required(item, "package", prefix, container), f"{prefix}package")
            if not PACKAGE_PATTERN.match(package):
                raise self.fail(
                    f"{prefix}package",
                    f"{_quote(package)} is not a valid Android package name: it needs at least two "
                    "dot-separated parts, each starting with a letter and holding only letters, digits "
                    "and underscores.",
                )
            if package in first_seen:
                raise self.fail(
                    f"{prefix}package",
                    f"The package {package} is listed twice (first as {first_seen[package]}).",
                )
            first_seen[package] = container
            rule_id = self.string(self.required(item, "rule", prefix, container), f"{prefix}rule")
            if rule_id not in rules:
                defined = ", ".join(rules)
                raise self.fail(
                    f"{prefix}rule",
                    f"The rule {_quote(rule_id)} is not defined in this policy; defined rules: {defined}.",
                )
            apps.append(
                BannedApp(
                    package=package,
                    app=self.string(self.required(item, "app", prefix, container), f"{prefix}app"),
                    rule=rule_id,
                    note=self.optional_string(item, "note", prefix),
                )
            )

        return Policy(
            id=policy_id,
            version=version,
            path=Path(self.path) if self.path is not None else None,
            title=texts["title"],
            authority=texts["authority"],
            effective_from=effective_from,
            review_by=review_by,
            timeline=tuple(timeline),
            scope=texts["scope"],
            advisory=texts["advisory"],
            reasons=texts["reasons"],
            sources=tuple(sources),
            rules=tuple(rules.values()),
            apps=tuple(apps),
            work_profile_in_scope=work_profile,
            disabled_preinstalled_counts_as_removed=disabled_ok,
        )
