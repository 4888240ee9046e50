package org.uptake.governance.markup;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.Violation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The template source format (docs/adr/0012): well-formed XHTML limited to headings, paragraphs,
 * lists and tables, with {@code {{name}}} placeholders in text and {@code data-each} on an element
 * to repeat it per list item. Anything else — scripts, styles, links, images, event handlers,
 * unknown placeholders — is refused when the template is saved, so filling can only ever put
 * escaped text into a known structure.
 */
public final class TemplateMarkup {

    static final Set<String> ELEMENTS = Set.of("h1", "h2", "h3", "p", "ul", "ol", "li", "table", "thead", "tbody",
            "tr", "th", "td", "br", "strong", "em", "b", "i", "u");
    static final Set<String> CLASSES = Set.of("center", "right", "signature", "small");
    private static final Set<String> SCRIPTING = Set.of("script", "style", "iframe", "object", "embed", "link",
            "meta", "svg", "math", "form", "input", "button", "img", "a", "base", "frame", "frameset", "applet");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(\\.[a-zA-Z][a-zA-Z0-9]*)+");

    private TemplateMarkup() {
    }

    /** Checks a template body against the vocabulary; every problem found is reported at once. */
    public static void validate(String body, MarkupVocabulary vocabulary) {
        Element root = parse(body);
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        check(root, vocabulary, null, problems, seen);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The placeholders a body uses (after {@link #validate}), e.g. to ask the author for {@code field.*} values. */
    public static Set<String> placeholders(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Fills a validated template: returns XHTML of the same subset, with every value as escaped text. */
    public static String fill(String body, MarkupValues values) {
        Element root = parse(body);
        fillChildren(root, values, Map.of());
        return serialize(root);
    }

    static Element parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new InputSource(new StringReader("<doc>" + (body == null ? "" : body) + "</doc>")));
            return doc.getDocumentElement();
        } catch (SAXException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            throw new InvalidInputException("body", "markup.error.malformed", reason.length() > 200 ? reason.substring(0, 200) : reason);
        } catch (ParserConfigurationException | java.io.IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    private static void check(Element element, MarkupVocabulary vocabulary, MarkupVocabulary.Each scope,
                              List<Violation> problems, Set<String> seen) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element child = (Element) n;
                    MarkupVocabulary.Each inner = checkElement(child, vocabulary, scope, problems, seen);
                    check(child, vocabulary, inner, problems, seen);
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> checkText(n.getNodeValue(), vocabulary, scope, problems, seen);
                case Node.COMMENT_NODE -> {
                }
                default -> report(problems, seen, "markup.error.script", n.getNodeName());
            }
        }
    }

    private static MarkupVocabulary.Each checkElement(Element e, MarkupVocabulary vocabulary, MarkupVocabulary.Each scope,
                                                      List<Violation> problems, Set<String> seen) {
        String name = e.getTagName().toLowerCase(Locale.ROOT);
        if (SCRIPTING.contains(name)) {
            report(problems, seen, "markup.error.script", "<" + name + ">");
        } else if (!ELEMENTS.contains(name) || !e.getTagName().equals(name)) {
            report(problems, seen, "markup.error.element", "<" + e.getTagName() + ">");
        }
        MarkupVocabulary.Each inner = scope;
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String attr = a.getNodeName().toLowerCase(Locale.ROOT);
            String value = a.getNodeValue();
            if (attr.startsWith("on") || value.toLowerCase(Locale.ROOT).contains("javascript:")) {
                report(problems, seen, "markup.error.script", attr + "=\"" + abbreviate(value) + "\"");
            } else if (attr.equals("class")) {
                for (String c : value.trim().split("\\s+")) {
                    if (!c.isEmpty() && !CLASSES.contains(c)) {
                        report(problems, seen, "markup.error.class", c);
                    }
                }
            } else if (attr.equals("data-each")) {
                MarkupVocabulary.Each each = vocabulary.lists().get(value);
                if (each == null) {
                    report(problems, seen, "markup.error.each", value);
                } else {
                    inner = each;
                }
            } else {
                report(problems, seen, "markup.error.attribute", a.getNodeName());
            }
        }
        return inner;
    }

    private static void checkText(String text, MarkupVocabulary vocabulary, MarkupVocabulary.Each scope,
                                  List<Violation> problems, Set<String> seen) {
        Matcher m = PLACEHOLDER.matcher(text);
        int end = 0;
        while (m.find()) {
            String name = m.group(1);
            if (!NAME.matcher(name).matches() || !vocabulary.knows(name, scope)) {
                report(problems, seen, "markup.error.placeholder", "{{" + abbreviate(name) + "}}");
            }
            end = m.end();
        }
        String rest = text.substring(end);
        if (rest.contains("{{") || rest.contains("}}")) {
            report(problems, seen, "markup.error.placeholder", abbreviate(rest.strip()));
        }
    }

    private static void report(List<Violation> problems, Set<String> seen, String code, String what) {
        if (seen.add(code + what)) {
            problems.add(Violation.of("body", code, what));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static void fillChildren(Element element, MarkupValues values, Map<String, String> item) {
        Node n = element.getFirstChild();
        while (n != null) {
            Node next = n.getNextSibling();
            if (n instanceof Element child && child.hasAttribute("data-each")) {
                String list = child.getAttribute("data-each");
                child.removeAttribute("data-each");
                for (Map<String, String> entry : values.lists().getOrDefault(list, List.of())) {
                    Element copy = (Element) child.cloneNode(true);
                    element.insertBefore(copy, child);
                    fillChildren(copy, values, entry);
                }
                element.removeChild(child);
            } else if (n instanceof Element child) {
                fillChildren(child, values, item);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                replaceText(element, n, values, item);
            } else {
                element.removeChild(n);
            }
            n = next;
        }
    }

    private static void replaceText(Element parent, Node text, MarkupValues values, Map<String, String> item) {
        String source = text.getNodeValue();
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start());
            String name = m.group(1);
            String value = item.containsKey(name) ? item.get(name) : values.values().get(name);
            out.append(value == null ? "" : value);
            last = m.end();
        }
        out.append(source.substring(last));
        String filled = out.toString();
        String[] lines = filled.split("\n", -1);
        if (lines.length == 1) {
            text.setNodeValue(filled);
            return;
        }
        Document doc = parent.getOwnerDocument();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.insertBefore(doc.createElement("br"), text);
            }
            parent.insertBefore(doc.createTextNode(lines[i]), text);
        }
        parent.removeChild(text);
    }

    static String serialize(Element root) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                t.transform(new DOMSource(n), new StreamResult(out));
            }
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write XHTML", e);
        }
    }
}
