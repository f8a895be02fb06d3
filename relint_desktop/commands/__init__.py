"""The `relint` subcommands, one module each (see cli.py)."""
