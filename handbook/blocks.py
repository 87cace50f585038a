"""StreamField blocks of the handbook: text, numbered tables, figures, lists and footnotes.

Tables are built from Char/Text blocks rather than Wagtail's TableBlock so that every cell is
a translatable segment for wagtail-localize.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class SubheadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Subheading")
        template = "handbook/blocks/subheading.html"


class TableRowBlock(blocks.StructBlock):
    is_header = blocks.BooleanBlock(
        label=_("Header row"),
        required=False,
        help_text=_("A heading that spans the table, e.g. a group of rows."),
    )
    cells = blocks.ListBlock(blocks.TextBlock(label=_("Cell")), label=_("Cells"))

    class Meta:
        label = _("Row")


class HandbookTableBlock(blocks.StructBlock):
    """A numbered table ("Table 5") with a caption, column headers and rows."""

    number = blocks.IntegerBlock(label=_("Table number"), min_value=1)
    caption = blocks.CharBlock(label=_("Caption"))
    columns = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")),
        label=_("Column headings"),
        required=False,
        default=[],
    )
    first_column_is_header = blocks.BooleanBlock(
        label=_("First column holds row headings"), required=False
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        widths = [len(value["columns"])] + [len(row["cells"]) for row in value["rows"]]
        context["column_count"] = max(widths + [1])
        return context

    class Meta:
        icon = "table"
        label = _("Numbered table")
        template = "handbook/blocks/table.html"


class FigureBlock(blocks.StructBlock):
    """A numbered figure; without an image, its text content is shown in a framed box."""

    number = blocks.IntegerBlock(label=_("Figure number"), min_value=1)
    caption = blocks.CharBlock(label=_("Caption"))
    image = ImageChooserBlock(label=_("Image"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it."),
    )
    description = blocks.TextBlock(label=_("Text content of the figure"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt_text"):
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("An image needs alternative text."))}
            )
        return value

    class Meta:
        icon = "image"
        label = _("Figure")
        template = "handbook/blocks/figure.html"


class ChecklistBlock(blocks.StructBlock):
    """A checklist of an appendix: items in groups, and a column to mark each one done."""

    item_heading = blocks.CharBlock(label=_("Heading of the item column"))
    done_heading = blocks.CharBlock(label=_("Heading of the done column"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Items and groups"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "handbook/blocks/checklist.html"


class BulletListBlock(blocks.StructBlock):
    numbered = blocks.BooleanBlock(label=_("Numbered list"), required=False)
    start = blocks.IntegerBlock(label=_("First number"), required=False, min_value=1)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("List")
        template = "handbook/blocks/list.html"


class HighlightBlock(blocks.TextBlock):
    """The handbook's key statements, set apart from the running text."""

    class Meta:
        icon = "pick"
        label = _("Key statement")
        template = "handbook/blocks/highlight.html"


class FootnoteBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Mark"), max_length=10)
    text = blocks.TextBlock(label=_("Text"))


class FootnotesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FootnoteBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Footnotes")
        template = "handbook/blocks/footnotes.html"


HANDBOOK_BLOCKS = [
    ("subheading", SubheadingBlock()),
    ("paragraph", blocks.RichTextBlock(label=_("Text"), features=PARAGRAPH_FEATURES)),
    ("list", BulletListBlock()),
    ("highlight", HighlightBlock()),
    ("table", HandbookTableBlock()),
    ("figure", FigureBlock()),
    ("checklist", ChecklistBlock()),
    ("footnotes", FootnotesBlock()),
]

LEAFLET_BLOCKS = [
    ("subheading", SubheadingBlock()),
    ("paragraph", blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])),
    ("list", BulletListBlock()),
]
