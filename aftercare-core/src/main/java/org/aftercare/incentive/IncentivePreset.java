package org.aftercare.incentive;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.internal.Checks;
import org.aftercare.screening.Analyte;

/**
 * A published contingency-management design as data, with the source of every parameter, such as
 * CRA + Vouchers (Budney &amp; Higgins 1998; amounts widely cited for Higgins et al. 1994 [U]).
 *
 * <p>A preset is not a programme: it lacks funding, instrument, setting, start date and zone,
 * which {@link #toProgramBuilder()} leaves for the caller. Invariant: every parameter has a source.
 *
 * @param name  the preset's name, such as {@code "cra-vouchers-higgins-1994"}, not blank
 * @param schedule  the schedule, not null
 * @param phases  the phases, not empty
 * @param target  the target, not null
 * @param bonusAnalytes  the bonus analytes, possibly empty
 * @param failurePolicy  the failure policy, not null
 * @param parameterSources  the source of each parameter by name, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record IncentivePreset(String name, IncentiveSchedule schedule, List<ProgramPhase> phases, IncentiveTarget target,
        Set<Analyte> bonusAnalytes, FailurePolicy failurePolicy, Map<String, Citation> parameterSources) {

    /** Validates the fields. */
    public IncentivePreset {
        Checks.nonBlank(name, "preset.name");
        Objects.requireNonNull(schedule, "preset.schedule");
        phases = List.copyOf(Objects.requireNonNull(phases, "preset.phases"));
        Objects.requireNonNull(target, "preset.target");
        Objects.requireNonNull(bonusAnalytes, "preset.bonusAnalytes");
        bonusAnalytes = bonusAnalytes.isEmpty() ? Set.of() : Sets.immutableEnumSet(bonusAnalytes);
        Objects.requireNonNull(failurePolicy, "preset.failurePolicy");
        parameterSources = ImmutableMap.copyOf(Objects.requireNonNull(parameterSources, "preset.parameterSources"));
        if (parameterSources.isEmpty()) {
            throw new InvalidValueException("preset.parameterSources", "not be empty", parameterSources);
        }
    }

    /**
     * Returns a programme builder holding this preset's design; the caller adds funding, instrument,
     * setting, start date and zone.
     *
     * @return the builder, not null
     */
    public IncentiveProgram.Builder toProgramBuilder() {
        return IncentiveProgram.builder().name(name).schedule(schedule).phases(phases).target(target)
                .bonusAnalytes(bonusAnalytes).failurePolicy(failurePolicy).parameterSources(parameterSources);
    }
}
