/**
 * A CDS Hooks 2.0 service for aftercare, such as the {@code order-sign} check of a draft methadone take-home order:
 * {@link org.aftercare.cdshooks.CdsHooksService} takes an HTTP method, path and body and returns a
 * {@link org.aftercare.cdshooks.Response}, with no web framework, so any host (the JDK's HttpServer in
 * {@code ./aftercare serve}, a servlet, a test) can run it.
 *
 * <pre>{@code
 * CdsHooksService service = CdsHooksService.builder(Clock.systemUTC(), ZoneId.of("America/New_York")).build();
 * Response discovery = service.handle("GET", "/cds-services", new byte[0]);
 * }</pre>
 *
 * <p>Package specification: a null argument gives a {@link java.lang.NullPointerException}; invalid configuration
 * gives an {@link java.lang.IllegalArgumentException}; nothing a client sends makes {@code handle} throw. FHIR is
 * read through {@code aftercare-fhir}; findings are evaluated by {@code org.aftercare.evaluation.Aftercare}. No
 * patient identifier, token or body is ever logged. See docs/ehr-integration.md.
 *
 * @since 0.1.0
 */
package org.aftercare.cdshooks;
