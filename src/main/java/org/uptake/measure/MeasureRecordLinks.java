package org.uptake.measure;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** Audit log links of the measure module's records. */
@Component
class MeasureRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of(KpiService.ENTITY, "/kpis/{id}");
    }
}
