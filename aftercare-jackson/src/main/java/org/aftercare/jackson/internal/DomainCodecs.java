package org.aftercare.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.stream.Collectors;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.care.AftercarePlan;
import org.aftercare.incentive.IncentiveProgram;
import org.aftercare.medication.Dose;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.jackson.Problem;
import org.aftercare.screening.DrugTest;

/**
 * Registers the wire codecs of the domain aggregates on the Jackson module, so a plain
 * {@code ObjectMapper} reads and writes them in the same shape as inside a request or report.
 * Reading goes through the strict decoder: every problem is collected and reported in one
 * mapping error. Not API: the module is.
 */
public final class DomainCodecs {
    private DomainCodecs() {
    }

    /**
     * Registers every aggregate codec on a module.
     *
     * @param module  the module, not null
     */
    public static void register(SimpleModule module) {
        both(module, PatientContext.class, KernelJson::writePatient, KernelJson::patient);
        both(module, MoudStatus.class, KernelJson::writeMoud, KernelJson::moud);
        both(module, Citation.class, KernelJson::writeCitation, KernelJson::citation);
        both(module, MedicationRecord.class, MedicationJson::writeRecord, MedicationJson::record);
        both(module, Dose.class, (g, d) -> g.writeString(d.toString()), MedicationJson.dose());
        both(module, DrugTest.class, (g, t) -> {
            g.writeStartObject();
            ScreeningJson.writeDrugTestMembers(g, t);
            g.writeEndObject();
        }, (node, pointer, problems) -> {
            Obj o = Obj.of(node, pointer, problems);
            return o == null ? null : ScreeningJson.drugTest(o, problems.mark());
        });
        // A plan's wire shape leaves the patient and MOUD status to the enclosing request, so a plan
        // alone is written but read only inside a request; likewise programmes, findings and forecasts.
        writeOnly(module, AftercarePlan.class, CareJson::writePlan);
        writeOnly(module, IncentiveProgram.class, IncentiveProgramJson::writeProgram);
        writeOnly(module, Finding.class, KernelJson::writeFinding);
        writeOnly(module, MedicationForecast.class, MedicationJson::writeForecast);
    }

    private static <T> void both(SimpleModule module, Class<T> type, Write<T> write, Read<T> read) {
        writeOnly(module, type, write);
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode tree = p.readValueAsTree();
                Problems problems = new Problems();
                T value = read.read(JsonTree.of(tree), Pointer.ROOT, problems);
                if (problems.any() || value == null) {
                    throw JsonMappingException.from(p, "Failed to deserialize " + type.getSimpleName() + ": "
                            + problems.sorted().stream().map(Problem::toString).collect(Collectors.joining("; ")));
                }
                return value;
            }
        });
    }

    private static <T> void writeOnly(SimpleModule module, Class<T> type, Write<T> write) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                write.write(g, value);
            }
        });
    }
}
