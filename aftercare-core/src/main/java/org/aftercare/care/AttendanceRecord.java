package org.aftercare.care;

import java.time.LocalDate;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * What happened at one session of a planned service, such as {@code service 0 on 2026-03-04: MISSED}.
 *
 * @param service  the index of the service in the plan's list, 0 or more
 * @param date  the date of the session, not null
 * @param status  what happened, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AttendanceRecord(int service, LocalDate date, AttendanceStatus status) {

    /** Validates the fields. */
    public AttendanceRecord {
        Checks.nonNegative(service, "attendance.service");
        Objects.requireNonNull(date, "attendance.date");
        Objects.requireNonNull(status, "attendance.status");
    }

    /**
     * Obtains a record.
     *
     * @param service  the service index
     * @param date  the date, not null
     * @param status  the status, not null
     * @return the record, not null
     */
    public static AttendanceRecord of(int service, LocalDate date, AttendanceStatus status) {
        return new AttendanceRecord(service, date, status);
    }
}
