/**
 * What the gradient of one sample costs, counted: {@link backprop.cost.PathSum} sums the chain rule over every path,
 * {@link backprop.cost.CountedBackprop} runs the recursion, both through an {@link backprop.cost.OpCounter};
 * {@link backprop.cost.OperationCounts} gives the closed forms.
 */
package backprop.cost;
