package org.newsline.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.review.BlocklistRepository.Entry;
import org.newsline.review.BlocklistRepository.Sender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blocklist of reader reviews: e-mail addresses and client keys whose reviews are refused, and words
 * that send a review to spam. Admins edit the list; editors may block the sender of a review they moderate.
 * Every change is recorded in the audit log in the same transaction.
 */
@Service
@Transactional
class ReviewBlocklist {

    static final String EDIT = "edit the review blocklist";
    static final List<String> KINDS = List.of("email", "word", "client");
    private static final Pattern CLIENT_KEY = Pattern.compile("[0-9a-f]{16,128}");

    private final BlocklistRepository repository;
    private final AuditLog audit;

    ReviewBlocklist(BlocklistRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Entry> entries(StaffUser actor) {
        ReviewModeration.requireRole(actor, Role.ADMIN, EDIT);
        return repository.entries();
    }

    /** Adds an entry (admins); adding one that is already there changes nothing. */
    void add(StaffUser actor, String kind, String value, String note) {
        ReviewModeration.requireRole(actor, Role.ADMIN, EDIT);
        String k = kind == null ? "" : kind.strip();
        if (!KINDS.contains(k)) {
            throw new IllegalArgumentException("Unknown kind '" + kind + "': use one of " + KINDS);
        }
        insert(actor, k, canonical(k, value), note == null ? "" : ReviewText.normalizeLine(note));
    }

    /** Removes an entry (admins). */
    void remove(StaffUser actor, long id) {
        ReviewModeration.requireRole(actor, Role.ADMIN, EDIT);
        Entry entry = repository.find(id).orElseThrow(() -> new ReviewNotFoundException("No blocklist entry " + id));
        repository.remove(id);
        audit.record(actor, "review.unblock", "review-block:" + id, entry.kind() + " " + entry.value());
    }

    /**
     * Blocks the sender of a review (editors and admins), by e-mail address or by client key.
     *
     * @return what was blocked, for the editor's notice
     */
    String blockSender(StaffUser actor, long reviewId, String kind) {
        ReviewModeration.requireRole(actor, Role.EDITOR, "block the sender of a review");
        if (!kind.equals("email") && !kind.equals("client")) {
            throw new IllegalArgumentException("Block by 'email' or 'client', not '" + kind + "'");
        }
        Sender sender = repository.sender(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        String value = kind.equals("email") ? sender.email() : sender.addressHash();
        if (value == null) {
            throw new IllegalStateException("Review " + reviewId + " was sent without an e-mail address to block");
        }
        insert(actor, kind, value, "sender of review " + reviewId);
        return kind.equals("email") ? value : "their client key";
    }

    /** Whether a review from this address or client key is refused. */
    @Transactional(readOnly = true)
    boolean refuses(String email, String addressHash) {
        return repository.blocked(email, addressHash);
    }

    /** Whether the text holds a blocked word. */
    @Transactional(readOnly = true)
    boolean holdsBlockedWord(String text) {
        return repository.values("word").stream().anyMatch(word -> containsWord(text, word));
    }

    /**
     * Whether the text holds the word as a whole word, in any case and any script: the characters either
     * side of it must not be letters, marks or digits.
     */
    static boolean containsWord(String text, String word) {
        if (word.isBlank()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{M}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    private void insert(StaffUser actor, String kind, String value, String note) {
        Optional<Long> id = repository.add(kind, value, note, actor.id());
        id.ifPresent(added -> audit.record(actor, "review.block", "review-block:" + added, kind + " " + value));
    }

    private static String canonical(String kind, String raw) {
        String value = ReviewText.normalizeLine(raw);
        switch (kind) {
            case "email" -> {
                value = ReviewText.normalizeEmail(value);
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("Not an e-mail address: '" + raw + "'");
                }
            }
            case "word" -> {
                if (value.isEmpty() || ReviewText.length(value) > 100) {
                    throw new IllegalArgumentException("A blocked word has 1 to 100 characters");
                }
            }
            default -> {
                value = value.toLowerCase(Locale.ROOT);
                if (!CLIENT_KEY.matcher(value).matches()) {
                    throw new IllegalArgumentException("Not a client key: '" + raw + "'");
                }
            }
        }
        return value;
    }
}
