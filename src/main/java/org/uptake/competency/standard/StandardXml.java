package org.uptake.competency.standard;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.uptake.shared.error.InvalidInputException;

/**
 * Reads Uptake's XML format of a professional standard (docs/professional-standard-format.md).
 * The file is hostile until proven otherwise: a document type declaration is refused outright, so
 * no external entity is fetched and no entity is expanded (billion laughs), and the parser is told
 * the same in case a declaration slips past.
 */
final class StandardXml {

    private StandardXml() {
    }

    static ParsedStandard read(byte[] bytes) {
        XMLStreamReader in = null;
        try {
            in = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new Walk(in).standard();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InvalidInputException("file", "standards.error.malformedXml", line, firstLine(e.getMessage()));
        } finally {
            close(in);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.lastIndexOf("Message: ");
        String s = nl >= 0 ? m.substring(nl + 9) : m;
        return s.length() > 300 ? s.substring(0, 300) : s.strip();
    }

    private static void close(XMLStreamReader in) {
        if (in != null) {
            try {
                in.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the byte array
            }
        }
    }

    /** One pass over the elements; a stray element or an entity reference stops the import with its line. */
    private static final class Walk {
        private final XMLStreamReader in;
        private final StandardDraft draft = new StandardDraft();

        Walk(XMLStreamReader in) {
            this.in = in;
        }

        ParsedStandard standard() throws XMLStreamException {
            if (nextElement() == null || !"professional-standard".equals(in.getLocalName())) {
                throw error("standards.error.xmlRoot");
            }
            draft.code = in.getAttributeValue(null, "code");
            draft.fictional = "true".equalsIgnoreCase(in.getAttributeValue(null, "fictional"));
            String child;
            while ((child = nextChildOf("professional-standard")) != null) {
                switch (child) {
                    case "name" -> draft.name = text();
                    case "activity-goal" -> draft.activityGoal = text();
                    case "job-title" -> draft.jobTitles.add(StandardDraft.text(text(), 200, where()));
                    case "generalised-function" -> generalised();
                    default -> throw unexpected(child);
                }
            }
            return draft.finish();
        }

        private void generalised() throws XMLStreamException {
            StandardDraft.Node g = draft.generalised(attr("code"), attr("name"), attr("level"), where());
            String child;
            while ((child = nextChildOf("generalised-function")) != null) {
                if (!"labour-function".equals(child)) {
                    throw unexpected(child);
                }
                StandardDraft.Node f = draft.function(g, attr("code"), attr("name"), attr("level"), where());
                String item;
                while ((item = nextChildOf("labour-function")) != null) {
                    String where = where();
                    f.add(item, text(), where);
                }
            }
        }

        private String attr(String name) {
            return in.getAttributeValue(null, name);
        }

        private String where() {
            return "line " + in.getLocation().getLineNumber();
        }

        /** The next start element's name, or null at the end of the document. */
        private String nextElement() throws XMLStreamException {
            while (in.hasNext()) {
                int event = in.next();
                check(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return in.getLocalName();
                }
            }
            return null;
        }

        /** The next child element of the open element, or null when that element closes. */
        private String nextChildOf(String parent) throws XMLStreamException {
            while (in.hasNext()) {
                int event = in.next();
                check(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return in.getLocalName();
                }
                if (event == XMLStreamConstants.END_ELEMENT && parent.equals(in.getLocalName())) {
                    return null;
                }
            }
            return null;
        }

        private String text() throws XMLStreamException {
            StringBuilder b = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                check(event);
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> b.append(in.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return b.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw unexpected(in.getLocalName());
                    default -> {
                        // comments and processing instructions carry nothing
                    }
                }
                if (b.length() > 8000) {
                    throw new InvalidInputException("file", "standards.error.tooLong", where(), 4000);
                }
            }
            return b.toString();
        }

        private void check(int event) {
            if (event == XMLStreamConstants.DTD) {
                throw error("standards.error.doctype");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw error("standards.error.entity");
            }
        }

        private InvalidInputException unexpected(String element) {
            return new InvalidInputException("file", "standards.error.xmlElement", where(), element);
        }

        private InvalidInputException error(String code) {
            return new InvalidInputException("file", code, in.getLocation().getLineNumber());
        }
    }
}
