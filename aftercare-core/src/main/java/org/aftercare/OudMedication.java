package org.aftercare;

/**
 * A medication for opioid use disorder (MOUD), such as {@link #BUPRENORPHINE}.
 * Formulations, doses and regimens live in {@code org.aftercare.medication}; this closed set is
 * what the other domains need to know (a plan's MOUD status, analytes to exclude from incentive targets).
 *
 * @since 0.1.0
 */
public enum OudMedication {
    /** Methadone, a full agonist dispensed by opioid treatment programmes. */
    METHADONE,
    /** Buprenorphine, a partial agonist, with or without naloxone, sublingual or extended-release injectable. */
    BUPRENORPHINE,
    /** Naltrexone, an antagonist, oral or extended-release injectable. */
    NALTREXONE
}
