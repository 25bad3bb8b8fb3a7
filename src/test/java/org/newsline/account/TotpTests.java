package org.newsline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP codes match RFC 6238's test vectors (SHA-1, the last 6 of its 8 digits), in the app and in the tests. */
class TotpTests {

    private static final String SECRET =
            new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codesMatchTheRfcVectors(long seconds, String code) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(SECRET, step)).isEqualTo(code);
        assertThat(StaffCodes.code(SECRET, step)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"-30, true", "0, true", "30, true", "60, false", "-60, false"})
    void aCodeIsAcceptedOneStepEitherSide(long offsetSeconds, boolean accepted) {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String code = Totp.code(SECRET, Totp.step(now.plusSeconds(offsetSeconds)));

        assertThat(Totp.matchingStep(SECRET, code, now).isPresent()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"'', false", "'12345', false", "'abcdef', false", "'1234567', false"})
    void onlySixDigitsCanMatch(String code, boolean accepted) {
        assertThat(Totp.matchingStep(SECRET, code, Instant.now()).isPresent()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"JBSWY3DPEHPK3PXP, false", "not base32!, false", "'', false", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, true"})
    void configuredSecretsNeedAtLeast128Bits(String secret, boolean valid) {
        assertThat(Totp.decode(secret) != null).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void newSecretsHave160BitsInBase32AndTheUriNamesTheAccount() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.decode(secret)).hasSize(20);
        assertThat(Totp.uri("ed@test.example", secret))
                .isEqualTo("otpauth://totp/Newsline:ed@test.example?secret=" + secret + "&issuer=Newsline");
    }
}
