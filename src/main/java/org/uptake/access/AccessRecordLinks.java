package org.uptake.access;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uptake.shared.audit.RecordLinks;

/** The pages of the access module's audited records, for links from the audit log. */
@Component
class AccessRecordLinks implements RecordLinks {

    @Override
    public Map<String, String> paths() {
        return Map.of("account", "/admin/accounts/{id}");
    }
}
