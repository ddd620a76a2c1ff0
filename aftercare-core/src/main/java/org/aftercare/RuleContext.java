package org.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aftercare.internal.EpochDays;
import org.aftercare.internal.ZoneOffsets;

/**
 * The working state of one evaluation: it hands thresholds to rules, remembers which ones were
 * applied, and collects findings, such as the context a plan validation runs in.
 *
 * <pre>{@code
 * RuleContext ctx = RuleContext.of(EvaluationContext.of(asOf, zone, policy));
 * ctx.require(CarePolicyKeys.CONTINUING_CARE_MINIMUM, "plan.duration", Severity.WARNING)
 *    .ifPresent(min -> ...);
 * Evaluation result = ctx.toEvaluation();
 * }</pre>
 *
 * @implSpec This class is mutable and not thread-safe: one instance per evaluation.
 * @since 0.1.0
 */
public final class RuleContext {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX", Locale.ROOT);
    private final EvaluationContext context;
    /** The context's policy, held here: every threshold read starts from it. */
    private final Policy policy;
    /** The findings reported, in the order reported (an array of its own rather than a list: one object fewer). */
    private Finding[] findings = new Finding[4];
    private int findingCount;
    /**
     * The numbers (see {@link ThresholdNumbers}) of the thresholds of the context's policy recorded as applied, each
     * once, in the order first met. A dozen or two an evaluation, so an array scanned rather than a set.
     */
    private int[] appliedNumbers = new int[8];
    private int appliedCount;
    /** The largest numbering met in the timelines read: it holds every number recorded. */
    private ThresholdNumbers numbers = ThresholdNumbers.NONE;
    /**
     * Thresholds noted from elsewhere ({@link #noteApplied}), in the order noted, or null while there are none;
     * {@link #notedAfter} holds how many numbers were recorded before each, so the report keeps the first met of
     * equal thresholds as it did when everything was kept in one list.
     */
    private List<AppliedThreshold> noted;
    private int[] notedAfter;
    /** The as-of date in the clinic's zone, made on first use from {@link #todayDay} (rules ask for it many times). */
    private LocalDate today;
    /** The as-of date as an epoch day, converted on first use: thresholds in force today are found by day number. */
    private long todayDay;
    private boolean todayDayKnown;

    private RuleContext(EvaluationContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.policy = context.policy();
    }

    /**
     * Obtains a fresh context for one evaluation.
     *
     * @param context  the as-of instant, zone and policy, not null
     * @return the rule context, not null
     */
    public static RuleContext of(EvaluationContext context) {
        return new RuleContext(context);
    }

    /**
     * Returns the evaluation context.
     *
     * @return the context, not null
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * Returns the as-of instant.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return context.asOf();
    }

    /**
     * Returns the clinic's zone.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return context.zone();
    }

    /**
     * Returns the as-of date in the clinic's zone.
     *
     * @return the date, not null
     */
    public LocalDate today() {
        LocalDate date = today;
        if (date == null) {
            date = LocalDate.ofEpochDay(todayEpochDay());
            today = date;
        }
        return date;
    }

    /**
     * Returns the as-of date in the clinic's zone as an epoch day, {@code today().toEpochDay()}: for rules that
     * count days as numbers.
     *
     * <pre>{@code
     * long daysSinceStart = ctx.todayEpochDay() - plan.continuingCareStart().toEpochDay();
     * }</pre>
     *
     * @return the epoch day
     * @throws java.time.DateTimeException if the as-of date is beyond the range of {@code LocalDate}
     * @since 0.1.0
     */
    public long todayEpochDay() {
        if (!todayDayKnown) {
            // checked as LocalDate.ofEpochDay checks it: an instant beyond the dates is rejected on first use
            todayDay = ChronoField.EPOCH_DAY.checkValidValue(ZoneOffsets.epochDayOf(context.asOf(), context.zone()));
            todayDayKnown = true;
        }
        return todayDay;
    }

    /**
     * Formats an instant for a finding's message as the clinic's local time with its offset, such
     * as {@code 2026-03-02T08:00-05:00}: what a clinician reads, and still unambiguous.
     *
     * @param instant  the instant, not null
     * @return the text, not null
     */
    public String local(Instant instant) {
        return LOCAL.format(instant.atZone(context.zone()));
    }

