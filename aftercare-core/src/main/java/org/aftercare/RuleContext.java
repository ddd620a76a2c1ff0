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
    private final List<Finding> findings = new ArrayList<>();
    /**
     * The thresholds recorded as applied, in report order (key, layer, period), each once by key, layer and period
     * (the value follows from them), with the resolved thresholds they were recorded from, in step: policies hand
     * out the same resolved object for a key on every read, and rules read the same thresholds again and again, so
     * a read first looks for the very object (no hashing, no key built), and only a threshold not met before is
     * compared by key, layer and period. A dozen or two an evaluation, so arrays scanned in order rather than a map.
     */
    private AppliedThreshold[] applied = new AppliedThreshold[8];
    private ResolvedThreshold<?>[] recorded = new ResolvedThreshold<?>[8];
    /** The hash of each applied threshold's key, in step: a key is compared as text only with one of equal hash. */
    private int[] keyHashes = new int[8];
    private int appliedCount;
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
        // Policy.resolve(key, date), with the segment kept: the timeline holds its applied threshold too
        PolicyTimeline<T> timeline = policy.timelineOf(key);
        int segment = timeline.segmentOf(day);
        Optional<ResolvedThreshold<T>> found = timeline.topmost(segment);
        if (found.isPresent()) { // not ifPresent(this::recordApplied): a method reference bound per read
            ResolvedThreshold<T> resolved = found.get();
            if (!isRecorded(resolved)) {
                record(resolved, timeline.applied(segment));
            }
        }
        return found;
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
        List<ResolvedThreshold<T>> found = policy.resolveAll(key, date);
        for (int i = 0; i < found.size(); i++) {
            recordApplied(found.get(i));
        }
        return found;
    }

    /**
     * Records a threshold applied from a policy other than the context's, such as the funding
     * policy an incentive programme pays by, so the report lists it with the others.
     *
     * @param threshold  the applied threshold, not null
     */
    public void noteApplied(AppliedThreshold threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (indexOf(threshold.key(), threshold.key().hashCode(), threshold.layer(), threshold.period()) < 0) {
            add(threshold, null);
        }
    }

    /**
     * Adds a finding.
     *
     * @param finding  the finding, not null
     */
    public void report(Finding finding) {
        findings.add(Objects.requireNonNull(finding, "finding"));
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
        return Evaluation.ofOrderedApplied(context, findings, Arrays.copyOf(applied, appliedCount));
    }

    private void recordApplied(ResolvedThreshold<?> resolved) {
        if (!isRecorded(resolved)) {
            record(resolved, null);
        }
    }

    /** Checks if this very resolved threshold was recorded (the usual case: rules read again). */
    private boolean isRecorded(ResolvedThreshold<?> resolved) {
        for (int i = 0; i < appliedCount; i++) {
            if (recorded[i] == resolved) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a threshold not recorded as this object before: unless one with the same key, layer and period was,
     * adds it, as {@code made} when given (the applied threshold its timeline made), otherwise made here.
     */
    private void record(ResolvedThreshold<?> resolved, AppliedThreshold made) {
        Threshold<?> t = resolved.threshold();
        PolicyKey<?> key = t.key();
        int known = indexOf(key.name(), key.nameHash(), resolved.layer(), t.period());
        if (known >= 0) {
            // another object with the same key, layer and period (such as a layer of another policy object): the
            // first one met stays; remember this object too, so its next read is found by identity
            if (recorded[known] == null) {
                recorded[known] = resolved;
            }
            return;
        }
        // the applied threshold (its value as text) is built only the first time: rules read thresholds often
        add(made != null ? made : AppliedThreshold.of(resolved), resolved);
    }

    /**
     * Returns the index of the applied threshold with this key, layer and period, or -1. Keys are told apart by
     * their hashes first, kept in an array of their own, so a key is compared as text only with one likely equal.
     */
    private int indexOf(String key, int keyHash, String layer, EffectivePeriod period) {
        int[] hashes = keyHashes;
        for (int i = 0; i < appliedCount; i++) {
            if (hashes[i] != keyHash) {
                continue;
            }
            AppliedThreshold a = applied[i];
            if (a.key().equals(key) && a.layer().equals(layer) && a.period().equals(period)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds a threshold in its place in report order, as {@link Evaluation} lists applied thresholds, so the
     * evaluation takes them as they are: each is compared once, when first met, by its key's packed order.
     *
     * @param resolved  what it was resolved from, or null for a threshold noted from elsewhere
     */
    private void add(AppliedThreshold threshold, ResolvedThreshold<?> resolved) {
        if (appliedCount == applied.length) {
            applied = Arrays.copyOf(applied, appliedCount * 2);
            recorded = Arrays.copyOf(recorded, appliedCount * 2);
            keyHashes = Arrays.copyOf(keyHashes, appliedCount * 2);
        }
        CodeOrder keyOrder = keyOrder(threshold, resolved);
        int at = appliedCount;
        while (at > 0 && Evaluation.compareApplied(applied[at - 1], keyOrder(applied[at - 1], recorded[at - 1]),
                threshold, keyOrder) > 0) {
            applied[at] = applied[at - 1];
            recorded[at] = recorded[at - 1];
            keyHashes[at] = keyHashes[at - 1];
            at--;
        }
        applied[at] = threshold;
        recorded[at] = resolved;
        keyHashes[at] = resolved != null ? resolved.key().nameHash() : threshold.key().hashCode();
        appliedCount++;
    }

    /** The order of an applied threshold's key: held by its policy key, or looked up for one noted from elsewhere. */
    private static CodeOrder keyOrder(AppliedThreshold threshold, ResolvedThreshold<?> resolved) {
        return resolved != null ? resolved.key().order() : CodeOrder.of(threshold.key());
    }
}
