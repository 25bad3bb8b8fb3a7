package org.newsline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.NewslineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starting and stopping Newsline as an operator does, outside the shared test context. */
class StartupIntegrationTests {

    @Test
    void unreachableExternalDatabaseGivesOneClearLineAndANonZeroExit(@TempDir Path home) throws Exception {
        Path output = home.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        NewslineApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("NEWSLINE_DB_URL", "jdbc:postgresql://127.0.0.1:1/newsline");
        builder.environment().put("NEWSLINE_HOME", home.toString());
        builder.environment().put("NEWSLINE_PORT", "0");
        Process process = builder.start();

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isNotZero();
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "newsline: cannot connect to the database NEWSLINE_DB_URL=jdbc:postgresql://127.0.0.1:1/newsline"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).matches("\\s+at [a-z].*"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("APPLICATION FAILED TO START"));
    }

    @Test
    void createAdminMakesAnAccountOnceAndPrintsTheGeneratedPassword(@TempDir Path home) throws Exception {
        List<String> first = runJar(home, "create-admin", "--email", "chief@agency.example", "--generate-password");
        List<String> second = runJar(home, "create-admin", "--email", "chief@agency.example", "--generate-password");

        assertThat(first)
                .anySatisfy(line ->
                        assertThat(line).matches("Created admin chief@agency\\.example with password: \\S{20}"));
        assertThat(second).contains("newsline: An account for 'chief@agency.example' already exists");
    }

    /** Runs the application's main class in a new JVM with NEWSLINE_HOME set; returns its output lines. */
    private static List<String> runJar(Path home, String... args) throws Exception {
        Path output = Files.createTempFile(home, "out", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NewslineApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("NEWSLINE_HOME", home.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path home) throws IOException {
        String[] args = {
            "--newsline.home=" + home,
            "--server.port=0",
            "--newsline.demo.enabled=false",
            "--spring.main.banner-mode=off"
        };
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(NewslineApplication.class).run(args)) {
            first.getBean(JdbcClient.class)
                    .sql("INSERT INTO article_author (slug, name_az, name_ru, name_en) VALUES ('kept', 'a', 'b', 'c')")
                    .update();
        }
        assertThat(home.resolve("pg")).isDirectory();

        try (ConfigurableApplicationContext second =
                new SpringApplicationBuilder(NewslineApplication.class).run(args)) {
            long kept = second.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM article_author WHERE slug = 'kept'")
                    .query(Long.class)
                    .single();
            assertThat(kept).isEqualTo(1);
        }
    }
}
