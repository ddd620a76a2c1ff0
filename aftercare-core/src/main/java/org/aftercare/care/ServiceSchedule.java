package org.aftercare.care;

import java.time.LocalDate;

/**
 * When a planned service happens, such as {@code Mon, Wed, Fri 3 h from 2026-03-02 to 2026-05-24}.
 * One of {@link SessionSchedule} (sessions on days of the week), {@link ResidentialStay} (a place
 * to live from one date to another) or {@link Referral} (a referral with no schedule of its own).
 *
 * @since 0.1.0
 */
public sealed interface ServiceSchedule permits SessionSchedule, ResidentialStay, Referral {

    /**
     * Returns the first date of the service.
     *
     * @return the start date, not null
     */
    LocalDate start();
}
