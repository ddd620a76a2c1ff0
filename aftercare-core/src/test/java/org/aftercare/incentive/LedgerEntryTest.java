package org.aftercare.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.aftercare.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * An entry is checked field by field, then across fields, and the first field at fault is named: one condition
 * passes the usual entry, and anything it does not pass is checked in the order of the fields.
 */
class LedgerEntryTest {
    private static final LocalDate DAY = TestPrograms.START;
    private static final IncentiveEvent EVENT = TestPrograms.cocaineNegative(DAY);
    private static final Money EARNED = Money.of("12.50");
    private static final Money BONUS = Money.of("10.00");

    /** The fields of an entry, changed one at a time. */
    private static final class Fields {
        int eventIndex = 3;
        LocalDate date = DAY;
        IncentiveEvent event = EVENT;
        EntryOutcome outcome = EntryOutcome.SUCCESS;
        String reason = "negative for cocaine";
        OptionalInt step = OptionalInt.of(2);
        Money earned = EARNED;
        Money bonus = BONUS;
        List<PrizeDraw> draws = List.of();
        int bonusDraws = 0;
        Money paid = Money.of("12.00");
        Money withheld = Money.of("0.50");
        List<CapHit> capHits = List.of();
        List<String> capsNotInForce = List.of();
        boolean reset = false;
        boolean recovered = false;
        int consecutive = 3;
        Money runningTotal = Money.of("20.00");

        LedgerEntry build() {
            return new LedgerEntry(eventIndex, date, 1, event, outcome, reason, step, earned, bonus, draws, bonusDraws,
                    paid, withheld, capHits, capsNotInForce, reset, recovered, consecutive, runningTotal);
        }

        /** A failure's fields: nothing earned, no step. */
        Fields failure() {
            outcome = EntryOutcome.FAILURE;
            step = OptionalInt.empty();
            earned = Money.ZERO;
            bonus = Money.ZERO;
            paid = Money.ZERO;
            withheld = Money.ZERO;
            consecutive = 0;
            return this;
        }
    }

    private static void assertInvalid(Fields f, String field, String message) {
        assertThatThrownBy(f::build).isInstanceOf(InvalidValueException.class).hasMessage(message)
                .extracting(t -> ((InvalidValueException) t).field()).isEqualTo(field);
    }

    private static void assertNull(Fields f, String field) {
        assertThatThrownBy(f::build).isInstanceOf(NullPointerException.class).hasMessage(field);
    }

    @Test
    void theUsualEntry_keepsItsValues_andCopiesItsLists() {
        Fields f = new Fields();
        List<String> notInForce = new ArrayList<>(List.of("incentive.cap.per-month"));
        f.capsNotInForce = notInForce;
        f.eventIndex = 0;
        f.consecutive = 0;
        LedgerEntry entry = f.build();
        notInForce.add("incentive.cap.annual");
        assertThat(entry.capsNotInForce()).containsExactly("incentive.cap.per-month");
        assertThat(entry.eventIndex()).isZero();
        assertThat(entry.consecutiveSuccesses()).isZero();
        assertThat(entry.baseValue()).isEqualTo(Money.of("2.50"));
        assertThat(entry.withEventIndex(7).eventIndex()).isEqualTo(7);
        assertThat(entry.withEventIndex(7).withEventIndex(0)).isEqualTo(entry);
    }

    @Test
    void aNegativeCountIsRejected_namingTheField() {
        Fields index = new Fields();
        index.eventIndex = -1;
        assertInvalid(index, "entry.eventIndex", "entry.eventIndex must not be negative: -1");
        Fields bonusDraws = new Fields();
        bonusDraws.bonusDraws = -1;
        assertInvalid(bonusDraws, "entry.bonusDraws", "entry.bonusDraws must not be negative: -1");
        Fields consecutive = new Fields();
        consecutive.consecutive = -2;
        assertInvalid(consecutive, "entry.consecutiveSuccesses", "entry.consecutiveSuccesses must not be negative: -2");
    }

    @Test
    void aBlankReasonIsRejected() {
        Fields f = new Fields();
        f.reason = " \t";
        assertInvalid(f, "entry.reason", "entry.reason must not be blank: \" \t\"");
        f.reason = null;
        assertNull(f, "entry.reason");
    }

