package org.aftercare.care;

import static org.aftercare.care.ModalityFormat.FAMILY;
import static org.aftercare.care.ModalityFormat.GROUP;
import static org.aftercare.care.ModalityFormat.INDIVIDUAL;
import static org.aftercare.care.ModalityFormat.RESIDENTIAL;
import static org.aftercare.care.ModalityFormat.SELF_HELP;
import static org.aftercare.care.ModalityRole.CLINICAL;
import static org.aftercare.care.ModalityRole.RECOVERY_SUPPORT;
import static org.aftercare.care.ModalityRole.RESIDENCE;
import static org.aftercare.care.ModalityRole.WRAP_AROUND;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.SupportNeed;

/**
 * A treatment or support modality of the catalog, such as {@link #MINDFULNESS_BASED_RELAPSE_PREVENTION}.
 *
 * <p>Each modality has a format, a role, whether it is a relapse-prevention component, whether it
 * is a mental-health service, and which support needs it meets. How it is delivered (in person or
 * telehealth) is chosen per planned service ({@link Delivery}). Usual doses and population limits
 * are policy thresholds ({@link CarePolicyKeys#usualDose}, {@link CarePolicyKeys#ageRange}), not
 * constants here.
 *
 * @since 0.1.0
 */
public enum Modality {
    /** Individual drug counselling. */
    INDIVIDUAL_COUNSELLING("Individual counselling", INDIVIDUAL, CLINICAL, false, false),
    /** Group therapy or group counselling. */
    GROUP_THERAPY("Group therapy", GROUP, CLINICAL, false, false),
    /** Cognitive behavioural therapy, including CBT relapse prevention. */
    COGNITIVE_BEHAVIOURAL_THERAPY("Cognitive behavioural therapy (CBT)", INDIVIDUAL, CLINICAL, true, false),
    /** Mindfulness-based relapse prevention (MBRP). */
    MINDFULNESS_BASED_RELAPSE_PREVENTION("Mindfulness-based relapse prevention (MBRP)", GROUP, CLINICAL, true, false),
    /** Twelve-step facilitation (TSF). */
    TWELVE_STEP_FACILITATION("Twelve-step facilitation (TSF)", INDIVIDUAL, CLINICAL, true, false),
    /** Motivational interviewing / motivational enhancement therapy (MI/MET). */
    MOTIVATIONAL_ENHANCEMENT("Motivational interviewing / enhancement therapy (MI/MET)", INDIVIDUAL, CLINICAL, false, false),
    /** Community reinforcement approach (CRA). */
    COMMUNITY_REINFORCEMENT_APPROACH("Community reinforcement approach (CRA)", INDIVIDUAL, CLINICAL, true, false),
    /** Family behaviour therapy (FBT). */
    FAMILY_BEHAVIOUR_THERAPY("Family behaviour therapy (FBT)", FAMILY, CLINICAL, false, false),
    /** Multidimensional family therapy (MDFT), for adolescents. */
    MULTIDIMENSIONAL_FAMILY_THERAPY("Multidimensional family therapy (MDFT)", FAMILY, CLINICAL, false, false),
    /** Rational emotive behaviour therapy (REBT). */
    RATIONAL_EMOTIVE_BEHAVIOUR_THERAPY("Rational emotive behaviour therapy (REBT)", INDIVIDUAL, CLINICAL, false, false),
    /** Contingency management (incentives); schedules live in {@code org.aftercare.incentive}. */
    CONTINGENCY_MANAGEMENT("Contingency management", INDIVIDUAL, CLINICAL, false, false),
    /** Peer recovery support (recovery coach). */
    PEER_RECOVERY_SUPPORT("Peer recovery support", INDIVIDUAL, RECOVERY_SUPPORT, false, false),
    /** Telephone continuing care (monitoring and brief counselling calls). */
    TELEPHONE_CONTINUING_CARE("Telephone continuing care", INDIVIDUAL, CLINICAL, true, false),
    /** Recovery management check-ups. */
    RECOVERY_CHECKUPS("Recovery management check-ups", INDIVIDUAL, RECOVERY_SUPPORT, false, false),
    /** Recovery housing / sober living. */
    RECOVERY_HOUSING("Recovery housing / sober living", RESIDENTIAL, RESIDENCE, false, false, SupportNeed.HOUSING),
    /** Therapeutic community. */
    THERAPEUTIC_COMMUNITY("Therapeutic community", RESIDENTIAL, RESIDENCE, true, false, SupportNeed.HOUSING),
    /** Mutual-help meetings (AA, NA, SMART and the like). */
    MUTUAL_HELP("Mutual-help meetings (AA/NA)", SELF_HELP, RECOVERY_SUPPORT, false, false),
    /** Mental-health services (psychiatric care, psychotherapy for a co-occurring disorder). */
    MENTAL_HEALTH_SERVICES("Mental-health services", INDIVIDUAL, WRAP_AROUND, false, true),
    /** Primary care. */
    PRIMARY_CARE("Primary care", INDIVIDUAL, WRAP_AROUND, false, false, SupportNeed.PRIMARY_CARE),
    /** Vocational rehabilitation. */
    VOCATIONAL_REHABILITATION("Vocational rehabilitation", INDIVIDUAL, WRAP_AROUND, false, false,
            SupportNeed.VOCATIONAL, SupportNeed.EMPLOYMENT),
    /** Housing support services. */
    HOUSING_SUPPORT("Housing support", INDIVIDUAL, WRAP_AROUND, false, false, SupportNeed.HOUSING),
    /** Employment support services. */
    EMPLOYMENT_SUPPORT("Employment support", INDIVIDUAL, WRAP_AROUND, false, false, SupportNeed.EMPLOYMENT),
    /** Parenting instruction and support. */
    PARENTING_SUPPORT("Parenting support", INDIVIDUAL, WRAP_AROUND, false, false, SupportNeed.PARENTING),
    /** Legal services. */
    LEGAL_SERVICES("Legal services", INDIVIDUAL, WRAP_AROUND, false, false, SupportNeed.LEGAL);

