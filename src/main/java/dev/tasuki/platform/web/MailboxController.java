package dev.tasuki.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.platform.LinkedText;
import dev.tasuki.platform.MailOutbox;
import dev.tasuki.platform.MailSettingsRefused;
import dev.tasuki.platform.internal.MailStore;
import dev.tasuki.platform.internal.StoredMail;

/**
 * The admin's "送信メール": every message Tasuki sent or keeps, newest first. Without an SMTP server this is where mail
 * arrives, so a demo or a trial can follow a survey link; with one, it is the log of what went out. Admins only (the
 * security configuration guards /admin/**).
 */
@Controller
@RequestMapping("/admin/mail")
class MailboxController {

    static final int PAGE = 50;

    private final MailStore store;
    private final MailOutbox outbox;

    MailboxController(MailStore store, MailOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 100_000));
        long total = store.count();
        model.addAttribute("messages", store.newest(shown * PAGE, PAGE));
        model.addAttribute("page", shown);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) (shown + 1) * PAGE < total);
        model.addAttribute("settings", outbox.settings());
        return "platform/mailbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        StoredMail mail = store.find(id).orElseThrow(() -> MailNotFound.forId(id));
        model.addAttribute("mail", mail);
        model.addAttribute("body", LinkedText.of(mail.text()));
        return "platform/mail";
    }

    @PostMapping("/settings")
    String settings(
            @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "0") int perMinute,
            @RequestParam int version,
            RedirectAttributes flash) {
        try {
            outbox.saveSettings(from, perMinute, version);
            flash.addFlashAttribute("notice", "mail.settings.saved");
        } catch (MailSettingsRefused refused) {
            flash.addFlashAttribute("alert", refused.messageKey());
            flash.addFlashAttribute("noticeArgument", refused.arguments().length > 0 ? refused.arguments()[0] : null);
        }
        return "redirect:/admin/mail";
    }
}
