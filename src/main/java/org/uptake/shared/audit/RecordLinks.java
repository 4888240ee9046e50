package org.uptake.shared.audit;

import java.util.Map;

/**
 * Where a module shows its audited records, so the audit log can link each entry to its record
 * without a shared list: a module declares a bean mapping its entity types to page paths with
 * an {@code {id}} placeholder (e.g. {@code "unit" → "/units/{id}"}). The label of a type is the
 * message {@code record.<type>}.
 */
public interface RecordLinks {

    Map<String, String> paths();
}
