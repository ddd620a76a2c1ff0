package org.aftercare.charts;

/**
 * A chart that renders to SVG, such as the take-home ladders of 42 CFR 8.12 by edition. Closed set:
 * {@link XyChart}, {@link TimelineChart}.
 *
 * <pre>{@code
 * Chart chart = MedicationCharts.takeHomeLadders(versions);
 * Files.writeString(dir.resolve(chart.name() + ".svg"), chart.toSvg());
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Chart permits XyChart, TimelineChart {

    /**
     * Returns the file-safe name, such as {@code "take-home-ladders"}.
     *
     * @return the name: lowercase words joined by hyphens
     */
    String name();

    /**
     * Returns the title drawn on top and in {@code <title>}.
     *
     * @return the title, not blank
     */
    String title();

    /**
     * Returns the description for screen readers ({@code <desc>}): what the chart shows and its sources.
     *
     * @return the description, not blank
     */
    String description();

    /**
     * Renders the chart: the same bytes under every default locale and zone.
     *
     * @return the SVG document, not null
     */
    String toSvg();

    /** Checks the fields every chart shares. */
    static void checkCommon(String name, String title, String description) {
        java.util.Objects.requireNonNull(name, "chart.name");
        java.util.Objects.requireNonNull(title, "chart.title");
        java.util.Objects.requireNonNull(description, "chart.description");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new org.aftercare.InvalidValueException("chart.name", "be lowercase words joined by hyphens",
                    "\"" + name + "\"");
        }
        if (title.isBlank()) {
            throw new org.aftercare.InvalidValueException("chart.title", "not be blank", "\"" + title + "\"");
        }
        if (description.isBlank()) {
            throw new org.aftercare.InvalidValueException("chart.description", "not be blank", "\"" + description + "\"");
        }
    }
}
