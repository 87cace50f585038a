"""Parsing: from clean lines to a ParsedHandbook of parts with StreamField blocks.

Lines are grouped into units (a paragraph, a list item, a heading...), and the units are read
in order by a Parser that knows where it is (front matter, body, appendices, glossary) and a
Builder that adds the blocks to the part being read.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape

from handbook.importer.cleanup import (
    clean_lines,
    despace,
    is_all_caps,
    join_lines,
    sentence_case,
    upper_split,
)
from handbook.importer.patterns import (
    CHECKLIST_HEADER_RE,
    CITATION_END_RE,
    CITATION_RE,
    ENGLISH_WORDS,
    FRONT_PARTS,
    GLOSSARY_TITLES,
    TERMINAL,
    classify,
    first_text,
)
from handbook.importer.tables import header_columns, is_prose, read_table


@dataclass
class Unit:
    """A run of lines that belong together: a paragraph, a list item, a heading..."""

    kind: str
    lines: list
    match: object = None

    @property
    def text(self):
        return join_lines(self.lines)


@dataclass
class Part:
    kind: str  # "section", "appendix"
    number: str
    title: str
    blocks: list = field(default_factory=list)
    children: list = field(default_factory=list)
    footnotes: list = field(default_factory=list)
    slug: str = ""


@dataclass
class ParsedHandbook:
    title: str = ""
    publisher: str = ""
    year: int | None = None
    front: list = field(default_factory=list)
    chapters: list = field(default_factory=list)
    appendices: list = field(default_factory=list)
    glossary_title: str = ""
    glossary: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)
    unrepaired: list = field(default_factory=list)

    def sections(self):
        """Every numbered section, depth first (chapters included)."""

        def walk(parts):
            for part in parts:
                yield part
                yield from walk(part.children)

        return list(walk(self.chapters))

    def tables(self):
        found = []
        for part in [*self.front, *self.sections(), *self.appendices]:
            found += [value for kind, value in part.blocks if kind == "table"]
        return found


# --- Units -------------------------------------------------------------------------------


def starts_new_page_paragraph(line, stripped, previous_text):
    """A new page starts a new paragraph unless the text runs on from the page before."""
    return (
        line.page_start
        and stripped[:1].isupper()
        and (previous_text.endswith(TERMINAL) or len(previous_text) < 60)
        and not previous_text.endswith("-")
    )


# After these a line that is not itself classified starts running text.
ENDS_WITH_ONE_LINE = ("appendix", "figure", "part", "letterspaced")


def split_units(lines):
    """Group the clean lines into units; a blank line always ends a unit."""
    units = []
    current = None
    previous_text = ""
    for line in lines:
        raw = line.text
        stripped = raw.strip()
        if not stripped:
            current = None
            continue
        kind, match = classify(stripped, raw)
        if kind == "letterspaced" and current is not None and current.kind == "letterspaced":
            current.lines.append(raw)
        elif kind is not None:
            current = Unit(kind, [stripped if match is None else first_text(kind, match)], match)
            units.append(current)
        elif (
            current is None
            or starts_new_page_paragraph(line, stripped, previous_text)
            # A footnote sits at the foot of a page: the next page is body text again.
            or (current.kind == "footnote" and line.page_start)
            # A heading continues only with a lowercase line; anything else is body text.
            or (current.kind == "heading" and not stripped[:1].islower())
            or current.kind in ENDS_WITH_ONE_LINE
        ):
            current = Unit("text", [stripped])
            units.append(current)
        else:
            current.lines.append(stripped)
        previous_text = stripped
    return units


# --- Blocks ------------------------------------------------------------------------------


class Builder:
    """Adds blocks to the part being read; keeps track of lists and continued text."""

    def __init__(self, parsed):
        self.parsed = parsed
        self.part = None  # the Part receiving blocks
        self.mode = "front"  # front, body, appendices, glossary
        self.list_block = None
        self.last_text = None  # (kind, index) of a block a lowercase line may continue

    def add(self, kind, value):
        if self.part is None:
            self.parsed.unplaced.append(value if isinstance(value, str) else str(value)[:200])
            return
        self.part.blocks.append((kind, value))
        if kind != "list":
            self.list_block = None
        self.last_text = (kind, len(self.part.blocks) - 1) if kind == "paragraph" else None

    def add_paragraph(self, text):
        self.add("paragraph", f"<p>{escape(text)}</p>")

    def add_list_item(self, text, numbered=False, number=None):
        if self.part is None:
            self.parsed.unplaced.append(text)
            return
        if self.list_block is None or self.list_block["numbered"] != numbered:
            self.list_block = {"numbered": numbered, "start": number or 1, "items": []}
            self.part.blocks.append(("list", self.list_block))
        self.list_block["items"].append(text)
        self.last_text = ("list", len(self.part.blocks) - 1)

    def add_footnote(self, label, text):
        if self.part is None:
            self.parsed.unplaced.append(text)
        else:
            # Where the note was printed: its marker is in the text before it.
            self.part.footnotes.append({"label": label, "text": text, "at": len(self.part.blocks)})

    def continue_text(self, text):
        """A lowercase line after a page break or blank line continues the last text."""
        if self.part is None or self.last_text is None:
            return False
        kind, index = self.last_text
        value = self.part.blocks[index][1]
        if kind == "paragraph":
            inner = value[len("<p>") : -len("</p>")]
            if inner.endswith(TERMINAL):
                return False
            self.part.blocks[index] = ("paragraph", f"<p>{join_lines([inner, escape(text)])}</p>")
            return True
        if kind == "list" and value["items"]:
            if value["items"][-1].endswith(TERMINAL):
                return False
            value["items"][-1] = join_lines([value["items"][-1], text])
            return True
        return False

    def start_part(self, part):
        self.part = part
        self.list_block = None
        self.last_text = None

    def start_front_part(self, title, key):
        self.start_part(Part("section", "", title, slug=FRONT_PARTS[key]))
        self.parsed.front.append(self.part)

    def start_section(self, number, title):
        section = Part("section", number, title, slug=number.replace(".", "-"))
        if "." not in number:
            self.parsed.chapters.append(section)
        else:
            parent = self.find_section(number.rsplit(".", 1)[0])
            if parent is None:
                self.parsed.unplaced.append(f"section {number} {title}: no parent section")
                parent = self.parsed.chapters[-1] if self.parsed.chapters else None
            if parent is None:
                self.parsed.chapters.append(section)
            else:
                parent.children.append(section)
        self.mode = "body"
        self.start_part(section)

    def find_section(self, number):
        for section in reversed(self.parsed.sections()):
            if section.number == number:
                return section
        return None


# --- Reading the units -------------------------------------------------------------------


class Parser:
    """Reads the units in order; one method per kind of unit."""

    def __init__(self, units, parsed):
        self.units = units
        self.parsed = parsed
        self.builder = Builder(parsed)
        self.next = 0  # index of the unit to read next

    def run(self):
        while self.next < len(self.units):
            unit = self.units[self.next]
            self.next += 1
            self.read(unit)
        place_footnotes(self.parsed)
        mark_citations(self.parsed)
        return self.parsed

    def read(self, unit):
        if unit.kind == "part":
            self.skip_part_title()
        elif unit.kind == "letterspaced":
            self.display_heading(unit)
        elif self.builder.mode == "glossary":
            self.next = read_glossary_entry(self.parsed, self.units, self.next - 1)
        else:
            getattr(self, f"read_{unit.kind}", self.read_text)(unit)

    def skip_part_title(self):
        """A part title page ("Del II" and its display title) is not content."""
        units = self.units
        while (
            self.next < len(units)
            and units[self.next].kind == "text"
            and is_all_caps(units[self.next].text)
        ):
            self.next += 1

    def display_heading(self, unit):
        title = despace("  ".join(unit.lines))
        key = title.rstrip(":").upper()
        if key in GLOSSARY_TITLES:
            self.builder.start_part(None)
            self.builder.mode = "glossary"
            self.parsed.glossary_title = sentence_case(title)
        elif self.builder.mode == "front" and key in FRONT_PARTS:
            self.builder.start_front_part(sentence_case(title), key)
        else:
            self.builder.add("subheading", sentence_case(title))

    def read_heading(self, unit):
        self.builder.start_section(unit.match.group(1), join_lines(unit.lines))

    def read_appendices(self, unit):
        self.builder.start_part(None)
        self.builder.mode = "appendices"

    def read_appendix(self, unit):
        appendix = Part("appendix", unit.match.group(1), join_lines(unit.lines))
        self.parsed.appendices.append(appendix)
        self.builder.mode = "appendices"
        self.builder.start_part(appendix)

    def read_table(self, unit):
        value, self.next = read_table(self.units, self.next - 1)
        self.builder.add("table", value)

    def read_figure(self, unit):
        """A figure: its caption, and the text printed inside it as its description (not
        as body text); room for an image that an editor adds."""
        number = int(unit.match.group(1))
        inside = []
        while self.next < len(self.units) and is_figure_text(self.units[self.next]):
            inside.append(self.units[self.next])
            self.next += 1
        figure = {
            "number": number,
            "caption": CITATION_END_RE.sub("", join_lines(unit.lines)),
            "image": None,
            "alt_text": "",
            "description": figure_description(inside),
        }
        if not figure["description"]:
            self.parsed.unrepaired.append(
                f"figure {number} ({figure['caption']}): no text in the extraction; "
                "write its description and add the image with alternative text"
            )
        self.builder.add("figure", figure)

    def read_footnote(self, unit):
        self.builder.add_footnote(unit.match.group(1), join_lines(unit.lines))

    def read_bullet(self, unit):
        self.builder.add_list_item(unit.text)

    def read_numbered(self, unit):
        self.builder.add_list_item(unit.text, numbered=True, number=int(unit.match.group(1)))

    def read_statement(self, unit):
        self.builder.add("highlight", unit.text)

    def read_checklist(self, header):
        """An appendix's checklist: from its column headings to the end of the appendix."""
        rows = []
        while self.next < len(self.units) and self.units[self.next].kind in ("text", "bullet"):
            unit = self.units[self.next]
            self.next += 1
            text = unit.text
            if text[:1].islower() and rows and not rows[-1]["is_header"]:
                rows[-1]["cells"][0] = join_lines([rows[-1]["cells"][0], text])
            elif unit.kind == "text" and is_checklist_group(text):
                rows.append({"is_header": True, "cells": [text]})
            else:
                rows.append({"is_header": False, "cells": [text, ""]})
        value = {"item_heading": header.group(1), "done_heading": header.group(2), "rows": rows}
        self.builder.add("checklist", value)

    def read_text(self, unit):
        builder = self.builder
        first = unit.lines[0].strip()
        header = CHECKLIST_HEADER_RE.match(unit.text)
        if builder.mode == "appendices" and header:
            self.read_checklist(header)
            return
        if first[:1].islower() and builder.continue_text(unit.text):
            return
        if builder.mode == "front" and first.upper() in FRONT_PARTS:
            builder.start_front_part(first, first.upper())
            if len(unit.lines) > 1:
                builder.add_paragraph(join_lines(unit.lines[1:]))
        elif is_subheading(unit):
            builder.add("subheading", first)
            if unit.lines[1:]:
                builder.add_paragraph(join_lines(unit.lines[1:]))
        else:
            builder.add_paragraph(unit.text)


