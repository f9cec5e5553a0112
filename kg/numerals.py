"""Number parsing for Chinese government prose: Arabic and Chinese numerals to ``Decimal``.

Why a module of its own: outcome values must compare exactly (``Decimal``, never float) and
the same strings appear everywhere in the corpus -- "7674.15", "1,500", "三", "两", "十五",
"一百二十", "二〇二二", "半", "一个半", "三四" (a range), "1/8", "三分之一", "百分之五十".

Scaling words 万/亿 are *not* applied by :func:`parse_number` when they close the string
("9.2万" -> 9.2 with magnitude "万" via :func:`split_magnitude`): the annotation policy keeps
the value as written and moves the magnitude into the unit ("9.2万户" = 9.2 万户). Inside a
Chinese numeral they are applied as ordinary place values ("三万五千" -> 35000).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "参": 3,  # 參 of a traditional text's formal numerals (參、), once converted
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
MAGNITUDES: tuple[str, ...] = ("千万", "百万", "十万", "万", "亿", "萬", "億")

CN_DIGIT_CHARS = "".join(CN_DIGITS)
CN_NUMERAL_CHARS = CN_DIGIT_CHARS + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
CN_FORMAL_CHARS = "壹贰叁参肆伍陆柒捌玖拾佰仟"
"""The formal numerals (大写): a document numbering with them (壹、貳、參、) numbers its parts
above the items it numbers 一、二、."""

_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)")
_CN_FRACTION = re.compile(rf"([{CN_NUMERAL_CHARS}\d.]+)分之([{CN_NUMERAL_CHARS}\d.点]+)")
_CN_DECIMAL = re.compile(rf"([{CN_NUMERAL_CHARS}]+)点([{CN_DIGIT_CHARS}]+)")
_AND_A_HALF = re.compile(rf"([{CN_NUMERAL_CHARS}\d.]+)个?半")
_RANGE_SEP = re.compile(r"\s*(?:-|~|～|—|–|至|到)\s*")


def parse_arabic(text: str) -> Decimal | None:
    """'7674.15' / '1,500' / '85%' -> Decimal; None when the string is not one number."""
    text = text.strip().rstrip("%％")
    if not _ARABIC.fullmatch(text):
        return None
    return Decimal(text.replace(",", ""))


def _cn_section(text: str) -> int | None:
    """Value of a numeral below 10 000 ('三千零五', '十五', '两百'); None if malformed."""
    total, digit, seen_digit = 0, None, False
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and digit != 0 and CN_DIGITS[ch] != 0:
                return None  # two digits in a row ('三四') is a range, not a number
            digit, seen_digit = CN_DIGITS[ch], True
        elif ch in CN_SMALL_UNITS:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            return None
    if digit:
        total += digit
    return total if seen_digit or total else None


def _cn_positional(text: str) -> int | None:
    """'二〇二二' -> 2022: digit-by-digit writing used in dates and codes."""
    if any(ch not in CN_DIGITS for ch in text):
        return None
    if len(text) >= 3 or any(CN_DIGITS[ch] == 0 for ch in text[1:]):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    return None  # '三四' is a range


def parse_chinese(text: str) -> Decimal | None:
    """Chinese numeral ('三', '十五', '一百二十', '三万五千', '半') -> Decimal, else None."""
    text = text.strip()
    if not text:
        return None
    if text == "半":
        return Decimal("0.5")
    if (match := _CN_DECIMAL.fullmatch(text)) is not None:
        whole = parse_chinese(match.group(1))
        frac = "".join(str(CN_DIGITS[ch]) for ch in match.group(2))
        return None if whole is None else whole + Decimal("0." + frac)
    if any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    if len(text) > 1 and all(ch in CN_DIGITS for ch in text):
        positional = _cn_positional(text)
        return None if positional is None else Decimal(positional)
    total, rest = 0, text
    for big, factor in sorted(CN_BIG_UNITS.items(), key=lambda kv: -kv[1]):
        if big in rest:
            head, rest = rest.split(big, 1)
            head_value = _cn_section(head) if head else 1
            if head_value is None:
                return None
            total += head_value * factor
    if rest:
        tail = _cn_section(rest)
        if tail is None:
            return None
        total += tail
    return Decimal(total)


def parse_range(text: str) -> tuple[Decimal, Decimal] | None:
    """'三四' -> (3, 4), '十五六' -> (15, 16), '三四十' -> (30, 40), '3-5' / '3至5' -> (3, 5)."""
    text = text.strip()
    parts = _RANGE_SEP.split(text)
    if len(parts) == 2 and all(parts):
        low, high = parse_number(parts[0]), parse_number(parts[1])
        if low is not None and high is not None and low < high:
            return low, high
        return None
    match = re.fullmatch(rf"(十?)([{CN_DIGIT_CHARS}])([{CN_DIGIT_CHARS}])([十百千万]?)", text)
    if match is None:
        return None
    tens, first, second, unit = match.groups()
    low, high = CN_DIGITS[first], CN_DIGITS[second]
    if not 0 < low < high or (tens and unit):
        return None
    base = 10 if tens else 0
    factor = CN_SMALL_UNITS.get(unit, CN_BIG_UNITS.get(unit, 1))
    return Decimal(base + low) * factor, Decimal(base + high) * factor


def parse_number(text: str) -> Decimal | None:
    """Any single number string -> Decimal; None if it is not exactly one number.

    Percent signs are dropped (the caller keeps '%' as the unit); a range returns None
    (use :func:`parse_range`).

    Example:
        >>> [str(parse_number(s)) for s in ("1,500", "两", "一百二十", "二〇二二", "一个半")]
        ['1500', '2', '120', '2022', '1.5']
        >>> parse_number("百分之五十"), parse_number("三四"), parse_range("三四")
        (Decimal('50'), None, (Decimal('3'), Decimal('4')))
    """
    text = text.strip()
    if not text:
        return None
    if (value := parse_arabic(text)) is not None:
        return value
    if (match := _FRACTION.fullmatch(text)) is not None:
        return _divide(Decimal(match.group(1)), Decimal(match.group(2)))
    if text.startswith("百分之"):
        return parse_number(text[3:])
    if (match := _CN_FRACTION.fullmatch(text)) is not None:
        den, num = parse_number(match.group(1)), parse_number(match.group(2))
        return None if den is None or num is None else _divide(num, den)
    if (match := _AND_A_HALF.fullmatch(text)) is not None:
        whole = parse_number(match.group(1))
        return None if whole is None else whole + Decimal("0.5")
    return parse_chinese(text)


def split_magnitude(text: str) -> tuple[str, str]:
    """'9.2万' -> ('9.2', '万'); '三千' -> ('三千', ''): the closing 万/亿 belongs to the unit."""
    for magnitude in MAGNITUDES:
        if text.endswith(magnitude) and len(text) > len(magnitude):
            head = text[: -len(magnitude)]
            if head[-1].isdigit() or head[-1] in CN_NUMERAL_CHARS or head[-1] == ".":
                return head, magnitude
    return text, ""


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """Exact where possible (1/8 -> 0.125), otherwise 28 significant digits."""
    if denominator == 0:
        return None
    try:
        quotient = numerator / denominator
    except InvalidOperation:
        return None
    return (
        quotient.quantize(Decimal(1))
        if quotient == quotient.to_integral()
        else quotient.normalize()
    )
