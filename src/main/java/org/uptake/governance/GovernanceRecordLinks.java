package org.uptake.governance;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** The pages of governance records, for links from the audit log. */
@Component
class GovernanceRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of("working_group", "/working-groups/{id}", "meeting", "/meetings/{id}", "document", "/documents/{id}",
                "document_template", "/document-templates/{id}");
    }
}
