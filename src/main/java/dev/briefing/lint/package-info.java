/**
 * Editorial lints that need only one item (run at load, so the preview caches them per file), citation coverage.
 *
 * <p>May use: model, markdown, yaml, diag, util; not source, resolve, render, check or output. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.lint;
