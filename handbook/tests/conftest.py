"""Fixtures of the handbook tests: the seed file, handbooks of any size built by factories."""

from pathlib import Path

import pytest

from handbook.importer import parse
from handbook.tests.factories import (
    AppendixPageFactory,
    GlossaryPageFactory,
    HandbookPageFactory,
    HandbookSectionPageFactory,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = "004_7e9ea3a95e4d163a.txt"


def read_seed(name):
    # CI clones the repository with shared/ beside it; a git worktree sits one level deeper.
    candidates = [
        REPO_ROOT.parent / "shared" / "seeds",
        REPO_ROOT.parent.parent / "shared" / "seeds",
    ]
    seed = next((folder / name for folder in candidates if (folder / name).is_file()), None)
    if seed is None:
        pytest.skip(f"the seed file {name} is not present at {candidates[0]}")
    return seed.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text():
    return read_seed(SEED_NAME)


@pytest.fixture(scope="session")
def updated_chapter_text():
    """The publisher's updated chapter 4 in Swedish (a national development group)."""
    return read_seed("002_978c8027806dc2e5.txt")


@pytest.fixture(scope="session")
def parsed_seed(seed_text):
    return parse(seed_text)


def build_handbook(parent, chapters, sections, subsections=0, language="fi", slug="kirja"):
    """An edition with `chapters` chapters of `sections` sections of `subsections` each,
    one appendix and a glossary of two terms."""
    edition = HandbookPageFactory(parent=parent, slug=slug, language=language)
    for c in range(1, chapters + 1):
        chapter = HandbookSectionPageFactory(parent=edition, number=str(c), title=f"Chapter {c}")
        for s in range(1, sections + 1):
            section = HandbookSectionPageFactory(parent=chapter, number=f"{c}.{s}")
            for d in range(1, subsections + 1):
                sub = f"{c}.{s}.{d}"
                HandbookSectionPageFactory(parent=section, number=sub, title=f"Subsection {sub}")
    AppendixPageFactory(parent=edition, number=1)
    GlossaryPageFactory(parent=edition)
    return edition


class Quiet:
    def progress(self, message):
        pass

    def add_account(self, *args):
        pass


@pytest.fixture
def home_pages(db, django_capture_on_commit_callbacks):
    """The three home pages, published. wagtail-localize publishes translations on commit,
    which never comes in a test transaction, so the callbacks are run here."""
    from portal.demo import ensure_home_pages

    with django_capture_on_commit_callbacks(execute=True):
        return ensure_home_pages(Quiet())


@pytest.fixture
def demo_handbook(demo):
    """The demo site (the root conftest's `demo`): the portal's teams and the handbook app's
    demo content in fi, sv and en. Returns the Finnish home page."""
    from portal.models import HomePage

    return HomePage.objects.get(locale__language_code="fi")


@pytest.fixture
def leaflets(demo_handbook):
    """The demo teams and the leaflet in fi, sv and en."""
    return demo_handbook


@pytest.fixture
def small_handbook(home_pages):
    return build_handbook(home_pages, chapters=2, sections=2)


@pytest.fixture
def handbook_builder(home_pages):
    def build(*args, **kwargs):
        return build_handbook(home_pages, *args, **kwargs)

    return build
