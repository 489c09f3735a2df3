package dev.tasuki.identity.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.tasuki.identity.DemoCredentials;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

@Controller
class SignInController {

    static final String VIEW = "identity/sign-in";

    private final ObjectProvider<DemoCredentials> demo;
    private final UserDirectory directory;

    SignInController(ObjectProvider<DemoCredentials> demo, UserDirectory directory) {
        this.demo = demo;
        this.directory = directory;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        DemoCredentials credentials = demo.getIfAvailable();
        if (credentials != null) {
            List<UserAccount> demoUsers = credentials.emails().stream()
                    .map(directory::findByEmail)
                    .flatMap(Optional::stream)
                    .filter(UserAccount::active)
                    .toList();
            model.addAttribute("demoUsers", demoUsers);
            model.addAttribute("demoPassword", credentials.password());
        }
        return VIEW;
    }
}
