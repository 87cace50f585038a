"""Import the plain text of the handbook (as extracted from the published PDF) into pages.

Two steps, both plain functions: `parse(text)` turns the text into a `ParsedHandbook` (front
parts, numbered sections to any depth, appendices, glossary; each with StreamField blocks),
and `import_handbook(parsed, ...)` creates or updates the pages of one edition. Pages are keyed
by edition and number, so running the import again updates them in place.

The extracted text carries page-break noise that is dropped here: running headers, page
numbers, the "FÖRÅLD"/"RAD" stamps of the outdated edition, words hyphenated across lines,
paragraphs torn apart by a page break.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import escape

# --- Noise -------------------------------------------------------------------------------

STAMPS = ("FÖRÅLD", "VANHENTUNUT", "OUTDATED")
STAMP_LINES = {"RAD", "FÖRÅLD", "VANHENTUNUT", "OUTDATED"}
RUNNING_HEADER_RE = re.compile(
    r"^(?P<publisher>[A-ZÅÄÖ]+ (?:PUBLIKATIONER|JULKAISUJA|PUBLICATIONS) (?P<year>\d{4}):\d+)"
    r"\s+(?P<title>.+)$"
)
PAGE_NUMBER_RE = re.compile(r"^\d{1,3}$")

# --- Structure ---------------------------------------------------------------------------

HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\t\s*(\S.*)$")
APPENDIX_RE = re.compile(r"^(?:Bilaga|Liite|Appendix)\s+(\d{1,2})\t\s*(\S.*)$")
APPENDICES_RE = re.compile(r"^(?:Bilagor|Liitteet|Appendices)$")
TABLE_RE = re.compile(r"^(?:Tabell|Taulukko|Table)\s+(\d{1,2})\.\s+(\S.*)$")
FIGURE_RE = re.compile(r"^(?:Figur|Kuvio|Figure)\s+(\d{1,2})\.\s+(\S.*)$")
FOOTNOTE_RE = re.compile(r"^([ivx]{1,6})\t\s*(\S.*)$")
BULLET_RE = re.compile(r"^•\s*(.*)$")
SUB_BULLET_RE = re.compile(r"^−−\s*\t\s*(.*)$")
KEY_STATEMENT_RE = re.compile(r"^−− (\S.*)$")
NUMBERED_RE = re.compile(r"^(\d{1,2})\.\t[\s]*(\S.*)$")
PART_RE = re.compile(r"^(?:Del|Osa|Part)\s+[IVX]+$")

FRONT_PARTS = {
    "TILL LÄSAREN": "preface",
    "LUKIJALLE": "preface",
    "TO THE READER": "preface",
    "INLEDNING": "introduction",
    "JOHDANTO": "introduction",
    "INTRODUCTION": "introduction",
}
GLOSSARY_TITLES = {"ORDLISTA", "SANASTO", "GLOSSARY"}
# A hyphen at a line end before these words belongs to the text ("social- och hälsovård").
KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "ja", "tai", "sekä", "and", "or"}
# The same split inside a line ("Scandi- navia"), left by the PDF extraction.
INLINE_SPLIT_RE = re.compile(
    r"(\w)- (?!(?:" + "|".join(sorted(KEEP_HYPHEN_BEFORE)) + r")\b)([a-zåäö])"
)
TERMINAL = (".", "!", "?", ":")


@dataclass
class Line:
    text: str
    page_start: bool = False


@dataclass
class Unit:
    """A run of lines that belong together: a paragraph, a list item, a heading..."""

    kind: str
    lines: list
    page_start: bool = False
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


# --- Text helpers -------------------------------------------------------------------------


def join_lines(lines):
    """Join wrapped lines, rejoining words hyphenated across a line break."""
    result = ""
    for raw in lines:
        line = INLINE_SPLIT_RE.sub(r"\1\2", re.sub(r"\s+", " ", raw).strip())
        if not line:
            continue
        if not result:
            result = line
        elif (
            result.endswith("-")
            and len(result) > 1
            and result[-2].isalpha()
            and line[:1].islower()
            and line.split(" ")[0].strip(",.") not in KEEP_HYPHEN_BEFORE
        ):
            result = result[:-1] + line
        else:
            result = f"{result} {line}"
    return result


def despace(line):
    """'T I L L  L Ä S A R E N' -> 'TILL LÄSAREN' (letter-spaced display headings)."""
    words = re.split(r"\s{2,}", line.strip())
    return " ".join(w.replace(" ", "") for w in words if w)


def is_letterspaced(line):
    tokens = line.split()
    if len(tokens) < 4:
        return False
    short = sum(1 for t in tokens if len(t.rstrip(":")) <= 2)
    return short / len(tokens) >= 0.7 and line.upper() == line


def sentence_case(text):
    text = text.strip()
    return text[:1].upper() + text[1:].lower() if text else text


def is_all_caps(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def upper_split(line, min_index=1):
    """Split 'Label words Value…' where the value starts with a capital (or a digit)."""
    tokens = line.split()
    for i, token in enumerate(tokens):
        if i >= min_index and (token[:1].isupper() or token[:1].isdigit()):
            return " ".join(tokens[:i]).strip(), " ".join(tokens[i:]).strip()
    return None


def is_prose(unit):
    """Running text (not a table cell): several lines at the body text's full width."""
    if unit.kind != "text" or len(unit.lines) < 3:
        return False
    lengths = [len(line.rstrip()) for line in unit.lines]
    return max(lengths) <= 97 and sum(1 for n in lengths if n >= 78) >= 2


