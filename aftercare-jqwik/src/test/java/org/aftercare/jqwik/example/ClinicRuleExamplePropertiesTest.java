package org.aftercare.jqwik.example;

// tag::example[]
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aftercare.incentive.IncentiveEvent.Attendance;
import org.aftercare.jqwik.Timeline;
import org.aftercare.jqwik.Timelines;
import org.aftercare.medication.Formulation;

/** A clinic's own rule, property-tested with the aftercare generators. */
class ClinicRuleExamplePropertiesTest {

    /** The clinic's rule: no more than {@code limit} missed group sessions per fortnight of treatment. */
    static List<LocalDate> fortnightsOverLimit(Timeline timeline, int limit) {
        Map<LocalDate, Integer> missed = new TreeMap<>();
        for (Attendance session : timeline.attendance()) {
            long fortnight = ChronoUnit.DAYS.between(timeline.start(), session.date()) / 14;
            LocalDate first = timeline.start().plusDays(14 * fortnight);
            missed.merge(first, session.attended() ? 0 : 1, Integer::sum);
        }
        List<LocalDate> over = new ArrayList<>();
        missed.forEach((first, count) -> {
            if (count > limit) {
                over.add(first);
            }
        });
        return over;
    }

    @Provide
    Arbitrary<Timeline> timelines() {
        return Timelines.timelines().weeks(2, 104).attendanceRate(0.85).relapseRate(0.05);
    }

    @Property(tries = 1000)
    void perfectAttendanceIsNeverFlagged(@ForAll long seed, @ForAll @IntRange(min = 2, max = 104) int weeks) {
        Timeline perfect = Timelines.timelines().attendanceRate(1.0).relapseRate(0)
                .simulate(seed, weeks, Formulation.BUPRENORPHINE_SUBLINGUAL);
        assertThat(fortnightsOverLimit(perfect, 2)).isEmpty();
    }

    @Property(tries = 1000)
    void aFortnightIsFlaggedExactlyWhenMoreThanTwoOfItsSessionsWereMissed(@ForAll("timelines") Timeline timeline) {
        // an independent count: group the missed sessions by the Monday that starts their fortnight
        Map<LocalDate, Long> missedByFortnight = timeline.attendance().stream().filter(s -> !s.attended())
                .collect(Collectors.groupingBy(s -> timeline.start().plusWeeks(
                        2 * (ChronoUnit.WEEKS.between(timeline.start(), s.date()) / 2)), Collectors.counting()));
        List<LocalDate> expected = missedByFortnight.entrySet().stream().filter(e -> e.getValue() > 2)
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(fortnightsOverLimit(timeline, 2)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void aStricterLimitFlagsAtLeastTheSameFortnights(@ForAll("timelines") Timeline timeline) {
        assertThat(fortnightsOverLimit(timeline, 1)).containsAll(fortnightsOverLimit(timeline, 2));
        assertThat(fortnightsOverLimit(timeline, 6)).isEmpty(); // six sessions a fortnight: never more than six missed
    }
}
// end::example[]
