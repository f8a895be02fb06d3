"""The chat layout's pieces: the other person's line, the learner's reply, scene headings, chips."""

from __future__ import annotations

import html

from relint_desktop.core.rubric import is_green, is_red
from relint_desktop.gui.qt import QtWidgets, Qt
from relint_desktop.gui.theme import colours_for

LABEL_NAMES = {
    "hijack": "Hijacked", "judge": "Judged", "fix": "Fixed too soon", "dismiss": "Dismissed",
    "escalate": "Escalated", "weaponize": "Weaponised", "interrogate": "Interrogated",
    "clarify": "Clarified", "mirror": "Mirrored", "appreciate": "Appreciated", "validate": "Validated",
    "permission": "Asked permission",
}
GRADE_NAMES = {"good": "Good", "mixed": "Mixed", "poor": "Missed", "neutral": "Neutral"}


def label_name(label: str) -> str:
    """The words a chip shows for a label id."""
    return LABEL_NAMES.get(label, label.capitalize())


def styled(widget, role: str):
    """Give a widget a theme role (theme.py paints it) and return it."""
    widget.setProperty("role", role)
    return widget


def chip(label: str) -> QtWidgets.QLabel:
    """A small coloured tag for one label: red for what breaks trust, green for what builds it."""
    role = "chip-red" if is_red(label) else "chip-green" if is_green(label) else "chip-neutral"
    widget = styled(QtWidgets.QLabel(label_name(label)), role)
    kind = "breaks trust" if is_red(label) else "builds trust" if is_green(label) else ""
    widget.setAccessibleName(f"{label_name(label)}{', ' + kind if kind else ''}")
    widget.setObjectName(f"chip-{label}")
    return widget


def chip_row(labels, grade: str | None = None) -> QtWidgets.QWidget:
    """A row of chips (or a neutral note when there are no labels)."""
    row = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    if grade:
        layout.addWidget(styled(QtWidgets.QLabel(GRADE_NAMES.get(grade, grade)), "chip-info"))
    for label in labels:
        layout.addWidget(chip(label))
    if not labels:
        layout.addWidget(styled(QtWidgets.QLabel("No labels"), "chip-neutral"))
    layout.addStretch(1)
    return row


def highlighted_html(text: str, spans) -> str:
    """The reply as rich text, each labelled span coloured red or green (overlaps keep the first)."""
    colours = colours_for(None)
    out, pos = [], 0
    for start, end, label in sorted(spans):
        if start < pos or end <= start or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        fg, bg = ((colours.red, colours.red_bg) if is_red(label) else (colours.green, colours.green_bg))
        out.append(f'<span style="background:{bg}; color:{fg}; font-weight:600; text-decoration: underline;" '
                   f'title="{html.escape(label_name(label))}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class Bubble(QtWidgets.QFrame):
    """One message in the chat: a name line and the words, on the left (them) or right (you)."""

    def __init__(self, name: str, detail: str, body: str, own: bool, rich: bool = False):
        super().__init__()
        styled(self, "bubble-own" if own else "bubble-other")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        head = QtWidgets.QLabel(f"<b>{html.escape(name)}</b>" + (
            f" <span>· {html.escape(detail)}</span>" if detail else ""))
        head.setObjectName("bubble-name")
        layout.addWidget(head)
        self.text_label = QtWidgets.QLabel()
        self.text_label.setObjectName("bubble-text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.text_label.setText(body)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred,
                                      QtWidgets.QSizePolicy.Policy.Minimum)
        layout.addWidget(self.text_label)
        self.plain_text = body if not rich else ""
        self.spans = ()
        self.setAccessibleName(f"{'You' if own else name}: ")

    def restyle(self) -> None:
        """Paint the highlights again in the current theme's colours."""
        if self.spans:
            self.text_label.setText(highlighted_html(self.plain_text, self.spans))

    def text(self) -> str:
        """The words as a person reads them."""
        return self.text_label.text() if self.text_label.textFormat() == Qt.TextFormat.PlainText \
            else self.plain_text


def line_bubble(item) -> QtWidgets.QWidget:
    """The other person's line, on the left, with their mood."""
    bubble = Bubble(item.name, f"feeling {item.mood}" if item.mood else "", item.text, own=False)
    bubble.setObjectName("line-bubble")
    bubble.setAccessibleName(f"{item.name}, feeling {item.mood}: {item.text}")
    return _row(bubble, own=False)


def reply_bubble(item, highlight: bool) -> QtWidgets.QWidget:
    """The learner's reply, on the right; with its labelled words highlighted when coached."""
    if highlight and item.spans:
        bubble = Bubble("You", "", highlighted_html(item.reply, item.spans), own=True, rich=True)
        bubble.plain_text = item.reply
        bubble.spans = item.spans
    else:
        bubble = Bubble("You", "", item.reply, own=True)
    bubble.setObjectName("reply-bubble")
    bubble.setAccessibleName(f"You said: {item.reply}")
    return _row(bubble, own=True)


def scene_heading(title: str) -> QtWidgets.QLabel:
    """A heading where a new scene opens."""
    label = styled(QtWidgets.QLabel(f"— {title} —"), "scene")
    label.setObjectName("scene-heading")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(f"Scene: {title}")
    return label


def _row(bubble: QtWidgets.QWidget, own: bool) -> QtWidgets.QWidget:
    row = QtWidgets.QWidget()
    row.setObjectName("reply-row" if own else "line-row")
    layout = QtWidgets.QHBoxLayout(row)
    layout.setContentsMargins(0, 2, 0, 2)
    if own:
        layout.addStretch(1)
    layout.addWidget(bubble, 4)
    if not own:
        layout.addStretch(1)
    row.bubble = bubble
    return row
