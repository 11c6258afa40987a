"""Checking a pack's templates: compile each one, then write sample letters with it.

Every template is compiled (syntax errors, sandbox violations, names outside the documented
context, with their lines), then each role's letter is rendered for a sample member with and
without a story, talking points, an address and a known cosponsor, so an undefined field in
a rarely used branch is found by the organizer, not by a volunteer. A template that fails
once is not rendered again (a hostile one may be slow each time).
"""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING, Protocol

from jinja2 import meta, nodes

from advocate_app.core.letters import render_body
from advocate_app.core.models import Address, Chamber, Constituent, Member, Office, Role
from advocate_app.core.sandbox import CONTEXT_NAMES, TemplateError, compile_template
from advocate_app.core.status_wording import bare_status_sentences

if TYPE_CHECKING:
    from advocate_app.core.campaign_model import Campaign, Problem

_STORY_MARK = "Zqxj story marker"


class Report(Protocol):
    problems: list[Problem]

    def error(self, key: str, message: str, file: str = ..., line: int | None = ...) -> None: ...

    def warn(self, key: str, message: str, file: str = ..., line: int | None = ...) -> None: ...


def _sample_member(role: Role) -> Member:
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
    variants = list(product(_SAMPLE_PEOPLE, _SUPPORT, ((_STORY_MARK, all_points), ("", []))))
    failed: set[str] = set()
    for role in Role:
        member = _sample_member(role)
        if not campaign.targets(member) or campaign.template_for(member) in failed:
            continue
        template, bill = campaign.template_for(member), campaign.bill_for(member)
        for person, (cosponsor, sponsor), (story, points) in variants:
            try:
                body = render_body(campaign, person, member, story=story, points=points,
                                   cosponsor=cosponsor, sponsor=sponsor)  # fmt: skip
            except TemplateError as exc:  # one report per template: a hostile one may be slow
                r.error("", exc.reason, file=exc.template, line=exc.line)
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
