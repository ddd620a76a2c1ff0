package org.aftercare.medication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.OudMedication;

/**
 * A take-home supply to check or to count, such as a dispensed 2-day weekend supply or a requested 14-day supply,
 * with the path of its field. Built from {@link TakeHomeRequest}s and dispensed {@link DoseEvent}s alike.
 */
record TakeHomeSupply(OudMedication medication, LocalDate firstDay, int supplyDays, int closureDays, String path,
        boolean dispensed, int index) {

    static List<TakeHomeSupply> dispensed(MedicationRecord record, ZoneId zone) {
        List<TakeHomeSupply> result = new ArrayList<>();
        List<DoseEvent> doses = record.doses();
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            if (d.kind() == DoseEventKind.DISPENSED_TAKE_HOME) {
                result.add(new TakeHomeSupply(d.medication(), d.date(zone), d.supplyDays(), d.closureDays(),
                        "medication.doses[" + i + "].supplyDays", true, i));
            }
        }
        return result;
    }

    static List<TakeHomeSupply> requested(MedicationRecord record) {
        List<TakeHomeSupply> result = new ArrayList<>();
        List<TakeHomeRequest> requests = record.takeHomeRequests();
        for (int i = 0; i < requests.size(); i++) {
            TakeHomeRequest r = requests.get(i);
            result.add(new TakeHomeSupply(r.medication(), r.firstDay(), r.supplyDays(), r.closureDays(),
                    "medication.takeHomeRequests[" + i + "].supplyDays", false, i));
        }
        return result;
    }

    /** Checks if this dispensed supply comes before another supply (dispensings before requests). */
    boolean isBefore(TakeHomeSupply other) {
        if (!dispensed || other.medication != medication) {
            return false;
        }
        if (!other.dispensed) {
            return !firstDay.isAfter(other.firstDay);
        }
        return firstDay.isBefore(other.firstDay) || (firstDay.equals(other.firstDay) && index < other.index);
    }

    /** Returns the days this supply counts under a tier: closure days excluded unless the tier counts them. */
    int countedDays(TakeHomeTier tier) {
        return tier.closureDosesCounted() ? supplyDays : supplyDays - closureDays;
    }
}
