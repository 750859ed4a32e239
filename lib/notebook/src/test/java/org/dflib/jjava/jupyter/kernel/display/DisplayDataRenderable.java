package org.dflib.jjava.jupyter.kernel.display;

import java.util.Set;

/** Test stand-in with the shape of JJava's interface (JJava itself is not a dependency of the library). */
public interface DisplayDataRenderable {
    default Set<Object> getSupportedRenderTypes() {
        return Set.of();
    }

    default Set<Object> getPreferredRenderTypes() {
        return Set.of();
    }

    void render(RenderContext context);
}
