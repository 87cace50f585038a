"""Updated chapters: the publisher's new text of one chapter or section between editions.

The update is the web text of the section (seed 002 is chapter 4): its title on the first line,
then one paragraph, heading or bullet per line, without section numbers. `parse_update` reads
it into segments (a heading and its blocks) and `match_sections` gives each existing section
of the edition the segment that continues it, matching headings to section titles in order.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.html import escape

from handbook.importer.cleanup import join_lines
from handbook.importer.patterns import TERMINAL

BULLET_RE = re.compile(r"^[•\-–]\s*(\S.*)$")
FIGURE_RE = re.compile(r"^(?:Figur|Kuvio|Figure)\s+(\d{1,2})\.\s+(\S.*)$")
# A heading of the web text: a short line of its own that is not a sentence.
HEADING_MAX = 75


@dataclass
class Segment:
    """A heading of the updated text and the blocks below it up to the next heading."""

    title: str
    blocks: list = field(default_factory=list)


@dataclass
class ParsedUpdate:
    title: str
    segments: list = field(default_factory=list)  # after the title, in order


def parse_update(text):
    """The updated text's title and its segments; the text before the first heading belongs
    to the title's segment (segments[0])."""
    lines = [re.sub(r"\s+", " ", raw).strip() for raw in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ValueError("The update file is empty.")
    title, *rest = lines
    update = ParsedUpdate(title, [Segment(title)])
    for line in rest:
        segment = update.segments[-1]
        bullet = BULLET_RE.match(line)
        figure = FIGURE_RE.match(line)
        if bullet:
            _add_list_item(segment, bullet.group(1))
        elif figure:
            segment.blocks.append(("figure", figure_value(int(figure.group(1)), figure.group(2))))
        elif _is_heading(line) and line.endswith(":"):
            segment.blocks.append(("subheading", line))
        elif _is_heading(line):
            update.segments.append(Segment(line))
        else:
            segment.blocks.append(("paragraph", f"<p>{escape(line)}</p>"))
    return update


def figure_value(number, text):
    """A figure from 'Caption Figur 4 beskriver …': the web text writes the caption and the
    figure's text description on one line."""
    parts = re.split(rf"\s(?=(?:Figur|Kuvio|Figure)\s+{number}\s)", text, maxsplit=1)
    caption, description = (parts + [""])[:2]
    return {
        "number": number,
        "caption": caption.strip(),
        "image": None,
        "alt_text": "",
        "description": join_lines([description]),
    }


def _add_list_item(segment, text):
    if segment.blocks and segment.blocks[-1][0] == "list":
        segment.blocks[-1][1]["items"].append(text)
    else:
        segment.blocks.append(("list", {"numbered": False, "start": 1, "items": [text]}))


def _is_heading(line):
    return len(line) <= HEADING_MAX and not line.endswith((*TERMINAL[:-1], ",", ";"))


def titles_match(section_title, heading):
    """Is `heading` the (possibly renamed) title of the section?"""
    a, b = section_title.casefold().strip(), heading.casefold().rstrip(":").strip()
    if a == b or a.split(",")[0] == b or b.split(",")[0] == a:
        return True
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.8 or (a.split()[:1] == b.split()[:1] and ratio >= 0.6)


def match_sections(sections, update):
    """{section: Segment} for the sections (depth-first order, the updated one first) that the
    update continues, and the list of sections it does not mention.

    The updated section takes the title's segment; each following section takes the next
    heading that matches its title, and the headings in between become subheadings of the
    section before, so no text of the update is lost."""
    matched = {sections[0]: _copy(update.segments[0])}
    missing = []
    position = 1
    current = sections[0]
    for section in sections[1:]:
        found = next(
            (
                i
                for i in range(position, len(update.segments))
                if titles_match(section.title, update.segments[i].title)
            ),
            None,
        )
        if found is None:
            missing.append(section)
            continue
        for skipped in update.segments[position:found]:
            matched[current].blocks += [("subheading", skipped.title), *skipped.blocks]
        matched[section] = _copy(update.segments[found])
        current = section
        position = found + 1
    for skipped in update.segments[position:]:
        matched[current].blocks += [("subheading", skipped.title), *skipped.blocks]
    return matched, missing


def _copy(segment):
    return Segment(segment.title, list(segment.blocks))
