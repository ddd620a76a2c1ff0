package org.aftercare.incentive;

/**
 * The escalation state of a schedule between two events, such as "next success earns step 4, 4
 * successes in a row, step 6 to be restored after the recovery run". Shared by the ledger and by
 * the design-time maximum so the two can never disagree.
 *
 * @param nextStep  the step the next success in a new unit earns
 * @param consecutive  successes since the last failure
 * @param lastSuccessWeek  the programme week of the last success since the last failure, 0 if none
 * @param lastAwardStep  the step the last success earned
 * @param pendingRestoreStep  the step a recovery will restore, 0 if none is pending
 */
record Escalation(int nextStep, int consecutive, int lastSuccessWeek, int lastAwardStep, int pendingRestoreStep) {

    static final Escalation START = new Escalation(0, 0, 0, 0, 0);

    /** The outcome of one success: the step it earns, whether it completed a recovery, the new state. */
    record Success(int awardStep, int consecutive, boolean recovered, Escalation next) {
    }

    /** The outcome of one failure: whether the value dropped, the new state. */
    record Failure(boolean reset, Escalation next) {
    }

    Success onSuccess(int week, IncentiveSchedule schedule) {
        int award;
        int step = nextStep;
        int successWeek = lastSuccessWeek;
        boolean sameWeek = schedule.escalatesPer() == EscalationUnit.WEEK && consecutive > 0 && lastSuccessWeek == week;
        if (sameWeek) {
            award = lastAwardStep;
        } else {
            award = step;
            step++;
            successWeek = week;
        }
        int run = consecutive + 1;
        int pending = pendingRestoreStep;
        boolean recovered = false;
        if (pending > 0 && schedule.recovery().isPresent() && run == schedule.recovery().get().consecutiveSuccesses()) {
            recovered = pending > step;
            step = Math.max(step, pending);
            pending = 0;
        }
        return new Success(award, run, recovered, new Escalation(step, run, successWeek, award, pending));
    }

    Failure onFailure(IncentiveSchedule schedule) {
        boolean reset = nextStep > 0;
        int pending = schedule.recovery().isPresent() ? Math.max(pendingRestoreStep, nextStep) : 0;
        return new Failure(reset, new Escalation(0, 0, 0, 0, pending));
    }
}