def place_footnotes(parsed):
    """Put each footnote on the page whose text references it, and link marker and note.

    The PDF prints a note at the foot of the page, after its marker ("extremismi."), which may
    be in the part before the one the note was read in; the nearest marker before it wins."""
    parts = [*parsed.front, *parsed.sections(), *parsed.appendices]
    placed = {id(part): [] for part in parts}
    for index, part in enumerate(parts):
        for note in part.footnotes:
            owner = _link_marker(parts, index, note)
            if owner is None:
                parsed.unrepaired.append(
                    f"footnote {note['label']}: no marker in the text before it ({part.title})"
                )
                owner = part
            placed[id(owner)].append({"label": note["label"], "text": note["text"]})
        part.footnotes = []
    for part in parts:
        if placed[id(part)]:
            part.blocks.append(("footnotes", placed[id(part)]))


def _link_marker(parts, index, note):
    """Link the nearest marker of `note` before it (in its part or the two before); returns
    the part that holds it, or None."""
    marker = footnote_marker_re(note["label"])
    earlier = [(i, len(parts[i].blocks)) for i in (index - 1, index - 2) if i >= 0]
    for part_index, end in [(index, note["at"]), *earlier]:
        part = parts[part_index]
        for block_index in range(end - 1, -1, -1):
            kind, value = part.blocks[block_index]
            if kind != "paragraph":
                continue
            matches = list(marker.finditer(value))
            if matches:
                last = matches[-1]
                label = escape(note["label"])
                link = (
                    f'<sup class="footnote-ref"><a href="#fn-{label}" id="fnref-{label}">'
                    f"{label}</a></sup>"
                )
                part.blocks[block_index] = (
                    kind,
                    value[: last.start(1)] + link + value[last.end(1) :],
                )
                return part
    return None


