package backprop.plot;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An SVG document parsed with the JDK's XML parser (which fails on anything that is not well-formed XML). */
final class SvgText {

    final Document document;

    SvgText(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The groups {@code <g class="…">} of a class, in document order. */
    List<Element> groups(String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").equals(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    /** The group of a class whose data attributes have the given values (name, value, name, value, …). */
    Element group(String cssClass, String... data) {
        Element match = null;
        for (Element g : groups(cssClass)) {
            boolean all = true;
            for (int i = 0; i < data.length; i += 2) {
                all &= g.getAttribute("data-" + data[i]).equals(data[i + 1]);
            }
            if (all) {
                if (match != null) {
                    throw new AssertionError("two " + cssClass + " groups with " + String.join(" ", data));
                }
                match = g;
            }
        }
        if (match == null) {
            throw new AssertionError("no " + cssClass + " group with " + String.join(" ", data));
        }
        return match;
    }

    /** The contents of the {@code <text>} elements inside an element, in order. */
    static List<String> texts(Element e) {
        List<String> texts = new ArrayList<>();
        NodeList all = e.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.add(all.item(i).getTextContent());
        }
        return texts;
    }

    /** The elements with a tag inside an element. */
    static List<Element> elements(Element e, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList all = e.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    /** A printed number back as a double: the true minus sign U+2212 read as '-'. */
    static double number(String printed) {
        return Double.parseDouble(printed.replace('\u2212', '-'));
    }

    /** The number after "prefix" in the one text of e that starts with it. */
    static double valueAfter(Element e, String prefix) {
        String match = null;
        for (String t : texts(e)) {
            if (t.startsWith(prefix)) {
                if (match != null) {
                    throw new AssertionError("two texts start with " + prefix + ": " + texts(e));
                }
                match = t;
            }
        }
        if (match == null) {
            throw new AssertionError("no text starts with " + prefix + ": " + texts(e));
        }
        return number(match.substring(prefix.length()));
    }
}
