"""Checks the committed notebook files (not their execution): for each notebooks/*.ipynb and tests/notebooks/*.ipynb

  - it is a valid nbformat 4 notebook whose kernelspec is exactly {name: java, display_name: Java, language: java}
    (what lab.py registers, so that opening and saving it in the lab changes nothing);
  - it is under 1.5 MB (plotly.js must be served, never inlined into outputs);
  - every plot output is in its committed form (docs/pictures.md, scripts/plot_outputs.py): a valid image/png, a
    short text/plain and no text/html in its data, the kernel's HTML in its metadata; every diagram output
    (image/svg+xml) carries an image/png copy and a short text/plain;
  - no cell has two consecutive stream outputs of the same stream (fragments are merged when written);
  - no output is an error, and no output loads anything from a CDN;
  - no code cell downloads the library (`%maven`, `%loadFromPOM`): the kernelspec's classpath provides it;
  - no cell's result is a bare display id (a UUID), which `display(...)` returns when it is the last expression of
    a cell and which changes on every run: end such a cell with `render(...)` instead;
  - (notebooks/ only) its paired source notebooks/src/NAME.java (jupytext percent format, see notebooks/jupytext.toml
    and docs/notebooks.md) exists and has the same cells: same types, same sources, same cell metadata (apart from
    the run-dependent keys that jupytext keeps out of the text). Fix a drift with `jupytext --sync`. A source in
    notebooks/src/ without its notebook fails too;
  - (notebooks/ only) what README.md says of it: its reading time ("About N min") is the notebook's own ("Reading
    time: about N minutes"), its last sections are Exercises, Going deeper and Solutions, and every "§N Title" that
    the blog-equation table names is its numbered section N with that title (up to the first formula).

One test per notebook (all of its problems in the failure message), one for its README figures, and one for sources
without a notebook.
"""
import base64
import itertools
import re
import struct
from pathlib import Path

import jupytext
import nbformat
import pytest
import plot_outputs  # scripts/ (pytest.ini's pythonpath)
from conftest import NOTEBOOKS, ROOT, rel

