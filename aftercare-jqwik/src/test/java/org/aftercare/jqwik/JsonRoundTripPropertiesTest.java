package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aftercare.MoudStatus;
import org.aftercare.PatientContext;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.jackson.AftercareJson;
import org.aftercare.jackson.Decoded;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.screening.DrugTest;

/**
 * The JSON round trip of every value the testkit generates is the identity: encoding, decoding and
 * encoding again gives the same bytes, and the decoded request evaluates to the same report.
 */
class JsonRoundTripPropertiesTest {
    private static final AftercareJson JSON = AftercareJson.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void generatedRequestsRoundTripThroughTheWire(@ForAll EvaluationRequest request) {
        String encoded = JSON.encodeRequest(request, "round-trip");
        Decoded<EvaluationRequest> decoded = JSON.decodeRequest(encoded.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.problems()).isEmpty();
        EvaluationRequest back = ((Decoded.Accepted<EvaluationRequest>) decoded).value();
        assertThat(JSON.encodeRequest(back, "round-trip")).isEqualTo(encoded);
        assertThat(JSON.encodeReport(Aftercare.evaluate(back), null))
                .isEqualTo(JSON.encodeReport(Aftercare.evaluate(request), null));
    }

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void generatedAggregatesRoundTripThroughTheJacksonModule(@ForAll PatientContext patient, @ForAll MoudStatus moud,
            @ForAll DrugTest test, @ForAll MedicationRecord record) throws Exception {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(patient), PatientContext.class)).isEqualTo(patient);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(moud), MoudStatus.class)).isEqualTo(moud);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(test), DrugTest.class)).isEqualTo(test);
        String recordJson = MAPPER.writeValueAsString(record);
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(recordJson, MedicationRecord.class))).isEqualTo(recordJson);
    }
}
