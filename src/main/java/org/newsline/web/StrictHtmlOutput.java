package org.newsline.web;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import java.util.Set;

/**
 * jte's HTML output, escaping {@code >} inside attribute values too. jte leaves it as is there, which is
 * safe in a quoted attribute; but a reflected {@code value="<svg onload=x>"} then still reads as a tag to
 * scanners, filters and anyone reviewing the page, so every angle bracket a user sent is escaped.
 */
final class StrictHtmlOutput extends OwaspHtmlTemplateOutput {

    /** Attributes jte checks as addresses (refusing {@code javascript:}): their values are left to jte whole. */
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "poster", "cite", "data", "background", "srcset");

    private String attribute;

    StrictHtmlOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (attribute == null || value == null || value.indexOf('>') < 0 || URL_ATTRIBUTES.contains(attribute)) {
            super.writeUserContent(value);
            return;
        }
        int start = 0;
        for (int at = value.indexOf('>'); at >= 0; at = value.indexOf('>', start)) {
            super.writeUserContent(value.substring(start, at));
            writeContent("&gt;");
            start = at + 1;
        }
        super.writeUserContent(value.substring(start));
    }
}
