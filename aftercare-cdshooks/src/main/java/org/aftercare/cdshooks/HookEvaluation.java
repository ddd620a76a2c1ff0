package org.aftercare.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.aftercare.Finding;
import org.aftercare.Policy;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.fhir.FhirInput;
import org.aftercare.incentive.EntryOutcome;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.fhir.FhirMapper;
import org.aftercare.fhir.FhirMapping;
import org.aftercare.jackson.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * One hook call: parses the draft orders and the prefetch with HAPI FHIR, reads missing prefetch from the FHIR
 * server when the request's authorization allows it (else reports it as a {@code cdshooks.prefetch.missing}
 * finding), maps the FHIR data to an evaluation request, evaluates it and keeps the findings the service shows.
 */
final class HookEvaluation {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HookEvaluation.class);
    private final CdsService service;
    private final HookRequest request;
    private final FhirMapper mapper;
    private final FhirFetcher fetcher;
    private final Predicate<URI> fhirServers;
    private final ObjectMapper json;

    HookEvaluation(CdsService service, HookRequest request, FhirMapper mapper, FhirFetcher fetcher,
            Predicate<URI> fhirServers, ObjectMapper json) {
        this.service = service;
        this.request = request;
        this.mapper = mapper;
        this.fetcher = fetcher;
        this.fhirServers = fhirServers;
        this.json = json;
    }

    /**
     * Evaluates the call.
     *
     * @param asOf  the as-of instant
     * @param zone  the clinic zone
     * @param policy  the policy
     * @param problems  where problems with the sent FHIR content go
     * @return the findings to show, sorted in report order; empty when the sent FHIR content had problems
     */
    Optional<List<Finding>> findings(Instant asOf, ZoneId zone, Policy policy, List<Problem> problems) {
        FhirJson fhir = new FhirJson(mapper.context());
        FhirInput.Builder input = FhirInput.builder(asOf, zone).policy(policy);
        if (request.draftOrders() != null) {
            IBaseResource orders = fhir.parse(text(request.draftOrders()), "/context/draftOrders", problems);
            if (orders instanceof Bundle b) {
                input.draftOrder(b);
            }
        }
        for (Map.Entry<String, JsonNode> e : request.prefetch().entrySet()) {
            IBaseResource r = fhir.parse(text(e.getValue()), "/prefetch/" + JsonInput.escape(e.getKey()), problems);
            if (r != null) {
                add(input, r);
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>();
        fetchMissing(fhir, input, findings);
        findings.addAll(evaluate(input.build()));
        List<Finding> shown = new ArrayList<>(findings.stream().filter(service::shows).toList());
        shown.sort(Finding.REPORT_ORDER);
        return Optional.of(shown);
    }

    private List<Finding> evaluate(FhirInput input) {
        try {
            FhirMapping mapping = mapper.toRequest(input);
            List<Finding> out = new ArrayList<>(mapping.findings());
            AftercareReport report = Aftercare.evaluate(mapping.request());
            out.addAll(report.evaluation().findings());
            report.incentiveReport().ifPresent(i -> out.add(ledger(i.ledger())));
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return failed(e);
        }
    }

    /** The ledger's status as one INFO finding, such as "4 of 9 samples met the target; $52.50 paid". */
    static Finding ledger(IncentiveLedger ledger) {
        List<LedgerEntry> entries = ledger.entries();
        long judged = entries.stream().filter(e -> e.outcome() == EntryOutcome.SUCCESS
                || e.outcome() == EntryOutcome.FAILURE).count();
        long successes = entries.stream().filter(e -> e.outcome() == EntryOutcome.SUCCESS).count();
        int run = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).consecutiveSuccesses();
        String message = "Incentive ledger of " + ledger.program().name() + ": " + successes + " of " + judged
                + " judged samples met the target, current run " + run + "; " + ledger.total().toDisplayString() + " paid"
                + (ledger.totalWithheld().isZero() ? ""
                        : ", " + ledger.totalWithheld().toDisplayString() + " withheld by funding caps");
        return CdsHooksRules.INCENTIVE_LEDGER.finding("incentive.ledger", message,
                CdsHooksRules.INCENTIVE_LEDGER.sources());
    }

    /** A failure inside mapping or evaluation: shown as a critical card (no checks ran), logged by class only. */
    private static List<Finding> failed(Throwable e) {
        LOG.error("Mapping or evaluating a hook request failed ({})", e.getClass().getSimpleName());
        return List.of(CdsHooksRules.EVALUATION_FAILED.finding("prefetch",
                "aftercare could not evaluate this patient's data (" + e.getClass().getSimpleName()
                        + "): none of its checks were applied",
                List.of(CdsHooksRules.PREFETCH_SPEC)));
    }

    private void fetchMissing(FhirJson fhir, FhirInput.Builder input, List<Finding> findings) {
        String unreachable = null;
        for (Map.Entry<String, String> p : service.prefetch().entrySet()) {
            String key = p.getKey();
            if (request.prefetch().containsKey(key)) {
                continue;
            }
            String reason;
            if (request.authorization().isEmpty() || request.fhirServer().isEmpty()) {
                reason = "not sent, and no fhirAuthorization to fetch it";
            } else if (!fhirServers.test(request.fhirServer().get())) {
                reason = "not sent, and this service may not send a token to that FHIR server";
            } else if (unreachable != null) {
                reason = "not sent; not fetched: " + unreachable;
            } else {
                String query = p.getValue().replace(CdsService.PATIENT_TOKEN,
                        URLEncoder.encode(request.patientId(), StandardCharsets.UTF_8));
                try {
                    byte[] body = fetcher.fetch(request.fhirServer().get(), query, request.authorization().get());
                    List<Problem> bad = new ArrayList<>();
                    IBaseResource r = fhir.parse(new String(body, StandardCharsets.UTF_8), "", bad);
                    if (r != null) {
                        add(input, r);
                        continue;
                    }
                    reason = "not sent; the FHIR server's answer is not FHIR R4 JSON this service can read";
                } catch (FhirFetcher.FetchException e) {
                    reason = "not sent; fetching it failed: " + e.getMessage();
                    if (!e.getMessage().contains("HTTP")) {
                        unreachable = e.getMessage();
                    }
                }
            }
            findings.add(CdsHooksRules.PREFETCH_MISSING.finding("prefetch." + key,
                    "Missing prefetch " + key + " (" + p.getValue() + "): " + reason,
                    List.of(CdsHooksRules.PREFETCH_SPEC)));
        }
    }

    private static void add(FhirInput.Builder input, IBaseResource r) {
        if (r instanceof Bundle b) {
            input.bundle(b);
        } else {
            input.resource(r);
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree could not be written back", e);
        }
    }

}
