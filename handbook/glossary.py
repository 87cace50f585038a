"""Link glossary terms where they occur in rendered handbook text.

The first occurrence of each term on a page becomes a link to its glossary entry, with the
definition in a tooltip element that the link names through aria-describedby. CSS shows the
tooltip on hover and keyboard focus; without CSS or JavaScript the link still leads to the entry.
"""

import re
from itertools import count

from django.utils.html import escape
from django.utils.text import Truncator

# Text inside these elements is never linked (already a link, a heading, a caption).
SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "th", "dfn", "abbr"}
TAG_RE = re.compile(r"(<[^>]+>)")
TAG_NAME_RE = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
TOOLTIP_WORDS = 30
# The longest inflectional ending a linked word may add to a term ("ankarplan" ->
# "ankarplanerna"); a longer rest makes another word ("radikal" -> "radikalisering").
MAX_ENDING = 4


def _term_pattern(term):
    # Whole words only: the term at a word start, an inflectional ending of letters (never a
    # glued citation number: "ankarverksamheten52"), and then no more letters.
    return re.compile(
        r"(?<!\w)(" + re.escape(term) + r")([^\W\d_]{0," + str(MAX_ENDING) + r"})(?![^\W\d_])",
        re.IGNORECASE,
    )


def link_terms(html, terms, id_prefix="gt"):
    """Return html with the first occurrence of each term linked; terms: dicts with
    term, definition and url. Longer terms are tried first, so they win over their parts."""
    if not terms or not html:
        return html
    longest_first = sorted(terms, key=lambda t: -len(t["term"]))
    patterns = [(t, _term_pattern(t["term"])) for t in longest_first if t["term"].strip()]
    linked = set()
    ids = count(1)
    skip_depth = 0
    out = []
    for part in TAG_RE.split(str(html)):
        if part.startswith("<"):
            match = TAG_NAME_RE.match(part)
            if match and match.group(2).lower() in SKIP_TAGS and not part.endswith("/>"):
                skip_depth += -1 if match.group(1) else 1
                skip_depth = max(skip_depth, 0)
            out.append(part)
            continue
        if skip_depth or not part.strip():
            out.append(part)
            continue
        out.append(_link_text(part, patterns, linked, ids, id_prefix))
    return "".join(out)


def _link_text(text, patterns, linked, ids, id_prefix):
    # Placeholders keep inserted markup out of reach of the next terms' patterns.
    replacements = {}
    for term, pattern in patterns:
        if term["term"].lower() in linked:
            continue
        match = pattern.search(text)
        if match is None:
            continue
        linked.add(term["term"].lower())
        tip_id = f"{id_prefix}-{next(ids)}"
        definition = Truncator(term["definition"]).words(TOOLTIP_WORDS)
        markup = (
            f'<span class="glossary-term"><a href="{escape(term["url"])}" '
            f'aria-describedby="{tip_id}">{match.group(0)}</a>'
            f'<span class="glossary-tip" role="tooltip" id="{tip_id}">'
            f"{escape(definition)}</span></span>"
        )
        key = f"\x00{len(replacements)}\x00"
        replacements[key] = markup
        text = text[: match.start()] + key + text[match.end() :]
    for key, markup in replacements.items():
        text = text.replace(key, markup)
    return text
