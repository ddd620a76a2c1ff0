package org.aftercare.incentive;

import java.util.List;
import org.aftercare.screening.Analyte;

/**
 * How one event counts against a programme's target, such as "FAILURE: positive for cocaine" or
 * "SUCCESS: negative for cocaine; methadone, eddp positive are markers of prescribed MOUD, excluded".
 * {@link EventJudge} judges events into verdicts.
 *
 * @param outcome  the outcome
 * @param reason  why, naming the values
 * @param bonusMet  true if the bonus target was met too
 * @param excludedMarkers  prescribed-MOUD markers that were positive and ignored
 * @param notReported  target analytes with no valid result
 */
record Verdict(EntryOutcome outcome, String reason, boolean bonusMet, List<Analyte> excludedMarkers,
        List<Analyte> notReported) {

    static Verdict of(EntryOutcome outcome, String reason) {
        return new Verdict(outcome, reason, false, List.of(), List.of());
    }
}
