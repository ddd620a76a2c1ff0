package org.aftercare.care;

import org.aftercare.RuleContext;

/** One check of an aftercare plan; reports its findings into the rule context. */
interface PlanRule {

    /**
     * Checks the plan and reports findings.
     *
     * @param plan  the plan, not null
     * @param ctx  the rule context, not null
     */
    void check(AftercarePlan plan, RuleContext ctx);
}
