package org.uptake.program.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.error.InvalidInputException;
import org.uptake.shared.error.StaleVersionException;

/**
 * The organisation's working-day calendar: everyone reads it; organisation admins set the weekend
 * days and holidays. A change does not move existing plans by itself — the next reschedule uses it.
 */
@Service
public class CalendarService {

    static final String ENTITY = "workCalendar";

    private final CalendarRepository calendars;
    private final AuditLog audit;

    CalendarService(CalendarRepository calendars, AuditLog audit) {
        this.calendars = calendars;
        this.audit = audit;
    }

    /** The calendar plans of this organisation are scheduled in. */
    public WorkingCalendar calendarOf(long organizationId) {
        return new WorkingCalendar(calendars.settings(organizationId).weekend(), calendars.holidayDays(organizationId));
    }

    public record View(Set<DayOfWeek> weekend, int version, List<Holiday> holidays) {
    }

    public View view(Actor actor, int year) {
        var s = calendars.settings(actor.organizationId());
        return new View(s.weekend(), s.version(), calendars.holidays(actor.organizationId(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    public void requireEditor(Actor actor) {
        actor.require("edit the calendar", Role.ADMIN);
    }

    @Transactional
    public void saveWeekend(Actor actor, Set<DayOfWeek> weekend, int version) {
        requireEditor(actor);
        if (weekend.size() >= 7) {
            throw new InvalidInputException("weekend", "calendar.error.noWorkingDay");
        }
        Set<DayOfWeek> before = calendars.settings(actor.organizationId()).weekend();
        if (calendars.saveWeekend(actor.organizationId(), weekend, version) == 0) {
            throw new StaleVersionException(ENTITY, actor.organizationId());
        }
        audit.action(actor, ENTITY, actor.organizationId(), "weekend", Map.of("weekend",
                List.of(before.toString(), weekend.toString())));
    }

    @Transactional
    public void addHoliday(Actor actor, LocalDate day, String name) {
        requireEditor(actor);
        if (day == null) {
            throw new InvalidInputException("day", "NotNull");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "calendar.error.name");
        }
        if (!calendars.addHoliday(actor.organizationId(), day, name.strip())) {
            throw new InvalidInputException("day", "calendar.error.duplicate", day.toString());
        }
        audit.action(actor, ENTITY, actor.organizationId(), "holidayAdded", Map.of("day", day.toString(), "name", name.strip()));
    }

    @Transactional
    public void removeHoliday(Actor actor, LocalDate day) {
        requireEditor(actor);
        if (calendars.removeHoliday(actor.organizationId(), day) == 0) {
            throw new org.uptake.shared.error.NotFoundException("holiday", day);
        }
        audit.action(actor, ENTITY, actor.organizationId(), "holidayRemoved", Map.of("day", day.toString()));
    }
}
