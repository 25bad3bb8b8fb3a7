package org.newsline.quote;

/**
 * A quote found in a story's plain text.
 *
 * @param kind direct, partial or indirect
 * @param start offset of the first quoted character
 * @param end offset after the last quoted character; {@code text.substring(start, end)} is the quote
 * @param text the quoted words, verbatim
 * @param speaker the speaker's name as written, or null if nobody could be named without guessing
 * @param entity the registry entry of the speaker, or null
 * @param cue the reporting verb or phrase ("said", "по словам"), or null
 * @param rule the rule that named the speaker: cue-name, title, pronoun, same-paragraph, continuation, or none
 * @param confidence how sure that rule is, from 0 to 1
 */
public record Quote(
        String kind,
        int start,
        int end,
        String text,
        String speaker,
        Entity entity,
        String cue,
        String rule,
        double confidence) {

    /** Below this, and for every indirect quote, an editor confirms before readers see it. */
    public static final double PUBLIC_CONFIDENCE = 0.75;

    public boolean isPublic() {
        return !"indirect".equals(kind) && speaker != null && confidence >= PUBLIC_CONFIDENCE;
    }
}
