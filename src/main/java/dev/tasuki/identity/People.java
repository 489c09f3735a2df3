package dev.tasuki.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's people by id, active or not, in the directory's order: for pages that name the owners, creators
 * and actors of many records ({@link UserDirectory#people()}).
 */
public record People(Map<Long, UserAccount> byId) {

    public People {
        byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public UserAccount get(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** The person's name as shown, or nothing for no one. */
    public String name(Long id) {
        UserAccount user = get(id);
        return user == null ? "" : user.name().display();
    }

    /** Active members and managers, the people who own records, for a list's owner filter. */
    public List<UserAccount> owners() {
        return byId.values().stream()
                .filter(UserAccount::active)
                .filter(user -> user.role().needsDepartment())
                .toList();
    }
}
