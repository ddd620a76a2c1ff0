/**
 * jqwik generators for the aftercare domain: {@link org.aftercare.jqwik.AftercareArbitraries} (one factory per
 * domain type), {@link org.aftercare.jqwik.Timelines} (weeks to years of tests, attendance and doses),
 * {@link org.aftercare.jqwik.NearValid} (inputs with exactly one field off) and
 * {@link org.aftercare.jqwik.AftercareDomain} (an opt-in domain context).
 *
 * <p>Package specification: every generator builds its values through the public factories and builders
 * of aftercare-core, so it only ever yields valid values; each factory's Javadoc states its defaults, its
 * edge cases and what it shrinks towards. Passing {@code null} to a method gives a {@link NullPointerException}.
 * Dates are anchored at {@link org.aftercare.jqwik.AftercareArbitraries#REFERENCE_DATE} so that failures
 * are reproducible from jqwik's seed alone.
 *
 * @since 0.1.0
 */
package org.aftercare.jqwik;