MAX_BYTES = 1_500_000
KERNELSPEC = {"name": "java", "display_name": "Java", "language": "java"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
UUID = re.compile(r"^'?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'?$")
DOWNLOAD_MAGIC = re.compile(r"^\s*%(maven|loadFromPOM|mavenRepo)\b", re.MULTILINE)
PAIRED_DIR = ROOT / "notebooks"
# cell metadata that depends on a run or on jupytext's layout of the text, not on what the author wrote
UNPAIRED_KEYS = {"autoscroll", "collapsed", "scrolled", "trusted", "execution", "ExecuteTime",
                 "lines_to_next_cell", "lines_to_end_of_cell_marker", "cell_marker", "region_name"}


def authored(metadata):
    return {k: v for k, v in metadata.items() if k not in UNPAIRED_KEYS}


def drift(path: Path, nb):
    """What differs between a notebook and its paired jupytext source, cell by cell."""
    source = path.parent / "src" / (path.stem + ".java")
    if not source.exists():
        yield f"no paired source {source.relative_to(ROOT)} (create it with `jupytext --sync {path.name}`)"
        return
    text = jupytext.read(source)
    if len(text.cells) != len(nb.cells):
        yield f"{len(nb.cells)} cells but its source {source.name} has {len(text.cells)}: run `jupytext --sync`"
        return
    for index, (cell, twin) in enumerate(zip(nb.cells, text.cells), start=1):
        if cell.cell_type != twin.cell_type:
            yield f"cell {index} is {cell.cell_type} here but {twin.cell_type} in {source.name}"
        elif cell.source != twin.source:
            yield f"cell {index} differs from its source in {source.name}: run `jupytext --sync`"
        elif authored(cell.metadata) != authored(twin.metadata):
            yield (f"cell {index} metadata {authored(cell.metadata)} differs from {authored(twin.metadata)} in "
                   f"{source.name}: run `jupytext --sync`")


def problems(path: Path):
    size = path.stat().st_size
    if size >= MAX_BYTES:
        yield f"{size} bytes, must stay under {MAX_BYTES}"
    nb = nbformat.read(path, as_version=4)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        yield f"invalid notebook: {e.message}"
    kernel = dict(nb.metadata.get("kernelspec", {}))
    if kernel != KERNELSPEC:
        yield f"kernelspec is {kernel!r}, must be {KERNELSPEC!r}"
    for index, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        if DOWNLOAD_MAGIC.search(cell.source):
            yield f"cell {index} downloads jars with a magic; the kernel's classpath already has the library"
        for previous, output in zip(cell.outputs, cell.outputs[1:]):
            if output.output_type == previous.output_type == "stream" and output.name == previous.name:
                yield f"cell {index} has consecutive {output.name} fragments; merge them (run_notebooks.py --write)"
        for output in cell.outputs:
            yield from (f"cell {index}: {p}" for p in picture_problems(output))
            if output.output_type == "error":
                yield f"cell {index} has an error output: {output.get('ename')}: {output.get('evalue')}"
            text = nbformat.writes(nbformat.from_dict({"o": output}))
            if "cdn.plot.ly" in text or "cdn.jsdelivr" in text or "cdnjs" in text:
                yield f"cell {index} has an output that loads from a CDN"
            plain = output.get("data", {}).get("text/plain", "")
            if output.output_type == "execute_result" and UUID.match(plain.strip()):
                yield (f"cell {index} shows a display id ({plain.strip()}) that changes on every run: "
                       f"end the cell with render(html, \"text/html\") instead of display(...)")
    if path.parent == PAIRED_DIR:
        yield from drift(path, nb)


def png_size(data: str):
    """(width, height) of a base64 PNG, or None if it is not one."""
    try:
        raw = base64.b64decode(data, validate=True)
    except ValueError:
        return None
    if not raw.startswith(PNG_SIGNATURE) or raw[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", raw[16:24])


def picture_problems(output):
    """What a plot or diagram output lacks of its static picture (nothing for other outputs)."""
    data = output.get("data", {})
    if "image/svg+xml" in data:
        png = data.get("image/png")
        size = png_size(png) if png else None
        if not size or min(size) < 10:
            yield "a diagram (image/svg+xml) has no image/png copy for the untrusted lab (run_notebooks.py --write)"
        plain = data.get("text/plain", "")
        if "<" in plain or len(plain) > 300:
            yield f"a diagram's text/plain is not a short description: {plain[:60]!r}... (show it with Inline.svg)"
        return
    if plot_outputs.kernel_html(output) is not None:
        yield from plot_outputs.problems(output)
        png = data.get("image/png")
        size = png_size(png) if png else None
        if png and (not size or min(size) < 10):
            yield f"a plot output's image/png is not a PNG picture (size {size})"
    elif "plotly" in data.get("text/html", "").lower():
        yield "an output loads plotly but has no backprop.plot div, so it has no picture (show plots with Inline)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_notebook_file(path):
    found = list(problems(path))
    assert not found, "\n".join(found)


def test_every_paired_source_has_its_notebook():
    orphans = [rel(s) for s in sorted((PAIRED_DIR / "src").glob("*.java")) if not (PAIRED_DIR / f"{s.stem}.ipynb").exists()]
    assert not orphans, f"sources without their notebook (create it with `jupytext --sync SOURCE`): {orphans}"


def plain(text):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


@pytest.mark.parametrize("path", sorted(PAIRED_DIR.glob("*.ipynb")), ids=rel)
def test_what_the_readme_says_of_the_notebook(path):
    readme, nb, found = (ROOT / "README.md").read_text(encoding="utf-8"), nbformat.read(path, as_version=4), []
    row = re.search(rf"^\| \d\d \| \[[^]]+\]\({re.escape(rel(path))}\) \|.*About (\d+) min \|", readme, re.M)
    own = re.search(r"Reading time: about (\d+) minutes", nb.cells[0].source)
    if not (row and own and row.group(1) == own.group(1)):
        found.append(f"README's reading time: {row and row.group(1)} min; the notebook's own: {own and own.group(1)}")
    series = nbformat.read(PAIRED_DIR / "00-forward-pass.ipynb", as_version=4).cells  # 00's map of the series
    mapped = re.findall(rf"^\| (?:\[)?{path.name[:2]} [^|]+\|[^|]+\| (\d+) min \|$", "\n".join(c.source for c in series), re.M)
    if not (own and mapped == [own.group(1)]):
        found.append(f"notebook 00's map gives {mapped} min; the notebook's own: {own and own.group(1)}")
    titles = re.findall(r"^## (.+)$", "\n".join(c.source for c in nb.cells if c.cell_type == "markdown"), re.M)
    if [t.split(":")[0] for t in titles[-3:]] != ["Exercises", "Going deeper", "Solutions"]:
        found.append(f"its last sections are {titles[-3:]}, not Exercises, Going deeper, Solutions")
    numbered = dict(re.findall(r"^(\d+)\. (.+)$", "\n".join(titles), re.M))
    for sections in re.findall(rf"^\|.*\| \[\d\d\]\({re.escape(rel(path))}\) \| ([^|]+) \|$", readme, re.M):
        for first, last, title in re.findall(r"§(\d+)(?:–§(\d+))?( [A-Z][^,(]*)?", sections):
            words = plain(" ".join(itertools.takewhile(lambda w: w.isascii() and "_" not in w, title.split())))
            if not {first, last or first} <= numbered.keys():
                found.append(f"README names §{first}{'–§' + last if last else ''}: no such section ({sections.strip()})")
            elif not plain(re.sub(r"\\[a-z]+", "", numbered[first])).startswith(words):
                found.append(f"README names §{first}{title}, but §{first} is {numbered[first]!r}")
    assert not found, "\n".join(found)
