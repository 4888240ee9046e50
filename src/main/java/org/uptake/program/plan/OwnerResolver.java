package org.uptake.program.plan;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.program.ProgramMember;
import org.uptake.program.ProgramRole;

/**
 * Turns a playbook step's placeholder into a person: a program role through the team, a position code
 * through the people holding it in the scope units (their subtrees). One holder becomes the owner;
 * several leave the choice to the coordinator; none leaves the task unassigned and flagged.
 */
@Component
class OwnerResolver {

    static final int MAX_CANDIDATES = 20;

    private final JdbcClient jdbc;

    OwnerResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Resolution(Long ownerId, List<Long> candidates, boolean unresolved, String placeholder) {
        static Resolution of(List<Long> holders, String placeholder) {
            if (holders.size() == 1) {
                return new Resolution(holders.getFirst(), List.of(), false, placeholder);
            }
            return new Resolution(null, holders.stream().limit(MAX_CANDIDATES).toList(), true, placeholder);
        }
    }

    /** The context placeholders are resolved in: the team and the scope's unit paths. */
    record Context(List<ProgramMember> team, List<String> scopePaths) {
    }

    Resolution resolve(long organizationId, Context context, String role, String position) {
        if (position != null) {
            return Resolution.of(holders(organizationId, position, context.scopePaths()), "position:" + position);
        }
        ProgramRole programRole = role == null ? ProgramRole.COORDINATOR : ProgramRole.fromPlaceholder(role);
        List<Long> people = context.team().stream().filter(m -> m.role() == programRole).map(ProgramMember::personId)
                .distinct().toList();
        return Resolution.of(people, programRole.placeholder());
    }

    /** Active people with the position in the units (and below); the whole organisation when no unit is given. */
    List<Long> holders(long organizationId, String positionCode, List<String> unitPaths) {
        if (unitPaths.isEmpty()) {
            return jdbc.sql("""
                    select p.id from person p join position pos on pos.id = p.position_id
                    where p.organization_id = ? and lower(pos.code) = lower(?) and p.employment_status = 'ACTIVE'
                    order by lower(p.full_name), p.id limit ?""")
                    .params(organizationId, positionCode, MAX_CANDIDATES + 1).query(Long.class).list();
        }
        return jdbc.sql("""
                select p.id from person p join position pos on pos.id = p.position_id join unit u on u.id = p.unit_id
                where p.organization_id = ? and lower(pos.code) = lower(?) and p.employment_status = 'ACTIVE'
                  and u.path like any (?)
                order by lower(p.full_name), p.id limit ?""")
                .params(organizationId, positionCode, unitPaths.stream().map(path -> path + "%").toArray(String[]::new),
                        MAX_CANDIDATES + 1)
                .query(Long.class).list();
    }
}
