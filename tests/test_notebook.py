"""notebooks/explore.ipynb runs top to bottom on the seed export, and shows what it promises.

Expected rows come from the seed texts: Shaanxi's two lists hold 21 + 36 = 57 cases, the
Shandong article 16 (one per city, the repeated copy counted once); 双随机、一公开 is used in
陕西 (2022-06-09), 山东 (2023-01-16) and 甘肃 (2024, the national list).
"""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
KERNEL = "python3"


def ensure_kernel() -> None:
    """Register the ipykernel kernel for this interpreter only if none is installed."""
    from jupyter_client.kernelspec import KernelSpecManager

    if KERNEL not in KernelSpecManager().find_kernel_specs():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--user"], check=True)


@pytest.fixture(scope="module")
def executed(built, monkeypatch_module):
    _, _, out = built
    monkeypatch_module.setenv("PRACTICE_KG_EXPORT", str(out / "practice-kg.nt"))
    ensure_kernel()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name=KERNEL,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    return notebook


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def outputs(notebook, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                pytest.fail(f"cell failed: {output.get('ename')}: {output.get('evalue')}")
            if mime == "stream" and output.get("output_type") == "stream":
                found.append(output["text"])
            elif mime in output.get("data", {}):
                found.append(output["data"][mime])
    return found


@pytest.mark.notebook
def test_sparql_cell_counts_measures_per_province(executed):
    markdown = "\n".join(outputs(executed, "text/markdown"))
    assert "| 陕西省 | 57 |" in markdown
    assert "| 山东省 | 16 |" in markdown


@pytest.mark.notebook
def test_recurrence_table_row(executed):
    markdown = "\n".join(outputs(executed, "text/markdown"))
    row = next(line for line in markdown.splitlines() if line.startswith("| 双随机、一公开 |"))
    assert "陕西省 2022-06-09; 山东省 2023-01-16; 甘肃省 2024" in row


@pytest.mark.notebook
def test_caveat_heatmap_and_offline_graph(executed):
    assert any("only 4 of 5 documents" in text for text in outputs(executed, "stream"))
    images = outputs(executed, "image/png")
    assert len(images) == 1
    assert base64.b64decode(images[0])[:8] == b"\x89PNG\r\n\x1a\n"
    html = "\n".join(outputs(executed, "text/html"))
    assert "vis.Network" in html and "双随机、一公开" in html
    assert "src=&quot;http" not in html and 'src="http' not in html
