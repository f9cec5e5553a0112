"""Documents as they are published: each seed as a government web page, the PDF Chromium
prints from it and a Word file gives the same cases as the plain text; evidence points at the
extracted text kept in exports/text/; bad files are named with their reason."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg.build import build
from kg.cli import main
from kg.corpus import DocumentError, read_document
from kg.extract.facts import extract_document, load_context
from kg.namespaces import PK
from kg.readers import sniff
from kg.readers.cjk import ideographs, radical_table
from kg.readers.pdf import _Line, _paragraphs, _without_furniture
from kg.segment import segment
from tests.conftest import SEED_FILES
from tests.publications import (
    corrupt_docx,
    docx_without_body,
    encrypted_pdf,
    government_page,
    navigation_page,
    paragraphs_of,
    print_pdf,
    save_as,
    scanned_pdf,
    write_docx,
)

PAGES = {
    "000": ("典型经验做法", "2022-06-09", "陕西省市场监督管理局", "陕西省人民政府"),
    "001": (
        "陕西省推出2022年第二批优化营商环境典型经验做法",
        "2022-08-08",
        "陕西日报",
        "陕西省人民政府",
    ),
    "002": (
        "2024年第四批行风建设优秀实践案例",
        "2024-12-20",
        "市场监管总局",
        "国家市场监督管理总局",
    ),
    "003": ("强化监管优化营商环境", "2023-01-16", "大众日报", "山东省人民政府"),
    "004": ("优化营商环境工作情况汇报", "2022-08-08", "×市市场监管局", "×市人民政府"),
}
"""Each seed's page: title, date and source as the portal shows them, and the portal."""


def _publish(seed: Path, folder: Path, pdf: bool) -> list[Path]:
    """The seed as .txt, a portal's .html page, a .docx and (with Chromium) the printed .pdf."""
    title, issued, source, site = PAGES[seed.name[:3]]
    paragraphs = paragraphs_of(read_document(seed).text)
    stem = folder / seed.stem
    page = stem.with_suffix(".html")
    page.write_text(government_page(title, issued, source, paragraphs, site), encoding="utf-8")
    files = [Path(shutil.copy(seed, stem.with_suffix(".txt"))), page]
    files.append(write_docx(title, paragraphs, stem.with_suffix(".docx")))
    if pdf:
        files.append(print_pdf(page, stem.with_suffix(".pdf")))
    return files


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every seed in every format but PDF."""
    folder = tmp_path_factory.mktemp("published")
    return {seed.name: _publish(seed, folder, pdf=False) for seed in SEED_FILES}


def _cases(path: Path) -> list[tuple]:
    """What a reader of the graph compares across formats: per case, its status, region,
    mechanisms and outcomes (the heading's first words, to name it)."""
    doc = read_document(path)
    facts = extract_document(doc, segment(doc), load_context())
    return [
        (
            f.measure.status,
            f.region.region.code if f.region and f.region.region else None,
            sorted(m.concept or m.label for m in f.mechanisms),
            sorted((str(o.value), o.unit, o.metric) for o in f.outcomes),
        )
        for f in facts.measures
    ]


def _same_cases(files: list[Path]) -> None:
    text, *others = files
    expected = _cases(text)
    assert expected
    for other in others:
        assert _cases(other) == expected, other.name


@pytest.mark.parametrize("seed", [p.name for p in SEED_FILES])
def test_web_page_and_word_file_give_the_cases_of_the_text(published, seed: str) -> None:
    _same_cases(published[seed])


def test_web_page_text_is_the_article_headed_by_title_date_and_source(published) -> None:
    page = published["000_afa441fe3532fa0d.txt"][1]
    doc = read_document(page)
    first = doc.text.splitlines()[:3]
    assert first[:2] == ["典型经验做法", "发布时间：2022-06-09 10:30 来源：陕西省市场监督管理局"]
    assert doc.metadata.title == "典型经验做法" and doc.metadata.issued == "2022-06-09"
    for furniture in ("当前位置", "分享到", "网站标识码", "相关阅读", "搜索", "_hmt"):
        assert furniture not in doc.text
    assert doc.reader.startswith("trafilatura ") and doc.encoding == "utf-8"


def _portal_page(meta: str, info: str) -> bytes:
    """A city portal's article page whose date and source line sits inside the article."""
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "为进一步优化营商环境，某市政务服务管理局推行“一件事一次办”改革，企业开办时间压缩至1个工作日。",
            "某区推行“综窗”服务，群众办事只需跑一次，全年办理各类事项3.2万件。",
        )
    )
    return f"""<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="某市优化营商环境典型做法">{meta}
<title>某市优化营商环境典型做法_某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>某市优化营商环境典型做法</h1>
{info}<div class="content">{paragraphs}</div></div><div class="footer">版权所有</div>
</body></html>""".encode()


