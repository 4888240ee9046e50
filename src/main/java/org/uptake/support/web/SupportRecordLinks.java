package org.uptake.support.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** Where the audit log links the problem log's records. */
@Component
class SupportRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of("problem", "/problems/{id}", "faq", "/faq/{id}", "problemSla", "/problems/sla");
    }
}
