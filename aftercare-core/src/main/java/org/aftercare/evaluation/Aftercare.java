package org.aftercare.evaluation;

import java.util.List;
import java.util.Objects;
import org.aftercare.RuleContext;
import org.aftercare.care.PlanValidation;
import org.aftercare.incentive.IncentiveReport;
import org.aftercare.incentive.IncentiveReview;
import org.aftercare.medication.MedicationForecast;
import org.aftercare.medication.MedicationForecasts;
import org.aftercare.medication.MedicationRecord;
import org.aftercare.medication.MedicationReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point that evaluates a request across every domain, such as validating an
 * aftercare plan together with its medication and incentive records. The CLI, the JSON adapter
 * and the CDS Hooks service all call {@link #evaluate}.
 *
 * <pre>{@code
 * AftercareReport report = Aftercare.evaluate(request);
 * report.evaluation().findings().forEach(f -> System.out.println(f));
 * }</pre>
 *
 * <p>Logging: one DEBUG line per evaluation with counts only. Nothing a caller wrote is logged:
 * no patient data, no correlation reference, no policy or layer names (a clinic names its own layers).
 *
 * @since 0.1.0
 */
public final class Aftercare {
    private static final Logger LOG = LoggerFactory.getLogger(Aftercare.class);

    private Aftercare() {
    }

    /**
     * Evaluates a request: every rule of every domain whose data is present.
     *
     * @param request  the request, not null
     * @return the report, not null
     */
    public static AftercareReport evaluate(EvaluationRequest request) {
        Objects.requireNonNull(request, "request");
        RuleContext ctx = RuleContext.of(request.context());
        request.plan().ifPresent(plan -> PlanValidation.check(plan, ctx));
        List<MedicationForecast> forecasts = List.of();
        if (request.medication().isPresent()) {
            MedicationRecord record = request.medication().get();
            MedicationReview.evaluate(record, request.patient(), ctx);
            forecasts = MedicationForecasts.forecast(record, ctx);
        }
        IncentiveReport incentive = request.incentiveProgram()
                .map(program -> IncentiveReview.evaluate(program, request.incentiveEvents(), request.patient(),
                        request.moud(), ctx, request.drawSeed()))
                .orElse(null);
        if (incentive != null) {
            incentive.fundingThresholds().forEach(ctx::noteApplied);
        }
        AftercareReport report = new AftercareReport(ctx.toEvaluation(), forecasts, incentive);
        if (LOG.isDebugEnabled()) { // the counts are boxed into an array for every call otherwise
            LOG.debug("Evaluated request under a policy of {} layers: {} findings, {} thresholds applied",
                    request.context().policy().layers().size(), report.evaluation().findings().size(),
                    report.evaluation().appliedThresholds().size());
        }
        return report;
    }
}
