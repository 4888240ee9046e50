package org.uptake.procurement.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A vendor as the coordinator records it; cost components in minor units of the selection's currency (null = 0). */
public record VendorForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String product,
                         @Size(max = 4000) String keyAdvantages, Boolean shortlisted, Boolean trialAvailable,
                         @Size(max = 2000) String trialNotes, @Size(max = 4000) String estimate,
                         @PositiveOrZero Long seats, @PositiveOrZero Long features, @PositiveOrZero Long upgrades,
                         @PositiveOrZero Long training, @PositiveOrZero Long hiring, @PositiveOrZero Long integration,
                         @PositiveOrZero Long migration, int version) {

    public Vendor.Costs costs() {
        return new Vendor.Costs(n(seats), n(features), n(upgrades), n(training), n(hiring), n(integration), n(migration));
    }

    public boolean isTrialAvailable() {
        return trialAvailable != null && trialAvailable;
    }

    public boolean isShortlisted() {
        return shortlisted == null || shortlisted;
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }

    public static VendorForm of(Vendor v) {
        Vendor.Costs c = v.costs();
        return new VendorForm(v.name(), v.product(), v.keyAdvantages(), v.shortlisted(), v.trialAvailable(), v.trialNotes(),
                v.estimate(), c.seats(), c.features(), c.upgrades(), c.training(), c.hiring(), c.integration(),
                c.migration(), v.version());
    }
}
