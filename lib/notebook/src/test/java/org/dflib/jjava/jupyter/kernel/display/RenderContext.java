package org.dflib.jjava.jupyter.kernel.display;

/** Test stand-in with the shape of JJava's render context: the output container that a renderable fills. */
public class RenderContext {
    private final DisplayData out = new DisplayData();

    public DisplayData getOutputContainer() {
        return out;
    }
}
