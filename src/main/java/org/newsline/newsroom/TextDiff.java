package org.newsline.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsline.article.ArticleDraft;

/** Readable differences between two versions of a story, field by field and line by line. */
public final class TextDiff {

    private TextDiff() {}

    /**
     * One line of a diff.
     *
     * @param kind "same", "added" or "removed"
     * @param text the line
     */
    public record Line(String kind, String text) {}

    /**
     * A field that differs.
     *
     * @param field its label
     * @param lines the diff of its text
     */
    public record FieldChange(String field, List<Line> lines) {}

    static List<FieldChange> between(ArticleDraft before, ArticleDraft after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "Headline", before == null ? "" : before.headline(), after.headline());
        add(changes, "Standfirst", before == null ? "" : before.standfirst(), after.standfirst());
        add(changes, "Body", before == null ? "" : before.bodyMarkdown(), after.bodyMarkdown());
        add(changes, "Slug", before == null ? "" : before.slug(), after.slug());
        add(changes, "Dateline", before == null ? "" : before.datelinePlace(), after.datelinePlace());
        add(changes, "Category", before == null ? "" : before.categorySlug(), after.categorySlug());
        add(
                changes,
                "Urgency",
                before == null ? "" : before.urgency().code(),
                after.urgency().code());
        add(
                changes,
                "Tags",
                before == null ? "" : String.join(", ", before.tagSlugs()),
                String.join(", ", after.tagSlugs()));
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (!a.equals(b)) {
            changes.add(new FieldChange(field, lines(a, b)));
        }
    }

    static List<Line> lines(String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (int i = position; i < start; i++) {
                out.add(new Line("same", a.get(i)));
            }
            delta.getSource().getLines().forEach(line -> out.add(new Line("removed", line)));
            delta.getTarget().getLines().forEach(line -> out.add(new Line("added", line)));
            position = start + delta.getSource().size();
        }
        for (int i = position; i < a.size(); i++) {
            out.add(new Line("same", a.get(i)));
        }
        return out;
    }
}
