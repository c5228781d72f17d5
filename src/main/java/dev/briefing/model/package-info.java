/**
 * Records of what was loaded: kinds and their schemas, items, keys, site settings, source files. No I/O.
 *
 * <p>May use: markdown, yaml, diag, util. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.model;
