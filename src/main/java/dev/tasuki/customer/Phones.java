package dev.tasuki.customer;

/**
 * What a phone number may look like: digits (half- or full-width), +, hyphens, parentheses and spaces, as in
 * 03-1234-5678, ０３（１２３４）５６７８ or +81 3 1234 5678.
 */
final class Phones {

    static final String PATTERN = "^[0-9０-９+＋\\-－ー‐()（） 　]*$";

    private Phones() {}
}
