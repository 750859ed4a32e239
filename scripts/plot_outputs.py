"""The committed form of a plot output, which every viewer shows as a picture (docs/pictures.md).

The kernel displays a backprop.plot.Inline plot as text/html (plot divs and the script that draws them with
plotly.js) and a short text/plain ("plot: " + title). Viewers that do not run the notebook's scripts either pick
that HTML and show nothing (a sanitizer escapes it to text) or need a picture inside it, so the committed output is

    data      image/png   the plot as drawn by plotly.js in headless Chromium (scripts/render_pictures.mjs)
              text/plain  the short description
    metadata  backprop: {"text/html": the kernel's HTML}

No viewer renders output metadata, and with no text/html in the data every viewer picks the image/png. The kernel's
HTML kept in the metadata lets the pictures be drawn again without running the notebook (run_notebooks.py
--pictures-only) and the full HTML export (export_html.py) draw the interactive plots. Running the cell in the lab
replaces the output by the kernel's, interactive again.

Diagrams (image/svg+xml) keep their SVG, which every viewer measured shows, plus a PNG copy for JupyterLab, which
shows no SVG in a notebook it does not trust.
"""
import html
import re

KEY = "backprop"
PLOT_DIV = re.compile(r'<div id="(backprop_plot_[0-9a-f]+_[0-9]+)" class="backprop-plot">')
# the picture the writer used to put inside the HTML, and puts there again for the full export
PICTURE = re.compile(r'<img class="backprop-picture"[^>]*>\n?')
TITLE = re.compile(r"^\s*title: '((?:[^'\\]|\\.)*)',$", re.MULTILINE)


def kernel_html(output):
    """The kernel's HTML of a plot output, in either form (as the kernel sent it or committed), else None."""
    stored = output.get("metadata", {}).get(KEY, {}).get("text/html")
    text = stored if stored is not None else output.get("data", {}).get("text/html")
    if text is None or not PLOT_DIV.search(text):
        return None
    return PICTURE.sub("", text)


def plot_outputs(nb):
    """(output, its kernel HTML) for every plot output of the notebook."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            text = kernel_html(output)
            if text is not None:
                yield output, text


def diagram_outputs(nb):
    """The outputs that show an SVG picture (backprop.plot.Inline.svg: NetworkDiagram, ComputationGraph)."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "image/svg+xml" in output.get("data", {}):
                yield output


def description(output, text):
    """The output's short text/plain; for a plot shown with Inline.html alone (no description): its title."""
    plain = output.get("data", {}).get("text/plain")
    if plain and plain != text:
        return plain
    title = TITLE.search(text)
    return f"plot: {title.group(1)}" if title else "plot"


def commit(output, text, png):
    """Puts a plot output into its committed form, with the picture png (base64)."""
    plain = description(output, text)
    output.data.clear()
    output.data.update({"image/png": png, "text/plain": plain})
    output.metadata.pop("text/html", None)
    output.metadata[KEY] = {"text/html": text}


def interactive(output, text):
    """The kernel's bundle again, for the full HTML export: its HTML, with the picture in front of the plots, which
    the plots' scripts remove when they draw (and keep, with a note, when plotly.js cannot be loaded)."""
    png = output.data["image/png"]
    plain = output.data.get("text/plain", "plot")
    ids = " ".join(PLOT_DIV.findall(text))
    img = (f'<img class="backprop-picture" data-plots="{ids}" alt="{html.escape(plain)}" '
           f'style="max-width: 100%; height: auto" src="data:image/png;base64,{png}">\n')
    output.data.clear()
    output.data.update({"text/html": img + text, "text/plain": plain})


def problems(output):
    """What keeps a plot output from its committed form (nothing for other outputs)."""
    text = kernel_html(output)
    if text is None:
        return
    data = output.get("data", {})
    if "text/html" in data:
        yield "a plot output still carries text/html, which viewers pick over its picture (run_notebooks.py " \
              "--pictures-only converts it)"
    if "image/png" not in data:
        yield "a plot output has no image/png picture (run_notebooks.py --write draws it)"
    plain = data.get("text/plain", "")
    if not plain or "<" in plain or len(plain) > 300:
        yield f"a plot output's text/plain is not a short description: {plain[:60]!r}"
    if output.get("metadata", {}).get(KEY, {}).get("text/html") is None:
        yield f"a plot output keeps no kernel HTML in its metadata ({KEY})"
    extra = set(data) - {"image/png", "text/plain", "text/html"}
    if extra:
        yield f"a plot output carries {sorted(extra)}, which a viewer may pick over its picture"
