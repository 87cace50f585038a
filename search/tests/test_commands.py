"""Rebuilding the index keeps every language's stems and reports progress."""

from io import StringIO

from django.core.management import call_command

from search import engine


def test_update_search_index_shows_progress_and_keeps_languages(corpus, team):
    out = StringIO()
    call_command("update_search_index", stdout=out)
    output = out.getvalue()
    assert "Wagtail search index (update_index):" in output
    assert "portal.ContentPage" in output or "contentpage" in output.lower()
    assert output.strip().endswith("Search index is up to date.")
    # A full rebuild indexes pages of all languages in bulk: each still with its own stems.
    for language, query, expected in (
        ("fi", "nuorten", "Nuori ja ankkuritiimi"),
        ("sv", "ungdomarna", "Ungdom och ankarteam"),
        ("en", "meetings", "Services for the young"),
    ):
        titles = [
            h.title.replace("<mark>", "").replace("</mark>", "")
            for h in engine.run_search(language, query).hits
        ]
        assert expected in titles
