package org.uptake.program.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.program.calendar.CalendarService;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.error.InvalidInputException;

@Tag(name = "Working calendar", description = "Weekend days and holidays plans are scheduled in")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    private final CalendarService calendars;

    CalendarApiController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    CalendarService.View view(@RequestParam(required = false) Integer year) {
        return calendars.view(CurrentActor.get(), year == null || year < 1900 || year > 2200 ? LocalDate.now().getYear() : year);
    }

    record WeekendRequest(List<Integer> days, int version) {
    }

    @PutMapping("/weekend")
    @Operation(summary = "Sets the weekend days (ISO numbers, Monday = 1)")
    CalendarService.View weekend(@RequestBody WeekendRequest body) {
        calendars.saveWeekend(CurrentActor.get(), days(body.days()), body.version());
        return calendars.view(CurrentActor.get(), LocalDate.now().getYear());
    }

    static Set<DayOfWeek> days(List<Integer> numbers) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (Integer n : numbers == null ? List.<Integer>of() : numbers) {
            if (n == null || n < 1 || n > 7) {
                throw new InvalidInputException("days", "calendar.error.day", String.valueOf(n));
            }
            set.add(DayOfWeek.of(n));
        }
        return set;
    }

    record HolidayRequest(LocalDate day, String name) {
    }

    @PostMapping("/holidays")
    ResponseEntity<CalendarService.View> addHoliday(@RequestBody HolidayRequest body) {
        calendars.addHoliday(CurrentActor.get(), body.day(), body.name());
        return ResponseEntity.status(201).body(calendars.view(CurrentActor.get(), body.day().getYear()));
    }

    @DeleteMapping("/holidays/{day}")
    ResponseEntity<Void> removeHoliday(@PathVariable LocalDate day) {
        calendars.removeHoliday(CurrentActor.get(), day);
        return ResponseEntity.noContent().build();
    }
}
