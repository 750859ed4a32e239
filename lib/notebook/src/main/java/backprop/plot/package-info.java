/** Pictures for the notebooks: plotly figures, SVG diagrams, and {@link backprop.plot.Inline} to show both. */
package backprop.plot;
