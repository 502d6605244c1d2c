package io.maestro.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolSizeTest {

    @ParameterizedTest(name = "cpu {0}, memory {1} GB: {2}")
    @CsvSource({"0, 0, nano", "1, 0.5, nano", "1, 1, micro", "1, 2, small", "2, 4, medium", "2, 8, large",
            "4, 16, 2xlarge", "8, 32, 4xlarge", "16, 64, 8xlarge", "64, 512, 8xlarge"})
    void aServersSymbolFollowsItsScore(double cpu, double memory, String size) {
        assertThat(SymbolSize.ofScore(Maps.server("1", cpu, memory).score()).label()).isEqualTo(size);
    }

    @Test
    void anApplicationsSymbolFollowsItsSizeField() {
        assertThat(SymbolSize.ofLabel("t3.small")).isEqualTo(SymbolSize.SMALL);
        assertThat(SymbolSize.ofLabel("XLarge")).isEqualTo(SymbolSize.XLARGE);
        assertThat(SymbolSize.ofLabel("m5.16xlarge")).isEqualTo(SymbolSize.XLARGE8);
        assertThat(SymbolSize.ofLabel(null)).isEqualTo(SymbolSize.MEDIUM);
        assertThat(SymbolSize.ofLabel("huge")).isEqualTo(SymbolSize.MEDIUM);
    }

    @Test
    void biggerSizesDrawBiggerSymbols() {
        SymbolSize[] sizes = SymbolSize.values();
        for (int i = 1; i < sizes.length; i++) {
            assertThat(sizes[i].scale()).isGreaterThan(sizes[i - 1].scale());
        }
    }

    @Test
    void serversFillOneFourOrNineSlots() {
        assertThat(IsometricSvg.slotsPerSide(1)).isEqualTo(1);
        assertThat(IsometricSvg.slotsPerSide(3)).isEqualTo(2);
        assertThat(IsometricSvg.slotsPerSide(9)).isEqualTo(3);
        assertThat(IsometricSvg.slotsPerSide(40)).isEqualTo(3);
    }

    @Test
    void everyFamilyHasItsOwnSymbol() {
        assertThat(FamilySymbol.values()).hasSize(22);
        assertThat(FamilySymbol.of("CI/CD")).isEqualTo(FamilySymbol.CICD);
        assertThat(FamilySymbol.of("Loadbalance")).isEqualTo(FamilySymbol.LOADBALANCE);
        assertThat(FamilySymbol.of("ContainerOrchestration")).isEqualTo(FamilySymbol.CONTAINERORCHESTRATION);
        assertThat(FamilySymbol.of("Something new")).isEqualTo(FamilySymbol.APPLICATION);
        assertThat(java.util.Arrays.stream(FamilySymbol.values()).map(FamilySymbol::parts).distinct())
                .hasSize(22);
    }
}
