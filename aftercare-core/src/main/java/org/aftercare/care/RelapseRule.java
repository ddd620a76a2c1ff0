package org.aftercare.care;

import java.util.List;
import org.aftercare.RuleContext;

/**
 * A recorded relapse during continuing care yields re-engagement and, when opioids may be
 * involved, overdose-risk prompts. Never a failure finding.
 */
final class RelapseRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        List<Relapse> relapses = plan.relapses();
        for (int i = 0; i < relapses.size(); i++) {
            Relapse r = relapses.get(i);
            if (r.date().isBefore(plan.continuingCareStart()) || r.date().isAfter(ctx.today())) {
                continue;
            }
            String path = "plan.relapses[" + i + "]";
            ctx.report(CareRules.RELAPSE_RE_ENGAGEMENT.finding(path,
                    () -> "Relapse (" + r.substance() + ") recorded on " + r.date()
                            + ": re-engage, review the level of care and supports; relapse is not treatment failure",
                    CareRules.RELAPSE_RE_ENGAGEMENT.sources()));
            if (r.substance().mayInvolveOpioids()) {
                ctx.report(CareRules.RELAPSE_OVERDOSE_RISK.finding(path,
                        () -> "Relapse (" + r.substance() + ") on " + r.date()
                                + " after a period of reduced use: tolerance may be lost; offer naloxone and overdose "
                                + "education, and medication for OUD",
                        CareRules.RELAPSE_OVERDOSE_RISK.sources()));
            }
        }
    }
}
