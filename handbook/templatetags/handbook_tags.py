from django import template
from django.utils.safestring import mark_safe

from handbook.glossary import link_terms

register = template.Library()


@register.filter
def link_glossary(html, terms):
    """Link the glossary terms that occur in already rendered, trusted page HTML."""
    return mark_safe(link_terms(html, terms))  # noqa: S308 - input is our rendered template
