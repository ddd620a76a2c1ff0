/**
 * The JSON wire format of aftercare: {@link org.aftercare.jackson.AftercareJson} decodes evaluation requests strictly
 * (every {@link org.aftercare.jackson.Problem} at once, with its JSON Pointer) and encodes reports deterministically;
 * {@link org.aftercare.jackson.AftercareModule} registers the value types with a Jackson {@code ObjectMapper}.
 *
 * <p>Package specification: null arguments give a {@code NullPointerException}; untrusted documents never throw,
 * they decode to {@link org.aftercare.jackson.Decoded.Rejected}.
 *
 * @since 0.1.0
 */
package org.aftercare.jackson;
