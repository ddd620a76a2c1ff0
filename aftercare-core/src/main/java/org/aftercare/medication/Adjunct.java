package org.aftercare.medication;

/**
 * A medicine given alongside OUD treatment for withdrawal symptoms or sleep, such as {@link #LOFEXIDINE}.
 * Sedating adjuncts are flagged (not blocked) when combined with methadone or buprenorphine.
 *
 * @since 0.1.0
 */
public enum Adjunct {
    /** Lofexidine (Lucemyra), an alpha-2 agonist for withdrawal symptoms. */
    LOFEXIDINE(false),
    /** Clonidine (off-label), an alpha-2 agonist for withdrawal symptoms. */
    CLONIDINE(false),
    /** Loperamide, for diarrhoea. */
    LOPERAMIDE(false),
    /** Ondansetron, for nausea. */
    ONDANSETRON(false),
    /** Promethazine, an antiemetic; sedating. */
    PROMETHAZINE(true),
    /** Hydroxyzine, for anxiety; sedating. */
    HYDROXYZINE(true),
    /** Diphenhydramine, for sleep; sedating. */
    DIPHENHYDRAMINE(true),
    /** Any benzodiazepine; sedating. */
    BENZODIAZEPINE(true);

    private final boolean sedating;

    Adjunct(boolean sedating) {
        this.sedating = sedating;
    }

    /**
     * Checks if this adjunct adds sedation.
     *
     * @return true if sedating
     */
    public boolean isSedating() {
        return sedating;
    }
}
