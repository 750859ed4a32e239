/**
 * Pictures for the notebooks: Tablesaw/plotly {@link tech.tablesaw.plotly.components.Figure} factories
 * ({@link backprop.plot.DataPlot}, {@link backprop.plot.BoundaryPlot}, {@link backprop.plot.Curves}), SVG diagrams,
 * and {@link backprop.plot.Inline}, which shows either in a notebook.
 */
package backprop.plot;
