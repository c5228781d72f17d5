/**
 * Small pure helpers: JSON strings, slugs, the URL policy, work on all cores, reading levels, many phrases found in one pass, editors' side files. No state.
 *
 * <p>May use: nothing else in the project. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.util;