def mark_citations(parsed):
    """Mark up the source numbers glued to words in paragraphs as references, and list the
    English leftovers of the extraction (a rule cannot tell where they end) in the report."""
    for part in [*parsed.front, *parsed.sections(), *parsed.appendices]:
        for index, (kind, value) in enumerate(part.blocks):
            if kind != "paragraph":
                continue
            part.blocks[index] = (kind, CITATION_RE.sub(_citation, value))
            fragment = english_fragment(value)
            if fragment:
                where = f"{part.number} {part.title}".strip()
                parsed.unrepaired.append(
                    f"English text left by the extraction in {where}: …{fragment}…"
                )


def _citation(match):
    return f'{match.group(1)}<sup class="citation">{match.group(2)}</sup>'


def english_fragment(html, window=12, needed=3):
    """The words around a run of English inside a paragraph of another language, or ""."""
    words = re.sub(r"<[^>]+>", " ", html).split()
    english = [w.strip(".,;:()‘’”").lower() in ENGLISH_WORDS for w in words]
    if not words or sum(english) / len(words) > 0.15:
        return ""  # English text throughout (the English leaflet) or none at all
    for start in range(len(words)):
        if english[start] and sum(english[start : start + window]) >= needed:
            return " ".join(words[max(start - 3, 0) : start + window])
    return ""


