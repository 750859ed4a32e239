package backprop.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A number that remembers how it was computed, for reverse-mode automatic differentiation of scalars.
 *
 * <p>Each operation creates a node holding its value and, next to its forward formula, the local rule that passes a
 * gradient back to its operands: for out = f(u, v), u.grad += (∂f/∂u) · out.grad and likewise for v.
 * {@link #backward()} sets this node's grad to 1 and applies every node's rule once, in reverse topological order,
 * so each node has received everything from the nodes that use it before it passes its own gradient on.
 * Within one backward pass gradients are accumulated with +=: a node used twice collects one contribution per use
 * (the chain rule's sum over paths). A node may be drawn, so it also keeps its operation and operands.
 *
 * <p><b>A second {@code backward()}</b> (micrograd's zero-grad question): {@code backward()} first sets the grad of
 * every node of its own graph to 0, so calling it again gives the same grads, never twice as much; nothing
 * accumulates across calls and there is no {@code zeroGrad()} to forget. A node outside the graph is not touched: it
 * keeps the grad of the last backward pass whose graph contained it. After {@code p = a.times(b); p.backward();
 * b.exp().backward()}, {@code b.grad()} is e<sup>b</sup> (from the second pass) while {@code a.grad()} is still
 * ∂p/∂a = b from the first, because a is not in the graph of e<sup>b</sup>.
 *
 * <p>Graphs may be deep (a chain of 10,000 operations and more): {@link #graph()} and {@link #backward()} walk them
 * with an explicit stack, not by recursion. Not thread-safe.
 */
public final class Value {

    private final double data;
    private final String label;
    private final List<Value> operands;
    private double grad;
    private Runnable backwardRule = () -> { };

    private Value(double data, String label, Value... operands) {
        if (!Double.isFinite(data)) {
            throw new IllegalArgumentException((operands.length == 0 ? "data of " : "the result of ") + label
                    + " must be finite, was " + data);
        }
        this.data = data;
        this.label = label;
        this.operands = List.of(operands);
    }

    /** A leaf (an input or a parameter), named for drawings, e.g. "w₁₂"; data must be finite. */
    public static Value of(double data, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must be a name, was " + (label == null ? "null" : "blank"));
        }
        return new Value(data, label);
    }

    /** u + v: ∂/∂u = 1, ∂/∂v = 1. */
    public Value plus(Value v) {
        Value out = new Value(data + operand(v).data, "+", this, v);
        out.backwardRule = () -> {
            this.grad += out.grad;
            v.grad += out.grad;
        };
        return out;
    }

    /** u − v: ∂/∂u = 1, ∂/∂v = −1. */
    public Value minus(Value v) {
        Value out = new Value(data - operand(v).data, "−", this, v);
        out.backwardRule = () -> {
            this.grad += out.grad;
            v.grad -= out.grad;
        };
        return out;
    }

    /** u · v: ∂/∂u = v, ∂/∂v = u. */
    public Value times(Value v) {
        Value out = new Value(data * operand(v).data, "×", this, v);
        out.backwardRule = () -> {
            this.grad += v.data * out.grad;
            v.grad += this.data * out.grad;
        };
        return out;
    }

    /** tanh u: d/du = 1 − tanh² u. */
    public Value tanh() {
        Value out = new Value(Math.tanh(data), "tanh", this);
        out.backwardRule = () -> this.grad += (1 - out.data * out.data) * out.grad;
        return out;
    }

    /** e<sup>u</sup>: d/du = e<sup>u</sup>. */
    public Value exp() {
        Value out = new Value(Math.exp(data), "exp", this);
        out.backwardRule = () -> this.grad += out.data * out.grad;
        return out;
    }

    /** ln u for u &gt; 0: d/du = 1/u. */
    public Value log() {
        if (!(data > 0)) {
            throw new IllegalArgumentException("log needs a value > 0, was " + data);
        }
        Value out = new Value(Math.log(data), "ln", this);
        out.backwardRule = () -> this.grad += out.grad / this.data;
        return out;
    }

    /**
     * Sets every grad of the graph below this node to ∂this/∂node (this.grad = 1), each local rule used once, after
     * setting them all to 0 (see the class comment on calling it twice).
     *
     * @throws IllegalStateException naming the node whose gradient overflows (the graph's grads are then all 0)
     */
    public void backward() {
        List<Value> order = graph();
        for (Value node : order) {
            node.grad = 0;
        }
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            Value node = order.get(i);
            node.backwardRule.run();
            for (Value operand : node.operands) {
                if (!Double.isFinite(operand.grad)) {
                    String message = "the gradient ∂(" + label + ")/∂(" + operand.label + ") overflows to "
                            + operand.grad + " through '" + node.label + "' (data " + node.data + ")";
                    order.forEach(v -> v.grad = 0);
                    throw new IllegalStateException(message);
                }
            }
        }
    }

    /** @return every node this one depends on, itself last, each after all its operands (topological order) */
    public List<Value> graph() {
        List<Value> order = new ArrayList<>();
        Set<Value> seen = new HashSet<>();
        Deque<Value> path = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        seen.add(this);
        path.push(this);
        next.push(0);
        while (!path.isEmpty()) {
            Value node = path.peek();
            int i = next.pop();
            if (i == node.operands.size()) {
                order.add(path.pop());
            } else {
                next.push(i + 1);
                Value operand = node.operands.get(i);
                if (seen.add(operand)) {
                    path.push(operand);
                    next.push(0);
                }
            }
        }
        return Collections.unmodifiableList(order);
    }

    private static Value operand(Value v) {
        if (v == null) {
            throw new IllegalArgumentException("v must not be null, was null");
        }
        return v;
    }

    /** @return the value computed in the forward direction */
    public double data() {
        return data;
    }

    /**
     * @return ∂r/∂(this node) for the root r of the last {@link #backward()} whose graph contained this node; 0
     *         before any
     */
    public double grad() {
        return grad;
    }

    /** @return the leaf's name, or the operation's symbol (+, −, ×, tanh, exp, ln) */
    public String label() {
        return label;
    }

    /** @return the operands this node was computed from (none for a leaf) */
    public List<Value> operands() {
        return operands;
    }

    @Override
    public String toString() {
        return label + " = " + data + " (grad " + grad + ")";
    }
}
