package org.aftercare.charts;

/**
 * How a span of a timeline is filled, such as {@link #HATCHED} for a waiting period; the fills differ in
 * pattern, not only in colour.
 *
 * @since 0.1.0
 */
public enum SpanFill {
    /** A solid grey bar: the thing is planned or allowed then. */
    SOLID,
    /** A diagonally hatched bar: a wait, or a period when something is not yet allowed. */
    HATCHED,
    /** An outlined bar: a window, such as the days an injection may be given. */
    OUTLINE
}
