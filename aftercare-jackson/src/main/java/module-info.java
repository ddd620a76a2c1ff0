/**
 * aftercare-jackson: the JSON wire format of aftercare. {@link org.aftercare.jackson.AftercareJson} decodes
 * evaluation requests strictly and encodes reports deterministically; {@link org.aftercare.jackson.AftercareModule}
 * teaches a Jackson {@code ObjectMapper} the public value types.
 *
 * @since 0.1.0
 */
module org.aftercare.jackson {
    requires transitive org.aftercare.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.aftercare.jackson;

    provides com.fasterxml.jackson.databind.Module with org.aftercare.jackson.AftercareModule;
}
