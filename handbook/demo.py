"""Demo content of the handbook app: the condensed handbook and the leaflet in fi, sv and en.

The texts are data files, one folder per language (`handbook/demo/<lang>/handbook.yaml` and
`leaflet.yaml`), that a translator can read and edit. The three languages share one structure:
the Finnish pages are built first under the Finnish home page; the Swedish and English pages
are published as wagtail-localize translations of them (same structure, other language).
Safe to run again: pages are found by slug or number and updated in place.
"""

from pathlib import Path

import yaml
from django.utils.html import escape
from wagtail.fields import StreamField
from wagtail.models import Locale

from handbook.models import (
    AppendixPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    HandbookSectionPage,
    LeafletPage,
)
from portal.localization import publish_translation
from portal.models import HomePage

LANGUAGES = ("fi", "sv", "en")
TRANSLATIONS = ("sv", "en")
DATA_DIR = Path(__file__).resolve().parent / "demo"
BLOCK_KINDS = ("paragraph", "highlight", "subheading", "list", "table")


class DemoDataError(ValueError):
    """A demo data file is missing, malformed, or its structure differs from the Finnish one."""


def read_data(name, data_dir=DATA_DIR):
    """{lang: the parsed `<lang>/<name>.yaml`} for every language."""
    data = {}
    for lang in LANGUAGES:
        path = data_dir / lang / f"{name}.yaml"
        try:
            data[lang] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise DemoDataError(f"{path}: {error}") from error
    return data


def block_kind(block):
    """The kind of a data file block, a one-key mapping such as {"paragraph": "..."}."""
    if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in BLOCK_KINDS:
        raise DemoDataError(f"a block must be one of {', '.join(BLOCK_KINDS)}: {block!r}")
    return next(iter(block))


def body(blocks):
    """StreamField data from a data file's list of blocks."""
    data = []
    for block in blocks:
        kind = block_kind(block)
        value = block[kind]
        if kind == "paragraph":
            data.append(("paragraph", f"<p>{escape(value)}</p>"))
        elif kind in ("highlight", "subheading"):
            data.append((kind, value))
        elif kind == "list":
            data.append(("list", {"numbered": False, "start": None, "items": list(value)}))
        else:
            data.append(("table", table(value)))
    return data


def table(value):
    return {
        "number": value["number"],
        "caption": value["caption"],
        "columns": list(value["columns"]),
        "first_column_is_header": True,
        "rows": [{"is_header": False, "cells": list(cells)} for cells in value["rows"]],
    }


def shape(part):
    """What must agree between the languages of a section: number, blocks, tables' sizes."""
    blocks = []
    for block in part.get("blocks") or []:
        kind = block_kind(block)
        value = block[kind]
        if kind == "table":
            blocks.append((kind, value["number"], len(value["columns"]), len(value["rows"])))
        elif kind == "list":
            blocks.append((kind, len(value)))
        else:
            blocks.append(kind)
    return part.get("number"), bool(part.get("slug")), blocks, len(part.get("children") or [])


def zip_languages(by_lang, what):
    """[{lang: item}] from {lang: [items]}; the lists must be equally long."""
    lists = {lang: list(items or []) for lang, items in by_lang.items()}
    if len({len(items) for items in lists.values()}) > 1:
        lengths = {lang: len(items) for lang, items in lists.items()}
        raise DemoDataError(f"{what}: a different number of entries per language: {lengths}")
    return [dict(zip(lists, row, strict=True)) for row in zip(*lists.values(), strict=True)]


def check_same_shape(parts, what):
    """Raise DemoDataError unless the sv and en versions of a part match the fi one."""
    expected = shape(parts["fi"])
    for lang in TRANSLATIONS:
        if shape(parts[lang]) != expected:
            raise DemoDataError(
                f"{what} {parts['fi'].get('number') or parts['fi'].get('title')!r}: "
                f"{lang}/handbook.yaml differs in structure from fi/handbook.yaml "
                f"({shape(parts[lang])} != {expected})"
            )


def _publish(page):
    page.save_revision().publish()
    return page


def _child(parent, model, **lookup):
    return model.objects.child_of(parent).filter(**lookup).first()


