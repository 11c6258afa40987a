"""The product's logic. Nothing in this package may import PySide6 (tests check it)."""
