package org.aftercare.incentive;

import java.util.List;
import java.util.Objects;
import org.aftercare.AppliedThreshold;

/**
 * What {@link IncentiveReview#evaluate} hands back for the report besides its findings, such as the
 * ledger of a 12-week voucher programme and the funding thresholds it applied.
 *
 * @param ledger  the ledger computed for the review, not null
 * @param maximum  the schedule's design-time maximum, not null
 * @param fundingThresholds  the thresholds read from the programme's funding policy, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record IncentiveReport(IncentiveLedger ledger, ScheduleMaximum maximum, List<AppliedThreshold> fundingThresholds) {

    /** Validates the fields. */
    public IncentiveReport {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(maximum, "maximum");
        fundingThresholds = List.copyOf(Objects.requireNonNull(fundingThresholds, "fundingThresholds"));
    }
}
