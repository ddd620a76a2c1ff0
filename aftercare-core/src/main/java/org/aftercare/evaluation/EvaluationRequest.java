package org.aftercare.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.EvaluationContext;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.Policy;
import org.aftercare.care.AftercarePlan;
import org.aftercare.incentive.IncentiveEvent;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.medication.MedicationRecord;

/**
 * Everything one evaluation looks at, without patient identifiers, such as an aftercare plan to
 * validate as of 2026-03-02T15:00Z in America/New_York under {@code us-default}.
 *
 * <p>Invariants: the request holds at least one thing to evaluate; the patient context and MOUD
 * status are those of the plan when a plan is given (set them separately only without a plan).
 *
 * <pre>{@code
 * EvaluationRequest request = EvaluationRequest.builder(asOf, ZoneId.of("America/New_York"))
 *         .policy(StandardPolicies.usDefault())
 *         .plan(plan)
 *         .build();
 * AftercareReport report = Aftercare.evaluate(request);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class EvaluationRequest {
    private final EvaluationContext context;
    private final PatientContext patient;
    private final MoudStatus moud;
    private final AftercarePlan plan;
    private final MedicationRecord medication;
    private final IncentiveProgram incentiveProgram;
    private final List<IncentiveEvent> incentiveEvents;
    private final long drawSeed;

    private EvaluationRequest(Builder b) {
        this.context = EvaluationContext.of(b.asOf, b.zone, b.policy);
        this.plan = b.plan;
        this.medication = b.medication;
        this.incentiveProgram = b.incentiveProgram;
        this.incentiveEvents = List.copyOf(b.incentiveEvents);
        this.drawSeed = b.drawSeed;
        if (plan == null && medication == null && incentiveProgram == null) {
            throw new InvalidValueException("request", "hold a plan, a medication record or an incentive programme",
                    "nothing");
        }
        if (plan != null && b.patient != null && !b.patient.equals(plan.patient())) {
            throw new InvalidValueException("request.patient", "be the plan's patient context when a plan is given",
                    b.patient);
        }
        if (plan != null && b.moud != null && !b.moud.equals(plan.moud())) {
            throw new InvalidValueException("request.moud", "be the plan's MOUD status when a plan is given", b.moud);
        }
        this.patient = plan != null ? plan.patient() : Objects.requireNonNull(b.patient, "request.patient");
        this.moud = plan != null ? plan.moud() : (b.moud == null ? MoudStatus.unknown() : b.moud);
    }

    /**
     * Obtains a builder with the default policy.
     *
     * @param asOf  the as-of instant, not null
     * @param zone  the clinic's zone, not null
     * @return the builder, not null
     */
    public static Builder builder(Instant asOf, ZoneId zone) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Returns the context: as-of instant, zone and policy.
     *
     * @return the context, not null
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * Returns the patient's context (the plan's when there is a plan).
     *
     * @return the context, not null
     */
    public PatientContext patient() {
        return patient;
    }

    /**
     * Returns the MOUD status (the plan's when there is a plan).
     *
     * @return the status, not null
     */
    public MoudStatus moud() {
        return moud;
    }

    /**
     * Returns the plan, if any.
     *
     * @return the plan
     */
    public Optional<AftercarePlan> plan() {
        return Optional.ofNullable(plan);
    }

    /**
     * Returns the medication record, if any.
     *
     * @return the record
     */
    public Optional<MedicationRecord> medication() {
        return Optional.ofNullable(medication);
    }

    /**
     * Returns the incentive programme, if any.
     *
     * @return the programme
     */
    public Optional<IncentiveProgram> incentiveProgram() {
        return Optional.ofNullable(incentiveProgram);
    }

    /**
     * Returns the incentive events (samples, attendance, doses), in the order given.
     *
     * @return the events, not null
     */
    public List<IncentiveEvent> incentiveEvents() {
        return incentiveEvents;
    }

    /**
     * Returns the seed prize draws use; the same seed and events give the same prizes.
     *
     * @return the seed
     */
    public long drawSeed() {
        return drawSeed;
    }

    @Override
    public String toString() {
        return "EvaluationRequest[asOf=" + context.asOf() + ", zone=" + context.zone() + ", policyLayers="
                + context.policy().layers().size() + ", plan=" + (plan != null) + ", medication=" + (medication != null) + ", incentiveProgram=" + (incentiveProgram != null)
                + ", incentiveEvents=" + incentiveEvents.size() + "]";
    }

    /**
     * Builds an {@link EvaluationRequest}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Instant asOf;
        private final ZoneId zone;
        private Policy policy = StandardPolicies.usDefault();
        private AftercarePlan plan;
        private PatientContext patient;
        private MoudStatus moud;
        private MedicationRecord medication;
        private IncentiveProgram incentiveProgram;
        private List<IncentiveEvent> incentiveEvents = List.of();
        private long drawSeed;

        private Builder(Instant asOf, ZoneId zone) {
            this.asOf = asOf;
            this.zone = zone;
        }

        /**
         * Sets the policy (default {@code us-default}).
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the patient's context, for requests without a plan.
         *
         * @param value the context, not null
         * @return this builder
         */
        public Builder patient(PatientContext value) {
            this.patient = Objects.requireNonNull(value, "patient");
            return this;
        }

        /**
         * Sets the MOUD status, for requests without a plan.
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder moud(MoudStatus value) {
            this.moud = Objects.requireNonNull(value, "moud");
            return this;
        }

        /**
         * Sets the aftercare plan.
         *
         * @param value the plan, not null
         * @return this builder
         */
        public Builder plan(AftercarePlan value) {
            this.plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /**
         * Sets the medication record.
         *
         * @param value the record, not null
         * @return this builder
         */
        public Builder medication(MedicationRecord value) {
            this.medication = Objects.requireNonNull(value, "medication");
            return this;
        }

        /**
         * Sets the incentive programme and its events.
         *
         * @param program  the programme, not null
         * @param events  the events, in any order, not null
         * @return this builder
         */
        public Builder incentives(IncentiveProgram program, List<? extends IncentiveEvent> events) {
            this.incentiveProgram = Objects.requireNonNull(program, "incentiveProgram");
            this.incentiveEvents = List.copyOf(Objects.requireNonNull(events, "incentiveEvents"));
            return this;
        }

        /**
         * Sets the seed prize draws use (default 0).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder drawSeed(long seed) {
            this.drawSeed = seed;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request, not null
         * @throws InvalidValueException if there is nothing to evaluate
         */
        public EvaluationRequest build() {
            return new EvaluationRequest(this);
        }
    }
}
