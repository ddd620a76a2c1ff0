package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Value types of the medication domain at their edges: what they reject, their boundaries and their texts. */
class MedicationValueEdgesTest {

    @Test
    void cowsBands_startAtZeroAndAscendStrictly() {
        assertThatThrownBy(() -> new CowsBands(List.of(new CowsBand(1, "mild"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("cowsBands.bands must start with a band from total 0: ");
        assertThatThrownBy(() -> new CowsBands(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessage("cowsBands.bands must start with a band from total 0: []");
        assertThatThrownBy(() -> new CowsBands(List.of(new CowsBand(0, "none"), new CowsBand(5, "mild"), new CowsBand(5, "again"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("cowsBands.bands must be strictly ascending: ");
        assertThatThrownBy(() -> new CowsBands(List.of(new CowsBand(0, "none"), new CowsBand(13, "moderate"), new CowsBand(5, "mild"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("cowsBands.bands must be strictly ascending: ");
    }

    @Test
    void cowsBands_aBandBeginsAtItsOwnTotal() {
        CowsBands bands = new CowsBands(List.of(new CowsBand(0, "below the mild band"), new CowsBand(5, "mild"),
                new CowsBand(13, "moderate")));
        assertThat(bands.bandOf(0).label()).isEqualTo("below the mild band");
        assertThat(bands.bandOf(4).label()).isEqualTo("below the mild band");
        assertThat(bands.bandOf(5).label()).isEqualTo("mild");
        assertThat(bands.bandOf(12).label()).isEqualTo("mild");
        assertThat(bands.bandOf(13).label()).isEqualTo("moderate");
        assertThat(bands.bandOf(48).label()).isEqualTo("moderate");
        assertThat(bands).hasToString("0+ below the mild band, 5+ mild, 13+ moderate");
    }

    @Test
    void cowsItems_areNumberedFromOne_andKnowTheirMaximum() {
        assertThat(CowsItem.RESTING_PULSE.number()).isEqualTo(1);
        assertThat(CowsItem.GOOSEFLESH.number()).isEqualTo(11);
        assertThat(CowsItem.RESTING_PULSE.maximumScore()).isEqualTo(4);
        assertThat(CowsItem.GOOSEFLESH.maximumScore()).isEqualTo(5);
        CowsAssessment a = CowsAssessment.of(at("2026-03-02T07:30"), 1, 0, 0, 1, 2, 0, 2, 0, 0, 2, 3);
        assertThat(a.score(CowsItem.BONE_OR_JOINT_ACHES)).isEqualTo(2);
        assertThat(a.score(CowsItem.GOOSEFLESH)).isEqualTo(3);
        assertThat(a.score(CowsItem.SWEATING)).isZero();
    }

    @Test
    void takeHomeLadder_startsOnDayOneAndAscendsStrictly() {
        assertThatThrownBy(() -> TakeHomeLadder.of(TakeHomeTier.perDispensing(2, 7, false)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("takeHomeLadder.tiers must start with a tier from treatment day 1: ");
        assertThatThrownBy(() -> TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 7, false),
                TakeHomeTier.perDispensing(15, 14, false), TakeHomeTier.perDispensing(15, 28, false)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("takeHomeLadder.tiers must start on strictly ascending days: ");
        assertThatThrownBy(() -> TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 7, false),
                TakeHomeTier.perDispensing(31, 28, false), TakeHomeTier.perDispensing(15, 14, false)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("takeHomeLadder.tiers must start on strictly ascending days: ");
    }

    @Test
    void takeHomeLadder_nextTierStart_isStrictlyAfterTheDay() {
        TakeHomeLadder ladder = TakeHomeLadder.of(TakeHomeTier.perDispensing(1, 7, false),
                TakeHomeTier.perDispensing(15, 14, false), TakeHomeTier.perDispensing(31, 28, false));
        assertThat(ladder.nextTierStart(1)).contains(15);
        assertThat(ladder.nextTierStart(14)).contains(15);
        assertThat(ladder.nextTierStart(15)).contains(31);
        assertThat(ladder.nextTierStart(31)).isEmpty();
        assertThat(ladder.tierOn(14).maxDays()).isEqualTo(7);
        assertThat(ladder.tierOn(15).maxDays()).isEqualTo(14);
    }

    @Test
    void regimen_endsNoEarlierThanItStarts_andCountsDaysFromItsStart() {
        Regimen r = Regimen.of(Formulation.METHADONE_ORAL_LIQUID, RegimenPhase.MAINTENANCE, date("2026-03-02"));
        assertThatThrownBy(() -> r.withEnd(date("2026-03-01"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("regimen.end must not be before regimen.start 2026-03-02: 2026-03-01");
        assertThat(r.withEnd(date("2026-03-02")).endDate()).contains(date("2026-03-02"));
        assertThat(r.endDate()).isEmpty();
        assertThat(r.treatmentDay(date("2026-03-02"))).isEqualTo(1);
        assertThat(r.treatmentDay(date("2026-03-31"))).isEqualTo(30);
        assertThatThrownBy(() -> r.treatmentDay(date("2026-03-01"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("date must not be before regimen.start 2026-03-02: 2026-03-01");
    }
}
