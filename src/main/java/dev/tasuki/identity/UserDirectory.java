package dev.tasuki.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.internal.StaffCounts;
import dev.tasuki.identity.internal.Users;

/** Who works here: the read side of users, for every module. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final Users users;
    private final StaffCounts staff;

    UserDirectory(Users users, StaffCounts staff) {
        this.users = users;
        this.staff = staff;
    }

    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(email).map(Users.StoredUser::account);
    }

    public List<UserAccount> all() {
        return users.all();
    }

    /** Every user (active or not) by id, in the order of {@link #all()}: for pages that name many people. */
    public Map<Long, UserAccount> byId() {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        users.all().forEach(user -> byId.put(user.id(), user));
        return byId;
    }

    /** Every user (active or not), for pages that name the owners and actors of many records. */
    public People people() {
        return new People(byId());
    }

    /**
     * Whether the user may change a record's owner from the current one (null: none) to the next (null: none), as
     * {@link OwnerRule#mayChange} says.
     */
    public boolean mayChangeOwner(SignedInUser user, Long currentOwnerId, UserAccount next) {
        if (Objects.equals(currentOwnerId, next == null ? null : next.id())) {
            return true;
        }
        return OwnerRule.mayChange(user, currentOwnerId == null ? null : get(currentOwnerId), next);
    }

    /**
     * The owner field of a record owned by the current owner (null: none, or a new record) as the user may fill it,
     * following {@link OwnerRule}.
     */
    public OwnerChoices ownerChoices(SignedInUser user, Long currentOwnerId) {
        return OwnerChoices.of(user, users.all(), currentOwnerId);
    }

    /** Active members and managers of a department, managers first. */
    public List<UserAccount> team(Department department) {
        return users.activeIn(department);
    }

    /** The active users by department, and how many were seen since the time (the health check's team evidence). */
    public Staffing staffing(Instant seenSince) {
        return staff.since(seenSince);
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }
}
