package org.aftercare.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aftercare.AppliedThreshold;
import org.aftercare.Citation;
import org.aftercare.Finding;
import org.aftercare.VerificationStatus;
import org.aftercare.evaluation.Aftercare;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.evaluation.SourceCatalog;

/**
 * docs/sources.md lists every document a finding can cite: whatever the request, each citation on a
 * finding or an applied threshold is in {@link SourceCatalog}, unless it is a clinic's own ([L]).
 */
class SourceCatalogPropertiesTest {
    private static final Set<Citation> CATALOG = Set.copyOf(SourceCatalog.citations());

    @Property(tries = 1000, seed = InvariantSeed.SEED)
    void everyCitationAFindingCarriesIsCatalogued(@ForAll EvaluationRequest request) {
        AftercareReport report = Aftercare.evaluate(request);

        for (Finding f : report.evaluation().findings()) {
            for (Citation c : f.citations()) {
                if (c.status() != VerificationStatus.LOCAL) {
                    assertThat(CATALOG).as("citation of %s: %s", f.code(), c).contains(c);
                }
            }
        }
        for (AppliedThreshold t : report.evaluation().appliedThresholds()) {
            if (t.citation().status() != VerificationStatus.LOCAL) {
                assertThat(CATALOG).as("citation of threshold %s", t.key()).contains(t.citation());
            }
        }
    }
}
