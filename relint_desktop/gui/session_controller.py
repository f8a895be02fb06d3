"""The logic of one run in the window: drives the engine, the progress store and speech.

It is handed its view (Mu's habit) and only calls plain methods on it with plain values, so a
test can drive it through the real ConversationView or anything with the same methods.
Every completed turn is recorded before the other person's next line is shown.
"""

from __future__ import annotations

from typing import Callable

from relint_desktop.core.engine import Engine, EngineError
from relint_desktop.core.events import (
    ChoicesOffered, LineSpoken, ReplyGraded, RunEnded, SceneStarted, TrustChanged, TypedReplyRequested,
)
from relint_desktop.core.evaluation import Evaluation
from relint_desktop.core.model import Scenario
from relint_desktop.core.rubric import ELEMENTS, is_green, is_red
from relint_desktop.core.state import RunState, TranscriptEntry, Turn
from relint_desktop.gui.run_items import OUTCOME_TITLES, DebriefData, FeedbackItem, LineItem, feedback_item

MAX_TYPED_CHARS = 2000
"""Typed replies longer than this are cut (with a note) before they are graded."""

class SessionController:
    """One run of one scenario, shown in `view` and (optionally) spoken by `speech`."""

    def __init__(self, view, scenario: Scenario, progress, speech=None, mode: str = "coached",
                 on_ended: Callable[[DebriefData], None] | None = None,
                 on_error: Callable[[str, str], None] | None = None):
        self.view = view
        self.scenario = scenario
        self.engine = Engine(scenario)
        self.progress = progress
        self.speech = speech
        self.mode = mode
        self.on_ended = on_ended
        self.on_error = on_error or (lambda code, message: None)
        self.state: RunState | None = None
        self.session: int | None = None
        self.debrief: DebriefData | None = None
        self._spans: dict[int, tuple[tuple[int, int, str], ...]] = {}
        self._transcript: list[LineItem | FeedbackItem] = []
        self._first_line_of_step = True

    # -- starting ------------------------------------------------------------------------
    def start(self) -> None:
        """A fresh run from the scenario's start node."""
        self.view.begin(self.scenario.title, self.scenario.learner_role)
        try:
            step = self.engine.start()
        except EngineError as exc:
            self.on_error("GUI-ENGINE", f"This scenario cannot start: {exc}")
            return
        self.state = step.state
        self.view.set_trust(self.state.trust, animate=False)
        self.session = self._guard(lambda: self.progress.start_session(self.scenario.id, self.state, self.mode))
        self._render(step.events)

    def start_at(self, node_id: str) -> None:
        """A fresh run that begins at one node (practising a moment missed before)."""
        if node_id not in self.scenario.nodes or self.scenario.node(node_id).ending is not None:
            self.start()
            return
        self.view.begin(self.scenario.title, self.scenario.learner_role)
        state = RunState(scenario_id=self.scenario.id, node=node_id, variables=dict(self.scenario.variables),
                         visits={node_id: 1})
        step = self.engine.resume(state)
        lines = tuple(TranscriptEntry(e.speaker, e.text, e.node, e.mood) for e in step.events
                      if isinstance(e, LineSpoken))
        self.state = state.evolve(transcript=lines)
        self.view.set_trust(self.state.trust, animate=False)
        self.session = self._guard(lambda: self.progress.start_session(self.scenario.id, self.state, self.mode))
        self.view.show_note("GUI-PRACTISE", "Practising a moment from an earlier run: try a different reply.")
        self._render(step.events)

    def resume(self, session: int, state: RunState) -> None:
        """Continue an interrupted run: the earlier turns are shown, then the current line again."""
        try:
            step = self.engine.resume(state)
        except EngineError as exc:
            self.on_error("GUI-RESUME-FAILED", f"The saved run could not be resumed: {exc}. Starting afresh.")
            self.start()
            return
        self.view.begin(self.scenario.title, self.scenario.learner_role)
        self.session, self.state = session, state
        self._show_history(state)
        self.view.set_trust(state.trust, animate=False)
        self.view.show_note("GUI-RESUMED", "Welcome back. You are continuing where you stopped.")
        self._render(step.events)

    # -- the learner's actions -----------------------------------------------------------
    def choose(self, position: int) -> None:
        """Pick the offered choice at this position (0-based, as shown)."""
        if self.state is None or self.state.ended or self._offered is None:
            return
        if not 0 <= position < len(self._offered):
            return
        self.view.clear_note()
        self._step(lambda: self.engine.choose(self.state, self._offered[position]))

    def reply(self, text: str) -> None:
        """Send a typed reply; empty replies get a note, huge ones are cut to MAX_TYPED_CHARS."""
        if self.state is None or self.state.ended or not self._typed:
            return
        self.view.clear_note()
        text = (text or "").replace("\x00", "").strip()
        if not text:
            self.view.show_note("GUI-EMPTY-REPLY", "Type a reply first: an empty reply can't be answered.")
            return
        if len(text) > MAX_TYPED_CHARS:
            text = text[:MAX_TYPED_CHARS]
            self.view.show_note("GUI-REPLY-CUT", f"Your reply was long, so only its first {MAX_TYPED_CHARS:,} "
                                                 "characters were used.")
        self._step(lambda: self.engine.reply(self.state, text))

    def take_break(self) -> None:
        """Stop here without penalty; the run stays open so it can be resumed."""
        self._stop_speech()

    def replay(self) -> None:
        """Say the last line again."""
        if self.speech is not None:
            self.speech.replay()

    def save_reflection(self, reflection: str, commitment: str) -> None:
        """Keep what the learner wrote at the debrief."""
        if self.session is None:
            return
        if reflection.strip():
            self._guard(lambda: self.progress.save_reflection(self.session, reflection.strip()))
        if commitment.strip():
            self._guard(lambda: self.progress.save_commitment(self.session, commitment.strip()))

    # -- internals -----------------------------------------------------------------------
    _offered: tuple[int, ...] | None = None
    _typed: bool = False

    def _step(self, action) -> None:
        self._stop_speech()
        try:
            step = action()
        except EngineError as exc:
            self.on_error("GUI-ENGINE", f"This step could not be taken: {exc}")
            return
        self.state = step.state
        self._offered, self._typed = None, False
        turn = self.state.turns[-1]
        # Nothing is lost: the turn is committed before anything new is shown.
        self._guard(lambda: self.progress.record_turn(self.session, turn, self.state))
        if self.state.ended:
            self._guard(lambda: self.progress.finish_session(self.session, self.state))
        self._render(step.events)

    def _render(self, events) -> None:
        self._first_line_of_step = True
        ending: RunEnded | None = None
        for event in events:
            if isinstance(event, SceneStarted):
                self.view.add_scene(event.title)
            elif isinstance(event, LineSpoken):
                item = LineItem(event.name, event.text, event.mood)
                self._transcript.append(item)
                self.view.add_line(item)
                self._speak(event)
            elif isinstance(event, ReplyGraded):
                item = self._feedback(event)
                self._transcript.append(item)
                self.view.add_reply(item, coached=self.mode == "coached")
            elif isinstance(event, TrustChanged):
                self.view.set_trust(event.after, animate=True)
            elif isinstance(event, ChoicesOffered):
                self._offered = event.indices
                self.view.offer_choices(list(event.texts))
            elif isinstance(event, TypedReplyRequested):
                self._typed = True
                self.view.ask_typed(event.prompt)
            elif isinstance(event, RunEnded):
                ending = event
        if ending is not None:
            self._end(ending)

    def _feedback(self, event: ReplyGraded) -> FeedbackItem:
        turn = self.state.turns[-1]
        spans = tuple((s.start, s.end, s.label) for s in event.evaluation.spans)
        self._spans[turn.index] = spans
        return feedback_item(turn, event.evaluation, event.feedback, spans,
                             self._try_instead(turn, event.evaluation))

    def _try_instead(self, turn: Turn, evaluation: Evaluation) -> str:
        if evaluation.grade == "good":
            return ""
        node = self.scenario.node(turn.node)
        if not turn.typed:
            # At a choice, the reply worth trying is one the learner could have picked.
            best = max(node.choices, key=lambda c: (not any(map(is_red, c.labels)), sum(map(is_green, c.labels))))
            if best.text != turn.reply and not any(map(is_red, best.labels)) and any(map(is_green, best.labels)):
                return best.text
        if evaluation.suggestion:
            return evaluation.suggestion
        if node.typed is not None and node.typed.exemplars:
            return node.typed.exemplars[0]
        return ""

    def _speak(self, event: LineSpoken) -> None:
        if self.speech is None:
            return
        character = self.scenario.characters.get(event.speaker)
        voice = character.voice if character else None
        try:
            if self._first_line_of_step:
                self.speech.say(event.text, voice, event.mood, event.speaker)
            else:
                self.speech.enqueue(event.text, voice, event.mood, event.speaker)
        except Exception as exc:  # speech is optional: a failing voice never stops the conversation
            self.on_error("GUI-SPEECH", f"The voice could not speak this line ({exc}).")
        self._first_line_of_step = False

    def _stop_speech(self) -> None:
        if self.speech is not None:
            try:
                self.speech.stop()
            except Exception:  # stopping a voice that already failed is harmless
                pass

    def _end(self, event: RunEnded) -> None:
        self.view.show_ended()
        turns = self.state.turns
        elements = {e: round(sum(t.elements.get(e, 50) for t in turns) / len(turns)) if turns else 50
                    for e in ELEMENTS}
        score = round(sum(t.score for t in turns) / len(turns)) if turns else 0
        self.debrief = DebriefData(
            title=self.scenario.title, outcome=event.outcome,
            outcome_title=OUTCOME_TITLES.get(event.outcome, event.outcome), debrief=event.debrief,
            reflection=event.reflection, try_today=event.try_today, elements=elements, score=score,
            transcript=tuple(self._transcript),
        )
        if self.on_ended is not None:
            self.on_ended(self.debrief)

    def _show_history(self, state: RunState) -> None:
        entries = list(state.transcript)
        # The current node's lines come again from engine.resume(); don't show them twice.
        while entries and entries[-1].who != "learner" and entries[-1].node == state.node:
            entries.pop()
        turns = iter(state.turns)
        last_node = None
        for entry in entries:
            if entry.who == "learner":
                turn = next(turns, None)
                if turn is not None:
                    item = feedback_item(turn, None, turn.feedback, (), "")
                    self._transcript.append(item)
                    self.view.add_reply(item, coached=self.mode == "coached")
                continue
            node = self.scenario.nodes.get(entry.node)
            if entry.node != last_node and node is not None and node.scene:
                self.view.add_scene(node.scene)
            last_node = entry.node
            character = self.scenario.characters.get(entry.who)
            item = LineItem(character.name if character else entry.who, entry.text, entry.mood)
            self._transcript.append(item)
            self.view.add_line(item)
        current = self.scenario.nodes.get(state.node)
        if current is not None and current.scene and last_node != state.node:
            self.view.add_scene(current.scene)  # engine.resume() says the lines again, not the heading

    def _guard(self, action):
        try:
            return action()
        except Exception as exc:  # storage trouble is reported once, in one place; the run goes on
            self.on_error("GUI-PROGRESS", f"Your progress could not be saved ({exc}).")
            return None
