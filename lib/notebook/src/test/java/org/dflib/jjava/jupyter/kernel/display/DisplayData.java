package org.dflib.jjava.jupyter.kernel.display;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test stand-in with the shape of JJava's display data: MIME type → content. */
public class DisplayData {
    public final Map<String, Object> data = new LinkedHashMap<>();

    public void putData(String type, Object value) {
        data.put(type, value);
    }
}
