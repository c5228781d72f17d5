/**
 * The load stage: walking content/, strict UTF-8 reading, front matter, binding files to items, and the lints that need one item.
 *
 * <p>May use: lint, model, markdown, yaml, diag, util; not resolve, render, check or output. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.source;