# --- Step 1: clean lines ------------------------------------------------------------------


def clean_lines(text, parsed):
    lines = []
    for raw in text.splitlines():
        page_start = raw.startswith(" ") and raw[1:2] not in ("", " ")
        line = raw
        for stamp in STAMPS:
            line = line.replace(stamp, "")
        stripped = line.strip()
        if stripped in STAMP_LINES:
            continue
        header = RUNNING_HEADER_RE.match(stripped)
        if header:
            parsed.publisher = parsed.publisher or sentence_case(header["publisher"])
            parsed.year = parsed.year or int(header["year"])
            parsed.title = parsed.title or sentence_case(header["title"])
            continue
        if PAGE_NUMBER_RE.match(stripped):
            continue
        if parsed.title and stripped.upper() == parsed.title.upper():
            continue
        lines.append(Line(line.rstrip(), page_start))
    # The first line of the extraction is the document title.
    for i, line in enumerate(lines):
        if line.text.strip():
            if is_all_caps(line.text) and not is_letterspaced(line.text):
                parsed.title = parsed.title or sentence_case(line.text)
                del lines[i]
            break
    if parsed.title:
        lines = [ln for ln in lines if ln.text.strip().upper() != parsed.title.upper()]
    return lines


# --- Step 2: units ------------------------------------------------------------------------


def classify(stripped, raw):
    for kind, regex in (
        ("appendix", APPENDIX_RE),
        ("table", TABLE_RE),
        ("figure", FIGURE_RE),
        ("heading", HEADING_RE),
        ("numbered", NUMBERED_RE),
        ("footnote", FOOTNOTE_RE),
        ("bullet", BULLET_RE),
        ("bullet", SUB_BULLET_RE),
        ("statement", KEY_STATEMENT_RE),
    ):
        match = regex.match(stripped)
        if match:
            return kind, match
    if APPENDICES_RE.match(stripped):
        return "appendices", None
    if PART_RE.match(stripped):
        return "part", None
    if is_letterspaced(raw):
        return "letterspaced", None
    return None, None


