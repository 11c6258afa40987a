"""Compatibility names for callers not yet moved: the rules now live in ``core``.

Routing is ``core.routing``; stacks and cover-sheet facts are ``core.stacks``.
"""

from advocate_app.core.routing import ROUTES, check_route, choose_office
from advocate_app.core.stacks import BatchInfo, OfficeGroup, group_letters, office_sort_key

__all__ = [
    "ROUTES", "BatchInfo", "OfficeGroup", "check_route", "choose_office", "group_letters",
    "office_sort_key",
]  # fmt: skip
