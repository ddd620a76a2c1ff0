package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import org.aftercare.care.AftercarePlan;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.Money;
import org.aftercare.jqwik.internal.AftercareArbitraryProvider;
import org.aftercare.medication.CowsAssessment;
import org.aftercare.medication.MedicationRecord;
import org.junit.jupiter.api.Test;

/** The provider is registered once, identically for the class path and the module path, and works with no setup. */
class ProviderRegistrationTest {
    private static final Path MODULE_INFO = Path.of("src/main/java/module-info.java");
    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services/"
            + ArbitraryProvider.class.getName());

    static List<String> servicesFileEntries(String text) {
        return text.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
    }

    static List<String> moduleInfoProviders(String text, String service) {
        String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Matcher m = Pattern.compile("provides\\s+" + Pattern.quote(service) + "\\s+with\\s+([^;]+);").matcher(code);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            for (String s : m.group(1).split(",")) {
                found.add(s.trim());
            }
        }
        return found;
    }

    @Test
    void moduleInfoAndServicesFileRegisterTheSameSingleProvider() throws IOException {
        List<String> services = servicesFileEntries(Files.readString(SERVICES, StandardCharsets.UTF_8));
        List<String> provides = moduleInfoProviders(Files.readString(MODULE_INFO, StandardCharsets.UTF_8),
                ArbitraryProvider.class.getName());
        assertThat(services).containsExactly(AftercareArbitraryProvider.class.getName());
        assertThat(provides).containsExactlyElementsOf(services);
    }

    @Test
    void theParsersSeeADifference() {
        // the comparison above can fail: a second provider or a comment-only registration is noticed
        assertThat(moduleInfoProviders("module m { provides a.B with c.D, e.F; // provides a.B with x.Y;\n}", "a.B"))
                .containsExactly("c.D", "e.F");
        assertThat(servicesFileEntries("# comment\nc.D\n\n e.F # trailing\n")).containsExactly("c.D", "e.F");
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(p -> p.type().getName()))
                .contains(AftercareArbitraryProvider.class.getName());
    }

    @Test
    void theProviderAnswersForEveryTypeItLists() {
        assertThat(AftercareArbitraryProvider.providedTypes()).contains(AftercarePlan.class, Money.class,
                CowsAssessment.class, MedicationRecord.class, EvaluationRequest.class, Timeline.class);
    }

    @Property(tries = 50)
    void forAllWorksWithNoSetup(@ForAll AftercarePlan plan, @ForAll Money money, @ForAll CowsAssessment cows,
            @ForAll MedicationRecord record, @ForAll EvaluationRequest request, @ForAll Timeline timeline) {
        assertThat(plan).isNotNull();
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(cows.total()).isBetween(0, 48);
        assertThat(record.regimens()).hasSize(1);
        assertThat(request.context()).isNotNull();
        assertThat(timeline.weeks()).isPositive();
    }
}
