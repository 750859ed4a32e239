"""Every committed plot and diagram shows as a picture in the static views of a notebook (docs/pictures.md).

Each committed notebook (notebooks/*.ipynb, tests/notebooks/*.ipynb) is exported with nbconvert's HTML exporter
(JupyterLab template, its default choice among an output's formats) twice: sanitized (`sanitize_html`, as a viewer
that must not trust the notebook cleans it: scripts removed, HTML outputs reduced to a few safe tags) and plain. Each
page is opened in headless Chromium with JavaScript disabled and the network blocked (tests/static_views.mjs), and
every picture output of the file (a plot, committed as image/png, or a diagram, image/svg+xml with its PNG copy)
must show in its own output area as a loaded picture at least 10 px each way; no output area may show HTML markup as
text. The counts ("sanitized export: N of N pictures show") are printed.

Needs Node.js, the npm packages of package.json (`npm ci`: @playwright/test) and Debian's Chromium at
/usr/bin/chromium (CHROMIUM overrides it).
Run: .venv/bin/python -m pytest tests/test_static_views.py
"""
import json
import os
import re
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbconvert import HTMLExporter
from conftest import NOTEBOOKS, ROOT
PLOT_DIV = re.compile(r'class="backprop-plot"')
EXPORTS = {"sanitized": {"sanitize_html": True}, "plain": {}}


def picture_outputs(nb):
    """(cell index, output index, kind) of every output of the notebook that shows a plot or a diagram, whatever
    form it is stored in: a plot's text/html (the kernel's form) or its image/png, a diagram's image/svg+xml."""
    for c, cell in enumerate(nb.cells):
        for o, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            if "image/svg+xml" in data:
                yield c, o, "diagram"
            elif "image/png" in data or PLOT_DIV.search(data.get("text/html", "")):
                yield c, o, "plot"


def look(pages):
    """What Chromium shows of each page (see tests/static_views.mjs)."""
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    assert Path(chromium).is_file(), f"no Chromium at {chromium}: apt-get install -y chromium (or set CHROMIUM)"
    assert (ROOT / "node_modules" / "@playwright" / "test").is_dir(), f"@playwright/test is missing: run `npm ci` in {ROOT}"
    node = subprocess.run(["node", str(ROOT / "tests" / "static_views.mjs")], input=json.dumps(pages),
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert node.returncode == 0, f"tests/static_views.mjs failed:\n{node.stderr}"
    return json.loads(node.stdout)


@pytest.fixture(scope="module", params=sorted(EXPORTS))
def export(request, tmp_path_factory):
    """One export kind of all committed notebooks, as Chromium shows it: {notebook: (nb, pictures, seen)}."""
    kind = request.param
    exporter = HTMLExporter(template_name="lab", **EXPORTS[kind])
    out = tmp_path_factory.mktemp(f"export-{kind}")
    notebooks, pages = {}, []
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(nb)
        page = out / (path.stem + ".html")
        page.write_text(body, encoding="utf-8")
        pictures = list(picture_outputs(nb))
        notebooks[path.relative_to(ROOT).as_posix()] = (nb, pictures)
        pages.append({"page": str(page), "pictures": [[c, o] for c, o, _ in pictures]})
    seen = dict(zip(notebooks, look(pages)))
    shown = sum(p["shown"] for s in seen.values() for p in s["pictures"])
    total = sum(len(pictures) for _, pictures in notebooks.values())
    plots = sum(kind == "plot" for _, pictures in notebooks.values() for *_, kind in pictures)
    with request.config.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(f"\n{kind} nbconvert export, JavaScript off: {shown} of {total} pictures show "
              f"({plots} plots, {total - plots} diagrams)")
    return kind, {name: (nb, pictures, seen[name]) for name, (nb, pictures) in notebooks.items()}


@pytest.mark.parametrize("notebook", [p.relative_to(ROOT).as_posix() for p in NOTEBOOKS])
def test_every_picture_shows_with_javascript_off(export, notebook):
    kind, exported = export
    nb, pictures, seen = exported[notebook]
    assert seen["cells"] == len(nb.cells), f"{seen['cells']} cells on the {kind} page, {len(nb.cells)} in the file"
    assert seen["outputs"] == [len(cell.get("outputs", [])) for cell in nb.cells], \
        f"the {kind} page's outputs per cell differ from the file's"
    hidden = [f"cell {p['cell'] + 1} ({kind_of}): {p['seen']}"
              for p, (*_, kind_of) in zip(seen["pictures"], pictures) if not p["shown"]]
    assert not hidden, (f"{kind} export of {notebook}: {len(pictures) - len(hidden)} of {len(pictures)} pictures "
                        f"show; not shown: {'; '.join(hidden)}")
    assert not seen["escaped"], f"{kind} export of {notebook} shows HTML markup as text: {seen['escaped'][0]!r}"
