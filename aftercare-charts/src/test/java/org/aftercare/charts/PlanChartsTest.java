package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.aftercare.care.AftercarePlan;
import org.aftercare.care.SessionSchedule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PlanChartsTest {

    @Test
    void planLanesAreTheLevelEachServiceMedicationAndContinuingCare() {
        AftercarePlan plan = ChartsFixture.plan();
        TimelineChart chart = PlanCharts.planTimeline(plan);
        assertThat(chart.lanes()).extracting(Lane::label).containsExactly(
                "Level of care: " + plan.placement().level().label(), "Group therapy", "Recovery housing / sober living",
                "Vocational rehabilitation", "Mutual-help meetings (AA/NA) (telehealth)", "Medication for OUD",
                "Continuing care");
        Lane level = chart.lanes().get(0);
        assertThat(level.spans()).extracting(s -> s.start() + ".." + s.end() + " " + s.label())
                .containsExactly("0..84 outpatient, 2026-03-02 to 2026-05-24");
        assertThat(level.marks()).extracting(Mark::label).containsExactly("stepped down from ASAM 3.5");
        Lane groups = chart.lanes().get(1);
        assertThat(groups.ticks()).hasSize(((SessionSchedule) plan.services().get(0).schedule()).sessionCount());
        assertThat(groups.ticks().get(0)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(groups.ticks().get(1)).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(groups.spans().get(0).label()).isEqualTo("Mon, Wed weekly, 2 h 40 min, 24 sessions");
        assertThat(chart.lanes().get(3).marks()).extracting(m -> m.at() + " " + m.label())
                .containsExactly("7 referral 2026-03-09");
        assertThat(chart.lanes().get(5).marks()).extracting(Mark::label)
                .containsExactly("receiving: buprenorphine (the plan holds no dates)");
        assertThat(chart.lanes().get(6).spans()).extracting(s -> s.end() + " " + s.label())
                .containsExactly("365 2026-03-02 to 2027-03-01 (12 months)");
        assertThat(chart.x().ticks()).extracting(Tick::label).containsExactly("2026-04", "2026-06", "2026-08", "2026-10",
                "2026-12", "2027-02");
        Document doc = SvgDocuments.parse(chart.toSvg());
        assertThat(SvgDocuments.text(doc, "title")).isEqualTo("Aftercare plan: levels of care and modalities over time");
        assertThat(doc.getElementsByTagNameNS("*", "line").getLength()).isGreaterThan(24 + 26);
    }
}
