/**
 * The kernel every aftercare domain shares: findings, citations, effective-dated policies and the
 * context an evaluation runs in.
 *
 * <h2>Findings</h2>
 * Every rule outcome is a {@link org.aftercare.Finding} with a stable code, a
 * {@link org.aftercare.Severity}, a message naming the values involved, the path of the field and
 * at least one {@link org.aftercare.Citation}. Missing data never passes silently: a rule that
 * lacks what it needs reports what is missing.
 *
 * <h2>Policies</h2>
 * Every clinical number lives in a {@link org.aftercare.Policy}: a stack of
 * {@link org.aftercare.PolicyLayer}s whose {@link org.aftercare.Threshold}s carry a citation and an
 * {@link org.aftercare.EffectivePeriod}. Rules read thresholds through a
 * {@link org.aftercare.RuleContext} as of the evaluation date; a clinic overrides one threshold by
 * adding a layer, and findings then cite the override.
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException}
 * naming the parameter; an invalid value throws {@link org.aftercare.InvalidValueException} naming
 * the field and value. Value types are immutable and thread-safe. Nothing reads the system clock.
 *
 * @since 0.1.0
 */
package org.aftercare;
