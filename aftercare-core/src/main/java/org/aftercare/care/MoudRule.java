package org.aftercare.care;

import org.aftercare.Answer;
import org.aftercare.RuleContext;

/** OUD diagnosed with no medication for OUD offered or documented as declined. */
final class MoudRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        Answer oud = plan.patient().opioidUseDisorder();
        if (oud == Answer.UNKNOWN) {
            ctx.report(CareRules.OUD_DIAGNOSIS_UNKNOWN.finding("plan.patient.opioidUseDisorder",
                    "OUD diagnosis not documented; whether medication for OUD should be offered could not be checked",
                    CareRules.OUD_DIAGNOSIS_UNKNOWN.sources()));
            return;
        }
        if (oud == Answer.NO) {
            return;
        }
        switch (plan.moud().engagement()) {
            case NOT_OFFERED:
                ctx.report(CareRules.MOUD_NOT_OFFERED.finding("plan.moud",
                        "OUD is diagnosed and medication for OUD (methadone, buprenorphine or naltrexone) is documented "
                                + "as not offered",
                        CareRules.MOUD_NOT_OFFERED.sources()));
                break;
            case UNKNOWN:
                ctx.report(CareRules.MOUD_NOT_DOCUMENTED.finding("plan.moud",
                        "OUD is diagnosed and the plan documents neither medication for OUD nor a declined offer",
                        CareRules.MOUD_NOT_DOCUMENTED.sources()));
                break;
            default:
                break;
        }
    }
}
