package org.aftercare.fhir;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.aftercare.Policy;
import org.aftercare.evaluation.StandardPolicies;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resources of one evaluation, such as a patient's medication orders, drug tests and care plan as of
 * 2026-03-02T15:00Z in America/New_York, plus the draft orders a clinician is about to sign.
 *
 * <pre>{@code
 * FhirInput input = FhirInput.builder(asOf, ZoneId.of("America/New_York"))
 *         .bundle(prefetchBundle)
 *         .draftOrder(draftMedicationRequest)
 *         .build();
 * }</pre>
 *
 * <p>The resources are held by reference: HAPI resources are mutable, so callers must not change them while a
 * mapping runs.
 *
 * @implSpec This class is immutable (its lists are) and thread-safe when its resources are not modified.
 * @since 0.1.0
 */
public final class FhirInput {
    private final Instant asOf;
    private final ZoneId zone;
    private final Policy policy;
    private final List<IBaseResource> resources;
    private final List<Resource> draftOrders;

    private FhirInput(Builder b) {
        this.asOf = b.asOf;
        this.zone = b.zone;
        this.policy = b.policy;
        this.resources = List.copyOf(b.resources);
        this.draftOrders = List.copyOf(b.draftOrders);
    }

    /**
     * Obtains a builder with the default policy ({@link StandardPolicies#usDefault()}).
     *
     * @param asOf  the as-of instant, not null
     * @param zone  the clinic's zone, not null
     * @return the builder, not null
     */
    public static Builder builder(Instant asOf, ZoneId zone) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(zone, "zone"));
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
     * Returns the policy.
     *
     * @return the policy, not null
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the resources (bundles already flattened), in the order given.
     *
     * @return the resources, not null
     */
    public List<IBaseResource> resources() {
        return resources;
    }

    /**
     * Returns the draft (proposed) orders, in the order given.
     *
     * @return the draft orders, not null
     */
    public List<Resource> draftOrders() {
        return draftOrders;
    }

    @Override
    public String toString() {
        return "FhirInput[asOf=" + asOf + ", zone=" + zone + ", resources=" + resources.size() + ", draftOrders="
                + draftOrders.size() + "]";
    }

    /**
     * Builds a {@link FhirInput}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Instant asOf;
        private final ZoneId zone;
        private Policy policy = StandardPolicies.usDefault();
        private final List<IBaseResource> resources = new ArrayList<>();
        private final List<Resource> draftOrders = new ArrayList<>();

        private Builder(Instant asOf, ZoneId zone) {
            this.asOf = asOf;
            this.zone = zone;
        }

        /**
         * Sets the policy (default {@code us-default}).
         *
         * @param value  the policy, not null
         * @return this builder
         */
        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Adds one resource; a {@link Bundle} is flattened as by {@link #bundle(Bundle)}.
         *
         * @param value  the resource, not null
         * @return this builder
         */
        public Builder resource(IBaseResource value) {
            Objects.requireNonNull(value, "resource");
            if (value instanceof Bundle b) {
                return bundle(b);
            }
            resources.add(value);
            return this;
        }

        /**
         * Adds resources, in order; bundles are flattened.
         *
         * @param values  the resources, not null, no null element
         * @return this builder
         */
        public Builder resources(Collection<? extends IBaseResource> values) {
            Objects.requireNonNull(values, "resources").forEach(this::resource);
            return this;
        }

        /**
         * Adds the resources of a bundle's entries (searchset, collection, or any other type), in entry order;
         * nested bundles are flattened too. Entries without a resource are skipped (a searchset's
         * {@code OperationOutcome} entry is kept and reported like any other unsupported resource).
         *
         * @param value  the bundle, not null
         * @return this builder
         */
        public Builder bundle(Bundle value) {
            Objects.requireNonNull(value, "bundle");
            flatten(value, resources::add);
            return this;
        }

        /** Adds a bundle's resources in entry order, nested bundles flattened without recursion, each bundle once. */
        private static void flatten(Bundle bundle, java.util.function.Consumer<Resource> sink) {
            java.util.Set<Bundle> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Deque<java.util.Iterator<Bundle.BundleEntryComponent>> stack = new java.util.ArrayDeque<>();
            seen.add(bundle);
            stack.push(bundle.getEntry().iterator());
            while (!stack.isEmpty()) {
                java.util.Iterator<Bundle.BundleEntryComponent> it = stack.peek();
                if (!it.hasNext()) {
                    stack.pop();
                    continue;
                }
                // Not entry.hasResource(): HAPI's isEmpty() descends into nested bundles recursively.
                Resource r = it.next().getResource();
                if (r == null) {
                    continue;
                }
                if (r instanceof Bundle nested) {
                    if (seen.add(nested)) {
                        stack.push(nested.getEntry().iterator());
                    }
                } else {
                    sink.accept(r);
                }
            }
        }

        /**
         * Adds a draft (proposed) order, as in CDS Hooks {@code order-select} / {@code order-sign}
         * {@code context.draftOrders}: it is mapped as if carried out at its planned start.
         *
         * @param value  the order, not null
         * @return this builder
         */
        public Builder draftOrder(Resource value) {
            Objects.requireNonNull(value, "draftOrder");
            if (value instanceof Bundle b) {
                flatten(b, draftOrders::add);
                return this;
            }
            draftOrders.add(value);
            return this;
        }

        /**
         * Adds draft orders, in order; a bundle (CDS Hooks sends {@code draftOrders} as a Bundle) is flattened.
         *
         * @param values  the orders, not null, no null element
         * @return this builder
         */
        public Builder draftOrders(Collection<? extends Resource> values) {
            Objects.requireNonNull(values, "draftOrders").forEach(this::draftOrder);
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input, not null
         */
        public FhirInput build() {
            return new FhirInput(this);
        }
    }
}
