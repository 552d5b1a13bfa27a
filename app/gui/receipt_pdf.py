"""The receipt as a one-page A4 PDF for people, drawn by Qt's QPdfWriter and QTextDocument without a display.

The PDF is the readable copy; the JSON next to it is the evidence. So the PDF shows everything a
person or an auditor looks for at a glance, and its footer carries the digest (also as a QR code)
that ties it to the JSON, which ``phone-selfcheck verify`` checks.

Every fixed text goes through ``translate("ReceiptPdf", ...)`` so lupdate finds it
and a ``resources/i18n/phone-selfcheck_<lang>.qm`` translation, when present, is used.
"""

from __future__ import annotations

import html
import io
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from app import TOOL_NAME, __version__
from app.core.atomic import write_new_file
from app.core.receipt import ReceiptError, receipt_stem
from app.resources import resource_path

__all__ = ["pdf_bytes", "render_pdf", "translation_file"]

_RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text stays vector at any zoom
_MARGIN_MM = 14.0
_QR_MM = 24.0
_FOOTER_GAP_MM = 4.0
_FONT = "DejaVu Sans"
_CSS_DPI = 96  # QTextDocument reads HTML sizes (img width, padding) as CSS pixels of 1/96 inch

_GREEN = "#1e7b34"
_RED = "#b3261e"
_AMBER = "#b06000"
_GREY = "#5f6368"
_RULE = "#c4c7c5"

_APP_REF: list[QGuiApplication] = []  # keeps an application we made alive for the process's life


