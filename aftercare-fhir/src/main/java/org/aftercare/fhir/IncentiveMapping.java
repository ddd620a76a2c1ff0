package org.aftercare.fhir;

import java.time.LocalDate;
import java.util.Optional;
import org.aftercare.InvalidValueException;
import org.aftercare.MoudStatus;
import org.aftercare.care.CareSetting;
import org.aftercare.incentive.FundingPolicies;
import org.aftercare.incentive.IncentiveInstrument;
import org.aftercare.incentive.IncentivePreset;
import org.aftercare.incentive.IncentivePresets;
import org.aftercare.incentive.IncentiveProgram;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;

/**
 * An incentive programme from a CarePlan activity detail naming a core preset: {@code detail.code} in
 * {@code http://aftercare.org/fhir/CodeSystem/incentive-preset} (the preset's name, such as
 * {@code ctn-0007-prize-bowl}), {@code detail.scheduledPeriod.start} the start date, and extensions for the funding
 * policy, the instrument and (optionally) the setting, which defaults to the placement's.
 */
final class IncentiveMapping {
    private IncentiveMapping() {
    }

    static Optional<IncentiveProgram> program(MappingContext ctx, CarePlan cp, String path,
            CarePlan.CarePlanActivityDetailComponent detail, CareSetting placementSetting, MoudStatus moud) {
        String name = detail.getCode().getCoding().stream().filter(c -> Terminology.CS_INCENTIVE_PRESET.equals(c.getSystem()))
                .map(Coding::getCode).findFirst().orElse(null);
        Optional<IncentivePreset> preset = IncentivePresets.all().stream().filter(p -> p.name().equals(name)).findFirst();
        if (preset.isEmpty()) {
            ctx.report(FhirRules.UNMAPPED_CODE, cp, path + ".code", "Incentive preset " + (name == null ? "(no code)"
                    : "\"" + name + "\"") + " is not one of " + String.join(", ", IncentivePresets.all().stream()
                    .map(IncentivePreset::name).toList()));
            return Optional.empty();
        }
        if (!(detail.getScheduled() instanceof Period period) || !period.hasStart()) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, path + ".scheduledPeriod.start", "Incentive programme "
                    + name + " has no start date (scheduledPeriod.start)");
            return Optional.empty();
        }
        Optional<LocalDate> start = ctx.date(period.getStartElement());
        if (start.isEmpty()) {
            ctx.report(FhirRules.MISSING_ELEMENT, cp, path + ".scheduledPeriod.start", "Incentive programme start is"
                    + " not given to the day");
            return Optional.empty();
        }
        String funding = code(detail, Terminology.EXT_INCENTIVE_FUNDING);
        if (funding == null || !FundingPolicies.names().contains(funding)) {
            ctx.report(funding == null ? FhirRules.MISSING_ELEMENT : FhirRules.UNMAPPED_CODE, cp,
                    path + ".extension('" + Terminology.EXT_INCENTIVE_FUNDING + "')", "Incentive programme funding "
                            + (funding == null ? "is not given" : "\"" + funding + "\" is unknown") + "; one of "
                            + String.join(", ", FundingPolicies.names()));
            return Optional.empty();
        }
        String instrumentCode = code(detail, Terminology.EXT_INCENTIVE_INSTRUMENT);
        Optional<IncentiveInstrument> instrument = instrumentCode == null ? Optional.empty()
                : Terminology.parse(IncentiveInstrument.class, instrumentCode);
        if (instrument.isEmpty()) {
            ctx.report(instrumentCode == null ? FhirRules.MISSING_ELEMENT : FhirRules.UNMAPPED_CODE, cp,
                    path + ".extension('" + Terminology.EXT_INCENTIVE_INSTRUMENT + "')", "Incentive programme instrument "
                            + (instrumentCode == null ? "is not given" : "\"" + instrumentCode + "\" is unknown")
                            + "; one of goods, voucher, gift-card, restricted-debit-card");
            return Optional.empty();
        }
        CareSetting setting = placementSetting;
        String settingCode = code(detail, Terminology.EXT_INCENTIVE_SETTING);
        if (settingCode != null) {
            Optional<CareSetting> s = Terminology.parse(CareSetting.class, settingCode);
            if (s.isEmpty()) {
                ctx.report(FhirRules.UNMAPPED_CODE, cp, path + ".extension('" + Terminology.EXT_INCENTIVE_SETTING + "')",
                        "Incentive programme setting \"" + settingCode + "\" is not outpatient, residential or inpatient");
                return Optional.empty();
            }
            setting = s.get();
        }
        try {
            return Optional.of(preset.get().toProgramBuilder().funding(FundingPolicies.policy(funding))
                    .instrument(instrument.get()).setting(setting).startDate(start.get()).zone(ctx.zone())
                    .prescribedMoud(moud.medications()).build());
        } catch (InvalidValueException e) {
            ctx.invalid(cp, path, e);
            return Optional.empty();
        }
    }

    /**
     * Checks if two programmes are equal but for the identity of their funding policies ({@code Policy} has no value
     * equality), which must have the same name and layers.
     */
    static boolean equivalent(IncentiveProgram a, IncentiveProgram b) {
        return a.name().equals(b.name()) && a.schedule().equals(b.schedule()) && a.phases().equals(b.phases())
                && a.target().equals(b.target()) && a.bonusAnalytes().equals(b.bonusAnalytes())
                && a.failurePolicy().equals(b.failurePolicy()) && a.instrument() == b.instrument()
                && a.setting() == b.setting() && a.startDate().equals(b.startDate()) && a.zone().equals(b.zone())
                && a.prescribedMoud().equals(b.prescribedMoud()) && a.parameterSources().equals(b.parameterSources())
                && a.funding().name().equals(b.funding().name())
                && a.funding().layers().stream().map(org.aftercare.PolicyLayer::name).toList()
                        .equals(b.funding().layers().stream().map(org.aftercare.PolicyLayer::name).toList());
    }

    private static String code(CarePlan.CarePlanActivityDetailComponent detail, String url) {
        Extension ext = detail.getExtensionByUrl(url);
        return ext != null && ext.getValue() instanceof CodeType c ? c.getValue() : null;
    }

    /**
     * Writes a programme as an activity detail when it is a preset's with a standard funding policy and the zone of
     * the request; returns false (writing nothing) otherwise.
     */
    static boolean write(CarePlan cp, IncentiveProgram program, java.time.ZoneId zone) {
        Optional<IncentivePreset> preset = IncentivePresets.all().stream().filter(p -> p.name().equals(program.name()))
                .findFirst();
        String funding = program.funding().name();
        if (preset.isEmpty() || !FundingPolicies.names().contains(funding) || !program.zone().equals(zone)) {
            return false;
        }
        IncentiveProgram rebuilt = preset.get().toProgramBuilder().funding(FundingPolicies.policy(funding))
                .instrument(program.instrument()).setting(program.setting()).startDate(program.startDate()).zone(zone)
                .prescribedMoud(program.prescribedMoud()).build();
        if (!equivalent(rebuilt, program)) {
            return false;
        }
        CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
        d.setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS);
        d.setCode(new CodeableConcept().addCoding(new Coding(Terminology.CS_INCENTIVE_PRESET, program.name(), null)));
        d.setScheduled(new Period().setStartElement(ResourceWriter.dateTime(program.startDate())));
        d.addExtension(Terminology.EXT_INCENTIVE_FUNDING, new CodeType(funding));
        d.addExtension(Terminology.EXT_INCENTIVE_INSTRUMENT, new CodeType(Terminology.code(program.instrument())));
        d.addExtension(Terminology.EXT_INCENTIVE_SETTING, new CodeType(Terminology.code(program.setting())));
        return true;
    }
}
