"""The Wagtail admin works under its Content-Security-Policy: every kind of edit view the
editors use opens in Chromium without a single CSP violation."""

import datetime
import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

PROJECT_APPS = {"portal", "handbook", "training", "register", "reports", "search"}


def project_page_models():
    return {m for m in get_page_models() if m._meta.app_label in PROJECT_APPS}


def build_pages(home):
    """One page of every page type of the project under the Finnish home page."""
    model = apps.get_model
    now = timezone.now()

    def add(parent, cls, title, **fields):
        page = parent.add_child(instance=cls(title=title, **fields))
        page.save_revision().publish()
        return page

    handbook = add(home, model("handbook", "HandbookPage"), "Käsikirja", year=2019)
    glossary = add(handbook, model("handbook", "GlossaryPage"), "Sanasto")
    model("handbook", "GlossaryTerm").objects.create(
        page=glossary, term="Ankkuritiimi", definition="Moniammatillinen tiimi.", locale=home.locale
    )
    course_index = add(home, model("training", "CourseIndexPage"), "Koulutus")
    news_index = add(home, model("portal", "NewsIndexPage"), "Ajankohtaista")
    return [
        home,
        handbook,
        glossary,
        course_index,
        news_index,
        add(home, model("portal", "ContentPage"), "Mitä on ankkuritoiminta?"),
        add(
            home,
            model("portal", "AccessibilityStatementPage"),
            "Saavutettavuusseloste",
            feedback_url="https://ankkuritoiminta.fi/palaute/",
        ),
        add(news_index, model("portal", "NewsPage"), "Ankkurikahvit", lead="Tervetuloa."),
        add(handbook, model("handbook", "HandbookSectionPage"), "Johdanto", number="1"),
        add(handbook, model("handbook", "AppendixPage"), "Kutsukirje", number=1),
        add(home, model("handbook", "LeafletPage"), "Esite", contact_heading="Yhteystiedot"),
        add(
            course_index,
            model("training", "CoursePage"),
            "Tietojenvaihto",
            description="<p>Kurssi.</p>",
            audience="Uudet asiantuntijat",
            estimated_minutes=30,
            modules=[],
        ),
        add(
            course_index,
            model("training", "EventPage"),
            "Valtakunnallinen seminaari",
            description="<p>Seminaari.</p>",
            starts_at=now + datetime.timedelta(days=30),
            registration_deadline=now + datetime.timedelta(days=20),
            capacity=100,
        ),
    ]


def png_file():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return ImageFile(buffer, name="ankkuri.png")


def admin_urls(home):
    """(label, URL) of every edit view the editors use."""
    pages = build_pages(home)
    assert {type(page.specific) for page in pages} == project_page_models()
    urls = [
        (f"edit {p.specific_class.__name__}", reverse("wagtailadmin_pages:edit", args=[p.pk]))
        for p in pages
    ]

    # wagtail-localize's translation editor opens in place of the edit view of a translation.
    sv_home = home.get_translation(Locale.objects.get(language_code="sv"))
    assert Translation.objects.filter(target_locale__language_code="sv").exists()
    urls.append(("translation editor", reverse("wagtailadmin_pages:edit", args=[sv_home.pk])))
    news = pages[7]
    urls += [
        ("translate dialog", reverse("wagtail_localize:submit_page_translation", args=[news.pk])),
        ("move", reverse("wagtailadmin_pages:move", args=[news.pk])),
        ("copy", reverse("wagtailadmin_pages:copy", args=[news.pk])),
        ("add subpage", reverse("wagtailadmin_pages:add_subpage", args=[home.pk])),
        ("explorer", reverse("wagtailadmin_explore", args=[home.pk])),
    ]
    for snippet in get_snippet_models():
        viewset = snippet.snippet_viewset
        urls.append((f"add snippet {snippet.__name__}", reverse(viewset.get_url_name("add"))))
        instance = snippet.objects.first()
        if instance is not None:
            urls.append(
                (
                    f"edit snippet {snippet.__name__}",
                    reverse(viewset.get_url_name("edit"), args=[instance.pk]),
                )
            )
    image = get_image_model().objects.create(title="Ankkuri", file=png_file())
    document = get_document_model().objects.create(
        title="Kutsukirje", file=ContentFile(b"Kutsu tapaamiseen.", name="kutsukirje.txt")
    )
    urls += [
        ("add image", reverse("wagtailimages:add_multiple")),
        ("edit image", reverse("wagtailimages:edit", args=[image.pk])),
        ("add document", reverse("wagtaildocs:add_multiple")),
        ("edit document", reverse("wagtaildocs:edit", args=[document.pk])),
        ("dashboard", reverse("wagtailadmin_home")),
        ("account", reverse("wagtailadmin_account")),
    ]
    return urls


@pytest.mark.browser
def test_admin_edit_views_raise_no_csp_violation(browser, site_tree):
    admin = get_user_model().objects.create_superuser("csp-admin", "csp@example.fi", "x")
    urls = admin_urls(Page.objects.get(pk=site_tree.pk))
    browser.sign_in(admin)
    violations = {}
    for label, url in urls:
        found = browser.visit(url)
        assert "/admin/login/" not in browser.driver.current_url, url
        if found:
            violations[f"{label} {url}"] = found
    assert violations == {}


@pytest.mark.browser
def test_public_page_keeps_the_strict_policy(browser, site_tree):
    assert browser.visit("/fi/") == []
    # The public policy forbids inline scripts: one injected into the page is refused.
    browser.driver.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        "document.body.appendChild(s);"
    )
    assert browser.driver.execute_script("return window.ran") is None
    assert any("script-src" in v for v in browser.violations())
