package org.uptake.procurement.selection.web;

import java.util.Map;
import org.uptake.procurement.selection.VendorForm;
import org.uptake.program.budget.Money;

/** Reads the add-vendor form: the cost components are typed in major units ("12 500,00") of the selection's currency. */
final class VendorFormReader {

    private VendorFormReader() {
    }

    static VendorForm read(Map<String, String> f, String currency) {
        return new VendorForm(f.get("name"), f.get("product"), f.get("keyAdvantages"), f.containsKey("shortlisted"),
                f.containsKey("trialAvailable"), f.get("trialNotes"), f.get("estimate"), minor(f, "seats", currency),
                minor(f, "features", currency), minor(f, "upgrades", currency), minor(f, "training", currency),
                minor(f, "hiring", currency), minor(f, "integration", currency), minor(f, "migration", currency), 0);
    }

    private static Long minor(Map<String, String> f, String field, String currency) {
        String text = f.get(field);
        return text == null || text.isBlank() ? 0L : Money.parseMinor(field, text, currency, false);
    }
}
