package org.aftercare;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftercare.internal.Checks;

/**
 * The result of evaluating something: every finding (not just the first) in report order, and
 * every threshold that was applied, such as the validation of an aftercare plan.
 *
 * <p>Invariants: findings are distinct and sorted by {@link Finding#REPORT_ORDER}; applied
 * thresholds are distinct and sorted by key, then layer. Equal inputs give equal evaluations.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Evaluation {
    /** {@link #compareApplied} of two applied thresholds, their keys' order looked up by text. */
    private static final Comparator<AppliedThreshold> APPLIED_ORDER =
            (a, b) -> compareApplied(a, CodeOrder.of(a.key()), b, CodeOrder.of(b.key()));

    /** Up to this many elements are sorted by {@link #insertionSort}; more by {@code Arrays.sort}. */
    private static final int INSERTION_SORT_MAX = 24;

    private final Instant asOf;
    private final ZoneId zone;
    private final String policyName;
    private final List<Finding> findings;
    private final List<AppliedThreshold> appliedThresholds;

    private Evaluation(Instant asOf, ZoneId zone, String policyName, Collection<Finding> findings,
            Collection<AppliedThreshold> applied) {
        this(asOf, zone, policyName, findings, applied.toArray(new AppliedThreshold[0]));
    }

    private Evaluation(Instant asOf, ZoneId zone, String policyName, Collection<Finding> findings,
            AppliedThreshold[] applied) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.policyName = Checks.nonBlank(policyName, "policyName");
        this.findings = sortedDistinct(findings, Finding.REPORT_ORDER);
        this.appliedThresholds = sortedDistinct(applied, APPLIED_ORDER);
    }

    /**
     * The evaluation of a rule context: its findings in an array of its own, sorted here in place, and its applied
     * thresholds already distinct and in order (the context lists them so) in an array of its own, held as it is.
     */
    static Evaluation ofOrderedApplied(EvaluationContext context, Finding[] findings,
            AppliedThreshold[] orderedApplied) {
        return new Evaluation(context, findings, orderedApplied);
    }

    /** The constructor of {@link #ofOrderedApplied}: the context's parts and the policy's name are checked. */
    private Evaluation(EvaluationContext context, Finding[] findings, AppliedThreshold[] orderedApplied) {
        this.asOf = context.asOf();
        this.zone = context.zone();
        this.policyName = context.policy().name();
        this.findings = sortedDistinct(findings, Finding.REPORT_ORDER);
        this.appliedThresholds = new ArrayView<>(orderedApplied);
    }

    /** {@link #compareApplied(CodeOrder, String, EffectivePeriod, CodeOrder, String, EffectivePeriod)} of two. */
    static int compareApplied(AppliedThreshold a, CodeOrder aKey, AppliedThreshold b, CodeOrder bKey) {
        return compareApplied(aKey, a.layer(), a.period(), bKey, b.layer(), b.period());
    }

    /**
     * The order of applied thresholds: by key (its {@link CodeOrder}), then layer, then the period's text (written
     * out only on a tie). The one definition of that order: a policy's {@link ThresholdNumbers} place resolved
     * thresholds by it too, before their values are written as text.
     */
    static int compareApplied(CodeOrder aKey, String aLayer, EffectivePeriod aPeriod, CodeOrder bKey, String bLayer,
            EffectivePeriod bPeriod) {
        int c = CodeOrder.compare(aKey, bKey);
        if (c == 0) {
            c = aLayer.compareTo(bLayer);
        }
        return c != 0 ? c : aPeriod.toString().compareTo(bPeriod.toString());
    }

    /**
     * Returns the distinct elements sorted: the same list as de-duplicating first (keeping the first of equal
     * elements) and then sorting stably, without hashing every element. After a stable sort, equal elements sit
     * in the same run of elements the order ranks alike, in input order, so each is checked only against the
     * kept elements of its run (almost always none or one).
     */
    private static <T> List<T> sortedDistinct(Collection<T> elements, Comparator<? super T> order) {
        @SuppressWarnings("unchecked")
        T[] sorted = (T[]) elements.toArray();
        return sortedDistinct(sorted, order);
    }

    /** {@link #sortedDistinct(Collection, Comparator)} of an array this class may sort in place. */
    private static <T> List<T> sortedDistinct(T[] sorted, Comparator<? super T> order) {
        for (T element : sorted) {
            Objects.requireNonNull(element, "element");
        }
        if (sorted.length <= INSERTION_SORT_MAX) {
            insertionSort(sorted, order);
        } else {
            Arrays.sort(sorted, order);
        }
        int kept = 0;
        for (T element : sorted) {
            boolean repeated = false;
            for (int j = kept - 1; j >= 0 && order.compare(sorted[j], element) == 0; j--) {
                if (sorted[j].equals(element)) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                sorted[kept++] = element;
            }
        }
        // the array is this evaluation's own: held as it is, read-only, rather than copied once more
        return new ArrayView<>(kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept));
    }

    /**
     * Sorts stably, as {@link Arrays#sort(Object[], Comparator)} does, by insertion: an evaluation holds a handful of
     * findings and thresholds, and this loop is small enough to be compiled into each caller with its comparator
     * known (through {@code Arrays.sort} the comparison is a call the compiler cannot resolve: every comparator in
     * the program passes the same sort).
     */
    private static <T> void insertionSort(T[] a, Comparator<? super T> order) {
        for (int i = 1; i < a.length; i++) {
            T element = a[i];
            int j = i - 1;
            while (j >= 0 && order.compare(a[j], element) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = element;
        }
    }

    /**
     * Obtains an evaluation.
     *
     * @param context  the context it was made in, not null
     * @param findings  the findings, in any order, not null
     * @param applied  the applied thresholds, in any order, not null
     * @return the evaluation, not null
     */
    public static Evaluation of(EvaluationContext context, Collection<Finding> findings,
            Collection<AppliedThreshold> applied) {
        Objects.requireNonNull(context, "context");
        return new Evaluation(context.asOf(), context.zone(), context.policy().name(),
                Objects.requireNonNull(findings, "findings"), Objects.requireNonNull(applied, "applied"));
    }

    /**
     * Returns an evaluation holding the findings and applied thresholds of this and another
     * evaluation made in the same context.
     *
     * @param other  the other evaluation, not null
     * @return the combined evaluation, not null
     * @throws IllegalArgumentException if the two were made as of different instants, zones or policies
     */
    public Evaluation plus(Evaluation other) {
        Objects.requireNonNull(other, "other");
        if (!asOf.equals(other.asOf) || !zone.equals(other.zone) || !policyName.equals(other.policyName)) {
            throw new IllegalArgumentException("Cannot combine evaluations made in different contexts");
        }
        return new Evaluation(asOf, zone, policyName,
                ImmutableList.<Finding>builder().addAll(findings).addAll(other.findings).build(),
                ImmutableList.<AppliedThreshold>builder().addAll(appliedThresholds).addAll(other.appliedThresholds).build());
    }

    /**
     * Returns the as-of instant.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Returns the clinic's zone.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the name of the policy applied.
     *
     * @return the name, not null
     */
    public String policyName() {
        return policyName;
    }

    /**
     * Returns every finding, errors first.
     *
     * @return the findings, not null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings with a code.
     *
     * @param code  the code, not null
     * @return the findings with that code, in report order
     */
    public List<Finding> findings(String code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /**
     * Returns the findings of a severity.
     *
     * @param severity  the severity, not null
     * @return the findings of that severity, in report order
     */
    public List<Finding> findings(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Checks if any finding is an {@link Severity#ERROR}.
     *
     * @return true if the plan must not proceed as is
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns the thresholds applied, by key.
     *
     * @return the applied thresholds, not null
     */
    public List<AppliedThreshold> appliedThresholds() {
        return appliedThresholds;
    }

    /**
     * Returns the names of the policy layers that supplied a threshold, sorted.
     *
     * @return the layer names
     */
    public List<String> appliedLayers() {
        return appliedThresholds.stream().map(AppliedThreshold::layer).distinct().sorted().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation other && asOf.equals(other.asOf) && zone.equals(other.zone)
                && policyName.equals(other.policyName) && findings.equals(other.findings)
                && appliedThresholds.equals(other.appliedThresholds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, zone, policyName, findings, appliedThresholds);
    }

    @Override
    public String toString() {
        return "Evaluation[asOf=" + asOf + ", policy=" + policyName + ", findings=" + findings.size() + "]";
    }
}
