package dev.tasuki.platform;

import java.io.Serializable;

/** A person's name as Japanese users write it: family name first, then given name. */
public record PersonName(String familyName, String givenName) implements Serializable {

    public PersonName {
        familyName = familyName == null ? "" : familyName.strip();
        givenName = givenName == null ? "" : givenName.strip();
    }

    /** "佐藤 美咲": family name, a space, given name; either part may be missing. */
    public String display() {
        if (familyName.isEmpty()) {
            return givenName;
        }
        return givenName.isEmpty() ? familyName : familyName + " " + givenName;
    }

    @Override
    public String toString() {
        return display();
    }
}
