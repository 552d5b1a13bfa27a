"""The ``receipt``, ``verify`` and ``history`` commands of the command line (DESIGN.md section 4).

Kept apart from app/cli.py so the scan path stays light: Qt (for the PDF) is imported only when a
receipt is actually made. Failures map to the contract's exit codes without a traceback: a bad key
file or an unusable folder is a usage error (64), a receipt that does not hold is 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.i18n import set_language, translate

__all__ = ["LANGS", "add_commands", "cmd_history", "cmd_receipt", "cmd_verify", "default_out_dir"]

LANGS = ("nl", "fr", "de", "en")
EXIT_NOT_VERIFIED = 1
EXIT_SOFTWARE = 70
# Receipts of the same phone in the same second for the same person share a stem; a suffix keeps both.
_MAX_SAME_STEM = 100

Handler = Callable[[argparse.Namespace], int]


def default_out_dir() -> Path:
    """The user's documents folder (platformdirs), where a person looks for a file they were given."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def add_commands(sub: Any, commands: dict[str, Handler]) -> None:
    """Add the three subcommands to ``sub`` (argparse's subparsers action) and their handlers to ``commands``.

    ``sub.add_parser`` builds the parsers with the class the caller chose, so usage errors keep
    mapping to exit 64.
    """
    from app.cli import OWNERSHIPS

    r = sub.add_parser("receipt", help="scan a phone and write a verifiable receipt (JSON and PDF)")
    r.add_argument(
        "--device",
        required=True,
        metavar="DEV",
        help="usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL, demo[:PROFILE]",
    )
    r.add_argument(
        "--ownership",
        required=True,
        choices=OWNERSHIPS,
        metavar="OWN",
        help="service, shared, personal or auto",
    )
    r.add_argument("--name", required=True, metavar="NAME", help="the person whose phone is checked")
    r.add_argument("--employee-id", metavar="ID", help="their employee or staff number")
    r.add_argument("--helpdesk-agent", metavar="NAME", help="the agent who ran the check with them")
    r.add_argument(
        "--acknowledge-advisory",
        action="store_true",
        help="record that the owner of a personal phone read and accepted the advisory",
    )
    r.add_argument("--sign-key", metavar="FILE", help="the organisation's Ed25519 private key (PEM) to sign with")
    r.add_argument(
        "--lang", choices=LANGS, default=None, help="language of the PDF and the advisory (default: your locale's)"
    )
    r.add_argument("--out", metavar="DIR", help="folder for the receipt files (default: your documents folder)")

    v = sub.add_parser("verify", help="check that a receipt has not been changed (and who signed it)")
    v.add_argument("receipt", metavar="RECEIPT.json")
    v.add_argument("--public-key", metavar="FILE", help="the organisation's Ed25519 public key (PEM)")

    h = sub.add_parser("history", help="show the register of checks made on this computer")
    h.add_argument("--csv", metavar="FILE", help="export the register to a CSV file instead")

    commands.update({"receipt": cmd_receipt, "verify": cmd_verify, "history": cmd_history})


# --- receipt ----------------------------------------------------------------------------------


def _usage(message: str) -> Exception:
    from app.cli import UsageError

    return UsageError(message)


def _prepare_out_dir(text: str | None) -> Path:
    """Create the folder before touching the phone: a receipt that cannot be saved is no check at all."""
    from app.core.atomic import clean_stale_temporaries

    out = Path(text).expanduser() if text else default_out_dir()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _usage(f"the folder {out} cannot be created ({exc.strerror or exc})") from None
    if not out.is_dir() or not os.access(out, os.W_OK):
        raise _usage(f"the folder {out} cannot be written to")
    clean_stale_temporaries(out)
    return out


def _write_pair(out: Path, stem: str, json_data: bytes, pdf_data: bytes) -> tuple[Path, Path]:
    """Write ``<stem>.json`` then ``<stem>.pdf``, each atomically, never replacing an existing receipt."""
    from app.core.atomic import write_new_file

    for n in range(1, _MAX_SAME_STEM + 1):
        name = stem if n == 1 else f"{stem}-{n}"
        json_path, pdf_path = out / f"{name}.json", out / f"{name}.pdf"
        if os.path.lexists(pdf_path):
            continue
        try:
            write_new_file(json_path, json_data)
        except FileExistsError:
            continue
        try:
            write_new_file(pdf_path, pdf_data)
        except FileExistsError:  # another program took the PDF name in between: move on, as a pair
            json_path.unlink()
            continue
        return json_path, pdf_path
    raise FileExistsError(f"{out / stem}.json and {_MAX_SAME_STEM - 1} numbered copies exist already")


