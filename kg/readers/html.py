"""Web pages: the article's main text, headed by the page's title, date and source.

trafilatura finds the article (no navigation, breadcrumbs, share bars, related links,
scripts, footers) and keeps its paragraphs and tables in order, one per line. Government
pages carry their title and publication date in ``<meta>`` tags (``ArticleTitle``,
``PubDate``, ``ContentSource``; ``og:title``, ``article:published_time``) or in a visible
header line (``发布时间：2022-08-08 来源：…``) that trafilatura leaves out with the rest of
the furniture. The reader puts them back as the first lines, as a person saving the page as
text would, so the document's metadata is read from its text like any other document's, and
the text file kept next to the exports says where the article came from.
"""

from __future__ import annotations

import re

import lxml.html

from kg.readers import Extracted, Unreadable, library_version

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_TITLE_META = ("ArticleTitle", "og:title", "twitter:title", "title")
_DATE_META = ("PubDate", "pubdate", "publishdate", "PublishDate", "article:published_time")
_SOURCE_META = ("ContentSource", "source", "author")
_DATE = re.compile(r"\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2})?")
_VISIBLE_DATE = re.compile(
    r"(?:发布时间|发布日期|发文日期|日期|时间)\s*[:：]\s*(" + _DATE.pattern + ")"
)
_VISIBLE_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|｜]{2,30})")
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s[-—]\s).*$")
_HEAD = 5
"""Lines of the article that count as its head (where its title or info line may be)."""
_INFO_LINE = 100
"""Longer lines are prose, not a page's date and source line."""
_MIN_ARTICLE = 40
"""Fewer characters than this outside the furniture and link lists: not an article."""


def read(data: bytes) -> Extracted:
    """The page's article text, or Unreadable when the page is only navigation."""
    html, encoding = _decode(data)
    page = _parse(html)
    body = _article(html)
    if len(re.sub(r"\s", "", _prose(body, page))) < _MIN_ARTICLE:
        raise Unreadable(
            "web page with no article text (only navigation, links or scripts): "
            "save the article page itself"
        )
    return Extracted(_with_header(page, body), library_version("trafilatura"), encoding)


def _decode(data: bytes) -> tuple[str, str]:
    """Decode by the page's declared charset, else UTF-8, else GB18030 (GBK, GB2312)."""
    declared = _CHARSET.search(data[:4096])
    names = [declared.group(1).decode("ascii").lower()] if declared else []
    for name in [*names, "utf-8", "gb18030"]:
        name = "gb18030" if name in ("gb2312", "gbk") else name
        try:
            return data.decode(name).removeprefix("\ufeff"), name
        except (UnicodeDecodeError, LookupError):
            continue
    raise Unreadable("web page in no known encoding (not its declared charset, UTF-8 or GB18030)")


def _parse(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as err:
        raise Unreadable(f"web page that cannot be parsed ({err})") from err


def _article(html: str) -> str:
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="txt",
        favor_recall=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    return text or ""


def _prose(body: str, page: lxml.html.HtmlElement) -> str:
    """The article's lines that are not just a link's text (a column page's list)."""
    links = {" ".join(a.text_content().split()) for a in page.iter("a")}
    lines = (line.strip().removeprefix("- ").strip() for line in body.splitlines())
    return "\n".join(line for line in lines if line not in links)


def _with_header(page: lxml.html.HtmlElement, body: str) -> str:
    """Title, then the date and source line, then the article (the title only when it is not
    already one of the article's first lines).

    The page's own date and source line may be part of the article: trafilatura keeps it
    (in the page's wording: 发布日期, with or without the time, 浏览次数 beside it) and may
    put it after the paragraphs. It stays where it is when it heads the article (no
    sentence above it); anywhere else it gives way to the header line, so the text states
    them once."""
    title, date, source = _title(page), _issued(page), _source(page)
    parts = [f"发布时间：{date}" if date else "", f"来源：{source}" if source else ""]
    info = " ".join(part for part in parts if part)
    lines = body.splitlines()
    own = [i for i, line in enumerate(lines) if _states(line, date, source)]
    if own and own[0] < _HEAD and not any("。" in line for line in lines[: own[0]]):
        info = ""  # the page's line heads the article: above it only a title, no sentence
    else:
        lines = [line for i, line in enumerate(lines) if i not in own]
    head = {line.strip() for line in lines[:_HEAD]}
    header = [line for line in (title, info) if line and line not in head]
    return "\n".join([*header, *lines]) + "\n"


def _states(line: str, date: str | None, source: str | None) -> bool:
    """Is ``line`` a page's info line giving this date (the same day) or source?"""
    if len(line) > _INFO_LINE:
        return False
    said = _VISIBLE_DATE.search(line)
    if date and said and _day(said.group(1)) == _day(date):
        return True
    said = _VISIBLE_SOURCE.search(line)
    return bool(source and said and said.group(1) == source)


def _day(date: str) -> tuple[int, ...]:
    """Year, month and day of a date as pages write it (2024-03-05 09:00, 2024年3月5日)."""
    return tuple(int(n) for n in re.findall(r"\d+", date)[:3])


def _meta(page: lxml.html.HtmlElement, names: tuple[str, ...]) -> str | None:
    for name in names:
        for attr in ("name", "property"):
            for value in page.xpath(f"//meta[@{attr}=$name]/@content", name=name):
                if value.strip():
                    return " ".join(value.split())
    return None


def _title(page: lxml.html.HtmlElement) -> str | None:
    if title := _meta(page, _TITLE_META):
        return title
    for heading in page.xpath("//h1"):
        if text := " ".join(heading.text_content().split()):
            return text
    titles = page.xpath("//title/text()")
    return _TITLE_SUFFIX.sub("", " ".join(titles[0].split())) or None if titles else None


def _visible_lines(page: lxml.html.HtmlElement) -> list[str]:
    """Short visible texts (a header's info line), scripts and styles left out."""
    texts = page.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
    return [" ".join(t.split()) for t in texts if t.strip() and len(t) < 200]


def _issued(page: lxml.html.HtmlElement) -> str | None:
    if (value := _meta(page, _DATE_META)) and (date := _DATE.search(value)):
        return date.group(0)
    for line in _visible_lines(page):
        if match := _VISIBLE_DATE.search(line):
            return match.group(1)
    return None


def _source(page: lxml.html.HtmlElement) -> str | None:
    if value := _meta(page, _SOURCE_META):
        return value
    for line in _visible_lines(page):
        if match := _VISIBLE_SOURCE.search(line):
            return match.group(1)
    return None
