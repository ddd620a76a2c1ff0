package org.aftercare.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.aftercare.InvalidValueException;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.PrizeDrawSchedule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class IncentiveChartsTest {

    @Test
    void voucherCurveEndsAtTheLedgerTotalAndMarksResetsAndRecoveries() {
        IncentiveLedger ledger = ChartsFixture.craLedger();
        XyChart chart = IncentiveCharts.voucherEarnings(ledger);
        Series total = chart.series().get(0);
        assertThat(total.points()).hasSize(36);
        Point last = total.points().get(35);
        assertThat(last.y()).isEqualTo(ledger.total().amount());
        assertThat(last.label()).isEqualTo("total " + ledger.total().toDisplayString());
        for (int i = 0; i < 36; i++) {
            assertThat(total.points().get(i).y()).isEqualTo(ledger.entries().get(i).runningTotal().amount());
        }
        assertThat(chart.series().get(1).points()).extracting(p -> p.x().intValue() + " " + p.label())
                .containsExactly("11 reset: positive sample", "21 reset: missed sample");
        assertThat(chart.series().get(2).points()).extracting(p -> p.x().intValue() + " " + p.label())
                .containsExactly("16 recovered", "26 recovered");
        assertThat(chart.series()).extracting(Series::kind)
                .containsExactly(SeriesKind.LINE, SeriesKind.POINTS, SeriesKind.POINTS);
        Document doc = SvgDocuments.parse(chart.toSvg());
        assertThat(SvgDocuments.text(doc, "title"))
                .isEqualTo("Escalating vouchers: earnings with a reset and recovery (cra-vouchers-higgins-1994)");
        assertThat(SvgDocuments.text(doc, "desc")).contains("widely cited amounts; the primary text was not read (verification.md item 7) [U] (schedule.startValue, "
                        + "schedule.step, schedule.bonus)", "Budney & Higgins, NIDA Therapy Manual 2");
    }

    @Test
    void voucherChartOfAnEmptyLedgerIsRejected() {
        IncentiveLedger empty = IncentiveLedger.start(ChartsFixture.program(IncentivePresets.craVouchersHiggins1994(),
                IncentiveInstrument.VOUCHER), 1L);
        assertThatThrownBy(() -> IncentiveCharts.voucherEarnings(empty)).isInstanceOf(InvalidValueException.class)
                .hasMessage("ledger.entries must not be empty: 0");
    }

    @Test
    void prizeBarsAreTheBowlsExpectedValueOfEachWeeksDraws() {
        XyChart chart = IncentiveCharts.prizeExpectedValue(ChartsFixture.prizeProgram());
        PrizeDrawSchedule schedule = (PrizeDrawSchedule) ChartsFixture.prizeProgram().schedule();
        List<Point> bars = chart.series().get(0).points();
        assertThat(bars).hasSize(12);
        for (int week = 1; week <= 12; week++) {
            int draws = 2 * (schedule.drawsAt(week - 1) + schedule.bonusDraws());
            assertThat(bars.get(week - 1).y()).isEqualTo(schedule.bowl().expectedValueOf(draws));
            assertThat(chart.x().ticks().get(week - 1).label()).isEqualTo(week + " (" + draws + ")");
        }
        assertThat(bars.get(0).y()).isEqualTo(new BigDecimal("13.3080"));
        assertThat(bars.get(0).label()).isEqualTo("$13.31");
        assertThat(bars.get(11).y()).isEqualTo(new BigDecimal("62.1040"));
        assertThat(bars.stream().map(Point::y).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(schedule.bowl().expectedValueOf(204));
        SvgDocuments.parse(chart.toSvg());
    }

    @Test
    void prizeChartOfAVoucherProgrammeIsRejectedNamingTheSchedule() {
        assertThatThrownBy(() -> IncentiveCharts.prizeExpectedValue(ChartsFixture.program(
                IncentivePresets.craVouchersHiggins1994(), IncentiveInstrument.VOUCHER)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("program.schedule must be a prize-draw schedule: cra-vouchers-higgins-1994");
    }

    @Test
    void niceCeilingRoundsUpToAReadableAxisMaximum() {
        assertThat(IncentiveCharts.niceCeiling(new BigDecimal("565.00"))).isEqualByComparingTo("600");
        assertThat(IncentiveCharts.niceCeiling(new BigDecimal("62.104"))).isEqualByComparingTo("80");
        assertThat(IncentiveCharts.niceCeiling(new BigDecimal("100"))).isEqualByComparingTo("100");
        assertThat(IncentiveCharts.niceCeiling(new BigDecimal("0.3"))).isEqualByComparingTo("1");
        assertThat(IncentiveCharts.niceCeiling(new BigDecimal("1001"))).isEqualByComparingTo("1200");
    }
}
