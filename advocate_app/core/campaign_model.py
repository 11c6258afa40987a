"""What a campaign is, once loaded: ``Campaign``, its ``Problem``s and ``CampaignError``.

The shared part of the campaign modules: ``campaigns`` (load, import, export, the
library), ``campaign_check`` (read and check a manifest), ``template_check`` and
``letters`` all use these types, so they live here, below all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocate_app.core.bill_facts import BillFacts
from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message
from advocate_app.core.models import Bill, Chamber, Member, Role

if TYPE_CHECKING:
    from advocate_app.core.sandbox import LetterSandbox

SCHEMA_VERSION = 1
# Congress.gov bill types, and the chamber each one starts in.
BILL_TYPES: dict[str, Chamber] = {
    "hr": Chamber.HOUSE, "hres": Chamber.HOUSE, "hjres": Chamber.HOUSE, "hconres": Chamber.HOUSE,
    "s": Chamber.SENATE, "sres": Chamber.SENATE, "sjres": Chamber.SENATE, "sconres": Chamber.SENATE,
}  # fmt: skip
_CONGRESS_GOV_PATHS = {
    "hr": "house-bill", "hres": "house-resolution", "hjres": "house-joint-resolution",
    "hconres": "house-concurrent-resolution", "s": "senate-bill", "sres": "senate-resolution",
    "sjres": "senate-joint-resolution", "sconres": "senate-concurrent-resolution",
}  # fmt: skip
TEMPLATE_KEYS = ("house", "senate", "delegate", "resident_commissioner")
# Which template a member gets: the first key the pack provides.
_TEMPLATE_ORDER: dict[Role, tuple[str, ...]] = {
    Role.REPRESENTATIVE: ("house",),
    Role.SENATOR: ("senate",),
    Role.DELEGATE: ("delegate", "house"),
    Role.RESIDENT_COMMISSIONER: ("resident_commissioner", "delegate", "house"),
}
SUBJECT_FIELDS = ("bill", "short_title", "title")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a pack; ``str()`` is ``file:line: message`` (line 0 = whole file)."""

    file: str
    line: int
    message: str
    severity: str = "error"  # or "warning": the pack still loads

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}: {label}{self.message}"


