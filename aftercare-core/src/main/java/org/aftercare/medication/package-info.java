/**
 * Medication treatment for opioid use disorder as validated values and rules, such as a buprenorphine induction
 * checked against the wait after heroin and the COWS start threshold, or a methadone take-home request checked
 * against every take-home ladder in force.
 *
 * <h2>Values</h2>
 * {@link org.aftercare.medication.MedicationRecord} holds one patient's medication history without identifiers:
 * {@link org.aftercare.medication.Regimen}s with their {@link org.aftercare.medication.RegimenPhase},
 * {@link org.aftercare.medication.DoseEvent}s with exact {@link org.aftercare.medication.Dose}s,
 * {@link org.aftercare.medication.OpioidExposure}s (last use by {@link org.aftercare.medication.OpioidKind}),
 * {@link org.aftercare.medication.CowsAssessment}s (each item restricted to its allowed anchors), drug tests,
 * naloxone challenges, tolerance-loss events, ECGs, adjunct orders, take-home requests and criteria assessments.
 *
 * <h2>Rule families</h2>
 * Buprenorphine starts (waits by opioid kind, COWS, switch from methadone, low-dose schedules, label statement on
 * daily totals), Sublocade and Brixadi injections, methadone (first-day caps by rule date, titration, missed-dose
 * restarts, ECG and QTc), take-homes (ladders of every layer, strictest wins; criteria; suspension after missed
 * doses), naltrexone (opioid-free window, drug test, naloxone challenge, no agonist overlap, XR interval), adjuncts,
 * overdose-risk naloxone prompts and drug tests on MOUD. The catalog is {@link org.aftercare.medication.MedicationRules#all()}.
 *
 * <h2>Rules and policies</h2>
 * {@link org.aftercare.medication.MedicationReview#evaluate} runs every rule of
 * {@link org.aftercare.medication.MedicationRules}; each reads its numbers through
 * {@link org.aftercare.medication.MedicationPolicyKeys} from the layers of
 * {@link org.aftercare.medication.MedicationPolicies}, as of the date of the event it judges (the 2001 and 2024
 * texts of 42 CFR 8.12 switch on 2024-04-02). Take-home ladders of all layers combine, strictest wins.
 * {@link org.aftercare.medication.MedicationForecasts#forecast} computes earliest induction instants, the next
 * take-home step and the next injection due date from the same calculations.
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException} naming the
 * parameter; an invalid value throws {@link org.aftercare.InvalidValueException} naming the field and value.
 * Clinical-rule outcomes are findings, never exceptions. Value types are immutable and thread-safe. Nothing reads
 * the system clock; amounts are {@link java.math.BigDecimal}s; messages are locale-independent.
 *
 * @since 0.1.0
 */
package org.aftercare.medication;