def cmd_receipt(args: argparse.Namespace) -> int:
    """Scan, seal, write JSON and PDF, record in the register; the exit code is the verdict's."""
    from app import cli
    from app.core.receipt import (
        ReceiptKeyError,
        build_receipt,
        dumps_receipt,
        load_signing_key,
        receipt_stem,
        seal,
    )
    from app.core.register import Register, RegisterError
    from app.core.scope import ScopeValue
    from app.device.transports import open_session
    from app.i18n import language_from_environment

    args.lang = args.lang or language_from_environment()
    set_language(args.lang)
    if not args.name.strip():
        raise _usage("--name needs the name of the person whose phone is checked")
    signing_key = None
    if args.sign_key:
        try:
            signing_key = load_signing_key(args.sign_key)
        except ReceiptKeyError as exc:
            raise _usage(str(exc)) from None
    out = _prepare_out_dir(args.out)
    policy = cli._load_policy(None)

    with open_session(args.device, log=cli._log_to_stderr(args.debug)) as session:
        assessment = cli._scan(session, policy, args.ownership)

    advisory_text = None
    acknowledged = False
    if assessment.scope.value is ScopeValue.OUT_OF_SCOPE:
        advisory_text = policy.text("advisory", args.lang)
        acknowledged = bool(args.acknowledge_advisory)
    elif args.acknowledge_advisory:
        sys.stderr.write(
            translate(
                "Cli", "The advisory is for phones the ban does not cover; --acknowledge-advisory was not recorded."
            )
            + "\n"
        )
    receipt = seal(
        build_receipt(
            assessment,
            name=args.name,
            employee_id=args.employee_id,
            helpdesk_agent=args.helpdesk_agent,
            advisory_text=advisory_text,
            advisory_lang=args.lang,
            acknowledged=acknowledged,
            lang=args.lang,
        ),
        signing_key,
    )
    from app.gui.receipt_pdf import pdf_bytes

    # The PDF is drawn before anything is written, so a drawing failure leaves no half receipt behind.
    pdf = pdf_bytes(receipt, args.lang)
    json_path, pdf_path = _write_pair(out, receipt_stem(receipt), dumps_receipt(receipt), pdf)

    sys.stdout.write(cli._summary(assessment) + "\n")
    if advisory_text:
        if acknowledged:
            head = translate("Cli", "Advice (acknowledged): {0}")
        else:
            head = translate("Cli", "Advice (not acknowledged): {0}")
        sys.stdout.write("\n" + head.format(advisory_text) + "\n")
    sys.stdout.write("\n" + translate("Cli", "Receipt written:") + f"\n  {json_path}\n  {pdf_path}\n")
    sys.stdout.flush()
    try:
        Register().record_receipt(receipt, json_path.resolve())
    except RegisterError as exc:
        sys.stderr.write(
            translate("Cli", "The receipt was written, but the register could not record it: {0}").format(exc) + "\n"
        )
    code: int = assessment.status.exit_code
    return code


# --- verify -----------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the digest (and, given a key, the signature) holds, 1 when not; say which part failed."""
    from app.core.receipt import ReceiptKeyError, load_public_key, parse_receipt, verify_receipt_bytes

    public_key = None
    if args.public_key:
        try:
            public_key = load_public_key(args.public_key)
        except ReceiptKeyError as exc:
            raise _usage(str(exc)) from None
    path = Path(args.receipt)
    try:
        data = path.read_bytes()
    except OSError as exc:
        sys.stdout.write(
            translate("Cli", "The receipt file {0} cannot be read ({1}).").format(path, exc.strerror or exc) + "\n"
        )
        return EXIT_NOT_VERIFIED
    result = verify_receipt_bytes(data, public_key)
    if result.digest_ok:
        doc = parse_receipt(data)
        person = (doc.get("person") or {}).get("name")
        device = doc.get("device") or {}
        sys.stdout.write(
            translate("Cli", "Receipt of {0}, checked {1}, {2} {3}: {4}.").format(
                person, doc.get("checked_at"), device.get("manufacturer"), device.get("model"), doc.get("status")
            )
            + "\n"
        )
    for message in result.messages:
        sys.stdout.write(message + "\n")
    holds = translate("Cli", "The receipt holds.") if result.ok else translate("Cli", "The receipt does NOT hold.")
    sys.stdout.write(holds + "\n")
    return 0 if result.ok else EXIT_NOT_VERIFIED


# --- history ----------------------------------------------------------------------------------


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def cmd_history(args: argparse.Namespace) -> int:
    """Print the register (date, person, phone, ownership, status, receipt), or export it with --csv."""
    from app.core.register import Register, RegisterError

    register = Register()
    try:
        if args.csv:
            count = register.export_csv(Path(args.csv).expanduser())
            sys.stdout.write(f"{count} check(s) exported to {args.csv}.\n")
            return 0
        rows = register.history()
    except (RegisterError, OSError) as exc:
        sys.stderr.write(f"The register could not be read or exported: {exc}\n")
        return EXIT_SOFTWARE
    if not rows:
        sys.stdout.write(f"No check has been recorded yet (register: {register.path}).\n")
        return 0
    table: list[tuple[str, ...]] = [("Date", "Person", "Phone", "Ownership", "Status", "Receipt")]
    for row in rows:
        when = row.checked_at.replace("T", " ").removesuffix("Z")[:16] + " UTC"
        table.append((when, row.person, row.model or "", row.ownership, row.status, row.receipt_path or ""))
    sys.stdout.write(_table(table) + "\n")
    return 0
