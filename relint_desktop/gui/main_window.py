"""The main window: pages (library, content notes, conversation, debrief), menus and banners.

It is handed everything it uses (scenarios folder, progress, settings, a speech factory), so
tests build it with their own parts. Errors from any page go to one place: `report()`.
"""

from __future__ import annotations

import threading

from relint_desktop.gui import profile_switch
from relint_desktop.gui.banner import Banner
from relint_desktop.gui.chooser_page import ChooserPage
from relint_desktop.gui.conversation_view import ConversationView
from relint_desktop.gui.debrief_view import DebriefView
from relint_desktop.gui.library_source import load_scenarios
from relint_desktop.gui.library_view import LibraryView
from relint_desktop.gui.notes_page import NotesPage
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt, Signal
from relint_desktop.gui.session_controller import SessionController
from relint_desktop.gui.settings import Settings, save_settings
from relint_desktop.gui.window_menus import build_menus
from relint_desktop.gui import speech_link, theme

def warm_up_evaluator() -> None:
    """Load the evaluator's model on a worker thread while the learner browses (the first reply is then quick)."""
    def work():
        try:
            from relint_desktop.core import evaluator
            evaluator.evaluate("Thank you for telling me.")
        except Exception:  # warming up is only an optimisation; grading reports its own problems later
            pass

    threading.Thread(target=work, name="relint-evaluator-warm-up", daemon=True).start()


VOICE_HELP = ("To hear the other person, install the espeak-ng speech engine "
              "(on Debian or Ubuntu: sudo apt install espeak-ng) and start Relint again.")


