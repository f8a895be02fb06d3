"""Everything PySide6: windows, views and background tasks. The only Qt importer."""
