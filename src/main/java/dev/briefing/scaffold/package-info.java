/**
 * {@code briefing new}: brief and page files, and entity skeletons appended to data files as text;
 * {@code briefing init}: a complete, minimal new site ({@code NewSite}).
 *
 * <p>May use: model, source, lint, markdown, yaml, diag, util; not resolve, render, check, output or serve. ArchitectureTest checks this against ARCHITECTURE.md.
 */
package dev.briefing.scaffold;
