/**
 * The resolve stage: publication, ids and links in both directions, citations, tags, the advisory status and its horizon, review dates, the site-wide trust checks and the accessibility statement, the checks of each page against site-wide rules (plain language, secondary sources), URLs.
 *
 * <p>May use: model, markdown, yaml, diag, util; not render, check, output, lint or source. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.resolve;
