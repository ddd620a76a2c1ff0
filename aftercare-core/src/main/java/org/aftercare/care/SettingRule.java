package org.aftercare.care;

import org.aftercare.RuleContext;

/** A level that needs 24-hour structure planned in a setting without it. */
final class SettingRule implements PlanRule {
    @Override
    public void check(AftercarePlan plan, RuleContext ctx) {
        CarePlacement p = plan.placement();
        if (p.level().needsTwentyFourHourStructure() && !p.setting().providesTwentyFourHourStructure()) {
            ctx.report(CareRules.SETTING_REQUIRES_24_HOUR.finding("plan.placement.setting",
                    () -> p.level().label() + " needs a 24-hour setting (" + p.level().setting() + "); planned setting is "
                            + p.setting(),
                    CareRules.SETTING_REQUIRES_24_HOUR.sources()));
        }
    }
}
