package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllPagesTest {

    @Test
    void pagesAreReadUntilTheTokenEndsOrRepeats() {
        List<String> tokens = new ArrayList<>();

        List<String> names = AllPages.read("ListQueues", token -> {
            tokens.add(token);
            return token == null ? new AllPages.Page(List.of("a", "b"), "t1")
                    : new AllPages.Page(List.of("c"), "t1");
        });

        assertThat(names).containsExactly("a", "b", "c");
        assertThat(tokens).containsExactly(null, "t1");
    }

    @Test
    void aListThatNeverEndsIsAFailureNotAnEndlessLoop() {
        int[] calls = {0};

        assertThatThrownBy(() -> AllPages.read("ListIdentities", token -> {
            calls[0]++;
            return new AllPages.Page(List.of(), "token-" + calls[0]);
        })).isInstanceOf(ProviderException.class).hasMessage("ListIdentities failed: more than 1000 pages");
        assertThat(calls[0]).isEqualTo(AllPages.MAX_PAGES);
    }
}
