"""factory_boy factories for the handbook's pages (wagtail-factories does not declare support
for Wagtail 8, so these are plain factories that place each page with Wagtail's add_child).

Every page factory takes `parent=`, the page to add the new page under:

    edition = HandbookPageFactory(parent=home)
    chapter = HandbookSectionPageFactory(parent=edition, number="1")
"""

import factory
from wagtail.models import Locale

from handbook.models import (
    AppendixPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    HandbookSectionPage,
)


def section_body(number):
    """A paragraph that mentions two glossary terms and a numbered table."""
    return [
        ("paragraph", f"<p>Text of section {number} about the anchor plan and the team.</p>"),
        (
            "table",
            {
                "number": 1,
                "caption": f"Figures of {number}",
                "columns": ["Item", "Value"],
                "first_column_is_header": True,
                "rows": [{"is_header": False, "cells": ["Meetings", "12"]}],
            },
        ),
    ]


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs parent=, the page to add the new page under")
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class HandbookPageFactory(PageFactory):
    class Meta:
        model = HandbookPage

    class Params:
        language = "fi"

    title = "Test handbook"
    slug = "kirja"
    year = 2019
    locale = factory.LazyAttribute(lambda o: Locale.objects.get(language_code=o.language))


class HandbookSectionPageFactory(PageFactory):
    class Meta:
        model = HandbookSectionPage

    number = factory.Sequence(lambda n: str(n + 1))
    title = factory.LazyAttribute(lambda o: f"Section {o.number}")
    slug = factory.LazyAttribute(lambda o: o.number.replace(".", "-"))
    body = factory.LazyAttribute(lambda o: section_body(o.number))


class AppendixPageFactory(PageFactory):
    class Meta:
        model = AppendixPage

    number = 1
    title = "Invitation letter"
    slug = factory.LazyAttribute(lambda o: f"liite-{o.number}")
    body = factory.LazyFunction(list)


DEFAULT_TERMS = [
    ("anchor plan", "Goals agreed with the young person."),
    ("team", "Police, social work, health and youth work."),
]


class GlossaryPageFactory(PageFactory):
    """A glossary page with `terms`, (term, definition) pairs in the parent's language."""

    class Meta:
        model = GlossaryPage

    title = "Sanasto"
    slug = "sanasto"
    terms = factory.LazyFunction(lambda: list(DEFAULT_TERMS))

    @classmethod
    def _create(cls, model_class, *args, parent=None, terms=(), **kwargs):
        page = model_class(*args, **kwargs)
        page.terms = [
            GlossaryTerm(term=term, definition=definition, locale=parent.locale)
            for term, definition in terms
        ]
        parent.add_child(instance=page)
        return page
