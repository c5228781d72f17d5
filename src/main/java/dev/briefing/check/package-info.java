/**
 * The link gate over rendered output, and fetching external links for {@code check --external}. Modifies no output; never touches the network during a build.
 *
 * <p>May use: resolve, model, markdown, diag, util; not render, output, source or lint. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.check;
