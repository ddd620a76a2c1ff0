/**
 * aftercare-jqwik: jqwik generators for the aftercare domain types. Add it in test scope.
 *
 * <p>Entry points: {@link org.aftercare.jqwik.AftercareArbitraries}, {@link org.aftercare.jqwik.Timelines},
 * {@link org.aftercare.jqwik.NearValid} and the opt-in domain {@link org.aftercare.jqwik.AftercareDomain}.
 * The default provider makes {@code @ForAll AftercarePlan plan} work with no setup.
 *
 * @since 0.1.0
 */
module org.aftercare.jqwik {
    requires transitive org.aftercare.core;
    requires transitive net.jqwik.api;

    exports org.aftercare.jqwik;

    provides net.jqwik.api.providers.ArbitraryProvider with org.aftercare.jqwik.internal.AftercareArbitraryProvider;
}
