/**
 * Plots of the library's objects as Tablesaw/plotly {@link tech.tablesaw.plotly.components.Figure}s: the data by class
 * ({@link backprop.plot.DataPlot}), learning curves ({@link backprop.plot.TrainingPlot}), the decision boundary of a
 * network ({@link backprop.plot.BoundaryPlot}) and ad-hoc curves ({@link backprop.plot.Curves}). Each factory only
 * builds the figure; {@link backprop.plot.Inline} shows one in a notebook.
 */
package backprop.plot;
