/**
 * Drug tests and their analytes, shared by the medication and incentive domains, such as a urine
 * specimen positive for methadone and negative for EDDP.
 *
 * <h2>Package specification</h2>
 * Unless otherwise noted, passing null to a method throws {@link java.lang.NullPointerException};
 * an invalid value throws {@link org.aftercare.InvalidValueException} naming the field and value.
 * Every type is immutable and thread-safe.
 *
 * @since 0.1.0
 */
package org.aftercare.screening;
