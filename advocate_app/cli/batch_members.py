"""Finding the members of Congress for each row of ``advocate batch``'s participants CSV.

The batch's own rule, apart from its run (``batch``): the ZIP table first, then, for a ZIP
code split between districts, the row's street address through the Census service (unless
``--offline``); a row that stays uncertain gets only its senators' letters, with a note
saying which column to add.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advocate_app.core.errors import InputProblem, ServiceUnavailable

if TYPE_CHECKING:
    from collections.abc import Callable

    from advocate_app.app import Services
    from advocate_app.core.participants import Found, Participant


def members_finder(services: Services, *, offline: bool) -> Callable[[Participant], Found]:
    """``find_members`` for the batch: ZIP table first, the street address for split ZIPs."""
    from advocate_app.core.lookup.geography import state_name
    from advocate_app.core.participants import Found

    finder = services.finder

    def find(person: Participant) -> Found:
        address = person.constituent.address
        result = finder.find_by_zip(address.zip, person.district or None)
        states = {c.state for c in result.candidates} or {result.match.state}
        if address.state and address.state not in states:
            where = " or ".join(state_name(s) for s in sorted(states))
            raise InputProblem(
                f"ZIP code {address.zip} is in {where}, not {state_name(address.state)}."
            )
        if not result.candidates:
            return Found(list(result.members))
        labels = ", ".join(c.label for c in result.candidates)
        if offline:
            reason = "addresses are not looked up with --offline"
        else:
            one_line = ", ".join(
                p
                for p in (address.street, address.city, f"{address.state} {address.zip}".strip())
                if p
            )
            try:
                exact = finder.find_by_address(one_line)
                if not exact.ambiguous and not exact.candidates:
                    return Found(list(exact.members))
                reason = "the street address matched places in several districts"
            except ServiceUnavailable:
                reason = "the Census address service could not be reached"
            except InputProblem:
                reason = "the Census address service did not find the street address"
        fix = f"add the district (e.g. {result.candidates[0].label}) in a 'district' column"
        if result.members:
            return Found(
                list(result.members),
                [
                    f"ZIP code {address.zip} is split between {labels} and {reason}: only the senators' "
                    f"letters were printed; {fix} to print the Representative's."
                ],
            )
        raise InputProblem(f"ZIP code {address.zip} is split between {labels} and {reason}; {fix}.")

    return find