def footnote_marker_re(label):
    """A footnote marker glued to the end of a word or sentence: "extremismi.", "hälsa.iii";
    the word has two letters at least ("av" is no "a" with note v) and is no abbreviation
    ("t.ex." has no note x)."""
    return re.compile(
        r"(?:(?<=[.)])|(?<=[^\W\d_]{2})(?<=[^\W\divx_]))(?<!\.\w)(?<!\.\w\w)"
        r"(" + re.escape(label) + r")(?=[\s.,;:)(]|<|$)"
    )


def is_checklist_group(text):
    """A group heading of a checklist ("SJÄLVA TRÄFFEN", "Organisering och ledning",
    "Händelsen behandlas och stödbehovet utreds:"), not an item to mark done."""
    return (
        is_all_caps(text) or text.endswith(":") or (len(text) <= 40 and not text.endswith(TERMINAL))
    )


def is_figure_text(unit):
    """Text printed inside a figure: labels and bullets up to the next running text (full
    width lines, or a sentence)."""
    if unit.kind == "bullet":
        return True
    return unit.kind == "text" and not is_prose(unit) and not unit.text.endswith((".", "!", "?"))


def figure_description(units):
    """The text inside a figure, one line per box or bullet; wrapped lines rejoined."""
    lines = []
    for unit in units:
        text = unit.text
        if unit.kind == "bullet":
            lines.append(f"• {text}")
        elif text[:1].islower() and lines:
            lines[-1] = join_lines([lines[-1], text])
        else:
            lines.append(text)
    return "\n".join(lines)


def is_subheading(unit):
    """A short capitalised line of its own, not a sentence, above text."""
    first = unit.lines[0].strip()
    if len(first) > 75 or not first[:1].isupper() or first.endswith((*TERMINAL, ",", ";", "-")):
        return False
    if is_all_caps(first) or any(c.isdigit() for c in first):
        return False
    return len(unit.lines) == 1 or unit.lines[1].strip()[:1].isupper()


def read_glossary_entry(parsed, units, i):
    """Read one glossary entry starting at units[i]; returns the index after it."""
    unit = units[i]
    text = unit.text
    if not parsed.glossary and header_columns(unit):
        return i + 1  # the column headings ("Begrepp Innehåll")
    if text[:1].islower() and parsed.glossary:
        parsed.glossary[-1]["definition"] = join_lines([parsed.glossary[-1]["definition"], text])
        return i + 1
    split = upper_split(unit.lines[0].strip())
    if split and split[0]:
        parsed.glossary.append(
            {"term": split[0], "definition": join_lines([split[1], *unit.lines[1:]])}
        )
        return i + 1
    # A term on lines of its own; the definition is the next unit.
    definition = units[i + 1].text if i + 1 < len(units) else ""
    parsed.glossary.append({"term": text, "definition": definition})
    return i + 2


def parse(text):
    """Parse the extracted handbook text into a ParsedHandbook."""
    parsed = ParsedHandbook()
    units = split_units(clean_lines(text, parsed))
    return Parser(units, parsed).run()
