/**
 * aftercare-core: opioid-use-disorder aftercare rules as validated domain types.
 *
 * @since 0.1.0
 */
module org.aftercare.core {
    requires transitive com.google.common;
    requires org.slf4j;

    exports org.aftercare;
    exports org.aftercare.care;
    exports org.aftercare.evaluation;
    exports org.aftercare.incentive;
    exports org.aftercare.medication;
    exports org.aftercare.screening;
}
