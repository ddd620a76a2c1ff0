package org.aftercare.jackson.internal;

import static org.aftercare.jackson.internal.Reads.code;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftercare.screening.Analyte;
import org.aftercare.screening.AnalyteResult;
import org.aftercare.screening.DrugTest;
import org.aftercare.screening.Outcome;
import org.aftercare.screening.Specimen;
import org.aftercare.screening.SpecimenStatus;

/** The screening domain's wire shapes: drug tests and analyte results. */
final class ScreeningJson {
    private ScreeningJson() {
    }

    private static final Read<Analyte> ANALYTE = Reads.domainCode("analyte", Analyte.class, Analyte::code,
            Analyte::parse);

    static Read<Analyte> analyte() {
        return ANALYTE;
    }

    private static final Read<List<AnalyteResult>> RESULTS = Reads.list(ScreeningJson::result);
    private static final Reads.EnumCodes<Specimen> SPECIMEN = Reads.enumCodes(Specimen.class);
    private static final Reads.EnumCodes<SpecimenStatus> STATUS = Reads.enumCodes(SpecimenStatus.class);
    private static final Reads.EnumCodes<Outcome> OUTCOME = Reads.enumCodes(Outcome.class);

    /** Reads the members of a drug test from an object whose other members (such as "type") the caller reads. */
    static DrugTest drugTest(Obj o, int mark) {
        Specimen specimen = o.requiredCode("specimen", SPECIMEN);
        Instant collectedAt = o.requiredInstant("collectedAt");
        SpecimenStatus status = o.requiredCode("status", STATUS);
        List<AnalyteResult> results = o.required("results", RESULTS);
        return o.build(mark, () -> DrugTest.of(specimen, collectedAt, status, results));
    }

    private static AnalyteResult result(Object node, Pointer pointer, Problems problems) {
        Obj o = Obj.of(node, pointer, problems);
        if (o == null) {
            return null;
        }
        int mark = problems.mark();
        Analyte analyte = o.required("analyte", analyte());
        Outcome outcome = o.requiredCode("outcome", OUTCOME);
        BigDecimal concentration = o.optional("nanogramsPerMillilitre", Reads.decimal(), null);
        return o.build(mark, () -> new AnalyteResult(analyte, outcome, concentration));
    }

    /** Writes the members of a drug test into the current object. */
    static void writeDrugTestMembers(JsonGenerator g, DrugTest test) throws IOException {
        g.writeStringField("specimen", code(test.specimen()));
        g.writeStringField("collectedAt", test.collectedAt().toString());
        g.writeStringField("status", code(test.status()));
        g.writeArrayFieldStart("results");
        for (AnalyteResult r : test.results().values()) {
            g.writeStartObject();
            g.writeStringField("analyte", r.analyte().code());
            g.writeStringField("outcome", code(r.outcome()));
            if (r.nanogramsPerMillilitre() != null) {
                g.writeStringField("nanogramsPerMillilitre", r.nanogramsPerMillilitre().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
