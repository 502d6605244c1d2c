package io.maestro.common.notify;

import java.util.Objects;

/** The toast of a notification: {@code {"title", "msg", "type"}} on the wire. */
public record Notice(String title, String msg, NoticeType type) {

    public Notice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(type, "type");
    }

    public static Notice success(String title, String msg) {
        return new Notice(title, msg, NoticeType.SUCCESS);
    }

    public static Notice info(String title, String msg) {
        return new Notice(title, msg, NoticeType.INFO);
    }

    public static Notice warning(String title, String msg) {
        return new Notice(title, msg, NoticeType.WARNING);
    }

    public static Notice danger(String title, String msg) {
        return new Notice(title, msg, NoticeType.DANGER);
    }
}
