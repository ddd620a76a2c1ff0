package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.EvaluationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Adds to {@link DeterminismTest}: the stored request fixtures, decoded as they are (not re-encoded first), give
 * byte-identical reports, and every hostile document gives byte-identical problems (messages included), under three
 * more default locale and zone combinations chosen to break careless formatting: Turkish casing (dotless i),
 * Arabic-Indic digits with the Islamic calendar, and Persian digits in a half-hour zone west of UTC.
 */
class ReportDeterminismTest {
    private static final Locale[] LOCALES = {
        Locale.forLanguageTag("tr-TR"),
        Locale.forLanguageTag("ar-SA-u-ca-islamic-nu-arab"),
        Locale.forLanguageTag("fa-IR-u-nu-arabext"),
    };
    private static final String[] ZONES = {"Europe/Istanbul", "Asia/Riyadh", "America/St_Johns"};

    private final Locale locale = Locale.getDefault();
    private final TimeZone zone = TimeZone.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    private static List<String> reportsOfTheStoredFixtures() {
        AftercareJson json = AftercareJson.standard();
        List<String> out = new ArrayList<>();
        for (String name : Fixtures.sampleNames()) {
            Decoded<EvaluationRequest> decoded = json.decodeRequest(Fixtures.requestBytes(name));
            Decoded.Accepted<EvaluationRequest> ok = (Decoded.Accepted<EvaluationRequest>) decoded;
            out.add(json.encodeReport(Aftercare.evaluate(ok.value()), ok.correlation().orElse(null)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problemsOfTheHostileDocuments() {
        AftercareJson json = AftercareJson.standard();
        List<String> out = new ArrayList<>();
        for (Arguments a : HostileDocumentsTest.cases().toList()) {
            byte[] doc = ((Supplier<byte[]>) a.get()[1]).get();
            out.add(json.encodeProblems(json.decodeRequest(doc).problems()));
        }
        return out;
    }

    private List<List<String>> underEachCombination(Supplier<List<String>> run) {
        List<List<String>> results = new ArrayList<>();
        for (int i = 0; i < LOCALES.length; i++) {
            Locale.setDefault(LOCALES[i]);
            TimeZone.setDefault(TimeZone.getTimeZone(ZONES[i]));
            results.add(run.get());
        }
        return results;
    }

    @Test
    void test_reports_ofTheStoredFixtures_areByteIdenticalUnderThreeLocalesAndZones() {
        List<String> reference = reportsOfTheStoredFixtures();

        assertThat(underEachCombination(ReportDeterminismTest::reportsOfTheStoredFixtures))
                .allSatisfy(r -> assertThat(r).isEqualTo(reference));
        for (int i = 0; i < reference.size(); i++) {
            assertThat(reference.get(i)).isEqualTo(Fixtures.reportText(Fixtures.sampleNames().get(i)));
        }
    }

    @Test
    void test_problems_ofTheHostileDocuments_areByteIdenticalUnderThreeLocalesAndZones() {
        List<String> reference = problemsOfTheHostileDocuments();

        assertThat(underEachCombination(ReportDeterminismTest::problemsOfTheHostileDocuments))
                .allSatisfy(r -> assertThat(r).isEqualTo(reference));
    }
}
