package org.aftercare.medication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftercare.Citation;
import org.aftercare.OudMedication;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;
import org.aftercare.Severity;

/**
 * Checks the first supervised methadone dose after a run of missed days against the missed-dose protocol in force
 * on the restart date, such as 80 mg after 4 missed days when Australia's protocol allows the lower of half
 * (40 mg) and 40 mg.
 */
final class MethadoneRestartRule {
    private MethadoneRestartRule() {
    }

    static void check(MedicationRecord record, RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        for (MissedMethadoneRun run : MissedMethadoneRun.find(record, ctx.zone())) {
            if (run.firstDoseAfter() < 0 || run.lastDoseBefore() < 0
                    || doses.get(run.firstDoseAfter()).kind() != DoseEventKind.ADMINISTERED) {
                continue;
            }
            DoseEvent restart = doses.get(run.firstDoseAfter());
            DoseEvent last = doses.get(run.lastDoseBefore());
            LocalDate date = restart.date(ctx.zone());
            String path = "medication.doses[" + run.firstDoseAfter() + "].dose";
            Optional<ResolvedThreshold<MissedDoseProtocol>> protocol = ctx.require(
                    MedicationPolicyKeys.METHADONE_MISSED_DOSE_PROTOCOL, date, path, Severity.ERROR);
            if (protocol.isEmpty()) {
                continue;
            }
            Optional<MissedDoseStep> step = protocol.get().value().stepFor(run.days());
            if (step.isEmpty()) {
                continue;
            }
            Optional<Dose> limit = step.get().limitFor(last.dose());
            Citation limitCitation = protocol.get().citation();
            String limitSource = "";
            if (limit.isEmpty() && step.get().action() == MissedDoseAction.REINDUCE) {
                Optional<ResolvedThreshold<Dose>> cap = ctx.require(MedicationPolicyKeys.METHADONE_FIRST_DAY_CAP, date,
                        path, Severity.ERROR);
                limit = cap.map(ResolvedThreshold::value);
                limitSource = cap.map(c -> "; as a new induction, the first-day cap applies (layer " + c.layer() + ")")
                        .orElse("");
            }
            if (limit.isPresent() && restart.dose().isGreaterThan(limit.get())) {
                ctx.report(MedicationRules.METHADONE_RESTART_DOSE_ABOVE_LIMIT.finding(path,
                        "After " + run.days() + " consecutive missed methadone days (" + run.start() + " to " + run.end()
                                + "), the restart dose of " + restart.dose() + " on " + date + " is above the "
                                + limit.get() + " limit (" + step.get() + "; last dose " + last.dose() + ", layer "
                                + protocol.get().layer() + ")" + limitSource,
                        MedicationSources.appliedFirst(limitCitation,
                                MedicationRules.METHADONE_RESTART_DOSE_ABOVE_LIMIT.sources())));
            }
        }
    }

    /** Returns the latest run that needs action and ends before a date with no supervised dose since, if any. */
    static Optional<MissedMethadoneRun> unresolvedBefore(MedicationRecord record, LocalDate date, int actionDays,
            RuleContext ctx) {
        List<DoseEvent> doses = record.doses();
        MissedMethadoneRun latest = null;
        for (MissedMethadoneRun run : MissedMethadoneRun.find(record, ctx.zone())) {
            if (run.end().isBefore(date)) {
                latest = run;
            }
        }
        if (latest == null || latest.days() < actionDays) {
            return Optional.empty();
        }
        MissedMethadoneRun run = latest;
        boolean supervisedSince = doses.stream().anyMatch(d -> d.medication() == OudMedication.METHADONE
                && d.kind() == DoseEventKind.ADMINISTERED && d.date(ctx.zone()).isAfter(run.end())
                && !d.date(ctx.zone()).isAfter(date));
        return supervisedSince ? Optional.empty() : Optional.of(run);
    }
}
