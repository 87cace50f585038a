from django import template

register = template.Library()


@register.simple_tag
def table_rows(table_value):
    """Split a TableBlock value into header row and body rows; the first row is the header."""
    data = (table_value or {}).get("data") or []
    first_row_header = (table_value or {}).get("first_row_is_table_header", True)
    header = data[0] if data and first_row_header else []
    body = data[1:] if header else data
    return {
        "header": header,
        "body": body,
        "first_col_header": (table_value or {}).get("first_col_is_header", False),
    }