def ensure_page(parent, model, lookup, fields):
    """Create or update the Finnish page `model` under `parent` found by `lookup`."""
    page = _child(parent, model, **lookup)
    if page is None:
        page = model(locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return _publish(page)


def with_block_ids(instance):
    """Give an unsaved page's StreamField blocks their ids, as saving would."""
    for model_field in instance._meta.fields:
        if isinstance(model_field, StreamField):
            model_field.get_prep_value(getattr(instance, model_field.name))
    return instance


def translate(page, build):
    """Publish the sv and en translations of a Finnish page; build(lang) -> unsaved page."""
    for lang in TRANSLATIONS:
        publish_translation(page, lang, with_block_ids(build(lang)))


def load_section(parent, parts, counter):
    """Create or update one section ({lang: data}) and its subsections, in every language."""
    check_same_shape(parts, "section")
    fi = parts["fi"]

    def fields(lang):
        part = parts[lang]
        return {
            "title": part["title"],
            "slug": part.get("slug") or fi["number"].replace(".", "-"),
            "number": fi["number"],
            "body": body(part.get("blocks") or []),
        }

    lookup = {"number": fi["number"]} if fi["number"] else {"slug": fi["slug"]}
    page = ensure_page(parent, HandbookSectionPage, lookup, fields("fi"))
    translate(page, lambda lang: HandbookSectionPage(**fields(lang)))
    counter.append(page)
    children = {lang: part.get("children") or [] for lang, part in parts.items()}
    for child in zip_languages(children, f"the subsections of {fi['number']}"):
        load_section(page, child, counter)


def load_edition(fi_home, editions):
    def fields(lang):
        edition = editions[lang]
        return {
            "title": edition["title"],
            "slug": edition["slug"],
            "year": editions["fi"]["year"],
            "publisher": edition["publisher"],
            "intro": f"<p>{escape(edition['intro'])}</p>",
        }

    edition = ensure_page(fi_home, HandbookPage, {"slug": editions["fi"]["slug"]}, fields("fi"))
    translate(edition, lambda lang: HandbookPage(**fields(lang)))
    return edition


APPENDIX_SLUGS = {"fi": "liite", "sv": "bilaga", "en": "appendix"}


def load_appendix(edition, appendices):
    number = appendices["fi"]["number"]

    def fields(lang):
        appendix = appendices[lang]
        return {
            "title": appendix["title"],
            "slug": f"{APPENDIX_SLUGS[lang]}-{number}",
            "number": number,
            "body": [("paragraph", f"<p>{escape(appendix['summary'])}</p>")],
        }

    if any(appendix["number"] != number for appendix in appendices.values()):
        raise DemoDataError(f"appendix {number}: numbered differently in sv or en")
    page = ensure_page(edition, AppendixPage, {"number": number}, fields("fi"))
    translate(page, lambda lang: AppendixPage(**fields(lang)))


def load_glossary(edition, glossaries):
    terms = zip_languages({lang: g["terms"] for lang, g in glossaries.items()}, "glossary")

    def glossary_page(lang, locale=None):
        page = GlossaryPage(title=glossaries[lang]["title"], slug=glossaries[lang]["slug"])
        page.terms = [
            GlossaryTerm(
                term=entry[lang]["term"],
                definition=entry[lang]["definition"],
                sort_order=i,
                locale=locale,
            )
            for i, entry in enumerate(terms)
        ]
        return page

    fi_locale = Locale.objects.get(language_code="fi")
    page = _child(edition, GlossaryPage)
    fresh = glossary_page("fi", fi_locale)
    if page is None:
        page = fresh
        page.locale = fi_locale
        edition.add_child(instance=page)
    else:
        # Keep the existing term rows (and so their translations) and update them in place.
        existing = {term.term: term for term in page.terms.all()}
        kept_terms = []
        for term in fresh.terms.all():
            kept = existing.get(term.term, term)
            kept.definition, kept.sort_order = term.definition, term.sort_order
            kept_terms.append(kept)
        page.terms = kept_terms
        page.title = fresh.title
    _publish(page)
    translate(page, glossary_page)
    return len(terms)


def load_handbook(fi_home, command):
    data = read_data("handbook")
    edition = load_edition(fi_home, {lang: doc["edition"] for lang, doc in data.items()})
    sections = []
    for parts in zip_languages({lang: doc["parts"] for lang, doc in data.items()}, "parts"):
        load_section(edition, parts, sections)
    command.progress(f"handbook: {len(sections)} sections in fi, sv, en")

    appendices = zip_languages(
        {lang: doc["appendices"] for lang, doc in data.items()}, "appendices"
    )
    for appendix in appendices:
        load_appendix(edition, appendix)
    command.progress(f"handbook: {len(appendices)} appendices")

    terms = load_glossary(edition, {lang: doc["glossary"] for lang, doc in data.items()})
    command.progress(f"handbook: glossary of {terms} terms")
    return edition


def load_leaflet(fi_home, command):
    leaflets = read_data("leaflet")
    zip_languages({lang: leaflet["items"] for lang, leaflet in leaflets.items()}, "leaflet items")

    def fields(lang):
        leaflet = leaflets[lang]
        blocks = [
            ("paragraph", f"<p>{escape(leaflet['lead'])}</p>"),
            ("list", {"numbered": False, "start": None, "items": list(leaflet["items"])}),
        ]
        blocks += [("paragraph", f"<p>{escape(text)}</p>") for text in leaflet["paragraphs"]]
        return {
            "title": leaflet["title"],
            "slug": leaflet["slug"],
            "body": blocks,
            "contact_heading": leaflet["contact_heading"],
            "contact_placeholder": leaflet["contact_placeholder"],
            "more_information": leaflet["more_information"],
        }

    page = ensure_page(fi_home, LeafletPage, {"slug": leaflets["fi"]["slug"]}, fields("fi"))
    translate(page, lambda lang: LeafletPage(**fields(lang)))
    command.progress("leaflet in fi, sv, en")


def load(command):
    fi_home = HomePage.objects.get(locale__language_code="fi")
    load_handbook(fi_home, command)
    load_leaflet(fi_home, command)
