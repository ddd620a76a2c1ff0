package org.aftercare.care;

import java.util.Objects;
import org.aftercare.InvalidValueException;

/**
 * A level of care of The ASAM Criteria, such as {@link #V3_2_1} (3rd edition, 2.1 Intensive Outpatient).
 *
 * <p>Each level carries its edition, its code as printed (for example {@code "2.1"} or
 * {@code "3.2-WM"}), its name, its setting and whether it needs 24-hour structure. Only codes,
 * names and settings are encoded; the criteria text and dimension decision rules are ASAM's
 * licensed content and are not reproduced. Weekly service-hour bounds are thresholds of a policy
 * ({@link CarePolicyKeys#weeklyHours}), not constants here.
 *
 * <p>Sources: 3rd edition levels and WM sublevels from ASAM summaries [V]; 4th edition levels from
 * independent implementations and the Colorado BHA code system [S] (see {@link CareSources}).
 *
 * @since 0.1.0
 */
public enum AsamLevel {
    /** 3rd edition 0.5 Early Intervention. */
    V3_0_5(AsamEdition.THIRD, "0.5", "Early Intervention", CareSetting.OUTPATIENT, false),
    /** 3rd edition OTS Opioid Treatment Services. */
    V3_OTS(AsamEdition.THIRD, "OTS", "Opioid Treatment Services", CareSetting.OUTPATIENT, false),
    /** 3rd edition 1 Outpatient Services. */
    V3_1(AsamEdition.THIRD, "1", "Outpatient Services", CareSetting.OUTPATIENT, false),
    /** 3rd edition 2.1 Intensive Outpatient Services. */
    V3_2_1(AsamEdition.THIRD, "2.1", "Intensive Outpatient Services", CareSetting.OUTPATIENT, false),
    /** 3rd edition 2.5 Partial Hospitalization Services. */
    V3_2_5(AsamEdition.THIRD, "2.5", "Partial Hospitalization Services", CareSetting.OUTPATIENT, false),
    /** 3rd edition 3.1 Clinically Managed Low-Intensity Residential Services. */
    V3_3_1(AsamEdition.THIRD, "3.1", "Clinically Managed Low-Intensity Residential Services", CareSetting.RESIDENTIAL, true),
    /** 3rd edition 3.3 Clinically Managed Population-Specific High-Intensity Residential Services. */
    V3_3_3(AsamEdition.THIRD, "3.3", "Clinically Managed Population-Specific High-Intensity Residential Services",
            CareSetting.RESIDENTIAL, true),
    /** 3rd edition 3.5 Clinically Managed High-Intensity Residential Services. */
    V3_3_5(AsamEdition.THIRD, "3.5", "Clinically Managed High-Intensity Residential Services", CareSetting.RESIDENTIAL, true),
    /** 3rd edition 3.7 Medically Monitored Intensive Inpatient Services. */
    V3_3_7(AsamEdition.THIRD, "3.7", "Medically Monitored Intensive Inpatient Services", CareSetting.INPATIENT, true),
    /** 3rd edition 4 Medically Managed Intensive Inpatient Services. */
    V3_4(AsamEdition.THIRD, "4", "Medically Managed Intensive Inpatient Services", CareSetting.INPATIENT, true),
    /** 3rd edition 1-WM Ambulatory Withdrawal Management without Extended On-Site Monitoring. */
    V3_1_WM(AsamEdition.THIRD, "1-WM", "Ambulatory Withdrawal Management without Extended On-Site Monitoring",
            CareSetting.OUTPATIENT, false),
    /** 3rd edition 2-WM Ambulatory Withdrawal Management with Extended On-Site Monitoring. */
    V3_2_WM(AsamEdition.THIRD, "2-WM", "Ambulatory Withdrawal Management with Extended On-Site Monitoring",
            CareSetting.OUTPATIENT, false),
    /** 3rd edition 3.2-WM Clinically Managed Residential Withdrawal Management. */
    V3_3_2_WM(AsamEdition.THIRD, "3.2-WM", "Clinically Managed Residential Withdrawal Management",
            CareSetting.RESIDENTIAL, true),
    /** 3rd edition 3.7-WM Medically Monitored Inpatient Withdrawal Management. */
    V3_3_7_WM(AsamEdition.THIRD, "3.7-WM", "Medically Monitored Inpatient Withdrawal Management",
            CareSetting.INPATIENT, true),
    /** 3rd edition 4-WM Medically Managed Intensive Inpatient Withdrawal Management. */
    V3_4_WM(AsamEdition.THIRD, "4-WM", "Medically Managed Intensive Inpatient Withdrawal Management",
            CareSetting.INPATIENT, true),
    /** 4th edition 1.0 Long-Term Remission Monitoring. */
    V4_1_0(AsamEdition.FOURTH, "1.0", "Long-Term Remission Monitoring", CareSetting.OUTPATIENT, false),
    /** 4th edition 1.5 Outpatient Therapy. */
    V4_1_5(AsamEdition.FOURTH, "1.5", "Outpatient Therapy", CareSetting.OUTPATIENT, false),
    /** 4th edition 1.7 Medically Managed Outpatient. */
    V4_1_7(AsamEdition.FOURTH, "1.7", "Medically Managed Outpatient", CareSetting.OUTPATIENT, false),
    /** 4th edition 2.1 Intensive Outpatient. */
    V4_2_1(AsamEdition.FOURTH, "2.1", "Intensive Outpatient", CareSetting.OUTPATIENT, false),
    /** 4th edition 2.5 High-Intensity Outpatient. */
    V4_2_5(AsamEdition.FOURTH, "2.5", "High-Intensity Outpatient", CareSetting.OUTPATIENT, false),
    /** 4th edition 2.7 Medically Managed Intensive Outpatient. */
    V4_2_7(AsamEdition.FOURTH, "2.7", "Medically Managed Intensive Outpatient", CareSetting.OUTPATIENT, false),
    /** 4th edition 3.1 Clinically Managed Low-Intensity Residential. */
    V4_3_1(AsamEdition.FOURTH, "3.1", "Clinically Managed Low-Intensity Residential", CareSetting.RESIDENTIAL, true),
    /** 4th edition 3.5 Clinically Managed High-Intensity Residential. */
    V4_3_5(AsamEdition.FOURTH, "3.5", "Clinically Managed High-Intensity Residential", CareSetting.RESIDENTIAL, true),
    /** 4th edition 3.7 Medically Managed Residential. */
    V4_3_7(AsamEdition.FOURTH, "3.7", "Medically Managed Residential", CareSetting.RESIDENTIAL, true),
    /** 4th edition 4 Medically Managed Inpatient. */
    V4_4(AsamEdition.FOURTH, "4", "Medically Managed Inpatient", CareSetting.INPATIENT, true);

