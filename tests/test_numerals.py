"""Number parsing: exact Decimals for the numerals that occur in practice documents."""

from decimal import Decimal

import pytest

from kg.numerals import parse_chinese, parse_number, parse_range, split_magnitude


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7674.15", "7674.15"),
        ("1,500", "1500"),
        ("26423", "26423"),
        ("85%", "85"),
        ("0", "0"),
        ("三", "3"),
        ("两", "2"),
        ("十", "10"),
        ("十五", "15"),
        ("二十一", "21"),
        ("一百二十", "120"),
        ("一千零一", "1001"),
        ("三万五千", "35000"),
        ("零", "0"),
        ("半", "0.5"),
        ("一个半", "1.5"),
        ("三点五", "3.5"),
        ("二〇二二", "2022"),
        ("1/8", "0.125"),
        ("4/2", "2"),
        ("百分之五十", "50"),
        ("四分之一", "0.25"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


def test_thirds_are_exact_to_context_precision() -> None:
    value = parse_number("三分之一")
    assert value is not None and abs(value * 3 - 1) < Decimal("1e-20")


@pytest.mark.parametrize("text", ["", "  ", "三四", "abc", "1/0", "1.2.3", "万人口", "12a"])
def test_not_a_single_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("三四", 3, 4),
        ("十五六", 15, 16),
        ("三四十", 30, 40),
        ("3-5", 3, 5),
        ("3至5", 3, 5),
        ("1~2", 1, 2),
    ],
)
def test_parse_range(text: str, low: int, high: int) -> None:
    assert parse_range(text) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize("text", ["5-3", "三", "四三", "029-86138802x"])
def test_not_a_range(text: str) -> None:
    assert parse_range(text) is None


def test_magnitude_stays_with_the_unit() -> None:
    assert split_magnitude("9.2万") == ("9.2", "万")
    assert split_magnitude("3800万") == ("3800", "万")
    assert split_magnitude("6.96亿") == ("6.96", "亿")
    assert split_magnitude("三千") == ("三千", "")
    assert split_magnitude("万") == ("万", "")


def test_parse_chinese_rejects_non_numerals() -> None:
    assert parse_chinese("三个") is None
    assert parse_chinese("") is None