def split_units(lines):
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
        # A new page starts a new paragraph unless the text runs on from the page before.
        breaks_page = (
            line.page_start
            and stripped[:1].isupper()
            and (previous_text.endswith(TERMINAL) or len(previous_text) < 60)
            and not previous_text.endswith("-")
        )
        if kind == "letterspaced" and current is not None and current.kind == "letterspaced":
            current.lines.append(raw)
        elif kind is not None:
            first = stripped if match is None else _first_text(kind, match)
            current = Unit(kind, [first], line.page_start, match)
            units.append(current)
        elif current is None or breaks_page:
            current = Unit("text", [stripped], line.page_start)
            units.append(current)
        elif current.kind == "heading" and not stripped[:1].islower():
            # A heading continues only with a lowercase line; anything else is body text.
            current = Unit("text", [stripped], line.page_start)
            units.append(current)
        elif current.kind in ("appendix", "figure", "part", "letterspaced"):
            current = Unit("text", [stripped], line.page_start)
            units.append(current)
        else:
            current.lines.append(stripped)
        previous_text = stripped
    return units


def _first_text(kind, match):
    if kind in ("appendix", "table", "figure", "heading", "numbered", "footnote"):
        return match.group(2)
    return match.group(1)


# --- Step 3: structure --------------------------------------------------------------------


class Builder:
    def __init__(self, parsed):
        self.parsed = parsed
        self.part = None  # the Part receiving blocks
        self.mode = "front"  # front, body, glossary
        self.list_block = None
        self.last_text = None  # (kind, index) of a block a lowercase line may continue
        self.pending_term = None

    # blocks
    def add(self, kind, value):
        if self.part is None:
            self.parsed.unplaced.append(value if isinstance(value, str) else str(value)[:200])
            return
        self.part.blocks.append((kind, value))
        if kind != "list":
            self.list_block = None
        self.last_text = (kind, len(self.part.blocks) - 1) if kind in ("paragraph",) else None

    def add_list_item(self, text, numbered=False, number=None):
        if self.part is None:
            self.parsed.unplaced.append(text)
            return
        if self.list_block is None or self.list_block["numbered"] != numbered:
            self.list_block = {"numbered": numbered, "start": number or 1, "items": []}
            self.part.blocks.append(("list", self.list_block))
        self.list_block["items"].append(text)
        self.last_text = ("list", len(self.part.blocks) - 1)

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
        self.flush_footnotes()
        self.part = part
        self.list_block = None
        self.last_text = None

    def flush_footnotes(self):
        if self.part is not None and self.part.footnotes:
            self.part.blocks.append(("footnotes", self.part.footnotes))
            self.part.footnotes = []

    # sections
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


