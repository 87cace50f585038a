"""The outline of a handbook edition in reading order, assembled from plain rows.

Every page inside an edition needs the whole tree (table of contents, chapter contents,
breadcrumbs, previous/next) and the glossary. The edition reads its tree once per model as
plain values (`HandbookPage.outline`); here those rows become entries in Python, so a page
costs the same number of queries for a handbook of 10 or 1000 sections. No database access
and no page models here: this module sits below `handbook.models`.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from handbook.anchors import GLOSSARY_ANCHOR, appendix_anchor, section_anchor

# The columns read for each outline row; sections and appendices add "number".
ROW_FIELDS = ("pk", "path", "depth", "title", "url_path")


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


def entry_anchor(kind, number, pk):
    if kind == "section":
        return section_anchor(number) or f"part-{pk}"
    if kind == "appendix":
        return appendix_anchor(number)
    return GLOSSARY_ANCHOR


def build_outline(rows, edition_url, edition_url_path, steplen):
    """(entries in reading order, top-level entries with children) from (row, kind) pairs.

    Rows are dicts of ROW_FIELDS (and "number"); URLs are made relative to the edition's URL
    so they need no per-page lookup; `steplen` is the tree's path step length."""
    entries = []
    by_path = {}
    top = []
    for row, kind in sorted(rows, key=lambda item: item[0]["path"]):
        number = str(row.get("number") or "")
        entry = Entry(
            pk=row["pk"],
            path=row["path"],
            depth=row["depth"],
            title=row["title"],
            url=edition_url + row["url_path"][len(edition_url_path) :],
            kind=kind,
            number=number,
            anchor=entry_anchor(kind, number, row["pk"]),
        )
        entries.append(entry)
        by_path[entry.path] = entry
        parent = by_path.get(entry.path[:-steplen])
        if parent is not None:
            parent.children.append(entry)
        else:
            top.append(entry)
    return entries, top


def glossary_entry(entries):
    return next((e for e in entries if e.kind == "glossary"), None)


def glossary_links(terms, glossary):
    """The glossary terms (objects with term, definition, anchor) with their link targets."""
    return [
        {
            "term": term.term,
            "definition": term.definition,
            "anchor": term.anchor,
            "url": f"{glossary.url}#{term.anchor}",
        }
        for term in terms
    ]


def navigation(page_pk, edition, edition_url, entries, top):
    """Where a page stands in its edition: current entry, chapter, breadcrumbs, prev/next."""
    index = next((i for i, e in enumerate(entries) if e.pk == page_pk), None)
    current = entries[index] if index is not None else None
    chapter = None
    breadcrumbs = [] if page_pk == edition.pk else [{"title": edition.title, "url": edition_url}]
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
        "current_entry": current,
        "chapter": chapter,
        "breadcrumbs": breadcrumbs,
        "previous_entry": previous_entry,
        "next_entry": next_entry,
    }
