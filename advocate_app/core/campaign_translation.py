"""Reading and checking a pack's translations: ``campaign.es.toml`` next to ``campaign.toml``.

A translation file gives the campaign's texts in one more language (the summary, story
prompts, talking points in the reader's and the letter's version, what each bill does) and
one template per letter role, e.g. ``templates.house = "house.es.txt.j2"``. The English
manifest stays as it is, so a translation can be added, reviewed and shared on its own.

``campaign check`` reports, as ``file:line``: a text of the original that has no translation
(the original's line is named), templates that are missing, and a translated text or
template that uses other variables than the original (``{bill}`` in a subject,
``{{ member.party }}`` in a template), since those are the places a letter goes wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from advocate_app.core.bill_facts import committee_note_problem
from advocate_app.core.campaign_model import TEMPLATE_KEYS, Campaign, Translation
from advocate_app.core.letter_language import LANGUAGES
from advocate_app.core.models import Chamber
from advocate_app.core.toml_errors import explain_toml_error

if TYPE_CHECKING:
    from jinja2 import nodes

    from advocate_app.core.template_check import Report

TRANSLATION_FILE = re.compile(r"^campaign\.([a-z]{2})\.toml$")
LANGUAGE_WORDS = {"es": "Spanish"}
KNOWN_KEYS = frozenset(
    {"language", "title", "summary", "subject", "story_prompts", "talking_points", "bills",
     "templates", "reviewed_by", "review_note"}
)  # fmt: skip
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_translations(
    campaign: Campaign,
    files: Mapping[str, bytes],
    r: Report,
    original_lines: Mapping[str, int],
    key_lines: Any,
) -> Campaign:
    """``campaign`` with every translation found in ``files``; problems go to ``r``."""
    translations: dict[str, Translation] = {}
    for name in sorted(files):
        match = TRANSLATION_FILE.match(name)
        if not match:
            continue
        language = match.group(1)
        if language not in LANGUAGES or language == "en":
            r.warn("", f"Advocate writes letters in English and Spanish; {name} is not used "
                   "(name a Spanish translation campaign.es.toml)", file=name, line=0)  # fmt: skip
            continue
        translation = _read_one(campaign, name, language, files, r, original_lines, key_lines)
        if translation is not None:
            translations[language] = translation
    if not translations:
        return campaign
    return replace(campaign, translations=translations)


def _read_one(
    campaign: Campaign,
    name: str,
    language: str,
    files: Mapping[str, bytes],
    r: Report,
    original_lines: Mapping[str, int],
    key_lines: Any,
) -> Translation | None:
    import tomllib

    try:
        text = files[name].decode("utf-8-sig")
    except UnicodeDecodeError:
        r.error("", "the translation is not UTF-8 text", file=name, line=0)
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = explain_toml_error(text, exc)
        r.error("", f"not valid TOML: {message}", file=name, line=line)
        return None
    lines: Mapping[str, int] = key_lines(text)

    def at(key: str) -> int:
        while key:
            if key in lines:
                return lines[key]
            key = key.rpartition(".")[0]
        return 0

    def orig(key: str) -> str:
        line = original_lines.get(key, 0)
        return f"campaign.toml:{line}" if line else "campaign.toml"

    words = LANGUAGE_WORDS.get(language, language)
    errors_before = sum(p.is_error for p in r.problems)
    for key in data:
        if key not in KNOWN_KEYS:
            r.warn("", f"unknown key '{key}' is ignored (a typo?)", file=name, line=at(key))
    stated = _text(data.get("language"))
    if stated and stated != language:
        r.error("", f"language = \"{stated}\", but the file name says '{language}'",
                file=name, line=at("language"))  # fmt: skip
    for key in ("title", "summary", "subject"):
        if not _text(data.get(key)):
            r.warn("", f"the {words} '{key}' is missing (the original is at {orig(key)}); "
                   "the English one is used", file=name, line=at(key))  # fmt: skip
    subject = _text(data.get("subject"))
    if subject:
        mine = set(re.findall(r"\{(\w*)\}", subject))
        theirs = set(re.findall(r"\{(\w*)\}", campaign.subject))
        if mine != theirs:
            r.warn("", f"the subject uses {_braces(mine)}, the original ({orig('subject')}) "
                   f"uses {_braces(theirs)}", file=name, line=at("subject"))  # fmt: skip
    prompts = data.get("story_prompts", [])
    if not isinstance(prompts, list) or not all(_text(p) for p in prompts):
        r.error("", "'story_prompts' must be a list of questions (text)", file=name,
                line=at("story_prompts"))  # fmt: skip
        prompts = []
    if len(prompts) != len(campaign.story_prompts):
        r.warn("", f"{len(prompts)} story prompts, but the original has "
               f"{len(campaign.story_prompts)} ({orig('story_prompts')}): translate each one, "
               "in the same order", file=name, line=at("story_prompts"))  # fmt: skip
    prompts = [*prompts[: len(campaign.story_prompts)],
               *campaign.story_prompts[len(prompts):]]  # fmt: skip
    points, readers = _points(campaign, data.get("talking_points"), name, r, at, orig, words)
    notes, titles = _bill_notes(campaign, data.get("bills"), name, r, at)
    committee_notes = _committee_notes(campaign, data.get("bills"), name, r, at, words)
    templates = _templates(campaign, data.get("templates"), name, files, r, at, orig, words)
    if sum(p.is_error for p in r.problems) > errors_before:
        return None
    return Translation(
        language=language, file=name, title=_text(data.get("title")),
        summary=_text(data.get("summary")), subject=subject,
        story_prompts=tuple(_text(p) for p in prompts), talking_points=points,
        reader_points=readers, bill_notes=notes, bill_titles=titles, templates=templates,
        committee_notes=committee_notes,
    )  # fmt: skip


def _braces(names: set[str]) -> str:
    return ", ".join(f"{{{n}}}" for n in sorted(names)) or "no fields"


def _points(
    campaign: Campaign, raw: Any, name: str, r: Report, at: Any, orig: Any, words: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    items = raw if isinstance(raw, list) else []
    points: list[str] = []
    readers: list[str] = []
    for index, original in enumerate(campaign.talking_points):
        where = orig(f"talking_points.{index}")
        if index >= len(items):
            r.warn("", f"talking point {index + 1} ({where}) has no {words} text, so a "
                   f"{words} letter would use the English one: add a [[talking_points]] with "
                   "text = ...", file=name, line=at("talking_points"))  # fmt: skip
            points.append(original)
            readers.append("")
            continue
        spec = items[index] if isinstance(items[index], dict) else {"text": items[index]}
        text = _text(spec.get("text"))
        if not text:
            r.warn("", f"talking point {index + 1} ({where}) has no text; the English one "
                   "is used", file=name, line=at(f"talking_points.{index}"))  # fmt: skip
            text = original
        if ("{" in text) != ("{" in original):
            r.warn("", f"talking point {index + 1} has braces {{ }} the original ({where}) "
                   "does not have, or the other way round", file=name,
                   line=at(f"talking_points.{index}"))  # fmt: skip
        points.append(text)
        readers.append(_text(spec.get("reader")))
    if len(items) > len(campaign.talking_points):
        r.warn("", f"{len(items)} talking points, but the original has "
               f"{len(campaign.talking_points)}: each one translates one of the original's, "
               "in the same order (the extra ones are not used)", file=name,
               line=at(f"talking_points.{len(campaign.talking_points)}"))  # fmt: skip
    return tuple(points), tuple(readers)


def _bill_notes(
    campaign: Campaign, raw: Any, name: str, r: Report, at: Any
) -> tuple[dict[Chamber, str], dict[Chamber, str]]:
    notes: dict[Chamber, str] = {}
    titles: dict[Chamber, str] = {}
    if raw is None:
        return notes, titles
    if not isinstance(raw, dict):
        r.error("", "[bills.house] and [bills.senate] hold an explanation = ...", file=name,
                line=at("bills"))  # fmt: skip
        return notes, titles
    for key, spec in raw.items():
        if key not in ("house", "senate") or not isinstance(spec, dict):
            r.warn("", f"unknown bill '{key}' (use [bills.house] or [bills.senate])",
                   file=name, line=at(f"bills.{key}"))  # fmt: skip
            continue
        chamber = Chamber(key)
        if chamber not in campaign.bills:
            r.warn("", f"the campaign has no [bills.{key}]", file=name, line=at(f"bills.{key}"))
            continue
        for field_name in spec:
            if field_name not in ("explanation", "short_title", "committee_note"):
                r.warn("", f"[bills.{key}] '{field_name}' is not translated: bill numbers "
                       "and official titles stay as they are (use short_title = ... and "
                       "explanation = ...)", file=name, line=at(f"bills.{key}.{field_name}"))  # fmt: skip
        if _text(spec.get("explanation")):
            notes[chamber] = _text(spec["explanation"])
        if _text(spec.get("short_title")):
            titles[chamber] = _text(spec["short_title"])
    return notes, titles


def _committee_notes(
    campaign: Campaign, raw: Any, name: str, r: Report, at: Any, words: str
) -> dict[Chamber, str]:
    """The translated ``committee_note`` of each bill whose original has one."""
    notes: dict[Chamber, str] = {}
    given = raw if isinstance(raw, dict) else {}
    for chamber, facts in sorted(campaign.facts.items(), key=lambda kv: kv[0].value):
        spec = given.get(chamber.value)
        note = spec.get("committee_note") if isinstance(spec, dict) else None
        where = at(f"bills.{chamber.value}.committee_note")
        if note is not None:
            problem = committee_note_problem(note)
            if problem:
                r.error("", f"[bills.{chamber.value}] {problem}", file=name, line=where)
                continue
            note = " ".join(note.split())
        if note and not facts.committee_note:
            r.warn("", f"[bills.{chamber.value}] has a committee_note, but the original has "
                   "none: it is not used", file=name, line=where)  # fmt: skip
        elif facts.committee_note and not note:
            r.warn("", f"[bills.{chamber.value}] the original's committee_note has no "
                   f"{words} text, so {words} letters leave the committee sentence out: add "
                   "committee_note = ...", file=name, line=at(f"bills.{chamber.value}"))  # fmt: skip
        elif note:
            notes[chamber] = note
    return notes


def _templates(
    campaign: Campaign,
    raw: Any,
    name: str,
    files: Mapping[str, bytes],
    r: Report,
    at: Any,
    orig: Any,
    words: str,
) -> dict[str, str]:
    given = raw if isinstance(raw, dict) else {}
    templates: dict[str, str] = {}
    for key, value in given.items():
        file = _text(value)
        if key not in TEMPLATE_KEYS:
            r.error("", f"unknown template key '{key}'; use {', '.join(TEMPLATE_KEYS)}",
                    file=name, line=at(f"templates.{key}"))  # fmt: skip
        elif key not in campaign.templates:
            r.warn("", f"the original has no '{key}' template; this one is not used",
                   file=name, line=at(f"templates.{key}"))  # fmt: skip
        elif file not in files:
            r.error("", f"the template file '{file}' is not in the pack", file=name,
                    line=at(f"templates.{key}"))  # fmt: skip
        elif not file.endswith(TEMPLATE_SUFFIXES):
            r.error("", f"'{file}': template files end in .j2", file=name,
                    line=at(f"templates.{key}"))  # fmt: skip
        else:
            templates[key] = file
    for key in campaign.templates:
        if key not in templates and key not in given:
            r.warn("", f"no {words} template for '{key}' (the original's is "
                   f"{campaign.templates[key]}, {orig(f'templates.{key}')}), so those letters "
                   f"stay in English: add {key} = \"...\" under [templates]", file=name,
                   line=at("templates"))  # fmt: skip
    return templates


# --- the variables a template uses ---------------------------------------------------------
def template_variables(
    sources: Mapping[str, str], start: str, env: Any
) -> dict[str, tuple[str, int]]:
    """Each variable path a template uses ("member.supports", "story"), with the file and
    line of its first use, following ``{% include %}`` and ``{% import %}`` in the pack."""
    from jinja2 import nodes  # here: loading a pack checked before needs no Jinja2

    found: dict[str, tuple[str, int]] = {}
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop(0)
        if name in seen or name not in sources:
            continue
        seen.add(name)
        try:
            tree = env.parse(sources[name], name, name)
        except Exception:  # noqa: BLE001 - syntax errors are reported by the template check
            continue
        local = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "store"}
        for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport)):
            if isinstance(node.template, nodes.Const) and isinstance(node.template.value, str):
                todo.append(node.template.value)
        for node in tree.find_all(nodes.Getattr):
            path = _path(node)
            if path and path.split(".")[0] not in local:
                found.setdefault(path, (name, node.lineno))
        for node in tree.find_all(nodes.Name):
            if (
                node.ctx == "load"
                and node.name not in local
                and node.name in ("story", "talking_points", "today")
            ):
                found.setdefault(node.name, (name, node.lineno))
    return found


def _path(node: nodes.Getattr) -> str:
    from jinja2 import nodes

    parts = [node.attr]
    inner: Any = node.node
    while isinstance(inner, nodes.Getattr):
        parts.append(inner.attr)
        inner = inner.node
    if not isinstance(inner, nodes.Name):
        return ""
    parts.append(inner.name)
    return ".".join(reversed(parts))


def check_translation_variables(campaign: Campaign, r: Report) -> None:
    """Warn where a translated template uses other variables than the original."""
    env = campaign.environment
    for _language, translation in sorted(campaign.translations.items()):
        for key, file in sorted(translation.templates.items()):
            original = campaign.templates.get(key)
            if not original or original == file:
                continue
            theirs = template_variables(campaign.sources, original, env)
            mine = template_variables(campaign.sources, file, env)
            for variable in sorted(set(mine) - set(theirs)):
                where, line = mine[variable]
                r.warn("", f"uses {{{{ {variable} }}}}, which the original ({original}) does "
                       "not: check the translation says the same", file=where, line=line)  # fmt: skip
            for variable in sorted(set(theirs) - set(mine)):
                where, line = theirs[variable]
                r.warn("", f"leaves out {{{{ {variable} }}}}, which the original uses at "
                       f"{where}:{line}", file=file, line=1)  # fmt: skip
