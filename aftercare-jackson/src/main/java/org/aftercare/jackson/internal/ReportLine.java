package org.aftercare.jackson.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftercare.AppliedThreshold;
import org.aftercare.Citation;
import org.aftercare.EffectivePeriod;
import org.aftercare.Evaluation;
import org.aftercare.Finding;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.incentive.CapHit;
import org.aftercare.incentive.IncentiveLedger;
import org.aftercare.incentive.IncentiveReport;
import org.aftercare.incentive.LedgerEntry;
import org.aftercare.incentive.PrizeDraw;
import org.aftercare.incentive.ScheduleMaximum;
import org.aftercare.medication.MedicationForecast;

/**
 * Writes a report on one line straight into UTF-8 bytes ({@link Utf8Json}): the same members, order and values as
 * {@link Wire#writeReport} through Jackson's compact generator, byte for byte (the tests compare the two over
 * generated reports). It exists for the batch, where the report line is the whole of the encoding cost: no
 * generator, no intermediate {@code String} of the line, no {@code String} per date, amount or enum code.
 *
 * <p>What is kept between reports, on each thread: the buffer, and the bytes of citations and applied thresholds met
 * before, by identity (the policy's thresholds and their applied forms are shared, immutable instances: the same few
 * dozen are written in nearly every report). A citation not met on this thread before is looked up by value in a
 * shared table of at most {@value #MAX_SHARED} citations. Both are bounded: the per-thread table is emptied when it
 * reaches {@value #MAX_PER_THREAD} entries (a clinic's own overrides make new thresholds for each request).
 */
final class ReportLine {
    static final int MAX_PER_THREAD = 2048;
    static final int MAX_SHARED = 4096;
    private static final Map<Citation, byte[]> SHARED_CITATIONS = new ConcurrentHashMap<>();
    private static final ThreadLocal<ReportLine> CURRENT = ThreadLocal.withInitial(ReportLine::new);

    private final Utf8Json out = new Utf8Json(16 * 1024);
    /** Citations and applied thresholds written before on this thread, by identity: their complete JSON value. */
    private final Map<Object, byte[]> known = new IdentityHashMap<>();

    private ReportLine() {
    }

    /**
     * Writes a report on this thread's buffer and returns the writer holding the text (valid until the next report
     * written on this thread).
     */
    static Utf8Json write(AftercareReport report, String correlation) {
        ReportLine line = CURRENT.get();
        line.out.reset();
        line.report(report, correlation);
        return line.out;
    }

    private void report(AftercareReport report, String correlation) {
        Evaluation e = report.evaluation();
        Utf8Json o = out;
        o.startObject();
        if (correlation != null) {
            o.field("correlation", correlation);
        }
        o.field("asOf", e.asOf().toString());
        o.field("zone", e.zone().getId());
        o.field("policy", e.policyName());
        o.arrayField("findings");
        for (Finding f : e.findings()) {
            finding(f);
        }
        o.endArray();
        o.arrayField("appliedThresholds");
        for (AppliedThreshold a : e.appliedThresholds()) {
            o.raw(applied(a));
        }
        o.endArray();
        if (!report.forecasts().isEmpty()) {
            o.arrayField("forecasts");
            for (MedicationForecast f : report.forecasts()) {
                forecast(f);
            }
            o.endArray();
        }
        if (report.incentiveReport().isPresent()) {
            o.name("incentive");
            incentive(report.incentiveReport().get());
        }
        o.endObject();
    }

    private void finding(Finding f) {
        Utf8Json o = out;
        o.startObject();
        o.field("code", f.code());
        o.name("severity");
        o.raw(WireCodes.quoted(f.severity()));
        o.field("message", f.message());
        o.field("path", f.path());
        citations(f.citations());
        o.endObject();
    }

    private void citations(List<Citation> citations) {
        Utf8Json o = out;
        o.arrayField("citations");
        for (Citation c : citations) {
            o.raw(citation(c));
        }
        o.endArray();
    }

    /** Returns the JSON value of a citation, from this thread's table, the shared one, or written now. */
    private byte[] citation(Citation c) {
        byte[] text = known.get(c);
        if (text == null) {
            text = SHARED_CITATIONS.get(c);
            if (text == null) {
                Utf8Json one = new Utf8Json(128);
                citationMembers(one, c);
                text = one.toByteArray();
                if (one.replacedSurrogate()) {
                    // not kept: the caller must learn of the replacement every time (see Utf8Json)
                    out.noteReplacedSurrogate();
                    return text;
                }
                if (SHARED_CITATIONS.size() < MAX_SHARED) {
                    SHARED_CITATIONS.put(c, text);
                }
            }
            remember(c, text);
        }
        return text;
    }

    private static void citationMembers(Utf8Json o, Citation c) {
        o.startObject();
        o.field("document", c.document());
        o.field("section", c.section());
        o.field("edition", c.edition());
        o.name("status");
        o.raw(WireCodes.quoted(c.status()));
        o.endObject();
    }

    /** Returns the JSON value of an applied threshold, written once per instance on this thread. */
    private byte[] applied(AppliedThreshold a) {
        byte[] text = known.get(a);
        if (text == null) {
            Utf8Json one = new Utf8Json(256);
            one.startObject();
            one.field("key", a.key());
            one.field("value", a.value());
            one.field("layer", a.layer());
            period(one, a.period());
            one.rawField("citation", citation(a.citation()));
            one.endObject();
            text = one.toByteArray();
            // a citation with a replaced surrogate is never kept, so its absence here says so
            if (one.replacedSurrogate() || !known.containsKey(a.citation())) {
                out.noteReplacedSurrogate();
                return text;
            }
            remember(a, text);
        }
        return text;
    }

