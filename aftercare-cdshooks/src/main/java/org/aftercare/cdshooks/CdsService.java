package org.aftercare.cdshooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.aftercare.Finding;

/**
 * One CDS service as listed by discovery, such as {@code aftercare-medication-order-sign} on the
 * {@code order-sign} hook, with its prefetch templates and the findings it turns into cards.
 *
 * <p>Invariants: the id is lowercase letters, digits and hyphens; title and description are not blank; every
 * prefetch key is a simple name and every template a FHIR query relative to the FHIR server using only the
 * {@code {{context.patientId}}} token; there is at least one finding-code prefix.
 *
 * <pre>{@code
 * CdsService sign = CdsService.standard().get(1);   // aftercare-medication-order-sign
 * sign.prefetch().get("medications");              // "MedicationRequest?patient={{context.patientId}}"
 * }</pre>
 *
 * @param id  the id, the last segment of {@code /cds-services/{id}}, not blank
 * @param hook  the hook the service answers, not null
 * @param title  a short human title, not blank
 * @param description  what the service checks, not blank
 * @param prefetch  prefetch key to FHIR query template, in discovery order, not null
 * @param codePrefixes  prefixes of the finding codes the service shows as cards, such as {@code "medication.take-home."}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CdsService(String id, Hook hook, String title, String description, Map<String, String> prefetch,
        List<String> codePrefixes) {

    /** The only token a template may use. */
    public static final String PATIENT_TOKEN = "{{context.patientId}}";

    /** Finding codes every service shows: FHIR mapping problems, missing policy thresholds, missing prefetch. */
    public static final List<String> DATA_CODES = List.of("fhir.", "policy.", "cdshooks.");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern TEMPLATE = Pattern.compile("[A-Z][A-Za-z]+(/|\\?)[A-Za-z0-9_.:=&/{}-]*");

    /** Validates the fields; see the class description. */
    public CdsService {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("service id must be lowercase letters, digits and hyphens: " + id);
        }
        Objects.requireNonNull(hook, "hook");
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("service title must not be blank");
        }
        if (Objects.requireNonNull(description, "description").isBlank()) {
            throw new IllegalArgumentException("service description must not be blank");
        }
        prefetch = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(prefetch, "prefetch")));
        prefetch.forEach((k, v) -> {
            if (!KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("prefetch key must be a simple name: " + k);
            }
            if (!TEMPLATE.matcher(v).matches() || v.replace(PATIENT_TOKEN, "").contains("{")) {
                throw new IllegalArgumentException("prefetch template must be a FHIR query using only "
                        + PATIENT_TOKEN + ": " + v);
            }
        });
        codePrefixes = List.copyOf(Objects.requireNonNull(codePrefixes, "codePrefixes"));
        if (codePrefixes.isEmpty()) {
            throw new IllegalArgumentException("a service must show at least one finding-code prefix");
        }
    }

    /**
     * Checks if a finding belongs on this service's cards: its code starts with one of the service's prefixes or
     * is a data finding ({@link #DATA_CODES}).
     *
     * @param finding  the finding, not null
     * @return true if the service shows it
     */
    public boolean shows(Finding finding) {
        String code = finding.code();
        return DATA_CODES.stream().anyMatch(code::startsWith) || codePrefixes.stream().anyMatch(code::startsWith);
    }

    /**
     * Obtains the three standard services: medication orders on {@code order-select} and {@code order-sign}, and
     * the patient summary on {@code patient-view}.
     *
     * @return the services, in discovery order, not null
     */
    public static List<CdsService> standard() {
        Map<String, String> orders = new LinkedHashMap<>();
        orders.put("patient", "Patient/" + PATIENT_TOKEN);
        orders.put("medicationRequests", "MedicationRequest?patient=" + PATIENT_TOKEN);
        orders.put("medicationAdministrations", "MedicationAdministration?patient=" + PATIENT_TOKEN);
        orders.put("medicationDispenses", "MedicationDispense?patient=" + PATIENT_TOKEN);
        orders.put("observations", "Observation?patient=" + PATIENT_TOKEN);
        orders.put("conditions", "Condition?patient=" + PATIENT_TOKEN);
        Map<String, String> summary = new LinkedHashMap<>(orders);
        summary.put("carePlans", "CarePlan?patient=" + PATIENT_TOKEN);
        summary.put("serviceRequests", "ServiceRequest?patient=" + PATIENT_TOKEN);
        List<String> medicationOrders = List.of("medication.induction.", "medication.buprenorphine.",
                "medication.sublocade.", "medication.brixadi.", "medication.methadone.", "medication.take-home.",
                "medication.naltrexone.opioid-free-window-not-met", "medication.naltrexone.opioid-positive-test",
                "medication.naltrexone.no-drug-test-before-start", "medication.naltrexone.naloxone-challenge-positive",
                "medication.naltrexone.with-opioid-agonist", "medication.adjunct.");
        String ordersText = "Checks draft medication orders for opioid use disorder against the policy in force: "
                + "buprenorphine, methadone and naltrexone induction windows, the methadone take-home ladder, "
                + "naltrexone with an active opioid agonist, and withdrawal-adjunct limits.";
        return List.of(
                new CdsService("aftercare-medication-order-select", Hook.ORDER_SELECT,
                        "aftercare: OUD medication order checks (order-select)", ordersText, orders, medicationOrders),
                new CdsService("aftercare-medication-order-sign", Hook.ORDER_SIGN,
                        "aftercare: OUD medication order checks (order-sign)", ordersText, orders, medicationOrders),
                new CdsService("aftercare-patient-view", Hook.PATIENT_VIEW, "aftercare: OUD aftercare summary",
                        "Prompts for overdose risk and naloxone, the contingency-management incentive ledger, and "
                                + "gaps in continuing care (duration, attendance, re-engagement after a relapse, "
                                + "medication for OUD).",
                        summary,
                        List.of("medication.overdose-risk.", "care.relapse.", "medication.naltrexone.xr-",
                                "medication.urine.fentanyl-present", "incentive.", "care.continuing-care.",
                                "care.attendance.", "care.moud.")));
    }
}
