package io.maestro.common.web;

/** The answer of a {@code /<entity>/count} route: {@code {"count": n}}. */
public record CountResponse(long count) {
}
