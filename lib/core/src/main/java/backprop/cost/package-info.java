/**
 * What one sample's gradient costs: {@link backprop.cost.PathSum} (every path) against
 * {@link backprop.cost.CountedBackprop} (the recursion), counted; {@link backprop.cost.OperationCounts}, closed forms.
 */
package backprop.cost;
