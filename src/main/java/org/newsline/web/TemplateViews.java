package org.newsline.web;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/** The jte starter's view resolver, rendering every page through {@link StrictHtmlOutput}. */
@Configuration(proxyBeanMethods = false)
class TemplateViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new StrictView(engine);
            }
        };
    }

    private static final class StrictView extends JteView {

        private final TemplateEngine engine;

        StrictView(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            engine.render(getUrl(), model, new StrictHtmlOutput(new PrintWriterOutput(response.getWriter())));
        }
    }
}
