"""Result: the verdict large and clear, each finding, the policy's own words, what is not covered."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import Assessment, Status
from app.core.remediation import ActionRecord
from app.gui.models import FindingsModel
from app.gui.pages.base import Page, set_text, wrapped_label
from app.gui.texts import scope_reason, status_explanation, status_headline, where_text
from app.resources import resource_path

COLOURS = {
    Status.COMPLIANT: ("#E8F5E9", "#1B5E20", "status_ok"),
    Status.NON_COMPLIANT: ("#FFEBEE", "#B71C1C", "status_stop"),
    Status.ADVISORY: ("#FFF3E0", "#8A3B00", "status_warning"),
    Status.UNDETERMINED: ("#FFF3E0", "#8A3B00", "status_warning"),
    Status.INCOMPLETE: ("#FFF3E0", "#8A3B00", "status_incomplete"),
}


class ResultPage(Page):
    def __init__(self, lang_getter: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.done_actions: list[ActionRecord] = []
        self.lang = "en"
        self.banner = QFrame()
        self.banner.setObjectName("verdict")
        banner_layout = QHBoxLayout(self.banner)
        from PySide6.QtSvgWidgets import QSvgWidget

        self.icon = QSvgWidget()
        self.icon.setFixedSize(56, 56)
        banner_layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName("verdict")
        self.explanation = wrapped_label()
        texts.addWidget(self.headline)
        texts.addWidget(self.explanation)
        banner_layout.addLayout(texts, 1)
        self.body.addWidget(self.banner)

        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.body.addWidget(self.table)

        self.done = wrapped_label()
        self.done.setAccessibleName("what was done")
        self.body.addWidget(self.done)
        self.unreadable = wrapped_label()
        self.unreadable.setStyleSheet("QLabel { background: #FFF3E0; padding: 6px; border-radius: 6px; }")
        self.body.addWidget(self.unreadable)
        self.details = wrapped_label(selectable=True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(False)
        self.body.addWidget(self.details, 1)
        self.retranslate()

    def show_assessment(self, assessment: Assessment, lang: str, actions: list[ActionRecord] | None = None) -> None:
        self.assessment = assessment
        self.done_actions = list(actions or [])
        self.lang = lang
        self.model.set_findings(list(assessment.findings))
        self.retranslate()

    def _action_text(self, r: ActionRecord) -> str:
        app = self.assessment.policy.app_for(r.package) if self.assessment else None
        name = app.app if app else r.package
        where = where_text(r.user, False, False)
        if not r.ok:
            return "✗ " + self.tr("{0} ({1}): the phone refused ({2})").format(name, where, r.output)
        if r.command.startswith("pm disable-user"):
            return "✓ " + self.tr("{0} ({1}): disabled").format(name, where)
        return "✓ " + self.tr("{0} ({1}): removed").format(name, where)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("The result"))
        a = self.assessment
        if a is None:
            self.intro.setText("")
            return
        ident = a.inventory.identity
        self.intro.setText(
            self.tr("{0} {1}, Android {2}. {3} apps checked.").format(
                ident.manufacturer[:1].upper() + ident.manufacturer[1:],  # Samsung reports "samsung"
                ident.model,
                ident.android_release,
                a.inventory.packages_scanned,
            )
        )
        background, colour, icon = COLOURS[a.status]
        self.banner.setStyleSheet(f"QFrame#verdict {{ background: {background}; border-radius: 8px; }}")
        self.headline.setStyleSheet(f"color: {colour};")
        self.icon.load(str(resource_path("icons", f"{icon}.svg")))
        self.headline.setText(status_headline(a.status))
        self.explanation.setText(status_explanation(a.status))
        done = [self._action_text(r) for r in self.done_actions]
        self.done.setText((self.tr("What was done:") + "\n" + "\n".join(done)) if done else "")
        self.done.setVisible(bool(done))
        self.table.setVisible(bool(a.findings))
        rows_height = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + 4)
        if a.inventory.users_unreadable:
            users = ", ".join(str(u) for u in a.inventory.users_unreadable)
            self.unreadable.setText(
                self.tr(
                    "Could not be read: user or profile {0} (on Samsung phones this is usually the Secure "
                    "Folder). Open it on the phone, look through its apps, and remove any banned app by hand."
                ).format(users)
            )
        self.unreadable.setVisible(bool(a.inventory.users_unreadable))
        p = a.policy
        # Rich text, so everything put into it is escaped: reasons carry names the phone reported.
        e = html.escape
        reasons = "".join(f"<li>{e(scope_reason(r))}</li>" for r in a.scope.reasons)
        rule_words = ""
        if a.findings:
            rule = p.rule(a.findings[0].rule)
            says = self.tr("The decision says:")
            rule_words = f"<p><b>{html.escape(says)}</b> “{html.escape(rule.in_language(self.lang))}”</p>"
        sources = "; ".join(s.title for s in p.sources[:2])
        # Whole sentences with their colon: lupdate cannot see tr() inside f-strings, and French
        # puts a space before the colon.
        why = self.tr("Why this phone is or is not covered:")
        covers = self.tr("What the decision covers:")
        source = self.tr("Source: {0}").format(sources)
        self.details.setText(
            f"<p><b>{e(why)}</b></p><ul>{reasons}</ul>{rule_words}"
            f"<p><b>{e(covers)}</b> {e(p.text('scope', self.lang))}</p><p><small>{e(source)}</small></p>"
        )
        set_text(
            self.primary_button,
            {
                Status.NON_COMPLIANT: self.tr("&Remove it…"),
                Status.ADVISORY: self.tr("&Continue"),
                Status.UNDETERMINED: self.tr("&Say who pays"),
                Status.COMPLIANT: self.tr("&Make a receipt"),
                Status.INCOMPLETE: self.tr("&Make a receipt"),
            }[a.status],
        )