    @Test
    void eachMissingFieldIsNamed() {
        Fields f = new Fields();
        f.date = null;
        assertNull(f, "entry.date");
        f = new Fields();
        f.event = null;
        assertNull(f, "entry.event");
        f = new Fields();
        f.outcome = null;
        assertNull(f, "entry.outcome");
        f = new Fields();
        f.step = null;
        assertNull(f, "entry.escalationStep");
        f = new Fields();
        f.earned = null;
        assertNull(f, "entry.earned");
        f = new Fields();
        f.bonus = null;
        assertNull(f, "entry.bonus");
        f = new Fields();
        f.draws = null;
        assertNull(f, "entry.draws");
        f = new Fields();
        f.paid = null;
        assertNull(f, "entry.paid");
        f = new Fields();
        f.withheld = null;
        assertNull(f, "entry.withheld");
        f = new Fields();
        f.capHits = null;
        assertNull(f, "entry.capHits");
        f = new Fields();
        f.capsNotInForce = null;
        assertNull(f, "entry.capsNotInForce");
        f = new Fields();
        f.runningTotal = null;
        assertNull(f, "entry.runningTotal");
    }

    @Test
    void theFirstFieldAtFault_isTheOneNamed() {
        Fields f = new Fields();
        f.eventIndex = -1;
        f.date = null;
        f.reason = "";
        assertInvalid(f, "entry.eventIndex", "entry.eventIndex must not be negative: -1");
        f.eventIndex = 0;
        assertNull(f, "entry.date");
        f.date = DAY;
        f.runningTotal = null;
        assertInvalid(f, "entry.reason", "entry.reason must not be blank: \"\"");
        f.reason = "r";
        assertNull(f, "entry.runningTotal");
    }

    @Test
    void aListWithANullElement_isRejected() {
        Fields f = new Fields();
        List<String> keys = new ArrayList<>();
        keys.add(null);
        f.capsNotInForce = keys;
        assertThatThrownBy(f::build).isInstanceOf(NullPointerException.class);
    }

    @Test
    void paidAndWithheld_mustAddUpToEarned() {
        Fields f = new Fields();
        f.withheld = Money.of("0.49");
        assertInvalid(f, "entry.paid", "entry.paid must plus withheld 0.49 equal earned 12.50: 12.00");
        f.withheld = Money.of("0.51");
        assertInvalid(f, "entry.paid", "entry.paid must plus withheld 0.51 equal earned 12.50: 12.00");
    }

    @Test
    void theBonus_isPartOfWhatWasEarned() {
        Fields f = new Fields();
        f.bonus = EARNED;
        assertThat(f.build().baseValue()).isEqualTo(Money.ZERO);
        f.bonus = Money.of("12.51");
        assertInvalid(f, "entry.bonus", "entry.bonus must not exceed earned 12.50: 12.51");
    }

    @Test
    void onlyASuccess_earnsStepsDrawsOrRecovers() {
        assertThat(new Fields().failure().build().outcome()).isEqualTo(EntryOutcome.FAILURE);
        Fields earned = new Fields().failure();
        earned.earned = Money.of("1.00");
        earned.withheld = Money.of("1.00");
        assertInvalid(earned, "entry.earned", "entry.earned must be zero, with no step, draws or recovery, for FAILURE: "
                + "1.00");
        Fields step = new Fields().failure();
        step.step = OptionalInt.of(0);
        assertInvalid(step, "entry.earned", "entry.earned must be zero, with no step, draws or recovery, for FAILURE: "
                + "0.00");
        Fields recovered = new Fields().failure();
        recovered.recovered = true;
        assertInvalid(recovered, "entry.earned", "entry.earned must be zero, with no step, draws or recovery, for "
                + "FAILURE: 0.00");
        Fields draws = new Fields().failure();
        draws.outcome = EntryOutcome.EXCUSED;
        draws.draws = List.of(new PrizeDraw(1, "good job", Money.ZERO));
        assertInvalid(draws, "entry.earned", "entry.earned must be zero, with no step, draws or recovery, for "
                + "EXCUSED: 0.00");
    }

    @Test
    void onlyAFailure_resets() {
        Fields failure = new Fields().failure();
        failure.reset = true;
        assertThat(failure.build().reset()).isTrue();
        Fields success = new Fields();
        success.reset = true;
        assertInvalid(success, "entry.reset", "entry.reset must be false for SUCCESS: true");
    }

    @Test
    void bonusDraws_areSomeOfTheDraws() {
        Fields f = new Fields();
        f.draws = List.of(new PrizeDraw(1, "good job", Money.ZERO));
        f.bonusDraws = 1;
        assertThat(f.build().bonusDraws()).isEqualTo(1);
        f.bonusDraws = 2;
        assertInvalid(f, "entry.bonusDraws", "entry.bonusDraws must not exceed the 1 draws: 2");
    }
}
