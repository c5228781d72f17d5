package dev.briefing.serve;

/**
 * The preview's own files, served under /__briefing/ (never written by a build): the reload script
 * and the stylesheet of the error page and the warnings panel. Every rule is scoped to the
 * overlay's own classes, so the panel never restyles the page it sits at the end of.
 */
final class PreviewFiles {
    private PreviewFiles() {
    }

    static final String CSS = ".briefing-page{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff;color:#1b1f24}"
            + ".briefing-overlay{max-width:50rem;margin:2rem auto;padding:0 1rem}"
            + ".briefing-overlay h1{color:#8a1c1c}"
            + ".briefing-problems{padding-left:1.5rem}"
            + ".briefing-problems>li{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #8a1c1c;background:#fbeeee}"
            + ".briefing-problems p{margin:.25rem 0}.briefing-problems i{font-style:normal;color:#0b4f2c}"
            + ".briefing-problems em{font-style:normal;font-weight:bold;text-transform:capitalize}"
            + ".briefing-problems pre,.briefing-plain{background:#fff;color:#1b1f24;padding:.5rem;overflow-x:auto;white-space:pre}"
            + ".briefing-warnings{font:14px/1.4 system-ui,sans-serif;margin:1rem;padding:.5rem 1rem;border:2px solid #8a5a00;"
            + "background:#fff8e6;color:#1b1f24}"
            + ".briefing-warnings .briefing-problems>li{border-left-color:#8a5a00;background:#fff}"
            + ".briefing-warnings .briefing-strict{margin:.5rem 0 0;font-weight:bold}"
            // The panel lists placeholders (errors), warnings and notes: each kind its own colour, a note none of alarm.
            + ".briefing-problems>li.briefing-error{border-left-color:#8a1c1c}"
            + ".briefing-problems>li.briefing-note{border-left-color:#5a6470;background:#f4f5f6}"
            + ".briefing-warnings a,.briefing-overlay a{color:#0b4f8a}"
            + ".briefing-placeholder{background:#ffe08a;color:#1b1f24;outline:2px dashed #8a5a00}";

    /** Names the page it runs on, so the preview renders the pages people have open first. */
    static final String RELOAD_JS = "new EventSource('/__briefing/events?page='+location.pathname)"
            + ".onmessage=function(){location.reload();};\n";

    /** What a page shows while the first build is still running. */
    static final String BUILDING = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Building · briefing preview</title>"
            + "<link rel=\"stylesheet\" href=\"/__briefing/overlay.css\"></head><body class=\"briefing-page\"><main class=\"briefing-overlay\">"
            + "<h1>Building the site</h1><p>This page reloads by itself when the first build is done.</p></main>"
            + "<script src=\"/__briefing/reload.js\"></script></body></html>\n";
}
