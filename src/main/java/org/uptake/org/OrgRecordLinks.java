package org.uptake.org;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** The pages of the organisation model's records, for links from the audit log. */
@Component
class OrgRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of("unit", "/units/{id}", "person", "/people/{id}", "position", "/positions/{id}");
    }
}
