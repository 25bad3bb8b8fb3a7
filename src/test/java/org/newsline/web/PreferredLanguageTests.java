package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferredLanguageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru-RU,ru;q=0.9,en-US;q=0.8 | ru",
                "az-Latn-AZ | az",
                "en-GB | en",
                "de-DE,de;q=0.9 | en",
                "tr;q=0.9,az;q=0.5 | az",
                "'' | en",
                "*;q=;;garbage | en"
            })
    void picksTheBestSiteLanguage(String header, String expected) {
        assertThat(ErrorResponses.preferredLanguage(header)).isEqualTo(expected);
    }
}
