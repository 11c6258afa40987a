"""Reading a campaign pack as an editor would: mistakes that pass the format but reach paper.

``campaign_check`` makes sure a pack can be used; this module looks for what would still
embarrass the organizer in a letter, and makes every message plain:

- text the letter would print as is: ``{ constituent.name }`` (single braces), ``{{`` or
  ``{%`` left over, in a template, a talking point or the subject;
- keys TOML put inside a table where they do nothing (``congress`` written after a
  ``[[talking_points]]`` heading belongs to that talking point, not to the campaign);
- a letter that never tells supporters apart, so cosponsors are asked to cosponsor;
- a role that borrows another role's letter with words that do not fit it (Delegates
  told to "vote for it when it comes to the House floor");
- template syntax errors in plain words, at the line where the broken tag starts;
- a template file that is missing, with the files that are there (and a case difference);

(A campaign whose Congress has ended is an error for ``campaign check``, import and the
editor, unless marked ``archive = true``: ``core/campaign_share.strict_problems``.)

``normalize_manifest`` accepts bill and Congress numbers written as text ("6484").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from advocate_app.core.models import Address, Constituent, Role
from advocate_app.core.toml_errors import explain_template_error

if TYPE_CHECKING:
    from advocate_app.core.template_check import Report

# A pack's Campaign and Problem (core/campaigns) are not imported here: campaign_check
# imports this module, and the campaigns module imports campaign_check.
Campaign = Problem = Any

TOP_LEVEL_KEYS = frozenset(
    {"schema", "id", "title", "summary", "congress", "end_date", "subject", "organizer_email",
     "bills", "templates", "talking_points", "story_prompts", "archive"}
)  # fmt: skip
POINT_KEYS = frozenset({"text", "default"})
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
MANIFEST = "campaign.toml"

# Text a letter should never print: a field with single braces, or Jinja left over.
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\{[^{}\n]{1,60}\}")
# A field from the paragraph view that is not one (a typo: "[Writer city]"): printed as is.
_BRACKETED = re.compile(r"\[[A-Z][\w'’ ,]{2,40}\]")
# Words that fit only one chamber's members (a borrowed letter may not fit).
_FLOOR_VOTE = re.compile(
    r"\b(vote (yes|for it|for the bill|in favou?r)|(House|Senate) floor|floor vote|"
    r"comes? to the floor|reaches the (House |Senate )?floor)\b",
    re.IGNORECASE,
)
_SAMPLE_PERSON = Constituent(
    "Jordan Example", Address("12 Main St", "Springfield", "TX", "78701"), "j@example.org"
)
_STORY = "A sample story from the writer."
_ROLE_KEYS = {Role.REPRESENTATIVE: "house", Role.SENATOR: "senate", Role.DELEGATE: "delegate",
              Role.RESIDENT_COMMISSIONER: "resident_commissioner"}  # fmt: skip
_ROLE_PEOPLE = {Role.REPRESENTATIVE: "Representatives", Role.SENATOR: "Senators",
                Role.DELEGATE: "Delegates",
                Role.RESIDENT_COMMISSIONER: "the Resident Commissioner"}  # fmt: skip


# --- before the manifest is read ------------------------------------------------------------
def _as_number(value: Any) -> Any:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def normalize_manifest(data: dict[str, Any]) -> dict[str, Any]:
    """Numbers written as text ("6484", "119") read as numbers; everything else as is."""
    if "congress" in data:
        data["congress"] = _as_number(data["congress"])
    bills = data.get("bills")
    if isinstance(bills, dict):
        for spec in bills.values():
            if isinstance(spec, dict) and "number" in spec:
                spec["number"] = _as_number(spec["number"])
    return data


# --- after the checks -----------------------------------------------------------------------
def lint_pack(
    campaign: Campaign | None,
    data: Mapping[str, Any],
    files: Mapping[str, bytes],
    report: Report,
    lines: Mapping[str, int],
) -> None:
    """Add what an editor would say to ``report`` (see the module doc); the letters
    themselves are read by ``lint_letters``, which ``campaign_check`` runs with the other
    sample letters (their result is kept per pack content)."""
    _plain_template_errors(files, report)
    _missing_templates(data, files, report)
    _misplaced_keys(data, report, lines)


def _source(files: Mapping[str, bytes], name: str) -> str:
    return files.get(name, b"").decode("utf-8-sig", "replace").replace("\r\n", "\n")


def _plain_template_errors(files: Mapping[str, bytes], report: Report) -> None:
    for index, problem in enumerate(report.problems):
        if not problem.is_error or not problem.file.endswith(TEMPLATE_SUFFIXES):
            continue
        line, message = explain_template_error(
            _source(files, problem.file), problem.line, problem.message
        )
        if (line, message) != (problem.line, problem.message):
            report.problems[index] = _replace(problem, line=line, message=message)


def _replace(problem: Problem, **changes: Any) -> Problem:
    from dataclasses import replace

    return replace(problem, **changes)


def _missing_templates(data: Mapping[str, Any], files: Mapping[str, bytes], report: Report) -> None:
    present = sorted(n for n in files if n.endswith(TEMPLATE_SUFFIXES))
    for index, problem in enumerate(report.problems):
        found = re.match(r"the template file '(.+)' is not in the pack$", problem.message)
        if problem.file != MANIFEST or not found:
            continue
        name = found.group(1)
        same = [n for n in present if n.lower() == name.lower()]
        message = f"the template file '{name}' is not in the pack"
        if same:
            message += (
                f": the pack has '{same[0]}', which differs only in capital letters; file "
                "names must match exactly (use the same spelling in campaign.toml and the file)"
            )
        elif present:
            message += f"; the pack has: {', '.join(present)}"
        else:
            message += "; the pack has no template files (they end in .j2)"
        report.problems[index] = _replace(problem, message=message)


def _misplaced_keys(data: Mapping[str, Any], report: Report, lines: Mapping[str, int]) -> None:
    def where_line(key: str) -> int:
        return lines.get(key, 0)

    def misplaced(key: str, table: str, dotted: str) -> None:
        report.warn(
            "",
            f"'{key}' is inside the {table} table (TOML puts every line after a [heading] "
            f"into that table), so it is not read as the campaign's {key}: move it above the "
            "first [heading]",
            line=where_line(dotted),
        )

    for chamber, spec in (
        (data.get("bills") or {}).items() if isinstance(data.get("bills"), dict) else ()
    ):
        if isinstance(spec, dict):
            for key in spec:
                if key in TOP_LEVEL_KEYS and key not in ("title",):
                    misplaced(key, f"[bills.{chamber}]", f"bills.{chamber}.{key}")
                elif key == "title":
                    report.warn("", f"'title' inside [bills.{chamber}] is ignored: the bill's "
                                "title is short_title (the campaign's title goes above the first "
                                "[heading])", line=where_line(f"bills.{chamber}.title"))  # fmt: skip
    templates = data.get("templates")
    if isinstance(templates, dict):
        for key in templates:
            if key in TOP_LEVEL_KEYS:
                misplaced(key, "[templates]", f"templates.{key}")
    points = data.get("talking_points")
    if isinstance(points, list):
        for index, spec in enumerate(points):
            if not isinstance(spec, dict):
                continue
            for key in spec:
                if key in POINT_KEYS:
                    continue
                if key in TOP_LEVEL_KEYS:
                    misplaced(key, f"[[talking_points]] (number {index + 1})",
                              f"talking_points.{index}.{key}")  # fmt: skip
                else:
                    report.warn("", f"'{key}' inside talking point {index + 1} is ignored: a "
                                "talking point has only text and default",
                                line=where_line(f"talking_points.{index}.{key}"))  # fmt: skip


def _template_line(source: str, snippet: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if snippet in line:
            return number
    return 0


def lint_letters(campaign: Campaign, report: Report, lines: Mapping[str, int]) -> None:
    """Sample letters read as an editor would (text printed as is, borrowed wording)."""
    from advocate_app.core.letters import render_body
    from advocate_app.core.sandbox import TemplateError
    from advocate_app.core.template_check import sample_member

    subject = campaign.subject_for(next(iter(campaign.bills.values()), None))
    leftover = _LEFTOVER.search(subject)
    if leftover:
        report.warn("subject", f"the subject would print “{leftover.group(0)}” as is: the subject "
                    "names a field with one brace on each side and no spaces, like {bill}")  # fmt: skip
    for index, point in enumerate(campaign.talking_points):
        leftover = _LEFTOVER.search(point)
        if leftover:
            report.warn("", f"talking point {index + 1} would print “{leftover.group(0)}” as is: "
                        "talking points are plain text and cannot hold fields",
                        line=lines.get(f"talking_points.{index}.text", 0))  # fmt: skip
    everything = list(range(len(campaign.talking_points)))
    said: set[tuple[str, str]] = set()
    house_file = campaign.templates.get("house")
    for role in Role:
        member = sample_member(role)
        if not campaign.targets(member):
            continue
        template = campaign.template_for(member)
        try:
            asked = render_body(campaign, _SAMPLE_PERSON, member, story=_STORY,
                                points=everything, cosponsor=False, sponsor=False)  # fmt: skip
            thanked = render_body(campaign, _SAMPLE_PERSON, member, story=_STORY,
                                  points=everything, cosponsor=True, sponsor=False)  # fmt: skip
        except TemplateError:
            continue  # reported by the template checks
        source = campaign.sources.get(template, "")
        for body in (asked, thanked):
            for found in _LEFTOVER.finditer(body):
                text = found.group(0)
                if any(text in p for p in campaign.talking_points) or (template, text) in said:
                    continue
                said.add((template, text))
                report.warn("", f"the letter would print “{text}” as is: a field needs two "
                            "braces on each side, like {{ constituent.name }}, and other braces "
                            "are printed", file=template,
                            line=_template_line(source, text))  # fmt: skip
        for body in (asked, thanked):
            for found in _BRACKETED.finditer(body):
                text = found.group(0)
                if any(text in p for p in campaign.talking_points) or (template, text) in said:
                    continue
                said.add((template, text))
                report.warn("", f"the letter would print “{text}” as is: it is not one of the "
                            "fields (insert fields from the Insert field menu, or check the "
                            "spelling)", file=template, line=_template_line(source, text))  # fmt: skip
        if asked == thanked and (template, "supports") not in said:
            said.add((template, "supports"))
            report.warn("", "the letter is the same for members who already cosponsor or "
                        "sponsor the bill, so it asks them to do what they have done: thank "
                        "them instead (use member.supports, or write the thank-you version in "
                        "the editor's paragraph view)", file=template)  # fmt: skip
        borrowed = role in (Role.DELEGATE, Role.RESIDENT_COMMISSIONER) and (
            _ROLE_KEYS[role] not in campaign.templates or template == house_file
        )
        if borrowed:
            words = _FLOOR_VOTE.search(asked) or _FLOOR_VOTE.search(thanked)
            if words and (template, "floor") not in said:
                said.add((template, "floor"))
                how = ("has no template of its own and uses" if _ROLE_KEYS[role]
                       not in campaign.templates else "uses the same template as Representatives,")  # fmt: skip
                report.warn("", f"{_ROLE_PEOPLE[role]} cannot vote on the House floor, but "
                            f"the letter they get ({role.title} {how} {template}) says "
                            f"“{words.group(0)}”: add a delegate template (and "
                            "resident_commissioner), or word the request so it fits every "
                            "member", file=template,
                            line=_template_line(source, words.group(0)))  # fmt: skip
