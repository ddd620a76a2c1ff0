/**
 * aftercare-charts: SVG charts drawn from aftercare's own policies and schedules, such as the take-home
 * ladders of 42 CFR 8.12 by edition. {@link org.aftercare.charts.Svg} writes deterministic SVG;
 * {@link org.aftercare.charts.XyChart} and {@link org.aftercare.charts.TimelineChart} lay charts out; the
 * {@code *Charts} classes build them from the real policies, ledgers, forecasts and plans.
 *
 * @since 0.1.0
 */
module org.aftercare.charts {
    requires transitive org.aftercare.core;

    exports org.aftercare.charts;
}
