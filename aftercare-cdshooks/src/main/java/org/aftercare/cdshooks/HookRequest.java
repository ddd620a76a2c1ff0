package org.aftercare.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A validated CDS Hooks request, before its FHIR content is parsed: hook, instance, FHIR server and authorization,
 * context and the prefetch the client sent (null entries dropped: the client could not fetch them).
 *
 * @param hook  the hook
 * @param hookInstance  the client's id of this hook call
 * @param fhirServer  the FHIR base URL, if given
 * @param authorization  the bearer token, if given (then the FHIR server is given too)
 * @param userId  the user, such as {@code Practitioner/123}
 * @param patientId  the patient's FHIR id; never logged
 * @param encounterId  the encounter's FHIR id, if given
 * @param selections  the selected order references (order-select), else empty
 * @param draftOrders  the draft orders Bundle (order-select, order-sign), else null
 * @param prefetch  the prefetched resources by key, without null entries
 */
record HookRequest(Hook hook, UUID hookInstance, Optional<URI> fhirServer, Optional<FhirAuthorization> authorization,
        String userId, String patientId, Optional<String> encounterId, List<String> selections, JsonNode draftOrders,
        Map<String, JsonNode> prefetch) {

    HookRequest {
        selections = List.copyOf(selections);
        prefetch = Collections.unmodifiableMap(new LinkedHashMap<>(prefetch));
    }

    /** Returns the hook and instance only: the context holds identifiers. */
    @Override
    public String toString() {
        return "HookRequest[" + hook.id() + " " + hookInstance + ", prefetch keys=" + prefetch.keySet() + "]";
    }
}
