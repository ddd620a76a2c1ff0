package org.aftercare.incentive;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.Policy;
import org.aftercare.care.CareSetting;
import org.aftercare.internal.Checks;
import org.aftercare.screening.Analyte;

/**
 * A contingency-management programme as configured for one episode of care, such as CRA +
 * Vouchers for cocaine over 12 weeks, funded under a SAMHSA grant, paid as vouchers, outpatient.
 *
 * <p>It holds the schedule, phases, target, failure policy, funding policy (selected by name from
 * {@link FundingPolicies}, optionally with a clinic layer on top), instrument, care setting, start
 * date, clinic zone, the medications for OUD whose markers are excluded from abstinence targets,
 * and the source of every schedule parameter. It holds no patient identifiers.
 *
 * <p>Invariants: at least one phase, and at least one incentivized; bonus analytes are given
 * exactly when the schedule pays for them (prize bonus draws) and only with an abstinence target;
 * at least one parameter source.
 *
 * <pre>{@code
 * IncentiveProgram program = IncentivePresets.craVouchersHiggins1994().toProgramBuilder()
 *         .funding(FundingPolicies.policy(FundingPolicies.SAMHSA_GRANT))
 *         .instrument(IncentiveInstrument.VOUCHER)
 *         .setting(CareSetting.OUTPATIENT)
 *         .startDate(LocalDate.of(2026, 1, 5))
 *         .zone(ZoneId.of("America/New_York"))
 *         .build();
 * }</pre>
 *
 * @param name  the programme's name, such as the preset's, not blank
 * @param schedule  the schedule, not null
 * @param phases  the phases in order, not empty
 * @param target  the reinforced behaviour, not null
 * @param bonusAnalytes  the analytes whose absence earns bonus draws, possibly empty
 * @param failurePolicy  what counts as failure, not null
 * @param funding  the funding policy the caps come from, not null
 * @param instrument  the form incentives take, not null
 * @param setting  where the programme is delivered, not null
 * @param startDate  the first day of week 1, not null
 * @param zone  the clinic's zone, for the treatment day of each sample, not null
 * @param prescribedMoud  the medications for OUD whose markers are never a failure, possibly empty
 * @param parameterSources  the source of each schedule parameter, by name, not empty
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record IncentiveProgram(String name, IncentiveSchedule schedule, List<ProgramPhase> phases, IncentiveTarget target,
        Set<Analyte> bonusAnalytes, FailurePolicy failurePolicy, Policy funding, IncentiveInstrument instrument,
        CareSetting setting, LocalDate startDate, ZoneId zone, Set<OudMedication> prescribedMoud,
        Map<String, Citation> parameterSources) {

    /** Validates the fields; see the class description. */
    public IncentiveProgram {
        Checks.nonBlank(name, "program.name");
        Objects.requireNonNull(schedule, "program.schedule");
        phases = List.copyOf(Objects.requireNonNull(phases, "program.phases"));
        Objects.requireNonNull(target, "program.target");
        Objects.requireNonNull(bonusAnalytes, "program.bonusAnalytes");
        bonusAnalytes = bonusAnalytes.isEmpty() ? Set.of() : Sets.immutableEnumSet(bonusAnalytes);
        Objects.requireNonNull(failurePolicy, "program.failurePolicy");
        Objects.requireNonNull(funding, "program.funding");
        Objects.requireNonNull(instrument, "program.instrument");
        Objects.requireNonNull(setting, "program.setting");
        Objects.requireNonNull(startDate, "program.startDate");
        Objects.requireNonNull(zone, "program.zone");
        Objects.requireNonNull(prescribedMoud, "program.prescribedMoud");
        prescribedMoud = prescribedMoud.isEmpty() ? Set.of() : Sets.immutableEnumSet(prescribedMoud);
        parameterSources = ImmutableMap.copyOf(Objects.requireNonNull(parameterSources, "program.parameterSources"));
        if (phases.isEmpty()) {
            throw new InvalidValueException("program.phases", "not be empty", phases);
        }
        boolean incentivized = false;
        for (ProgramPhase phase : phases) {
            incentivized |= phase.incentivized();
        }
        if (!incentivized) {
            throw new InvalidValueException("program.phases", "include an incentivized phase", phases);
        }
        if (!bonusAnalytes.isEmpty() && !(target instanceof IncentiveTarget.Abstinence)) {
            throw new InvalidValueException("program.bonusAnalytes", "be empty unless the target is abstinence",
                    bonusAnalytes);
        }
        int bonusDraws = schedule instanceof PrizeDrawSchedule p ? p.bonusDraws() : 0;
        if (bonusDraws > 0 && bonusAnalytes.isEmpty()) {
            throw new InvalidValueException("program.bonusAnalytes", "name the bonus targets the schedule's "
                    + bonusDraws + " bonus draws pay for", bonusAnalytes);
        }
        if (bonusDraws == 0 && !bonusAnalytes.isEmpty()) {
            throw new InvalidValueException("program.bonusAnalytes", "be empty: the schedule pays nothing for them",
                    bonusAnalytes);
        }
        if (parameterSources.isEmpty()) {
            throw new InvalidValueException("program.parameterSources", "cite the source of the schedule", parameterSources);
        }
    }

    /**
     * Obtains an empty builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a copy of this programme excluding the markers of the given medications from its
     * abstinence targets. This instance is immutable and unaffected by this method call.
     *
     * @param medications  the prescribed medications for OUD, not null
     * @return the copy, not null
     */
    public IncentiveProgram withPrescribedMoud(Set<OudMedication> medications) {
        return new IncentiveProgram(name, schedule, phases, target, bonusAnalytes, failurePolicy, funding, instrument,
                setting, startDate, zone, medications, parameterSources);
    }

    /**
     * Returns the programme week of a date: 1 for the start date and the six days after it.
     *
     * @param date  the date, not null
     * @return the week, 0 or less before the start
     */
    public int weekOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(startDate, date);
        return (int) Math.floorDiv(days, 7) + 1;
    }

    /**
     * Returns the phase a date falls in.
     *
     * @param date  the date, not null
     * @return the phase, or empty before the start or after the last phase
     */
    public Optional<ProgramPhase> phaseOn(LocalDate date) {
        int week = weekOf(date);
        if (week < 1) {
            return Optional.empty();
        }
        int first = 1;
        for (ProgramPhase phase : phases) {
            if (week < first + phase.weeks()) {
                return Optional.of(phase);
            }
            first += phase.weeks();
        }
        return Optional.empty();
    }

    /**
     * Returns the first day after the last phase.
     *
     * @return the date, not null
     */
    public LocalDate endDate() {
        long weeks = 0;
        for (ProgramPhase phase : phases) {
            weeks += phase.weeks();
        }
        return startDate.plusWeeks(weeks);
    }

    /**
     * Returns the analytes a sample must be negative for to count as a success: the target's, less
     * the markers of the prescribed medications for OUD.
     *
     * @return the analytes, empty unless the target is abstinence
     */
    public Set<Analyte> effectiveTargetAnalytes() {
        if (target instanceof IncentiveTarget.Abstinence a) {
            return withoutMoudMarkers(a.analytes());
        }
        return Set.of();
    }

    /**
     * Returns the bonus analytes less the markers of the prescribed medications for OUD.
     *
     * @return the analytes, possibly empty
     */
    public Set<Analyte> effectiveBonusAnalytes() {
        return withoutMoudMarkers(bonusAnalytes);
    }

    /**
     * Returns the markers of the prescribed medications for OUD.
     *
     * @return the analytes, not null
     */
    public Set<Analyte> moudMarkers() {
        if (prescribedMoud.isEmpty()) {
            return Set.of();
        }
        if (prescribedMoud.size() == 1) {
            return Analyte.markersOf(prescribedMoud.iterator().next()); // already an immutable set
        }
        Set<Analyte> markers = EnumSet.noneOf(Analyte.class);
        prescribedMoud.forEach(m -> markers.addAll(Analyte.markersOf(m)));
        return Set.copyOf(markers);
    }

    /**
     * Returns the parameter sources that are unverified ([U]), by parameter.
     *
     * @return the sources, not null
     */
    public Map<String, Citation> unverifiedParameters() {
        int unverified = 0;
        for (Citation source : parameterSources.values()) {
            unverified += source.isUnverified() ? 1 : 0;
        }
        if (unverified == 0) {
            return ImmutableMap.of();
        }
        if (unverified == parameterSources.size()) {
            return parameterSources; // already an immutable map in the same order
        }
        ImmutableMap.Builder<String, Citation> result = ImmutableMap.builderWithExpectedSize(unverified);
        parameterSources.forEach((k, v) -> {
            if (v.isUnverified()) {
                result.put(k, v);
            }
        });
        return result.build();
    }

    /**
     * Returns the design-time maximum of the schedule: every scheduled sample in every incentivized
     * phase a success (and a bonus-target success), before funding caps.
     *
     * @return the maximum, not null
     */
    public ScheduleMaximum maximum() {
        return ScheduleMaximum.of(this);
    }

    private Set<Analyte> withoutMoudMarkers(Set<Analyte> analytes) {
        Set<Analyte> result = analytes.isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(analytes);
        result.removeAll(moudMarkers());
        return Set.copyOf(result);
    }

    /**
     * Builds an {@link IncentiveProgram}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String name;
        private IncentiveSchedule schedule;
        private List<ProgramPhase> phases;
        private IncentiveTarget target;
        private Set<Analyte> bonusAnalytes = Set.of();
        private FailurePolicy failurePolicy;
        private Policy funding;
        private IncentiveInstrument instrument;
        private CareSetting setting;
        private LocalDate startDate;
        private ZoneId zone;
        private Set<OudMedication> prescribedMoud = Set.of();
        private Map<String, Citation> parameterSources = Map.of();

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the schedule.
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder schedule(IncentiveSchedule schedule) {
            this.schedule = schedule;
            return this;
        }

        /**
         * Sets the phases.
         *
         * @param phases the phases in order
         * @return this builder
         */
        public Builder phases(List<ProgramPhase> phases) {
            this.phases = phases;
            return this;
        }

        /**
         * Sets the target.
         *
         * @param target the target
         * @return this builder
         */
        public Builder target(IncentiveTarget target) {
            this.target = target;
            return this;
        }

        /**
         * Sets the bonus analytes.
         *
         * @param analytes the analytes
         * @return this builder
         */
        public Builder bonusAnalytes(Set<Analyte> analytes) {
            this.bonusAnalytes = analytes;
            return this;
        }

        /**
         * Sets the failure policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder failurePolicy(FailurePolicy policy) {
            this.failurePolicy = policy;
            return this;
        }

        /**
         * Sets the funding policy, such as {@code FundingPolicies.policy("samhsa-grant")}.
         *
         * @param funding the policy
         * @return this builder
         */
        public Builder funding(Policy funding) {
            this.funding = funding;
            return this;
        }

        /**
         * Sets the instrument.
         *
         * @param instrument the instrument
         * @return this builder
         */
        public Builder instrument(IncentiveInstrument instrument) {
            this.instrument = instrument;
            return this;
        }

        /**
         * Sets the care setting.
         *
         * @param setting the setting
         * @return this builder
         */
        public Builder setting(CareSetting setting) {
            this.setting = setting;
            return this;
        }

        /**
         * Sets the start date.
         *
         * @param startDate the first day of week 1
         * @return this builder
         */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Sets the clinic's zone.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /**
         * Sets the prescribed medications for OUD.
         *
         * @param medications the medications
         * @return this builder
         */
        public Builder prescribedMoud(Set<OudMedication> medications) {
            this.prescribedMoud = medications;
            return this;
        }

        /**
         * Sets the parameter sources.
         *
         * @param sources the sources by parameter name
         * @return this builder
         */
        public Builder parameterSources(Map<String, Citation> sources) {
            this.parameterSources = sources;
            return this;
        }

        /**
         * Builds the programme.
         *
         * @return the programme, not null
         * @throws NullPointerException if a required field was not set
         * @throws InvalidValueException if the fields break an invariant
         */
        public IncentiveProgram build() {
            return new IncentiveProgram(name, schedule, phases, target, bonusAnalytes, failurePolicy, funding, instrument,
                    setting, startDate, zone, prescribedMoud, parameterSources);
        }
    }
}
