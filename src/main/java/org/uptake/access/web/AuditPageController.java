package org.uptake.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.access.AccountService;
import org.uptake.shared.Actor;
import org.uptake.shared.CurrentActor;
import org.uptake.shared.audit.AuditEntry;
import org.uptake.shared.audit.AuditLog;
import org.uptake.shared.audit.AuditQuery;
import org.uptake.shared.audit.RecordLinks;

/** The organisation's audit log for admins: newest first, by kind of record and by user, each entry linked to its record. */
@Controller
@RequestMapping("/admin/audit")
class AuditPageController {

    private final AuditLog audit;
    private final AccountService accounts;
    /** Entity type → page path with {id}, as the modules declare them. */
    private final Map<String, String> recordPaths = new TreeMap<>();

    AuditPageController(AuditLog audit, AccountService accounts, List<RecordLinks> links) {
        this.audit = audit;
        this.accounts = accounts;
        links.forEach(l -> recordPaths.putAll(l.paths()));
    }

    /** An entry with the path of its record's page, or null when the record has no page. */
    record Line(AuditEntry entry, String recordPath) {
    }

    @GetMapping
    String log(@RequestParam(required = false) String type, @RequestParam(required = false) Long entityId,
               @RequestParam(required = false) Long userId, @RequestParam(required = false) String after,
               Model model, HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        var query = new AuditQuery(type, entityId, userId, after, AuditQuery.DEFAULT_SIZE);
        var page = audit.search(actor, query);
        model.addAttribute("lines", page.items().stream().map(e -> new Line(e, pathOf(e))).toList());
        model.addAttribute("next", page.next());
        model.addAttribute("query", query);
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            return "access/audit :: rows";
        }
        model.addAttribute("types", recordPaths.keySet());
        model.addAttribute("userLabel", userId == null ? null
                : accounts.find(actor, userId).map(a -> a.username()).orElse("#" + userId));
        return "access/audit";
    }

    private String pathOf(AuditEntry e) {
        String template = recordPaths.get(e.entityType());
        return template == null || "deleted".equals(e.action()) ? null : template.replace("{id}", String.valueOf(e.entityId()));
    }
}
