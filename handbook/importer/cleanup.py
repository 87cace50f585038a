"""Text clean-up: drop the page-break noise of the PDF extraction and mend broken words.

The extracted text carries running headers, page numbers, the "FÖRÅLD"/"RAD" stamps of the
outdated edition and words hyphenated across lines; `clean_lines` drops the noise (and picks
up the title, publisher and year on the way) and `join_lines` rejoins wrapped lines.
"""

import re
from dataclasses import dataclass

from handbook.importer.patterns import (
    INLINE_SPLIT_RE,
    KEEP_HYPHEN_BEFORE,
    PAGE_NUMBER_RE,
    RUNNING_HEADER_RE,
    STAMP_LINES,
    STAMPS,
    is_letterspaced,
)


@dataclass
class Line:
    text: str
    page_start: bool = False
    open_end: bool = False  # ends in a letter with no space after it, as a cut word does


def join_lines(lines):
    """Join wrapped lines, rejoining words hyphenated across a line break."""
    result = ""
    for raw in lines:
        line = INLINE_SPLIT_RE.sub(r"\1\2", re.sub(r"\s+", " ", raw).strip())
        if not line:
            continue
        if not result:
            result = line
        elif _hyphenated(result, line):
            result = result[:-1] + line
        elif _code_split(result, line):
            result = result + line  # "HCR-" + "20": a code such as HCR-20 keeps its hyphen
        else:
            result = f"{result} {line}"
    return result


def _hyphenated(text, next_line):
    """Does `text` end in a word cut by the line break that `next_line` finishes?"""
    return (
        text.endswith("-")
        and len(text) > 1
        and text[-2].isalpha()
        and next_line[:1].islower()
        and next_line.split(" ")[0].strip(",.") not in KEEP_HYPHEN_BEFORE
    )


def _code_split(text, next_line):
    """Does `text` end in the first half of a code like 'HCR-20' that `next_line` finishes?"""
    return len(text) > 1 and text.endswith("-") and text[-2].isupper() and next_line[:1].isdigit()


def rejoin_lost_hyphens(lines):
    """Where the extraction ends wrapped lines with a space, a line ending in a letter with no
    space after it, followed by a lowercase line, is a word whose hyphen was lost ("Yrkes" +
    "personerna"): the two lines are one. Text that never ends lines with a space is left."""
    wraps = [
        previous.open_end
        for previous, line in zip(lines, lines[1:], strict=False)
        if previous.text[-1:].isalpha() and line.text[:1].islower()
    ]
    if not wraps or sum(wraps) / len(wraps) > 0.2:
        return lines
    joined = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and previous.open_end and line.text[:1].islower():
            joined[-1] = Line(previous.text + line.text, previous.page_start, line.open_end)
        else:
            joined.append(line)
    return joined


def despace(line):
    """'T I L L  L Ä S A R E N' -> 'TILL LÄSAREN' (letter-spaced display headings)."""
    words = re.split(r"\s{2,}", line.strip())
    return " ".join(w.replace(" ", "") for w in words if w)


def sentence_case(text):
    text = text.strip()
    return text[:1].upper() + text[1:].lower() if text else text


def is_all_caps(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def upper_split(line, min_index=1):
    """Split 'Label words Value…' where the value starts with a capital (or a digit)."""
    tokens = line.split()
    for i, token in enumerate(tokens):
        if i >= min_index and (token[:1].isupper() or token[:1].isdigit()):
            return " ".join(tokens[:i]).strip(), " ".join(tokens[i:]).strip()
    return None


def clean_lines(text, parsed):
    """The text's lines without noise; sets parsed.title, .publisher and .year when found."""
    lines = []
    for raw in text.splitlines():
        line = _without_noise(raw, parsed)
        if line is not None:
            lines.append(line)
    _take_title(lines, parsed)
    if parsed.title:
        lines = [ln for ln in lines if ln.text.strip().upper() != parsed.title.upper()]
    return rejoin_lost_hyphens(lines)


def _without_noise(raw, parsed):
    """The Line of one raw line, or None for a stamp, running header or page number."""
    page_start = raw.startswith(" ") and raw[1:2] not in ("", " ")
    line = raw
    for stamp in STAMPS:
        line = line.replace(stamp, "")
    stripped = line.strip()
    if stripped in STAMP_LINES:
        return None
    header = RUNNING_HEADER_RE.match(stripped)
    if header:
        parsed.publisher = parsed.publisher or sentence_case(header["publisher"])
        parsed.year = parsed.year or int(header["year"])
        parsed.title = parsed.title or sentence_case(header["title"])
        return None
    if PAGE_NUMBER_RE.match(stripped):
        return None
    if parsed.title and stripped.upper() == parsed.title.upper():
        return None
    return Line(line.rstrip(), page_start, open_end=line[-1:].isalpha())


def _take_title(lines, parsed):
    """The first line of the extraction is the document title: take it out of the lines."""
    for i, line in enumerate(lines):
        if line.text.strip():
            if is_all_caps(line.text) and not is_letterspaced(line.text):
                parsed.title = parsed.title or sentence_case(line.text)
                del lines[i]
            break
