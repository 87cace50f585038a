"""Create wagtail-localize translations from parallel, hand-written content.

Editors translate in the admin with wagtail-localize (synced mode). Seed commands do the same
thing programmatically: build the source object in Finnish, build an unsaved copy with the
other language's values in the same structure, and store each string pair as a translation
of the source string. wagtail-localize then creates or updates the translated object, so the
seeded translations stay synced with their source like any editor-made translation.
"""

import polib
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class StructureMismatch(ValueError):
    pass


def _string_segments(instance):
    return [seg for seg in extract_segments(instance) if isinstance(seg, StringSegmentValue)]


def publish_translation(source_instance, language_code, translated_instance, user=None):
    """Create or update the `language_code` translation of `source_instance`.

    `translated_instance` is an unsaved instance of the same model whose translatable
    fields carry the target-language text in the same structure as the source.
    Returns the saved translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(source_instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    source_segments = _string_segments(source_instance)
    target_segments = _string_segments(translated_instance)
    if len(source_segments) != len(target_segments):
        raise StructureMismatch(
            f"{source_instance!r}: {len(source_segments)} source strings but "
            f"{len(target_segments)} in the {language_code} version"
        )
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for src, dst in zip(source_segments, target_segments, strict=True):
        po.append(
            polib.POEntry(
                msgid=src.string.data,
                msgctxt=src.path,
                msgstr=dst.string.data,
            )
        )
    translation.import_po(po, user=user, tool_name="seed")
    # wagtail-localize publishes pages "on commit", from an instance held since the revision
    # was made: inside a seed's transaction its stale tree fields (numchild) would hide the
    # children added meanwhile, and in a test's never-committed transaction the page would
    # stay a draft. So save a draft and publish the revision here and now.
    drafts_possible = isinstance(source_instance, DraftStateMixin)
    translation.save_target(user=user, publish=not drafts_possible)
    target = translation.get_target_instance()
    if drafts_possible:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
