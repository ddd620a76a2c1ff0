package org.aftercare.fhir;

/** The fixed seed of this module's properties: the project's seed (aftercare-jqwik InvariantSeed), 1000 tries each. */
final class InvariantSeed {
    static final String SEED = "20261122";

    private InvariantSeed() {
    }
}