class CampaignError(InputProblem):
    """A pack that cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error] or self.problems
        lines = "\n".join(f"  {p}" for p in errors[:20])
        more = (
            Message("campaigns.more_problems", count=len(errors) - 20) if len(errors) > 20 else ""
        )
        text = Message("campaigns.unusable", source=source, problems=lines + more)
        super().__init__(text)


@dataclass(frozen=True)
class Translation:
    """A pack's texts in one more language (``campaign.es.toml``; see templates/README.md)."""

    language: str  # "es"
    file: str  # "campaign.es.toml"
    title: str = ""
    summary: str = ""
    subject: str = ""
    story_prompts: tuple[str, ...] = ()
    talking_points: tuple[str, ...] = ()  # the text that goes into a letter in this language
    reader_points: tuple[str, ...] = ()  # the version shown in the window ("" = the letter text)
    bill_notes: dict[Chamber, str] = field(default_factory=dict, hash=False)
    bill_titles: dict[Chamber, str] = field(default_factory=dict, hash=False)
    templates: dict[str, str] = field(default_factory=dict, hash=False)
    # The committee members' sentence in this language (none: no acknowledgement in it).
    committee_notes: dict[Chamber, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Campaign:
    id: str
    title: str
    summary: str
    congress: int
    end_date: date
    subject: str  # may hold {bill}, {short_title}, {title}
    bills: dict[Chamber, Bill] = field(hash=False)
    talking_points: tuple[str, ...] = ()
    default_points: tuple[int, ...] = ()  # 0-based indices ticked unless the person changes them
    story_prompts: tuple[str, ...] = ()
    organizer_email: str = ""
    source_url: str = ""  # https:// address where the organizer publishes updates (issue 14)
    templates: dict[str, str] = field(default_factory=dict, hash=False)  # key -> file name
    sources: dict[str, str] = field(default_factory=dict, hash=False, repr=False)  # file -> text
    path: Path | None = None
    builtin: bool = False
    facts: dict[Chamber, BillFacts] = field(default_factory=dict, hash=False)  # sponsors, status
    language: str = "en"  # the language of the texts below (see ``in_language``)
    reader_points: tuple[
        str, ...
    ] = ()  # talking points as shown in the window (default: as written)
    bill_notes: dict[Chamber, str] = field(default_factory=dict, hash=False)  # what a bill does
    bill_titles: dict[Chamber, str] = field(
        default_factory=dict, hash=False
    )  # short title, translated
    translations: dict[str, Translation] = field(default_factory=dict, hash=False, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the pack's content is written in: "en" first, then its translations."""
        return ("en", *sorted(self.translations))

    def has_language(self, language: str) -> bool:
        return language == "en" or language in self.translations

    def points_to_show(self) -> tuple[str, ...]:
        """The talking points as the window shows them (the reader's version when given)."""
        readers = self.reader_points
        return tuple(
            (readers[i] if i < len(readers) else "") or text
            for i, text in enumerate(self.talking_points)
        )

    def in_language(self, language: str) -> Campaign:
        """This campaign with its texts and templates in ``language``; itself (English) when
        the pack has no such translation: check ``.language`` to tell the person."""
        translation = self.translations.get(language)
        if translation is None or language == self.language:
            return self
        t = translation
        return replace(
            self,
            language=language,
            title=t.title or self.title,
            summary=t.summary or self.summary,
            subject=t.subject or self.subject,
            story_prompts=t.story_prompts or self.story_prompts,
            talking_points=t.talking_points or self.talking_points,
            reader_points=t.reader_points,
            bill_notes={**self.bill_notes, **t.bill_notes},
            bill_titles={**self.bill_titles, **t.bill_titles},
            templates={**self.templates, **t.templates},
            # A committee sentence only in the letter's language: never English in mid-letter.
            facts={
                chamber: replace(facts, committee_note=t.committee_notes.get(chamber, ""))
                for chamber, facts in self.facts.items()
            },
        )

    def is_expired(self, today: date | None = None) -> bool:
        """True once the campaign's congress has ended: its bills died with it."""
        return (today or date.today()) >= self.end_date

    def bill_for(self, who: Member | Chamber) -> Bill | None:
        chamber = who.chamber if isinstance(who, Member) else who
        return self.bills.get(chamber)

    def facts_for(self, who: Member | Chamber) -> BillFacts:
        chamber = who.chamber if isinstance(who, Member) else who
        return self.facts.get(chamber) or BillFacts()

    def targets(self, member: Member) -> bool:
        return member.chamber in self.bills

    def template_for(self, member: Member) -> str:
        for key in _TEMPLATE_ORDER[member.role]:
            if key in self.templates:
                return self.templates[key]
        role = Message(f"role.{member.role.value}")
        raise InputProblem(Message("letters.no_template", campaign=self.id, role=role))

    def subject_for(self, bill: Bill | None) -> str:
        values = {
            "bill": bill.label if bill else "",
            "short_title": bill.short_title if bill else "",
        }
        values["title"] = self.title
        return re.sub(
            r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), self.subject
        ).strip()

    @property
    def environment(self) -> LetterSandbox:
        """The pack's sandbox, built once (compiled templates are cached inside it)."""
        env = self._cache.get("env")
        if env is None:
            from advocate_app.core.sandbox import LetterSandbox

            env = self._cache["env"] = LetterSandbox(self.sources)
        return env

    def as_dict(self, today: date | None = None) -> dict[str, Any]:
        """A JSON-friendly summary (``campaigns list --json``, the GUI's picker)."""
        return {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "congress": self.congress,
            "end_date": self.end_date.isoformat(),
            "expired": self.is_expired(today),
            "bills": {
                c.value: {"label": b.label, "title": b.short_title, "url": b.url}
                for c, b in self.bills.items()
            },
            "talking_points": list(self.talking_points),
            "story_prompts": list(self.story_prompts),
            "organizer_email": self.organizer_email,
            "source_url": self.source_url,
            "languages": list(self.languages),
            "builtin": self.builtin,
            "path": str(self.path) if self.path else "",
        }


def congress_gov_url(bill: Bill) -> str:
    kind = _CONGRESS_GOV_PATHS.get(bill.type, "bill")
    return f"https://www.congress.gov/bill/{ordinal(bill.congress)}-congress/{kind}/{bill.number}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def template_readers(templates: Mapping[str, str]) -> dict[str, list[str]]:
    """Who reads each letter of a pack whose manifest maps template keys to files
    (``[templates]``): file -> the keys of the members who get it, in ``TEMPLATE_KEYS``
    order; a member whose key the pack leaves out gets the letter ``Campaign.template_for``
    falls back to. Files in the manifest's order; a file nobody gets is left out."""
    readers: dict[str, list[str]] = {name: [] for name in templates.values()}
    for order in _TEMPLATE_ORDER.values():
        key = next((k for k in order if k in templates), None)
        if key is not None:
            readers[templates[key]].append(order[0])
    return {name: keys for name, keys in readers.items() if keys}
