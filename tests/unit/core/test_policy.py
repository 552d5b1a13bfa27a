"""The policy loader accepts the shipped policies and refuses broken ones with the right line and field."""

from __future__ import annotations

import pickle
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.policy import (
    PACKAGE_PATTERN,
    TEXT_FIELDS,
    Policy,
    PolicyError,
    default_policy,
    list_policies,
    load_policy,
    loads_policy,
    pick_text,
)
from app.resources import resource_path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "policies"
SHIPPED = {p.name: p for p in list_policies()}
BELGIAN = "be-federal-tiktok.toml"
US = "us-federal-bytedance.toml"

# The contract's pattern, spelled out again so a loosened PACKAGE_PATTERN cannot pass unnoticed.
GOOD_TEXT = (FIXTURES / "good-review.toml").read_text(encoding="utf-8")

CONTRACT_PACKAGE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$")


def marked_line(path: Path) -> int | None:
    """Line of the ``# <- error`` marker a broken fixture puts where its error is."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if "<- error" in line:
            return number
    return None


# ---- the shipped policies


def test_both_policies_are_shipped() -> None:
    assert {BELGIAN, US} <= set(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_policy_loads_and_is_consistent(name: str) -> None:
    policy = load_policy(SHIPPED[name])
    assert policy.id == Path(name).stem
    assert policy.apps and policy.rules and policy.sources
    rule_ids = {rule.id for rule in policy.rules}
    for app in policy.apps:
        assert CONTRACT_PACKAGE.match(app.package), app.package
        assert app.rule in rule_ids
        assert policy.rule(app.rule).id == app.rule
        assert policy.app_for(app.package) is app
        assert app.note, f"{app.package} should say how certain its package name is"
    assert len(policy.packages) == len(policy.apps)
    for field_name in TEXT_FIELDS:
        assert policy.text(field_name, "en").strip()
    for _, texts in policy.timeline:
        assert texts["en"].strip()
    assert [when for when, _ in policy.timeline] == sorted(when for when, _ in policy.timeline)
    for source in policy.sources:
        assert source.url.startswith("https://") and source.title.strip()
    if policy.review_by is not None:
        assert policy.review_by >= policy.effective_from


def test_default_policy_is_the_belgian_federal_decision() -> None:
    policy = default_policy()
    assert policy.id == "be-federal-tiktok"
    assert policy.path == resource_path("policies", BELGIAN)
    assert policy.effective_from == date(2023, 3, 10)
    assert policy.review_by is None  # extended for an indefinite period on 2024-03-20
    assert policy.work_profile_in_scope is False
    assert policy.disabled_preinstalled_counts_as_removed is True
    assert [when.isoformat() for when, _ in policy.timeline] == [
        "2023-03-10",
        "2023-03-17",
        "2023-03-31",
        "2023-09-14",
        "2024-03-20",
    ]


def test_belgian_policy_speaks_the_four_languages() -> None:
    policy = default_policy()
    for lang in ("nl", "fr", "de", "en"):
        for field_name in TEXT_FIELDS:
            assert lang in getattr(policy, field_name), (field_name, lang)
        for rule in policy.rules:
            assert lang in rule.text, (rule.id, lang)
        for when, texts in policy.timeline:
            assert lang in texts, (when, lang)
    assert "federale overheid" in policy.text("scope", "nl")
    assert "vous recommande" in policy.text("advisory", "fr")
    assert "Ihnen" in policy.text("advisory", "de") and "die Sie" in policy.text("scope", "de")


def test_belgian_policy_covers_tiktok_but_not_other_bytedance_apps() -> None:
    policy = default_policy()
    for package in (
        "com.zhiliaoapp.musically",
        "com.ss.android.ugc.trill",
        "com.zhiliaoapp.musically.go",
        "com.tiktok.lite.go",
        "com.ss.android.tt.creator",
        "com.tiktokshop.seller",
    ):
        assert policy.app_for(package) is not None, package
    for package in (
        "com.lemon.lvoverseas",
        "com.bd.nproject",
        "com.ss.android.ugc.aweme",
        "com.larksuite.suite",
    ):
        assert policy.app_for(package) is None, package


def test_us_policy_covers_bytedance_apps_with_their_own_rule() -> None:
    policy = load_policy(SHIPPED[US])
    assert policy.work_profile_in_scope is True
    assert policy.app_for("com.zhiliaoapp.musically").rule == "tiktok"  # type: ignore[union-attr]
    capcut = policy.app_for("com.lemon.lvoverseas")
    assert capcut is not None and capcut.rule == "bytedance"
    assert "M-23-13" in policy.rule("bytedance").note["en"]
    for package in ("com.ss.android.ugc.live", "com.lemon.lv", "com.xt.retouchoversea"):
        assert policy.app_for(package) is None, f"{package} has an unconfirmed name and is left out"


def test_app_lookup_is_exact() -> None:
    policy = default_policy()
    assert policy.app_for("com.zhiliaoapp.musically") is not None
    for near in ("com.zhiliaoapp.musicall", "com.zhiliaoapp.musically.x", "COM.ZHILIAOAPP.MUSICALLY", ""):
        assert policy.app_for(near) is None


def test_text_falls_back_to_base_language_then_english() -> None:
    policy = default_policy()
    assert policy.text("title", "nl-BE") == policy.title["nl"]
    assert policy.text("title", "es") == policy.title["en"]
    assert pick_text({"en": "x", "fr": "y"}, "fr-BE") == "y"
    with pytest.raises(ValueError):
        policy.text("apps", "en")


def test_unknown_rule_id_raises_key_error() -> None:
    with pytest.raises(KeyError):
        default_policy().rule("no-such-rule")


# ---- review dates


def test_review_overdue_with_a_review_date() -> None:
    policy = load_policy(FIXTURES / "good-review.toml")
    assert policy.review_by == date(2023, 9, 10)
    assert not policy.review_overdue(date(2023, 3, 10))
    assert not policy.review_overdue(date(2023, 9, 10))  # the review day itself is not overdue
    assert policy.review_overdue(date(2023, 9, 11))


def test_review_never_overdue_without_a_review_date() -> None:
    assert not default_policy().review_overdue(date(2099, 1, 1))


def test_inline_tables_dotted_keys_and_quoted_dates_are_accepted() -> None:
    policy = load_policy(FIXTURES / "good-inline.toml")
    assert policy.effective_from == date(2024, 1, 1)
    assert policy.title["fr"] == "Politique de test en ligne"
    assert [a.package for a in policy.apps] == ["com.example.one", "com.example.two"]


# ---- broken policies

BROKEN = [
    ("syntax-error.toml", None, "not valid TOML"),
    ("missing-field.toml", "apps[1].package", "missing"),
    ("missing-top-field.toml", "effective_from", "missing"),
    ("bad-date.toml", "timeline[1].date", "not a real calendar date"),
    ("bad-date-format.toml", "review_by", "YYYY-MM-DD"),
    ("datetime-date.toml", "effective_from", "without a time"),
    ("review-before-effective.toml", "review_by", "before effective_from"),
    ("unknown-key.toml", "work_profil_in_scope", "did you mean 'work_profile_in_scope'"),
    ("unknown-nested-key.toml", "apps[0].notes", "did you mean 'note'"),
    ("bad-package.toml", "apps[1].package", "not a valid Android package name"),
    ("bad-package-inline.toml", "apps[1].package", "not a valid Android package name"),
    ("duplicate-package.toml", "apps[2].package", "listed twice (first as apps[0])"),
    ("unknown-rule.toml", "apps[1].rule", "'mian' is not defined"),
    ("missing-en.toml", "title", "English text (en) is required"),
    ("wrong-type.toml", "disabled_preinstalled_counts_as_removed", "true or false"),
    ("wrong-type-dotted.toml", "scope.en", "text in quotes"),
    ("wrong-type-subtable.toml", "rules[0].text.fr", "text in quotes"),
    ("wrong-schema.toml", "schema", "phone-selfcheck/policy/2"),
]


@pytest.mark.parametrize(("name", "field_path", "words"), BROKEN)
def test_broken_policy_names_line_and_field(name: str, field_path: str | None, words: str) -> None:
    path = FIXTURES / name
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    error = caught.value
    assert error.field == field_path
    assert error.line == marked_line(path)
    assert words in error.message
    assert error.path == path
    text = str(error)
    assert "\n" not in text
    assert text.startswith(f"{path}, ")
    if error.line is not None:
        assert f", line {error.line}," in text or f", line {error.line}:" in text
    if field_path is not None:
        assert f"field {field_path}: " in text


def test_every_broken_fixture_is_tested() -> None:
    tested = {name for name, _, _ in BROKEN}
    broken = {p.name for p in FIXTURES.glob("*.toml") if not p.name.startswith("good-")}
    assert broken == tested


def test_error_names_shipped_files_relative_to_the_resources() -> None:
    error = PolicyError(resource_path("policies", "x.toml"), 12, "apps[2].package", "Bad.")
    assert str(error) == "policies/x.toml, line 12, field apps[2].package: Bad."


def test_error_survives_pickling() -> None:
    error = PolicyError("a.toml", 3, "id", "Bad.")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.line, copy.field, copy.message, str(copy)) == (3, "id", "Bad.", str(error))


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy(tmp_path / "absent.toml")
    assert caught.value.line is None and "cannot be read" in caught.value.message


def test_non_utf8_file_names_the_line() -> None:
    with pytest.raises(PolicyError) as caught:
        loads_policy(b'schema = "phone-selfcheck/policy/1"\nid = "\xff"\n', "x.toml")
    assert caught.value.line == 2 and "UTF-8" in caught.value.message


def test_oversized_file_is_refused() -> None:
    with pytest.raises(PolicyError, match="larger than"):
        loads_policy(b"#" * 2_000_000)


def test_syntax_error_at_end_of_document_names_the_last_line() -> None:
    with pytest.raises(PolicyError) as caught:
        loads_policy('schema = "phone-selfcheck/policy/1"\nid =\n')
    assert caught.value.line == 2


def test_line_numbers_count_only_newlines() -> None:
    # U+2028 is a line break for str.splitlines() but not for TOML; it must not shift the reported line.
    text = GOOD_TEXT.replace('en = "Test policy', 'en = "Test\u2028policy').replace(
        'package = "org.example.other"', 'package = "other"'
    )
    with pytest.raises(PolicyError) as caught:
        loads_policy(text)
    expected = text.split("\n").index('package = "other"') + 1
    assert (caught.value.line, caught.value.field) == (expected, "apps[2].package")


def test_deep_nesting_is_a_policy_error() -> None:
    with pytest.raises(PolicyError):
        loads_policy("a = " + "[" * 100_000)


# ---- nothing but PolicyError, whatever the input


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_raise_only_policy_error(data: bytes) -> None:
    try:
        result = loads_policy(data, "random.toml")
    except PolicyError as error:
        assert str(error)
    else:
        assert isinstance(result, Policy)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(min_value=0, max_value=len(GOOD_TEXT)),
    cut=st.integers(min_value=0, max_value=40),
    insert=st.text(max_size=40),
)
def test_damaged_policy_raises_only_policy_error(position: int, cut: int, insert: str) -> None:
    damaged = GOOD_TEXT[:position] + insert + GOOD_TEXT[position + cut :]
    try:
        policy = loads_policy(damaged.encode("utf-8", "surrogatepass"), "damaged.toml")
    except PolicyError as error:
        assert error.line is None or 1 <= error.line <= damaged.count("\n") + 1
    else:
        for app in policy.apps:
            assert PACKAGE_PATTERN.match(app.package)
            assert app.rule in {rule.id for rule in policy.rules}
