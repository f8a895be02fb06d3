"""The scenario library: cards grouped by relationship and difficulty, search, filters, broken files."""

from __future__ import annotations

from relint_desktop.core.rubric import RELATIONSHIPS
from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.qt import QtGui, QtWidgets, Qt, Signal
from relint_desktop.gui.scenario_card import DIFFICULTY_NAMES, RELATIONSHIP_NAMES, ScenarioCard

COLUMNS = 2


class LibraryView(QtWidgets.QWidget):
    """Every loaded scenario as a card; `open_requested(scenario_id)` when one is chosen."""

    open_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("library-view")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.heading = styled(QtWidgets.QLabel("Choose a conversation to practise"), "title")
        outer.addWidget(self.heading)
        outer.addLayout(self._filters())
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName("Scenarios")
        self.inner = QtWidgets.QWidget()
        self.groups = QtWidgets.QVBoxLayout(self.inner)
        self.groups.setContentsMargins(0, 0, 8, 0)
        self.scroll.setWidget(self.inner)
        outer.addWidget(self.scroll, 1)
        self.empty = styled(QtWidgets.QLabel("No scenario matches. Clear the search or the filters."), "muted")
        self.empty.setObjectName("library-empty")
        outer.addWidget(self.empty)
        self.problems = QtWidgets.QPlainTextEdit()
        self.problems.setObjectName("library-problems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName("Scenario files that could not be loaded")
        self.problems.setMaximumHeight(110)
        self.problems_title = styled(QtWidgets.QLabel("Some scenario files could not be loaded "
                                                      "(the others are ready):"), "heading")
        outer.addWidget(self.problems_title)
        outer.addWidget(self.problems)
        self.cards: dict[str, ScenarioCard] = {}
        self.set_library([], [])

    def _filters(self) -> QtWidgets.QLayout:
        row = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit()
        self.search.setObjectName("library-search")
        self.search.setPlaceholderText("Search titles, topics and notes  (Ctrl+F)")
        self.search.setAccessibleName("Search scenarios")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        row.addWidget(self.search, 2)
        self.relationship = self._combo("library-relationship", "Filter by relationship", "All relationships",
                                        [(r, RELATIONSHIP_NAMES[r]) for r in RELATIONSHIPS])
        row.addWidget(self.relationship, 1)
        self.difficulty = self._combo("library-difficulty", "Filter by difficulty", "All difficulties",
                                      list(DIFFICULTY_NAMES.items()))
        row.addWidget(self.difficulty, 1)
        find = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        return row

    def _combo(self, name, accessible, everything, items) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._refilter)
        return combo

    # -- filling ---------------------------------------------------------------------------
    def set_library(self, scenarios, diagnostics) -> None:
        """Show these scenarios, and list the problems of files that failed (FILE:LINE: CODE message)."""
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for scenario in scenarios:
            card = ScenarioCard(scenario)
            card.opened.connect(self.open_requested)
            card.step.connect(self._step)
            self.cards[scenario.id] = card
        lines = [str(d) for d in diagnostics]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self.problems_title.setVisible(bool(lines))
        self._refilter()

    def set_stats(self, stats) -> None:
        """Completion and best score per scenario id (values with .completed and .best)."""
        for scenario_id, card in self.cards.items():
            record = stats.get(scenario_id)
            card.set_record(record.completed if record else 0, record.best if record else None)

    def visible_cards(self) -> list[ScenarioCard]:
        """The cards the filters let through, in the order they are shown."""
        return self._order

    def focus_first(self) -> None:
        """Put the keyboard focus on the first card (or the search box when nothing shows)."""
        (self._order[0] if self._order else self.search).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- filtering and layout --------------------------------------------------------------
    def _matches(self, card: ScenarioCard) -> bool:
        words = self.search.text().casefold().split()
        relationship, difficulty = self.relationship.currentData(), self.difficulty.currentData()
        s = card.scenario
        return ((relationship is None or s.relationship == relationship)
                and (difficulty is None or s.difficulty == difficulty)
                and all(word in card.search_text() for word in words))

    def _refilter(self) -> None:
        while self.groups.count():
            item = self.groups.takeAt(0)
            widget = item.widget()
            if widget is not None:
                for card in widget.findChildren(ScenarioCard):
                    card.setParent(None)
                widget.setParent(None)
                widget.deleteLater()
        shown = [c for c in self.cards.values() if self._matches(c)]
        order = {r: i for i, r in enumerate(RELATIONSHIPS)}
        shown.sort(key=lambda c: (order.get(c.scenario.relationship, 99), c.scenario.difficulty, c.scenario.title))
        self._order = shown
        for card in self.cards.values():
            card.setVisible(card in shown)
        groups: dict[tuple[str, int], list[ScenarioCard]] = {}
        for card in shown:
            groups.setdefault((card.scenario.relationship, card.scenario.difficulty), []).append(card)
        for (relationship, difficulty), cards in groups.items():
            self.groups.addWidget(self._group(relationship, difficulty, cards))
        self.groups.addStretch(1)
        self.empty.setVisible(not shown and bool(self.cards))
        # The tab order follows the reading order of the cards.
        previous = self.difficulty
        for card in shown:
            QtWidgets.QWidget.setTabOrder(previous, card)
            previous = card

    def _group(self, relationship: str, difficulty: int, cards) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 8)
        title = styled(QtWidgets.QLabel(f"{RELATIONSHIP_NAMES.get(relationship, relationship)} · "
                                        f"{DIFFICULTY_NAMES.get(difficulty, difficulty)}"), "heading")
        title.setObjectName("library-group")
        layout.addWidget(title)
        grid = QtWidgets.QGridLayout()
        grid.setSpacing(10)
        for i, card in enumerate(cards):
            grid.addWidget(card, i // COLUMNS, i % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        return box

    def _open_first(self) -> None:
        if self._order:
            self.open_requested.emit(self._order[0].scenario.id)

    def _step(self, card: ScenarioCard, delta: int) -> None:
        if card in self._order:
            index = max(0, min(len(self._order) - 1, self._order.index(card) + delta))
            target = self._order[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(target)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Down from the search box goes to the cards, so the library can be browsed by arrows alone.
        if watched is self.search and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.focus_first()
            return True
        return super().eventFilter(watched, event)
