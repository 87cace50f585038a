"""The demo's data files: every language has the texts structure.yaml asks for, in order."""

import pytest

from training import demo


def shape(language_texts):
    return {
        "courses": {
            key: [len(module["lessons"]) for module in course["modules"]]
            for key, course in language_texts["courses"].items()
        },
        "events": sorted(language_texts["events"]),
        "topics": [
            len(topic["items"]) for topic in language_texts["onboarding_template"]["topics"]
        ],
    }


def expected_shape():
    structure = demo.structure()
    return {
        "courses": {
            course["key"]: [len(module["lessons"]) for module in course["modules"]]
            for course in structure["courses"]
        },
        "events": sorted(event["key"] for event in structure["events"]),
        "topics": [len(topic["items"]) for topic in structure["onboarding_template"]["topics"]],
    }


@pytest.mark.parametrize("code", demo.LANGUAGES)
def test_each_language_file_matches_the_structure(code):
    texts = demo.texts()[code]
    assert shape(texts) == expected_shape()
    assert texts["index"]["slug"] and texts["handbook_link_text"]
    for course in texts["courses"].values():
        assert course["title"] and course["slug"] and course["description"].startswith("<p>")
        for module in course["modules"]:
            assert all(lesson["title"] and lesson["text"] for lesson in module["lessons"])


def test_the_training_section_has_a_slug_per_language():
    slugs = {code: demo.texts()[code]["index"]["slug"] for code in demo.LANGUAGES}
    assert slugs == {"fi": "koulutus", "sv": "utbildning", "en": "training"}
