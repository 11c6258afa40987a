"""Advocate: write to your members of Congress about specific bills."""

__version__ = "0.1.0"
APP_NAME = "Advocate"
