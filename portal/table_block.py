"""Wagtail's spreadsheet-style table block, translatable with wagtail-localize: every non-empty
cell (header rows and columns included) and the table caption become translation segments."""

import copy

from django import forms
from django.utils import translation
from wagtail.contrib.table_block.blocks import TableBlock, TableInput
from wagtail_localize.segments import StringSegmentValue


def cell_path(row, col):
    return f"cell-{row}-{col}"


class TranslatableTableBlock(TableBlock):
    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(cell_path(row_index, col_index), cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
                continue
            _prefix, row, col = segment.path.split("-")
            value["data"][int(row)][int(col)] = text
        return value

    @property
    def field(self):
        # Built per use, not once at start-up, so the table editor follows the admin's language.
        options = {**self.table_options, "language": translation.get_language()}
        return forms.CharField(widget=TableInput(table_options=options), **self.field_options)

    def deconstruct(self):
        # Same stored definition as Wagtail's TableBlock: no migration for the swap.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.contrib.table_block.blocks.TableBlock", args, kwargs
