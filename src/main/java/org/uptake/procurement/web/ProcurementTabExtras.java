package org.uptake.procurement.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.uptake.procurement.supplier.SupplierKind;
import org.uptake.procurement.supplier.SupplierService;
import org.uptake.shared.Actor;

/** What the tab shows besides the requirements document: the program's vendors and integrators, with meeting alerts. */
@Component
class ProcurementTabExtras {

    private final SupplierService suppliers;

    ProcurementTabExtras(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    void addTo(Actor actor, long programId, Model model) {
        model.addAttribute("suppliers", suppliers.all(actor, programId));
        model.addAttribute("kinds", SupplierKind.values());
    }
}
