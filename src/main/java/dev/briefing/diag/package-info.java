/**
 * Diagnostics as data: the record, stable codes, the collector, the one formatter, did-you-mean.
 *
 * <p>May use: util only. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.diag;
