/**
 * The command line (picocli): commands, options, exit codes, and printing diagnostics once. No build logic.
 *
 * <p>May use: any package; nothing uses it. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.cli;
