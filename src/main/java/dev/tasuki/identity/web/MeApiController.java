package dev.tasuki.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity")
class MeApiController {

    private final UserDirectory directory;

    MeApiController(UserDirectory directory) {
        this.directory = directory;
    }

    record Me(
            long id,
            String email,
            String familyName,
            String givenName,
            String displayName,
            Department department,
            Role role,
            String language) {}

    @GetMapping("/me")
    @Operation(summary = "The user the call is authenticated as")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        UserAccount account = directory.get(user.id());
        return new Me(
                account.id(),
                account.email(),
                account.name().familyName(),
                account.name().givenName(),
                account.name().display(),
                account.department(),
                account.role(),
                account.language() == null ? null : account.language().tag());
    }
}
