"""Small HTML helpers for the portal's tests (the standard library parser, no extra deps)."""

from html.parser import HTMLParser


class ElementCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html, tag, **attrs):
    """[attrs dict] of every <tag> whose attributes include `attrs` (class_ for class)."""
    parser = ElementCollector()
    parser.feed(html)
    wanted = {k.rstrip("_"): v for k, v in attrs.items()}
    return [
        a for t, a in parser.elements if t == tag and all(a.get(k) == v for k, v in wanted.items())
    ]


def html_lang(response):
    return elements(response.content.decode(), "html")[0].get("lang")


def switcher_links(response):
    """{language: href} of the language switcher."""
    html = response.content.decode()
    start = html.index('class="language-switcher"')
    end = html.index("</nav>", start)
    return {a["hreflang"]: a["href"] for a in elements(html[start:end], "a")}


def hreflang_links(response):
    return {
        link["hreflang"]: link["href"]
        for link in elements(response.content.decode(), "link", rel="alternate")
    }
