package org.newsline.wire;

import java.time.Instant;
import java.util.List;
import org.newsline.platform.Language;

/**
 * One version of a story as it went out on the wire, whatever the format.
 *
 * @param changeId the change-log id that sent it (the pull cursor)
 * @param change kind of change: published, updated, corrected, unpublished or embargoed
 * @param guid permanent identifier of the story
 * @param version the story's version
 * @param pubStatus {@code usable} or {@code canceled} (taken down)
 * @param firstCreated when the story was started
 * @param versionCreated when this version was saved
 * @param embargoUntil the embargo, when this version is sent before it ends; else {@code null}
 * @param urgency IPTC urgency: 1 flash, 3 urgent, 5 normal
 * @param language language
 * @param headline headline
 * @param standfirst one-sentence summary, may be empty
 * @param bodyHtml sanitised body
 * @param bodyText body as plain text
 * @param located dateline place, may be empty
 * @param bylines author names in the story's language
 * @param category section slug and name
 * @param tags tag slugs and names
 * @param photo main photo, or {@code null}
 * @param corrections public correction notes, oldest first
 * @param killReason why the story was taken down, or empty
 * @param webUrl the story's public address
 * @param mentions people, places and organisations the body names, in order of first mention
 */
record WireItem(
        long changeId,
        String change,
        String guid,
        int version,
        String pubStatus,
        Instant firstCreated,
        Instant versionCreated,
        Instant embargoUntil,
        int urgency,
        Language language,
        String headline,
        String standfirst,
        String bodyHtml,
        String bodyText,
        String located,
        List<String> bylines,
        Subject category,
        List<Subject> tags,
        Picture photo,
        List<String> corrections,
        String killReason,
        String webUrl,
        List<Mention> mentions) {

    /**
     * A registry entity the story names.
     *
     * @param kind person, place or organisation
     * @param slug its code
     * @param name its name in the story's language
     * @param uri its public page
     */
    record Mention(String kind, String slug, String name, String uri) {

        boolean isPerson() {
            return "person".equals(kind);
        }

        boolean isPlace() {
            return "place".equals(kind);
        }

        boolean isOrganisation() {
            return "organisation".equals(kind);
        }

        /** The NewsML-G2 concept type of this kind of entity. */
        String conceptType() {
            return switch (kind) {
                case "person" -> "cpnat:person";
                case "place" -> "cpnat:geoArea";
                default -> "cpnat:organisation";
            };
        }
    }

    /**
     * A subject: category or tag.
     *
     * @param scheme {@code category} or {@code tag}
     * @param slug its code
     * @param name its name in the story's language
     * @param uri its public page
     */
    record Subject(String scheme, String slug, String name, String uri) {}

    /**
     * The story's photo.
     *
     * @param uri permanent identifier
     * @param href absolute address of the image
     * @param contentType image type
     * @param width width in pixels
     * @param height height in pixels
     * @param caption caption in the story's language
     * @param credit credit line
     */
    record Picture(String uri, String href, String contentType, int width, int height, String caption, String credit) {}

    /** The editor's note: what was corrected, or why the story was withdrawn. */
    String edNote() {
        if (!killReason.isEmpty()) {
            return "Withdrawn: " + killReason;
        }
        return corrections.isEmpty() ? "" : "Correction: " + corrections.get(corrections.size() - 1);
    }
}
