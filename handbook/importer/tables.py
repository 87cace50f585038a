"""Tables: from the units after a "Tabell 5." caption to a table block's value.

The extraction flattens a table into lines; the shape is guessed from them: a header line of
capitalised column names means columns (table 1: sector, description, law), bullets mean a
group per row (table 7), anything else label/value rows (table 5).
"""

from handbook.importer.cleanup import is_all_caps, join_lines, upper_split
from handbook.importer.patterns import (
    DANGLING_WORDS,
    LAW_RE,
    LEAD_IN_WORDS,
    TABLE_ENDS,
    TERMINAL,
)


def read_table(units, start):
    """(table block value, index of the first unit after the table); units[start] is the
    caption unit."""
    caption_unit = units[start]
    number = int(caption_unit.match.group(1))
    body = []
    i = start + 1
    while i < len(units):
        unit = units[i]
        if unit.kind in TABLE_ENDS or unit.kind == "letterspaced":
            break
        if is_prose(unit) and not (body and is_label(body[-1])):
            break
        if body and is_boxed_lead_in(unit):
            break  # a separate boxed text after the table ("Målet … är att" and its bullets)
        body.append(unit)
        i += 1
    value = {"number": number, "caption": join_lines(caption_unit.lines), **table_rows(body)}
    return value, i


def is_prose(unit):
    """Running text (not a table cell): several lines at the body text's full width."""
    if unit.kind != "text" or len(unit.lines) < 3:
        return False
    lengths = [len(line.rstrip()) for line in unit.lines]
    return max(lengths) <= 97 and sum(1 for n in lengths if n >= 78) >= 2


def is_boxed_lead_in(unit):
    """A clause that leads into a list ("Målet med ankarverksamheten är att"): a boxed text
    of its own, never a row label, which names a group ("Organisationsnivå")."""
    words = unit.text.split()
    return unit.kind == "text" and len(words) >= 3 and words[-1] in LEAD_IN_WORDS


def is_label(unit):
    """A first-column cell wrapped on lines of its own; its neighbour cell follows."""
    return (
        unit.kind == "text"
        and len(unit.lines) >= 2
        and max(len(line) for line in unit.lines) <= 45
        and not unit.text.endswith(TERMINAL)
    )


def header_columns(unit):
    """The column names of a header line ("Sektor Beskrivning Lag"), or None."""
    if unit.kind != "text" or len(unit.lines) != 1 or len(unit.lines[0]) > 40:
        return None
    tokens = unit.lines[0].split()
    if len(tokens) < 2:
        return None
    columns = []
    for token in tokens:
        if token[:1].isupper():
            columns.append(token)
        elif "." in token and columns:
            columns[-1] += " " + token
        else:
            return None
    return columns if len(columns) >= 2 else None


def table_rows(units):
    """The columns and rows of a table's body units."""
    columns = header_columns(units[0]) if units else None
    if columns:
        rows = column_rows(units[1:], len(columns))
        return {"columns": columns, "first_column_is_header": True, "rows": rows}
    if any(u.kind == "bullet" for u in units):
        return {"columns": [], "first_column_is_header": True, "rows": group_rows(units)}
    return {"columns": [], "first_column_is_header": True, "rows": key_value_rows(units)}


def row(*cells, header=False):
    return {"is_header": header, "cells": list(cells)}


def column_rows(units, width):
    """Rows of `width` cells; a row's cells may come in several units."""
    rows = []
    awaiting = None  # the row waiting for its next cell
    for unit in units:
        text = unit.text
        if unit.kind == "text" and is_all_caps(text):
            rows.append(row(text, header=True))
            awaiting = None
            continue
        if awaiting is not None:
            _add_cell(awaiting["cells"], text, width)
            if len(awaiting["cells"]) >= width:
                awaiting = None
            continue
        previous = rows[-1] if rows and not rows[-1]["is_header"] else None
        if previous and text[:1].islower():
            previous["cells"][-1] = _continue_cell(previous["cells"][-1], text)
            continue
        if previous and is_cell_sentence(unit):
            previous["cells"][-1] = f"{previous['cells'][-1]}\n{text}"
            continue
        new_row = _first_cells(unit, [r["cells"][0] for r in rows if not r["is_header"]])
        rows.append(new_row)
        awaiting = new_row if len(new_row["cells"]) < width else None
    for each in rows:
        if not each["is_header"]:
            each["cells"] += [""] * (width - len(each["cells"]))
    return rows


def _continue_cell(cell, text):
    """More of a cell after a blank line: in a list of actors ("a, b, c") the line break
    stood for the comma the extraction lost."""
    if "," in cell + text and not cell.endswith((*TERMINAL, ",")):
        return f"{cell}, {text}"
    return join_lines([cell, text])


def is_cell_sentence(unit):
    """A sentence on its own that continues the cell above: it would split into a label
    ending in a word that cannot end one ("Användningen av" | "VERA-2 och …")."""
    split = upper_split(unit.lines[0].strip())
    return (
        unit.kind == "text"
        and unit.text.endswith(TERMINAL)
        and split is not None
        and split[0].split()[-1:] != []
        and split[0].split()[-1].lower() in DANGLING_WORDS
    )


def _add_cell(cells, text, width):
    """The next text of a row still short of cells: a new cell, or more of the last one.
    A reference to a law starts the law column."""
    if len(cells) < 2:
        cells.append(text)
    elif LAW_RE.search(text) and len(cells) < width:
        cells.append(text)
    else:
        cells[-1] = f"{cells[-1]}\n{text}"


def _first_cells(unit, labels=()):
    """A new row from the unit that starts it: label and value, or the label alone.
    Without a capital to split at, a label that begins an earlier row's label ("Andra
    tjänster" of "Andra tjänster som gäller brottsärenden") is the label; else the first word."""
    split = upper_split(unit.lines[0].strip())
    if split and split[0]:
        return row(split[0], join_lines([split[1], *unit.lines[1:]]))
    if is_label(unit):
        return row(unit.text)
    words = unit.text.split(" ")
    for label in labels:
        shared = _shared_words(words, label.split())
        if shared >= 2:
            return row(" ".join(words[:shared]), " ".join(words[shared:]))
    head, _, rest = unit.text.partition(" ")
    return row(head, rest)


def _shared_words(words, other):
    shared = 0
    for a, b in zip(words[:-1], other, strict=False):
        if a != b:
            break
        shared += 1
    return shared


def group_rows(units):
    """Two-column rows: a name, then its bullets in one cell."""
    rows = []
    for unit in units:
        if unit.kind == "bullet":
            if not rows:
                rows.append(row("", ""))
            cell = rows[-1]["cells"][1]
            rows[-1]["cells"][1] = f"{cell}\n• {unit.text}" if cell else f"• {unit.text}"
        elif unit.text[:1].islower() and rows:
            rows[-1]["cells"][1] = join_lines([rows[-1]["cells"][1], unit.text])
        else:
            rows.append(row(unit.text, ""))
    return rows


def key_value_rows(units):
    """Label/value rows; a unit that does not split is a group heading row."""
    rows = []
    for unit in units:
        split = upper_split(unit.lines[0].strip())
        if unit.text[:1].islower() and rows:
            rows[-1]["cells"][-1] = join_lines([rows[-1]["cells"][-1], unit.text])
        elif split and split[0]:
            rows.append(row(split[0], join_lines([split[1], *unit.lines[1:]])))
        else:
            rows.append(row(unit.text, header=True))
    return rows
