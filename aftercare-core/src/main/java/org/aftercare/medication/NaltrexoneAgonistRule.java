package org.aftercare.medication;

import java.time.LocalDate;
import java.util.List;
import org.aftercare.OudMedication;
import org.aftercare.RuleContext;

/**
 * Checks that no naltrexone regimen is active on a day an opioid agonist regimen is, such as XR-naltrexone
 * from 2026-03-10 while methadone continues: naltrexone with an agonist precipitates withdrawal.
 */
final class NaltrexoneAgonistRule {
    private NaltrexoneAgonistRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<Regimen> regimens = record.regimens();
        for (int n = 0; n < regimens.size(); n++) {
            Regimen antagonist = regimens.get(n);
            if (antagonist.medication() != OudMedication.NALTREXONE) {
                continue;
            }
            for (int a = 0; a < regimens.size(); a++) {
                Regimen agonist = regimens.get(a);
                if (agonist.medication() == OudMedication.NALTREXONE) {
                    continue;
                }
                LocalDate shared = antagonist.start().isAfter(agonist.start()) ? antagonist.start() : agonist.start();
                if (antagonist.isActiveOn(shared) && agonist.isActiveOn(shared)) {
                    ctx.report(MedicationRules.NALTREXONE_WITH_OPIOID_AGONIST.finding("medication.regimens[" + n + "]",
                            "Naltrexone regimen from " + antagonist.start() + " and "
                                    + TakeHomeRule.name(agonist.medication()) + " regimen (medication.regimens[" + a
                                    + "]) from " + agonist.start() + " are both active from " + shared,
                            MedicationRules.NALTREXONE_WITH_OPIOID_AGONIST.sources()));
                }
            }
        }
    }
}
