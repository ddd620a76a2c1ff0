package org.aftercare.fhir;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudStatus;
import org.aftercare.OudMedication;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.Regimen;
import org.aftercare.medication.RegimenPhase;
import org.aftercare.screening.DrugTest;

/**
 * Assembles the medication record from the mapped parts: infers unstated regimen phases, merges identical regimens
 * (an order and its take-home request), and reports doses of medications no order starts.
 */
final class RecordAssembly {
    private RecordAssembly() {
    }

    static Optional<MedicationRecord> assemble(MappingContext ctx, MedicationMapping meds, ObservationMapping obs) {
        Set<Regimen> regimens = new LinkedHashSet<>();
        for (MedicationMapping.Order o : meds.orders) {
            RegimenPhase phase = o.phase();
            if (phase == null) {
                boolean earlier = meds.orders.stream().anyMatch(p -> p != o && p.formulation().medication()
                        == o.formulation().medication() && p.start().isBefore(o.start()))
                        || meds.doses.stream().anyMatch(d -> d.source() != o.source() && d.dose().medication()
                                == o.formulation().medication() && d.dose().date(ctx.zone()).isBefore(o.start()));
                phase = earlier ? RegimenPhase.MAINTENANCE : RegimenPhase.INDUCTION;
                ctx.report(FhirRules.INFERRED_VALUE, o.source(), "extension('" + Terminology.EXT_REGIMEN_PHASE + "')",
                        "MedicationRequest states no regimen phase; taken as " + Terminology.code(phase)
                                + (earlier ? " (an earlier order or dose of " + Terminology.code(o.formulation().medication())
                                        + " is in the input)" : " (no earlier order or dose of "
                                        + Terminology.code(o.formulation().medication()) + " is in the input)"));
            }
            regimens.add(new Regimen(o.formulation(), phase, o.start(), o.end()));
        }
        Set<OudMedication> ordered = EnumSet.noneOf(OudMedication.class);
        regimens.forEach(r -> ordered.add(r.medication()));
        MedicationRecord.Builder b = MedicationRecord.builder();
        regimens.forEach(b::regimen);
        for (MedicationMapping.SourcedDose d : meds.doses) {
            if (ordered.contains(d.dose().medication())) {
                b.dose(d.dose());
                ctx.mapped(d.source());
            } else {
                ctx.report(FhirRules.DOSE_WITHOUT_ORDER, d.source(), "medication[x]", d.source().fhirType() + " gives "
                        + Terminology.code(d.dose().formulation()) + " but no MedicationRequest in the input orders "
                        + Terminology.code(d.dose().medication()) + "; the dose is not evaluated");
            }
        }
        meds.takeHomes.forEach(t -> b.takeHomeRequest(t.request()));
        meds.adjuncts.forEach(b::adjunct);
        obs.exposures.forEach(b::opioidExposure);
        obs.cows.forEach(b::cows);
        List<DrugTest> tests = obs.drugTests();
        tests.forEach(b::drugTest);
        boolean any = !regimens.isEmpty() || !meds.adjuncts.isEmpty() || !obs.exposures.isEmpty() || !obs.cows.isEmpty()
                || !tests.isEmpty();
        if (!any) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (InvalidValueException e) {
            throw new AssertionError("doses and take-home requests were checked against the regimens", e);
        }
    }

    /** RECEIVING the medications of current (active, on-hold) non-draft orders running on the as-of date, else UNKNOWN. */
    static MoudStatus derivedMoud(MappingContext ctx, MedicationMapping meds) {
        Set<OudMedication> active = EnumSet.noneOf(OudMedication.class);
        for (MedicationMapping.Order o : meds.orders) {
            if (!o.draft() && o.current() && !o.start().isAfter(ctx.asOfDate()) && (o.end() == null || ctx.asOfDate().isBefore(o.end()))) {
                active.add(o.formulation().medication());
            }
        }
        return active.isEmpty() ? MoudStatus.unknown() : new MoudStatus(org.aftercare.MoudEngagement.RECEIVING, active);
    }
}
