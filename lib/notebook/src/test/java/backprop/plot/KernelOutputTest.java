package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.junit.jupiter.api.Test;

class KernelOutputTest {

    private static Map<String, String> bundle() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/html", "<b>x</b>");
        data.put("text/plain", "x in bold");
        return data;
    }

    @Test
    void inAKernelItIsTheKernelsRenderableAndWritesExactlyItsEntries() {
        // the test class path has a stand-in of JJava's interface under JJava's name
        Object shown = new KernelOutput(bundle()).displayable();
        assertTrue(shown instanceof DisplayDataRenderable, "a proxy of the kernel's interface: " + shown.getClass());
        RenderContext context = new RenderContext();
        ((DisplayDataRenderable) shown).render(context);
        assertEquals(bundle(), context.getOutputContainer().data);
        assertEquals(0, ((DisplayDataRenderable) shown).getPreferredRenderTypes().size());
        assertEquals("x in bold", shown.toString());
    }

    @Test
    void withoutAKernelItIsItselfAndPrintsAsItsPlainText() {
        ClassLoader noKernel = new ClassLoader(null) {};
        KernelOutput output = new KernelOutput(bundle());
        assertSame(output, output.displayable(noKernel));
        assertEquals("x in bold", output.toString());
    }

    @Test
    void rejectsBadData() {
        assertEquals("data must not be null, was null",
                assertThrows(IllegalArgumentException.class, () -> new KernelOutput(null)).getMessage());
        assertEquals("data must have a text/plain entry, had [text/html]",
                assertThrows(IllegalArgumentException.class, () -> new KernelOutput(Map.of("text/html", "x"))).getMessage());
        Map<String, String> nullValue = new HashMap<>(bundle());
        nullValue.put("image/png", null);
        assertEquals("data[image/png] must not be null, was null",
                assertThrows(IllegalArgumentException.class, () -> new KernelOutput(nullValue)).getMessage());
        Map<String, String> notAType = new HashMap<>(bundle());
        notAType.put("html", "x");
        assertEquals("data keys must be MIME types, was html",
                assertThrows(IllegalArgumentException.class, () -> new KernelOutput(notAType)).getMessage());
    }
}
