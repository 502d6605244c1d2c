package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionTranslationTest {

    @Test
    void lambdaTimesBecomeInstantsAndOtherFormsAreKept() {
        assertThat(FunctionTranslation.lambdaTime("2025-06-03T15:20:40.215+0200")).isEqualTo("2025-06-03T13:20:40.215Z");
        assertThat(FunctionTranslation.lambdaTime("yesterday")).isEqualTo("yesterday");
        assertThat(FunctionTranslation.lambdaTime(null)).isNull();
    }
}
