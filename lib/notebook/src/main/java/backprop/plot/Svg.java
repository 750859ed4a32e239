package backprop.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The drawing layer of the diagrams: collects SVG elements and writes one self-contained {@code <svg>} document.
 *
 * <p>Everything is in attributes (no {@code <style>}, no ids, no scripts, no external fonts or images), so the same
 * string renders as a file, as an {@code <img>}, inlined into a sanitised HTML page, and several of them on one page
 * cannot interfere. Coordinates are written with one decimal in {@link Locale#ROOT}: equal drawings give equal
 * bytes on any machine.
 */
final class Svg {

    /** Generic families only: a viewer draws the text with a font it already has. */
    static final String FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    /** Advance of an average glyph (digits included) in units of the font size, for sizing boxes around text. */
    private static final double GLYPH_WIDTH = 0.62;

    private final StringBuilder body = new StringBuilder();

    /** Appends a raw element that the caller built with {@link #attr} and {@link #escape}. */
    void raw(String element) {
        body.append(element).append('\n');
    }

    /** Opens a group {@code <g>} carrying the given pre-built attributes (for example {@code class}). */
    void open(String attributes) {
        body.append("<g").append(attributes).append(">\n");
    }

    /** Closes the innermost group. */
    void close() {
        body.append("</g>\n");
    }

    void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) {
        raw("<circle" + attr("cx", cx) + attr("cy", cy) + attr("r", r) + attr("fill", fill) + attr("stroke", stroke)
                + attr("stroke-width", strokeWidth) + "/>");
    }

    void rect(double x, double y, double w, double h, double rx, String fill, String stroke, double strokeWidth) {
        raw("<rect" + attr("x", x) + attr("y", y) + attr("width", w) + attr("height", h) + attr("rx", rx)
                + attr("fill", fill) + attr("stroke", stroke) + attr("stroke-width", strokeWidth) + "/>");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        raw("<line" + attr("x1", x1) + attr("y1", y1) + attr("x2", x2) + attr("y2", y2) + attr("stroke", stroke)
                + attr("stroke-width", strokeWidth) + attr("stroke-linecap", "round") + "/>");
    }

    /** A cubic Bézier curve from (x1, y1) to (x2, y2) with control points (c1x, c1y), (c2x, c2y). */
    void curve(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2,
            String stroke, double strokeWidth) {
        String d = "M" + num(x1) + " " + num(y1) + " C" + num(c1x) + " " + num(c1y) + " " + num(c2x) + " " + num(c2y)
                + " " + num(x2) + " " + num(y2);
        raw("<path" + attr("d", d) + attr("fill", "none") + attr("stroke", stroke) + attr("stroke-width", strokeWidth)
                + "/>");
    }

    /** A filled arrowhead whose tip is at (x, y), pointing along the direction (dx, dy). */
    void arrowhead(double x, double y, double dx, double dy, double size, String fill) {
        double norm = Math.hypot(dx, dy);
        double ux = dx / norm;
        double uy = dy / norm;
        double bx = x - size * ux;
        double by = y - size * uy;
        double half = 0.45 * size;
        String points = num(x) + "," + num(y) + " " + num(bx - half * uy) + "," + num(by + half * ux) + " "
                + num(bx + half * uy) + "," + num(by - half * ux);
        raw("<polygon" + attr("points", points) + attr("fill", fill) + "/>");
    }

    /**
     * A line of text with its baseline at y.
     *
     * @param anchor {@code start}, {@code middle} or {@code end}: which point of the text is at x
     * @param style  extra pre-built attributes (weight, style), or ""
     */
    void text(double x, double y, String anchor, double size, String fill, String style, String text) {
        raw("<text" + attr("x", x) + attr("y", y) + attr("text-anchor", anchor) + attr("font-size", size)
                + attr("fill", fill) + style + ">" + escape(text) + "</text>");
    }

    /** The whole document: a white background, a {@code <title>} for screen readers, then the elements. */
    String document(double width, double height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + attr("width", Math.ceil(width))
                + attr("height", Math.ceil(height)) + attr("viewBox", "0 0 " + num(Math.ceil(width)) + " "
                + num(Math.ceil(height))) + attr("font-family", FONT) + ">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<rect" + attr("width", "100%") + attr("height", "100%") + attr("fill", "white") + "/>\n"
                + body
                + "</svg>\n";
    }

    /** An estimate of the width of {@code text} at font size {@code size} (combining marks take no room). */
    static double width(String text, double size) {
        long glyphs = text.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
        return glyphs * GLYPH_WIDTH * size;
    }

    static String attr(String name, String value) {
        return " " + name + "=\"" + escape(value) + "\"";
    }

    static String attr(String name, double value) {
        return " " + name + "=\"" + num(value) + "\"";
    }

    /** A coordinate: one decimal, no exponent, no negative zero. */
    static String num(double v) {
        String s = new BigDecimal(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Escapes text for XML character data and attribute values; characters that XML 1.0 does not allow (control
     * characters, unpaired surrogates) become U+FFFD.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
