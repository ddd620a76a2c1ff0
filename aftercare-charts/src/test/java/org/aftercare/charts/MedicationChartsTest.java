package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.EvaluationContext;
import org.aftercare.InvalidValueException;
import org.aftercare.Policy;
import org.aftercare.RuleContext;
import org.aftercare.evaluation.StandardPolicies;
import org.aftercare.medication.Formulation;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationForecasts;
import org.aftercare.medication.MedicationPolicies;
import org.aftercare.medication.MedicationPolicyKeys;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.medication.TakeHomeLadder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MedicationChartsTest {

    private static List<String> steps(Series s) {
        return s.points().stream().map(p -> p.x().toPlainString() + ":" + p.y().toPlainString() + " " + p.label()).toList();
    }

    @Test
    void ladderPointsAreThePolicyTiersOfEachVersion() {
        XyChart chart = ChartsFixture.ladders();
        for (int i = 0; i < 2; i++) {
            LocalDate asOf = i == 0 ? ChartsFixture.AS_OF_2023 : ChartsFixture.AS_OF_2025;
            TakeHomeLadder ladder = StandardPolicies.usDefault().resolve(MedicationPolicyKeys.TAKE_HOME_LADDER, asOf)
                    .orElseThrow().value();
            assertThat(chart.series().get(i).points()).extracting(p -> p.x().intValueExact() + "/" + p.y().intValueExact())
                    .containsExactlyElementsOf(ladder.tiers().stream().map(t -> t.fromTreatmentDay() + "/" + t.maxDays())
                            .toList());
        }
        assertThat(steps(chart.series().get(0)))
                .containsExactly("1:1 1/7d", "91:2 2/7d", "181:3 3/7d", "271:6 6", "366:14 14", "731:31 31");
        assertThat(steps(chart.series().get(1))).containsExactly("1:7 7", "15:14 14", "31:28 28");
    }

    @Test
    void virginiaOverlayIsTheStrictestOfBothLaddersAndNamesTheWinningLayer() {
        List<MedicationCharts.LadderStep> steps = MedicationCharts.strictestLadder(ChartsFixture.virginia(),
                ChartsFixture.AS_OF_2026);
        assertThat(steps).extracting(s -> s.fromTreatmentDay() + ":" + s.tier().maxDays() + " " + s.layer())
                .containsExactly("1:0 " + MedicationPolicies.VIRGINIA, "8:5 " + MedicationPolicies.VIRGINIA,
                        "31:14 " + MedicationPolicies.VIRGINIA, "61:28 " + MedicationPolicies.FEDERAL_BASELINE);
        assertThat(steps(ChartsFixture.ladders().series().get(2))).containsExactly("1:0 0", "8:5 5", "31:14 14", "61:28 28");
    }

    @Test
    void virginiaStepsAgreeWithTheTakeHomeStepForecasts() {
        Policy policy = ChartsFixture.virginia();
        LocalDate start = ChartsFixture.AS_OF_2026;
        MedicationRecord record = MedicationRecord.builder()
                .regimen(Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, start)).build();
        List<String> forecast = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < 10; i++) {
            RuleContext ctx = RuleContext.of(EvaluationContext.of(day.atTime(12, 0).atZone(ChartsFixture.ZONE).toInstant(),
                    ChartsFixture.ZONE, policy));
            var step = MedicationForecasts.forecast(record, ctx).stream()
                    .filter(MedicationForecast.TakeHomeStep.class::isInstance).map(MedicationForecast.TakeHomeStep.class::cast)
                    .findFirst();
            if (step.isEmpty()) {
                break;
            }
            forecast.add(step.get().treatmentDay() + ":" + step.get().maxSupplyDays());
            day = step.get().date();
        }
        List<String> chart = MedicationCharts.strictestLadder(policy, start).stream().skip(1)
                .map(s -> s.fromTreatmentDay() + ":" + s.tier().maxDays()).toList();
        assertThat(forecast).isEqualTo(chart).containsExactly("8:5", "31:14", "61:28");
    }

    @Test
    void ladderChartIsWellFormedWithTitleAxesAndCitations() {
        XyChart chart = ChartsFixture.ladders();
        Document doc = SvgDocuments.parse(chart.toSvg());
        assertThat(SvgDocuments.text(doc, "title"))
                .isEqualTo("Methadone take-home ladders by policy version (42 CFR 8.12, Virginia)");
        assertThat(SvgDocuments.text(doc, "desc")).contains("42 CFR 8.12 (i)(1)-(3)", "12VAC35-105-990 A, C");
        assertThat(chart.x().kind()).isEqualTo(AxisKind.SQUARE_ROOT);
        assertThat(chart.x().ticks()).extracting(Tick::label)
                .containsExactly("1", "8", "15", "31", "61", "91", "181", "271", "366", "731");
        assertThat(chart.y().label()).isEqualTo("Most take-home days per supply");
    }

    @Test
    void ladderWithoutALadderInForceIsRejectedNamingThePolicyAndDate() {
        Policy noLadder = Policy.of("care-only", List.of(org.aftercare.care.CarePolicies.evidenceDefaults()));
        assertThatThrownBy(() -> MedicationCharts.takeHomeLadders(List.of(new LadderVersion("x", noLadder,
                ChartsFixture.AS_OF_2025)))).isInstanceOf(InvalidValueException.class)
                .hasMessage("policy must have a take-home ladder in force on 2025-06-01: care-only");
        assertThatThrownBy(() -> MedicationCharts.takeHomeLadders(List.of()))
                .hasMessage("versions must hold 1 to 4 versions: 0");
    }

    @Test
    void inductionTimelineUsesTheForecastWaitsAndInjectionWindows() {
        TimelineChart chart = ChartsFixture.induction();
        assertThat(chart.lanes()).extracting(Lane::label).containsExactly(
                "Buprenorphine after a short-acting opioid (such as heroin)", "Buprenorphine after fentanyl",
                "Naltrexone after a short-acting opioid", "Naltrexone after fentanyl",
                "XR-naltrexone: first injection at the earliest naltrexone start",
                "Sublocade: first injection after 1 day of buprenorphine from its earliest start");
        assertThat(chart.lanes().subList(0, 4)).extracting(l -> l.spans().get(0).end().toPlainString() + " "
                + l.spans().get(0).label() + " | " + l.marks().get(0).label())
                .containsExactly("0.5 wait 12 h | earliest 2026-03-02 09:00", "1 wait 24 h | earliest 2026-03-02 21:00",
                        "7 wait 7 days | earliest 2026-03-08 22:00", "7 wait 7 days | earliest 2026-03-08 22:00");
        Lane xr = chart.lanes().get(4);
        assertThat(xr.marks()).extracting(Mark::label).containsExactly("1st 2026-03-08", "due 2026-04-05");
        assertThat(xr.spans()).extracting(Span::label).containsExactly("interval 28 days");
        Lane sublocade = chart.lanes().get(5);
        assertThat(sublocade.marks()).extracting(Mark::label).containsExactly("1st 2026-03-03", "due 2026-04-03");
        assertThat(sublocade.spans()).extracting(Span::label).containsExactly("interval 1 month", "late until 2026-04-17");
        assertThat(chart.guides()).extracting(Guide::label).containsExactly("last opioid use 2026-03-01 21:00");
        Document doc = SvgDocuments.parse(chart.toSvg());
        assertThat(SvgDocuments.text(doc, "desc")).contains("Vivitrol label", "ASAM National Practice Guideline");
    }

    @Test
    void inductionWaitsFollowThePolicyLayer() {
        Policy mono = StandardPolicies.named(StandardPolicies.US_DEFAULT,
                List.of(MedicationPolicies.buprenorphineWaitsMonoLabel().name()));
        TimelineChart chart = MedicationCharts.inductionTimeline(mono, ChartsFixture.LAST_USE, ChartsFixture.ZONE);
        Span wait = chart.lanes().get(0).spans().get(0);
        assertThat(wait.end()).isEqualByComparingTo(new BigDecimal("0.1667"));
        assertThat(wait.label()).isEqualTo("wait 4 h");
    }
}
