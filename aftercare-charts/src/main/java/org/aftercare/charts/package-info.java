/**
 * SVG charts drawn from aftercare's own policies and schedules, such as the take-home ladders of 42 CFR 8.12 by
 * edition ({@link org.aftercare.charts.MedicationCharts}), voucher and prize curves from real ledgers
 * ({@link org.aftercare.charts.IncentiveCharts}) and an aftercare plan as a timeline
 * ({@link org.aftercare.charts.PlanCharts}).
 *
 * <p>Two layouts: {@link org.aftercare.charts.XyChart} (series over two axes, with a legend and direct labels) and
 * {@link org.aftercare.charts.TimelineChart} (lanes of spans and marks). Both render through
 * {@link org.aftercare.charts.Svg}, whose output is the same bytes under every default locale and zone. Charts are
 * readable without colour: series differ by dash pattern and marker (enforced), spans by fill pattern, and every
 * document has a {@code <title>} and a {@code <desc>} naming its sources.
 *
 * <p>Package specification: a null argument throws {@link java.lang.NullPointerException}; an invalid value
 * throws {@link org.aftercare.InvalidValueException} naming the field and the value. Data values stay exact
 * decimals; only rendering turns them into pixels.
 *
 * @since 0.1.0
 */
package org.aftercare.charts;
