"""Server-rendered SVG bar charts (no JavaScript). Each chart is drawn beside a table of the
same numbers, which is what screen readers use; the SVG itself is marked decorative."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 260
BAR_WIDTH = 360


@register.simple_tag
def bar_chart(items):
    """items: (label, Cell) pairs; hidden cells draw no bar and show their mark."""
    items = list(items)
    largest = max([cell.value or 0 for _label, cell in items] + [1])
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + 60
    bars = []
    for i, (label, cell) in enumerate(items):
        y = GAP + i * (BAR_HEIGHT + GAP)
        length = 0 if cell.hidden else round(BAR_WIDTH * cell.value / largest)
        bars.append(
            (
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT * 0.7,
                str(label)[:40],
                LABEL_WIDTH,
                y,
                length,
                BAR_HEIGHT,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT * 0.7,
                str(cell),
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="#00325f"></rect>'
        '<text x="{}" y="{}">{}</text>',
        bars,
    )
    return format_html(
        '<svg class="bar-chart" aria-hidden="true" focusable="false" viewBox="0 0 {} {}" '
        'width="100%" font-size="13" font-family="sans-serif">{}</svg>',
        width,
        height,
        body,
    )


@register.filter
def row_cells(distribution):
    return [(row.label, row.cell) for row in distribution.rows]


@register.filter
def trend_cells(rows, key):
    return [(row["year"], row[key]) for row in rows]
