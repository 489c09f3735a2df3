package dev.tasuki.deal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.deal.Forecast;
import dev.tasuki.identity.UserDirectory;

@Controller
class ForecastController {

    private final Forecast forecast;
    private final UserDirectory directory;

    ForecastController(Forecast forecast, UserDirectory directory) {
        this.forecast = forecast;
        this.directory = directory;
    }

    @GetMapping("/forecast")
    String show(@RequestParam(defaultValue = "false") boolean byOwner, Model model) {
        model.addAttribute("lines", forecast.lines(byOwner));
        model.addAttribute("byOwner", byOwner);
        model.addAttribute("people", directory.people());
        return "deal/forecast";
    }
}
