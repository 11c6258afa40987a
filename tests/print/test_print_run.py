"""The print queue's bookkeeping of a stack-by-stack printing, without a printer (no CUPS)."""

from __future__ import annotations

import pytest

from advocate_app.core.print_queue import PrintQueue, PrintRun
from advocate_app.core.stacks import BatchInfo
from advocate_app.export.event_print import plan_run
from tests.support.sample_letters import constituent, letter_for


def test_a_run_removes_each_stack_only_when_it_went_out(legislator_index) -> None:
    queue = PrintQueue()
    members = [legislator_index.representative("TX", d) for d in (2, 3, 4)]
    for member in members:
        for name in ("Ana Zamora", "Bo Young"):
            queue.add(letter_for(member, who=constituent(name)))
    run = queue.start_run(plan_run(queue, BatchInfo("stop-csam-2025")))
    assert run.total == 3 and run.next_stack == 1 and queue.run is run
    assert [len(stack) for stack in run.stacks] == [2, 2, 2]
    queue.stack_printed(run, 1, job=41)
    assert len(queue) == 4 and run.next_stack == 2 and run.remaining() == [2, 3]
    # A letter queued after the failure is not slipped into the old run's stacks.
    late = letter_for(members[0], who=constituent("Cy Late"))
    queue.add(late)
    assert [item.letter for item in queue.unplanned()] == [late]
    queue.stack_printed(run, 2, job=42)
    queue.stack_printed(run, 3, job=43)
    assert run.finished and queue.run is None and run.printed == {1: 41, 2: 42, 3: 43}
    assert [item.letter for item in queue.items()] == [late]


def test_a_run_holds_only_queued_letters_and_discard_ends_it(legislator_index) -> None:
    queue = PrintQueue()
    member = legislator_index.representative("TX", 5)
    queue.add(letter_for(member))
    stranger = PrintQueue()
    stranger.add(letter_for(member))
    with pytest.raises(ValueError, match="only hold letters from the queue"):
        queue.start_run(PrintRun((tuple(stranger.items()),)))
    queue.start_run(PrintRun((tuple(queue.items()),)))
    assert queue.clear() == 1 and queue.run is None