def parse(text):
    """Parse the extracted handbook text into a ParsedHandbook."""
    parsed = ParsedHandbook()
    units = split_units(clean_lines(text, parsed))
    builder = Builder(parsed)
    i = 0
    while i < len(units):
        unit = units[i]
        i += 1
        if unit.kind == "part":
            # A part title page ("Del II" and its display title): not content.
            while i < len(units) and units[i].kind == "text" and is_all_caps(units[i].text):
                i += 1
            continue
        if unit.kind == "letterspaced":
            title = despace("  ".join(unit.lines))
            key = title.rstrip(":").upper()
            if key in GLOSSARY_TITLES:
                builder.start_part(None)
                builder.mode = "glossary"
                parsed.glossary_title = sentence_case(title)
                continue
            if builder.mode == "front" and key in FRONT_PARTS:
                builder.start_part(Part("section", "", sentence_case(title), slug=FRONT_PARTS[key]))
                parsed.front.append(builder.part)
                continue
            builder.add("subheading", sentence_case(title))
            continue
        if builder.mode == "glossary":
            i = _glossary_unit(parsed, units, i - 1)
            continue
        if unit.kind == "heading":
            number = unit.match.group(1)
            builder.start_section(number, join_lines(unit.lines))
            continue
        if unit.kind == "appendices":
            builder.start_part(None)
            builder.mode = "appendices"
            continue
        if unit.kind == "appendix":
            appendix = Part("appendix", unit.match.group(1), join_lines(unit.lines))
            parsed.appendices.append(appendix)
            builder.mode = "appendices"
            builder.start_part(appendix)
            continue
        if unit.kind == "table":
            i = _table(builder, units, i - 1)
            continue
        if unit.kind == "figure":
            builder.add(
                "figure",
                {
                    "number": int(unit.match.group(1)),
                    "caption": join_lines(unit.lines),
                    "image": None,
                    "alt_text": "",
                    "description": "",
                },
            )
            continue
        if unit.kind == "footnote":
            if builder.part is None:
                parsed.unplaced.append(unit.text)
            else:
                builder.part.footnotes.append(
                    {"label": unit.match.group(1), "text": join_lines(unit.lines)}
                )
            continue
        if unit.kind == "bullet":
            builder.add_list_item(unit.text)
            continue
        if unit.kind == "numbered":
            builder.add_list_item(unit.text, numbered=True, number=int(unit.match.group(1)))
            continue
        if unit.kind == "statement":
            builder.add("highlight", unit.text)
            continue
        # Plain text.
        first = unit.lines[0].strip()
        if first[:1].islower() and builder.continue_text(unit.text):
            continue
        if builder.mode == "front" and first.upper() in FRONT_PARTS:
            builder.start_part(Part("section", "", first, slug=FRONT_PARTS[first.upper()]))
            parsed.front.append(builder.part)
            if len(unit.lines) > 1:
                builder.add("paragraph", f"<p>{escape(join_lines(unit.lines[1:]))}</p>")
            continue
        if _is_subheading(unit):
            builder.add("subheading", first)
            rest = unit.lines[1:]
            if rest:
                builder.add("paragraph", f"<p>{escape(join_lines(rest))}</p>")
            continue
        builder.add("paragraph", f"<p>{escape(unit.text)}</p>")
    builder.flush_footnotes()
    return parsed


def _is_subheading(unit):
    first = unit.lines[0].strip()
    if len(first) > 75 or not first[:1].isupper() or first.endswith((*TERMINAL, ",", ";", "-")):
        return False
    if is_all_caps(first) or any(c.isdigit() for c in first):
        return False
    return len(unit.lines) == 1 or unit.lines[1].strip()[:1].isupper()


# --- Tables -------------------------------------------------------------------------------

LAW_RE = re.compile(r"\(\d+/\d{4}\)|\d+\s+kap\.|\d+\s+§|lagen\b|\blaki\b", re.IGNORECASE)
TABLE_ENDS = {"heading", "appendix", "appendices", "table", "figure", "footnote", "part"}


def _table(builder, units, start):
    caption_unit = units[start]
    number = int(caption_unit.match.group(1))
    body = []
    i = start + 1
    while i < len(units):
        unit = units[i]
        if unit.kind in TABLE_ENDS or unit.kind == "letterspaced":
            break
        if is_prose(unit) and not (body and _is_label(body[-1])):
            break
        body.append(unit)
        i += 1
    builder.add(
        "table",
        {"number": number, "caption": join_lines(caption_unit.lines), **_table_rows(body)},
    )
    return i


def _is_label(unit):
    """A first-column cell wrapped on lines of its own; its neighbour cell follows."""
    return (
        unit.kind == "text"
        and len(unit.lines) >= 2
        and max(len(line) for line in unit.lines) <= 45
        and not unit.text.endswith(TERMINAL)
    )


def _header_columns(unit):
    if unit.kind != "text" or len(unit.lines) != 1 or len(unit.lines[0]) > 40:
        return None
    tokens = unit.lines[0].split()
    if len(tokens) < 2:
        return None
    columns = []
    for token in tokens:
        if token[:1].isupper():
            columns.append(token)
        elif "." in token and columns:
            columns[-1] += " " + token
        else:
            return None
    return columns if len(columns) >= 2 else None


def _table_rows(units):
    columns = _header_columns(units[0]) if units else None
    if columns:
        rows = _column_rows(units[1:], len(columns))
        return {"columns": columns, "first_column_is_header": True, "rows": rows}
    if any(u.kind == "bullet" for u in units):
        return {"columns": [], "first_column_is_header": True, "rows": _group_rows(units)}
    return {"columns": [], "first_column_is_header": True, "rows": _key_value_rows(units)}


