package org.aftercare.care;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.aftercare.Citation;
import org.aftercare.VerificationStatus;

/**
 * The crosswalk between ASAM 3rd and 4th edition levels, such as {@code 1-WM -> 1.7} or
 * {@code 3.3 -> no equivalent}. Every level of either edition has an entry; where none exists the
 * entry says so explicitly.
 *
 * <pre>{@code
 * AsamCrosswalk.map(AsamLevel.V3_3_3).hasEquivalent();   // false: 3.3 leaves the 4th-edition continuum
 * AsamCrosswalk.map(AsamLevel.V3_1_WM).equivalent();     // Optional[asam4:1.7]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AsamCrosswalk {
    private static final Citation COLORADO = Citation.of("Colorado BHA FHIR IG, BHAASAMLevelOfCareCS.fsh",
            "\"Going away with New 2025 ASAM\"", "2025 adoption", VerificationStatus.VERIFIED);
    private static final Citation IMPLEMENTATIONS = CareSources.ASAM4_LEVELS;
    private static final Citation UNCONFIRMED = Citation.of("ASAM 4th edition adult continuum (level lists found)",
            "0.5 absent from every list", "2023", VerificationStatus.UNVERIFIED);
    private static final Map<AsamLevel, CrosswalkEntry> ENTRIES = build();

    private AsamCrosswalk() {
    }

    /**
     * Maps a level to the other edition.
     *
     * @param level  the level, not null
     * @return the entry, with an equivalent or an explicit "no equivalent", not null
     */
    public static CrosswalkEntry map(AsamLevel level) {
        return ENTRIES.get(Objects.requireNonNull(level, "level"));
    }

    private static Map<AsamLevel, CrosswalkEntry> build() {
        Map<AsamLevel, CrosswalkEntry> m = new EnumMap<>(AsamLevel.class);
        put(m, AsamLevel.V3_0_5, null, "0.5 is outside the 4th-edition adult treatment continuum", UNCONFIRMED);
        put(m, AsamLevel.V3_OTS, null,
                "OTS is no longer a separate level; medication capability sits in 1.7, 2.7 and 3.7", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_1, AsamLevel.V4_1_5, "Level 1 became 1.5 Outpatient Therapy", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_2_1, AsamLevel.V4_2_1, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_2_5, AsamLevel.V4_2_5, "Partial Hospitalization became High-Intensity Outpatient",
                IMPLEMENTATIONS);
        put(m, AsamLevel.V3_3_1, AsamLevel.V4_3_1, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_3_3, null, "3.3 is dropped in the 4th edition", COLORADO);
        put(m, AsamLevel.V3_3_5, AsamLevel.V4_3_5, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_3_7, AsamLevel.V4_3_7, "renamed Medically Managed Residential", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_4, AsamLevel.V4_4, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_1_WM, AsamLevel.V4_1_7, "ambulatory WM moves into 1.7", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_2_WM, AsamLevel.V4_2_7, "ambulatory WM with monitoring moves into 2.7", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_3_2_WM, null, "3.2-WM is dropped in the 4th edition", COLORADO);
        put(m, AsamLevel.V3_3_7_WM, AsamLevel.V4_3_7, "WM moves into 3.7", IMPLEMENTATIONS);
        put(m, AsamLevel.V3_4_WM, AsamLevel.V4_4, "WM moves into 4", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_1_0, null, "1.0 is new in the 4th edition", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_1_5, AsamLevel.V3_1, "was Level 1", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_1_7, null, "1.7 is new; it takes in 1-WM and office-based medication care", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_2_1, AsamLevel.V3_2_1, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_2_5, AsamLevel.V3_2_5, "was Partial Hospitalization", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_2_7, null, "2.7 is new; it takes in 2-WM", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_3_1, AsamLevel.V3_3_1, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_3_5, AsamLevel.V3_3_5, "same code", IMPLEMENTATIONS);
        put(m, AsamLevel.V4_3_7, AsamLevel.V3_3_7, "was Medically Monitored Intensive Inpatient; takes in 3.7-WM",
                IMPLEMENTATIONS);
        put(m, AsamLevel.V4_4, AsamLevel.V3_4, "same code; takes in 4-WM", IMPLEMENTATIONS);
        return ImmutableMap.copyOf(m);
    }

    private static void put(Map<AsamLevel, CrosswalkEntry> m, AsamLevel from, AsamLevel to, String note, Citation c) {
        m.put(from, new CrosswalkEntry(from, to, note, c));
    }
}
