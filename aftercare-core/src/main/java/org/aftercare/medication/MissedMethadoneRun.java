package org.aftercare.medication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.aftercare.OudMedication;

/**
 * A run of consecutive missed methadone days, such as {@code 2026-03-02..2026-03-05 (4 days)}, with the last dose
 * taken before it and the first dose (administered or dispensed) after it, as indices into the record's doses
 * (-1 when there is none).
 */
record MissedMethadoneRun(LocalDate start, LocalDate end, int lastMissedIndex, int lastDoseBefore, int firstDoseAfter) {

    int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(start, end)) + 1;
    }

    /** Finds every run, in date order; days covered by a dose or take-home supply break a run. */
    static List<MissedMethadoneRun> find(MedicationRecord record, ZoneId zone) {
        List<DoseEvent> doses = record.doses();
        TreeMap<LocalDate, Integer> missed = new TreeMap<>();
        TreeMap<LocalDate, Integer> taken = new TreeMap<>();
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            if (d.medication() != OudMedication.METHADONE) {
                continue;
            }
            LocalDate date = d.date(zone);
            if (d.kind() == DoseEventKind.MISSED) {
                missed.putIfAbsent(date, i);
            } else {
                for (int k = 0; k < d.supplyDays(); k++) {
                    taken.merge(date.plusDays(k), i, (a, b) -> doses.get(a).at().isAfter(doses.get(b).at()) ? a : b);
                }
            }
        }
        missed.keySet().removeIf(taken::containsKey);
        List<MissedMethadoneRun> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate date : missed.keySet()) {
            if (previous != null && !date.equals(previous.plusDays(1))) {
                runs.add(run(start, previous, missed, taken, doses, zone));
                start = null;
            }
            start = start == null ? date : start;
            previous = date;
        }
        if (start != null) {
            runs.add(run(start, previous, missed, taken, doses, zone));
        }
        return runs;
    }

    private static MissedMethadoneRun run(LocalDate start, LocalDate end, TreeMap<LocalDate, Integer> missed,
            TreeMap<LocalDate, Integer> taken, List<DoseEvent> doses, ZoneId zone) {
        var before = taken.lowerEntry(start);
        int firstAfter = -1;
        for (int i = 0; i < doses.size(); i++) {
            DoseEvent d = doses.get(i);
            if (d.medication() == OudMedication.METHADONE && d.kind() != DoseEventKind.MISSED
                    && d.date(zone).isAfter(end)
                    && (firstAfter < 0 || d.at().isBefore(doses.get(firstAfter).at()))) {
                firstAfter = i;
            }
        }
        return new MissedMethadoneRun(start, end, missed.get(end), before == null ? -1 : before.getValue(), firstAfter);
    }
}
