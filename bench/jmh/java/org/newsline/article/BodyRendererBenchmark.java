package org.newsline.article;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Markdown to sanitised HTML for a story of about 700 words with links, lists, a quote and stray HTML. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BodyRendererBenchmark {

    private final BodyRenderer renderer = new BodyRenderer();
    private final String story = story();

    @Benchmark
    public String toHtml() {
        return renderer.toHtml(story);
    }

    @Benchmark
    public String toPlainText() {
        return renderer.toPlainText(story);
    }

    private static String story() {
        StringBuilder md = new StringBuilder();
        for (int section = 1; section <= 4; section++) {
            md.append("## Part ").append(section).append(" of the budget debate\n\n");
            for (int paragraph = 0; paragraph < 4; paragraph++) {
                md.append("The finance minister told deputies on Tuesday that the **draft budget** for next year")
                        .append(" keeps spending on schools and hospitals, while the opposition said the forecast")
                        .append(" for oil prices was *too optimistic*. According to the [ministry's statement]")
                        .append("(https://example.org/finance/statement-").append(section).append(")")
                        .append(", revenue should grow by 4.2% and the deficit narrow to 1.8% of output.\n\n");
            }
            md.append("- Education: 2.1 billion manats\n- Health: 1.4 billion manats\n- Defence: 3.0 billion manats\n\n");
            md.append("> \"We will not cut pensions,\" the minister said.\n\n");
            md.append("<p onclick=\"alert(1)\">Pasted from a press release <script>alert(2)</script></p>\n\n");
        }
        return md.toString();
    }
}
