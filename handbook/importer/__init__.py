"""Import the plain text of the handbook (as extracted from the published PDF) into pages.

Two steps, both plain functions: `parse(text)` turns the text into a `ParsedHandbook` (front
parts, numbered sections to any depth, appendices, glossary; each with StreamField blocks),
and `import_handbook(parsed, ...)` creates or updates the pages of one edition.

The stages, each in its own module: `patterns` (what a line is), `cleanup` (page-break noise,
broken words), `parsing` (units, parts and blocks), `tables`, `pages` (writing pages) and
`updates` (an updated chapter or section between editions).
"""

from handbook.importer.cleanup import despace, join_lines
from handbook.importer.pages import ImportReport, UpdateReport, import_handbook, update_section
from handbook.importer.parsing import ParsedHandbook, Part, parse
from handbook.importer.updates import parse_update

__all__ = [
    "ImportReport",
    "ParsedHandbook",
    "Part",
    "despace",
    "import_handbook",
    "join_lines",
    "parse",
    "parse_update",
    "update_section",
    "UpdateReport",
]
