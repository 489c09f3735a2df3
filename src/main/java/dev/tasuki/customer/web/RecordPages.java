package dev.tasuki.customer.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.tasuki.customer.Activities;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.ListFilter;
import dev.tasuki.platform.Page;

/** What the account and the contact pages share: their lists' model and answer, and a record's people and story. */
@Component
class RecordPages {

    private final UserDirectory directory;
    private final Activities activities;

    RecordPages(UserDirectory directory, Activities activities) {
        this.directory = directory;
        this.activities = activities;
    }

    /**
     * Puts a list's filter, page of results and people on the model. True when htmx asks for the rows alone; otherwise
     * the owners of the search form are on the model too and the caller adds the rest of its page.
     */
    boolean rowsOnly(Model model, Htmx htmx, ListFilter filter, Page<?> result) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("people", directory.byId());
        if (htmx.wantsRows(filter, result)) {
            return true;
        }
        model.addAttribute("owners", directory.people().owners());
        return false;
    }

    /** A record's page: everyone by id (owner, creator), its timeline and whether the user may log an activity. */
    void story(Model model, List<TimelineEntry> entries, SignedInUser user) {
        model.addAttribute("people", directory.byId());
        model.addAttribute("entries", entries);
        model.addAttribute("mayLog", activities.mayLog(user));
    }
}
