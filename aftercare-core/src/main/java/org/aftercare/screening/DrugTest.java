package org.aftercare.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;

/**
 * One drug test specimen and its results, such as
 * {@code urine 2026-03-02T09:10Z VALID: methadone POSITIVE, eddp NEGATIVE, fentanyl NEGATIVE}.
 *
 * <p>Invariants: at most one result per analyte; a specimen that was missed or refused has no
 * results. For a missed specimen, {@code collectedAt} is the scheduled time.
 *
 * <pre>{@code
 * DrugTest test = DrugTest.of(Specimen.URINE, instant, List.of(
 *         AnalyteResult.of(Analyte.METHADONE, Outcome.POSITIVE),
 *         AnalyteResult.of(Analyte.EDDP, Outcome.NEGATIVE)));
 * }</pre>
 *
 * @param specimen  the specimen type, not null
 * @param collectedAt  the instant collected, or scheduled when missed or refused, not null
 * @param status  what became of the specimen, not null
 * @param results  results by analyte, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record DrugTest(Specimen specimen, Instant collectedAt, SpecimenStatus status, Map<Analyte, AnalyteResult> results) {

    /** Validates the fields. */
    public DrugTest {
        Objects.requireNonNull(specimen, "specimen");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(results, "results");
        EnumMap<Analyte, AnalyteResult> copy;
        if (results instanceof OwnResults own) {
            // built by of() for this test alone, every result under its own analyte: kept, not copied again
            copy = own;
        } else {
            copy = new EnumMap<>(Analyte.class);
            for (Map.Entry<Analyte, AnalyteResult> e : results.entrySet()) {
                AnalyteResult r = Objects.requireNonNull(e.getValue(), "results." + e.getKey());
                if (r.analyte() != e.getKey()) {
                    throw new InvalidValueException("results." + e.getKey().code(), "hold a result for that analyte",
                            r.analyte());
                }
                copy.put(e.getKey(), r);
            }
        }
        if ((status == SpecimenStatus.MISSED || status == SpecimenStatus.REFUSED) && !copy.isEmpty()) {
            throw new InvalidValueException("drugTest.results", "be empty for a " + status + " specimen", copy.keySet());
        }
        // the copy is this test's own, in the analytes' order: kept behind an unmodifiable view rather than copied a
        // second time into an ImmutableMap (same entries, order, equality and text)
        results = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains a valid specimen with results.
     *
     * @param specimen  the specimen type, not null
     * @param collectedAt  when collected, not null
     * @param results  the results, one per analyte, not null
     * @return the test, not null
     * @throws InvalidValueException if an analyte appears twice
     */
    public static DrugTest of(Specimen specimen, Instant collectedAt, Collection<AnalyteResult> results) {
        return of(specimen, collectedAt, SpecimenStatus.VALID, results);
    }

    /**
     * Obtains a specimen with a status and results.
     *
     * @param specimen  the specimen type, not null
     * @param collectedAt  when collected (or scheduled), not null
     * @param status  the status, not null
     * @param results  the results, one per analyte, not null
     * @return the test, not null
     * @throws InvalidValueException if an analyte appears twice
     */
    public static DrugTest of(Specimen specimen, Instant collectedAt, SpecimenStatus status,
            Collection<AnalyteResult> results) {
        Objects.requireNonNull(results, "results");
        OwnResults map = new OwnResults();
        for (AnalyteResult r : results) {
            Objects.requireNonNull(r, "results");
            if (map.put(r.analyte(), r) != null) {
                throw new InvalidValueException("drugTest.results", "hold one result per analyte", r.analyte());
            }
        }
        return new DrugTest(specimen, collectedAt, status, map);
    }

    /**
     * Obtains a scheduled specimen that was not provided.
     *
     * @param specimen  the specimen type, not null
     * @param scheduledAt  when it was due, not null
     * @return the test with status {@link SpecimenStatus#MISSED}, not null
     */
    public static DrugTest missed(Specimen specimen, Instant scheduledAt) {
        return new DrugTest(specimen, scheduledAt, SpecimenStatus.MISSED, Map.of());
    }

    /**
     * The results map {@link #of} builds, each result under its own analyte; private, so no caller can hold one and
     * change it afterwards: the constructor keeps it as it is instead of copying it into a map of its own.
     */
    private static final class OwnResults extends EnumMap<Analyte, AnalyteResult> {
        OwnResults() {
            super(Analyte.class);
        }
    }

    /**
     * Returns the result for an analyte, if reported.
     *
     * @param analyte  the analyte, not null
     * @return the result, or empty
     */
    public Optional<AnalyteResult> result(Analyte analyte) {
        return Optional.ofNullable(results.get(Objects.requireNonNull(analyte, "analyte")));
    }

    /**
     * Checks if a valid specimen is positive for an analyte.
     *
     * @param analyte  the analyte, not null
     * @return true if the specimen is valid and the analyte positive
     */
    public boolean isPositiveFor(Analyte analyte) {
        return status.hasReadableResults() && result(analyte).map(AnalyteResult::isPositive).orElse(false);
    }
}
