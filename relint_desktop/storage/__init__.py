"""The progress database: profiles, sessions, turns, backups. sqlite-utils, no Qt."""
