"""The progress dashboard: element charts, sessions and streaks, scenarios, red labels, missed moments.

    view = DashboardView(store, profile_id)
    view.practise_requested.connect(lambda scenario_id, node_id: ...)
"""

from relint_desktop.gui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
