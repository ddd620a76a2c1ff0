package org.aftercare.care;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.internal.Checks;

/**
 * An aftercare (continuing-care) plan, such as a step-down from ASAM 3.5 residential care to 2.1
 * intensive outpatient care with CBT, mutual help and recovery housing for twelve months.
 *
 * <p>A plan combines the patient's context (no identifiers), the placement (level, setting,
 * dates), the level being left, the planned services, the MOUD status, the continuing-care period,
 * and what has happened since: attendance and relapses. {@link PlanValidation} validates it as a whole.
 *
 * <p>Invariants: the continuing-care end is not before its start; every attendance record names
 * a service of the plan that has a session schedule.
 *
 * <pre>{@code
 * AftercarePlan plan = AftercarePlan.builder()
 *         .patient(patient)
 *         .placement(CarePlacement.of(AsamLevel.V3_2_1, CareSetting.OUTPATIENT, start, start.plusWeeks(12).minusDays(1)))
 *         .steppingDownFrom(AsamLevel.V3_3_5)
 *         .service(PlannedService.inPerson(Modality.COGNITIVE_BEHAVIOURAL_THERAPY, cbtSchedule))
 *         .moud(MoudStatus.receiving(OudMedication.BUPRENORPHINE))
 *         .continuingCare(start, start.plusMonths(12).minusDays(1))
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class AftercarePlan {
    private final PatientContext patient;
    private final CarePlacement placement;
    private final AsamLevel steppingDownFrom;
    private final ImmutableList<PlannedService> services;
    private final MoudStatus moud;
    private final LocalDate continuingCareStart;
    private final LocalDate continuingCareEnd;
    private final ImmutableList<AttendanceRecord> attendance;
    private final ImmutableList<Relapse> relapses;

    private AftercarePlan(Builder b) {
        this.patient = Objects.requireNonNull(b.patient, "plan.patient");
        this.placement = Objects.requireNonNull(b.placement, "plan.placement");
        this.steppingDownFrom = b.steppingDownFrom;
        this.services = ImmutableList.copyOf(b.services);
        this.moud = Objects.requireNonNull(b.moud, "plan.moud");
        this.continuingCareStart = Objects.requireNonNull(b.continuingCareStart, "plan.continuingCare.start");
        Checks.notBefore(Objects.requireNonNull(b.continuingCareEnd, "plan.continuingCare.end"), continuingCareStart,
                "plan.continuingCare.end", "plan.continuingCare.start");
        this.continuingCareEnd = b.continuingCareEnd;
        this.attendance = ImmutableList.copyOf(b.attendance);
        this.relapses = ImmutableList.copyOf(b.relapses);
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceRecord r = attendance.get(i);
            if (r.service() >= services.size()) {
                throw new InvalidValueException("plan.attendance[" + i + "].service",
                        "name one of the plan's " + services.size() + " services", r.service());
            }
            if (!(services.get(r.service()).schedule() instanceof SessionSchedule)) {
                throw new InvalidValueException("plan.attendance[" + i + "].service",
                        "name a service with a session schedule", r.service());
            }
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
     * Returns the patient's context.
     *
     * @return the context, not null
     */
    public PatientContext patient() {
        return patient;
    }

    /**
     * Returns the placement.
     *
     * @return the placement, not null
     */
    public CarePlacement placement() {
        return placement;
    }

    /**
     * Returns the level being stepped down from, if any.
     *
     * @return the previous level
     */
    public Optional<AsamLevel> steppingDownFrom() {
        return Optional.ofNullable(steppingDownFrom);
    }

    /**
     * Returns the planned services, in order.
     *
     * @return the services, not null
     */
    public List<PlannedService> services() {
        return services;
    }

    /**
     * Returns the MOUD status.
     *
     * @return the status, not null
     */
    public MoudStatus moud() {
        return moud;
    }

    /**
     * Returns the first date of continuing care.
     *
     * @return the date, not null
     */
    public LocalDate continuingCareStart() {
        return continuingCareStart;
    }

    /**
     * Returns the last date of continuing care, inclusive.
     *
     * @return the date, not null
     */
    public LocalDate continuingCareEnd() {
        return continuingCareEnd;
    }

    /**
     * Returns the attendance records.
     *
     * @return the records, not null
     */
    public List<AttendanceRecord> attendance() {
        return attendance;
    }

    /**
     * Returns the recorded relapses.
     *
     * @return the relapses, not null
     */
    public List<Relapse> relapses() {
        return relapses;
    }

    /**
     * Returns a builder initialised with this plan's values.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.patient = patient;
        b.placement = placement;
        b.steppingDownFrom = steppingDownFrom;
        b.services.addAll(services);
        b.moud = moud;
        b.continuingCareStart = continuingCareStart;
        b.continuingCareEnd = continuingCareEnd;
        b.attendance.addAll(attendance);
        b.relapses.addAll(relapses);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AftercarePlan p && patient.equals(p.patient) && placement.equals(p.placement)
                && Objects.equals(steppingDownFrom, p.steppingDownFrom) && services.equals(p.services)
                && moud.equals(p.moud) && continuingCareStart.equals(p.continuingCareStart)
                && continuingCareEnd.equals(p.continuingCareEnd) && attendance.equals(p.attendance)
                && relapses.equals(p.relapses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patient, placement, steppingDownFrom, services, moud, continuingCareStart, continuingCareEnd,
                attendance, relapses);
    }

    @Override
    public String toString() {
        return "AftercarePlan[" + placement.level() + " " + placement.setting() + ", services=" + services.size()
                + ", continuingCare=" + continuingCareStart + ".." + continuingCareEnd + "]";
    }

    /**
     * Builds an {@link AftercarePlan}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private PatientContext patient;
        private CarePlacement placement;
        private AsamLevel steppingDownFrom;
        private final List<PlannedService> services = new ArrayList<>();
        private MoudStatus moud = MoudStatus.unknown();
        private LocalDate continuingCareStart;
        private LocalDate continuingCareEnd;
        private final List<AttendanceRecord> attendance = new ArrayList<>();
        private final List<Relapse> relapses = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the patient's context.
         *
         * @param value the context, not null
         * @return this builder
         */
        public Builder patient(PatientContext value) {
            this.patient = Objects.requireNonNull(value, "patient");
            return this;
        }

        /**
         * Sets the placement.
         *
         * @param value the placement, not null
         * @return this builder
         */
        public Builder placement(CarePlacement value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * Sets the level being stepped down from.
         *
         * @param value the level, not null
         * @return this builder
         */
        public Builder steppingDownFrom(AsamLevel value) {
            this.steppingDownFrom = Objects.requireNonNull(value, "steppingDownFrom");
            return this;
        }

        /**
         * Adds a planned service.
         *
         * @param value the service, not null
         * @return this builder
         */
        public Builder service(PlannedService value) {
            services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /**
         * Replaces the planned services.
         *
         * @param values the services, not null
         * @return this builder
         */
        public Builder services(List<PlannedService> values) {
            services.clear();
            values.forEach(this::service);
            return this;
        }

        /**
         * Sets the MOUD status (default: unknown).
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder moud(MoudStatus value) {
            this.moud = Objects.requireNonNull(value, "moud");
            return this;
        }

        /**
         * Sets the continuing-care period.
         *
         * @param start  the first date, not null
         * @param end  the last date, inclusive, not null
         * @return this builder
         */
        public Builder continuingCare(LocalDate start, LocalDate end) {
            this.continuingCareStart = Objects.requireNonNull(start, "continuingCare.start");
            this.continuingCareEnd = Objects.requireNonNull(end, "continuingCare.end");
            return this;
        }

        /**
         * Adds an attendance record.
         *
         * @param value the record, not null
         * @return this builder
         */
        public Builder attendance(AttendanceRecord value) {
            attendance.add(Objects.requireNonNull(value, "attendance"));
            return this;
        }

        /**
         * Adds a relapse.
         *
         * @param value the relapse, not null
         * @return this builder
         */
        public Builder relapse(Relapse value) {
            relapses.add(Objects.requireNonNull(value, "relapse"));
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         * @throws NullPointerException if patient, placement or continuing care is missing
         * @throws InvalidValueException if an invariant is broken
         */
        public AftercarePlan build() {
            return new AftercarePlan(this);
        }
    }
}
