package org.aftercare.fhir;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.medication.Dose;
import org.aftercare.medication.DoseUnit;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;

/** Reads doses (mg, ug) and day counts (d, wk) from FHIR quantities, reporting what it cannot read. */
final class Quantities {
    private Quantities() {
    }

    /** Reads a dose in mg or micrograms (UCUM {@code mg}, {@code ug}; unit text mg, mcg, µg). */
    static Optional<Dose> dose(MappingContext ctx, Resource owner, String element, Quantity q) {
        if (q == null || q.isEmpty() || !q.hasValue()) {
            ctx.report(FhirRules.MISSING_ELEMENT, owner, element, owner.fhirType() + " has no dose quantity");
            return Optional.empty();
        }
        String unit = unitOf(q);
        DoseUnit doseUnit;
        switch (unit) {
            case "mg":
                doseUnit = DoseUnit.MILLIGRAM;
                break;
            case "ug":
            case "mcg":
            case "µg":
                doseUnit = DoseUnit.MICROGRAM;
                break;
            default:
                ctx.report(FhirRules.UNSUPPORTED_UNIT, owner, element, owner.fhirType() + " dose "
                        + q.getValue().toPlainString() + " " + (unit.isEmpty() ? "(no unit)" : "\"" + unit + "\"")
                        + " is not in mg or micrograms");
                return Optional.empty();
        }
        try {
            return Optional.of(Dose.of(q.getValue(), doseUnit));
        } catch (InvalidValueException e) {
            ctx.invalid(owner, element, e);
            return Optional.empty();
        }
    }

    /** Reads a whole number of days from a duration or quantity in d or wk; reports anything else. */
    static Optional<Integer> days(MappingContext ctx, Resource owner, String element, Quantity q) {
        if (q == null || q.isEmpty() || !q.hasValue()) {
            ctx.report(FhirRules.MISSING_ELEMENT, owner, element, owner.fhirType() + " has no supply duration");
            return Optional.empty();
        }
        String unit = unitOf(q);
        BigDecimal days;
        switch (unit) {
            case "d":
            case "day":
            case "days":
                days = q.getValue();
                break;
            case "wk":
            case "week":
            case "weeks":
                days = q.getValue().multiply(BigDecimal.valueOf(7));
                break;
            default:
                ctx.report(FhirRules.UNSUPPORTED_UNIT, owner, element, owner.fhirType() + " duration "
                        + q.getValue().toPlainString() + " " + (unit.isEmpty() ? "(no unit)" : "\"" + unit + "\"")
                        + " is not in days or weeks");
                return Optional.empty();
        }
        if (days.signum() <= 0 || days.stripTrailingZeros().scale() > 0 || days.compareTo(BigDecimal.valueOf(3653)) > 0) {
            ctx.report(FhirRules.INVALID_VALUE, owner, element, owner.fhirType() + " duration "
                    + q.getValue().toPlainString() + " " + unit + " is not a whole number of days from 1 to 3653");
            return Optional.empty();
        }
        return Optional.of(days.intValueExact());
    }

    private static String unitOf(Quantity q) {
        String unit = q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
        return unit.trim().toLowerCase(Locale.ROOT);
    }

    static Quantity milligrams(Dose dose) {
        Quantity q = new Quantity();
        q.setValue(dose.amount());
        q.setSystem(Terminology.UCUM);
        q.setCode(dose.unit() == DoseUnit.MILLIGRAM ? "mg" : "ug");
        q.setUnit(dose.unit().symbol());
        return q;
    }

    static Duration daysDuration(int days) {
        return days(new Duration(), days);
    }

    static Quantity daysQuantity(int days) {
        return days(new Quantity(), days);
    }

    /** Fills a UCUM quantity of whole days: a Duration is a Quantity, so both share this. */
    private static <Q extends Quantity> Q days(Q quantity, int days) {
        quantity.setValue(days);
        quantity.setSystem(Terminology.UCUM);
        quantity.setCode("d");
        quantity.setUnit("days");
        return quantity;
    }
}
