package io.maestro.common.token;

/**
 * Which secret-and-purpose a token belongs to. Carried in the {@code knd} claim so that a token of one kind is
 * refused as another even if two secrets happen to be equal.
 */
public enum TokenKind {
    SESSION, PRIVATE, PUBLIC, FORGOT, VIEW;

    static final String CLAIM = "knd";
}
