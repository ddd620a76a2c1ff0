package org.aftercare.medication;

import static org.aftercare.medication.Timelines.at;
import static org.aftercare.medication.Timelines.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.aftercare.Citation;
import org.aftercare.InvalidValueException;
import org.aftercare.VerificationStatus;
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

    @Test
    void sublocadeDosing_maximumMayEqualButNotUndercutTheMaintenanceDose() {
        SublocadeDosing flat = new SublocadeDosing(Dose.ofMilligrams("300"), 2, Dose.ofMilligrams("100"), Dose.ofMilligrams("100"));
        assertThat(flat).hasToString("300 mg for the first 2 injections, then 100 mg (up to 100 mg)");
        assertThatThrownBy(() -> new SublocadeDosing(Dose.ofMilligrams("300"), 2, Dose.ofMilligrams("100"),
                Dose.ofMilligrams("99"))).isInstanceOf(InvalidValueException.class)
                .hasMessage("sublocadeDosing.maintenanceMaximum must not be less than the maintenance dose 100 mg: 99 mg");
    }

    @Test
    void lowDoseSchedule_coversItsLastDay_andNothingAfter() {
        LowDoseSchedule s = LowDoseSchedule.ofMilligrams("0.5", "1", "2");
        assertThat(s.maximumOn(1)).contains(Dose.ofMilligrams("0.5"));
        assertThat(s.maximumOn(3)).contains(Dose.ofMilligrams("2"));
        assertThat(s.maximumOn(4)).isEmpty();
    }

    @Test
    void flags_ofFormulationsAdjunctsAndExposures() {
        assertThat(Formulation.SUBLOCADE_MONTHLY.isExtendedReleaseInjection()).isTrue();
        assertThat(Formulation.BRIXADI_WEEKLY.isExtendedReleaseInjection()).isTrue();
        assertThat(Formulation.NALTREXONE_XR_INJECTION.isExtendedReleaseInjection()).isTrue();
        assertThat(Formulation.BUPRENORPHINE_SUBLINGUAL.isExtendedReleaseInjection()).isFalse();
        assertThat(Formulation.METHADONE_ORAL_LIQUID.isExtendedReleaseInjection()).isFalse();
        assertThat(Adjunct.HYDROXYZINE.isSedating()).isTrue();
        assertThat(Adjunct.LOFEXIDINE.isSedating()).isFalse();
        assertThat(Adjunct.LOPERAMIDE.isSedating()).isFalse();
        assertThat(OpioidExposure.lastUsed(OpioidKind.FENTANYL, at("2026-03-01T20:00")).lastUseInstant())
                .contains(at("2026-03-01T20:00"));
        assertThat(OpioidExposure.lastUseUnknown(OpioidKind.FENTANYL).lastUseInstant()).isEmpty();
    }

    @Test
    void injectionDue_datesMustBeInOrder() {
        Citation c = Citation.of("Sublocade label", "2", "2023", VerificationStatus.VERIFIED);
        MedicationForecast.InjectionDue due = new MedicationForecast.InjectionDue(Formulation.SUBLOCADE_MONTHLY, 1,
                date("2026-03-02"), date("2026-03-28"), date("2026-04-02"), date("2026-04-16"), Period.ofMonths(1), "l", c);
        assertThat(due.earliestDate()).contains(date("2026-03-28"));
        assertThat(due.path()).isEqualTo("medication.regimens[1]");
        assertThat(new MedicationForecast.InjectionDue(Formulation.SUBLOCADE_MONTHLY, 1, date("2026-03-02"), null,
                date("2026-04-02"), date("2026-04-02"), Period.ofMonths(1), "l", c).earliestDate()).isEmpty();
        assertThatThrownBy(() -> new MedicationForecast.InjectionDue(Formulation.SUBLOCADE_MONTHLY, 1, date("2026-03-02"),
                null, date("2026-04-02"), date("2026-04-01"), Period.ofMonths(1), "l", c))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("latest must not be before due 2026-04-02: 2026-04-01");
        assertThatThrownBy(() -> new MedicationForecast.InjectionDue(Formulation.SUBLOCADE_MONTHLY, 1, date("2026-03-02"),
                date("2026-04-03"), date("2026-04-02"), date("2026-04-16"), Period.ofMonths(1), "l", c))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("due must not be before earliest 2026-04-03: 2026-04-02");
    }

    @Test
    void appliedFirst_putsTheAppliedCitationFirst_andNeverRepeatsIt() {
        Citation a = Citation.of("A", "1", "2024", VerificationStatus.VERIFIED);
        Citation b = Citation.of("B", "2", "2024", VerificationStatus.VERIFIED);
        Citation d = Citation.of("D", "3", "2024", VerificationStatus.SECONDARY);
        assertThat(MedicationSources.appliedFirst(a, List.of(b, a, d))).containsExactly(a, b, d);
        assertThat(MedicationSources.appliedFirst(a, List.of(b))).containsExactly(a, b);
    }
}
