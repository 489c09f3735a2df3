package dev.tasuki.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.tasuki.platform.Language;
import dev.tasuki.platform.PersonName;

/**
 * The principal of a signed-in session or API call. Kept in the session store, so it stays small and serialisable; the
 * password hash is erased once sign-in has checked it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final PersonName name;
    private final Department department;
    private final Role role;
    private final Language language;
    private String passwordHash;

    public SignedInUser(UserAccount account, String passwordHash) {
        this.id = account.id();
        this.email = account.email();
        this.name = account.name();
        this.department = account.department();
        this.role = account.role();
        this.language = account.language();
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public Optional<Department> department() {
        return Optional.ofNullable(department);
    }

    public Role role() {
        return role;
    }

    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    public boolean is(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (department != null) {
            authorities.add(new SimpleGrantedAuthority("DEPT_" + department.name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + id + "]";
    }
}
