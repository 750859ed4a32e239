package backprop.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scalar that remembers how it was computed (reverse-mode autodiff, not thread-safe): each operation keeps the
 * rule u.grad += (∂f/∂u) · out.grad per operand u, run once by {@link #backward()} in reverse topological order.
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
     * Sets every grad of the graph below this node to ∂this/∂node; an overflow throws (the grads are then 0). Each call
     * first zeroes its own graph's grads (micrograd's zero_grad, built in), so a second backward() never accumulates;
     * nodes outside this graph keep the grads of their last backward().
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

    public double data() {
        return data;
    }

    /** @return ∂r/∂(this node) for the root r of the last {@link #backward()} whose graph held this node; 0 before */
    public double grad() {
        return grad;
    }

    /** @return the leaf's name, or the operation's symbol (+, −, ×, tanh, exp, ln) */
    public String label() {
        return label;
    }

    public List<Value> operands() {
        return operands;
    }

    @Override
    public String toString() {
        return label + " = " + data + " (grad " + grad + ")";
    }
}
