package dev.tasuki.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