class MainWindow(QtWidgets.QMainWindow):
    """Relint's one window. `changed(kind)` is the one "something changed" signal views listen to."""

    changed = Signal(str)

    def __init__(self, scenarios_dir, progress, settings: Settings, speech_factory=speech_link.make_player):
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Relint")
        self.progress, self.settings = progress, settings
        self.scenarios_dir = scenarios_dir
        self._speech_factory = speech_factory
        self.speech = None
        self.controller: SessionController | None = None
        self._scenario = None
        self._interrupted = None
        self._voice_explained = False
        self._debrief_data = None
        self._build()
        build_menus(self)
        self.changed.connect(self._on_changed)
        hints = QtGui.QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        self.reload_library()
        waiting = getattr(progress, "waiting_id", None)
        if waiting is not None:
            # The profile to open is locked: nothing of it shows until its passphrase, asked once the window is up.
            profile_switch.show_chooser(self, select=waiting)
            QtCore.QTimer.singleShot(0, self, lambda: profile_switch.switch_to(self, waiting))
        else:
            self.show_library()
        if not getattr(progress, "persistent", True) and progress.reason:
            self.report("GUI-NO-STORAGE", progress.reason)
        self.offer_resume()
        QtCore.QTimer.singleShot(0, self._start_speech)  # off the start-up path: the library shows first
        QtCore.QTimer.singleShot(800, warm_up_evaluator)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 6)
        self.voice_banner = Banner("voice-banner")
        self.error_banner = Banner("error-banner")
        self.resume_banner = Banner("resume-banner")
        layout.addWidget(self.resume_banner)
        layout.addWidget(self.voice_banner)
        layout.addWidget(self.error_banner)
        self.pages = QtWidgets.QStackedWidget()
        self.library = LibraryView()
        self.notes = NotesPage()
        self.conversation = ConversationView()
        self.debrief = DebriefView()
        self.chooser = ChooserPage()
        self.chooser.open_requested.connect(lambda profile_id: profile_switch.switch_to(self, profile_id))
        self.chooser.manage_requested.connect(self._manage_profiles)
        for page in (self.library, self.notes, self.conversation, self.debrief, self.chooser):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.library.open_requested.connect(self.open_scenario)
        self.notes.back_requested.connect(self.show_library)
        self.notes.start_requested.connect(self.start_run)
        c = self.conversation
        c.choice_picked.connect(lambda p: self.controller and self.controller.choose(p))
        c.reply_sent.connect(lambda text: self.controller and self.controller.reply(text))
        c.break_requested.connect(self.take_break)
        c.replay_requested.connect(self.replay)
        c.mute_toggled.connect(self.toggle_mute)
        c.debrief_requested.connect(self.show_debrief)
        self.debrief.saved.connect(lambda r, t: self.controller and self.controller.save_reflection(r, t))
        self.debrief.saved.connect(lambda *_: self.changed.emit("reflection"))
        self.debrief.library_requested.connect(self.show_library)
        self.debrief.again_requested.connect(lambda: self._scenario and self.start_run(False))
        self.resize(1040, 760)

    # -- pages ---------------------------------------------------------------------------
    def reload_library(self) -> None:
        """(Re)load the scenarios folder into the library page."""
        self.loaded = load_scenarios(self.scenarios_dir)
        self.library.set_library(self.loaded.scenarios, self.loaded.problems)
        self._refresh_stats()

    def show_library(self) -> None:
        """Back to the library (or to "Who is practising?" while no profile is open)."""
        self._keep_debrief_notes()
        if not self.has_profile():
            profile_switch.show_chooser(self)
            return
        self.pages.setCurrentWidget(self.library)
        self.library.focus_first()

    def open_scenario(self, scenario_id: str) -> None:
        """The content-notes page for a scenario, offering to resume an interrupted run."""
        scenario = self.loaded.get(scenario_id)
        if scenario is None or not self.has_profile():
            return
        self._scenario = scenario
        self._interrupted = self._guard(lambda: self.progress.interrupted(scenario.id))
        turns = len(self._interrupted[1].turns) if self._interrupted else None
        self.notes.show_scenario(scenario, turns)
        self.pages.setCurrentWidget(self.notes)
        self.notes.focus_primary()

    def offer_resume(self) -> None:
        """On start (and after a profile switch): offer the newest interrupted run, if there is one."""
        found = self._guard(lambda: self.progress.interrupted(None))
        scenario = self.loaded.get(found[1].scenario_id) if found else None
        if scenario is None:
            self.resume_banner.hide()
            return
        turns = len(found[1].turns)
        self.resume_banner.show_message(
            "GUI-RESUME-OFFER", f"You took a break in “{scenario.title}” after {turns} "
            f"repl{'y' if turns == 1 else 'ies'}. Pick it up where you stopped?", "Resume…",
            lambda: self.open_scenario(scenario.id))

    def start_run(self, resume: bool) -> None:
        """Play the chosen scenario: resume the interrupted run or start afresh (closing the old one)."""
        self._keep_debrief_notes()
        scenario = self._scenario
        self._stop_controller()
        self.controller = SessionController(self.conversation, scenario, self.progress, self.speech,
                                            self.settings.feedback_mode, on_ended=self._ended,
                                            on_error=self.report)
        self.pages.setCurrentWidget(self.conversation)
        self.resume_banner.hide()
        if resume and self._interrupted:
            self.controller.resume(*self._interrupted)
        else:
            if self._interrupted:
                self._guard(lambda: self.progress.abandon(self._interrupted[0]))
            self.controller.start()
        self._interrupted = None
        self.changed.emit("run")

    def practise(self, scenario_id: str, node_id: str) -> None:
        """Start a run at a moment the learner missed before (from the dashboard)."""
        if not self.has_profile():
            return
        scenario = self.loaded.get(scenario_id)
        if scenario is None:
            self.report("GUI-NO-SCENARIO", f"The scenario '{scenario_id}' is not in the library any more.")
            return
        self._scenario, self._interrupted = scenario, None
        self._stop_controller()
        self.controller = SessionController(self.conversation, scenario, self.progress, self.speech,
                                            self.settings.feedback_mode, on_ended=self._ended,
                                            on_error=self.report)
        self.pages.setCurrentWidget(self.conversation)
        self.controller.start_at(node_id)
        self.changed.emit("run")

    def use_profile(self, profile_id: int) -> None:
        """Switch profile: any run in progress stays resumable for its own profile."""
        self._stop_controller()
        self.progress.use_profile(profile_id)
        self.setWindowTitle(self.progress.profile_name)  # Qt adds " — Relint"
        self.show_library()
        self.offer_resume()
        self.changed.emit("profile")

    def has_profile(self) -> bool:
        """False while "Who is practising?" waits for someone to choose (after Lock now, or a locked start)."""
        return getattr(self.progress, "profile_id", 0) is not None

    def lock_now(self) -> None:
        """Back to "Who is practising?" without closing the app, so the computer can be handed over."""
        profile_switch.lock_now(self)

    def _manage_profiles(self) -> None:
        from relint_desktop.gui.window_menus import open_profiles

        open_profiles(self)

    def take_break(self) -> None:
        """Leave the conversation now, without penalty; the run stays resumable. (Esc elsewhere: the library.)"""
        if self.pages.currentWidget() is not self.conversation or self.controller is None:
            if self.pages.currentWidget() is not self.library:
                self.show_library()
            return
        self.controller.take_break()
        ended = self.controller.state is not None and self.controller.state.ended
        self.show_library()
        if not ended:
            self.statusBar().showMessage("Taking a break. Your conversation is kept: open it again to resume.", 8000)
        self.changed.emit("break")

    def show_debrief(self) -> None:
        """The debrief page, with the keyboard in the reflection box."""
        if self._debrief_data is not None:
            # Built when asked for, not at the ending, so the last line is not held up by it.
            self.debrief.show_debrief(self._debrief_data)
            self._debrief_data = None
        self.pages.setCurrentWidget(self.debrief)
        self.debrief.reflection_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ended(self, data) -> None:
        self._debrief_data = data
        self.changed.emit("finished")

    # -- voice ---------------------------------------------------------------------------
    def _start_speech(self) -> None:
        self.speech, reason = self._speech_factory(self)
        if self.speech is None:
            self.explain_voice(reason)
            return
        unavailable = getattr(self.speech, "unavailable", None)
        if unavailable is not None:
            unavailable.connect(self.explain_voice)
        if not getattr(self.speech, "available", True):
            self.explain_voice(getattr(self.speech, "unavailable_reason", "") or "no speech engine was found")
        self.apply_voice_settings()
        if self.controller is not None:
            self.controller.speech = self.speech

    def explain_voice(self, reason: str) -> None:
        """Say once, plainly, why there is no voice and how to get it (a banner, never a dialog)."""
        if self._voice_explained:
            return
        self._voice_explained = True
        reason = (reason or "no speech engine was found").rstrip(".")
        if reason.startswith("Voice is off"):  # SpeechPlayer's reasons are whole sentences with their own advice
            self.voice_banner.show_message("GUI-NO-VOICE", f"{reason}. The conversation works silently.")
            return
        self.voice_banner.show_message("GUI-NO-VOICE", f"Voice is off: {reason}. The conversation works silently. "
                                                       f"{VOICE_HELP}")

    def apply_voice_settings(self) -> None:
        """Push mute and rate to the speech player."""
        self.conversation.set_muted(not self.settings.voice_on)
        if self.speech is not None:
            self.speech.set_muted(not self.settings.voice_on)
            self.speech.set_rate(self.settings.rate)

    def replay(self) -> None:
        """Say the last line again."""
        if self.controller is not None:
            self.controller.replay()

    def toggle_mute(self) -> None:
        """Voice on or off (kept in the settings)."""
        self.apply_settings(self.settings.evolve(voice_on=not self.settings.voice_on))

    # -- settings, errors, changes -----------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        """Use and keep new settings: theme, font, voice and feedback mode."""
        self.settings = settings
        save_settings(settings)
        app = QtWidgets.QApplication.instance()
        theme.apply_theme(app, settings.theme, settings.font_size)
        self.conversation.restyle()
        self.apply_voice_settings()
        if self.controller is not None:
            self.controller.mode = settings.feedback_mode
        self.changed.emit("settings")

    def _system_scheme_changed(self, *_args) -> None:
        if self.settings.theme == "system":  # "follow the system" follows it while running, too
            theme.apply_theme(QtWidgets.QApplication.instance(), "system", self.settings.font_size)

    def report(self, code: str, message: str) -> None:
        """The one place errors go: a non-modal banner with a stable code."""
        self.error_banner.show_message(code, message)

    def _guard(self, action):
        try:
            return action()
        except Exception as exc:  # storage trouble never blocks playing
            self.report("GUI-PROGRESS", f"Your progress could not be read ({exc}).")
            return None

    def _refresh_stats(self) -> None:
        stats = self._guard(self.progress.stats) or {}
        self.library.set_stats(stats)

    def _on_changed(self, kind: str) -> None:
        if kind in ("finished", "break", "profile", "run"):
            self._refresh_stats()

    def _keep_debrief_notes(self) -> None:
        # Leaving the debrief keeps what was written there, saved or not: nothing the learner wrote is lost.
        unsaved = self.debrief.unsaved()
        if unsaved is not None and self.controller is not None:
            self.debrief.saved.emit(*unsaved)
            self.debrief.save.setEnabled(False)

    def _stop_controller(self) -> None:
        if self.controller is not None:
            self.controller.take_break()
            self.controller = None

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._keep_debrief_notes()
        self._stop_controller()
        if self.speech is not None:
            self.speech.close()
        super().closeEvent(event)