def _row(*cells, header=False):
    return {"is_header": header, "cells": list(cells)}


def _column_rows(units, width):
    rows = []
    awaiting = None  # the row waiting for its next cell
    for unit in units:
        text = unit.text
        if unit.kind == "text" and is_all_caps(text):
            rows.append(_row(text, header=True))
            awaiting = None
            continue
        if awaiting is not None:
            cells = awaiting["cells"]
            if len(cells) < 2:
                cells.append(text)
            elif LAW_RE.search(text) and len(cells) < width:
                cells.append(text)
            else:
                cells[-1] = f"{cells[-1]}\n{text}"
            if len(cells) >= width:
                awaiting = None
            continue
        if text[:1].islower() and rows and not rows[-1]["is_header"]:
            rows[-1]["cells"][-1] = join_lines([rows[-1]["cells"][-1], text])
            continue
        split = upper_split(unit.lines[0].strip())
        if split and split[0]:
            rest = join_lines([split[1], *unit.lines[1:]])
            row = _row(split[0], rest)
        elif _is_label(unit):
            row = _row(text)
        else:
            head, _, rest = text.partition(" ")
            row = _row(head, rest)
        rows.append(row)
        awaiting = row if len(row["cells"]) < width else None
    for row in rows:
        if not row["is_header"]:
            row["cells"] += [""] * (width - len(row["cells"]))
    return rows


def _group_rows(units):
    rows = []
    for unit in units:
        if unit.kind == "bullet":
            if not rows:
                rows.append(_row("", ""))
            cell = rows[-1]["cells"][1]
            rows[-1]["cells"][1] = f"{cell}\n• {unit.text}" if cell else f"• {unit.text}"
        elif unit.text[:1].islower() and rows:
            rows[-1]["cells"][1] = join_lines([rows[-1]["cells"][1], unit.text])
        else:
            rows.append(_row(unit.text, ""))
    return rows


def _key_value_rows(units):
    rows = []
    for unit in units:
        split = upper_split(unit.lines[0].strip())
        if unit.text[:1].islower() and rows:
            rows[-1]["cells"][-1] = join_lines([rows[-1]["cells"][-1], unit.text])
        elif split and split[0]:
            rows.append(_row(split[0], join_lines([split[1], *unit.lines[1:]])))
        else:
            rows.append(_row(unit.text, header=True))
    return rows


# --- Glossary -----------------------------------------------------------------------------


def _glossary_unit(parsed, units, i):
    """Read one glossary entry starting at units[i]; returns the index after it."""
    unit = units[i]
    text = unit.text
    if not parsed.glossary and _header_columns(unit):
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


# --- Step 4: pages ------------------------------------------------------------------------

EDITION_SLUGS = {"fi": "kasikirja", "sv": "handbok", "en": "handbook"}
APPENDIX_SLUGS = {"fi": "liite", "sv": "bilaga", "en": "appendix"}
GLOSSARY_SLUGS = {"fi": "sanasto", "sv": "ordlista", "en": "glossary"}


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    edition: object = None