    /**
     * Looks up a threshold in force on the as-of date and records it as applied.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @return the resolved threshold, or empty
     */
    public <T> Optional<ResolvedThreshold<T>> threshold(PolicyKey<T> key) {
        return thresholdOn(key, todayEpochDay());
    }

    /**
     * Looks up a threshold in force on a given date (for rules judged as of the date of an event,
     * such as a first methadone dose) and records it as applied.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the date, not null
     * @return the resolved threshold, or empty
     */
    public <T> Optional<ResolvedThreshold<T>> threshold(PolicyKey<T> key, LocalDate date) {
        return thresholdOn(key, EpochDays.of(Objects.requireNonNull(date, "date")));
    }

    /** {@link #threshold(PolicyKey, LocalDate)} of a date as an epoch day. */
    private <T> Optional<ResolvedThreshold<T>> thresholdOn(PolicyKey<T> key, long day) {
        // Policy.resolve(key, date), with the segment kept: the timeline holds its threshold's number too
        PolicyTimeline<T> timeline = policy.timelineOf(key);
        int segment = timeline.segmentOf(day);
        int number = timeline.topmostNumber(segment);
        if (number >= 0) {
            recordApplied(number, timeline.numbers());
        }
        return timeline.topmost(segment);
    }

    /**
     * Looks up a threshold in force on the as-of date; when none is, reports a
     * {@link KernelRules#THRESHOLD_NOT_IN_FORCE} finding at the given path and severity.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param path  the path of the field the rule was checking, not blank
     * @param severityIfMissing  the severity of the finding when the threshold is missing, not null
     * @return the resolved threshold, or empty (and a finding was reported)
     */
    public <T> Optional<ResolvedThreshold<T>> require(PolicyKey<T> key, String path, Severity severityIfMissing) {
        Optional<ResolvedThreshold<T>> found = threshold(key);
        if (found.isEmpty()) {
            reportNotInForce(key, today(), path, severityIfMissing);
        }
        return found;
    }

    /**
     * Looks up a threshold in force on a given date; when none is, reports a
     * {@link KernelRules#THRESHOLD_NOT_IN_FORCE} finding.
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the date, not null
     * @param path  the path of the field the rule was checking, not blank
     * @param severityIfMissing  the severity of the finding when the threshold is missing, not null
     * @return the resolved threshold, or empty (and a finding was reported)
     */
    public <T> Optional<ResolvedThreshold<T>> require(PolicyKey<T> key, LocalDate date, String path,
            Severity severityIfMissing) {
        Optional<ResolvedThreshold<T>> found = threshold(key, date);
        if (found.isEmpty()) {
            reportNotInForce(key, date, path, severityIfMissing);
        }
        return found;
    }

    private void reportNotInForce(PolicyKey<?> key, LocalDate date, String path, Severity severity) {
        String name = policy.name();
        report(KernelRules.THRESHOLD_NOT_IN_FORCE.finding(severity, path,
                "No threshold '" + key.name() + "' (" + key.description() + ") is in force on " + date
                        + " in policy " + name + "; the rule could not be applied",
                List.of(KernelRules.policyCitation(name, key, date.toString()))));
    }

    /**
     * Looks up the thresholds in force on a date in every layer that has one, base first, and
     * records them all as applied. Used by rules that combine layers, such as "strictest wins".
     *
     * @param <T> the value type
     * @param key  the key, not null
     * @param date  the date, not null
     * @return the resolved thresholds, possibly empty
     */
    public <T> List<ResolvedThreshold<T>> thresholdsInAllLayers(PolicyKey<T> key, LocalDate date) {
        PolicyTimeline<T> timeline = policy.timelineOf(key);
        int segment = timeline.segmentOf(EpochDays.of(Objects.requireNonNull(date, "date")));
        int[] numbered = timeline.everyLayerNumbers(segment);
        for (int number : numbered) {
            recordApplied(number, timeline.numbers());
        }
        return timeline.everyLayer(segment);
    }

