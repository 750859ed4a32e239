package backprop.plot;

import java.util.Locale;

/** The diagrams' drawing layer: one self-contained {@code <svg>} document, every style in attributes (no scripts, ids
 * or external fonts), coordinates to one decimal in {@link Locale#ROOT}: same input, same bytes. */
final class Svg {

    private final StringBuilder body = new StringBuilder();

    /** Appends {@code <tag name="value" …>text</tag>}, or {@code <tag …/>} if text is null. */
    Svg add(String tag, String text, Object... attributes) {
        body.append('<').append(tag).append(attributes(attributes));
        body.append(text == null ? "/>\n" : ">" + escape(text) + "</" + tag + ">\n");
        return this;
    }

    /** Opens a group {@code <g …>}; {@code close()} ends it. */
    void open(Object... attributes) {
        body.append("<g").append(attributes(attributes)).append(">\n");
    }

    void close() {
        body.append("</g>\n");
    }

    /** The document: white background, the title for screen readers and {@link Inline#svg}, as heading too. */
    String document(double width, double height, String title) {
        double w = Math.ceil(Math.max(width, width(title, 18) + 48));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + attributes("width", w, "height", Math.ceil(height),
                "font-family", "DejaVu Sans, Verdana, Arial, sans-serif") + ">\n<title>" + escape(title) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text" + attributes("x", w / 2, "y", 33.0,
                "text-anchor", "middle", "font-size", 18, "font-weight", "bold") + ">" + escape(title) + "</text>\n"
                + body + "</svg>\n";
    }

    /** An estimate of the width of {@code text} at font size {@code size}: 0.62 em per glyph, marks take none. */
    static double width(String text, double size) {
        return text.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count() * 0.62 * size;
    }

    /** A coordinate to one decimal, never "-0.0" (coordinates of a layout are far below 10¹⁵). */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", Math.round(v * 10) / 10.0);
    }

    private static String attributes(Object... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String value = pairs[i + 1] instanceof Double d ? num(d) : escape(pairs[i + 1].toString());
            out.append(' ').append(pairs[i]).append("=\"").append(value).append('"');
        }
        return out.toString();
    }

    /** XML text and attribute values; characters XML 1.0 forbids (controls, lone surrogates) become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
                : c == '"' ? "&quot;" : c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? Character.toString(c) : "\uFFFD"));
        return out.toString();
    }
}