@pytest.mark.parametrize(
    ("meta", "info"),
    [
        (
            '<meta name="PubDate" content="2024-03-05 09:00">'
            '<meta name="ContentSource" content="某市政务服务管理局">',
            "<p>发布时间：2024-03-05　　来源：某市政务服务管理局</p>",
        ),
        ("", "<p>发布日期：2024年03月05日 来源：某市政务服务管理局 浏览次数：123</p>"),
        ("", "<div>发布时间：2024-03-05 来源：某市政务服务管理局</div>"),
    ],
    ids=["meta-and-own-line", "own-wording", "heading-the-article"],
)
def test_a_page_date_and_source_line_is_read_once(tmp_path: Path, meta: str, info: str) -> None:
    """The page's own line, in its own wording (发布日期, a time or not, full-width spaces,
    浏览次数) wherever the article extractor puts it, and the header line say one thing:
    the text states it once, at the top."""
    page = tmp_path / "典型做法.html"
    page.write_bytes(_portal_page(meta, info))
    doc = read_document(page)
    lines = doc.text.splitlines()
    assert sum("来源：某市政务服务管理局" in line for line in lines) == 1, doc.text
    assert any(line.startswith(("发布时间：2024", "发布日期：2024")) for line in lines[:3])
    assert doc.metadata.issued == "2024-03-05"
    assert lines[-1].startswith("某区推行“综窗”服务")


def test_word_file_keeps_a_table_between_paragraphs(tmp_path: Path) -> None:
    rows = (("序号", "地区", "做法"), ("1", "西安市", "企业开办一网通办"))
    path = write_docx(
        "典型经验做法清单",
        ["西安市推行以下做法。", "以上做法可复制推广。"],
        tmp_path / "a.docx",
        rows,
    )
    lines = read_document(path).text.splitlines()
    assert lines == [
        "典型经验做法清单",
        "西安市推行以下做法。",
        "以上做法可复制推广。",
        "序号\t地区\t做法",
        "1\t西安市\t企业开办一网通办",
    ]


def test_format_is_chosen_by_content_before_suffix(published, tmp_path: Path) -> None:
    _, page, docx = published["002_7cf1f168e163e9dc.txt"]
    assert sniff(page.read_bytes(), ".txt") == "html"
    assert sniff(docx.read_bytes(), ".bin") == "docx"
    assert sniff(b"%PDF-1.7\n", ".txt") == "pdf"
    assert sniff("正文".encode(), ".html") == "html"
    renamed = Path(shutil.copy(page, tmp_path / "saved-page.txt"))
    assert read_document(renamed).reader.startswith("trafilatura ")


def test_radicals_become_ideographs() -> None:
    assert ideographs("⾸⻚ ⾏政 ⼈⺠政府⽹站 ⻓江 ⻔户") == "首页 行政 人民政府网站 长江 门户"
    for cp, ideograph in radical_table().items():
        assert 0x2E80 <= cp <= 0x2FDF and len(ideograph) == 1
        assert unicodedata.name(ideograph).startswith("CJK")


