package org.uptake.program.planio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramAccess;
import org.uptake.program.ProgramService;
import org.uptake.program.calendar.CalendarService;
import org.uptake.shared.Actor;
import org.uptake.shared.error.NotFoundException;
import org.uptake.shared.importing.ImportRow;
import org.uptake.shared.importing.ImportTable;

/** Reads what a plan file will be compared with, in a few queries: the program its rows name, and that program's plan. */
@Component
class PlanImportSource {

    private final ProgramService programs;
    private final CalendarService calendars;
    private final PlanIoRepository repository;

    PlanImportSource(ProgramService programs, CalendarService calendars, PlanIoRepository repository) {
        this.programs = programs;
        this.calendars = calendars;
        this.repository = repository;
    }

    PlanSnapshot load(Actor actor, ImportTable table) {
        Long programId = firstProgram(table);
        if (programId == null) {
            return PlanSnapshot.refused("plan.import.error.programUnknown");
        }
        ProgramAccess access;
        try {
            access = programs.access(actor, programId);
        } catch (NotFoundException e) {
            return PlanSnapshot.refused("plan.import.error.programUnknown");
        }
        if (!access.edits()) {
            return PlanSnapshot.refused("plan.import.error.programNotEditable");
        }
        if (access.program().status() == org.uptake.program.ProgramStatus.CLOSED) {
            return PlanSnapshot.refused("plan.import.error.programClosed");
        }
        long org = actor.organizationId();
        List<PlanSnapshot.Link> links = new ArrayList<>();
        for (Object[] d : repository.dependencies(programId)) {
            links.add(new PlanSnapshot.Link((Long) d[0], (Long) d[1], (Boolean) d[2]));
        }
        LocalDate start = access.program().startDate();
        return new PlanSnapshot(programId, null, start, calendars.calendarOf(org), repository.tasks(org, programId),
                repository.phases(org, programId), repository.people(org, owners(table)), links);
    }

    /** The program the file's first row names (a file imports into one program). */
    private static Long firstProgram(ImportTable table) {
        for (ImportRow row : table.rows()) {
            String v = row.get(PlanColumns.PROGRAM);
            if (v != null) {
                try {
                    return Long.valueOf(v.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static List<String> owners(ImportTable table) {
        if (!table.has(PlanColumns.OWNER)) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (ImportRow row : table.rows()) {
            String v = row.get(PlanColumns.OWNER);
            if (v != null && v.length() <= 254) {
                keys.add(v);
            }
        }
        return new ArrayList<>(keys);
    }
}