    private final AsamEdition edition;
    private final String code;
    private final String levelName;
    private final CareSetting setting;
    private final boolean twentyFourHour;

    AsamLevel(AsamEdition edition, String code, String levelName, CareSetting setting, boolean twentyFourHour) {
        this.edition = edition;
        this.code = code;
        this.levelName = levelName;
        this.setting = setting;
        this.twentyFourHour = twentyFourHour;
    }

    /**
     * Obtains a level from its edition and code as printed, such as {@code of(THIRD, "3.2-WM")}.
     *
     * @param edition  the edition, not null
     * @param code  the code, not null
     * @return the level, not null
     * @throws InvalidValueException if the edition has no such level
     */
    public static AsamLevel of(AsamEdition edition, String code) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(code, "code");
        for (AsamLevel level : values()) {
            if (level.edition == edition && level.code.equals(code)) {
                return level;
            }
        }
        throw new InvalidValueException("level.code", "be an ASAM " + edition.code() + " edition level code", "\"" + code + "\"");
    }

    /**
     * Obtains a level from its qualified code, such as {@code "asam3:2.1"} or {@code "asam4:1.7"}.
     *
     * @param text  the qualified code, not null
     * @return the level, not null
     * @throws InvalidValueException if the text names no level
     */
    public static AsamLevel parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.startsWith("asam3:")) {
            return of(AsamEdition.THIRD, s.substring(6));
        }
        if (s.startsWith("asam4:")) {
            return of(AsamEdition.FOURTH, s.substring(6));
        }
        throw new InvalidValueException("level", "be a qualified ASAM code such as asam3:2.1 or asam4:1.7", "\"" + s + "\"");
    }

    /**
     * Returns the edition.
     *
     * @return the edition, not null
     */
    public AsamEdition edition() {
        return edition;
    }

    /**
     * Returns the code as printed, such as {@code "2.1"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the level's name.
     *
     * @return the name, not null
     */
    public String levelName() {
        return levelName;
    }

    /**
     * Returns the usual setting.
     *
     * @return the setting, not null
     */
    public CareSetting setting() {
        return setting;
    }

    /**
     * Checks if the level needs 24-hour structure (residential or inpatient).
     *
     * @return true if it does
     */
    public boolean needsTwentyFourHourStructure() {
        return twentyFourHour;
    }

    /**
     * Checks if this is a withdrawal-management sublevel of the 3rd edition.
     *
     * @return true for the -WM levels
     */
    public boolean isWithdrawalManagement() {
        return code.endsWith("-WM");
    }

    /** Returns the qualified code, such as {@code "asam3:2.1"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return "asam" + edition.code() + ":" + code;
    }

    /**
     * Returns a label for people, such as {@code "ASAM 2.1 Intensive Outpatient Services (3rd ed.)"}.
     *
     * @return the label
     */
    public String label() {
        return "ASAM " + code + " " + levelName + " (" + (edition == AsamEdition.THIRD ? "3rd" : "4th") + " ed.)";
    }
}
