"""StreamField blocks of course pages: modules of lessons.

A lesson is a stream child, so it has a stable block id; completions are recorded against
that id. wagtail-localize keeps block ids in translations, so progress made in one language
shows in the others.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from portal.blocks import RICH_TEXT_FEATURES, CalloutBlock, HeadingBlock


class HandbookLinkBlock(blocks.StructBlock):
    """A link to a handbook section: a page of the site or, failing that, an address."""

    page = blocks.PageChooserBlock(label=_("Handbook page"), required=False)
    url = blocks.URLBlock(label=_("Address"), required=False)
    text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Defaults to the page title."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Handbook link")


LESSON_CONTENT_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)),
    ("callout", CalloutBlock()),
]


class LessonBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Lesson title"))
    body = blocks.StreamBlock(LESSON_CONTENT_BLOCKS, label=_("Content"))
    handbook_links = blocks.ListBlock(
        HandbookLinkBlock(), label=_("Handbook sections"), default=[], min_num=0
    )
    materials = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")),
        label=_("Downloadable material"),
        default=[],
        min_num=0,
    )

    class Meta:
        icon = "doc-full"
        label = _("Lesson")


class ModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Module title"))
    summary = blocks.TextBlock(label=_("Summary"), required=False)
    lessons = blocks.StreamBlock([("lesson", LessonBlock())], label=_("Lessons"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Module")
