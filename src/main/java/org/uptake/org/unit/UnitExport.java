package org.uptake.org.unit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.uptake.shared.Actor;
import org.uptake.shared.error.ForbiddenException;
import org.uptake.shared.importing.ImportColumn;

/**
 * The unit tree as a table in the import's columns (parents first), so an export can be edited and
 * imported back. Admins, coordinators and viewers export the whole tree; unit heads their subtrees.
 */
@Service
public class UnitExport {

    private final UnitBulkRepository bulk;
    private final UnitService units;

    UnitExport(UnitBulkRepository bulk, UnitService units) {
        this.bulk = bulk;
        this.units = units;
    }

    public List<String> columns() {
        return UnitImport.COLUMNS.stream().map(ImportColumn::name).toList();
    }

    public List<List<Object>> rows(Actor actor) {
        UnitScope scope = units.scopeOf(actor);
        if (scope.isEmpty()) {
            throw new ForbiddenException("export units");
        }
        return bulk.export(actor.organizationId(), scope.wholeOrganization() ? null : scope.pathPrefixes());
    }
}
