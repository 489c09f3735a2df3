package dev.tasuki.relay.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/** Names of the organisation's people by id, for pages that show owners and actors of many records. */
record People(Map<Long, UserAccount> byId) {

    static People of(UserDirectory directory) {
        return new People(directory.all().stream().collect(Collectors.toMap(UserAccount::id, Function.identity())));
    }

    public String name(Long id) {
        UserAccount user = id == null ? null : byId.get(id);
        return user == null ? "" : user.name().display();
    }

    public UserAccount get(Long id) {
        return id == null ? null : byId.get(id);
    }
}
