package org.aftercare.medication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftercare.Answer;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;
import org.aftercare.screening.DrugTest;

/**
 * Everything about one patient's medication history that the medication rules read, such as a methadone
 * regimen started on 2026-03-02 with its doses, the last heroin use and two drug tests.
 *
 * <p>Invariants: every list is immutable and keeps the order it was built in (finding paths index into
 * it, such as {@code medication.doses[3].amount}); every dose event and take-home request is for a
 * medication that has a regimen in the record. There are no patient identifiers, and {@code toString}
 * prints only counts.
 *
 * <pre>{@code
 * MedicationRecord record = MedicationRecord.builder()
 *         .regimen(Regimen.of(Formulation.BUPRENORPHINE_SUBLINGUAL, RegimenPhase.INDUCTION, day1))
 *         .opioidExposure(OpioidExposure.lastUsed(OpioidKind.SHORT_ACTING, lastHeroin))
 *         .cows(CowsAssessment.of(assessedAt, 1, 1, 3, 1, 1, 1, 0, 1, 0, 0, 0))
 *         .dose(DoseEvent.administered(Formulation.BUPRENORPHINE_SUBLINGUAL, Dose.ofMilligrams("4"), firstDose))
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MedicationRecord {
    private final List<Regimen> regimens;
    private final List<DoseEvent> doses;
    private final List<OpioidExposure> opioidExposures;
    private final List<CowsAssessment> cowsAssessments;
    private final List<DrugTest> drugTests;
    private final List<NaloxoneChallenge> naloxoneChallenges;
    private final List<ToleranceLossEvent> toleranceLossEvents;
    private final List<TakeHomeRequest> takeHomeRequests;
    private final List<TakeHomeCriteriaAssessment> takeHomeCriteriaAssessments;
    private final List<EcgResult> ecgResults;
    private final List<AdjunctOrder> adjunctOrders;
    private final Answer firstDayDoseJustification;

    private MedicationRecord(Builder b) {
        this.regimens = List.copyOf(b.regimens);
        this.doses = List.copyOf(b.doses);
        this.opioidExposures = List.copyOf(b.opioidExposures);
        this.cowsAssessments = List.copyOf(b.cowsAssessments);
        this.drugTests = List.copyOf(b.drugTests);
        this.naloxoneChallenges = List.copyOf(b.naloxoneChallenges);
        this.toleranceLossEvents = List.copyOf(b.toleranceLossEvents);
        this.takeHomeRequests = List.copyOf(b.takeHomeRequests);
        this.takeHomeCriteriaAssessments = List.copyOf(b.takeHomeCriteriaAssessments);
        this.ecgResults = List.copyOf(b.ecgResults);
        this.adjunctOrders = List.copyOf(b.adjunctOrders);
        this.firstDayDoseJustification = b.firstDayDoseJustification;
        Set<OudMedication> withRegimen = EnumSet.noneOf(OudMedication.class);
        regimens.forEach(r -> withRegimen.add(r.medication()));
        for (int i = 0; i < doses.size(); i++) {
            if (!withRegimen.contains(doses.get(i).medication())) {
                throw new InvalidValueException("medication.doses[" + i + "].formulation",
                        "belong to a medication with a regimen in the record", doses.get(i).formulation());
            }
        }
        for (int i = 0; i < takeHomeRequests.size(); i++) {
            if (!withRegimen.contains(takeHomeRequests.get(i).medication())) {
                throw new InvalidValueException("medication.takeHomeRequests[" + i + "].medication",
                        "belong to a medication with a regimen in the record", takeHomeRequests.get(i).medication());
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
     * Returns a builder holding this record's values.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.regimens.addAll(regimens);
        b.doses.addAll(doses);
        b.opioidExposures.addAll(opioidExposures);
        b.cowsAssessments.addAll(cowsAssessments);
        b.drugTests.addAll(drugTests);
        b.naloxoneChallenges.addAll(naloxoneChallenges);
        b.toleranceLossEvents.addAll(toleranceLossEvents);
        b.takeHomeRequests.addAll(takeHomeRequests);
        b.takeHomeCriteriaAssessments.addAll(takeHomeCriteriaAssessments);
        b.ecgResults.addAll(ecgResults);
        b.adjunctOrders.addAll(adjunctOrders);
        b.firstDayDoseJustification = firstDayDoseJustification;
        return b;
    }

    /**
     * Returns the regimens.
     *
     * @return the regimens, not null
     */
    public List<Regimen> regimens() {
        return regimens;
    }

    /**
     * Returns the dose events.
     *
     * @return the dose events, not null
     */
    public List<DoseEvent> doses() {
        return doses;
    }

    /**
     * Returns the opioid exposures, last use by kind.
     *
     * @return the exposures, not null
     */
    public List<OpioidExposure> opioidExposures() {
        return opioidExposures;
    }

    /**
     * Returns the COWS assessments.
     *
     * @return the assessments, not null
     */
    public List<CowsAssessment> cowsAssessments() {
        return cowsAssessments;
    }

    /**
     * Returns the drug tests.
     *
     * @return the tests, not null
     */
    public List<DrugTest> drugTests() {
        return drugTests;
    }

    /**
     * Returns the naloxone challenges.
     *
     * @return the challenges, not null
     */
    public List<NaloxoneChallenge> naloxoneChallenges() {
        return naloxoneChallenges;
    }

    /**
     * Returns the tolerance-loss events.
     *
     * @return the events, not null
     */
    public List<ToleranceLossEvent> toleranceLossEvents() {
        return toleranceLossEvents;
    }

    /**
     * Returns the take-home requests.
     *
     * @return the requests, not null
     */
    public List<TakeHomeRequest> takeHomeRequests() {
        return takeHomeRequests;
    }

    /**
     * Returns the take-home criteria assessments.
     *
     * @return the assessments, not null
     */
    public List<TakeHomeCriteriaAssessment> takeHomeCriteriaAssessments() {
        return takeHomeCriteriaAssessments;
    }

    /**
     * Returns the adjunct orders.
     *
     * @return the orders, not null
     */
    public List<AdjunctOrder> adjunctOrders() {
        return adjunctOrders;
    }

    /**
     * Returns the ECG results.
     *
     * @return the results, not null
     */
    public List<EcgResult> ecgResults() {
        return ecgResults;
    }

    /**
     * Returns whether the practitioner documented that a first-day methadone total above the cap was
     * clinically indicated.
     *
     * @return the answer, {@link Answer#UNKNOWN} when not documented, not null
     */
    public Answer firstDayDoseJustification() {
        return firstDayDoseJustification;
    }

    /**
     * Returns the regimens of a medication active on a date.
     *
     * @param medication  the medication, not null
     * @param date  the date, not null
     * @return the active regimens, not null
     */
    public List<Regimen> activeRegimens(OudMedication medication, LocalDate date) {
        return regimens.stream().filter(r -> r.medication() == medication && r.isActiveOn(date)).toList();
    }

    /**
     * Returns the index of the first administered dose of a regimen's medication on a day the regimen is active,
     * such as the first methadone dose of a new admission.
     *
     * @param regimen  the regimen, not null
     * @param zone  the clinic's zone, which sets dose dates, not null
     * @return the index into {@link #doses()}, or empty when none was given
     */
    public Optional<Integer> firstAdministered(Regimen regimen, ZoneId zone) {
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(zone, "zone");
        Integer first = null;
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            if (d.kind() == DoseEventKind.ADMINISTERED && d.medication() == regimen.medication()
                    && regimen.isActiveOn(d.date(zone)) && (first == null || d.at().isBefore(doses.get(first).at()))) {
                first = i;
            }
        }
        return Optional.ofNullable(first);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MedicationRecord r && regimens.equals(r.regimens) && doses.equals(r.doses)
                && opioidExposures.equals(r.opioidExposures) && cowsAssessments.equals(r.cowsAssessments)
                && drugTests.equals(r.drugTests) && naloxoneChallenges.equals(r.naloxoneChallenges)
                && toleranceLossEvents.equals(r.toleranceLossEvents) && takeHomeRequests.equals(r.takeHomeRequests)
                && takeHomeCriteriaAssessments.equals(r.takeHomeCriteriaAssessments) && ecgResults.equals(r.ecgResults)
                && adjunctOrders.equals(r.adjunctOrders)
                && firstDayDoseJustification == r.firstDayDoseJustification;
    }

    @Override
    public int hashCode() {
        return Objects.hash(regimens, doses, opioidExposures, cowsAssessments, drugTests, naloxoneChallenges,
                toleranceLossEvents, takeHomeRequests, takeHomeCriteriaAssessments, ecgResults, adjunctOrders, firstDayDoseJustification);
    }

    /** Returns counts only, never clinical detail, so the record is safe in logs. */
    @Override
    public String toString() {
        return "MedicationRecord[regimens=" + regimens.size() + ", doses=" + doses.size() + ", exposures="
                + opioidExposures.size() + ", cows=" + cowsAssessments.size() + ", drugTests=" + drugTests.size()
                + ", takeHomeRequests=" + takeHomeRequests.size() + "]";
    }

    /**
     * Builds a {@link MedicationRecord}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Regimen> regimens = new ArrayList<>();
        private final List<DoseEvent> doses = new ArrayList<>();
        private final List<OpioidExposure> opioidExposures = new ArrayList<>();
        private final List<CowsAssessment> cowsAssessments = new ArrayList<>();
        private final List<DrugTest> drugTests = new ArrayList<>();
        private final List<NaloxoneChallenge> naloxoneChallenges = new ArrayList<>();
        private final List<ToleranceLossEvent> toleranceLossEvents = new ArrayList<>();
        private final List<TakeHomeRequest> takeHomeRequests = new ArrayList<>();
        private final List<TakeHomeCriteriaAssessment> takeHomeCriteriaAssessments = new ArrayList<>();
        private final List<EcgResult> ecgResults = new ArrayList<>();
        private final List<AdjunctOrder> adjunctOrders = new ArrayList<>();
        private Answer firstDayDoseJustification = Answer.UNKNOWN;

        private Builder() {
        }

        /**
         * Adds a regimen.
         *
         * @param regimen the regimen, not null
         * @return this builder
         */
        public Builder regimen(Regimen regimen) {
            regimens.add(Objects.requireNonNull(regimen, "regimen"));
            return this;
        }

        /**
         * Adds a dose event.
         *
         * @param dose the event, not null
         * @return this builder
         */
        public Builder dose(DoseEvent dose) {
            doses.add(Objects.requireNonNull(dose, "dose"));
            return this;
        }

        /**
         * Adds an opioid exposure.
         *
         * @param exposure the exposure, not null
         * @return this builder
         */
        public Builder opioidExposure(OpioidExposure exposure) {
            opioidExposures.add(Objects.requireNonNull(exposure, "exposure"));
            return this;
        }

        /**
         * Adds a COWS assessment.
         *
         * @param assessment the assessment, not null
         * @return this builder
         */
        public Builder cows(CowsAssessment assessment) {
            cowsAssessments.add(Objects.requireNonNull(assessment, "assessment"));
            return this;
        }

        /**
         * Adds a drug test.
         *
         * @param test the test, not null
         * @return this builder
         */
        public Builder drugTest(DrugTest test) {
            drugTests.add(Objects.requireNonNull(test, "test"));
            return this;
        }

        /**
         * Adds a naloxone challenge.
         *
         * @param challenge the challenge, not null
         * @return this builder
         */
        public Builder naloxoneChallenge(NaloxoneChallenge challenge) {
            naloxoneChallenges.add(Objects.requireNonNull(challenge, "challenge"));
            return this;
        }

        /**
         * Adds a tolerance-loss event.
         *
         * @param event the event, not null
         * @return this builder
         */
        public Builder toleranceLoss(ToleranceLossEvent event) {
            toleranceLossEvents.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds a take-home request.
         *
         * @param request the request, not null
         * @return this builder
         */
        public Builder takeHomeRequest(TakeHomeRequest request) {
            takeHomeRequests.add(Objects.requireNonNull(request, "request"));
            return this;
        }

        /**
         * Adds a take-home criteria assessment.
         *
         * @param assessment the assessment, not null
         * @return this builder
         */
        public Builder takeHomeCriteriaAssessment(TakeHomeCriteriaAssessment assessment) {
            takeHomeCriteriaAssessments.add(Objects.requireNonNull(assessment, "assessment"));
            return this;
        }

        /**
         * Adds an adjunct order.
         *
         * @param order the order, not null
         * @return this builder
         */
        public Builder adjunct(AdjunctOrder order) {
            adjunctOrders.add(Objects.requireNonNull(order, "order"));
            return this;
        }

        /**
         * Adds an ECG result.
         *
         * @param ecg the result, not null
         * @return this builder
         */
        public Builder ecg(EcgResult ecg) {
            ecgResults.add(Objects.requireNonNull(ecg, "ecg"));
            return this;
        }

        /**
         * Sets whether a first-day methadone total above the cap was documented as clinically indicated.
         *
         * @param answer  the answer, not null
         * @return this builder
         */
        public Builder firstDayDoseJustification(Answer answer) {
            this.firstDayDoseJustification = Objects.requireNonNull(answer, "firstDayDoseJustification");
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record, not null
         * @throws InvalidValueException if a dose or request is for a medication without a regimen
         */
        public MedicationRecord build() {
            return new MedicationRecord(this);
        }
    }
}
