"""Language tools shared by every search backend: query clean-up, stemming and query terms.

One place decides how a query string becomes search terms, so the database backends
(PostgreSQL, SQLite), the Elasticsearch queries and the highlighter agree on what matches.
"""

import re
from functools import lru_cache

import snowballstemmer

# PostgreSQL text-search configurations (and Snowball stemmer names) for our languages.
SEARCH_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}
CONFIG_LANGUAGES = {config: language for language, config in SEARCH_CONFIGS.items()}

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Snowball's Finnish stemmer does not undo stem alternation (nuori / nuore- / nuor-: "nuorten"
# stems to "nuort", "nuori" to "nuori"), so Finnish terms also match the stem less its last
# letter as a prefix. Shorter stems are left alone to keep the prefix specific.
FINNISH_MIN_PREFIX = 4

WORD_RE = re.compile(r"\w+", re.UNICODE)
SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,3}){1,4}\.?$")


def clean_query(raw):
    """The user's query, trimmed to a sane length, as one line of text ('' if nothing usable)."""
    if not isinstance(raw, str):
        return ""
    text = " ".join(raw.split())[:MAX_QUERY_LENGTH]
    return text.replace("\x00", "")


def query_words(query):
    """The words of a query (letters and digits only), lower-cased and at most MAX_TERMS."""
    return [word.lower() for word in WORD_RE.findall(query)][:MAX_TERMS]


def section_number(query):
    """'2.3.6' when the query is a handbook section number, else None."""
    query = query.strip()
    if SECTION_NUMBER_RE.match(query):
        return query.rstrip(".")
    return None


@lru_cache(maxsize=8)
def _stemmer(language):
    return snowballstemmer.stemmer(SEARCH_CONFIGS.get(language, "finnish"))


@lru_cache(maxsize=100_000)
def _stem_lower(word, language):
    return _stemmer(language).stemWord(word)


def stem(word, language):
    # Snowball in pure Python is slow (tens of µs a word) and words recur: remember stems.
    return _stem_lower(word.lower(), language)


def stem_text(text, language):
    """The text as space-separated stems: what the SQLite index stores and the highlighter uses."""
    return " ".join(stem(word, language) for word in WORD_RE.findall(text))


def term_alternatives(word, language):
    """What one query word may match in the index, as (lexeme, is_prefix) pairs.

    The lexeme is the Snowball stem, which is exactly what PostgreSQL's language configuration
    stores, so the same pairs serve both database backends.
    """
    stemmed = stem(word, language)
    alternatives = [(stemmed, False)]
    if language == "fi" and len(stemmed) > FINNISH_MIN_PREFIX:
        alternatives.append((stemmed[:-1], True))
    return alternatives


def word_matches(word, alternatives, language):
    """True if `word` (from a text) matches one query word's alternatives."""
    return stem_matches(stem(word, language), alternatives)


def stem_matches(stemmed, alternatives):
    return any(
        stemmed.startswith(lexeme) if is_prefix else stemmed == lexeme
        for lexeme, is_prefix in alternatives
    )


def text_matcher(query, language):
    """A function telling whether a word of a text matches any word of `query`."""
    alternatives = [term_alternatives(word, language) for word in query_words(query)]
    # Snowball (fi, sv, en) only changes the end of a word, never its first letter: words
    # that start otherwise than every lexeme cannot match, and need no stemming.
    initials = {lexeme[:1] for alts in alternatives for lexeme, _prefix in alts}

    def matches(word):
        word = word.lower()
        if word[:1] not in initials:
            return False
        stemmed = _stem_lower(word, language)
        return any(stem_matches(stemmed, alts) for alts in alternatives)

    return matches
