/**
 * Internals of aftercare-jqwik; not exported.
 *
 * @since 0.1.0
 */
package org.aftercare.jqwik.internal;
