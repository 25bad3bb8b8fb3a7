package org.newsline.web;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers write {@code <}, {@code >} and {@code &} as {@code \u003C}, {@code \u003E} and
 * {@code \u0026}: the same string to every JSON parser, but a value someone sent can never read as a tag
 * if the JSON is shown as a page or embedded in one. Replaces Spring Boot's builder to set the factory's
 * escapes, and applies Boot's customizers as Boot would.
 */
@Configuration(proxyBeanMethods = false)
class JsonEscaping {

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(
                JsonFactory.builder().characterEscapes(new MarkupEscapes()).build());
        customizers.stream().sorted(AnnotationAwareOrderComparator.INSTANCE).forEach(c -> c.customize(builder));
        return builder;
    }

    private static final class MarkupEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] codes = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            codes['<'] = ESCAPE_STANDARD;
            codes['>'] = ESCAPE_STANDARD;
            codes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
