package org.aftercare;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.aftercare.internal.Checks;

/**
 * What the rules need to know about a patient, without identifiers, such as
 * {@code 34 years, OUD yes, co-occurring disorder yes, needs HOUSING}.
 *
 * <p>There is no name, date of birth or record number here, and none is needed: age in whole
 * years is enough. Undocumented facts are {@link Answer#UNKNOWN}, and rules report them as missing.
 *
 * <pre>{@code
 * PatientContext patient = PatientContext.builder()
 *         .ageYears(34)
 *         .opioidUseDisorder(Answer.YES)
 *         .coOccurringMentalHealthDisorder(Answer.YES)
 *         .needs(SupportNeed.HOUSING)
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class PatientContext {
    /** The largest age accepted, in years. */
    public static final int MAX_AGE_YEARS = 130;

    private final Integer ageYears;
    private final Answer opioidUseDisorder;
    private final Answer stimulantUseDisorder;
    private final Answer coOccurringMentalHealthDisorder;
    private final Answer pregnant;
    private final Set<SupportNeed> needs;

    private PatientContext(Builder b) {
        this.ageYears = b.ageYears;
        this.opioidUseDisorder = b.opioidUseDisorder;
        this.stimulantUseDisorder = b.stimulantUseDisorder;
        this.coOccurringMentalHealthDisorder = b.coOccurringMentalHealthDisorder;
        this.pregnant = b.pregnant;
        this.needs = Sets.immutableEnumSet(b.needs);
    }

    /**
     * Obtains a builder with every fact unknown and no needs.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the age in whole years, if documented.
     *
     * @return the age
     */
    public OptionalInt ageYears() {
        return ageYears == null ? OptionalInt.empty() : OptionalInt.of(ageYears);
    }

    /**
     * Returns whether opioid use disorder is diagnosed.
     *
     * @return the answer, not null
     */
    public Answer opioidUseDisorder() {
        return opioidUseDisorder;
    }

    /**
     * Returns whether stimulant use disorder is diagnosed.
     *
     * @return the answer, not null
     */
    public Answer stimulantUseDisorder() {
        return stimulantUseDisorder;
    }

    /**
     * Returns whether a co-occurring mental-health disorder is diagnosed.
     *
     * @return the answer, not null
     */
    public Answer coOccurringMentalHealthDisorder() {
        return coOccurringMentalHealthDisorder;
    }

    /**
     * Returns whether the patient is pregnant.
     *
     * @return the answer, not null
     */
    public Answer pregnant() {
        return pregnant;
    }

    /**
     * Returns the documented support needs.
     *
     * @return the needs, not null
     */
    public Set<SupportNeed> needs() {
        return needs;
    }

    /**
     * Returns a builder initialised with this context's values.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ageYears = ageYears;
        b.opioidUseDisorder = opioidUseDisorder;
        b.stimulantUseDisorder = stimulantUseDisorder;
        b.coOccurringMentalHealthDisorder = coOccurringMentalHealthDisorder;
        b.pregnant = pregnant;
        b.needs.addAll(needs);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatientContext p && Objects.equals(ageYears, p.ageYears)
                && opioidUseDisorder == p.opioidUseDisorder && stimulantUseDisorder == p.stimulantUseDisorder
                && coOccurringMentalHealthDisorder == p.coOccurringMentalHealthDisorder
                && pregnant == p.pregnant && needs.equals(p.needs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ageYears, opioidUseDisorder, stimulantUseDisorder, coOccurringMentalHealthDisorder,
                pregnant, needs);
    }

    @Override
    public String toString() {
        return "PatientContext[age=" + (ageYears == null ? "unknown" : ageYears) + ", oud=" + opioidUseDisorder
                + ", stimulantUseDisorder=" + stimulantUseDisorder + ", coOccurring=" + coOccurringMentalHealthDisorder
                + ", pregnant=" + pregnant + ", needs=" + needs + "]";
    }

    /**
     * Builds a {@link PatientContext}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Integer ageYears;
        private Answer opioidUseDisorder = Answer.UNKNOWN;
        private Answer stimulantUseDisorder = Answer.UNKNOWN;
        private Answer coOccurringMentalHealthDisorder = Answer.UNKNOWN;
        private Answer pregnant = Answer.UNKNOWN;
        private final Set<SupportNeed> needs = EnumSet.noneOf(SupportNeed.class);

        private Builder() {
        }

        /**
         * Sets the age in whole years.
         *
         * @param years  the age, 0 to {@value PatientContext#MAX_AGE_YEARS}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder ageYears(int years) {
            this.ageYears = Checks.inRange(years, 0, MAX_AGE_YEARS, "patient.ageYears");
            return this;
        }

        /**
         * Sets the OUD diagnosis.
         *
         * @param answer the answer, not null
         * @return this builder
         */
        public Builder opioidUseDisorder(Answer answer) {
            this.opioidUseDisorder = Objects.requireNonNull(answer, "opioidUseDisorder");
            return this;
        }

        /**
         * Sets the stimulant-use-disorder diagnosis.
         *
         * @param answer the answer, not null
         * @return this builder
         */
        public Builder stimulantUseDisorder(Answer answer) {
            this.stimulantUseDisorder = Objects.requireNonNull(answer, "stimulantUseDisorder");
            return this;
        }

        /**
         * Sets the co-occurring mental-health disorder.
         *
         * @param answer the answer, not null
         * @return this builder
         */
        public Builder coOccurringMentalHealthDisorder(Answer answer) {
            this.coOccurringMentalHealthDisorder = Objects.requireNonNull(answer, "coOccurringMentalHealthDisorder");
            return this;
        }

        /**
         * Sets pregnancy.
         *
         * @param answer the answer, not null
         * @return this builder
         */
        public Builder pregnant(Answer answer) {
            this.pregnant = Objects.requireNonNull(answer, "pregnant");
            return this;
        }

        /**
         * Adds support needs.
         *
         * @param more the needs, not null
         * @return this builder
         */
        public Builder needs(SupportNeed... more) {
            for (SupportNeed n : more) {
                needs.add(Objects.requireNonNull(n, "needs"));
            }
            return this;
        }

        /**
         * Replaces the support needs.
         *
         * @param all the needs, not null
         * @return this builder
         */
        public Builder needs(Set<SupportNeed> all) {
            needs.clear();
            all.forEach(n -> needs.add(Objects.requireNonNull(n, "needs")));
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context, not null
         */
        public PatientContext build() {
            return new PatientContext(this);
        }
    }
}
