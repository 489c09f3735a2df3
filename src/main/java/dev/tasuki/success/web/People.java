package dev.tasuki.success.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/** The users pages show as owners, and the owners a list can be filtered by. */
@Component("successPeople")
class People {

    private final UserDirectory directory;

    People(UserDirectory directory) {
        this.directory = directory;
    }

    Map<Long, UserAccount> byId() {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        directory.all().forEach(user -> byId.put(user.id(), user));
        return byId;
    }

    List<UserAccount> owners() {
        return directory.all().stream()
                .filter(UserAccount::active)
                .filter(user -> user.role().needsDepartment())
                .toList();
    }
}
