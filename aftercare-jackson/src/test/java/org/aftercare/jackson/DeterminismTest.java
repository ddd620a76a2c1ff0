package org.aftercare.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Report and request bytes do not depend on the default locale or zone. */
class DeterminismTest {
    private final Locale locale = Locale.getDefault();
    private final TimeZone zone = TimeZone.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    private static List<String> encodeAll() {
        AftercareJson json = AftercareJson.standard();
        List<String> out = new ArrayList<>();
        for (String name : Fixtures.sampleNames()) {
            var request = Fixtures.request(name);
            AftercareReport report = Aftercare.evaluate(Fixtures.accepted(json.encodeRequest(request, "c")));
            out.add(json.encodeReport(report, "c-\u00e9"));
            out.add(json.encodeRequest(request, null));
        }
        return out;
    }

    @Test
    void test_encode_underDifferentLocalesAndZones_isByteIdentical() {
        Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        List<String> first = encodeAll();

        Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
        List<String> second = encodeAll();

        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(s -> assertThat(s).doesNotContain("\r").endsWith("}\n"));
        assertThat(String.join("", first)).containsOnlyOnce("\"drawSeed\": 42,\n    \"entries\"");
    }

    @Test
    void test_encode_repeated_isByteIdentical() {
        assertThat(encodeAll()).isEqualTo(encodeAll());
    }
}