def test_bad_files_are_named_with_their_reason_and_the_rest_builds(
    published, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = Path(shutil.copy(published["000_afa441fe3532fa0d.txt"][2], folder))
    scan = scanned_pdf(paragraphs_of(read_document(SEED_FILES[0]).text), folder / "扫描件.pdf")
    broken = corrupt_docx(folder / "下载中断.docx")
    archive = docx_without_body(folder / "改名的压缩包.docx")
    portal = folder / "栏目页.html"
    portal.write_text(navigation_page(), encoding="utf-8")
    locked = encrypted_pdf(scan, folder / "加密附件.pdf")
    (folder / "~$下载中断.docx").write_bytes(b"\x00" * 162)  # Word's lock file: not a document

    _, report = build([folder], tmp_path / "out", views=False, analysis=False)

    assert [name for name, _ in report.documents] == [good.name]
    reasons = {err.path.name: err.reason for err in report.skipped}
    assert set(reasons) == {scan.name, broken.name, archive.name, portal.name, locked.name}
    assert "encrypted PDF" in reasons[locked.name] and "password" in reasons[locked.name]
    assert "no text layer" in reasons[scan.name] and "OCR" in reasons[scan.name]
    assert "corrupt Word file" in reasons[broken.name]
    assert "no word/document.xml" in reasons[archive.name]
    assert "only navigation" in reasons[portal.name]
    assert all("\n" not in reason for reason in reasons.values())
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(scan)


# --- PDF: printed by Chromium ----------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every seed in every format, the PDF printed from the page by headless Chromium."""
    folder = tmp_path_factory.mktemp("printed")
    return {seed.name: _publish(seed, folder, pdf=True) for seed in SEED_FILES}


@pytest.mark.chromium
@pytest.mark.parametrize("seed", [p.name for p in SEED_FILES])
def test_printed_pdf_gives_the_cases_of_the_text(printed, seed: str) -> None:
    text, *_, pdf = printed[seed]
    _same_cases([text, pdf])


@pytest.mark.chromium
def test_printed_pdf_text_has_no_running_furniture_or_broken_lines(printed) -> None:
    text, *_, pdf = printed["001_f8b2453fb6aaea16.txt"]
    doc = read_document(pdf)
    assert doc.reader.startswith("pypdfium2 ") and doc.encoding is None
    lines = set(doc.text.splitlines())
    assert not any(line.startswith("file://") or line.endswith("_陕西省人民政府") for line in lines)
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in doc.text)
    paragraphs = paragraphs_of(read_document(text).text)
    kept = [p for p in paragraphs if p.replace(" ", "") in doc.text.replace(" ", "")]
    assert len(kept) >= len(paragraphs) - 1  # the breadcrumb loses its no-break spaces


_ONE_PAGE = [
    "福建省优化营商环境工作简报",
    "一、福州市推行“一件事一次办”集成服务",
    "福州市行政服务中心管委会推出“一件事一次办”集成服务，将开办餐饮店等35个事项整合办理，"
    "办理时限平均压缩70%，累计办件4.5万件。",
    "二、厦门市推进“跨省通办”",
    "厦门市政务服务中心与中西部12个城市签订“跨省通办”合作协议，累计办理跨省业务2800件。",
]


def test_a_one_page_print_drops_the_browser_furniture_and_joins_its_wraps() -> None:
    """The lines PDFium gives for a one-page brief Chromium printed (US Letter, 792 pt
    high; left, right, top, bottom, em in pt): its header and footer come last in content
    order, smaller than the body and further left. Nothing recurs on one page, yet they are
    furniture; they do not set the text's left margin (which made every line look indented,
    so no wrap was joined), and the header is no continuation of the last line above it."""
    title, first, wrapped, second, last = _ONE_PAGE
    cut = wrapped.index("合办理")
    lines = [
        _Line(title, 0, 34, 268, 744, 725, 18.6, "head"),
        _Line(first, 0, 34, 250, 704, 692, 12.0),
        _Line(wrapped[:cut], 0, 34, 577, 674, 662, 12.0),
        _Line(wrapped[cut:], 0, 34, 236, 656, 644, 12.0),
        _Line(second, 0, 34, 178, 627, 613, 14.0),
        _Line(last, 0, 34, 536, 596, 584, 12.0),
        _Line("12/6/26, 7:47 AM 福建省营商环境简报", 0, 24, 391, 777, 768, 9.3, "head"),
        _Line("file:///tmp/brief.html 1/1", 0, 24, 588, 25, 16, 9.3, "foot"),
    ]
    assert _paragraphs(_without_furniture([lines])).splitlines() == _ONE_PAGE


