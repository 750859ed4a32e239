package backprop.plot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notebook output with chosen MIME types (a MIME bundle) that the Java kernels display as given.
 *
 * <p>{@code display(object)} of JJava and of IJava 1.3.0 renders an object that implements the kernel's
 * {@code DisplayDataRenderable} by letting it fill the output's data itself; any other object becomes its
 * {@code toString()} as {@code text/plain}. {@link #displayable()} returns such a renderable, made at run time as a
 * proxy of whichever kernel's interface is on the class path, so the library needs neither kernel to compile:
 *
 * <ul>
 *   <li>JJava: {@value #JJAVA_RENDERABLE};
 *   <li>IJava 1.3.0 (jupyter-jvm-basekernel 2.3): {@value #IJAVA_RENDERABLE}.
 * </ul>
 *
 * <p>Outside a kernel (plain JShell, unit tests without a kernel) {@link #displayable()} returns this object, whose
 * {@code toString()} is its {@code text/plain} entry.
 */
public final class KernelOutput {

    /** JJava's interface for objects that render themselves. */
    static final String JJAVA_RENDERABLE = "org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable";

    /** IJava's (jupyter-jvm-basekernel's) interface for objects that render themselves. */
    static final String IJAVA_RENDERABLE = "io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable";

    private static final List<String> RENDERABLES = List.of(JJAVA_RENDERABLE, IJAVA_RENDERABLE);

    private final Map<String, String> data;

    /**
     * An output with the given data, one entry per MIME type.
     *
     * @param data MIME type → content, in the kernel's order; must contain {@code text/plain}
     * @throws IllegalArgumentException if {@code data} is null, lacks {@code text/plain}, or has a null or blank key
     *         or a null value
     */
    public KernelOutput(Map<String, String> data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null, was null");
        }
        for (Map.Entry<String, String> e : data.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || !e.getKey().contains("/")) {
                throw new IllegalArgumentException("data keys must be MIME types, was " + e.getKey());
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("data[" + e.getKey() + "] must not be null, was null");
            }
        }
        if (!data.containsKey("text/plain")) {
            throw new IllegalArgumentException("data must have a text/plain entry, had " + data.keySet());
        }
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The output's data: MIME type → content. */
    public Map<String, String> data() {
        return data;
    }

    /**
     * This output as an object that the running kernel's {@code display(…)} shows with exactly {@link #data()}.
     *
     * @return a proxy of the first kernel interface found (JJava's, then IJava's), or this object if neither is
     */
    public Object displayable() {
        return displayable(KernelOutput.class.getClassLoader());
    }

    /** {@link #displayable()} with the kernel interfaces looked up in {@code loader}. */
    Object displayable(ClassLoader loader) {
        for (String name : RENDERABLES) {
            Class<?> renderable;
            try {
                renderable = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            return Proxy.newProxyInstance(renderable.getClassLoader(), new Class<?>[] {renderable}, new Renderer());
        }
        return this;
    }

    /** The {@code text/plain} entry. */
    @Override
    public String toString() {
        return data.get("text/plain");
    }

    /**
     * Answers the kernel's calls: {@code render(context)} puts every entry into {@code context.getOutputContainer()}
     * with {@code putData(type, content)}; the preferred and supported types are empty (the entries are written as
     * they are, whatever the kernel would request).
     */
    private final class Renderer implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "render":
                    Object container = args[0].getClass().getMethod("getOutputContainer").invoke(args[0]);
                    Method putData = container.getClass().getMethod("putData", String.class, Object.class);
                    for (Map.Entry<String, String> e : data.entrySet()) {
                        putData.invoke(container, e.getKey(), e.getValue());
                    }
                    return null;
                case "getPreferredRenderTypes":
                case "getSupportedRenderTypes":
                    return Collections.emptySet();
                case "toString":
                    return KernelOutput.this.toString();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new UnsupportedOperationException(method.toString());
            }
        }
    }
}
