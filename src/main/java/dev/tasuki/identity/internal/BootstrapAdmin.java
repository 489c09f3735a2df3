package dev.tasuki.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAdministration;

/**
 * An empty database gets its first admin from TASUKI_ADMIN_EMAIL and TASUKI_ADMIN_PASSWORD. Without them nobody could
 * ever sign in, so Tasuki refuses to start and says why. Runs last, so that the demo organisation, when enabled, has
 * already filled the database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final UserAdministration administration;
    private final IdentityProperties.Admin admin;

    BootstrapAdmin(Users users, UserAdministration administration, IdentityProperties properties) {
        this.users = users;
        this.administration = administration;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!admin.given()) {
            throw new BootstrapAdminMissing();
        }
        administration.create(new NewUser(admin.email(), "管理者", "", null, Role.ADMIN, admin.password()));
        log.info("Created the first admin, {}", Users.normalise(admin.email()));
    }
}
