package org.aftercare.cdshooks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CDS Hooks 2.0 hook the service answers, such as {@link #ORDER_SIGN} ({@code "order-sign"}), with the context
 * members the hook's specification defines.
 *
 * @since 0.1.0
 */
public enum Hook {
    /** {@code patient-view}: the user opened a patient's record. Context: userId, patientId, encounterId. */
    PATIENT_VIEW(List.of(), List.of("encounterId")),
    /** {@code order-select}: the user selected orders. Context: userId, patientId, selections, draftOrders. */
    ORDER_SELECT(List.of("selections", "draftOrders"), List.of("encounterId")),
    /** {@code order-sign}: the user is about to sign orders. Context: userId, patientId, draftOrders. */
    ORDER_SIGN(List.of("draftOrders"), List.of("encounterId"));

    private final List<String> required;
    private final List<String> optional;

    Hook(List<String> extraRequired, List<String> optional) {
        this.required = concat(List.of("userId", "patientId"), extraRequired);
        this.optional = optional;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * Returns the hook's name on the wire, such as {@code "order-select"}.
     *
     * @return the name, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the context members the hook requires, in specification order.
     *
     * @return the names, not null
     */
    public List<String> requiredContext() {
        return required;
    }

    /**
     * Returns the context members the hook allows but does not require.
     *
     * @return the names, not null
     */
    public List<String> optionalContext() {
        return optional;
    }

    /**
     * Obtains the hook with a wire name.
     *
     * @param id  the name, such as {@code "patient-view"}, not null
     * @return the hook, or empty for a hook this service does not answer
     */
    public static Optional<Hook> of(String id) {
        for (Hook h : values()) {
            if (h.id().equals(id)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
