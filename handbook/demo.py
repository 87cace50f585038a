"""Demo content of the handbook app: the condensed handbook and the leaflet in fi, sv and en.

The Finnish pages are built first under the Finnish home page; the Swedish and English pages
are published as wagtail-localize translations of them (same structure, other language).
Safe to run again: pages are found by slug or number and updated in place.
"""

from django.utils.html import escape
from wagtail.fields import StreamField
from wagtail.models import Locale

from handbook import demo_content as content
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


def body(blocks, lang):
    """StreamField data of one language from the demo's (kind, triple) blocks."""
    data = []
    for kind, value in blocks:
        if kind == "paragraph":
            data.append(("paragraph", f"<p>{escape(value[lang])}</p>"))
        elif kind in ("highlight", "subheading"):
            data.append((kind, value[lang]))
        elif kind == "list":
            data.append(
                (
                    "list",
                    {"numbered": False, "start": None, "items": [item[lang] for item in value]},
                )
            )
        elif kind == "table":
            data.append(("table", table(value, lang)))
    return data


def table(value, lang):
    return {
        "number": value["number"],
        "caption": value["caption"][lang],
        "columns": [column[lang] for column in value["columns"]],
        "first_column_is_header": True,
        "rows": [
            {"is_header": False, "cells": [cell[lang] for cell in row]} for row in value["rows"]
        ],
    }


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


def load_section(parent, part, counter):
    def fields(lang):
        slug = part.get("slug", {}).get(lang) if part.get("slug") else None
        return {
            "title": part["title"][lang],
            "slug": slug or part["number"].replace(".", "-"),
            "number": part["number"],
            "body": body(part["blocks"], lang),
        }

    lookup = {"number": part["number"]} if part["number"] else {"slug": part["slug"]["fi"]}
    page = ensure_page(parent, HandbookSectionPage, lookup, fields("fi"))
    translate(page, lambda lang: HandbookSectionPage(**fields(lang)))
    counter.append(page)
    for child in part["children"]:
        load_section(page, child, counter)


def load_handbook(fi_home, command):
    edition_fields = {
        lang: {
            "title": content.EDITION["title"][lang],
            "slug": content.EDITION["slug"][lang],
            "year": content.EDITION["year"],
            "publisher": content.EDITION["publisher"][lang],
            "intro": content.EDITION["intro"][lang],
        }
        for lang in LANGUAGES
    }
    edition = ensure_page(
        fi_home, HandbookPage, {"slug": content.EDITION["slug"]["fi"]}, edition_fields["fi"]
    )
    translate(edition, lambda lang: HandbookPage(**edition_fields[lang]))
    sections = []
    for part in content.PARTS:
        load_section(edition, part, sections)
    command.progress(f"handbook: {len(sections)} sections in fi, sv, en")

    slugs = {"fi": "liite", "sv": "bilaga", "en": "appendix"}
    for number, title, summary in content.APPENDICES:

        def appendix_fields(lang, number=number, title=title, summary=summary):
            return {
                "title": title[lang],
                "slug": f"{slugs[lang]}-{number}",
                "number": number,
                "body": [("paragraph", f"<p>{escape(summary[lang])}</p>")],
            }

        page = ensure_page(edition, AppendixPage, {"number": number}, appendix_fields("fi"))
        translate(page, lambda lang, f=appendix_fields: AppendixPage(**f(lang)))
    command.progress(f"handbook: {len(content.APPENDICES)} appendices")

    glossary = content.GLOSSARY

    def glossary_page(lang, locale=None):
        page = GlossaryPage(title=glossary["title"][lang], slug=glossary["slug"][lang])
        page.terms = [
            GlossaryTerm(
                term=entry[lang][0], definition=entry[lang][1], sort_order=i, locale=locale
            )
            for i, entry in enumerate(glossary["terms"])
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
        existing = {term.term: term for term in page.terms.all()}
        terms = []
        for term in fresh.terms.all():
            kept = existing.get(term.term, term)
            kept.definition, kept.sort_order = term.definition, term.sort_order
            terms.append(kept)
        page.terms = terms
        page.title = fresh.title
    _publish(page)
    translate(page, glossary_page)
    command.progress(f"handbook: glossary of {len(glossary['terms'])} terms")
    return edition


def load_leaflet(fi_home, command):
    leaflet = content.LEAFLET

    def fields(lang):
        blocks = [
            ("paragraph", f"<p>{escape(leaflet['lead'][lang])}</p>"),
            (
                "list",
                {
                    "numbered": False,
                    "start": None,
                    "items": [item[lang] for item in leaflet["items"]],
                },
            ),
        ]
        blocks += [("paragraph", f"<p>{escape(text[lang])}</p>") for text in leaflet["paragraphs"]]
        return {
            "title": leaflet["title"][lang],
            "slug": leaflet["slug"][lang],
            "body": blocks,
            "contact_heading": leaflet["contact_heading"][lang],
            "contact_placeholder": leaflet["contact_placeholder"][lang],
            "more_information": leaflet["more_information"][lang],
        }

    page = ensure_page(fi_home, LeafletPage, {"slug": leaflet["slug"]["fi"]}, fields("fi"))
    translate(page, lambda lang: LeafletPage(**fields(lang)))
    command.progress("leaflet in fi, sv, en")


def load(command):
    fi_home = HomePage.objects.get(locale__language_code="fi")
    load_handbook(fi_home, command)
    load_leaflet(fi_home, command)