@pytest.mark.chromium
def test_a_printed_one_page_brief_reads_as_its_paragraphs(tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    body = "".join(f"<p>{line}</p>" for line in _ONE_PAGE)
    page.write_text(f'<html><meta charset="utf-8"><title>简报</title>{body}</html>', "utf-8")
    doc = read_document(print_pdf(page, tmp_path / "brief.pdf"))
    assert doc.text.splitlines() == _ONE_PAGE


@pytest.mark.chromium
def test_one_seed_in_four_formats_builds_four_documents(printed, tmp_path: Path) -> None:
    folder = tmp_path / "one-seed"
    folder.mkdir()
    for path in printed["000_afa441fe3532fa0d.txt"]:
        shutil.copy(path, folder)
    out = tmp_path / "exports"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--no-views"])
    assert result.exit_code == 0, result.output
    assert "4 documents, 84 measures" in result.output

    stats = CliRunner().invoke(main, ["stats", "--export", str(out / "practice-kg.nt")])
    rows = [line.split() for line in stats.output.splitlines() if line.startswith("000_")]
    assert sorted(row[0] for row in rows) == [
        f"000_afa441fe3532fa0d.{ext}" for ext in ("docx", "html", "pdf", "txt")
    ]
    assert {row[1] for row in rows} == {"21"}


@pytest.mark.chromium
def test_quotes_equal_the_kept_text_at_their_offsets(printed, tmp_path: Path) -> None:
    files = [path for paths in printed.values() for path in paths[1:]]
    folder = tmp_path / "published"
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder)
    out = tmp_path / "exports"
    graph, report = build([folder], out, views=False, analysis=False)
    assert len(report.documents) == 15 and not report.skipped
    assert report.validation is not None and report.validation.conforms
    texts = {}
    for doc in graph.subjects(PK.reader, None):
        kept = out / str(graph.value(doc, PK.textFile))
        text = kept.read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest() == str(graph.value(doc, PK.textSha256))
        texts[doc] = text
    checked = 0
    for node, _, quote in graph.triples((None, PK.quote, None)):
        doc = graph.value(node, PK.document)
        start, end = int(graph.value(node, PK.start)), int(graph.value(node, PK.end))
        assert texts[doc][start:end] == str(quote)
        checked += 1
    assert checked > 1000

    again = tmp_path / "again"
    build([folder], again, views=False, analysis=False)
    kept = sorted(p.relative_to(out) for p in (out / "text").iterdir())
    assert kept == sorted(p.relative_to(again) for p in (again / "text").iterdir())
    assert len(kept) == len([p for p in files if p.suffix != ".txt"])
    for name in (Path("practice-kg.nt"), *kept):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_reader_literal_names_library_and_version(published, tmp_path: Path) -> None:
    word = published["002_7cf1f168e163e9dc.txt"][2]
    graph, _ = build([word], None, check_shapes=False)
    (doc,) = graph.subjects(PK.reader, None)
    assert str(graph.value(doc, PK.reader)).startswith("python-docx 1.")
    short = hashlib.sha256(word.read_bytes()).hexdigest()[:12]
    assert graph.value(doc, PK.textFile) == Literal(f"text/{word.name}.{short}.txt")
    assert isinstance(doc, URIRef)


@pytest.mark.office
@pytest.mark.parametrize("seed", ["000", "002"])
def test_legacy_word_file_gives_the_cases_of_the_text(published, seed: str, tmp_path) -> None:
    text, _, docx_file = next(files for name, files in published.items() if name.startswith(seed))
    doc_file = save_as(docx_file, tmp_path, "doc")
    assert sniff(doc_file.read_bytes(), doc_file.suffix) == "doc"
    assert read_document(doc_file).reader.startswith("antiword")
    _same_cases([text, doc_file])