    private void remember(Object value, byte[] text) {
        if (known.size() >= MAX_PER_THREAD) {
            known.clear();
        }
        known.put(value, text);
    }

    private static void period(Utf8Json o, EffectivePeriod period) {
        if (period.from() != null) {
            o.field("from", period.from());
        }
        if (period.until() != null) {
            o.field("until", period.until());
        }
    }

    private void forecast(MedicationForecast f) {
        Utf8Json o = out;
        o.startObject();
        if (f instanceof MedicationForecast.EarliestInduction e) {
            o.field("type", MedicationJson.FORECAST_TYPES.get(0));
            o.name("medication");
            o.raw(WireCodes.quoted(e.medication()));
            o.field("path", e.path());
            o.field("earliest", e.earliest().toString());
            o.name("bindingKind");
            o.raw(WireCodes.quoted(e.bindingKind()));
            o.field("requiredWait", e.requiredWait().toString());
            o.field("layer", e.layer());
        } else if (f instanceof MedicationForecast.TakeHomeStep t) {
            o.field("type", MedicationJson.FORECAST_TYPES.get(1));
            o.name("medication");
            o.raw(WireCodes.quoted(t.medication()));
            o.field("path", t.path());
            o.field("date", t.date());
            o.field("treatmentDay", t.treatmentDay());
            o.field("maxSupplyDays", t.maxSupplyDays());
            o.field("layer", t.layer());
        } else if (f instanceof MedicationForecast.InjectionDue i) {
            o.field("type", MedicationJson.FORECAST_TYPES.get(2));
            o.name("formulation");
            o.raw(WireCodes.quoted(i.formulation()));
            o.field("path", i.path());
            o.field("lastInjection", i.lastInjection());
            if (i.earliest() != null) {
                o.field("earliest", i.earliest());
            }
            o.field("due", i.due());
            o.field("latest", i.latest());
            o.field("interval", i.interval().toString());
            o.field("layer", i.layer());
        } else {
            throw new AssertionError(f);
        }
        o.rawField("citation", citation(f.citation()));
        o.endObject();
    }

    private void incentive(IncentiveReport report) {
        Utf8Json o = out;
        IncentiveLedger ledger = report.ledger();
        o.startObject();
        o.field("program", ledger.program().name());
        o.field("funding", ledger.program().funding().name());
        o.field("drawSeed", ledger.seed());
        o.arrayField("entries");
        for (LedgerEntry e : ledger.entries()) {
            entry(e);
        }
        o.endArray();
        o.objectField("totals");
        o.field("paid", ledger.total());
        o.field("earned", ledger.totalEarned());
        o.field("withheld", ledger.totalWithheld());
        o.endObject();
        maximum(report.maximum());
        o.endObject();
    }

    private void entry(LedgerEntry e) {
        Utf8Json o = out;
        o.startObject();
        o.field("eventIndex", e.eventIndex());
        o.field("date", e.date());
        o.field("week", e.week());
        o.name("outcome");
        o.raw(WireCodes.quoted(e.outcome()));
        o.field("reason", e.reason());
        if (e.escalationStep().isPresent()) {
            o.field("escalationStep", e.escalationStep().getAsInt());
        }
        o.field("earned", e.earned());
        o.field("bonus", e.bonus());
        o.arrayField("draws");
        for (PrizeDraw d : e.draws()) {
            o.startObject();
            o.field("sequence", d.sequence());
            o.field("tier", d.tier());
            o.field("value", d.value());
            o.endObject();
        }
        o.endArray();
        o.field("bonusDraws", e.bonusDraws());
        o.field("paid", e.paid());
        o.field("withheld", e.withheld());
        o.arrayField("capHits");
        for (CapHit h : e.capHits()) {
            o.startObject();
            o.field("key", h.key());
            o.field("description", h.description());
            citations(h.citations());
            o.endObject();
        }
        o.endArray();
        o.arrayField("capsNotInForce");
        for (String c : e.capsNotInForce()) {
            o.string(c);
        }
        o.endArray();
        o.field("reset", e.reset());
        o.field("recovered", e.recovered());
        o.field("consecutiveSuccesses", e.consecutiveSuccesses());
        o.field("runningTotal", e.runningTotal());
        o.endObject();
    }

    private void maximum(ScheduleMaximum m) {
        Utf8Json o = out;
        o.objectField("maximum");
        o.field("samples", m.samples());
        o.field("maximum", m.maximum());
        o.field("largestItem", m.largestItem());
        o.field("bonusTotal", m.bonusTotal());
        o.field("baseDraws", m.baseDraws());
        o.field("bonusDraws", m.bonusDraws());
        o.name("expected");
        o.plain(m.expected());
        o.arrayField("weeks");
        for (ScheduleMaximum.WeekMaximum w : m.weeks()) {
            o.startObject();
            o.field("week", w.week());
            o.field("samples", w.samples());
            o.field("maximum", w.maximum());
            o.field("draws", w.draws());
            o.endObject();
        }
        o.endArray();
        o.endObject();
    }
}
