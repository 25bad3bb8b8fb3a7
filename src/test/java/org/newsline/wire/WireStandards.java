package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/**
 * Checks output against the official IPTC schemas in {@code ../shared/standards} (or
 * {@code NEWSLINE_STANDARDS_DIR}): ninjs with the JSON Schema validator, the schema ids mapped to the local
 * files; NewsML-G2 with the JDK's XML Schema validator. A missing standards folder fails the test.
 */
final class WireStandards {

    private static final Path DIR = standards();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemas(WireStandards::localCopy));

    private WireStandards() {}

    private static Path standards() {
        String configured = System.getenv("NEWSLINE_STANDARDS_DIR");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..", "shared", "standards").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("ninjs"))) {
            throw new IllegalStateException("IPTC standards not found in " + dir + "; set NEWSLINE_STANDARDS_DIR");
        }
        return dir;
    }

    /** The text of a schema named by its id, from the local copy of the standards; null for others. */
    private static String localCopy(String id) {
        String name = id.replaceAll("#$", "");
        Path file = null;
        if (name.startsWith("http://www.iptc.org/std/ninjs/")) {
            file = DIR.resolve("ninjs").resolve(name.substring("http://www.iptc.org/std/ninjs/".length()));
        } else if (name.startsWith("https://geojson.org/schema/")) {
            file = DIR.resolve("geojson").resolve(name.substring("https://geojson.org/schema/".length()));
        }
        try {
            return file == null ? null : Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Asserts the document is valid ninjs of this version (2.1 or 3.1). */
    static void assertValidNinjs(String version, String json) {
        Schema schema = REGISTRY.getSchema(
                SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json"));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).as("ninjs %s errors in %s", version, json).isEmpty();
    }

    /** Asserts the document is valid NewsML-G2 2.35 (a newsItem or a newsMessage). */
    static void assertValidNewsml(String xml) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            javax.xml.validation.Schema schema =
                    factory.newSchema(DIR.resolve("newsml-g2/2.35/NewsML-G2_2.35-spec-All-Power.xsd")
                            .toFile());
            Validator validator = schema.newValidator();
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("Not valid NewsML-G2 2.35: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
