package org.newsline.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
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
            // The page is rendered into memory and sent in one write: written piece by piece, each of the
            // thousands of small writes went through every response wrapper (Spring Security's counts each one),
            // the largest cost of a page after the database. A render that fails has sent nothing yet.
            Utf8ByteOutput page = new Utf8ByteOutput();
            engine.render(getUrl(), model, new StrictHtmlOutput(page));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(page.getContentLength());
            page.writeTo(response.getOutputStream());
        }
    }
}
