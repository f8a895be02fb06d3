"""Text-to-speech behind a small Speaker interface. No Qt."""
