package io.maestro.common.inventory.schema;

import io.maestro.common.web.ValidationDetail;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A number; numeric strings are converted as Joi did ({@code "4"} → 4). */
public final class NumberSchema extends FieldSchema<NumberSchema> {

    private BigDecimal greaterThan;
    private BigDecimal min;
    private BigDecimal max;

    NumberSchema() {
    }

    /** Strictly greater than the limit (Joi's {@code greater}, {@code positive} is {@code greater(0)}). */
    public NumberSchema greater(double limit) {
        this.greaterThan = BigDecimal.valueOf(limit);
        return this;
    }

    /** At least the limit (Joi's {@code min}). */
    public NumberSchema min(double limit) {
        this.min = BigDecimal.valueOf(limit);
        return this;
    }

    public NumberSchema max(double limit) {
        this.max = BigDecimal.valueOf(limit);
        return this;
    }

    @Override
    public Object check(String path, Object value, List<ValidationDetail> errors) {
        BigDecimal number = asNumber(value);
        if (number == null) {
            fail(errors, path, "number.base", "must be a number");
            return value;
        }
        if (greaterThan != null && number.compareTo(greaterThan) <= 0) {
            fail(errors, path, "number.greater", "must be greater than " + plain(greaterThan),
                    Map.of("limit", greaterThan));
        }
        if (min != null && number.compareTo(min) < 0) {
            fail(errors, path, "number.min", "must be larger than or equal to " + plain(min), Map.of("limit", min));
        }
        if (max != null && number.compareTo(max) > 0) {
            fail(errors, path, "number.max", "must be less than or equal to " + plain(max), Map.of("limit", max));
        }
        return value instanceof Number given ? given : stored(number);
    }

    @Override
    protected void describe(Map<String, Object> schema) {
        schema.put("type", "number");
        if (greaterThan != null) {
            schema.put("exclusiveMinimum", greaterThan);
        }
        if (min != null) {
            schema.put("minimum", min);
        }
        if (max != null) {
            schema.put("maximum", max);
        }
    }

    private static BigDecimal asNumber(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static Number stored(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < 63) {
            long integral = stripped.longValueExact();
            return integral == (int) integral ? (Number) (int) integral : (Number) integral;
        }
        return number.doubleValue();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
