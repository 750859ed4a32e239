"""Tiny helpers that turn a list of markdown/code strings into a Java (kernel `java`) notebook.

Each notebook has its own builder (nb00_*.py, nb01_*.py, nb02_*.py) that lists its cells and calls `write`.
The builders write notebooks WITHOUT outputs; the notebook runner in scripts/ executes them and saves the outputs.
"""
import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

# What JupyterLab writes on save: the kernelspec as scripts/install_kernel.py registers it (display name "Java", as
# IJava's), and the language_info the JJava kernel reports (the runner adds the JVM's version), so that opening and
# saving a committed notebook changes nothing.
KERNELSPEC = {"name": "java", "display_name": "Java", "language": "java"}
LANGUAGE_INFO = {"name": "Java", "codemirror_mode": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source",
                 "pygments_lexer": "java"}
NOTEBOOKS = Path(__file__).resolve().parent.parent


def md(text):
    return new_markdown_cell(textwrap.dedent(text).strip("\n"))


def code(text):
    return new_code_cell(textwrap.dedent(text).strip("\n"))


def write(filename, cells):
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    # stable cell ids, so that regenerating a notebook gives a small diff
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i:02d}"
    nbformat.validate(nb)
    path = NOTEBOOKS / filename
    nbformat.write(nb, path)
    print(f"wrote {path} ({len(cells)} cells)")
    return path


# The first code cell of every notebook: imports, a locale-independent number format, and the helpers the checks use.
SETUP = '''
import backprop.*;
import backprop.plot.*;
import tech.tablesaw.plotly.components.*;
import tech.tablesaw.plotly.traces.*;
import java.util.*;

Locale.setDefault(Locale.ROOT);  // decimal points whatever the machine's locale

/** A check: throws (and so fails the notebook) when the claim is false, otherwise prints what it verified. */
void check(boolean ok, String claim) {
    if (!ok) throw new IllegalStateException("CHECK FAILED: " + claim);
    System.out.println("PASS  " + claim);
}

double maxAbsDiff(double[] a, double[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("lengths differ: " + a.length + " vs " + b.length);
    double m = 0;
    for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
    return m;
}

double maxAbsDiffMatrix(double[][] a, double[][] b) {
    if (a.length != b.length) throw new IllegalArgumentException("rows differ: " + a.length + " vs " + b.length);
    double m = 0;
    for (int i = 0; i < a.length; i++) m = Math.max(m, maxAbsDiff(a[i], b[i]));
    return m;
}

/** Shows a plot (its title as text for text-only viewers); a void method, so the cell shows no display id as its value. */
void show(Figure figure) { display(Inline.plot(figure)); }

String vec(double[] v) {
    StringJoiner s = new StringJoiner(", ", "[", "]");
    for (double x : v) s.add(String.format("%.6f", x));
    return s.toString();
}
'''
