"""Relint: a desktop trainer for relational integrity."""

__version__ = "0.1.0"
