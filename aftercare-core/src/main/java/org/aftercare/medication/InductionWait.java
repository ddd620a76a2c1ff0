package org.aftercare.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.aftercare.PolicyKey;
import org.aftercare.ResolvedThreshold;
import org.aftercare.RuleContext;

/**
 * The waits an induction must respect after each documented opioid exposure, such as
 * {@code 12 h after short-acting use at 2026-03-01T20:00:00Z -> not before 2026-03-02T08:00:00Z}.
 * Computed once for the check and the forecast, so the two cannot disagree.
 */
final class InductionWait {

    /** One exposure with the wait in force for its kind. */
    record Requirement(int exposureIndex, OpioidExposure exposure, ResolvedThreshold<Duration> required) {
        Instant earliest() {
            return exposure.lastUse().plus(required.value());
        }
    }

    /** Why the wait could not be computed. */
    enum ProblemKind { NO_EXPOSURE, LAST_USE_UNKNOWN, KIND_UNKNOWN, THRESHOLD_MISSING }

    /** A problem, with the exposure index (or -1) and the missing key (or null). */
    record Problem(ProblemKind kind, int exposureIndex, PolicyKey<Duration> key) {
    }

    private final List<Requirement> requirements;
    private final List<Problem> problems;

    private InductionWait(List<Requirement> requirements, List<Problem> problems) {
        this.requirements = List.copyOf(requirements);
        this.problems = List.copyOf(problems);
    }

    /**
     * Computes the waits for the exposures before a cutoff.
     *
     * @param record  the record
     * @param cutoff  only exposures last used before this instant count (unknown times always count)
     * @param keyFor  the key of the wait for a kind, empty for an unknown kind
     * @param noWait  kinds that need no wait (buprenorphine before buprenorphine)
     * @param date  the date whose thresholds apply
     * @param ctx  the rule context
     */
    static InductionWait compute(MedicationRecord record, Instant cutoff,
            Function<OpioidKind, Optional<PolicyKey<Duration>>> keyFor, Set<OpioidKind> noWait, LocalDate date,
            RuleContext ctx) {
        List<Requirement> requirements = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<OpioidExposure> exposures = record.opioidExposures();
        boolean anyRelevant = false;
        for (int i = 0; i < exposures.size(); i++) {
            OpioidExposure e = exposures.get(i);
            if (e.lastUse() != null && !e.lastUse().isBefore(cutoff)) {
                continue;
            }
            anyRelevant = true;
            if (noWait.contains(e.kind())) {
                continue;
            }
            if (e.lastUse() == null) {
                problems.add(new Problem(ProblemKind.LAST_USE_UNKNOWN, i, null));
                continue;
            }
            Optional<PolicyKey<Duration>> key = keyFor.apply(e.kind());
            if (key.isEmpty()) {
                problems.add(new Problem(ProblemKind.KIND_UNKNOWN, i, null));
                continue;
            }
            Optional<ResolvedThreshold<Duration>> wait = ctx.threshold(key.get(), date);
            if (wait.isEmpty()) {
                problems.add(new Problem(ProblemKind.THRESHOLD_MISSING, i, key.get()));
                continue;
            }
            requirements.add(new Requirement(i, e, wait.get()));
        }
        if (!anyRelevant) {
            problems.add(new Problem(ProblemKind.NO_EXPOSURE, -1, null));
        }
        return new InductionWait(requirements, problems);
    }

    List<Requirement> requirements() {
        return requirements;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Returns the requirement that ends last, if any. */
    Optional<Requirement> binding() {
        return requirements.stream().max(Comparator.comparing(Requirement::earliest));
    }

    /** Returns the latest known last use before the cutoff, if any. */
    static Optional<Instant> latestKnownUse(MedicationRecord record, Instant cutoff) {
        return record.opioidExposures().stream().map(OpioidExposure::lastUse)
                .filter(t -> t != null && t.isBefore(cutoff)).max(Comparator.naturalOrder());
    }

    /** Describes a duration for a message, such as {@code "11 h 59 min"} or {@code "6 d 23 h"}. */
    static String describe(Duration d) {
        StringBuilder sb = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            sb.append(days).append(" d");
        }
        if (d.toHoursPart() > 0) {
            sb.append(sb.length() > 0 ? " " : "").append(d.toHoursPart()).append(" h");
        }
        if (d.toMinutesPart() > 0) {
            sb.append(sb.length() > 0 ? " " : "").append(d.toMinutesPart()).append(" min");
        }
        if (sb.length() == 0) {
            sb.append(d.isNegative() ? "before" : "0 min");
        }
        return sb.toString();
    }
}
