/**
 * The readers and writers behind {@link org.aftercare.jackson.AftercareJson}, one group per domain
 * ({@code KernelJson}, {@code CareJson}, {@code ScreeningJson}, {@code IncentiveJson}) composed by {@code Wire}.
 * Not exported.
 */
package org.aftercare.jackson.internal;
