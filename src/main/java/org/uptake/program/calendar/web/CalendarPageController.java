package org.uptake.program.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.program.calendar.CalendarService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;
import org.uptake.shared.error.Violation;

/** The organisation's working days: weekend days and holidays (admins change them). */
@Controller
@RequestMapping("/calendar")
class CalendarPageController {

    private final CalendarService calendars;

    CalendarPageController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        return page(CurrentActor.get(), year, model);
    }

    private String page(Actor actor, Integer year, Model model) {
        int y = year == null || year < 1900 || year > 2200 ? LocalDate.now().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("calendar", calendars.view(actor, y));
        model.addAttribute("days", DayOfWeek.values());
        return "program/calendar";
    }

    @PostMapping("/weekend")
    String weekend(@RequestParam(required = false) List<Integer> days, @RequestParam int version, Model model) {
        Actor actor = CurrentActor.get();
        try {
            calendars.saveWeekend(actor, CalendarApiController.days(days), version);
            return "redirect:/calendar";
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        } catch (StaleVersionException e) {
            model.addAttribute("violations", List.of(Violation.of(null, "error.stale")));
        }
        return page(actor, null, model);
    }

    @PostMapping("/holidays")
    String addHoliday(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) String name, Model model) {
        Actor actor = CurrentActor.get();
        try {
            calendars.addHoliday(actor, day, name);
            return "redirect:/calendar?year=" + day.getYear();
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
        }
        return page(actor, day == null ? null : day.getYear(), model);
    }

    @PostMapping("/holidays/{day}/delete")
    String removeHoliday(@PathVariable LocalDate day) {
        calendars.removeHoliday(CurrentActor.get(), day);
        return "redirect:/calendar?year=" + day.getYear();
    }
}
