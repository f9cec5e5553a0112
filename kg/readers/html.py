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
    """Title, then the date and source line, then the article (each only when known and not
    already the article's own first lines)."""
    title, date, source = _title(page), _issued(page), _source(page)
    parts = [f"发布时间：{date}" if date else "", f"来源：{source}" if source else ""]
    info = " ".join(part for part in parts if part)
    head = {line.strip() for line in body.splitlines()[:5]}
    lines = [line for line in (title, info) if line and line not in head]
    return "\n".join([*lines, body]) + "\n"


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
