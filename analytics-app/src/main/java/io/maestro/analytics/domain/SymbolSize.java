package io.maestro.analytics.domain;

import java.util.Locale;

/**
 * The sizes a symbol is drawn at, smallest first, with the share of a cell's width each takes. A server's size
 * follows its score (cpu × 1.5 + memory) through 0.6's thresholds; an application drawn as one symbol takes its own
 * {@code size} field.
 */
public enum SymbolSize {
    NANO("nano", 0.40), MICRO("micro", 0.46), SMALL("small", 0.52), MEDIUM("medium", 0.60), LARGE("large", 0.68),
    XLARGE("xlarge", 0.76), XLARGE2("2xlarge", 0.84), XLARGE4("4xlarge", 0.92), XLARGE8("8xlarge", 1.0);

    /** Upper bounds of the score (inclusive) and the size below each; a higher score is {@link #XLARGE8}. */
    private static final double[] THRESHOLDS = {2, 2.5, 3.5, 7, 11, 22, 46, 76};
    private static final SymbolSize[] BY_THRESHOLD = {NANO, MICRO, SMALL, MEDIUM, LARGE, XLARGE2, XLARGE4, XLARGE8};

    private final String label;
    private final double scale;

    SymbolSize(String label, double scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    public double scale() {
        return scale;
    }

    /** A server's size by its score (cpu × 1.5 + memory). */
    public static SymbolSize ofScore(double score) {
        for (int i = 0; i < THRESHOLDS.length; i++) {
            if (score <= THRESHOLDS[i]) {
                return BY_THRESHOLD[i];
            }
        }
        return XLARGE8;
    }

    /** An application's {@code size} field ({@code t2.small} and {@code 16xlarge} too); unknown: {@link #MEDIUM}. */
    public static SymbolSize ofLabel(String size) {
        if (size == null) {
            return MEDIUM;
        }
        String wanted = size.toLowerCase(Locale.ROOT);
        wanted = wanted.substring(wanted.lastIndexOf('.') + 1);
        for (SymbolSize known : values()) {
            if (known.label.equals(wanted)) {
                return known;
            }
        }
        return wanted.matches("\\d+xlarge") ? XLARGE8 : MEDIUM;
    }
}
