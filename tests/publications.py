"""Make documents as they are published, from a seed's text: a government article page, the
PDF Chromium prints from it, a Word file, a scan and broken files.

Nothing here is copied from a real page: the page has the *shape* of a provincial portal's
article page (header, navigation, breadcrumb, title, 发布时间 line, <p> paragraphs, share bar,
footer, scripts) and holds a seed document's lines as its paragraphs.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import zipfile
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

_NAVIGATION = ("首页", "要闻动态", "政务公开", "政务服务", "互动交流", "专题专栏")


def paragraphs_of(text: str) -> list[str]:
    """A seed's non-blank lines, as a page would carry them: one paragraph each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def government_page(
    title: str,
    issued: str,
    source: str,
    paragraphs: list[str],
    site: str = "陕西省人民政府",
    table: tuple[tuple[str, ...], ...] = (),
) -> str:
    """An article page in the shape of a provincial government portal's, optionally with a
    table (its first row the header) after the paragraphs."""
    nav = "".join(f'<li><a href="/{i}/">{name}</a></li>' for i, name in enumerate(_NAVIGATION))
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + _table(table)
    esc = html.escape
    related = "".join(
        f'<li><a href="/a/{i}.html">{name}</a></li>'
        for i, name in enumerate(("我省召开优化营商环境工作推进会", "关于印发工作要点的通知"))
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{esc(site)}">
<meta name="ColumnName" content="政务公开">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="{issued} 10:30">
<meta name="ContentSource" content="{esc(source)}">
<meta name="keywords" content="营商环境,典型经验">
<title>{esc(title)}_{esc(site)}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:0}}
.nav li{{display:inline;margin:0 1em}} .footer{{font-size:12px;color:#666}}
.content p{{text-indent:2em;line-height:1.8}}</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();
</script>
</head>
<body>
<div class="top-bar">欢迎访问{esc(site)}网站 <a href="/wza/">无障碍</a></div>
<div class="header"><div class="logo">{esc(site)}</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
<ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 正文</div>
<div class="article">
<h1 class="title">{esc(title)}</h1>
<div class="info"><span>发布时间：{issued}</span> <span>来源：{esc(source)}</span>
<span>字号：<a>大</a> <a>中</a> <a>小</a></span> <a href="javascript:window.print()">打印</a></div>
<div class="content" id="UCAP-CONTENT">
{body}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="related"><h3>相关阅读</h3><ul>{related}</ul></div>
</div>
<div class="footer"><p>主办：{esc(site)}办公厅 承办：大数据中心</p>
<p>网站标识码：6100000035 ICP备05001607号</p></div>
<script>document.querySelectorAll(".share a").forEach(a => a.onclick = () => false);</script>
</body>
</html>
"""


def _table(rows: tuple[tuple[str, ...], ...]) -> str:
    if not rows:
        return ""
    head, *body = rows
    cells = "".join(f"<th>{html.escape(c)}</th>" for c in head)
    trs = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in body
    )
    return f"\n<table><thead><tr>{cells}</tr></thead><tbody>{trs}</tbody></table>"


def navigation_page() -> str:
    """A portal's column page: header, navigation and a list of links, no article."""
    links = "".join(f'<li><a href="/a/{i}.html">优化营商环境通知之{i}</a></li>' for i in range(12))
    nav = "".join(f'<li><a href="/{i}/">{name}</a></li>' for i, name in enumerate(_NAVIGATION))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务公开</title></head>
<body><div class="header"><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开</div>
<ul class="list">{links}</ul>
<div class="footer">主办：陕西省人民政府办公厅</div></body></html>"""


def print_pdf(page: Path, pdf: Path) -> Path:
    """Print an HTML file to PDF with headless Chromium, as a user's browser would: with its
    running header (date, page title) and footer (address, page n/m) on every page."""
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf


def write_docx(
    title: str, paragraphs: list[str], path: Path, table: tuple[tuple[str, ...], ...] = ()
) -> Path:
    """A Word file as an office writes one: a title, body paragraphs, optionally a table."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(path)
    return path


def encrypted_pdf(source: Path, path: Path) -> Path:
    """``source`` saved again with a user password (AES-256), as an office locks a file."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user="secret", R=6))
    return path


def save_as(docx_file: Path, folder: Path, suffix: str) -> Path:
    """The Word file saved again as ``suffix`` (a Word 97–2003 .doc, a .pdf), as LibreOffice
    (Debian's libreoffice-writer-nogui) writes one; its own profile folder keeps runs
    apart."""
    profile = folder / ".lo-profile"
    subprocess.run(
        [
            shutil.which("soffice") or "/usr/bin/soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(folder),
            str(docx_file),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / docx_file.with_suffix(f".{suffix}").name


def scanned_pdf(lines: list[str], path: Path) -> Path:
    """A PDF holding only a picture of text, as a scanner makes: no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(CJK_FONT, 28)
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines[:40]):
        draw.text((80, 80 + 42 * i), line[:40], fill="black", font=font)
    page.save(path, "PDF", resolution=150)
    return path


def corrupt_docx(path: Path) -> Path:
    """A .docx cut short, as an interrupted download leaves it: a zip with no end record."""
    whole = path.with_suffix(".whole.docx")
    write_docx("标题", ["一段正文。"] * 20, whole)
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[: len(data) // 2])
    return path


def docx_without_body(path: Path) -> Path:
    """A zip named .docx that holds no word/document.xml (a renamed archive)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a Word file")
    return path
