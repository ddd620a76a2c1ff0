package org.aftercare.medication;

import org.aftercare.internal.Checks;

/**
 * One step of a take-home ladder, such as {@code from treatment day 15: at most 14 days per dispensing}.
 *
 * <p>Invariants: the tier starts on treatment day 1 or later; the maximum is not negative (0 means
 * "closure-day doses only" when closure doses are not counted); the window is 0 (the cap applies to one
 * dispensing) or positive (the cap applies to all dispensings that start within any {@code windowDays}
 * consecutive days inside this tier, as the 2001 rule's "doses per week" do).
 *
 * @param fromTreatmentDay  the first treatment day of the tier, at least 1
 * @param maxDays  the most take-home days allowed, not negative
 * @param windowDays  0 for a per-dispensing cap, else the days over which dispensings add up
 * @param closureDosesCounted  true if closure-day doses count towards the cap (Virginia), false if the cap
 *         is beyond them (federal)
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record TakeHomeTier(int fromTreatmentDay, int maxDays, int windowDays, boolean closureDosesCounted) {

    /** Validates the fields; see the class description. */
    public TakeHomeTier {
        Checks.positive(fromTreatmentDay, "takeHomeTier.fromTreatmentDay");
        Checks.nonNegative(maxDays, "takeHomeTier.maxDays");
        Checks.nonNegative(windowDays, "takeHomeTier.windowDays");
    }

    /**
     * Obtains a tier capping each dispensing.
     *
     * @param fromTreatmentDay  the first treatment day, at least 1
     * @param maxDays  the cap, not negative
     * @param closureDosesCounted  whether closure-day doses count towards the cap
     * @return the tier, not null
     */
    public static TakeHomeTier perDispensing(int fromTreatmentDay, int maxDays, boolean closureDosesCounted) {
        return new TakeHomeTier(fromTreatmentDay, maxDays, 0, closureDosesCounted);
    }

    /**
     * Obtains a tier capping the days dispensed within a window.
     *
     * @param fromTreatmentDay  the first treatment day, at least 1
     * @param maxDays  the cap, not negative
     * @param windowDays  the window, positive
     * @param closureDosesCounted  whether closure-day doses count towards the cap
     * @return the tier, not null
     */
    public static TakeHomeTier perWindow(int fromTreatmentDay, int maxDays, int windowDays, boolean closureDosesCounted) {
        return new TakeHomeTier(fromTreatmentDay, maxDays, Checks.positive(windowDays, "takeHomeTier.windowDays"),
                closureDosesCounted);
    }

    /**
     * Checks if the cap adds up dispensings over a window.
     *
     * @return true if windowed
     */
    public boolean isWindowed() {
        return windowDays > 0;
    }

    @Override
    public String toString() {
        return "day " + fromTreatmentDay + "+: " + days(maxDays) + (isWindowed() ? " per " + days(windowDays)
                : " per dispensing") + (closureDosesCounted ? " including closure days" : " beyond closure days");
    }

    /** Returns a count of days as text, such as {@code "1 day"} or {@code "14 days"}. */
    static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
