package dev.tasuki.home.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.tasuki.identity.SignedInUser;

/** Puts the navigation of the signed-in user's department and role into every page's model. */
@ControllerAdvice(annotations = Controller.class)
public class Navigation {

    public record Item(String messageKey, String path) {}

    @ModelAttribute("navigation")
    List<Item> navigation(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? List.of() : itemsFor(user);
    }

    public static List<Item> itemsFor(SignedInUser user) {
        return Arrays.stream(Feature.values())
                .filter(feature -> feature.visibleTo(user))
                .map(feature -> new Item(feature.messageKey(), feature.path()))
                .toList();
    }
}
