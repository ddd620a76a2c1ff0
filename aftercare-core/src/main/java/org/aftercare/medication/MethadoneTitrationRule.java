package org.aftercare.medication;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks methadone increases after the first day against the titration in force on each increase's date, such as
 * 60 mg raised to 80 mg (+20 mg) three days after the previous increase when ASAM allows +10 mg every 7 days.
 * Tapers are not checked.
 */
final class MethadoneTitrationRule {
    private MethadoneTitrationRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        for (Regimen regimen : record.regimens()) {
            if (regimen.medication() == OudMedication.METHADONE && regimen.phase() != RegimenPhase.TAPER) {
                checkRegimen(record, regimen, ctx);
            }
        }
    }

    private static void checkRegimen(MedicationRecord record, Regimen regimen, RuleContext ctx) {
        TreeMap<LocalDate, MethadoneDayLevel> levels = MethadoneDayLevel.of(record, regimen, ctx.zone());
        if (levels.isEmpty()) {
            return;
        }
        LocalDate lastIncrease = levels.firstKey();
        Dose previous = levels.firstEntry().getValue().dose();
        for (Map.Entry<LocalDate, MethadoneDayLevel> e : levels.tailMap(levels.firstKey(), false).entrySet()) {
            Dose level = e.getValue().dose();
            if (level.isGreaterThan(previous)) {
                LocalDate date = e.getKey();
                String path = "medication.doses[" + e.getValue().index() + "].dose";
                Optional<ResolvedThreshold<MethadoneTitration>> titration = ctx.require(
                        MedicationPolicyKeys.METHADONE_TITRATION, date, path, Severity.WARNING);
                if (titration.isPresent()) {
                    MethadoneTitration t = titration.get().value();
                    Dose step = Dose.ofMilligrams(level.milligrams().subtract(previous.milligrams()));
                    String change = "Methadone raised from " + previous + " to " + level + " on " + date;
                    if (step.isGreaterThan(t.maxIncrease())) {
                        ctx.report(MedicationRules.METHADONE_TITRATION_STEP_TOO_LARGE.finding(path,
                                change + " (+" + step + "), above the " + t.maxIncrease() + " step (" + t + ", layer "
                                        + titration.get().layer() + ")",
                                MedicationSources.appliedFirst(titration.get().citation(),
                                        MedicationRules.METHADONE_TITRATION_STEP_TOO_LARGE.sources())));
                    }
                    long days = ChronoUnit.DAYS.between(lastIncrease, date);
                    if (days < t.minDaysBetweenIncreases()) {
                        ctx.report(MedicationRules.METHADONE_TITRATION_TOO_SOON.finding(path,
                                change + ", " + TakeHomeTier.days(Math.toIntExact(days)) + " after the previous increase"
                                        + " or first day (" + lastIncrease + "); " + t + " (layer "
                                        + titration.get().layer() + ")",
                                MedicationSources.appliedFirst(titration.get().citation(),
                                        MedicationRules.METHADONE_TITRATION_TOO_SOON.sources())));
                    }
                }
                lastIncrease = date;
            }
            previous = level;
        }
    }
}
