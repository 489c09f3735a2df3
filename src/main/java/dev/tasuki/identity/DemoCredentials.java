package dev.tasuki.identity;

import java.util.List;

/**
 * Sign-in details the sign-in page shows while the demo organisation is on. Provided by the demo module; absent in
 * production, where the page shows nothing of the kind.
 */
public interface DemoCredentials {

    String password();

    List<String> emails();
}
