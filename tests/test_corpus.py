"""Reading documents: encodings, bad input, the char-aligned view, repeated passages."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from kg.corpus import _CONTROL, DocumentError, as_read, iter_paths, normalise, read_document
from tests.conftest import SEEDS

SHAANXI = SEEDS / "000_afa441fe3532fa0d.txt"
NATIONAL_TRADITIONAL = SEEDS / "002_7cf1f168e163e9dc.txt"
SHANDONG_REPEATED = SEEDS / "003_27f5d9a0d8442b46.txt"


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("gbk"), "gb18030"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "utf-16-le-bom", "utf-16-be-bom"],
)
@pytest.mark.parametrize("seed", [SHAANXI, NATIONAL_TRADITIONAL], ids=["simplified", "traditional"])
def test_every_encoding_decodes_to_the_same_text(
    tmp_path: Path, encode, expected: str, seed: Path
) -> None:
    original = seed.read_text(encoding="utf-8")
    path = tmp_path / "copy.txt"
    path.write_bytes(encode(original))
    doc = read_document(path)
    assert doc.encoding == expected
    assert doc.text == original


def test_a_traditional_text_saved_as_big5_is_read_as_big5(tmp_path: Path) -> None:
    """Hong Kong and Taiwan files are often Big5, which also decodes as GB18030, into
    gibberish that names no place; the document was then skipped as naming none."""
    original = NATIONAL_TRADITIONAL.read_text(encoding="utf-8")
    for name, text in (("seed.txt", original), ("short.txt", "澳門特區政府推行「一戶通」服務。\n")):
        path = tmp_path / name
        path.write_bytes(text.encode("big5"))
        doc = read_document(path)
        assert (doc.encoding, doc.text) == ("big5", text), name


def test_view_is_simplified_half_width_and_char_aligned() -> None:
    doc = read_document(NATIONAL_TRADITIONAL)
    assert doc.traditional
    assert len(doc.view) == len(doc.text)
    start = doc.text.index("寧夏回族自治區市場監管廳")
    assert doc.view[start : start + 12] == "宁夏回族自治区市场监管厅"


def test_full_width_punctuation_becomes_ascii_in_the_view_only() -> None:
    doc = read_document(SEEDS / "004_f28145c5286a17a0.txt")
    assert "，" in doc.text and "，" not in doc.view
    assert doc.view.index("一、工作成效") == doc.text.index("一、工作成效")


def test_a_repeated_article_is_skipped_once_and_the_copy_is_verbatim() -> None:
    doc = read_document(SHANDONG_REPEATED)
    assert len(doc.repeats) == 1
    start, end = doc.repeats[0]
    first = doc.text.index("  民心所向")
    assert doc.text[start:end] == doc.text[first : first + (end - start)]
    assert start > first
    assert not any(line.start >= start for line in doc.lines())


def test_seeds_without_repeats_skip_nothing() -> None:
    assert read_document(SHAANXI).repeats == ()


def test_metadata_is_read_from_the_text() -> None:
    meta = read_document(SHAANXI).metadata
    assert (meta.issued, meta.publisher) == ("2022-06-09", "陕西省市场监督管理局")
    assert read_document(SHANDONG_REPEATED).metadata.issued == "2023-01-16"
    assert read_document(NATIONAL_TRADITIONAL).metadata.issued == "2024"


def test_metadata_skips_document_numbers_and_case_headings(tmp_path: Path) -> None:
    title = "国务院办公厅关于对2023年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报"
    path = tmp_path / "notice.txt"
    path.write_text(
        f"{title}\n国办发〔2024〕12号\n典型案例1:苏州工业园区打造企业服务中心\n"
        "园区推行帮办代办。\n国务院办公厅\n2024年3月5日\n",
        encoding="utf-8",
    )
    meta = read_document(path).metadata
    assert (meta.title, meta.publisher, meta.issued) == (title, "国务院办公厅", "2024-03-05")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (bytes(range(256)) * 4, "binary file"),
        ("案例一:测试".encode() + b"\xff\xfe\xfa\xfb" * 3, "not UTF-8, UTF-16 or GB18030"),
    ],
    ids=["empty", "blank", "binary", "undecodable"],
)
def test_bad_files_get_an_error_naming_the_file_and_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert reason in str(err.value)
    assert "bad.txt" in str(err.value)


def test_undecodable_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("第一行\n第二行".encode() + b"\x81\x20\xff")
    with pytest.raises(DocumentError, match=r"line 2"):
        read_document(path)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("# 一网通办\n\n**本报记者　赵磊**\n", "一网通办"),
        ("# 走进湖州市政务服务中心\n*本报记者　赵磊*\n", "走进湖州市政务服务中心"),
        ("**本報記者　王芳**\n", None),
        ("● 优化营商环境在行动\n", "优化营商环境在行动"),
    ],
    ids=["short-title", "issuer-like-title", "no-title", "bulleted-kicker"],
)
def test_a_markdown_title_wins_and_an_emphasised_byline_is_no_title(
    tmp_path: Path, head: str, title: str | None
) -> None:
    path = tmp_path / "article.md"
    path.write_text(f"{head}\n湖州市推行全程网办，网办率达到95%。\n", encoding="utf-8")
    assert read_document(path).metadata.title == title


def test_a_papers_masthead_with_its_latin_name_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "澳门商报 Macao Business Daily\n合作区推澳企开业一站式 银行网点可代办登记\n"
        "【本报讯】横琴粤澳深度合作区商事服务局今年起推出澳资企业跨境开业服务。\n",
        encoding="utf-8",
    )
    assert read_document(path).metadata.title == "合作区推澳企开业一站式 银行网点可代办登记"


def test_a_web_pages_address_menu_and_search_box_are_no_title(tmp_path: Path) -> None:
    """A government site's page saved as text: its masthead, web address, menu and search
    rows stand above the article's title, which is the title."""
    path = tmp_path / "page.txt"
    path.write_text(
        "南宁市人民政府\nwww.nanning.gov.cn\n无障碍 | 长者模式 | 繁體版 | 登录\n"
        "首页　　要闻动态　　政务公开　　政务服务\n请输入关键字　　搜索\n\n"
        "南宁市推行“邕易办”涉企服务　企业办事一次办好\n\n"
        "　　今年以来，南宁市推行“邕易办”涉企服务，企业办事时间压缩40%。\n",
        encoding="utf-8",
    )
    title = normalise("南宁市推行“邕易办”涉企服务　企业办事一次办好")
    assert read_document(path).metadata.title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("湛江市人民政府门户网站\n首页 | 政务公开 | 政务服务\n", "麻章区推行工业项目“五证同发”"),
        ("新华网 陕西频道\n", "麻章区推行工业项目“五证同发”"),
        ("网站首页 政务公开 政务服务 走进青县\n标题：", "麻章区推行工业项目“五证同发”"),
    ],
)
def test_a_sites_masthead_is_no_title_and_a_title_label_is_dropped(
    tmp_path: Path, head: str, title: str
) -> None:
    """A portal's or a channel's masthead (…门户网站, 新华网 陕西频道) and a menu row opened by
    网站首页 stand above the title; a county site's 标题： label is no part of it."""
    path = tmp_path / "page.txt"
    path.write_text(
        f"{head}麻章区推行工业项目“五证同发”\n"
        "　　今年以来，麻章区推行工业项目“五证同发”，项目拿地即开工。\n",
        encoding="utf-8",
    )
    assert read_document(path).metadata.title == normalise(title)


