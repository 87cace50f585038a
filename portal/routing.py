"""Finding the page for a URL with a fixed number of queries.

Wagtail's default route() walks the tree one query per URL segment (and one more for each
page's specific type), so a deep handbook section costs more than a top-level page. No page
type here adds its own sub-routes, so the page at the end of the path is found by its stored
url_path in one query (two with its specific type); a path that names no page falls back to
Wagtail's walk, which keeps custom routes and the 404 working as before.
"""

from wagtail.models import Page


def route_by_url_path(parent, request, path_components):
    """The RouteResult for `path_components` below `parent`, or None to walk the tree."""
    if not path_components:
        return None
    url_path = parent.url_path + "".join(f"{component}/" for component in path_components)
    page = Page.objects.filter(url_path=url_path, path__startswith=parent.path).specific().first()
    if page is None:
        return None
    return page.route(request, [])
