/**
 * SnakeYAML composing with limits, schemas and fields, and binding node trees to typed fields with positions. Knows nothing of kinds of content.
 *
 * <p>May use: diag, util. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.yaml;
