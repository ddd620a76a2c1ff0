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
}
