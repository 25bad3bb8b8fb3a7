package org.newsline;

import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsline.backup.Progress;
import org.newsline.platform.NewslineProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code export} and {@code import} share: the settings (read as the site reads them, from
 * {@code NEWSLINE_*} variables and {@code --newsline.*} options) without starting the application, and a
 * progress bar on standard error.
 */
final class BackupCommands {

    private BackupCommands() {}

    /** Only the settings: no web server, no background work that could write while a backup is restored. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NewslineProperties.class)
    static class Settings {}

    static NewslineProperties settings(List<String> springArgs) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.io.zonky.test.db.postgres=WARN")
                .run(springArgs.toArray(String[]::new))) {
            return context.getBean(NewslineProperties.class);
        }
    }

    /** Progress as a bar on standard error, one bar per step. */
    static final class Bar implements Progress {

        private ProgressBar bar;

        @Override
        public void begin(String task, long total) {
            end();
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .continuousUpdate()
                    .build();
        }

        @Override
        public void advance(long done) {
            if (bar != null) {
                bar.stepBy(done);
            }
        }

        @Override
        public void end() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