    /** The wire code, computed once: {@code name()} in lower case with hyphens. */
    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

    private final String label;
    private final ModalityFormat format;
    private final ModalityRole role;
    private final boolean relapsePrevention;
    private final boolean mentalHealthService;
    private final Set<SupportNeed> meets;

    Modality(String label, ModalityFormat format, ModalityRole role, boolean relapsePrevention,
            boolean mentalHealthService, SupportNeed... meets) {
        this.label = label;
        this.format = format;
        this.role = role;
        this.relapsePrevention = relapsePrevention;
        this.mentalHealthService = mentalHealthService;
        this.meets = meets.length == 0 ? Set.of() : Sets.immutableEnumSet(EnumSet.of(meets[0], meets));
    }

    /**
     * Obtains a modality from its code, such as {@code "mindfulness-based-relapse-prevention"}.
     *
     * @param code  the code, not null
     * @return the modality, not null
     * @throws InvalidValueException if no modality has that code
     */
    public static Modality parse(CharSequence code) {
        Objects.requireNonNull(code, "code");
        String text = code.toString();
        for (Modality m : values()) {
            if (m.code().equals(text)) {
                return m;
            }
        }
        throw new InvalidValueException("modality", "be a modality code such as cognitive-behavioural-therapy",
                "\"" + text + "\"");
    }

    /**
     * Returns the code, such as {@code "twelve-step-facilitation"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the label for people.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public ModalityFormat format() {
        return format;
    }

    /**
     * Returns the role.
     *
     * @return the role, not null
     */
    public ModalityRole role() {
        return role;
    }

    /**
     * Checks if sessions count toward a level's weekly clinical hours.
     *
     * @return true for clinical modalities
     */
    public boolean countsTowardClinicalHours() {
        return role == CLINICAL;
    }

    /**
     * Checks if this is a relapse-prevention component.
     *
     * @return true if it is
     */
    public boolean isRelapsePrevention() {
        return relapsePrevention;
    }

    /**
     * Checks if this is a mental-health service.
     *
     * @return true if it is
     */
    public boolean isMentalHealthService() {
        return mentalHealthService;
    }

    /**
     * Returns the support needs this modality meets.
     *
     * @return the needs, not null
     */
    public Set<SupportNeed> meets() {
        return meets;
    }

    @Override
    public String toString() {
        return code();
    }
}
