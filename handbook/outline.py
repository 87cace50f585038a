"""The outline of a handbook edition in reading order, fetched with a fixed number of queries.

Every page inside an edition needs the whole tree (table of contents, chapter contents,
breadcrumbs, previous/next) and the glossary. Fetching each page's relatives separately would
grow with the handbook; here the tree is read once per model as plain values and assembled in
Python, so a page costs the same number of queries for a handbook of 10 or 1000 sections.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from handbook.models import (
    AppendixPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    HandbookSectionPage,
    section_anchor,
)
from portal.cache import CONTENT, cached_value, site_cache_key


@dataclass
class Entry:
    pk: int
    path: str
    depth: int
    title: str
    url: str
    kind: str  # "section", "appendix" or "glossary"
    number: str = ""
    anchor: str = ""
    children: list = field(default_factory=list)

    @property
    def label(self):
        if self.kind == "appendix":
            return f"{_('Appendix')} {self.number}. {self.title}"
        if self.number:
            return f"{self.number} {self.title}"
        return self.title


def _relative_url(edition_url, edition_url_path, url_path):
    return edition_url + url_path[len(edition_url_path) :]


def edition_outline(edition, request=None):
    """(entries in reading order, top-level entries with children) of a live edition."""
    base_url = edition.get_url(request=request) or ""
    fields = ("pk", "path", "depth", "title", "url_path", "number")
    rows = []
    for model, kind in (
        (HandbookSectionPage, "section"),
        (AppendixPage, "appendix"),
        (GlossaryPage, None),
    ):
        values = fields if kind else fields[:-1]
        for row in model.objects.descendant_of(edition).live().values(*values):
            rows.append((row, kind or "glossary"))
    rows.sort(key=lambda item: item[0]["path"])
    entries = []
    by_path = {}
    top = []
    for row, kind in rows:
        number = str(row.get("number") or "")
        if kind == "section":
            anchor = section_anchor(number) or f"part-{row['pk']}"
        elif kind == "appendix":
            anchor = f"appendix-{number}"
        else:
            anchor = "glossary"
        entry = Entry(
            pk=row["pk"],
            path=row["path"],
            depth=row["depth"],
            title=row["title"],
            url=_relative_url(base_url, edition.url_path, row["url_path"]),
            kind=kind,
            number=number,
            anchor=anchor,
        )
        entries.append(entry)
        by_path[entry.path] = entry
        parent = by_path.get(entry.path[: -HandbookPage.steplen])
        if parent is not None:
            parent.children.append(entry)
        else:
            top.append(entry)
    return entries, top


def glossary_terms(edition, outline_entries):
    """The edition's glossary terms (in glossary order) with their link targets."""
    glossary = next((e for e in outline_entries if e.kind == "glossary"), None)
    if glossary is None:
        return []
    terms = []
    for term in GlossaryTerm.objects.filter(page_id=glossary.pk).only("term", "definition"):
        terms.append(
            {
                "term": term.term,
                "definition": term.definition,
                "anchor": term.anchor,
                "url": f"{glossary.url}#{term.anchor}",
            }
        )
    return terms


def cached_outline(edition, request=None):
    """(entries, top, glossary terms) of an edition, read once per content version: every
    page of the edition shows them."""

    def compute():
        entries, top = edition_outline(edition, request)
        return entries, top, glossary_terms(edition, entries)

    key = f"handbook-outline:{edition.pk}:{site_cache_key(request)}"
    return cached_value(CONTENT, key, compute, request=request)


def find_edition(page):
    if isinstance(page, HandbookPage):
        return page
    return HandbookPage.objects.ancestor_of(page).first()


def reading_context(page, request=None):
    """Context for any page inside an edition: TOC, chapter TOC, breadcrumbs, prev/next."""
    edition = find_edition(page)
    if edition is None:
        return {}
    entries, top, glossary = cached_outline(edition, request)
    index = next((i for i, e in enumerate(entries) if e.pk == page.pk), None)
    current = entries[index] if index is not None else None
    chapter = None
    edition_url = edition.get_url(request=request)
    breadcrumbs = [] if page.pk == edition.pk else [{"title": edition.title, "url": edition_url}]
    if current is not None:
        chapter = next(e for e in top if current.path.startswith(e.path))
        breadcrumbs += [
            {"title": e.label, "url": e.url}
            for e in entries
            if current.path.startswith(e.path) and e.path != current.path
        ]
    if index is None:  # the edition root: reading starts with its first page
        previous_entry, next_entry = None, (entries[0] if entries else None)
    else:
        previous_entry = entries[index - 1] if index > 0 else None
        next_entry = entries[index + 1] if index + 1 < len(entries) else None
    return {
        "edition": edition,
        "edition_url": edition_url,
        "outline": top,
        "outline_entries": entries,
        "current_entry": current,
        "chapter": chapter,
        "breadcrumbs": breadcrumbs,
        "previous_entry": previous_entry,
        "next_entry": next_entry,
        "glossary": glossary,
    }
