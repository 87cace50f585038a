"""What the lines of the extracted handbook text look like: noise, headings, list items...

Only regular expressions, word lists and `classify`, which names the kind of a line.
"""

import re

# --- Noise -------------------------------------------------------------------------------

STAMPS = ("FÖRÅLD", "VANHENTUNUT", "OUTDATED")
STAMP_LINES = {"RAD", "FÖRÅLD", "VANHENTUNUT", "OUTDATED"}
RUNNING_HEADER_RE = re.compile(
    r"^(?P<publisher>[A-ZÅÄÖ]+ (?:PUBLIKATIONER|JULKAISUJA|PUBLICATIONS) (?P<year>\d{4}):\d+)"
    r"\s+(?P<title>.+)$"
)
PAGE_NUMBER_RE = re.compile(r"^\d{1,3}$")

# --- Structure ---------------------------------------------------------------------------

HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\t\s*(\S.*)$")
APPENDIX_RE = re.compile(r"^(?:Bilaga|Liite|Appendix)\s+(\d{1,2})\t\s*(\S.*)$")
APPENDICES_RE = re.compile(r"^(?:Bilagor|Liitteet|Appendices)$")
TABLE_RE = re.compile(r"^(?:Tabell|Taulukko|Table)\s+(\d{1,2})\.\s+(\S.*)$")
FIGURE_RE = re.compile(r"^(?:Figur|Kuvio|Figure)\s+(\d{1,2})\.\s+(\S.*)$")
FOOTNOTE_RE = re.compile(r"^([ivx]{1,6})\t\s*(\S.*)$")
BULLET_RE = re.compile(r"^•\s*(.*)$")
SUB_BULLET_RE = re.compile(r"^−−\s*\t\s*(.*)$")
KEY_STATEMENT_RE = re.compile(r"^−− (\S.*)$")
NUMBERED_RE = re.compile(r"^(\d{1,2})\.\t[\s]*(\S.*)$")
PART_RE = re.compile(r"^(?:Del|Osa|Part)\s+[IVX]+$")

FRONT_PARTS = {
    "TILL LÄSAREN": "preface",
    "LUKIJALLE": "preface",
    "TO THE READER": "preface",
    "INLEDNING": "introduction",
    "JOHDANTO": "introduction",
    "INTRODUCTION": "introduction",
}
GLOSSARY_TITLES = {"ORDLISTA", "SANASTO", "GLOSSARY"}
# A hyphen at a line end before these words belongs to the text ("social- och hälsovård").
KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "ja", "tai", "sekä", "and", "or"}
# The same split inside a line ("Scandi- navia"), left by the PDF extraction.
INLINE_SPLIT_RE = re.compile(
    r"(\w)- (?!(?:" + "|".join(sorted(KEEP_HYPHEN_BEFORE)) + r")\b)([a-zåäö])"
)
TERMINAL = (".", "!", "?", ":")
# Source numbers glued to the end of a word or sentence in running text: "perspektiv18.",
# "extremism.50,51"; never a code's number ("HCR-20", "VERA-2"), which follows a hyphen.
CITATION_RE = re.compile(r"(?<=[^\W\d_])(\.?)(\d{1,3}(?:[,–-]\d{1,3})*)(?=[\s.,;:)]|<|$)")
# Words of English that Finnish and Swedish never use: a run of them inside a paragraph is
# a leftover of the PDF extraction ("…including that developed by the NYPD…").
ENGLISH_WORDS = {"the", "and", "of", "to", "that", "it", "is", "with", "by", "their", "or"}
# Source numbers printed after a caption or word: "ankarverksamheten62,63", "perspektiv18".
CITATION_END_RE = re.compile(r"(?<=[^\W\d_])\d{1,3}(?:[,–-]\d{1,3})*\s*$")

# The column headings of an appendix's checklist: "Uppgift Gjort (x)", "Innehåll Gjort".
CHECKLIST_HEADER_RE = re.compile(r"^(\S+(?: \S+)?)\s+((?:Gjort|Tehty|Done)(?:\s*\(x\))?)$")

# --- Tables ------------------------------------------------------------------------------

LAW_RE = re.compile(r"\(\d+/\d{4}\)|\d+\s+kap\.|\d+\s+§|lagen\b|\blaki\b", re.IGNORECASE)
# Words that end a clause leading into a list, never a table's row label.
LEAD_IN_WORDS = {"att", "som", "että", "jotta", "to"}
# Words that cannot end a table's row label: a cell split there is one sentence.
DANGLING_WORDS = {"av", "för", "och", "i", "om", "med", "på", "till", "den", "det", "en", "ett"}
# The kinds of line that end a table.
TABLE_ENDS = {"heading", "appendix", "appendices", "table", "figure", "footnote", "part"}

# Tried in this order: the first match names the line.
LINE_PATTERNS = (
    ("appendix", APPENDIX_RE),
    ("table", TABLE_RE),
    ("figure", FIGURE_RE),
    ("heading", HEADING_RE),
    ("numbered", NUMBERED_RE),
    ("footnote", FOOTNOTE_RE),
    ("bullet", BULLET_RE),
    ("bullet", SUB_BULLET_RE),
    ("statement", KEY_STATEMENT_RE),
)
# The kinds whose text is the second group of their match (the first is a number or label).
NUMBERED_KINDS = {"appendix", "table", "figure", "heading", "numbered", "footnote"}


def is_letterspaced(line):
    """A display heading set with spaces between the letters: 'T I L L  L Ä S A R E N'."""
    tokens = line.split()
    if len(tokens) < 4:
        return False
    short = sum(1 for t in tokens if len(t.rstrip(":")) <= 2)
    return short / len(tokens) >= 0.7 and line.upper() == line


def classify(stripped, raw):
    """(kind, match) of one line; kind None for running text."""
    for kind, regex in LINE_PATTERNS:
        match = regex.match(stripped)
        if match:
            return kind, match
    if APPENDICES_RE.match(stripped):
        return "appendices", None
    if PART_RE.match(stripped):
        return "part", None
    if is_letterspaced(raw):
        return "letterspaced", None
    return None, None


def first_text(kind, match):
    """The text of a classified line without its number, label or bullet."""
    return match.group(2) if kind in NUMBERED_KINDS else match.group(1)
