"""Every UI message has a translation in fi, sv and en, in every catalogue of the project."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fi", "sv", "en"]
CATALOGUE_ROOTS = [ROOT / "locale"] + sorted(
    p / "locale" for p in ROOT.iterdir() if (p / "locale").is_dir() and p.name != ".venv"
)


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
