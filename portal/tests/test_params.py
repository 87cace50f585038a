import pytest
from django.test import RequestFactory

from portal.params import int_param, parse_int


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025", 2025),
        (" 7 ", 7),
        ("-3", -3),
        ("", None),
        (None, None),
        ("abc", None),
        ("20\x0025", None),
        ("\x00", None),
        ("1_000", None),
        ("١٢", None),  # Arabic-Indic digits: int() would accept them
        ("9" * 19, None),
        ("9" * 5000, None),
        ("1e3", None),
    ],
)
def test_parse_int_returns_the_default_on_bad_input(text, expected):
    assert parse_int(text) == expected


def test_bounds_give_the_default_or_clamp():
    assert parse_int("1900", 2025, min_value=2019, max_value=2030) == 2025
    assert parse_int("2031", 2025, min_value=2019, max_value=2030) == 2025
    assert parse_int("2030", 2025, min_value=2019, max_value=2030) == 2030
    assert parse_int("100", 3, min_value=1, max_value=24, clamp=True) == 24
    assert parse_int("0", 3, min_value=1, max_value=24, clamp=True) == 1
    assert parse_int("x", 3, min_value=1, max_value=24, clamp=True) == 3


def test_int_param_reads_the_query_string():
    request = RequestFactory().get("/", {"year": "2024", "bad": "2024\x00"})
    assert int_param(request, "year", 1) == 2024
    assert int_param(request, "bad", 1) == 1
    assert int_param(request, "missing", 1) == 1
