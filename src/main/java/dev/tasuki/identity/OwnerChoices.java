package dev.tasuki.identity;

import java.util.List;
import java.util.Objects;

/**
 * What a record's owner field offers a user ({@link UserDirectory#ownerChoices}): a menu only for those who give
 * records to others, listing the current owner while they can own it and everyone the user may assign, so that the menu
 * is never empty and never shows someone else as chosen; "no owner" when the user may leave it so.
 *
 * @param menu whether the field is a menu; otherwise it shows the owner, sent back unchanged
 * @param people who the menu lists, in the directory's order
 * @param noneOffered whether the menu offers "no owner"
 * @param selected who the menu has chosen: the current owner, or null for "no owner"
 */
public record OwnerChoices(boolean menu, List<UserAccount> people, boolean noneOffered, Long selected) {

    public OwnerChoices {
        people = List.copyOf(people);
    }

    /** The choices of the user among everyone, for a record of that owner (null: none, or a new record). */
    static OwnerChoices of(SignedInUser user, List<UserAccount> everyone, Long currentOwnerId) {
        UserAccount current = everyone.stream()
                .filter(candidate -> Objects.equals(candidate.id(), currentOwnerId))
                .findFirst()
                .orElse(null);
        boolean kept = current != null && current.active();
        List<UserAccount> people = everyone.stream()
                .filter(candidate -> kept && candidate.id() == current.id() || OwnerRule.mayAssign(user, candidate))
                .toList();
        return new OwnerChoices(
                OwnerRule.mayChoose(user), people, user.is(Role.ADMIN) || !kept, kept ? current.id() : null);
    }
}