    /**
     * Records a threshold applied from a policy other than the context's, such as the funding
     * policy an incentive programme pays by, so the report lists it with the others.
     *
     * @param threshold  the applied threshold, not null
     */
    public void noteApplied(AppliedThreshold threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (noted == null) {
            noted = new ArrayList<>();
            notedAfter = new int[8];
        } else if (isMet(noted, threshold)) {
            return; // noted before: the first noted stays, and the list does not grow with repeats
        } else if (noted.size() == notedAfter.length) {
            notedAfter = Arrays.copyOf(notedAfter, notedAfter.length * 2);
        }
        notedAfter[noted.size()] = appliedCount;
        noted.add(threshold);
    }

    /**
     * Adds a finding.
     *
     * @param finding  the finding, not null
     */
    public void report(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        if (findingCount == findings.length) {
            findings = Arrays.copyOf(findings, findingCount * 2);
        }
        findings[findingCount++] = finding;
    }

    /**
     * Adds findings.
     *
     * @param more  the findings, not null
     */
    public void reportAll(Collection<Finding> more) {
        more.forEach(this::report);
    }

    /**
     * Returns the result so far: findings in report order, applied thresholds by key.
     *
     * @return the evaluation, not null
     */
    public Evaluation toEvaluation() {
        if (noted != null) {
            return Evaluation.of(context, Arrays.asList(findings).subList(0, findingCount), inOrderMet());
        }
        // listed by their places in report order: an insertion sort of a dozen numbers, in place. Their order of
        // recording may change: each number is recorded once, and a threshold noted later only needs to know how
        // many came before it (notedAfter), not in which order
        int[] recorded = appliedNumbers;
        ThresholdNumbers by = numbers;
        for (int i = 1; i < appliedCount; i++) {
            int number = recorded[i];
            int place = by.place(number);
            int j = i - 1;
            while (j >= 0 && by.place(recorded[j]) > place) {
                recorded[j + 1] = recorded[j];
                j--;
            }
            recorded[j + 1] = number;
        }
        AppliedThreshold[] applied = new AppliedThreshold[appliedCount];
        for (int i = 0; i < applied.length; i++) {
            applied[i] = by.applied(recorded[i]);
        }
        return Evaluation.ofOrderedApplied(context, Arrays.copyOf(findings, findingCount), applied);
    }

    /**
     * The applied thresholds, recorded and noted, in the order first met, each once by key, layer and period: of
     * equal ones (such as a threshold noted from another policy object), the first met.
     */
    private List<AppliedThreshold> inOrderMet() {
        List<AppliedThreshold> all = new ArrayList<>(appliedCount + noted.size());
        int next = 0;
        for (int n = 0; n <= noted.size(); n++) {
            int until = n < noted.size() ? notedAfter[n] : appliedCount;
            for (; next < until; next++) {
                addUnlessMet(all, numbers.applied(appliedNumbers[next]));
            }
            if (n < noted.size()) {
                addUnlessMet(all, noted.get(n));
            }
        }
        return all;
    }

    private static void addUnlessMet(List<AppliedThreshold> met, AppliedThreshold threshold) {
        if (!isMet(met, threshold)) {
            met.add(threshold);
        }
    }

    /** Checks if a threshold with the same key, layer and period is among those met. */
    private static boolean isMet(List<AppliedThreshold> met, AppliedThreshold threshold) {
        for (AppliedThreshold m : met) {
            if (m.key().equals(threshold.key()) && m.layer().equals(threshold.layer())
                    && m.period().equals(threshold.period())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a threshold of the context's policy as applied, unless it was: by its number in the numbering given
     * (the numbering of the timeline it was read from).
     */
    private void recordApplied(int number, ThresholdNumbers numbering) {
        int[] recorded = appliedNumbers;
        for (int i = 0; i < appliedCount; i++) {
            if (recorded[i] == number) {
                return;
            }
        }
        if (appliedCount == recorded.length) {
            recorded = Arrays.copyOf(recorded, appliedCount * 2);
            appliedNumbers = recorded;
        }
        recorded[appliedCount++] = number;
        if (numbering.size() > numbers.size()) {
            numbers = numbering;
        }
    }
}
