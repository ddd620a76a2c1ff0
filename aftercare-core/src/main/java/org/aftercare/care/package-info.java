/**
 * Levels of care, modalities, session schedules, attendance and aftercare plans, such as a
 * step-down from ASAM 3.5 residential care to 2.1 intensive outpatient care.
 *
 * <h2>Overview</h2>
 * <ul>
 *   <li>{@link org.aftercare.care.AsamLevel}: ASAM 3rd and 4th edition level codes, names and settings
 *       (codes and numbers only, no criteria text); {@link org.aftercare.care.AsamCrosswalk} between editions.</li>
 *   <li>{@link org.aftercare.care.Modality}: the catalog of treatment and support modalities;
 *       {@link org.aftercare.care.PlannedService} combines one with a {@link org.aftercare.care.Delivery}
 *       and a {@link org.aftercare.care.ServiceSchedule}.</li>
 *   <li>{@link org.aftercare.care.AftercarePlan} and {@link org.aftercare.care.PlanValidation}.</li>
 *   <li>{@link org.aftercare.care.CarePolicyKeys}, {@link org.aftercare.care.CarePolicies} and
 *       {@link org.aftercare.care.CareRules}: the thresholds, their sources and the rule catalog.</li>
 * </ul>
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException};
 * an invalid value throws {@link org.aftercare.InvalidValueException} naming the field and value.
 * Dates are inclusive at both ends unless noted. Every type is immutable and thread-safe.
 *
 * @since 0.1.0
 */
package org.aftercare.care;
