"""Page writing: create or update the pages of one edition from a ParsedHandbook.

Pages are keyed by edition and number (front parts by slug), so running the import again
updates them in place. An edition's status comes from its year and an explicit choice: the
import marks editions of older years outdated, never one of the same or a newer year, and
`current=True` makes the imported edition the current one over every other.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale

from handbook.importer.updates import match_sections
from handbook.models import (
    AppendixPage,
    EditionStatus,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    HandbookSectionPage,
)
from portal.models import HomePage

EDITION_SLUGS = {"fi": "kasikirja", "sv": "handbok", "en": "handbook"}
APPENDIX_SLUGS = {"fi": "liite", "sv": "bilaga", "en": "appendix"}
GLOSSARY_SLUGS = {"fi": "sanasto", "sv": "ordlista", "en": "glossary"}


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)
    unrepaired: list = field(default_factory=list)  # PDF damage a rule could not mend
    counts: dict = field(default_factory=dict)
    edition: object = None


def import_handbook(parsed, language_code, year=None, parent=None, progress=None, current=False):
    """Create or update the edition's pages from `parsed`; returns an ImportReport.
    `current`: make this edition the current one whatever the years of the others."""
    progress = progress or (lambda message: None)
    locale = Locale.objects.get(language_code=language_code)
    year = year or parsed.year
    if year is None:
        raise ValueError("The edition year is not in the text; give it with --edition.")
    if parent is None:
        parent = HomePage.objects.filter(locale=locale).first()
        if parent is None:
            raise ValueError(f"No home page in the language {language_code!r} to import under.")
    writer = PageWriter(
        locale,
        ImportReport(unplaced=list(parsed.unplaced), unrepaired=list(parsed.unrepaired)),
    )

    with transaction.atomic():
        edition = writer.write_edition(parsed, parent, year)
        progress(f"edition {year}: {edition.title}")
        writer.write_sections(parsed, edition, progress)
        writer.write_appendices(parsed.appendices, edition)
        progress(f"{len(parsed.appendices)} appendices")
        if parsed.glossary:
            terms = writer.write_glossary(parsed, edition)
            progress(f"glossary: {terms} terms")
        mark_editions(edition, current=current)

    writer.report.counts = {
        "sections": len(parsed.sections()) + len(parsed.front),
        "tables": len(parsed.tables()),
        "appendices": len(parsed.appendices),
        "glossary terms": len(parsed.glossary),
    }
    return writer.report


class PageWriter:
    """Saves the pages of one edition in one language and records what it did."""

    def __init__(self, locale, report):
        self.locale = locale
        self.report = report

    @property
    def language(self):
        return self.locale.language_code

    def save(self, parent, model, page, fields, slug, publish=True):
        if page is None:
            page = model(slug=slug, locale=self.locale, **fields)
            parent.add_child(instance=page)
            self.report.created.append(page)
        else:
            page = page.specific
            for name, value in fields.items():
                setattr(page, name, value)
            self.report.updated.append(page)
        if publish:
            page.save_revision().publish()
        return page

    def write_edition(self, parsed, parent, year):
        slug = f"{EDITION_SLUGS.get(self.language, 'handbook')}-{year}"
        edition = HandbookPage.objects.child_of(parent).filter(slug=slug).first()
        fields = {
            "title": parsed.title or f"Handbook {year}",
            "year": year,
            "publisher": parsed.publisher,
        }
        edition = self.save(parent, HandbookPage, edition, fields, slug)
        self.report.edition = edition
        return edition

    def write_sections(self, parsed, edition, progress):
        sections = edition.get_descendants().type(HandbookSectionPage).specific()
        existing = {p.number: p for p in sections if p.number}
        existing_front = {p.slug: p for p in edition.get_children().specific()}

        def save_section(part, parent_page):
            page = existing.get(part.number) if part.number else existing_front.get(part.slug)
            fields = {"title": part.title, "number": part.number, "body": part.blocks}
            page = self.save(parent_page, HandbookSectionPage, page, fields, part.slug)
            for child in part.children:
                save_section(child, page)

        for part in parsed.front:
            save_section(part, edition)
            progress(f"front part: {part.title}")
        for chapter in parsed.chapters:
            save_section(chapter, edition)
            progress(f"chapter {chapter.number}: {chapter.title}")

    def write_appendices(self, appendices, edition):
        slug = APPENDIX_SLUGS.get(self.language, "appendix")
        existing = {a.number: a for a in AppendixPage.objects.child_of(edition)}
        for appendix in appendices:
            number = int(appendix.number)
            fields = {"title": appendix.title, "number": number, "body": appendix.blocks}
            self.save(edition, AppendixPage, existing.get(number), fields, f"{slug}-{number}")

    def write_glossary(self, parsed, edition):
        """Save the glossary page and its terms (kept by term); returns the number of terms."""
        glossary = self.save(
            edition,
            GlossaryPage,
            GlossaryPage.objects.child_of(edition).first(),
            {"title": parsed.glossary_title or "Glossary"},
            GLOSSARY_SLUGS.get(self.language, "glossary"),
            publish=False,
        )
        by_term = {t.term: t for t in glossary.terms.all()}
        terms = []
        for order, entry in enumerate(parsed.glossary):
            term = by_term.pop(entry["term"], None) or GlossaryTerm(locale=self.locale)
            term.term = entry["term"]
            term.definition = entry["definition"]
            term.sort_order = order
            terms.append(term)
        glossary.terms = terms
        glossary.save_revision().publish()
        return len(terms)


def mark_editions(edition, current=False):
    """Set the statuses of the editions in the imported edition's language.

    Explicit: `current` makes `edition` current and every other edition outdated. By year:
    editions of older years become outdated in favour of `edition`; `edition` itself is
    outdated only if an edition of a newer year exists. Editions of the same year keep their
    status, so the order of imports never decides which one is current.
    """
    others = list(
        HandbookPage.objects.filter(locale=edition.locale).exclude(pk=edition.pk).order_by("-year")
    )
    newer = [page for page in others if page.year > edition.year]
    if current or not newer:
        _set_status(edition, EditionStatus.CURRENT, None)
        demoted = others if current else [page for page in others if page.year < edition.year]
        for page in demoted:
            _set_status(page, EditionStatus.OUTDATED, edition)
    else:
        replacement = next(
            (page for page in newer if page.status == EditionStatus.CURRENT), newer[0]
        )
        _set_status(edition, EditionStatus.OUTDATED, replacement)


def _set_status(page, status, current_edition):
    current_pk = current_edition.pk if current_edition else None
    if page.status != status or page.current_edition_id != current_pk:
        page.status = status
        page.current_edition = current_edition
        page.save_revision().publish()


@dataclass
class UpdateReport:
    updated: list = field(default_factory=list)  # the section pages given new text
    missing: list = field(default_factory=list)  # sections the update does not mention


def update_section(edition, number, update, updated_on, note=""):
    """Give section `number` of `edition` (and the subsections the update continues) the
    updated text. Each page is saved as a new revision, so the previous text stays in its
    history; the page shows the date and the edition's page lists the change."""
    section = HandbookSectionPage.objects.descendant_of(edition).filter(number=number).first()
    if section is None:
        raise ValueError(f"Edition {edition.year} has no section {number}.")
    sections = [section, *section.get_descendants().type(HandbookSectionPage).specific()]
    matched, missing = match_sections(sections, update)
    report = UpdateReport(missing=[page.number for page in missing])
    with transaction.atomic():
        for page, segment in matched.items():
            page.title = segment.title
            page.body = segment.blocks
            page.updated_on = updated_on
            page.update_note = note if page.pk == section.pk else ""
            page.save_revision().publish()
            report.updated.append(page)
    return report
