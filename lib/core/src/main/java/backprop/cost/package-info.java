/**
 * What the gradient of one sample costs, counted: {@link backprop.cost.PathSum} adds up the chain rule over every
 * path from a weight to the outputs, {@link backprop.cost.CountedBackprop} runs the recursion
 * δ<sub>j</sub> = σ′(z<sub>j</sub>) Σ<sub>k</sub> δ<sub>k</sub> w<sub>j→k</sub>, both doing their arithmetic through
 * an {@link backprop.cost.OpCounter}; {@link backprop.cost.OperationCounts} gives the closed forms the counts follow.
 */
package backprop.cost;
