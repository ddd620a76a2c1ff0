/**
 * Argument checks shared inside aftercare-core. Not exported; not API.
 */
package org.aftercare.internal;
