package io.maestro.common.notify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The toast style the dashboard shows for a notification. */
public enum NoticeType {
    SUCCESS, INFO, WARNING, DANGER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
