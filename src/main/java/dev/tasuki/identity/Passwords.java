package dev.tasuki.identity;

/** The password rule: long enough to resist guessing, short enough for bcrypt (72 bytes). */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    private Passwords() {}
}
