package org.newsline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages staff accounts. Passwords are only ever stored hashed. */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @param by the admin creating it, or {@code null} for the system (first admin, demo staff)
     * @throws IllegalArgumentException naming the bad value: malformed or taken e-mail, short password
     */
    public Account create(StaffUser by, String email, String displayName, Role role, String password) {
        String cleanEmail = email == null ? "" : email.strip();
        if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 200) {
            throw new IllegalArgumentException("'" + cleanEmail + "' is not an e-mail address");
        }
        if (repository.exists(cleanEmail)) {
            throw new IllegalArgumentException("An account for '" + cleanEmail + "' already exists");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String name = displayName == null || displayName.isBlank() ? cleanEmail : displayName.strip();
        long id = repository.insert(cleanEmail, name, role, encoder.encode(password), clock.instant());
        audit.record(by, "account.create", "account:" + id, cleanEmail + " as " + role.code());
        return repository.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    public List<Account> list() {
        return repository.list();
    }

    Optional<StaffUser> findByEmail(String email) {
        return repository.findUser(email);
    }

    public Optional<StaffUser> find(long id) {
        return repository.findUser(id);
    }

    public void setEnabled(StaffUser by, long id, boolean enabled) {
        if (by != null && by.id() == id && !enabled) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        repository.setEnabled(id, enabled);
        audit.record(by, enabled ? "account.enable" : "account.disable", "account:" + id, "");
    }

    public void setRole(StaffUser by, long id, Role role) {
        if (by != null && by.id() == id) {
            throw new IllegalArgumentException("You cannot change your own role");
        }
        repository.setRole(id, role);
        audit.record(by, "account.role", "account:" + id, role.code());
    }

    /** Whether an account with this e-mail exists. */
    public boolean exists(String email) {
        return repository.exists(email);
    }

    /** A random password of 20 characters from a cryptographic source. */
    public static String generatePassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