def test_binary_check_counts_exactly_the_control_characters_but_layout_ones() -> None:
    """The one-regex count must be Unicode's Cc category less tab, LF, FF and CR."""
    every = "".join(map(chr, range(0x3000)))
    wanted = [c for c in every if unicodedata.category(c) == "Cc" and c not in "\t\n\f\r"]
    assert _CONTROL.findall(every) == wanted


def test_what_extractors_read_keeps_the_length_and_reads_wraps_and_cells() -> None:
    """A wrap (with the blanks around it) is read as blanks, a tab as a clause break; a wrap
    outside the span read is ignored, one that straddles its edge is cut to it."""
    view = "甲\t累计办理业\n  务3万件，乙\n丙"
    wraps = ((view.index("\n"), view.index("务")), (view.rindex("\n"), len(view) - 1))
    read = as_read(view, 0, len(view) - 1, wraps)
    assert read == "甲;累计办理业   务3万件，乙 "
    assert as_read(view, 2, 8, wraps) == "累计办理业 "


def test_a_folder_unzipped_on_a_mac_gives_only_its_documents(tmp_path: Path) -> None:
    """macOS adds ``._name`` resource forks (binary) and ``__MACOSX/``; a folder may hold
    ``.git/``: none is a document, so none is read and skipped as a bad file."""
    folder = tmp_path / "收集的文件"
    (folder / "__MACOSX" / "通知").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "通知").mkdir()
    notice = folder / "通知" / "典型做法.txt"
    notice.write_text("1.成都市推行“一网通办”改革。\n", encoding="utf-8")
    fork = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"
    fork_beside = folder / "通知" / "._典型做法.txt"
    for junk in (fork_beside, folder / "__MACOSX" / "通知" / "._典型做法.txt"):
        junk.write_bytes(fork)
    (folder / ".git" / "description.txt").write_text("Unnamed repository", encoding="utf-8")
    assert list(iter_paths([folder])) == [notice]
    assert list(iter_paths([fork_beside])) == [fork_beside]  # named on the command line
