package org.newsline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo content settings ({@code newsline.demo.*}).
 *
 * @param enabled create the demo agency on the first start with an empty database ({@code NEWSLINE_DEMO})
 */
@ConfigurationProperties("newsline.demo")
record DemoProperties(Boolean enabled) {

    DemoProperties {
        enabled = enabled == null || enabled;
    }
}
