package io.maestro.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid rules on hand-drawn maps; each expected grid is written out as "app@x,y" (and "×height" when tall). */
class GridLayoutTest {

    private static List<String> grid(DependencyGraph graph) {
        GridLayout.Layout layout = GridLayout.place(graph);
        List<String> cells = new ArrayList<>();
        layout.cells().forEach((id, cell) -> cells.add(id + "@" + cell.x() + "," + cell.y()
                + (cell.height() > 1 ? "×" + cell.height() : "")));
        return cells;
    }

    @Test
    void aChainStaysOnOneRow() {
        assertThat(grid(Maps.of(List.of("a"), "a>b", "b>c"))).containsExactly("a@0,0", "b@1,0", "c@2,0");
    }

    @Test
    void aFanOutMakesItsSourceAsTallAsItsDependencies() {
        assertThat(grid(Maps.of(List.of("a"), "a>b", "a>c", "a>d")))
                .containsExactly("a@0,0×3", "b@1,0", "c@1,1", "d@1,2");
    }

    @Test
    void aDiamondJoinsOnTheFirstBranchRow() {
        assertThat(grid(Maps.of(List.of("a"), "a>b", "a>c", "b>d", "c>d")))
                .containsExactly("a@0,0×2", "b@1,0", "d@2,0", "c@1,1");
    }

    @Test
    void aDependencyTakesTheLongestPathsColumn() {
        // a reaches c directly and through b: c sits right of b, not beside it (on the row of a, the first free one)
        assertThat(grid(Maps.of(List.of("a"), "a>c", "a>b", "b>c")))
                .containsExactly("a@0,0×2", "c@2,0", "b@1,0");
    }

    @Test
    void aCycleIsDrawnWithoutLooping() {
        DependencyGraph cycle = Maps.of(List.of("a"), "a>b", "b>c", "c>a");

        GridLayout.Layout layout = GridLayout.place(cycle);

        assertThat(grid(cycle)).containsExactly("a@0,0", "b@1,0", "c@2,0");
        assertThat(layout.cycleEdges()).extracting(DependencyEdge::source, DependencyEdge::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", "a"));
    }

    @Test
    void anApplicationDependingOnItselfStaysInItsColumn() {
        assertThat(grid(Maps.of(List.of("a"), "a>a", "a>b"))).containsExactly("a@0,0", "b@1,0");
    }

    @Test
    void twoEntryPointsStartTwoBands() {
        assertThat(grid(Maps.of(List.of("r1", "r2"), "r1>x", "r2>y", "x>z")))
                .containsExactly("r1@0,0", "x@1,0", "z@2,0", "r2@0,1", "y@1,1");
    }

    @Test
    void anEntryPointAnotherEntryDependsOnIsPushedRight() {
        assertThat(grid(Maps.of(List.of("r1", "r2"), "r1>r2", "r2>y")))
                .containsExactly("r1@0,0", "r2@1,0", "y@2,0");
    }

    @Test
    void theHistogramCountsApplicationsPerColumn() {
        GridLayout.Layout layout = GridLayout.place(Maps.of(List.of("a"), "a>b", "a>c", "b>d", "c>d"));

        Map<Integer, Integer> expected = new LinkedHashMap<>();
        expected.put(0, 1);
        expected.put(1, 2);
        expected.put(2, 1);
        assertThat(layout.histogram()).containsExactlyEntriesOf(expected);
        assertThat(layout.columns()).isEqualTo(3);
        assertThat(layout.rows()).isEqualTo(2);
    }

    @Test
    void aLongChainDoesNotExhaustTheStack() {
        String[] chain = new String[5000];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = "n" + i + ">n" + (i + 1);
        }

        GridLayout.Layout layout = GridLayout.place(Maps.of(List.of("n0"), chain));

        assertThat(layout.cell("n5000")).isEqualTo(new GridLayout.Cell(5000, 0, 1));
    }
}
