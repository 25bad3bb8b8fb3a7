package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTests {

    private final WebhookTargets strict =
            new WebhookTargets(new WireProperties(false, null, null, null, null, null, null, null, null));
    private final WebhookTargets lenient =
            new WebhookTargets(new WireProperties(true, null, null, null, null, null, null, null, null));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:9000/hook",
                "http://localhost/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[::ffff:127.0.0.1]/hook"
            })
    void loopbackAndPrivateAddressesAreRefused(String url) {
        assertThatThrownBy(() -> strict.check(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private or local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/hook", "file:///etc/passwd", "javascript:alert(1)", "not a url", ""})
    void onlyHttpAndHttpsAreAccepted(String url) {
        assertThatThrownBy(() -> lenient.check(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesWithUserNamesAreRefused() {
        assertThatThrownBy(() -> lenient.check("https://user:pw@8.8.8.8/hook"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicAddressesAreAcceptedAndPrivateOnesOnlyWhenAllowed() {
        assertThat(strict.check("https://8.8.8.8/hook").getHost()).isEqualTo("8.8.8.8");
        assertThat(lenient.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
    }
}
