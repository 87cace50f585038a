"""Snippets with the matched words marked: escaped text, <mark> around every word that matches."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import WORD_RE, text_matcher

SNIPPET_LENGTH = 240


def _window(text, matches, length):
    """The part of `text` (about `length` characters) around the first matching word."""
    if len(text) <= length:
        return text, False, False
    start = 0
    for found in WORD_RE.finditer(text):
        if matches(found.group()):
            start = max(0, found.start() - length // 4)
            break
    if start:
        # Start at a word boundary so no half word is shown.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return text[start:end], start > 0, end < len(text)


def highlight(text, query, language, length=SNIPPET_LENGTH):
    """Escaped `text` (cut to about `length` characters) with matched words in <mark>."""
    text = " ".join((text or "").split())
    matches = text_matcher(query, language)
    text, cut_start, cut_end = _window(text, matches, length) if length else (text, False, False)
    parts = []
    position = 0
    for found in WORD_RE.finditer(text):
        if matches(found.group()):
            parts.append(escape(text[position : found.start()]))
            parts.append(f"<mark>{escape(found.group())}</mark>")
            position = found.end()
    parts.append(escape(text[position:]))
    html = "".join(parts)
    return mark_safe(("… " if cut_start else "") + html + (" …" if cut_end else ""))  # noqa: S308
