"""Query-parameter parsing for every view: bounded, and the default on any bad input.

A query string is user input: it may hold NUL bytes, non-ASCII digits, or numbers too large for
the database. Views ask here instead of calling int() themselves, so that no such value reaches
a query (or a 500).
"""

import re

# Up to 18 ASCII digits always fit a 64-bit integer column; longer input is not a number we use.
_INTEGER = re.compile(r"-?[0-9]{1,18}")


def parse_int(text, default=None, *, min_value=None, max_value=None, clamp=False):
    """The integer in `text`, or `default` when it is missing, malformed or out of bounds.

    clamp=True moves an out-of-bounds number to the nearest bound instead.
    """
    if not isinstance(text, str) or not _INTEGER.fullmatch(text.strip()):
        return default
    value = int(text.strip())
    if min_value is not None and value < min_value:
        return min_value if clamp else default
    if max_value is not None and value > max_value:
        return max_value if clamp else default
    return value


def int_param(request, name, default=None, *, min_value=None, max_value=None, clamp=False):
    """The integer query parameter `name` of the request (see parse_int)."""
    return parse_int(
        request.GET.get(name), default, min_value=min_value, max_value=max_value, clamp=clamp
    )
