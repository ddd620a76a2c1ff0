package org.aftercare.medication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;
import org.aftercare.OudMedication;

/**
 * A day's methadone level within a regimen, such as {@code 2026-03-09: 80 mg (medication.doses[7])}: the
 * administered total that day, or the take-home dose per day for days a take-home supply covers.
 */
record MethadoneDayLevel(Dose dose, int index) {

    static TreeMap<LocalDate, MethadoneDayLevel> of(MedicationRecord record, Regimen regimen, ZoneId zone) {
        List<DoseEvent> doses = record.doses();
        TreeMap<LocalDate, MethadoneDayLevel> levels = new TreeMap<>();
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            if (d.medication() != OudMedication.METHADONE || d.kind() == DoseEventKind.MISSED
                    || !regimen.isActiveOn(d.date(zone))) {
                continue;
            }
            int index = i;
            if (d.kind() == DoseEventKind.ADMINISTERED) {
                levels.merge(d.date(zone), new MethadoneDayLevel(d.dose(), i),
                        (a, b) -> new MethadoneDayLevel(a.dose().plus(b.dose()), Math.max(a.index(), index)));
            } else {
                for (int k = 0; k < d.supplyDays(); k++) {
                    levels.putIfAbsent(d.date(zone).plusDays(k), new MethadoneDayLevel(d.dose(), i));
                }
            }
        }
        return levels;
    }
}
