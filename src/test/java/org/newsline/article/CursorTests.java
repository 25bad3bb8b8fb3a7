package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTests {

    @Test
    void tokenRoundTripsToTheMicrosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-29T10:15:30.123456Z"), 42);

        assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "abc", "12-", "-12", "12-abc", "1-0", "1-2-3", "99999999999999999999-1"})
    void malformedTokensAreRejectedWithTheirValue(String token) {
        assertThatThrownBy(() -> Cursor.parse(token))
                .isInstanceOf(Cursor.InvalidCursorException.class)
                .hasMessageContaining("'" + token + "'");
    }
}
