/**
 * The entry point that composes every domain, such as {@link org.aftercare.evaluation.Aftercare#evaluate}:
 * requests, reports, the standard policies and the rule catalog.
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException};
 * an invalid value throws {@link org.aftercare.InvalidValueException}. Every type is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
package org.aftercare.evaluation;
