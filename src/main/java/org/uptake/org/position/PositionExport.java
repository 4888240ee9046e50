package org.uptake.org.position;

import java.util.List;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.Role;
import org.uptake.shared.importing.ImportColumn;

/** Positions as a table in the import's columns, for everyone who reads the organisation (unit heads included). */
@Service
public class PositionExport {

    private final PositionBulkRepository bulk;

    PositionExport(PositionBulkRepository bulk) {
        this.bulk = bulk;
    }

    public List<String> columns() {
        return PositionImport.COLUMNS.stream().map(ImportColumn::name).toList();
    }

    public List<List<Object>> rows(Actor actor) {
        actor.require("export positions", Role.ADMIN, Role.COORDINATOR, Role.VIEWER, Role.UNIT_HEAD);
        return bulk.export(actor.organizationId());
    }
}
