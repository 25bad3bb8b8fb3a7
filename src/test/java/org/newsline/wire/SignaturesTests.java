package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTests {

    private static final byte[] BODY = "{\"uri\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureIsHmacSha256OfTimestampDotBodyInHex() {
        // computed independently: hmac.new(b"whsec_test", b"1700000000." + body, sha256).hexdigest()
        assertThat(Signatures.sign("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("sha256=a908b0425a9f5c18ad18c3842ab7f6c0313833b3a854ac57ad80c40869f0edac");
    }

    @Test
    void aChangedBodyTimestampOrSecretDoesNotVerify() {
        String signature = Signatures.sign("whsec_test", 1_700_000_000L, BODY);
        assertThat(Signatures.verify("whsec_test", 1_700_000_000L, BODY, signature))
                .isTrue();
        assertThat(Signatures.verify("whsec_test", 1_700_000_001L, BODY, signature))
                .isFalse();
        assertThat(Signatures.verify("whsec_other", 1_700_000_000L, BODY, signature))
                .isFalse();
        assertThat(Signatures.verify("whsec_test", 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(Signatures.verify("whsec_test", 1_700_000_000L, BODY, null)).isFalse();
    }
}