def import_handbook(parsed, language_code, year=None, parent=None, progress=None):
    """Create or update the edition's pages from `parsed`; returns an ImportReport."""
    from wagtail.models import Locale

    from handbook.models import EditionStatus, GlossaryTerm, HandbookPage
    from portal.models import HomePage

    progress = progress or (lambda message: None)
    locale = Locale.objects.get(language_code=language_code)
    year = year or parsed.year
    if year is None:
        raise ValueError("The edition year is not in the text; give it with --edition.")
    if parent is None:
        parent = HomePage.objects.filter(locale=locale).first()
        if parent is None:
            raise ValueError(f"No home page in the language {language_code!r} to import under.")
    report = ImportReport(unplaced=list(parsed.unplaced))
    slug = f"{EDITION_SLUGS.get(language_code, 'handbook')}-{year}"

    with transaction.atomic():
        edition = HandbookPage.objects.child_of(parent).filter(slug=slug).first()
        fields = {
            "title": parsed.title or f"Handbook {year}",
            "year": year,
            "publisher": parsed.publisher,
        }
        edition = _save(parent, HandbookPage, edition, fields, slug, locale, report)
        report.edition = edition
        progress(f"edition {year}: {edition.title}")

        existing = {
            p.number: p
            for p in edition.get_descendants().type(_section_model()).specific()
            if p.number
        }
        existing_front = {p.slug: p for p in edition.get_children().specific()}

        def save_section(part, parent_page):
            model = _section_model()
            page = existing.get(part.number) if part.number else existing_front.get(part.slug)
            fields = {"title": part.title, "number": part.number, "body": part.blocks}
            page = _save(parent_page, model, page, fields, part.slug, locale, report)
            for child in part.children:
                save_section(child, page)

        for part in parsed.front:
            save_section(part, edition)
            progress(f"front part: {part.title}")
        for chapter in parsed.chapters:
            save_section(chapter, edition)
            progress(f"chapter {chapter.number}: {chapter.title}")

        from handbook.models import AppendixPage, GlossaryPage

        appendix_slug = APPENDIX_SLUGS.get(language_code, "appendix")
        existing_appendices = {a.number: a for a in AppendixPage.objects.child_of(edition)}
        for appendix in parsed.appendices:
            number = int(appendix.number)
            fields = {"title": appendix.title, "number": number, "body": appendix.blocks}
            _save(
                edition,
                AppendixPage,
                existing_appendices.get(number),
                fields,
                f"{appendix_slug}-{number}",
                locale,
                report,
            )
        progress(f"{len(parsed.appendices)} appendices")

        if parsed.glossary:
            glossary = GlossaryPage.objects.child_of(edition).first()
            glossary = _save(
                edition,
                GlossaryPage,
                glossary,
                {"title": parsed.glossary_title or "Glossary"},
                GLOSSARY_SLUGS.get(language_code, "glossary"),
                locale,
                report,
                publish=False,
            )
            by_term = {t.term: t for t in glossary.terms.all()}
            terms = []
            for order, entry in enumerate(parsed.glossary):
                term = by_term.pop(entry["term"], None) or GlossaryTerm(locale=locale)
                term.term = entry["term"]
                term.definition = entry["definition"]
                term.sort_order = order
                terms.append(term)
            glossary.terms = terms
            glossary.save_revision().publish()
            progress(f"glossary: {len(terms)} terms")

        _mark_editions(edition, parent, EditionStatus)

    report.counts = {
        "sections": len(parsed.sections()) + len(parsed.front),
        "tables": len(parsed.tables()),
        "appendices": len(parsed.appendices),
        "glossary terms": len(parsed.glossary),
    }
    return report


def _section_model():
    from handbook.models import HandbookSectionPage

    return HandbookSectionPage


def _save(parent, model, page, fields, slug, locale, report, publish=True):
    if page is None:
        page = model(slug=slug, locale=locale, **fields)
        parent.add_child(instance=page)
        report.created.append(page)
    else:
        page = page.specific
        for name, value in fields.items():
            setattr(page, name, value)
        report.updated.append(page)
    if publish:
        page.save_revision().publish()
    return page


def _mark_editions(edition, parent, EditionStatus):
    """The newest edition in a language is current; older ones stay, marked outdated."""
    from handbook.models import HandbookPage

    editions = list(
        HandbookPage.objects.child_of(parent).filter(locale=edition.locale).order_by("-year")
    )
    newest = editions[0]
    for page in editions:
        status = EditionStatus.CURRENT if page.pk == newest.pk else EditionStatus.OUTDATED
        current = None if page.pk == newest.pk else newest
        if page.status != status or page.current_edition_id != (current and current.pk):
            page.status = status
            page.current_edition = current
            page.save_revision().publish()
