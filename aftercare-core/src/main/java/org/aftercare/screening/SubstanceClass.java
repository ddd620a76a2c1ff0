package org.aftercare.screening;

/**
 * The class of substance an analyte indicates, such as {@link #STIMULANT} for cocaine.
 * Incentive targets and medication rules select analytes by class.
 *
 * @since 0.1.0
 */
public enum SubstanceClass {
    /** Opioid agonists and partial agonists, including medications for OUD. */
    OPIOID,
    /** Opioid antagonists such as naltrexone and naloxone. */
    OPIOID_ANTAGONIST,
    /** Cocaine, amphetamine, methamphetamine. */
    STIMULANT,
    /** Alcohol, by breath or by metabolite. */
    ALCOHOL,
    /** Cannabis. */
    CANNABIS,
    /** Benzodiazepines and other sedatives. */
    SEDATIVE
}