_WORD_FILE = (
    "浙江省优化营商环境改革创新典型经验做法案例汇编（第一批）",
    [
        "内部资料 注意保存",
        "案例一：丽水市推行“一件事集成办”改革",
        "丽水市行政服务中心推行“一件事集成办”“一窗受理”，企业办事环节减少60%，累计服务企业"
        "2.4万家，在App “浙里办” 上线模块12个，获评“Top 10”创新案例（2023年）。",
        "案例二：衢州市建立“企业码”服务机制",
        "衢州市经济和信息化局建立“企业码”服务机制，通过ISO 9001认证，为3500家企业解决诉求"
        "1200件，满意率达到98.5%，“码上办”“码上评”两项功能覆盖全市企业。",
    ],
)
"""A Word file as an office writes one: a title in a larger size that nearly fills its line,
quoted practice names (some at the end of a printed line), numbers and Latin words amid
ideographs, a space between two phrases and spaces around a quoted app name."""


@pytest.mark.office
def test_a_word_processors_pdf_reads_as_the_word_file(tmp_path: Path) -> None:
    """LibreOffice draws a line's quote marks after its ideographs, sets a gap between
    ideographs and digits of its own, and prints the title over the text: the PDF reads as
    the Word file's paragraphs all the same, quotes in place, no space around numbers, the
    title a line of its own."""
    word = write_docx(*_WORD_FILE, tmp_path / "案例汇编.docx")
    pdf = save_as(word, tmp_path, "pdf")
    assert read_document(pdf).text.splitlines() == read_document(word).text.splitlines()


@pytest.mark.office
@pytest.mark.parametrize("seed", ["001", "004"])
def test_a_word_processors_pdf_gives_the_cases_of_the_text(published, seed: str, tmp_path) -> None:
    text, _, word = next(files for name, files in published.items() if name.startswith(seed))
    _same_cases([text, save_as(word, tmp_path, "pdf")])


def test_a_title_in_a_larger_size_is_not_joined_to_the_text_under_it() -> None:
    """A title that nearly fills the measure, over a body line (left, right, top, bottom, em
    in pt, as LibreOffice prints a Word file on A4): another font size, another paragraph."""
    title, first, wrapped = "浙江省优化营商环境典型案例", _ONE_PAGE[2], _ONE_PAGE[2][:38]
    lines = [
        _Line(title, 0, 90, 431, 718, 694, 26.0),
        _Line(wrapped, 0, 90, 519, 644, 633, 11.0),
        _Line(first[38:], 0, 90, 200, 629, 618, 11.0),
    ]
    assert _paragraphs([lines]).splitlines() == [title, first]


_CASES_AND_TABLE = (
    "杭州市优化营商环境改革案例",
    [
        "为推广各地改革经验，现将有关做法介绍如下。",
        "案例一：杭州市推行“一照多址”改革",
        "杭州市市场监督管理局推行“一照多址”改革，企业增设经营场所无需另办执照，已惠及企业4200户。",
        "案例二：绍兴市建立“企业服务专员”制度",
        "绍兴市发展和改革委员会建立“企业服务专员”制度，为1500家重点企业解决诉求2300件。",
        "其他地区做法见下表。",
    ],
    (
        ("地区", "做法", "成效"),
        ("湖州市", "推行“标准地”出让", "企业拿地后开工时间提前80天"),
        ("衢州市", "建立“企业码”服务平台", "累计解决企业诉求1200件"),
    ),
)
"""Two labelled cases, then a table of cases (地区 做法 成效) with a row per place."""


@pytest.mark.parametrize("rows", [1, 2])
@pytest.mark.parametrize("kind", ["docx", "html"])
def test_a_table_of_cases_in_a_word_file_or_web_page_gives_a_case_per_row(
    tmp_path: Path, kind: str, rows: int
) -> None:
    """A table of cases is one case per row below its header, even with one row; the row's
    case is headed by its practice cell and is the row's place."""
    title, paragraphs, table = _CASES_AND_TABLE
    table = table[: rows + 1]
    path = tmp_path / f"cases.{kind}"
    if kind == "docx":
        write_docx(title, paragraphs, path, table)
    else:
        page = government_page(title, "2024-05-06", "浙江日报", paragraphs, "浙江省人民政府", table)
        path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    facts = extract_document(doc, segment(doc), load_context())
    cases = [(f.measure.heading, f.region.region.name) for f in facts.measures]
    assert cases == [
        ("杭州市推行“一照多址”改革", "杭州市"),
        ("绍兴市建立“企业服务专员”制度", "绍兴市"),
        *[(practice, place) for place, practice, _ in table[1:]],
    ]
