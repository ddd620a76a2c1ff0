package org.aftercare.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import org.aftercare.InvalidValueException;
import org.aftercare.OudMedication;

/** Invalid values cannot be constructed, and the exception names the field. */
class ValuePropertiesTest {

    private static void rejects(Runnable construct, String field) {
        assertThatThrownBy(construct::run).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(field + " must ")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }

    @Property(tries = 1000, seed = "20261122")
    void doseAmountMustBePositive(@ForAll @IntRange(min = -100000, max = 0) int thousandths) {
        BigDecimal amount = BigDecimal.valueOf(thousandths, 3);
        rejects(() -> Dose.ofMilligrams(amount), "dose.amount");
    }

    @Property(tries = 1000, seed = "20261122")
    void takeHomeClosureDaysCannotExceedSupply(@ForAll @IntRange(min = 1, max = 60) int supply,
            @ForAll @IntRange(min = 1, max = 10) int extra) {
        rejects(() -> TakeHomeRequest.of(OudMedication.METHADONE, LocalDate.of(2026, 1, 1), supply, supply + extra),
                "takeHomeRequest.closureDays");
    }

    @Property(tries = 1000, seed = "20261122")
    void takeHomeSupplyMustBePositive(@ForAll @IntRange(min = -30, max = 0) int supply) {
        rejects(() -> TakeHomeRequest.of(OudMedication.METHADONE, LocalDate.of(2026, 1, 1), supply, 0),
                "takeHomeRequest.supplyDays");
    }

    @Property(tries = 1000, seed = "20261122")
    void administeredDoseCoversOneDay(@ForAll @IntRange(min = 2, max = 30) int supply) {
        rejects(() -> new DoseEvent(Formulation.METHADONE_TABLET, Dose.ofMilligrams("10"), DoseEventKind.ADMINISTERED,
                Instant.EPOCH, supply, 0), "doseEvent.supplyDays");
    }

    @Property(tries = 1000, seed = "20261122")
    void regimenCannotEndBeforeItStarts(@ForAll @IntRange(min = 1, max = 400) int daysBefore) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        rejects(() -> new Regimen(Formulation.NALTREXONE_ORAL, RegimenPhase.MAINTENANCE, start, start.minusDays(daysBefore)),
                "regimen.end");
    }

    @Property(tries = 1000, seed = "20261122")
    void cowsStartThresholdStaysInRange(@ForAll @Negative int below) {
        rejects(() -> new CowsStartThreshold(below, 0), "cowsStartThreshold.minimumTotal");
        rejects(() -> new CowsStartThreshold(49 - below, 0), "cowsStartThreshold.minimumTotal");
    }

    @Property(tries = 1000, seed = "20261122")
    void ladderTiersMustStartOnDayOneAndAscend(@ForAll @IntRange(min = 2, max = 100) int firstDay) {
        rejects(() -> TakeHomeLadder.of(TakeHomeTier.perDispensing(firstDay, 7, false)), "takeHomeLadder.tiers");
        rejects(() -> TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 7, false),
                TakeHomeTier.perDispensing(firstDay, 14, false), TakeHomeTier.perDispensing(firstDay, 28, false)),
                "takeHomeLadder.tiers");
    }

    @Property(tries = 1000, seed = "20261122")
    void treatmentDayIsOneOnTheStartDate(@ForAll @IntRange(min = 1, max = 2000) int day) {
        Regimen r = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, LocalDate.of(2024, 2, 28));
        assertThat(r.treatmentDay(r.dateOfTreatmentDay(day))).isEqualTo(day);
    }
}
