/**
 * Records of what was loaded: kinds and their schemas, items, keys, site settings, source files; the theme's words of one language (Messages) and the labels made from them. No I/O.
 *
 * <p>May use: markdown, yaml, diag, util. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.model;
