"""Every UI message has a translation in fi, sv and en, in every catalogue of the project."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fi", "sv", "en"]
SKIP = {".venv", "var", "node_modules", ".git"}
# The project's catalogue (locale/) and every app's, nested ones (forms/reports) included.
CATALOGUE_ROOTS = sorted(
    path
    for path in ROOT.glob("**/locale")
    if path.is_dir() and not SKIP.intersection(path.relative_to(ROOT).parts)
)


def test_every_app_catalogue_is_checked():
    roots = {str(path.relative_to(ROOT)) for path in CATALOGUE_ROOTS}
    assert {"locale", "forms/locale", "forms/reports/locale", "handbook/locale"} <= roots


def catalogues():
    for root in CATALOGUE_ROOTS:
        yield from ((root, lang) for lang in LANGUAGES)


@pytest.mark.parametrize(("root", "language"), list(catalogues()), ids=str)
def test_every_message_translated(root, language):
    path = root / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"missing catalogue {path}"
    po = polib.pofile(str(path))
    missing = [e.msgid for e in po if not e.obsolete and not e.translated()]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags and not e.obsolete]
    assert not missing, f"{path}: untranslated: {missing[:20]}"
    assert not fuzzy, f"{path}: fuzzy: {fuzzy[:20]}"


def test_catalogues_are_compiled_from_current_sources(settings):
    """The templates' strings are in the catalogue: a string added without makemessages fails."""
    po = polib.pofile(str(ROOT / "locale" / "fi" / "LC_MESSAGES" / "django.po"))
    ids = {e.msgid for e in po}
    for msgid in ["Skip to content", "Anchor teams", "Page not found"]:
        assert msgid in ids