def _ensure_gui_app() -> None:
    """QPdfWriter and fonts need a QGuiApplication; make one (offscreen) when the CLI has none.

    Offscreen unless the environment asks for another platform: a receipt needs no screen, and the
    command line must work on a helpdesk server without one.
    """
    app = QCoreApplication.instance()
    if app is None:
        import os

        argv = ["phone-selfcheck"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        _APP_REF.append(QGuiApplication(argv))
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("the PDF receipt needs a QGuiApplication, but a plain QCoreApplication is running")


def translation_file(lang: str) -> Path:
    """Where the compiled translation for ``lang`` lives (the languages issue fills ``resources/i18n``)."""
    return resource_path("i18n", f"phone-selfcheck_{lang}.qm")


_local = threading.local()


def translate(context: str, text: str) -> str:
    """``text`` in the receipt's language (lupdate finds these calls by their name).

    The receipt's language is chosen apart from the window's, and receipts are drawn on a worker
    thread: so its translator is never installed application-wide (that would retranslate the
    window, from the wrong thread), but asked directly.
    """
    translator: QTranslator | None = getattr(_local, "translator", None)
    if translator is None:
        return text
    return translator.translate(context, text) or text


@contextmanager
def _translated(lang: str) -> Iterator[None]:
    """Use ``lang``'s translation for one rendering on this thread only."""
    translator = QTranslator()
    path = translation_file(lang)
    loaded = lang != "en" and path.is_file() and translator.load(str(path))
    _local.translator = translator if loaded else None
    try:
        yield
    finally:
        _local.translator = None


# --------------------------------------------------------------------------------------------------
# Texts


def _reasons_in_language(receipt: Mapping[str, Any]) -> list[str]:
    """The scope reasons in the receipt's language, rebuilt from their codes; English where that fails."""
    from app.core.scope import reason_for

    scope = receipt.get("scope") or {}
    texts = [str(t) for t in scope.get("reasons") or []]
    codes = [str(c) for c in scope.get("reason_codes") or []]
    owner = (receipt.get("signals") or {}).get("device_owner")
    out = []
    for n, text in enumerate(texts):
        reason = reason_for(codes[n], text, owner) if n < len(codes) else None
        out.append(translate("Scope", reason.template).format(*reason.args) if reason else text)
    return out


def _verdict(status: str) -> tuple[str, str, str]:
    """The verdict's large word, its one-sentence meaning and its colour."""
    if status == "compliant":
        return (
            translate("ReceiptPdf", "Compliant"),
            translate("ReceiptPdf", "No banned app is on this phone, and every user and profile was read."),
            _GREEN,
        )
    if status == "non_compliant":
        return (
            translate("ReceiptPdf", "Not compliant"),
            translate(
                "ReceiptPdf",
                "A banned app is on this phone, and the ban covers this phone: it must be removed.",
            ),
            _RED,
        )
    if status == "advisory":
        return (
            translate("ReceiptPdf", "Advisory"),
            translate(
                "ReceiptPdf",
                "A banned app is on this phone. The ban does not cover this phone, "
                "but the owner is advised to remove it.",
            ),
            _AMBER,
        )
    if status == "undetermined":
        return (
            translate("ReceiptPdf", "Undetermined"),
            translate(
                "ReceiptPdf",
                "A banned app is on this phone. Whether the ban covers it depends on who pays for the phone.",
            ),
            _AMBER,
        )
    if status == "incomplete":
        return (
            translate("ReceiptPdf", "Incomplete"),
            translate(
                "ReceiptPdf",
                "No banned app was found, but part of the phone could not be read, so the check is incomplete.",
            ),
            _AMBER,
        )
    return (html.escape(status), translate("ReceiptPdf", "Unknown result."), _AMBER)


def _ownership(value: str) -> str:
    return {
        "service": translate("ReceiptPdf", "The authority pays for it fully (service phone)"),
        "shared": translate("ReceiptPdf", "The authority pays for it partly"),
        "personal": translate("ReceiptPdf", "The person pays for it (personal phone)"),
        "auto": translate("ReceiptPdf", "Decided from the phone's own management signals"),
    }.get(value, value)


def _scope(value: str) -> str:
    return {
        "in_scope": translate("ReceiptPdf", "Covered by the ban"),
        "out_of_scope": translate("ReceiptPdf", "Not covered by the ban"),
        "undetermined": translate("ReceiptPdf", "Not determined"),
    }.get(value, value)


def _finding_state(finding: Mapping[str, Any]) -> str:
    return {
        "uninstall_for_user": translate("ReceiptPdf", "Must be removed"),
        "none": translate("ReceiptPdf", "Preinstalled and disabled: counts as removed"),
        "advisory": translate("ReceiptPdf", "Removal advised"),
        "confirm_ownership": translate("ReceiptPdf", "Depends on who pays for the phone"),
    }.get(str(finding.get("action")), str(finding.get("action")))


def _where(user: object, work_profile: bool, system: bool) -> str:
    if work_profile:
        side = translate("ReceiptPdf", "work profile (user %1)").replace("%1", str(user))
    elif user == 0:
        side = translate("ReceiptPdf", "main user")
    else:
        side = translate("ReceiptPdf", "user %1").replace("%1", str(user))
    if system:
        side += translate("ReceiptPdf", ", preinstalled")
    return side


def _fill(template: str, *values: str) -> str:
    """Qt's ``%1 %2`` placeholders filled in one pass, so a value that holds "%2" is never filled again."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _time(value: object) -> str:
    """``2026-11-29T13:45:00Z`` as ``2026-11-29 13:45 UTC``: unambiguous in every language."""
    text = str(value or "")
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]} UTC"
    return text


# --------------------------------------------------------------------------------------------------
# HTML


def _row(label: str, value: str) -> str:
    return f'<tr><td class="label" width="22%">{label}</td><td>{value}</td></tr>'


def _action_text(action: Mapping[str, Any]) -> str:
    mark = translate("ReceiptPdf", "done") if action.get("ok") else translate("ReceiptPdf", "failed")
    when = f" · {_e(_time(action.get('at')))}" if action.get("at") else ""
    return f'<span class="mono">{_e(action.get("command"))}</span><br>{_e(action.get("output"))} ({mark}){when}'


def _outcome(actions: Sequence[Mapping[str, Any]]) -> str:
    done = [a for a in actions if a.get("ok")]
    if not done:
        return translate("ReceiptPdf", "Removal failed")
    if str(done[-1].get("command", "")).startswith("pm disable-user"):
        return translate("ReceiptPdf", "Disabled for this user")
    return translate("ReceiptPdf", "Removed for this user")


def _findings_html(receipt: Mapping[str, Any]) -> str:
    nothing_yet = translate("ReceiptPdf", "Nothing yet")
    # Actions do not say whether their user is a work profile; the phone's signals do.
    work_users = set((receipt.get("signals") or {}).get("work_profile_users") or [])
    findings: list[Mapping[str, Any]] = list(receipt.get("findings") or [])
    actions: list[Mapping[str, Any]] = list(receipt.get("actions") or [])
    if not findings and not actions:
        none_found = translate("ReceiptPdf", "No banned app was found.")
        return f"<p>{none_found}</p>"
    by_key: dict[tuple[str, object], list[Mapping[str, Any]]] = {}
    for a in actions:
        by_key.setdefault((str(a.get("package")), a.get("user")), []).append(a)
    head = "".join(
        f'<th align="left">{t}</th>'
        for t in (
            translate("ReceiptPdf", "App"),
            translate("ReceiptPdf", "Where"),
            translate("ReceiptPdf", "State"),
            translate("ReceiptPdf", "What was done"),
        )
    )
    rows = []
    seen: set[tuple[str, object]] = set()
    for f in findings:
        key = (str(f.get("package")), f.get("user"))
        seen.add(key)
        done = by_key.get(key, [])
        version = f" {_e(f.get('version_name'))}" if f.get("version_name") else ""
        rows.append(
            "<tr>"
            f"<td><b>{_e(f.get('app'))}</b>{version}<br>"
            f'<span class="small">{_e(f.get("package"))}</span></td>'
            f"<td>{_e(_where(f.get('user'), bool(f.get('work_profile')), bool(f.get('system'))))}</td>"
            f"<td>{_e(_finding_state(f))}</td>"
            f"<td>{'<br>'.join(_action_text(a) for a in done) or nothing_yet}</td>"
            "</tr>"
        )
    for key, done in by_key.items():
        if key in seen:
            continue
        app = done[0].get("app") or key[0]
        rows.append(
            "<tr>"
            f'<td><b>{_e(app)}</b><br><span class="small">{_e(key[0])}</span></td>'
            f"<td>{_e(_where(key[1], key[1] in work_users, False))}</td>"
            f"<td>{_e(_outcome(done))}</td>"
            f"<td>{'<br>'.join(_action_text(a) for a in done)}</td>"
            "</tr>"
        )
    table = '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
    return f"{table}<tr>{head}</tr>{''.join(rows)}</table>"


def _advisory_html(receipt: Mapping[str, Any]) -> str:
    advisory = receipt.get("advisory") or {}
    if not advisory.get("text"):
        return ""
    if advisory.get("acknowledged"):
        ack = translate("ReceiptPdf", "Read and acknowledged by the person on %1.").replace(
            "%1", _e(_time(advisory.get("acknowledged_at")))
        )
    else:
        ack = translate("ReceiptPdf", "Not acknowledged.")
    heading = translate("ReceiptPdf", "Advice shown to the person")
    return f'<h2>{heading}</h2><p class="quote">{_e(advisory.get("text"))}</p><p><b>{ack}</b></p>'


def _body_html(receipt: Mapping[str, Any]) -> str:
    word, sentence, colour = _verdict(str(receipt.get("status")))
    device = receipt.get("device") or {}
    policy = receipt.get("policy") or {}
    person = receipt.get("person") or {}
    scope = receipt.get("scope") or {}

    who = f"<b>{_e(person.get('name'))}</b>"
    if person.get("employee_id"):
        who += " · " + translate("ReceiptPdf", "employee ID %1").replace("%1", _e(person.get("employee_id")))
    phone = f"<b>{_e(device.get('manufacturer'))} {_e(device.get('model'))}</b> · " + _fill(
        translate("ReceiptPdf", "Android %1 (SDK %2)"),
        _e(device.get("android_release")),
        _e(device.get("sdk")),
    )
    if device.get("serial"):
        serial = f'<span class="mono">{_e(device.get("serial"))}</span>'
    elif device.get("serial_sha256"):
        serial = translate("ReceiptPdf", "kept only as a fingerprint (SHA-256) %1").replace(
            "%1", f'<span class="mono small">{_e(device.get("serial_sha256"))}</span>'
        )
    else:
        serial = translate("ReceiptPdf", "not reported by the phone")
    review = (
        translate("ReceiptPdf", "review by %1").replace("%1", _e(policy.get("review_by")))
        if policy.get("review_by")
        else translate("ReceiptPdf", "no review date")
    )
    if policy.get("review_overdue"):
        overdue = translate("ReceiptPdf", "(review overdue)")
        review += f' <span style="color:{_AMBER}"><b>{overdue}</b></span>'
    policy_text = (
        f"<b>{_e(policy.get('title') or policy.get('id'))}</b><br>"
        + _fill(
            translate("ReceiptPdf", "%1, version %2, in force since %3"),
            _e(policy.get("id")),
            _e(policy.get("version")),
            _e(policy.get("effective_from")),
        )
        + f"; {review}"
    )
    reasons = "".join(f"<br>– {_e(t)}" for t in _reasons_in_language(receipt))
    scope_text = f"<b>{_e(_scope(str(scope.get('value'))))}</b>{reasons}"
    users = ", ".join(str(u) for u in receipt.get("users_scanned") or []) or "–"
    scanned = _fill(
        translate("ReceiptPdf", "%1 apps checked in users %2"),
        _e(receipt.get("packages_scanned")),
        _e(users),
    )
    unreadable = receipt.get("users_unreadable") or []
    if unreadable:
        scanned += (
            f'; <span style="color:{_AMBER}"><b>'
            + translate("ReceiptPdf", "could not read users %1").replace("%1", _e(", ".join(map(str, unreadable))))
            + "</b></span>"
        )
    agent = _e(receipt.get("helpdesk_agent")) or translate("ReceiptPdf", "none (self-check)")

    rows = "".join(
        (
            _row(translate("ReceiptPdf", "Person"), who),
            _row(translate("ReceiptPdf", "Phone"), phone),
            _row(translate("ReceiptPdf", "Serial number"), serial),
            _row(translate("ReceiptPdf", "Checked on"), _e(_time(receipt.get("checked_at")))),
            _row(translate("ReceiptPdf", "Helpdesk agent"), agent),
            _row(
                translate("ReceiptPdf", "Who pays"),
                _e(_ownership(str(receipt.get("ownership")))),
            ),
            _row(translate("ReceiptPdf", "Policy"), policy_text),
            _row(translate("ReceiptPdf", "Scope"), scope_text),
            _row(translate("ReceiptPdf", "Scan"), scanned),
        )
    )
    kicker = translate("ReceiptPdf", "Phone Self-Check · compliance receipt")
    findings_heading = translate("ReceiptPdf", "Banned apps found and what was done")
    return f"""
<p class="small grey">{kicker}</p>
<table width="100%" cellspacing="0" cellpadding="10" bgcolor="{colour}">
<tr><td><span class="verdict">{_e(word)}</span><br><span class="sentence">{_e(sentence)}</span></td></tr>
</table>
<table class="details" width="100%" cellspacing="0" cellpadding="3">{rows}</table>
<h2>{findings_heading}</h2>
{_findings_html(receipt)}
{_advisory_html(receipt)}
"""


def _footer_html(receipt: Mapping[str, Any], qr_px: int) -> str:
    integrity = receipt.get("integrity") or {}
    signature = integrity.get("signature")
    if isinstance(signature, Mapping):
        signed = translate("ReceiptPdf", "Signed with Ed25519, key ID %1").replace(
            "%1", f'<span class="mono">{_e(signature.get("key_id"))}</span>'
        )
    else:
        signed = translate("ReceiptPdf", "Not signed")
    digest = str(integrity.get("sha256") or "")
    # Two halves on two lines: a 64-character word would otherwise overflow the cell.
    digest_html = f'<span class="mono">{_e(digest[:32])}<br>{_e(digest[32:])}</span>'
    try:
        json_name = receipt_stem(receipt) + ".json"
    except ReceiptError:
        json_name = "RECEIPT.json"
    check = translate("ReceiptPdf", "Check the JSON receipt with: %1").replace(
        "%1", f'<span class="mono">phone-selfcheck verify {_e(json_name)}</span>'
    )
    made = _fill(translate("ReceiptPdf", "Made by %1 %2"), TOOL_NAME, __version__)
    digest_label = translate("ReceiptPdf", "Digest (SHA-256)")
    return f"""
<table width="100%" cellspacing="0" cellpadding="0" class="footer"><tr>
<td valign="top">
<b>{digest_label}</b><br>{digest_html}<br>
{signed}<br>{check}<br><span class="grey">{made}</span>
</td>
<td width="{qr_px}" align="right" valign="top">
<img src="receipt:qr.png" width="{qr_px}" height="{qr_px}"></td>
</tr></table>
"""


_CSS = f"""
body {{ font-family: '{_FONT}', 'Arial', sans-serif; font-size: 9.5pt; color: #202124; }}
.small {{ font-size: 8pt; }}
.grey {{ color: {_GREY}; }}
.mono {{ font-family: 'DejaVu Sans Mono', 'Consolas', monospace; font-size: 8pt; }}
.verdict {{ font-size: 26pt; font-weight: bold; color: white; }}
.sentence {{ font-size: 11pt; color: white; }}
h2 {{ font-size: 11.5pt; margin-top: 10px; margin-bottom: 4px; }}
td.label {{ color: {_GREY}; }}
table.details {{ margin-top: 10px; }}
table.grid {{ border-collapse: collapse; border: 0.5px solid {_RULE}; }}
table.grid th {{ background-color: #f1f3f4; font-size: 8.5pt; border: 0.5px solid {_RULE}; }}
table.grid td {{ border: 0.5px solid {_RULE}; font-size: 8.5pt; }}
.quote {{ font-style: italic; margin-left: 12px; }}
.footer {{ font-size: 8pt; }}
"""


# --------------------------------------------------------------------------------------------------
# Drawing


def _qr_image(digest: str) -> QImage:
    buffer = io.BytesIO()
    segno.make(digest or "-", error="m").save(buffer, kind="png", scale=8, border=1)
    image = QImage.fromData(buffer.getvalue())
    if image.isNull():  # pragma: no cover - segno always writes a valid PNG
        raise RuntimeError("the QR code could not be drawn")
    return image


def _document(body: str, writer: QPdfWriter, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # font points are laid out at the PDF's resolution
    font = QFont(_FONT)
    font.setPointSizeF(9.5)
    # No ligatures: "Sofie" must stay five letters for search and copy in a PDF viewer, not "So\ufb01e".
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    doc.setHtml(f"<html><body>{body}</body></html>")
    return doc


def _mm(writer: QPdfWriter, mm: float) -> float:
    return mm / 25.4 * writer.resolution()


def pdf_bytes(receipt: Mapping[str, Any], lang: str = "en") -> bytes:
    """Draw the receipt and return the PDF file's bytes (nothing is written to disk)."""
    _ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator(f"{TOOL_NAME} {__version__}")
    integrity = receipt.get("integrity") or {}
    digest = str(integrity.get("sha256") or "")
    with _translated(lang):
        writer.setTitle(translate("ReceiptPdf", "Compliance receipt"))
        width = float(writer.width())
        height = float(writer.height())
        qr_px = round(_QR_MM / 25.4 * _CSS_DPI)
        footer = _document(_footer_html(receipt, qr_px), writer, width)
        footer.addResource(QTextDocument.ResourceType.ImageResource, QUrl("receipt:qr.png"), _qr_image(digest))
        footer_height = footer.size().height()
        body_height = height - footer_height - _mm(writer, _FOOTER_GAP_MM)
        body = _document(_body_html(receipt), writer, width)
        body.setPageSize(QSizeF(width, body_height))  # QTextDocument then paginates without cutting lines
        painter = QPainter()
        if not painter.begin(writer):
            raise RuntimeError("the PDF could not be started")
        # Otherwise QPdfWriter may store the QR code as a JPEG, whose blur scanners dislike.
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        try:
            pages = body.pageCount()
            for page in range(pages):
                if page:
                    writer.newPage()
                painter.save()
                painter.translate(0, -page * body_height)
                body.drawContents(painter, QRectF(0, page * body_height, width, body_height))
                painter.restore()
                painter.save()
                painter.translate(0, height - footer_height)
                rule_y = -_mm(writer, _FOOTER_GAP_MM) / 2
                painter.setPen(QPen(QColor(_RULE), 2))
                painter.drawLine(0, round(rule_y), round(width), round(rule_y))
                footer.drawContents(painter)
                painter.restore()
        finally:
            painter.end()
    buffer.close()
    return bytes(data.data())


def render_pdf(receipt: Mapping[str, Any], path: str | Path, lang: str = "en") -> None:
    """Write the receipt's PDF to ``path`` atomically; an existing file is never replaced.

    Raises:
        FileExistsError: ``path`` exists.
    """
    write_new_file(path, pdf_bytes(receipt, lang))
