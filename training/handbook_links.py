"""Links from lessons to handbook pages, shown in the reader's language."""

from wagtail.models import Locale, Page


def handbook_links(course, request):
    """{page pk: (url, title)} for every handbook page a lesson links to, in the reader's
    language where the page has been translated. Two queries however many links."""
    pages = {}
    for _module, lesson in course.lessons():
        for link in lesson.value["handbook_links"]:
            page = link.get("page")
            if page is not None:
                pages[page.pk] = page
    if not pages:
        return {}
    locale = Locale.get_active()
    keys = {page.translation_key for page in pages.values()}
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    links = {}
    for pk, page in pages.items():
        shown = localized.get(page.translation_key, page)
        links[pk] = (shown.get_url(request=request), shown.title)
    return links
