package io.maestro.common.web;

/** A hypermedia link as Maestro 0.6 wrote it: {@code {"href": "/servers/<id>", "method": "GET"}}. */
public record Link(String href, String method) {

    public static Link get(String href) {
        return new Link(href, "GET");
    }
}
