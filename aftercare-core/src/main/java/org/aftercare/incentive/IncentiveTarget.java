package org.aftercare.incentive;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.screening.Analyte;

/**
 * The behaviour a programme reinforces, such as abstinence from cocaine, attendance, or taking
 * medication doses (the three targets SAMHSA's January 2025 CM guidance allows).
 *
 * @since 0.1.0
 */
public sealed interface IncentiveTarget {

    /**
     * Obtains the attendance target.
     *
     * @return the target, not null
     */
    static IncentiveTarget attendance() {
        return Attendance.INSTANCE;
    }

    /**
     * Obtains the medication-adherence target.
     *
     * @return the target, not null
     */
    static IncentiveTarget medicationAdherence() {
        return MedicationAdherence.INSTANCE;
    }

    /**
     * Abstinence from a set of analytes, such as {@code [cocaine, amphetamine, methamphetamine]}.
     * A sample succeeds when every target analyte is negative; the markers of a prescribed
     * medication for OUD are removed from the set before it is read.
     *
     * @param analytes  the target analytes, not empty
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    record Abstinence(Set<Analyte> analytes) implements IncentiveTarget {

        /** Validates the set. */
        public Abstinence {
            Objects.requireNonNull(analytes, "target.analytes");
            if (analytes.isEmpty()) {
                throw new InvalidValueException("target.analytes", "not be empty", analytes);
            }
            analytes = Sets.immutableEnumSet(analytes);
        }

        /**
         * Obtains an abstinence target.
         *
         * @param first  an analyte, not null
         * @param more  further analytes
         * @return the target, not null
         */
        public static Abstinence from(Analyte first, Analyte... more) {
            return new Abstinence(EnumSet.of(first, more));
        }
    }

    /**
     * Attending scheduled visits or sessions.
     *
     * @since 0.1.0
     */
    enum Attendance implements IncentiveTarget {
        /** The only instance. */
        INSTANCE
    }

    /**
     * Taking scheduled medication doses.
     *
     * @since 0.1.0
     */
    enum MedicationAdherence implements IncentiveTarget {
        /** The only instance. */
        INSTANCE
    }
}
