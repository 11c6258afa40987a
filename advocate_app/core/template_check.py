"""Checking a pack's templates: compile each one, then write sample letters with it.

Every template is compiled (syntax errors, sandbox violations, names outside the documented
context, with their lines), then each role's letter is rendered for a sample member with and
without a story, talking points, an address and a known cosponsor, and for people whose
names differ in length and script, so an undefined field in
a rarely used branch is found by the organizer, not by a volunteer. A template that fails
once is not rendered again (a hostile one may be slow each time).
"""

from __future__ import annotations

import time
from dataclasses import replace
from itertools import product
from typing import TYPE_CHECKING, Protocol

from jinja2 import meta, nodes

from advocate_app.core.letters import render_body
from advocate_app.core.models import Address, Chamber, Constituent, Member, Office, Role
from advocate_app.core.sandbox import CONTEXT_NAMES, TemplateError, compile_template
from advocate_app.core.sandbox_budget import WORK_MESSAGE
from advocate_app.core.status_wording import bare_status_sentences

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign, Problem

_STORY_MARK = "Zqxj story marker"


class Report(Protocol):
    problems: list[Problem]

    def error(self, key: str, message: str, file: str = ..., line: int | None = ...) -> None: ...

    def warn(self, key: str, message: str, file: str = ..., line: int | None = ...) -> None: ...


def sample_member(role: Role) -> Member:
    """A member of ``role`` to render a pack's templates for (campaign check and lint)."""
    chamber = Chamber.SENATE if role is Role.SENATOR else Chamber.HOUSE
    state = {Role.DELEGATE: "DC", Role.RESIDENT_COMMISSIONER: "PR"}.get(role, "TX")
    district = None if chamber is Chamber.SENATE else (0 if state != "TX" else 7)
    zip_code = "20510" if chamber is Chamber.SENATE else "20515"
    office = Office("dc", ("100 Sample Office Building",), "Washington", "DC", zip_code)
    return Member(
        bioguide="Z000001", name="Alex Q. Sample", first="Alex", last="Sample", chamber=chamber,
        role=role, party="Independent", state=state, district=district, dc_office=office,
        office_address=f"100 Sample Office Building Washington DC {zip_code}",
    )  # fmt: skip


_SUPPORT = ((None, None), (False, False), (True, False), (False, True))  # (cosponsor, sponsor)
_SAMPLE_PEOPLE = (
    Constituent(
        "Jordan Example",
        Address("12 Main St", "Springfield", "TX", "78701"),
        "j@example.org",
        "555-0100",
    ),
    Constituent("Jordan Example", Address("", "", "", "78701")),
)
# Names of other lengths and scripts, so a template that misbehaves only for some people
# (a bomb hidden behind the sample person's name) is caught here, not at the event.
_MORE_PEOPLE = tuple(
    Constituent(name, Address(street, city, state, zip_code), email)
    for name, street, city, state, zip_code, email in (
        ("Li", "", "", "", "10001", ""),
        ("María Guadalupe Hernández-Villanueva de la Cruz", "4501 Avenida Río Grande, Apt 12B",
         "San Juan", "PR", "00901", "maria.hernandez@example.org"),
        ("李小龙", "88 Grant Ave", "San Francisco", "CA", "94108", ""),
        ("محمد عبد الله", "1 Elm St", "Dearborn", "MI", "48126", "m@example.org"),
        ("X" * 120, "9" * 60, "Y" * 40, "AK", "99501", ""),
    )
)  # fmt: skip


def check_templates(campaign: Campaign, r: Report) -> None:
    """Compile every template, then render each role's letter in every variant."""
    env = campaign.environment
    for name in sorted(campaign.sources):
        try:
            compile_template(env, name)
            tree = env.parse(campaign.sources[name], name, name)
        except TemplateError as exc:
            r.error("", exc.reason, file=exc.template, line=exc.line)
            continue
        for line, sentence in bare_status_sentences(campaign.sources[name]):
            r.warn("", f"'{sentence}' states the bill's status as a fact; say it with "
                   "{{ bill.latest_action }} and {{ bill.latest_action_date }} (from Congress.gov "
                   "or the pack's dated status), which stay true", file=name, line=line)  # fmt: skip
        if name not in campaign.templates.values():
            continue  # a partial may use names its including template sets; rendering checks it
        unknown = meta.find_undeclared_variables(tree) - set(CONTEXT_NAMES) - set(env.globals)
        for variable in sorted(unknown):
            line = next((n.lineno for n in tree.find_all(nodes.Name) if n.name == variable), 0)
            r.error(
                "",
                f"'{variable}' is not defined (a letter template can use: {', '.join(CONTEXT_NAMES)})",
                file=name,
                line=line,
            )
    if any(p.is_error for p in r.problems):
        return
    all_points = list(range(len(campaign.talking_points)))
    stories = ((_STORY_MARK, all_points), ("", []))
    variants = list(product(_SAMPLE_PEOPLE, _SUPPORT, stories))
    variants += list(product(_MORE_PEOPLE, _SUPPORT[:1], stories))
    failed: set[str] = set()
    spent: dict[str, float] = {}  # seconds of rendering per template, over all samples
    allowed = 2 * campaign.environment.budget.seconds
    for role in Role:
        member = sample_member(role)
        if not campaign.targets(member) or campaign.template_for(member) in failed:
            continue
        template, bill = campaign.template_for(member), campaign.bill_for(member)
        # On the committee the pack names, for half the variants (its sentence renders too).
        seated = replace(member, committees=(campaign.facts_for(member).committee,))
        for person, (cosponsor, sponsor), (story, points) in variants:
            started = time.monotonic()
            try:
                body = render_body(campaign, person, seated if cosponsor is False else member,
                                   story=story, points=points, cosponsor=cosponsor,
                                   sponsor=sponsor)  # fmt: skip
            except TemplateError as exc:  # one report per template: a hostile one may be slow
                r.error("", exc.reason, file=exc.template, line=exc.line)
                failed.add(template)
                break
            spent[template] = spent.get(template, 0.0) + time.monotonic() - started
            if spent[template] > allowed:  # each render within budget, but slow all the same
                r.error("", WORK_MESSAGE, file=template, line=0)
                failed.add(template)
                break
            if story and _STORY_MARK not in body:
                r.warn("", "the letter never includes {{ story }}: the person's own words "
                       "would be left out", file=template)  # fmt: skip
            if bill and bill.label not in body:
                r.warn("", f"the letter never names the bill ({{{{ bill.label }}}}, e.g. "
                       f"{bill.label})", file=template)  # fmt: skip
            if points and not any(p in body for p in campaign.talking_points):
                r.warn(
                    "", "the letter never includes the ticked {{ talking_points }}", file=template
                )
