/**
 * Writing the site: output-folder safety, streamed staging, the atomic swap, collisions between generated and static files.
 *
 * <p>May use: model, diag, util; not resolve, render or check. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.output;
